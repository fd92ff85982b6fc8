import { sqlString } from '../../model/operation.js';
import type { QName } from '../../model/operation.js';
import { findColumn, tableKey, type Schema } from '../../model/schema.js';
import type { SqlType } from '../../model/sql-type.js';
import type { RuleContext } from '../rule.js';
import { columnAtBase } from './origin.js';
import { columnBefore, type ReviewedOf } from './reviewed.js';
import { plainCast, typeQName } from '../../knowledge/type-change-statement.js';
import { positionOf } from './op-positions.js';

export interface EnumValueChange {
  /** Values the column can hold in production that the new type no longer has. Empty when none is lost. */
  removed: string[];
  /** The table and column at base, for queries run against production before the migration. */
  base: { table: QName; column: string };
}

/**
 * A column that holds an enum in production (a PostgreSQL enum type, a MySQL ENUM) converted to
 * an enum type: which of its production values the new type lacks. Values added in this pull
 * request hold no production rows; a value renamed in it (ALTER TYPE … RENAME VALUE) keeps its
 * rows under the new name; values a USING expression maps by name are converted on purpose.
 * Undefined when the change is not from a production enum to an enum.
 */
export function enumValueChange(ctx: RuleContext, r: ReviewedOf<'alter_column_type'>): EnumValueChange | undefined {
  const to = labels(r.op.type, r.before);
  const at = to && columnAtBase(ctx, r, r.op.table, r.op.column);
  const baseTable = at && ctx.base.tables.get(tableKey(at.table, ctx.base.dialect));
  const baseCol = baseTable && findColumn(baseTable, at.column, ctx.base.dialect);
  const held = baseCol && labels(baseCol.type, ctx.base);
  if (!to || !at || !baseCol || !held) return undefined;
  const current = columnBefore(r, r.op.table, r.op.column);
  // An array becoming a scalar (or back) is a loss of its own: lossy-type-change reports it.
  if ((current ?? baseCol).type.array !== r.op.type.array) return undefined;
  const now = current && labels(current.type, r.before);
  let values = [...held];
  if (!baseCol.type.values) {
    const types = new Set([baseCol.type.name, ...(current && !current.type.values ? [current.type.name] : [])]);
    for (const o of ctx.ops.slice(0, positionOf(ctx, r))) {
      if (o.op.kind !== 'rename_enum_value' || !types.has(tableKey(o.op.name, 'postgresql'))) continue;
      const { value, newValue } = o.op;
      values = values.map((v) => (v === value ? newValue : v));
    }
  }
  let removed = values.filter((v) => !to.includes(v) && (!now || now.includes(v)));
  const using = r.op.using;
  if (using !== undefined && !(current && plainCast(using, current.name))) removed = removed.filter((v) => !using.includes(sqlString(v)));
  return { removed, base: at };
}

/** The values a column type allows: MySQL ENUM values inline, or the labels of a PostgreSQL enum type. */
function labels(t: SqlType, schema: Schema): readonly string[] | undefined {
  if (t.values) return t.name === 'enum' ? t.values : undefined;
  if (schema.dialect !== 'postgresql') return undefined;
  return schema.enums.get(t.name) ?? schema.enums.get(tableKey(typeQName(t.name), 'postgresql'));
}
