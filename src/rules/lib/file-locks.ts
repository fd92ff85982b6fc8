import type { QName } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { tableAtBase } from './origin.js';
import { accessExclusiveTargets, pgLockFor } from '../../knowledge/pg-locks.js';

const AVOIDABLE = new Set(['drop_index', 'reindex', 'refresh_materialized_view', 'detach_partition']);

/**
 * Another statement of the same migration file that takes ACCESS EXCLUSIVE on the production
 * table `table` (the same table at base, whatever names the statements use for it after
 * renames), in a way no CONCURRENTLY variant could avoid. When the migration locks the table
 * that hard anyway, avoiding ACCESS EXCLUSIVE in one of its statements (DROP INDEX
 * CONCURRENTLY) spares the application nothing.
 */
export function otherAccessExclusiveInFile(ctx: RuleContext, r: ReviewedOp, table: QName): ReviewedOp | undefined {
  const d = ctx.target.dialect;
  const origin = tableAtBase(ctx, r, table);
  if (!origin) return undefined;
  const want = tableKey(origin, d);
  return ctx.ops.find((o) => {
    if (o.file !== r.file || o.op.stmt.index === r.op.stmt.index) return false;
    // Locks CONCURRENTLY could avoid do not count: those statements are reported on their own.
    if (AVOIDABLE.has(o.op.kind) && !('concurrently' in o.op && o.op.concurrently)) return false;
    const targets = accessExclusiveTargets(pgLockFor(o.op, { before: o.before, target: ctx.target }));
    return targets.some((q) => {
      const base = tableAtBase(ctx, o, q);
      return !!base && tableKey(base, d) === want;
    });
  });
}
