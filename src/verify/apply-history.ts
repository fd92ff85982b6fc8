import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Statement } from '../model/operation.js';
import type { OrmSql } from '../schema/orm-sql.js';
import { splitStatements } from '../frontends/sql/split.js';
import type { CatalogQuery } from './catalog-pg.js';
import { extensionsIn, openPglite } from './pglite.js';
import { openSqlite } from './sqlite.js';

/**
 * A real engine to apply a history to, as little of one as the schema comparison needs: PGlite
 * (PostgreSQL compiled to WASM) or sql.js (SQLite compiled to WASM), opened through the verify
 * stage's adapters.
 */
export interface HistoryEngine extends CatalogQuery {
  dialect: Dialect;
  /** What the engine calls itself (`PostgreSQL 17.4 …`), for the output. */
  version: string;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** The contrib extensions a history's `CREATE EXTENSION` statements ask for that PGlite ships (loaded at start). */
export function extensionsUsed(files: readonly MigrationFile[]): string[] {
  return extensionsIn(files.map((f) => f.up));
}

/** An empty database on the verify stage's engines (PGlite, sql.js); `extensions`: see extensionsUsed. */
export async function openEngine(dialect: Dialect, extensions: readonly string[] = []): Promise<HistoryEngine> {
  if (dialect !== 'postgresql' && dialect !== 'sqlite') throw new Error(`no embedded engine for ${dialect}: MySQL and MariaDB cannot be verified without a server`);
  const db = dialect === 'postgresql' ? await openPglite({ extensions: [...extensions] }) : await openSqlite();
  return {
    dialect,
    version: db.name,
    exec: (sql) => db.exec(sql),
    query: (sql) => db.query<Record<string, unknown>>(sql),
    close: () => db.close(),
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
  /** Files the engine was not given (Python migrations when their rendered SQL is not passed). */
  notApplied: string[];
}

/** A Django or Alembic set's operations and the SQL rendered for its Python calls (schema/orm-sql.ts). */
export interface PythonSql {
  ops: ReadonlyMap<MigrationFile, readonly LocatedOp[]>;
  rendered: ReadonlyMap<Statement, OrmSql>;
}

/**
 * Apply a set's files in order, one statement at a time in autocommit (so CONCURRENTLY runs the
 * way the tool runs it, and one failing statement does not take its file's others with it). A
 * statement the engine refuses is skipped and named: an extension PGlite lacks, a role, PostGIS.
 */
export async function applyHistory(engine: HistoryEngine, files: readonly MigrationFile[], python?: PythonSql): Promise<AppliedHistory> {
  const out: AppliedHistory = { statements: 0, skipped: [], notApplied: [] };
  for (const file of files) {
    if (file.language !== 'sql') {
      if (python) await applyPython(engine, file, python, out);
      else out.notApplied.push(file.path);
      continue;
    }
    for (const stmt of splitStatements(file.up, engine.dialect)) await applyOne(engine, stmt.text, file, stmt.line, out);
  }
  return out;
}

/** A Python migration: each call's rendered statements, RunSQL / op.execute as written, one at a time. */
async function applyPython(engine: HistoryEngine, file: MigrationFile, python: PythonSql, out: AppliedHistory): Promise<void> {
  let last: Statement | undefined;
  for (const op of python.ops.get(file) ?? []) {
    if (op.stmt === last) continue;
    last = op.stmt;
    const texts = op.stmt.orm ? (python.rendered.get(op.stmt)?.statements ?? []).filter((t) => !t.startsWith('--')) : [op.stmt.text];
    for (const text of texts) if (text.trim()) await applyOne(engine, text, file, op.stmt.line, out);
  }
}

/** BEGIN, COMMIT and the like: a transaction the file opens would hold a failed statement's error over the next ones. */
const TRANSACTION_CONTROL = /^(BEGIN|COMMIT|END|ROLLBACK|START\s+TRANSACTION)\b\s*(TRANSACTION|WORK)?\s*;?\s*$/i;

/** Run one statement in autocommit; one the engine refuses is counted and named in `out.skipped`. */
async function applyOne(engine: HistoryEngine, text: string, file: MigrationFile, line: number, out: AppliedHistory): Promise<void> {
  if (TRANSACTION_CONTROL.test(text)) return;
  out.statements++;
  try {
    await engine.exec(text);
  } catch (e) {
    out.skipped.push({ file: file.path, line, text: text.split('\n')[0].slice(0, 120), error: (e as Error).message.split('\n')[0] });
  }
}
