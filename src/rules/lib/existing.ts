import type { QName } from '../../model/operation.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { sameTable, squashed, tableAtBase, traceOrigin } from './origin.js';
import { tableBefore } from './reviewed.js';

/**
 * Whether the table may hold production rows when the statement runs: this pull request did
 * not create it (nor drop it). A table no replayed migration created counts as existing: the
 * history starts after its CREATE (or a baseline outside the set made it), and only "created
 * in this pull request" makes a lock on it harmless. Replay knows such a table only as a
 * `partial` placeholder, or not at all before the first statement that names it.
 */
export function existingTable(ctx: RuleContext, r: ReviewedOp, table: QName): boolean {
  if (squashed(r)) return false;
  if (tableAtBase(ctx, r, table)) return true;
  if (createdInPr(ctx, r, table)) return false;
  const t = tableBefore(r, table);
  return t ? !!t.partial : !droppedInPr(ctx, r, table);
}

/** The table is not in the replayed history at all: nothing is known of its columns or constraints. */
export function unknownTable(r: ReviewedOp, table: QName): boolean {
  const t = tableBefore(r, table);
  return !t || !!t.partial;
}

function droppedInPr(ctx: RuleContext, r: ReviewedOp, table: QName): boolean {
  const d = ctx.target.dialect;
  return ctx.ops.slice(0, ctx.ops.indexOf(r)).some((o) => o.op.kind === 'drop_table' && sameTable(o.op.table, table, d));
}

/** A CREATE TABLE earlier in the pull request made the table (under this or a later-renamed name). */
export function createdInPr(ctx: RuleContext, r: ReviewedOp, table: QName): boolean {
  return traceOrigin(ctx, r, table).madeBy === 'create_table';
}

/** An ADD COLUMN earlier in the pull request made the column (its table already existed). */
export function columnAddedInPr(ctx: RuleContext, r: ReviewedOp, table: QName, column: string): boolean {
  return traceOrigin(ctx, r, table, column).madeBy === 'add_column';
}
