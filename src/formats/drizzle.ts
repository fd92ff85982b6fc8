import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { baseName, dirOf, joinPath } from './paths.js';
import { PRISMA_FOLDER, prismaSetDir } from './prisma.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { splitLines } from './text.js';

const DRIZZLE_JOURNAL = 'meta/_journal.json';
/** drizzle-kit 1.0 writes `<folder>/migration.sql` next to `<folder>/snapshot.json`, without a journal. */
const DRIZZLE_SNAPSHOT = 'snapshot.json';

interface JournalEntry {
  tag: string;
  when?: number;
}

interface Journal {
  dialect?: string;
  entries: JournalEntry[];
}

/** The set folder of a `<dir>/meta/_journal.json` path. */
export function drizzleJournalDir(path: string): string | undefined {
  if (baseName(path) !== '_journal.json' || baseName(dirOf(path)) !== 'meta') return undefined;
  return dirOf(dirOf(path));
}

/** The set folder of a drizzle-kit 1.0 `<dir>/<timestamp>_<name>/snapshot.json`. */
export function drizzleSnapshotDir(path: string): string | undefined {
  if (baseName(path) !== DRIZZLE_SNAPSHOT || !PRISMA_FOLDER.test(baseName(dirOf(path)))) return undefined;
  return dirOf(dirOf(path));
}

function readJournal(text: string | undefined): Journal | undefined {
  if (text === undefined) return undefined;
  try {
    const j = JSON.parse(text) as { dialect?: unknown; entries?: unknown };
    if (!Array.isArray(j.entries)) return undefined;
    const entries = j.entries.flatMap((e: unknown): JournalEntry[] => {
      const o = e as { tag?: unknown; when?: unknown };
      return typeof o?.tag === 'string' ? [{ tag: o.tag, when: typeof o.when === 'number' ? o.when : undefined }] : [];
    });
    return { dialect: typeof j.dialect === 'string' ? j.dialect : undefined, entries };
  } catch {
    return undefined;
  }
}

/** The journal's `dialect` ("pg" in drizzle-kit before 0.21) as a dialect Migra knows. */
function drizzleDialect(name: string | undefined): Dialect | undefined {
  switch (name?.toLowerCase()) {
    case 'postgresql':
    case 'pg':
      return 'postgresql';
    case 'mysql':
    case 'singlestore':
      return 'mysql';
    case 'sqlite':
    case 'turso':
      return 'sqlite';
    default:
      return undefined;
  }
}

/**
 * drizzle-orm's migrator splits a file on `--> statement-breakpoint` and sends each part as it is.
 * The marker is a comment to Migra's splitter, so statements that end with `;` split the same
 * way; a part without its own `;` (hand-written custom migrations) gets one in place of the
 * marker's first dash, which keeps every line and column where it was.
 */
export function drizzleStatements(text: string): string {
  const lines = splitLines(text);
  let lastCode = '';
  return lines
    .map((l) => {
      const t = l.text.trim();
      if (/^-->\s*statement-breakpoint\b/.test(t)) {
        const needs = lastCode !== '' && !lastCode.endsWith(';');
        lastCode = '';
        return (needs ? l.text.replace('-->', ';--') : l.text) + l.eol;
      }
      if (t !== '' && !t.startsWith('--')) lastCode = t.replace(/\s*--.*$/, '');
      return l.text + l.eol;
    })
    .join('');
}

function toFile(f: SourceFile, version: string, name: string): MigrationFile {
  // drizzle-orm's migrators (pg, mysql, sqlite, singlestore) run every pending migration inside
  // one transaction; per file, that is 'per-file': every statement is in a transaction block, so
  // CREATE INDEX CONCURRENTLY fails there. ('batch' would wrongly take it out of the transaction.)
  return { path: f.path, version, name, language: 'sql', up: drizzleStatements(f.text), hasDown: false, transaction: 'per-file', blobId: f.blobId };
}

/**
 * Drizzle (drizzle-kit generate / migrate). The migrations folder (`out`, default `drizzle/`)
 * holds `meta/_journal.json`, whose `entries` list the migrations in the order they are applied,
 * each naming `<tag>.sql`. The migrator reads the journal only: a .sql file the journal does not
 * list never runs, so it is not replayed either. On a database that already has migrations,
 * drizzle applies an entry only when its `when` is newer than the last one recorded, so `when`
 * is the version. drizzle-kit 1.0 drops the journal: each migration is a
 * `<timestamp>_<name>/migration.sql` folder with a `snapshot.json`, applied in folder-name order.
 * There is no down step.
 */
export const drizzle: FormatSpec = {
  id: 'drizzle',
  supportsDown: false,
  owns(dir, path) {
    if (path === joinPath(dir, DRIZZLE_JOURNAL)) return true;
    if (dirOf(path) === dir) return path.endsWith('.sql');
    return prismaSetDir(path) === dir || drizzleSnapshotDir(path) === dir;
  },
  build(dir, files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const journal = readJournal(byPath.get(joinPath(dir, DRIZZLE_JOURNAL))?.text);
    if (journal) {
      const seen = new Set<string>();
      return journal.entries.flatMap((e) => {
        const f = byPath.get(joinPath(dir, `${e.tag}.sql`));
        if (!f || seen.has(f.path)) return [];
        seen.add(f.path);
        return [toFile(f, e.when !== undefined ? String(e.when) : e.tag, e.tag)];
      });
    }
    // drizzle-kit 1.0: folders sorted by name, like drizzle-orm's readMigrationFiles.
    return files
      .filter((f) => baseName(f.path) === 'migration.sql' && prismaSetDir(f.path) === dir)
      .map((f) => {
        const folder = baseName(dirOf(f.path));
        const m = PRISMA_FOLDER.exec(folder);
        return toFile(f, m ? m[1] : folder, m ? m[2] : folder);
      })
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
  dialect(files) {
    for (const f of files) {
      if (drizzleJournalDir(f.path) === undefined) continue;
      const d = drizzleDialect(readJournal(f.text)?.dialect);
      if (d) return d;
    }
    return undefined;
  },
};
