import type { Dialect } from '../../model/dialect.js';
import type { MigrationFile } from '../../model/migration.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { renamedTo } from './origin.js';

/**
 * Where each reviewed operation stands in the pull request, and which operations name each table:
 * rules ask "what did the pull request do to this table before (or after) this statement" for
 * every statement, and walking every earlier operation for each question made judging a whole
 * history quadratic. Built once per list of operations (a context's `ops`, never changed once
 * judging starts; a longer list is indexed again) and read by origin.ts, existing.ts and
 * head-table.ts, which walk only the operations of the table they follow.
 */
export interface OpPositions {
  /** ops.length and the dialect when built. */
  length: number;
  dialect: Dialect;
  at: Map<ReviewedOp, number>;
  /**
   * Ascending positions, per table key, of the operations a walk back through renames stops at:
   * rename_table under the key it renames to; rename_column, create_table and add_column under their table's.
   */
  backward: Map<string, number[]>;
  /** Ascending positions, per table key, of rename_table (under the key it renames from) and drop_table. */
  forward: Map<string, number[]>;
  /** The operations of each file, in ctx.ops order. */
  byFile: Map<MigrationFile, ReviewedOp[]>;
}

/** What the index reads of a context (the rollback stage has no whole RuleContext). */
export type OpScope = Pick<RuleContext, 'ops' | 'target'>;

const INDEXES = new WeakMap<readonly ReviewedOp[], OpPositions>();

export function opPositions(ctx: OpScope): OpPositions {
  let ix = INDEXES.get(ctx.ops);
  if (!ix || ix.length !== ctx.ops.length || ix.dialect !== ctx.target.dialect) INDEXES.set(ctx.ops, (ix = build(ctx.ops, ctx.target.dialect)));
  return ix;
}

/** The operation's index in ctx.ops (-1 when it is not one of them), as ctx.ops.indexOf(r). */
export function positionOf(ctx: OpScope, r: ReviewedOp): number {
  return opPositions(ctx).at.get(r) ?? -1;
}

function build(ops: readonly ReviewedOp[], d: Dialect): OpPositions {
  const at = new Map<ReviewedOp, number>();
  const backward = new Map<string, number[]>();
  const forward = new Map<string, number[]>();
  const byFile = new Map<MigrationFile, ReviewedOp[]>();
  const push = <K, V>(m: Map<K, V[]>, key: K, v: V) => {
    const list = m.get(key);
    if (list) list.push(v);
    else m.set(key, [v]);
  };
  ops.forEach((r, i) => {
    // indexOf gives the first position of an operation listed twice.
    if (!at.has(r)) at.set(r, i);
    push(byFile, r.file, r);
    const op = r.op;
    switch (op.kind) {
      case 'rename_table':
        push(backward, tableKey(renamedTo(op.table, op.newName), d), i);
        push(forward, tableKey(op.table, d), i);
        break;
      case 'rename_column':
      case 'create_table':
      case 'add_column':
        push(backward, tableKey(op.table, d), i);
        break;
      case 'drop_table':
        push(forward, tableKey(op.table, d), i);
        break;
    }
  });
  return { length: ops.length, dialect: d, at, backward, forward, byFile };
}

/** The reviewed operations of one file, in order (as ctx.ops.filter((o) => o.file === file)); do not change the list. */
export function opsInFile(ctx: OpScope, file: MigrationFile): readonly ReviewedOp[] {
  return opPositions(ctx).byFile.get(file) ?? [];
}

/** The greatest position in the ascending list below `i`, or -1. */
export function lastBelow(list: readonly number[] | undefined, i: number): number {
  const k = list ? countWhile(list, (x) => x < i) : 0;
  return k > 0 ? list![k - 1] : -1;
}

/** The least position in the ascending list above `i`, or -1. */
export function firstAbove(list: readonly number[] | undefined, i: number): number {
  const k = list ? countWhile(list, (x) => x <= i) : 0;
  return list && k < list.length ? list[k] : -1;
}

/** How many leading entries of the ascending list satisfy `below` (a binary search). */
function countWhile(list: readonly number[], below: (x: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
