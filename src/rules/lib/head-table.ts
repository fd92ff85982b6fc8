import type { QName } from '../../model/operation.js';
import { tableKey, type Table } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { renamedTo, sameTable } from './origin.js';
import { tableBefore } from './reviewed.js';

/**
 * The table a statement works on, as it stands at head: following the renames of later
 * statements of the pull request (SQLite rebuilds create `new_x` and rename it to `x`).
 * Undefined when a later statement drops it: what the statement made does not last.
 */
export function tableAtHead(ctx: RuleContext, r: ReviewedOp, table: QName): Table | undefined {
  const d = ctx.target.dialect;
  let t = table;
  for (const o of ctx.ops.slice(ctx.ops.indexOf(r) + 1)) {
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
  let t = head.name;
  for (let i = ctx.ops.length - 1; i >= 0; i--) {
    const o = ctx.ops[i];
    if (o.op.kind === 'rename_table' && sameTable(renamedTo(o.op.table, o.op.newName), t, d)) t = o.op.table;
    else if (o.op.kind === 'create_table' && sameTable(o.op.table, t, d) && !tableBefore(o, o.op.table)) return undefined;
  }
  return ctx.base.tables.get(tableKey(t, d));
}
