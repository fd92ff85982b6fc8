import type { QName } from '../../model/operation.js';
import { tableKey, type Column } from '../../model/schema.js';
import { rewritesUnlessUtc, utcSessionAt } from '../../knowledge/timestamp-relabel.js';
import { predictTypeChange } from '../../knowledge/type-change-statement.js';
import type { TypeChange } from '../../knowledge/type-change.js';
import type { RuleContext } from '../rule.js';
import { columnAtBase, tableAtBase } from './origin.js';
import { columnBefore, opsOf, type ReviewedOf } from './reviewed.js';

/** The type changes of a pull request, each with what it does (knowledge/type-change.ts) and whether production data is at stake. */
export interface ReviewedTypeChange {
  r: ReviewedOf<'alter_column_type'>;
  column: Column;
  change: TypeChange;
  /** The column held data at base (following renames made earlier in the pull request). */
  columnExisted: boolean;
  /** The table existed at base, so a rewrite touches production rows. */
  tableExisted: boolean;
}

/**
 * Classified once per set and target: five rules ask, and rewrittenBySameStatement asks for every
 * operation it looks at (quadratic in a pull request's size when recomputed each time).
 */
const CACHE = new WeakMap<RuleContext['ops'], { target: RuleContext['target']; changes: readonly ReviewedTypeChange[] }>();

/** Every reviewed ALTER COLUMN TYPE of a column that exists just before it, classified. */
export function reviewedTypeChanges(ctx: RuleContext): readonly ReviewedTypeChange[] {
  const hit = CACHE.get(ctx.ops);
  if (hit?.target === ctx.target) return hit.changes;
  const changes = classify(ctx);
  CACHE.set(ctx.ops, { target: ctx.target, changes });
  return changes;
}

function classify(ctx: RuleContext): ReviewedTypeChange[] {
  return opsOf(ctx, 'alter_column_type').flatMap((r) => {
    const column = columnBefore(r, r.op.table, r.op.column);
    if (!column) return [];
    const change = predictTypeChange(r, column, ctx.target);
    // A migration that sets TimeZone to UTC before it gets the relabel PostgreSQL 12+ promises.
    if (change.rewrite && rewritesUnlessUtc({ r, column }, ctx.target) && utcSessionAt(r)) change.rewrite = false;
    return [{
      r,
      column,
      change,
      columnExisted: !!columnAtBase(ctx, r, r.op.table, r.op.column),
      tableExisted: !!tableAtBase(ctx, r, r.op.table),
    }];
  });
}

/**
 * The statement of `r` also changes a column type of the same production table in a way that
 * rewrites it: the whole ALTER TABLE holds ACCESS EXCLUSIVE for the rewrite, which also builds
 * the statement's new indexes and checks its NOT NULLs in the same pass, so advice to avoid a
 * scan or an index build in that statement is moot (table-rewrite-type-change reports it).
 */
export function rewrittenBySameStatement(ctx: RuleContext, r: { file: { path: string }; op: { stmt: { index: number } } }, table: QName): boolean {
  const key = tableKey(table, ctx.target.dialect);
  return reviewedTypeChanges(ctx).some((tc) => tc.tableExisted && tc.change.rewrite && tc.r.file.path === r.file.path && tc.r.op.stmt.index === r.op.stmt.index && tableKey(tc.r.op.table, ctx.target.dialect) === key);
}
