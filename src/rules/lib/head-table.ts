import type { QName } from '../../model/operation.js';
import { tableKey, type Table } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { renamedTo, sameTable } from './origin.js';
import { tableBefore } from './reviewed.js';
import { firstAbove, lastBelow, opPositions, positionOf } from './op-positions.js';

/**
 * The table a statement works on, as it stands at head: following the renames of later
 * statements of the pull request (SQLite rebuilds create `new_x` and rename it to `x`).
 * Undefined when a later statement drops it: what the statement made does not last.
 */
export function tableAtHead(ctx: RuleContext, r: ReviewedOp, table: QName): Table | undefined {
  const d = ctx.target.dialect;
  const { forward } = opPositions(ctx);
  let t = table;
  // Only the renames and drops filed under the table's current key matter (op-positions.ts).
  for (let i = firstAbove(forward.get(tableKey(t, d)), positionOf(ctx, r)); i >= 0; i = firstAbove(forward.get(tableKey(t, d)), i)) {
    const o = ctx.ops[i];
    if (o.op.kind === 'rename_table' && sameTable(o.op.table, t, d)) t = renamedTo(o.op.table, o.op.newName);
    else if (o.op.kind === 'drop_table' && sameTable(o.op.table, t, d)) return undefined;
  }
  return ctx.head.tables.get(tableKey(t, d));
}

/**
 * The table at base that a head table continues: the one of the same name, else the one it was
 * renamed from in this pull request. Undefined for a table this pull request brought in new.
 */
export function baseTableOf(ctx: RuleContext, head: Table): Table | undefined {
  const d = ctx.target.dialect;
  const same = ctx.base.tables.get(tableKey(head.name, d));
  if (same) return same;
  const { backward } = opPositions(ctx);
  let t = head.name;
  for (let i = lastBelow(backward.get(tableKey(t, d)), ctx.ops.length); i >= 0; i = lastBelow(backward.get(tableKey(t, d)), i)) {
    const o = ctx.ops[i];
    if (o.op.kind === 'rename_table' && sameTable(renamedTo(o.op.table, o.op.newName), t, d)) t = o.op.table;
    else if (o.op.kind === 'create_table' && sameTable(o.op.table, t, d) && !tableBefore(o, o.op.table)) return undefined;
  }
  return ctx.base.tables.get(tableKey(t, d));
}
