import { atLeast } from '../../model/dialect.js';
import type { QName } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { existingTable } from './existing.js';
import { tableAtBase } from './origin.js';
import { hasValidatedNotNullCheck } from '../../knowledge/not-null-proof.js';
import { addColumnRewrite, hasNonNullDefault } from '../../knowledge/predict.js';
import { pgLockFor } from '../../knowledge/pg-locks.js';
import { columnBefore, shown, tableBefore } from './reviewed.js';
import { opsInFile } from './op-positions.js';
import { reviewedTypeChanges } from './reviewed-type-changes.js';
import { rewritesUnlessUtc } from '../../knowledge/timestamp-relabel.js';
import { validatedChecksOn } from '../../knowledge/type-change-statement.js';

/**
 * What the statement does under its own lock that takes time in proportion to the table: a
 * rewrite, a full scan, an index build. Undefined for catalog-only changes that commit at once
 * (ADD COLUMN without a volatile default, SET/DROP DEFAULT, DROP NOT NULL, DROP COLUMN, RENAME …).
 * A phrase that completes "… while it …".
 */
export function slowUnderLock(ctx: RuleContext, r: ReviewedOp): string | undefined {
  // The rows worked through are those of the statement's table: none when this pull request created it.
  const scanned = 'table' in r.op && r.op.table && typeof r.op.table === 'object' && 'name' in r.op.table ? r.op.table : undefined;
  if (scanned && !existingTable(ctx, r, scanned)) return undefined;
  const op = r.op;
  switch (op.kind) {
    case 'alter_column_type': {
      const tc = reviewedTypeChanges(ctx).find((x) => x.r === r);
      if (!tc) return undefined;
      if (tc.change.rewrite) return rewritesUnlessUtc(tc, ctx.target) ? 'rewrites the table (unless the session\'s TimeZone is UTC)' : 'rewrites the table';
      // A relabel still re-checks every validated CHECK on the column, row by row, under the same lock.
      if (ctx.target.dialect === 'postgresql' && validatedChecksOn(tableBefore(r, op.table), op.column).length) return 'scans the table to re-check its CHECK constraints';
      return undefined;
    }
    case 'set_not_null': {
      const col = columnBefore(r, op.table, op.column);
      const t = tableBefore(r, op.table);
      if (col && !col.nullable) return undefined;
      if (t && atLeast(ctx.target, '12') && hasValidatedNotNullCheck(t, op.column)) return undefined;
      return 'scans the table for NULLs';
    }
    case 'add_constraint': {
      const c = op.constraint;
      if (c.kind === 'check' && !c.notValid) return 'scans the table to validate the CHECK';
      if ((c.kind === 'unique' || c.kind === 'primary') && !c.usingIndex) return 'builds a unique index';
      if (c.kind === 'foreign' && !c.notValid) return 'checks every row against the referenced table';
      if (c.kind === 'exclude') return 'builds an exclusion index';
      return undefined;
    }
    case 'add_column': {
      const col = op.column;
      if (op.ifNotExists && columnBefore(r, op.table, col.name)) return undefined;
      if (addColumnRewrite(col, ctx.target)) return 'rewrites the table to fill the new column';
      const nonNullDefault = hasNonNullDefault(col);
      if (col.constraints.some((c) => c.kind === 'check' && !c.notValid)) return 'scans the table to validate the CHECK';
      if (col.constraints.some((c) => c.kind === 'unique' || c.kind === 'primary')) return 'builds a unique index';
      if (nonNullDefault && col.constraints.some((c) => c.kind === 'foreign' && !c.notValid)) return 'checks every row against the referenced table';
      return undefined;
    }
    case 'maintenance':
      return op.action === 'vacuum_full' || op.action === 'cluster' ? 'rewrites the table' : undefined;
    case 'refresh_materialized_view':
      return op.concurrently ? undefined : 'recomputes the view';
    case 'reindex':
      return op.concurrently ? undefined : 'rebuilds the indexes';
    default:
      return undefined;
  }
}

/**
 * A later statement of the same transaction that keeps the lock of `r` held while it works or
 * waits: a data change, an index build, or a lock on another production table (waiting for it
 * while holding the first). A phrase that completes "… while the transaction …".
 */
export function laterWorkUnderLock(ctx: RuleContext, r: ReviewedOp, locked: readonly QName[]): string | undefined {
  if (!r.op.stmt.inTransaction) return undefined;
  const held = new Set(locked.map((q) => tableIdentity(ctx, r, q)));
  const sameFile = opsInFile(ctx, r.file).filter((o) => o.position > r.position);
  for (const o of sameFile) {
    const op = o.op;
    // The transaction ends, and its locks with it.
    if (op.kind === 'transaction' && op.action !== 'begin') return undefined;
    if (!o.op.stmt.inTransaction) return undefined;
    const work = workUnderLock(ctx, o, held);
    if (work) return work.phrase;
  }
  return undefined;
}

/** What a statement does that keeps locks taken before it held: the phrase, the table it works on, and whether it only waits for a lock. */
export interface LockedWork {
  phrase: string;
  table: QName;
  waits?: boolean;
}

/**
 * What statement `o` does that keeps the locks on `held` (tableIdentity keys) held for longer:
 * a data change, an index build, slow work under its own lock, or a wait for a lock on another
 * production table.
 */
export function workUnderLock(ctx: RuleContext, o: ReviewedOp, held: ReadonlySet<string>): LockedWork | undefined {
  const op = o.op;
  if (op.kind === 'data_change' && existingTable(ctx, o, op.table) && !(op.verb === 'insert' && !/\bselect\b/i.test(op.stmt.text))) {
    return { phrase: `runs ${op.verb === 'insert' ? 'INSERT … SELECT' : op.verb.toUpperCase()} on ${shown(op.table)}`, table: op.table };
  }
  if (op.kind === 'create_index' && !op.concurrently && existingTable(ctx, o, op.table)) return { phrase: `builds an index on ${shown(op.table)}`, table: op.table };
  const slow = slowUnderLock(ctx, o);
  const slowOn = slow && lockedTables(ctx, o).find((q) => existingTable(ctx, o, q));
  if (slow && slowOn) return { phrase: `${slow.replace('the table', shown(slowOn))}`, table: slowOn };
  const other = lockedTables(ctx, o).find((q) => !held.has(tableIdentity(ctx, o, q)) && existingTable(ctx, o, q));
  if (other) return { phrase: `waits for a lock on ${shown(other)}`, table: other, waits: true };
  return undefined;
}

/** Tables are compared by their name at base, so a rename earlier in the file does not make the same table look like another. */
export function tableIdentity(ctx: RuleContext, o: ReviewedOp, q: QName): string {
  return tableKey(tableAtBase(ctx, o, q) ?? q, ctx.target.dialect);
}

/** Every production-relevant relation the statement locks (any mode). */
function lockedTables(ctx: RuleContext, o: ReviewedOp): QName[] {
  const l = pgLockFor(o.op, { before: o.before, target: ctx.target });
  if (!l) return [];
  // The table a CREATE TABLE makes is new: no other session can hold a lock on it.
  const own = o.op.kind === 'create_table' ? [] : l.table ? [l.table] : [];
  return [...own, ...(l.others ?? []).map((x) => x.table)];
}
