import type { SelectShape, SelectValue } from '../model/operation.js';
import { findColumn, type Column, type Schema } from '../model/schema.js';
import type { SqlType } from '../model/sql-type.js';
import { cloneType } from './clone.js';
import { tableKey } from '../model/schema.js';

/**
 * The columns `CREATE TABLE … AS SELECT` gives its table, typed from the tables the query reads
 * as the schema holds them just then. Every column is nullable and has no default: the database
 * copies neither NOT NULL nor defaults into such a table. A column whose type cannot be told
 * (a function other than min/max/count, arithmetic) is left out; the table stays partial.
 */
export function selectColumns(s: Schema, shape: SelectShape): { columns: Column[]; complete: boolean } {
  const columns: Column[] = [];
  let complete = true;
  shape.columns.forEach((c, i) => {
    let type = typeOf(s, shape, c.value);
    // UNION: a NULL (or untyped) column of the first branch takes the type of a later branch's.
    for (const branch of shape.union ?? []) {
      if (type) break;
      const other = branch.columns[i];
      if (other) type = typeOf(s, branch, other.value);
    }
    if (!type && c.value.kind === 'null') type = { name: 'text', args: [], array: 0, raw: 'text' };
    if (type) columns.push({ name: c.name, type, nullable: true });
    else complete = false;
  });
  return { columns, complete };
}

function typeOf(s: Schema, shape: SelectShape, v: SelectValue): SqlType | undefined {
  switch (v.kind) {
    case 'type':
      return cloneType(v.type);
    case 'same':
      return typeOf(s, shape, v.of);
    case 'column': {
      const col = sourceColumn(s, shape, v.rel, v.column);
      return col ? cloneType(col) : undefined;
    }
    default:
      return undefined;
  }
}

/** The type of `rel.column` (or of the one FROM item that has `column`) as the query sees it. */
function sourceColumn(s: Schema, shape: SelectShape, rel: string | undefined, column: string): SqlType | undefined {
  const items = rel === undefined ? shape.from : shape.from.filter((f) => f.alias === rel);
  for (const item of items) {
    if (item.table) {
      const t = s.tables.get(tableKey(item.table, s.dialect));
      const c: Column | undefined = t ? findColumn(t, column, s.dialect) : undefined;
      if (c) return c.type;
    } else if (item.sub) {
      const at = item.sub.columns.findIndex((c) => c.name === column);
      if (at < 0) continue;
      const sub = selectColumns(s, item.sub).columns.find((c) => c.name === column);
      if (sub) return sub.type;
    }
  }
  return undefined;
}
