import { alembicFunction, onlyPasses } from '../python/shapes.js';
import { assignments, strings, type PyModule } from '../python/reader.js';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { dialectFromEngine, isEnvPath, topoOrder } from './graph.js';
import { baseName, dirOf, isExcludedPath, isUnder } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { readPythonOnce } from '../python/read-once.js';

/** A revision script: `<script_location>/versions/<anything>.py`. */
const VERSION_FILE = /(?:^|\/)versions\/[^/]+\.py$/;
/** Cheap content test before parsing: the file assigns both revision identifiers. */
const REVISION = /^revision\s*(?::[^=\n]*)?=/m;
const DOWN_REVISION = /^down_revision\s*(?::[^=\n]*)?=/m;

export function isAlembicVersionPath(path: string): boolean {
  return VERSION_FILE.test(path) && !baseName(path).startsWith('__') && !isExcludedPath(path) && !isEnvPath(path);
}

export function looksLikeRevision(text: string): boolean {
  return REVISION.test(text) && DOWN_REVISION.test(text);
}

/** alembic.ini / pyproject.toml files worth reading for environments. */
export function isAlembicConfig(path: string): boolean {
  const name = baseName(path);
  return (name === 'alembic.ini' || name === 'pyproject.toml' || /^alembic[^/]*\.ini$/.test(name)) && !isExcludedPath(path) && !isEnvPath(path);
}

/** The database of `sqlalchemy.url` in an alembic.ini, when it is written there. */
export function alembicIniDialect(files: readonly SourceFile[]): Dialect | undefined {
  for (const f of files) {
    if (!f.path.endsWith('.ini')) continue;
    const url = /^\s*sqlalchemy\.url\s*=\s*([a-z0-9+]+):\/\//im.exec(f.text);
    const d = url && dialectFromEngine(url[1]);
    if (d) return d;
  }
  return undefined;
}

interface Rev {
  file: SourceFile;
  mod: PyModule;
  id: string;
  down: string[];
  dependsOn: string[];
  labels: string[];
}

/**
 * Alembic revision scripts, ordered by the revision graph: `down_revision` (None = base, a tuple =
 * merge) and `depends_on`; file names order nothing. Each revision runs in a transaction on
 * PostgreSQL (a transaction per migration or one for the run; either way CONCURRENTLY needs
 * `autocommit_block`).
 */
export const alembic: FormatSpec = {
  id: 'alembic',
  supportsDown: true,
  owns: (dir, path) => isUnder(path, dir) && isAlembicVersionPath(path),
  dialect: alembicIniDialect,
  build(_dir, files) {
    const revs: Rev[] = [];
    for (const f of files) {
      if (!f.path.endsWith('.py') || !looksLikeRevision(f.text)) continue;
      const mod = readPythonOnce(f.text);
      const a = assignments(mod.body);
      const id = strings(a.get('revision'))?.[0] ?? /^revision\s*(?::[^=\n]*)?=\s*['"]([^'"]+)['"]/m.exec(f.text)?.[1];
      if (!id) continue;
      revs.push({ file: f, mod, id, down: strings(a.get('down_revision')) ?? [], dependsOn: strings(a.get('depends_on')) ?? [], labels: strings(a.get('branch_labels')) ?? [] });
    }
    const byLabel = new Map<string, string>();
    for (const r of revs) for (const l of r.labels) byLabel.set(l, r.id);
    const parentsOf = (r: Rev) => [...r.down, ...r.dependsOn.map((d) => byLabel.get(d) ?? d)];
    const ordered = topoOrder(revs, (r) => r.id, parentsOf, (r) => `${r.id}\0${r.file.path}`);
    return ordered.map((r): MigrationFile => {
      const down = alembicFunction(r.mod, 'downgrade');
      const irreversible = !down || onlyPasses(down.body) ? [{ line: down ? r.mod.lineOf(down.from) : 1, what: down ? 'downgrade() only passes' : 'no downgrade()' }] : [];
      const stem = baseName(r.file.path).replace(/\.py$/, '');
      return {
        path: r.file.path,
        version: r.id,
        name: stem.startsWith(`${r.id}_`) ? stem.slice(r.id.length + 1) : stem,
        language: 'python',
        up: r.file.text,
        hasDown: irreversible.length === 0,
        transaction: 'per-file',
        blobId: r.file.blobId,
        graph: { format: 'alembic', id: r.id, parents: parentsOf(r), irreversible },
      };
    });
  },
};
