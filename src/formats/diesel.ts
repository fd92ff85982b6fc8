import type { Dialect } from '../model/dialect.js';
import type { MigrationFile, TransactionMode, TreeView } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf, isExcludedPath, isUnder, joinPath } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { hasStatements } from './text.js';
import { isTomlTable, mayName, readToml, tomlAt, tomlConfigDir } from './toml.js';

export const DIESEL_CONFIG = 'diesel.toml';
const UP = 'up.sql';
const PARTS = new Set([UP, 'down.sql', 'metadata.toml']);

/**
 * How `diesel migration generate` names a folder: `20151219180527_name`, `2019-09-12-100000_name`,
 * `2024-01-01-120000-0000_name` (diesel_cli ≥ 2.2 adds a sub-second counter). Diesel itself takes
 * any folder with an up.sql; the name is what tells a Diesel folder from any other one.
 */
const DIESEL_FOLDER = /^\d[\d-]*_./;

/** The migrations dir a `…/<version>_<name>/up.sql` path would belong to. */
export function dieselSetDir(path: string): string | undefined {
  if (baseName(path) !== UP) return undefined;
  const folder = dirOf(path);
  if (folder === '' || !DIESEL_FOLDER.test(baseName(folder))) return undefined;
  return dirOf(folder);
}

/**
 * Whether a folder of `<version>_<name>/up.sql` folders is a Hasura project's (`migrations/` or
 * `migrations/<database>/` next to config.yaml and metadata/version.yaml): same layout, another
 * tool, so it is not taken for Diesel.
 */
export function isHasuraMigrationsDir(dir: string, present: ReadonlySet<string>): boolean {
  const segs = dir.split('/');
  const at = segs.lastIndexOf('migrations');
  if (at < 0 || at < segs.length - 2) return false;
  const root = segs.slice(0, at).join('/');
  return present.has(joinPath(root, 'config.yaml')) && present.has(joinPath(root, 'metadata/version.yaml'));
}

/** Whether a path is a file of a `<version>_<name>` Diesel migration folder (up.sql, down.sql, metadata.toml). */
export function isDieselPath(path: string): boolean {
  return PARTS.has(baseName(path)) && dieselSetDir(joinPath(dirOf(path), UP)) !== undefined;
}

/** Diesel's version: the folder name up to its first `_`, dashes removed (migrations_internals::version_from_string). */
export function dieselVersion(folder: string): string {
  return folder.split('_')[0].replace(/-/g, '');
}

/**
 * Whether Diesel wraps the migration in a transaction, as diesel_migrations reads metadata.toml:
 * no file means yes; a file that parses takes `run_in_transaction`, which is false when the key is
 * missing (`#[serde(default)] bool`); a file that does not parse falls back to yes (`unwrap_or_default`).
 */
export function dieselRunsInTransaction(toml: string | undefined): boolean {
  if (toml === undefined) return true;
  const doc = readToml(toml);
  if (!doc) return true;
  const value = doc.run_in_transaction;
  // Missing: serde's default false. Not a boolean: a serde error, so the fallback (yes).
  return value === undefined ? false : typeof value === 'boolean' ? value : true;
}

/** The folder `[migrations_directory] dir = "…"` names, relative to the diesel.toml; undefined when it names none. */
export function dieselConfigDir(tomlPath: string, toml: string): string | undefined {
  return tomlConfigDir(tomlPath, toml, 'migrations_directory', 'dir');
}

/** A diesel.toml of the tree and the migrations folder it names. */
export interface DieselConfig {
  path: string;
  dir?: string;
}

/** The diesel.toml files of the tree (few, read up front). */
export async function dieselConfigs(tree: Pick<TreeView, 'read'>, visible: readonly string[]): Promise<DieselConfig[]> {
  const paths = visible.filter((p) => baseName(p) === DIESEL_CONFIG && !isExcludedPath(p));
  if (!paths.length) return [];
  const texts = await tree.read(paths);
  return paths.map((path) => {
    const dir = dieselConfigDir(path, texts.get(path) ?? '');
    return dir === undefined ? { path } : { path, dir };
  });
}

/** The diesel.toml of a migrations folder: the one naming it, else the nearest one above it that names no other. */
export function dieselConfigFor(dir: string, configs: readonly DieselConfig[]): string | undefined {
  const naming = configs.find((c) => c.dir === dir);
  if (naming) return naming.path;
  const above = configs.filter((c) => c.dir === undefined && isUnder(dir, dirOf(c.path)));
  return above.sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/**
 * Keys of diesel.toml's `[print_schema]` that only one backend has. The migrations folder does
 * not say which database it is for; the initial `00000000000000_diesel_initial_setup` folder
 * (PostgreSQL only) is plpgsql, which the content hints already see.
 */
const DIALECT_KEYS = ['sqlite_integer_primary_key_is_bigint', 'pg_domains_as_custom_types'] as const;

function dieselTomlDialect(toml: string): Dialect | undefined {
  if (!DIALECT_KEYS.some((k) => mayName(toml, [k]))) return undefined;
  // `[print_schema]`, or one `[print_schema.<name>]` per schema file.
  const sections = [tomlAt(readToml(toml), ['print_schema'])];
  const print = sections[0];
  if (isTomlTable(print)) sections.push(...Object.values(print));
  const has = (key: string) => sections.some((t) => isTomlTable(t) && key in t);
  if (has(DIALECT_KEYS[0])) return 'sqlite';
  if (has(DIALECT_KEYS[1])) return 'postgresql';
  return undefined;
}

/**
 * Diesel (diesel_migrations / diesel_cli). A migration is a folder `<version>_<name>` holding
 * up.sql, an optional down.sql (`diesel migration generate --no-down`) and an optional
 * metadata.toml. Pending migrations run in the order of their versions compared as text, each in a
 * transaction of its own unless metadata.toml says `run_in_transaction = false`; then up.sql is
 * sent as one multi-statement string, which PostgreSQL runs as one implicit transaction when it
 * holds more than one statement.
 */
export const diesel: FormatSpec = {
  id: 'diesel',
  supportsDown: true,
  owns(dir, path) {
    if (!PARTS.has(baseName(path))) return false;
    const folder = dirOf(path);
    return folder !== '' && dirOf(folder) === dir && !baseName(folder).startsWith('.');
  },
  build(_dir, files) {
    const byFolder = new Map<string, Map<string, SourceFile>>();
    for (const f of files) {
      const folder = dirOf(f.path);
      const parts = byFolder.get(folder) ?? new Map<string, SourceFile>();
      parts.set(baseName(f.path), f);
      byFolder.set(folder, parts);
    }
    const out: MigrationFile[] = [];
    for (const [folder, parts] of byFolder) {
      const up = parts.get(UP);
      if (!up) continue;
      const name = baseName(folder);
      const down = parts.get('down.sql');
      const transaction: TransactionMode = dieselRunsInTransaction(parts.get('metadata.toml')?.text) ? 'per-file' : 'implicit';
      out.push({
        path: up.path,
        version: dieselVersion(name),
        name: name.includes('_') ? name.slice(name.indexOf('_') + 1) : '',
        language: 'sql',
        up: up.text,
        hasDown: down !== undefined && hasStatements(down.text),
        transaction,
        blobId: up.blobId,
      });
    }
    return sortMigrations('diesel', out);
  },
  dialect(files) {
    for (const f of files) {
      if (baseName(f.path) !== DIESEL_CONFIG) continue;
      const d = dieselTomlDialect(f.text);
      if (d) return d;
    }
    return undefined;
  },
};
