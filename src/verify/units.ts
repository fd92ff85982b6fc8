import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, QName, Statement } from '../model/operation.js';
import type { OrmSql } from '../schema/orm-sql.js';

/** One statement to send to the engine, with what the migration tool does around it. */
export interface RunUnit {
  file: MigrationFile;
  stmt: Statement;
  /** What is sent to the engine: the statement's text, or the SQL rendered for a Django / Alembic call. */
  sql: string;
  /** `sql` was rendered from the operations of a Python call: an engine's error position does not point into the file. */
  rendered: boolean;
  /** BEGIN / COMMIT / ROLLBACK written in the file. */
  control?: 'begin' | 'commit' | 'rollback';
  /** PostgreSQL refuses it inside a transaction block (CONCURRENTLY, VACUUM): the tool runs it on its own. */
  alone: boolean;
  /** A statement of the pull request: observed, and judged when it fails. */
  reviewed: boolean;
  /** Migra's own parser could not read it (an `unparsed` operation): its text may not be one whole statement. */
  unparsed: boolean;
  /** The table it makes from a query (CREATE TABLE … AS SELECT, SELECT … INTO): its columns are read from the engine afterwards. */
  fromQuery?: QName;
}

/**
 * Statements of a file in order, one unit per statement (several operations may share one).
 * A Django or Alembic call (`stmt.orm`) sends the SQL rendered for it (`rendered`); one that runs
 * nothing or only Python code is left out.
 */
export function fileUnits(file: MigrationFile, ops: readonly LocatedOp[], reviewed: (stmt: Statement) => boolean, rendered?: ReadonlyMap<Statement, OrmSql>): RunUnit[] {
  const byIndex = new Map<number, LocatedOp[]>();
  for (const op of ops) {
    const list = byIndex.get(op.stmt.index);
    if (list) list.push(op);
    else byIndex.set(op.stmt.index, [op]);
  }
  const out: RunUnit[] = [];
  for (const [, list] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    const stmt = list[0].stmt;
    if (!stmt.text.trim()) continue;
    const sql = stmt.orm ? ormText(rendered?.get(stmt)) : stmt.text;
    if (sql === undefined) continue;
    const control = list.find((o): o is Extract<LocatedOp, { kind: 'transaction' }> => o.kind === 'transaction')?.action;
    const unit: RunUnit = { file, stmt, sql, rendered: !!stmt.orm, control, alone: list.some(runsAlone), reviewed: reviewed(stmt), unparsed: list.some((o) => o.kind === 'unparsed') };
    const fromQuery = list.find((o): o is Extract<LocatedOp, { kind: 'create_table' }> => o.kind === 'create_table' && o.asSelect && !o.temporary);
    if (fromQuery) unit.fromQuery = fromQuery.table;
    out.push(unit);
  }
  return out;
}

/** The statements of a rendered call as one text, comments left out; undefined when nothing of it reaches the database. */
function ormText(r: OrmSql | undefined): string | undefined {
  const run = r?.statements.filter((s) => !s.startsWith('--')) ?? [];
  return run.length ? run.join(';\n') : undefined;
}

function runsAlone(op: LocatedOp): boolean {
  switch (op.kind) {
    case 'create_index':
    case 'drop_index':
    case 'reindex':
    case 'refresh_materialized_view':
    case 'detach_partition':
      return op.concurrently;
    case 'maintenance':
      return op.action === 'vacuum' || op.action === 'vacuum_full';
    default:
      return false;
  }
}

/** Template placeholders the tool substitutes before the SQL reaches the database: the text as written is not what runs. */
export function hasTemplate(text: string): boolean {
  // psql meta-commands (\connect, \i) are run by psql, not sent to the server.
  if (/^\s*\\/.test(text)) return true;
  return /\{\{|\$\{[A-Za-z_]|(?<![:\w$'"]):[A-Z][A-Z0-9_]+(?![\w$])/.test(text);
}

/** 1-based line and column in the file of a 1-based character position in the statement. */
export function positionInFile(stmt: Statement, position: number): { line: number; column: number } {
  const before = stmt.text.slice(0, Math.max(0, position - 1));
  const lines = before.split('\n');
  if (lines.length === 1) return { line: stmt.line, column: stmt.column + before.length };
  return { line: stmt.line + lines.length - 1, column: lines[lines.length - 1].length + 1 };
}

/** Schemas the history creates (CREATE SCHEMA): a missing table in any other schema belongs to the platform (Supabase's auth.users). */
export function createdSchemas(texts: Iterable<string>): Set<string> {
  const out = new Set<string>(['public', 'main', 'temp']);
  for (const t of texts) for (const m of t.matchAll(/\bcreate\s+schema\s+(?:if\s+not\s+exists\s+)?(?:"([^"]+)"|(\w+))/gi)) out.add(m[1] ?? m[2].toLowerCase());
  return out;
}
