import type { PGliteOptions } from '@electric-sql/pglite';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { splitStatements } from '../frontends/sql/split.js';
import type { CatalogQuery } from './catalog-pg.js';

/**
 * A real engine to apply a history to, as little of one as the schema comparison needs: PGlite
 * (PostgreSQL compiled to WASM) or sql.js (SQLite compiled to WASM). The verify stage's adapters
 * may take its place; they offer the same `exec` / `query`.
 */
export interface HistoryEngine extends CatalogQuery {
  dialect: Dialect;
  /** What the engine calls itself (`PostgreSQL 17.4 …`), for the output. */
  version: string;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Contrib extensions PGlite ships, loaded so that `CREATE EXTENSION` of them works as on a server.
 * Each is imported by a literal path so that a bundler can follow it.
 */
const PG_CONTRIB_MODULES = {
  pgcrypto: () => import('@electric-sql/pglite/contrib/pgcrypto'),
  uuid_ossp: () => import('@electric-sql/pglite/contrib/uuid_ossp'),
  ltree: () => import('@electric-sql/pglite/contrib/ltree'),
  pg_trgm: () => import('@electric-sql/pglite/contrib/pg_trgm'),
  citext: () => import('@electric-sql/pglite/contrib/citext'),
  hstore: () => import('@electric-sql/pglite/contrib/hstore'),
  btree_gist: () => import('@electric-sql/pglite/contrib/btree_gist'),
  btree_gin: () => import('@electric-sql/pglite/contrib/btree_gin'),
  fuzzystrmatch: () => import('@electric-sql/pglite/contrib/fuzzystrmatch'),
  unaccent: () => import('@electric-sql/pglite/contrib/unaccent'),
  cube: () => import('@electric-sql/pglite/contrib/cube'),
  earthdistance: () => import('@electric-sql/pglite/contrib/earthdistance'),
  intarray: () => import('@electric-sql/pglite/contrib/intarray'),
  tablefunc: () => import('@electric-sql/pglite/contrib/tablefunc'),
} as const;
const PG_CONTRIB = Object.keys(PG_CONTRIB_MODULES) as (keyof typeof PG_CONTRIB_MODULES)[];

/** The contrib modules a history's `CREATE EXTENSION` statements ask for (PGlite loads each one on demand at start). */
export function extensionsUsed(files: readonly MigrationFile[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    for (const m of f.up.matchAll(/\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([\w-]+)"?/gi)) {
      const name = m[1].toLowerCase().replace(/-/g, '_');
      if ((PG_CONTRIB as readonly string[]).includes(name)) out.add(name);
    }
  }
  return [...out];
}

/** An empty database; `extensions`: the PGlite contrib modules to make available (see extensionsUsed). */
export async function openEngine(dialect: Dialect, extensions: readonly string[] = []): Promise<HistoryEngine> {
  if (dialect === 'postgresql') return openPglite(extensions);
  if (dialect === 'sqlite') return openSqlite();
  throw new Error(`no embedded engine for ${dialect}: MySQL and MariaDB cannot be verified without a server`);
}

async function openPglite(wanted: readonly string[]): Promise<HistoryEngine> {
  const { PGlite } = await import('@electric-sql/pglite');
  type Extensions = NonNullable<PGliteOptions['extensions']>;
  const extensions: Record<string, unknown> = {};
  for (const name of PG_CONTRIB.filter((n) => wanted.includes(n))) {
    const mod = (await PG_CONTRIB_MODULES[name]()) as unknown as Record<string, unknown>;
    extensions[name] = mod[name];
  }
  const db = await PGlite.create({ extensions: extensions as Extensions });
  const version = String((await db.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '');
  return {
    dialect: 'postgresql',
    version: `PostgreSQL ${version} (PGlite)`,
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql) {
      return (await db.query<Record<string, unknown>>(sql)).rows;
    },
    async close() {
      await db.close();
    },
  };
}

async function openSqlite(): Promise<HistoryEngine> {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  const version = String(db.exec('SELECT sqlite_version()')[0]?.values[0]?.[0] ?? '');
  return {
    dialect: 'sqlite',
    version: `SQLite ${version} (sql.js)`,
    async exec(sql) {
      db.exec(sql);
    },
    async query(sql) {
      const out: Record<string, unknown>[] = [];
      for (const r of db.exec(sql)) for (const row of r.values) out.push(Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
      return out;
    },
    async close() {
      db.close();
    },
  };
}

export interface SkippedStatement {
  file: string;
  line: number;
  text: string;
  error: string;
}

export interface AppliedHistory {
  statements: number;
  skipped: SkippedStatement[];
  /** Files the engine was not given (Python migrations: their SQL is rendered by the verify stage). */
  notApplied: string[];
}

/**
 * Apply a set's files in order, one statement at a time in autocommit (so CONCURRENTLY runs the
 * way the tool runs it, and one failing statement does not take its file's others with it). A
 * statement the engine refuses is skipped and named: an extension PGlite lacks, a role, PostGIS.
 */
export async function applyHistory(engine: HistoryEngine, files: readonly MigrationFile[]): Promise<AppliedHistory> {
  const out: AppliedHistory = { statements: 0, skipped: [], notApplied: [] };
  for (const file of files) {
    if (file.language !== 'sql') {
      out.notApplied.push(file.path);
      continue;
    }
    for (const stmt of splitStatements(file.up, engine.dialect)) {
      // A transaction the file opens would hold a failed statement's error over the next ones.
      if (/^(BEGIN|COMMIT|END|ROLLBACK|START\s+TRANSACTION)\b\s*(TRANSACTION|WORK)?\s*$/i.test(stmt.text)) continue;
      out.statements++;
      try {
        await engine.exec(stmt.text);
      } catch (e) {
        out.skipped.push({ file: file.path, line: stmt.line, text: stmt.text.split('\n')[0].slice(0, 120), error: (e as Error).message.split('\n')[0] });
      }
    }
  }
  return out;
}
