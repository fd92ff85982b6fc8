import type { Dialect } from '../model/dialect.js';
import { qnameKey, type Constraint, type DefaultExpr, type OpOf } from '../model/operation.js';
import { tableKey, type Schema } from '../model/schema.js';
import type { SqlType } from '../model/sql-type.js';

/*
 * What of a Django or Alembic operation is not SQL Migra can render (schema/orm-sql.ts): keys to
 * tables of apps outside the repository, conditions and expressions still written in Python
 * (`models.Q(…)`, `Lower('name')`), and values Django computes when the migration runs
 * (`default=timezone.now`). The first two become comments; the last a typed stand-in.
 */

/** Python, not SQL: Django's Q / F / functions, lookups (`'group__isnull'`), SQLAlchemy constructs. */
const PYTHON = /\b(?:models|django|sa|sqlalchemy)\.|\b[QF]\(|\(\(\s*['"]|['"]\w+__\w+['"]|\b(?:Lower|Upper|Coalesce|Cast|Concat|Collate|OpClass|Length|Trunc\w*|Extract\w*)\(/;

function isPython(text: string | undefined): boolean {
  return text !== undefined && PYTHON.test(text);
}

/** Why the constraint cannot be written into the SQL, or undefined when it can. */
export function leftOut(c: Constraint, schema: Schema, d: Dialect): string | undefined {
  if (c.kind === 'foreign' && c.references && !schema.tables.has(tableKey(c.references.table, d))) {
    return `REFERENCES ${qnameKey(c.references.table)} left out: no migration here creates that table (an app outside the repository)`;
  }
  if ((c.kind === 'check' || c.kind === 'exclude') && isPython(c.expr)) return `${c.kind.toUpperCase()} left out: its condition is Python Migra does not translate (${oneLine(c.expr!)})`;
  return undefined;
}

export function leftOutNote(c: Constraint, why: string): string {
  return `-- ${c.name ? `${c.name}: ` : ''}${why}`;
}

/** An index whose keys or condition are Python: its SQL as a comment. */
export function pythonIndex(op: OpOf<'create_index'>): string | undefined {
  const py = [...op.elems.map((e) => e.expr), op.where].find(isPython);
  return py === undefined ? undefined : `-- index ${op.name ?? ''} on ${qnameKey(op.table)} left out: its ${op.where === py ? 'condition' : 'expression'} is Python Migra does not translate (${oneLine(py)})`;
}

/** `'<timezone.now>'`: a value the tool computes when the migration runs (common.ts literalSql). */
function toolComputed(def: DefaultExpr | undefined): string | undefined {
  const m = def && /^'<([\s\S]*)>'$/.exec(def.text);
  return m ? m[1].replace(/''/g, "'") : undefined;
}

/**
 * A value computed when the migration runs, as a literal of the column's type the engine
 * accepts, the Python it stands for in a comment: `CURRENT_TIMESTAMP /* timezone.now *\/`.
 */
export function toolValue(def: DefaultExpr | undefined, type: SqlType, d: Dialect): DefaultExpr | undefined {
  const py = toolComputed(def);
  if (py === undefined || !def) return def;
  const n = type.name;
  let v: string | undefined;
  if (type.array) v = d === 'postgresql' ? "'{}'" : undefined;
  else if (/^(date|time|timestamp|datetime)/.test(n)) v = 'CURRENT_TIMESTAMP';
  else if (/int|numeric|decimal|real|double|float|serial/.test(n)) v = '0';
  else if (n === 'boolean') v = d === 'postgresql' ? 'false' : '0';
  else if (n === 'uuid') v = "'00000000-0000-0000-0000-000000000000'";
  else if (n === 'json' || n === 'jsonb') v = "'{}'";
  if (v === undefined) return def;
  return { ...def, text: `${v} /* ${py.replace(/\*\//g, '* /')}, computed when the migration runs */` };
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}
