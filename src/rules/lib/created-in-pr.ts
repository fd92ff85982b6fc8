import type { QName } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { positionOf } from './op-positions.js';

/** An index of that name was created (or renamed to it) by an earlier statement of this pull request. */
export function indexCreatedInPr(ctx: RuleContext, r: ReviewedOp, name: QName): boolean {
  const schema = (q?: string) => q ?? 'public';
  return ctx.ops.slice(0, positionOf(ctx, r)).some((o) => {
    if (o.op.kind === 'create_index') return o.op.name === name.name && schema(o.op.table.schema) === schema(name.schema);
    if (o.op.kind === 'rename_index') return o.op.newName === name.name && schema(o.op.name.schema) === schema(name.schema);
    return false;
  });
}

/** The (materialized) view exists at base and no earlier statement of this pull request created it again. */
export function viewAtBase(ctx: RuleContext, r: ReviewedOp, name: QName): boolean {
  const d = ctx.target.dialect;
  const key = tableKey(name, d);
  if (!ctx.base.views.has(key)) return false;
  return !ctx.ops.slice(0, positionOf(ctx, r)).some((o) => o.op.kind === 'create_view' && tableKey(o.op.name, d) === key);
}
