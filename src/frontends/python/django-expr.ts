import type { Dialect } from '../../model/dialect.js';
import { quoteIdent, type IndexElem } from '../../model/operation.js';
import { lastPart, str, type PyValue } from '../../python/reader.js';

/*
 * Django's query expressions in the SQL its schema editor writes for them: the `condition` of a
 * partial index or UniqueConstraint and of a CheckConstraint (`models.Q(('parent__isnull', True))`
 * → `parent_id IS NULL`), and the expressions of an index (`Lower('name')`, `F('site')`). Only
 * what reads the same on every database and needs no join is translated: a field of the model
 * itself with exact / isnull / comparison / in lookups, AND / OR / NOT, F() and a few functions.
 * Anything else (a lookup across a relation, a function of the project's own) stays Python:
 * undefined.
 */

/** The column of each field name of the model (a foreign key `site` is `site_id`). */
export type ColumnOf = (field: string) => string | undefined;

const COMPARISONS: Record<string, string> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** `Q(...)` (or `models.Q`, `django.db.models.Q`) as a SQL condition, or undefined when any part is not translated. */
export function djangoCondition(v: PyValue, columnOf: ColumnOf, d: Dialect): string | undefined {
  if (v.t !== 'call' || lastPart(v.callee) !== 'Q' || v.spread) return undefined;
  const parts: string[] = [];
  for (const a of v.args) {
    if (a.t === 'call') {
      const inner = djangoCondition(a, columnOf, d);
      if (inner === undefined) return undefined;
      parts.push(`(${inner})`);
    } else if (a.t === 'list' && a.shape === 'tuple' && a.items.length === 2) {
      const lookup = str(a.items[0]);
      const sql = lookup === undefined ? undefined : lookupSql(lookup, a.items[1], columnOf, d);
      if (sql === undefined) return undefined;
      parts.push(sql);
    } else return undefined;
  }
  let negated = false;
  let connector = 'AND';
  // Q(**kwargs) keeps its keyword lookups sorted by name, after the positional ones.
  for (const [key, value] of [...v.kwargs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key === '_negated') {
      if (value.t !== 'bool') return undefined;
      negated = value.value;
    } else if (key === '_connector') {
      const c = str(value);
      if (c !== 'AND' && c !== 'OR') return undefined;
      connector = c;
    } else {
      const sql = lookupSql(key, value, columnOf, d);
      if (sql === undefined) return undefined;
      parts.push(sql);
    }
  }
  if (!parts.length) return undefined;
  const joined = parts.join(` ${connector} `);
  return negated ? `NOT (${joined})` : joined;
}

function lookupSql(lookup: string, value: PyValue, columnOf: ColumnOf, d: Dialect): string | undefined {
  const bits = lookup.split('__');
  if (bits.length > 2) return undefined;
  const column = columnOf(bits[0]);
  if (column === undefined) return undefined;
  const col = quoteIdent(column, d);
  const kind = bits[1] ?? 'exact';
  if (kind === 'isnull') return value.t === 'bool' ? `${col} IS ${value.value ? '' : 'NOT '}NULL` : undefined;
  if (kind === 'exact' && value.t === 'none') return `${col} IS NULL`;
  // Django 4.0 and later write a boolean field compared to True as the bare column (Exact.as_sql on a
  // conditional left side), to False as NOT column.
  if (kind === 'exact' && value.t === 'bool') return value.value ? col : `NOT ${col}`;
  if (kind === 'in') {
    if (value.t !== 'list' || !value.items.length) return undefined;
    const items = value.items.map(literal);
    return items.every((i) => i !== undefined) ? `${col} IN (${items.join(', ')})` : undefined;
  }
  const op = COMPARISONS[kind];
  const lit = literal(value);
  return op && lit !== undefined ? `${col} ${op} ${lit}` : undefined;
}

/** A string or number as an SQL literal. */
function literal(v: PyValue): string | undefined {
  if (v.t === 'str') return `'${v.value.replace(/'/g, "''")}'`;
  if (v.t === 'num') return String(v.value);
  return undefined;
}

const FUNCTIONS: Record<string, string> = { Lower: 'lower', Upper: 'upper', Length: 'length', Abs: 'abs', Trim: 'trim', LTrim: 'ltrim', RTrim: 'rtrim' };

/**
 * An index expression: `F('site')` is the column itself (Django writes `("site_id")`, which
 * PostgreSQL and SQLite keep as a plain column key), `Lower('name')` an expression on a column.
 */
export function djangoIndexElem(v: PyValue, columnOf: ColumnOf, d: Dialect): IndexElem | undefined {
  if (v.t !== 'call' || v.spread || v.kwargs.size) return undefined;
  const name = lastPart(v.callee);
  if (name === 'F') {
    const field = v.args.length === 1 ? str(v.args[0]) : undefined;
    return field === undefined ? undefined : fieldElem(field, columnOf);
  }
  const fn = FUNCTIONS[name];
  if (!fn || v.args.length !== 1) return undefined;
  const arg = v.args[0];
  // A string argument of a function names a field, as F() does.
  const inner = arg.t === 'str' ? fieldElem(arg.value, columnOf) : djangoIndexElem(arg, columnOf, d);
  if (!inner) return undefined;
  const operand = inner.column !== undefined ? quoteIdent(inner.column, d) : inner.expr;
  return operand === undefined ? undefined : { expr: `${fn}(${operand})` };
}

function fieldElem(field: string, columnOf: ColumnOf): IndexElem | undefined {
  const column = field.includes('__') ? undefined : columnOf(field);
  return column === undefined ? undefined : { column };
}
