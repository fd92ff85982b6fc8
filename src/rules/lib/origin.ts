import type { Dialect } from '../../model/dialect.js';
import type { QName } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { columnBefore, tableBefore } from './reviewed.js';
import { lastBelow, opPositions, positionOf } from './op-positions.js';

/** Where a table (or one of its columns) came from, walking back through this pull request. */
export interface Origin {
  /** The names it had before the pull request's renames. */
  table: QName;
  column?: string;
  /** The statement of this pull request that made it, if one did. */
  madeBy?: 'create_table' | 'add_column';
}

/**
 * Follow renames made earlier in this pull request back to the names an object had before
 * (`ALTER TABLE a RENAME TO b; TRUNCATE b` empties a table full of production data), stopping
 * at the CREATE TABLE or ADD COLUMN of this pull request that made it.
 */
export function traceOrigin(ctx: RuleContext, r: ReviewedOp, table: QName, column?: string): Origin {
  const d = ctx.target.dialect;
  const { backward } = opPositions(ctx);
  let t = table;
  let c = column;
  // Only the operations filed under the table's current key can change what is followed (op-positions.ts).
  for (let i = lastBelow(backward.get(tableKey(t, d)), positionOf(ctx, r)); i >= 0; i = lastBelow(backward.get(tableKey(t, d)), i)) {
    const prev = ctx.ops[i];
    const op = prev.op;
    if (op.kind === 'rename_table' && sameTable(renamedTo(op.table, op.newName), t, d)) t = op.table;
    else if (c !== undefined && op.kind === 'rename_column' && sameTable(op.table, t, d) && sameColumn(op.newName, c, d)) c = op.column;
    else if (op.kind === 'create_table' && sameTable(op.table, t, d) && !tableBefore(prev, op.table)) return { table: t, column: c, madeBy: 'create_table' };
    else if (c !== undefined && op.kind === 'add_column' && sameTable(op.table, t, d) && sameColumn(op.column.name, c, d) && !columnBefore(prev, op.table, c)) {
      return { table: t, column: c, madeBy: 'add_column' };
    }
  }
  return { table: t, column: c };
}

/** The name a table had at base; undefined when the table is new: created, or dropped and created again, earlier in the pull request. */
export function tableAtBase(ctx: RuleContext, r: ReviewedOp, table: QName): QName | undefined {
  if (squashed(r)) return undefined;
  const o = traceOrigin(ctx, r, table);
  return !o.madeBy && ctx.existedAtBase(o.table) ? o.table : undefined;
}

/** The table and column names at base of a column, following table and column renames; undefined when the column is new. */
export function columnAtBase(ctx: RuleContext, r: ReviewedOp, table: QName, column: string): { table: QName; column: string } | undefined {
  if (squashed(r)) return undefined;
  const o = traceOrigin(ctx, r, table, column);
  return !o.madeBy && ctx.columnExistedAtBase(o.table, o.column!) ? { table: o.table, column: o.column! } : undefined;
}

/** A rename target written without a schema stays in the schema of the renamed table. */
export function renamedTo(table: QName, newName: QName): QName {
  return newName.schema || !table.schema ? newName : { schema: table.schema, name: newName.name };
}

export function sameTable(a: QName, b: QName, d: Dialect): boolean {
  return tableKey(a, d) === tableKey(b, d);
}

export function sameColumn(a: string, b: string, d: Dialect): boolean {
  return d === 'postgresql' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/**
 * A Django squashed migration (`replaces = [...]`) only runs on a database that never ran the
 * migrations it replaces, in practice an empty one: everything it touches is new there.
 */
export function squashed(r: ReviewedOp): boolean {
  return !!r.file.graph?.replaces?.length;
}
