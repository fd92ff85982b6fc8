import type { Dialect } from '../../model/dialect.js';
import type { QName } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { columnBefore, tableBefore } from './reviewed.js';

/**
 * The name a table had at base, following renames made earlier in this pull request
 * (`ALTER TABLE a RENAME TO b; TRUNCATE b` empties a table full of production data).
 * Undefined when the table is new: created, or dropped and created again, earlier in the pull request.
 */
export function tableAtBase(ctx: RuleContext, r: ReviewedOp, table: QName): QName | undefined {
  const d = ctx.target.dialect;
  let cur = table;
  for (let i = ctx.ops.indexOf(r) - 1; i >= 0; i--) {
    const prev = ctx.ops[i];
    const op = prev.op;
    if (op.kind === 'rename_table' && sameTable(renamedTo(op.table, op.newName), cur, d)) cur = op.table;
    else if (op.kind === 'create_table' && sameTable(op.table, cur, d) && !tableBefore(prev, op.table)) return undefined;
  }
  return ctx.existedAtBase(cur) ? cur : undefined;
}

/** The table and column names at base of a column, following table and column renames; undefined when the column is new. */
export function columnAtBase(ctx: RuleContext, r: ReviewedOp, table: QName, column: string): { table: QName; column: string } | undefined {
  const d = ctx.target.dialect;
  let t = table;
  let c = column;
  for (let i = ctx.ops.indexOf(r) - 1; i >= 0; i--) {
    const prev = ctx.ops[i];
    const op = prev.op;
    if (op.kind === 'rename_table' && sameTable(renamedTo(op.table, op.newName), t, d)) t = op.table;
    else if (op.kind === 'rename_column' && sameTable(op.table, t, d) && sameColumn(op.newName, c, d)) c = op.column;
    else if (op.kind === 'create_table' && sameTable(op.table, t, d) && !tableBefore(prev, op.table)) return undefined;
    else if (op.kind === 'add_column' && sameTable(op.table, t, d) && sameColumn(op.column.name, c, d) && !columnBefore(prev, op.table, c)) return undefined;
  }
  return ctx.columnExistedAtBase(t, c) ? { table: t, column: c } : undefined;
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
