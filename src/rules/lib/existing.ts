import type { QName } from '../../model/operation.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { sameTable, squashed, tableAtBase, traceOrigin } from './origin.js';
import { tableBefore } from './reviewed.js';
import { opPositions, positionOf } from './op-positions.js';
import { tableKey } from '../../model/schema.js';

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
  // The table's forward list holds its DROP TABLEs (and renames away, which this does not count).
  const list = opPositions(ctx).forward.get(tableKey(table, d)) ?? [];
  const end = positionOf(ctx, r);
  for (const i of list) {
    if (i >= end) break;
    const o = ctx.ops[i];
    if (o.op.kind === 'drop_table' && sameTable(o.op.table, table, d)) return true;
  }
  return false;
}

/** A CREATE TABLE earlier in the pull request made the table (under this or a later-renamed name). */
export function createdInPr(ctx: RuleContext, r: ReviewedOp, table: QName): boolean {
  return traceOrigin(ctx, r, table).madeBy === 'create_table';
}

/** An ADD COLUMN earlier in the pull request made the column (its table already existed). */
export function columnAddedInPr(ctx: RuleContext, r: ReviewedOp, table: QName, column: string): boolean {
  return traceOrigin(ctx, r, table, column).madeBy === 'add_column';
}
