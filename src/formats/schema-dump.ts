import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { baseName, dirOf, isUnder } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { stripCommentsAndStrings } from './text.js';

/**
 * Whole-schema files: Rails `db/structure.sql` (pg_dump), dbmate's `db/schema.sql`, the
 * `schema.sql` of sqlc, Atlas and sqldef, a mysqldump or sqlite `.schema` output, and Supabase
 * declarative schemas (`supabase/schemas/*.sql`, one schema split over several files applied in
 * name order). Nobody runs such a file as a migration: the analysis compares the schema it
 * describes at both commits, so a set's files are the parts of one schema, not a history.
 */
export const schemaDump: FormatSpec = {
  id: 'schema-dump',
  supportsDown: false,
  // A single dump is a set of its own, named by its path; a folder of declarative files holds its .sql files.
  owns: (dir, path) => (isDumpPath(dir) ? path === dir : dirOf(path) === dir && path.endsWith('.sql')),
  build(_dir, files) {
    return [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f): MigrationFile => ({ path: f.path, version: '', name: baseName(f.path), language: 'sql', up: f.text, hasDown: false, transaction: 'none', blobId: f.blobId }));
  },
};

/** File names a dump goes by when no config names it. */
const DUMP_NAMES = new Set(['schema.sql', 'structure.sql']);

/** A configured set path that names one file rather than a folder. */
export function isDumpPath(path: string): boolean {
  return path.endsWith('.sql');
}

export function isDeclarativeSchemaDir(dir: string): boolean {
  return dir === 'supabase/schemas' || dir.endsWith('/supabase/schemas');
}

const PG_DUMP = /^--\s*PostgreSQL database dump\b/m;
const MYSQL_DUMP = /^--\s*(?:MySQL|MariaDB) dump\b.*$/m;
const CREATE_TABLE = /\bCREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\b/gi;
const CREATE_ANY = /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|TYPE|VIEW|INDEX|UNIQUE|FUNCTION|SCHEMA|EXTENSION|MATERIALIZED)\b/i;
/** Statements a complete schema never holds: they change a schema that already exists. */
const INCREMENTAL = /\bALTER\s+TABLE\b[^;]*?\b(?:DROP\s+COLUMN|RENAME\b|ALTER\s+COLUMN\s+\S+\s+(?:SET\s+DATA\s+)?TYPE\b)|\bUPDATE\s+\S+\s+SET\b|\bDELETE\s+FROM\b/i;

/**
 * Whether a file found by its name alone holds a whole schema: a pg_dump or mysqldump header, or
 * several CREATE TABLE statements and nothing that alters an existing schema (a hand-written
 * upgrade script named schema.sql is not a dump).
 */
function isSchemaDump(text: string): boolean {
  if (PG_DUMP.test(text) || MYSQL_DUMP.test(text)) return true;
  const sql = stripCommentsAndStrings(text);
  return (sql.match(CREATE_TABLE)?.length ?? 0) >= 2 && !INCREMENTAL.test(sql);
}

/**
 * The files of an auto-detected dump set that are dumps. A declarative folder is one schema:
 * kept whole when any of its files creates something.
 */
export function dumpFiles(dir: string, files: readonly SourceFile[]): SourceFile[] {
  if (isDumpPath(dir)) return files.filter((f) => isSchemaDump(f.text));
  return files.some((f) => CREATE_ANY.test(stripCommentsAndStrings(f.text))) ? [...files] : [];
}

/** The dialect a dump tool wrote in its header: pg_dump, mysqldump (MariaDB's says so in its `Distrib`). */
export function dumpHeaderDialect(texts: readonly string[]): Dialect | undefined {
  for (const text of texts) {
    if (PG_DUMP.test(text)) return 'postgresql';
    const my = MYSQL_DUMP.exec(text);
    if (my) return /mariadb/i.test(my[0]) ? 'mariadb' : 'mysql';
  }
  return undefined;
}

interface DumpPlan {
  dir: string;
  paths: string[];
}

/**
 * Dump candidates of an auto-detected tree, by name: `schema.sql` / `structure.sql` anywhere that
 * is not inside a migrations folder (a file next to a set's migrations is one of its scripts, or
 * a fixture), and Supabase declarative schema folders. `taken` are paths other sets own;
 * `setDirs` the folders of those sets.
 */
export function dumpPlans(candidates: readonly string[], taken: ReadonlySet<string>, setDirs: readonly string[]): DumpPlan[] {
  const inSet = (p: string) => setDirs.some((d) => d !== '' && isUnder(dirOf(p), d));
  const inMigrations = (p: string) => dirOf(p).toLowerCase().split('/').some((s) => s === 'migrations' || s === 'migration' || s === 'migrate');
  const free = candidates.filter((p) => !taken.has(p) && p.endsWith('.sql') && !inSet(p));
  const plans: DumpPlan[] = free.filter((p) => DUMP_NAMES.has(baseName(p)) && !inMigrations(p) && !isDeclarativeSchemaDir(dirOf(p))).map((p) => ({ dir: p, paths: [p] }));
  const declarative = new Map<string, string[]>();
  for (const p of free) if (isDeclarativeSchemaDir(dirOf(p))) declarative.set(dirOf(p), [...(declarative.get(dirOf(p)) ?? []), p]);
  for (const [dir, paths] of declarative) plans.push({ dir, paths });
  return plans;
}

/** The server version the dump tool wrote in its header (`Dumped from database version 15.4`, `Server version	8.0.36`). */
export function dumpServerVersion(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const m = /^--\s*(?:Dumped from database version|Server version)\s+(\d+(?:\.\d+)*)/m.exec(text);
    if (m) return m[1];
  }
  return undefined;
}
