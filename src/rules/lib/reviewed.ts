import type { OperationKind, OpOf, QName } from '../../model/operation.js';
import { qnameKey } from '../../model/operation.js';
import { findColumn, tableKey, type Column, type Table } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';

export type ReviewedOf<K extends OperationKind> = ReviewedOp & { op: OpOf<K> };

/** The reviewed operations of the given kinds, typed. */
export function opsOf<K extends OperationKind>(ctx: RuleContext, ...kinds: K[]): ReviewedOf<K>[] {
  return ctx.ops.filter((r): r is ReviewedOf<K> => (kinds as string[]).includes(r.op.kind));
}

/** The table as it stood just before the operation, if it existed then. */
export function tableBefore(r: ReviewedOp, q: QName): Table | undefined {
  return r.before.tables.get(tableKey(q, r.before.dialect));
}

export function columnBefore(r: ReviewedOp, q: QName, column: string): Column | undefined {
  const t = tableBefore(r, q);
  return t && findColumn(t, column, r.before.dialect);
}

/** Display name for messages: `public.users` is shown as `users`. */
export function shown(q: QName): string {
  return q.schema === 'public' ? q.name : qnameKey(q);
}

/** Operations that ran earlier in the same file, newest last. */
export function earlierInFile(r: ReviewedOp) {
  return r.fileOps.slice(0, r.position);
}
