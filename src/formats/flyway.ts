import type { MigrationFile, TransactionMode } from '../model/migration.js';
import { flywayVersionKey, sortMigrations } from './order.js';
import { baseName, dirOf, isUnder } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { hasStatements } from './text.js';

/** V (versioned), U (undo), B (baseline): `<prefix><version>__<description>.sql`, version parts split on '.' or '_'. */
export const FLYWAY_VERSIONED = /^([VUB])(\d+(?:[._]\d+)*)__(.*)\.sql$/s;
/** R (repeatable): `R__<description>.sql`. */
export const FLYWAY_REPEATABLE = /^R__(.*)\.sql$/s;
/** Script configuration next to a script: `V1__x.sql.conf`. */
const FLYWAY_CONF = /\.sql\.conf$/;

export function isFlywayName(name: string): boolean {
  return FLYWAY_VERSIONED.test(name) || FLYWAY_REPEATABLE.test(name);
}

/**
 * The folder a Flyway file belongs to. Flyway scans its locations recursively, so scripts spread
 * over `db/migration/v1/`, `db/migration/v2/` form one set: the set is rooted at the innermost
 * folder named `migration` or `migrations` above the file, or at the file's own folder.
 */
export function flywayRoot(path: string): string {
  const segs = dirOf(path).split('/');
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i].toLowerCase();
    if (s === 'migration' || s === 'migrations') return segs.slice(0, i + 1).join('/');
  }
  return dirOf(path);
}

/**
 * Flyway (SQL migrations).
 *
 * - Versioned files run in version order, compared numerically part by part (1.10 after 1.9).
 * - Repeatable files (R__) run after all versioned ones, ordered by description.
 * - Undo files (U) are not migrations; they give the V file of the same version a way back.
 * - Baseline files (B): Flyway starts a new database from the newest baseline and skips the
 *   versioned files at or below its version. Migra replays from an empty database, so it does the
 *   same: the newest B file takes the place of every V file up to its version; older B files and
 *   the skipped V files are left out.
 * - Transactions: each script runs in one transaction, except that Flyway runs a script made only
 *   of statements that cannot run in one (CREATE INDEX CONCURRENTLY …) outside it and refuses a
 *   script that mixes both. That is 'implicit': a lone statement runs alone, several share a
 *   transaction. A script configuration file (`<script>.conf`) with `executeInTransaction=false`
 *   makes it 'none'.
 */
export const flyway: FormatSpec = {
  id: 'flyway',
  // Undo migrations exist, although Flyway runs them only in its paid editions.
  supportsDown: true,
  owns(dir, path) {
    if (!isUnder(path, dir) || path === dir) return false;
    const name = baseName(path);
    return isFlywayName(name) || (FLYWAY_CONF.test(name) && isFlywayName(name.slice(0, -'.conf'.length)));
  },
  build(_dir, files) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const undo = new Set<string>();
    const versioned: { file: SourceFile; prefix: string; version: string; name: string }[] = [];
    const out: MigrationFile[] = [];
    for (const f of files) {
      const name = baseName(f.path);
      const v = FLYWAY_VERSIONED.exec(name);
      if (v) {
        if (v[1] === 'U') {
          if (hasStatements(f.text)) undo.add(flywayVersionKey(v[2]));
        } else versioned.push({ file: f, prefix: v[1], version: v[2], name: v[3] });
        continue;
      }
      const r = FLYWAY_REPEATABLE.exec(name);
      if (r) out.push(toFile(f, '', r[1], false, transactionOf(f.path, texts), true));
    }
    const baselines = versioned.filter((v) => v.prefix === 'B').sort((a, b) => (flywayVersionKey(a.version) < flywayVersionKey(b.version) ? 1 : -1));
    const baseline = baselines[0];
    const baselineKey = baseline && flywayVersionKey(baseline.version);
    for (const v of versioned) {
      const key = flywayVersionKey(v.version);
      if (v.prefix === 'B' && v !== baseline) continue;
      if (v.prefix === 'V' && baselineKey !== undefined && !(baselineKey < key)) continue;
      out.push(toFile(v.file, v.version, v.name, undo.has(key), transactionOf(v.file.path, texts)));
    }
    return sortMigrations('flyway', out);
  },
};

function toFile(f: SourceFile, version: string, name: string, hasDown: boolean, transaction: TransactionMode, repeatable = false): MigrationFile {
  const file: MigrationFile = { path: f.path, version, name, language: 'sql', up: f.text, hasDown, transaction, blobId: f.blobId };
  if (repeatable) file.repeatable = true;
  return file;
}

function transactionOf(path: string, texts: ReadonlyMap<string, string>): TransactionMode {
  const conf = texts.get(`${path}.conf`);
  return conf !== undefined && /^\s*executeInTransaction\s*=\s*false\s*$/im.test(conf) ? 'none' : 'implicit';
}
