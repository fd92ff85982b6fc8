import type { MigrationFile, TreeView } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf, isExcludedPath, isUnder } from './paths.js';
import type { FormatSpec } from './spec.js';
import { hasStatements } from './text.js';
import { isTomlTable, mayName, readToml, tomlConfigDir, type TomlTable } from './toml.js';

/**
 * sqlx-core migrate/source.rs: the name split at its first `_` into a version, parsed as an i64,
 * and a description ending in `.sql` (`.up.sql` / `.down.sql` for a reversible pair). Other
 * names are ignored by sqlx (a non-numeric version makes it refuse the whole folder).
 */
const SQLX_NAME = /^(\d+)_(.*)\.sql$/s;
const I64_MAX = 9223372036854775807n;

function isSqlxName(name: string): boolean {
  const m = SQLX_NAME.exec(name);
  return m !== null && BigInt(m[1]) <= I64_MAX;
}

/** sqlx opts a migration out of its transaction only when the file starts with exactly this. */
const SQLX_NO_TX = '-- no-transaction';

/**
 * sqlx (`sqlx migrate run`, `sqlx::migrate!()`): the migrations of a folder in version order (an
 * integer, so 10 runs after 9). Each runs in a transaction of its own unless the file starts with
 * `-- no-transaction`; then the PostgreSQL driver sends the file as one simple-query string,
 * which PostgreSQL runs as one implicit transaction when it holds more than one statement.
 */
export const sqlx: FormatSpec = {
  id: 'sqlx',
  supportsDown: true,
  owns: (dir, path) => dirOf(path) === dir && isSqlxName(baseName(path)),
  build(_dir, files) {
    const downs = new Set<string>();
    for (const f of files) {
      const m = SQLX_NAME.exec(baseName(f.path));
      if (m && m[2].endsWith('.down') && hasStatements(f.text)) downs.add(BigInt(m[1]).toString());
    }
    const out: MigrationFile[] = [];
    for (const f of files) {
      const m = SQLX_NAME.exec(baseName(f.path));
      if (!m || m[2].endsWith('.down')) continue;
      out.push({
        path: f.path,
        version: m[1],
        name: m[2].replace(/\.up$/, ''),
        language: 'sql',
        up: f.text,
        hasDown: downs.has(BigInt(m[1]).toString()),
        transaction: f.text.startsWith(SQLX_NO_TX) ? 'implicit' : 'per-file',
        blobId: f.blobId,
      });
    }
    return sortMigrations('sqlx', out);
  },
};

/** Where a repository says it uses sqlx. */
export interface SqlxHints {
  /** Crate or workspace folders whose Cargo.toml names sqlx, or that hold a `.sqlx/` folder or a sqlx.toml. */
  roots: string[];
  /** Folders a sqlx.toml names as `[migrate] migrations-dir`. */
  dirs: string[];
}

/**
 * A dependency on sqlx in any dependency table of a Cargo.toml (`[dependencies]`, `[dev-dependencies]`,
 * `[workspace.dependencies]`, `[target.'cfg(…)'.dependencies]` …): `sqlx = …`, `sqlx.workspace = true`,
 * `[dependencies.sqlx]`, or a renamed `db = { package = "sqlx" }`.
 */
export function cargoUsesSqlx(toml: string): boolean {
  const names = (deps: TomlTable) => Object.entries(deps).some(([name, spec]) => name === 'sqlx' || (isTomlTable(spec) && spec.package === 'sqlx'));
  const search = (table: TomlTable): boolean =>
    Object.entries(table).some(([key, value]) => isTomlTable(value) && (/(^|-)dependencies$/.test(key) ? names(value) : search(value)));
  // Every spelling of the dependency names it (`sqlx = …`, `package = "sqlx"`).
  const doc = mayName(toml, ['sqlx']) ? readToml(toml) : undefined;
  return doc !== undefined && search(doc);
}

/** The folder a sqlx.toml's `[migrate] migrations-dir` names, relative to the crate it sits in. */
export function sqlxConfigDir(tomlPath: string, toml: string): string | undefined {
  return tomlConfigDir(tomlPath, toml, 'migrate', 'migrations-dir');
}

/** Read the Cargo.toml files above folders of sqlx-named files, and any `.sqlx/` or sqlx.toml. */
export async function sqlxHints(tree: Pick<TreeView, 'read'>, visible: readonly string[]): Promise<SqlxHints> {
  const sqlDirs = new Set(visible.filter((p) => isSqlxName(baseName(p)) && !isExcludedPath(p)).map(dirOf));
  if (!sqlDirs.size) return { roots: [], dirs: [] };
  const above = (cfg: string) => [...sqlDirs].some((d) => d !== dirOf(cfg) && isUnder(d, dirOf(cfg)));
  const cargos = visible.filter((p) => baseName(p) === 'Cargo.toml' && !isExcludedPath(p) && above(p));
  const configs = visible.filter((p) => baseName(p) === 'sqlx.toml' && !isExcludedPath(p));
  const texts = cargos.length || configs.length ? await tree.read([...cargos, ...configs]) : new Map<string, string>();
  const roots = new Set<string>();
  for (const p of cargos) if (cargoUsesSqlx(texts.get(p) ?? '')) roots.add(dirOf(p));
  // `cargo sqlx prepare` writes its query cache to `.sqlx/` at the crate (or workspace) root.
  for (const p of visible) {
    if (isExcludedPath(p)) continue;
    const segs = p.split('/');
    const at = segs.indexOf('.sqlx');
    if (at >= 0 && at < segs.length - 1) roots.add(segs.slice(0, at).join('/'));
  }
  const dirs: string[] = [];
  for (const p of configs) {
    roots.add(dirOf(p));
    const dir = sqlxConfigDir(p, texts.get(p) ?? '');
    if (dir !== undefined) dirs.push(dir);
  }
  return { roots: [...roots], dirs };
}

/** Whether a folder of migrations lies in a crate that uses sqlx (in a folder below the crate root, or named by its sqlx.toml). */
export function inSqlxCrate(dir: string, hints: SqlxHints): boolean {
  return hints.dirs.includes(dir) || hints.roots.some((root) => root !== dir && isUnder(dir, root));
}
