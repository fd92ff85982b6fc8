import type { QName } from '../../model/operation.js';
import { findColumn, tableKey, type Column } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { columnAtBase } from './origin.js';

/** The column as it stood at base, following renames made earlier in the pull request; undefined when it is new. */
export function baseColumn(ctx: RuleContext, r: ReviewedOp, table: QName, column: string): Column | undefined {
  const at = columnAtBase(ctx, r, table, column);
  if (!at) return undefined;
  const t = ctx.base.tables.get(tableKey(at.table, ctx.base.dialect));
  return t && findColumn(t, at.column, ctx.base.dialect);
}
