import { atLeast, type DbTarget } from '../model/dialect.js';
import type { ColumnDef, Operation, QName } from '../model/operation.js';
import { findColumn, tableKey, type Schema } from '../model/schema.js';
import type { StatementObservation } from '../model/verified.js';
import { atLeastMode, pgLockFor, type PgLock, type PgLockMode } from './pg-locks.js';
import { predictTypeChange } from './type-change-statement.js';

/**
 * Migra's predictions about one PostgreSQL statement, and their comparison with what a real engine
 * observed. Rules report these predictions and the verify stage (analyze/observed.ts) checks them
 * with the same functions, so a rule's claim and a mismatch note cannot disagree about what Migra
 * predicted.
 */

/** The table-level locks the statement takes (pg_locks), at the target's version. */
export function predictLocks(op: Operation, before: Schema | undefined, target: DbTarget | undefined): PgLock | undefined {
  return pgLockFor(op, { before, target });
}

/** Why adding a column makes PostgreSQL write a value into every existing row. */
export type AddColumnRewrite = 'serial' | 'identity' | 'generated' | 'volatile-default' | 'default-before-11';

/** A default that is more than NULL (`NULL`, `(NULL)`, `NULL::text` add nothing to the rows). */
export function hasNonNullDefault(col: ColumnDef): boolean {
  return !!col.default && !/^\(*\s*null\s*\)*(\s*::.*)?$/i.test(col.default.text.trim());
}

/**
 * Why PostgreSQL rewrites the table to add `col`, or undefined when the column is added in the
 * catalog only: 11+ stores a constant or stable default once; a volatile one, a sequence or a
 * stored expression must be computed for every row, and before 11 every non-null default was.
 */
export function addColumnRewrite(col: ColumnDef, target: DbTarget): AddColumnRewrite | undefined {
  if (col.serial) return 'serial';
  if (col.identity) return 'identity';
  if (col.generated?.stored) return 'generated';
  if (!hasNonNullDefault(col)) return undefined;
  if (col.default!.volatile) return 'volatile-default';
  return atLeast(target, '11') ? undefined : 'default-before-11';
}

/**
 * Whether PostgreSQL rewrites the storage of the statement's table (its relfilenode changes), given
 * the schema just before it. False for statements that change the catalog only, and for a type
 * change of a column the schema does not know.
 */
export function predictRewrite(op: Operation, before: Schema, target: DbTarget): boolean {
  switch (op.kind) {
    case 'alter_column_type': {
      const t = before.tables.get(tableKey(op.table, before.dialect));
      const column = t && findColumn(t, op.column, before.dialect);
      return !!column && predictTypeChange({ op, before }, column, target).rewrite;
    }
    case 'add_column': {
      const t = before.tables.get(tableKey(op.table, before.dialect));
      if (op.ifNotExists && t && findColumn(t, op.column.name, before.dialect)) return false;
      return !!addColumnRewrite(op.column, target);
    }
    case 'maintenance':
      return op.action === 'vacuum_full' || op.action === 'cluster';
    default:
      return false;
  }
}

/** How PostgreSQL shows a relation in pg_locks and in the engine's observations: `orders`, `audit.events`. */
function observedName(q: QName): string {
  return q.schema && q.schema !== 'public' ? `${q.schema}.${q.name}` : q.name;
}

/** A predicted lock the engine contradicted: it took another mode on that table. */
export interface LockMismatch {
  table: string;
  predicted: PgLockMode;
  observed: string;
}

/**
 * The strongest lock a statement's operations predict on each relation, by the name the engine
 * shows: each operation's own table and the others it locks (the referenced table of a foreign
 * key, inline ADD COLUMN … REFERENCES included; a partition; the rest of a TRUNCATE list).
 */
export function statementLocks(predicted: readonly (PgLock | undefined)[]): Map<string, PgLockMode> {
  const out = new Map<string, PgLockMode>();
  for (const p of predicted) {
    if (!p) continue;
    for (const e of [...(p.table ? [{ table: p.table, lock: p.lock }] : []), ...(p.others ?? [])]) {
      const name = observedName(e.table);
      const was = out.get(name);
      if (!was || atLeastMode(e.lock, was)) out.set(name, e.lock);
    }
  }
  return out;
}

/** Every relation where the engine took another mode than the statement's operations predict. */
export function mismatchedLocks(expected: ReadonlyMap<string, PgLockMode>, obs: StatementObservation): LockMismatch[] {
  const out: LockMismatch[] = [];
  for (const [table, predicted] of expected) {
    const seen = obs.locks.find((l) => l.table === table);
    if (seen && seen.mode !== predicted) out.push({ table, predicted, observed: seen.mode });
  }
  return out;
}

/** The engine applied the statement and no table's storage changed: a predicted rewrite did not happen. */
export function rewriteContradicted(obs: StatementObservation): boolean {
  return obs.status === 'applied' && !obs.rewrittenTables.length;
}
