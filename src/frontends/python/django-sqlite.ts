import { atLeast, DEFAULT_VERSION } from '../../model/dialect.js';
import type { ColumnDef, Constraint, Operation } from '../../model/operation.js';
import { bool, lastPart, type PyValue } from '../../python/reader.js';
import type { DjangoField } from './django-state.js';
import { RELATION_FIELDS } from './django-types.js';

/*
 * Django's SQLite schema editor (django/db/backends/sqlite3/schema.py, the behaviour of Django
 * 4.1 through 5.2): SQLite's ALTER TABLE cannot add a key, a unique or NOT NULL column, or change
 * a column, so Django "remakes" the table instead (`_remake_table`): CREATE TABLE "new__x" with the
 * model's fields as the migration state now has them, INSERT INTO "new__x" SELECT … FROM "x"
 * (the new column filled with its default, NULLs of a column made NOT NULL with coalesce),
 * DROP TABLE "x", ALTER TABLE "new__x" RENAME TO "x", then the indexes again. Rows are copied,
 * never lost; but the whole table is rewritten under the migration's write lock, and whatever
 * the state does not know (columns or indexes added by RunSQL) is left behind.
 * Django 4.0 and older remade the table for every AddField and RemoveField; that is not modeled.
 */

type FieldShape = Pick<DjangoField, 'pk' | 'unique' | 'nullable' | 'dbIndex' | 'cls' | 'call'>;

/**
 * `add_field`: a plain ALTER TABLE … ADD COLUMN only for a nullable column with no default, not a
 * key, not unique, and no db_default other than a constant.
 */
export function addFieldRemakes(f: FieldShape, hasEffectiveDefault: boolean): boolean {
  return f.pk || f.unique || !f.nullable || hasEffectiveDefault || dbDefaultIsExpression(f.call.kwargs.get('db_default'));
}

/**
 * `remove_field`: ALTER TABLE … DROP COLUMN on SQLite ≥ 3.35.5 (`can_alter_table_drop_column`)
 * unless the column is a key, unique, indexed or a foreign key with its constraint.
 */
export function removeFieldRemakes(f: FieldShape, sqliteVersion: string | undefined): boolean {
  if (!atLeast({ dialect: 'sqlite', version: sqliteVersion ?? DEFAULT_VERSION.sqlite }, '3.35.5')) return true;
  return f.pk || f.unique || f.dbIndex || hasFkConstraint(f);
}

/** `_alter_field`: only a rename of a column whose definition stays the same, without a foreign key, is an ALTER TABLE … RENAME COLUMN. */
export function alterFieldRemakes(ops: readonly Operation[], old: FieldShape, next: FieldShape): boolean {
  if (!ops.length) return false;
  const renameOnly = ops.length === 1 && ops[0].kind === 'rename_column';
  return !renameOnly || hasFkConstraint(old) || hasFkConstraint(next);
}

export function hasFkConstraint(f: FieldShape): boolean {
  return RELATION_FIELDS.has(lastPart(f.cls)) && bool(f.call.kwargs.get('db_constraint')) !== false;
}

/** A db_default Django cannot write into ADD COLUMN: an expression (`Now()`), not a constant or `Value(…)`. */
function dbDefaultIsExpression(v: PyValue | undefined): boolean {
  if (!v || v.t === 'str' || v.t === 'num' || v.t === 'bool' || v.t === 'none') return false;
  return !(v.t === 'call' && lastPart(v.callee) === 'Value');
}

/** The four steps of `_remake_table`, then the indexes, which went with the old table. */
export function remakeTable(table: string, columns: ColumnDef[], constraints: Constraint[], indexes: Operation[]): Operation[] {
  const temp = { name: `new__${table}` };
  // Keys keep the names they had on the table they replace, not names made from "new__…".
  const named = columns.map((c) => ({ ...c, constraints: c.constraints.map((k) => (k.name || (k.kind !== 'primary' && k.kind !== 'unique') ? k : { ...k, name: k.kind === 'primary' ? `${table}_pkey` : `${table}_${c.name}_key` })) }));
  return [
    { kind: 'create_table', table: temp, columns: named, constraints, ifNotExists: false, temporary: false, asSelect: false },
    { kind: 'data_change', verb: 'insert', table: temp, hasWhere: false },
    { kind: 'drop_table', table: { name: table }, ifExists: false, cascade: false },
    { kind: 'rename_table', table: temp, newName: { name: table } },
    ...indexes,
  ];
}
