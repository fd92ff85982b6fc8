import type { Operation } from '../../model/operation.js';
import { typeToSql } from '../../model/sql-type.js';
import { arg, lastPart, str } from '../../python/reader.js';
import { djangoIndexName } from './common.js';
import { columnDef, dbDefault, effectiveDefault, fieldIndexes, likeIndex, m2mTable, readField } from './django-fields.js';
import { remake } from './django-remake.js';
import { addFieldRemakes, alterFieldRemakes, hasFkConstraint, removeFieldRemakes } from './django-sqlite.js';
import { fieldsOf, namedAfter, q, stateModel, type Call, type DjangoField, type DjangoMapping, type DjangoModel, type OperationHandler } from './django-state.js';
import { joinTableName, RELATION_FIELDS } from './django-types.js';

/* Django's operations on one field of a model: AddField, RemoveField, AlterField, RenameField. */

export const FIELD_OPERATIONS: Record<string, OperationHandler> = {
  AddField: addField,
  RemoveField: removeField,
  AlterField: alterField,
  RenameField: renameField,
};

/** ADD COLUMN with Django's default for existing rows, dropped right after; the field's indexes. */
function addField(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const read = newField(ctx, v, kind);
  if (typeof read === 'string') return read;
  const { model, name, field: f } = read;
  model.fields.set(name, f);
  if (model.unmanaged) return [];
  if (!f.type) return m2mTable(ctx, model, f);
  const col = columnDef(ctx, model, f, true);
  const ops: Operation[] = [{ kind: 'add_column', table: q(model.table), column: col, ifNotExists: false }];
  // Django adds the column with its default so existing rows get a value, then drops the
  // database default: Django defaults live in Python (unless db_default is used).
  if (col.default && !dbDefault(ctx, f)) ops.push({ kind: 'drop_default', table: q(model.table), column: f.column });
  ops.push(...fieldIndexes(ctx, model, f));
  if (ctx.dialect === 'sqlite' && addFieldRemakes(f, !!effectiveDefault(ctx, f))) ops.push(...remake(ctx, model));
  return ops;
}

/** DROP COLUMN (a many-to-many field: its join table). */
function removeField(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const name = str(arg(v, 1, 'name'));
  if (!model || !name) return 'RemoveField without a literal model and name';
  const f = model.fields.get(name);
  model.fields.delete(name);
  // Django's remake leaves out the indexes on the removed field.
  model.indexes = model.indexes?.filter((i) => !fieldsOf(i.value).includes(name));
  if (model.unmanaged) return [];
  if (f && !f.type) return f.call.kwargs.has('through') ? [] : [{ kind: 'drop_table', table: q(joinTableName(model.table, f.name, f.call)), ifExists: false, cascade: false }];
  const drop: Operation = { kind: 'drop_column', table: q(model.table), column: f?.column ?? name, ifExists: false, cascade: false };
  return ctx.dialect === 'sqlite' && f && removeFieldRemakes(f, ctx.state.version) ? [drop, ...remake(ctx, model)] : [drop];
}

/** What changed between the field as the state had it and the new one. */
function alterField(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const read = newField(ctx, v, kind);
  if (typeof read === 'string') return read;
  const { model, name, field: nf } = read;
  const old = model.fields.get(name);
  model.fields.set(name, nf);
  if (model.unmanaged || !nf.type) return [];
  if (!old || !old.type) return [{ kind: 'other', description: `AlterField ${model.name}.${name} (previous definition unknown)` }];
  const ops = fieldChanges(ctx, model, old, nf);
  // An index or unique constraint the change keeps keeps its name.
  const keeps = (old.dbIndex && nf.dbIndex) || (old.unique && nf.unique) || (old.pk && nf.pk);
  if (keeps) nf.namedAfter = namedAfter(model, old);
  return ctx.dialect === 'sqlite' && alterFieldRemakes(ops, old, nf) ? [...ops, ...remake(ctx, model)] : ops;
}

/** RENAME COLUMN, unless the column is named by db_column. */
function renameField(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const oldName = str(arg(v, 1, 'old_name'));
  const newName = str(arg(v, 2, 'new_name'));
  if (!model || !oldName || !newName) return 'RenameField without literal names';
  const f = model.fields.get(oldName);
  model.fields.delete(oldName);
  if (!f) return [{ kind: 'rename_column', table: q(model.table), column: oldName, newName }];
  const explicit = f.call.kwargs.has('db_column');
  const oldColumn = f.column;
  const renamed: DjangoField = { ...f, name: newName, column: explicit ? f.column : RELATION_FIELDS.has(lastPart(f.cls)) ? `${newName}_id` : newName, namedAfter: namedAfter(model, f) };
  model.fields.set(newName, renamed);
  if (model.unmanaged || !f.type || renamed.column === oldColumn) return [];
  const rename: Operation = { kind: 'rename_column', table: q(model.table), column: oldColumn, newName: renamed.column };
  return ctx.dialect === 'sqlite' && hasFkConstraint(f) ? [rename, ...remake(ctx, model)] : [rename];
}

/**
 * The model, name and field of an AddField / AlterField; a field that cannot be read leaves the
 * model partial (its table may hold a column the state does not know).
 */
function newField(ctx: DjangoMapping, v: Call, kind: string): { model: DjangoModel; name: string; field: DjangoField } | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const name = str(arg(v, 1, 'name'));
  const fv = arg(v, 2, 'field');
  if (!model || !name || !fv) return `${kind} without a literal model, name and field`;
  const field = readField(ctx, name, fv, model);
  if (typeof field === 'string') {
    model.partial = true;
    return field;
  }
  return { model, name, field };
}

/** The SQL of _alter_field: rename, type, nullability, unique, index, `_like` index, db_default, in its order. */
function fieldChanges(ctx: DjangoMapping, model: DjangoModel, old: DjangoField, nf: DjangoField): Operation[] {
  const ops: Operation[] = [];
  const table = q(model.table);
  let column = old.column;
  // Django finds the indexes it drops by column: they keep the names they were made with.
  const was = namedAfter(model, old);
  if (old.column !== nf.column) {
    ops.push({ kind: 'rename_column', table, column: old.column, newName: nf.column });
    column = nf.column;
  }
  if (typeToSql(old.type!) !== typeToSql(nf.type!)) {
    const op: Operation = { kind: 'alter_column_type', table, column, type: nf.type! };
    if (ctx.dialect === 'postgresql') op.using = `"${column}"::${typeToSql(nf.type!)}`;
    ops.push(op);
  }
  if (old.nullable && !nf.nullable) {
    const def = effectiveDefault(ctx, nf);
    if (def) {
      // Django's four steps: default for new writes, backfill the NULLs, NOT NULL, drop the default.
      ops.push({ kind: 'set_default', table, column, default: def });
      ops.push({ kind: 'data_change', verb: 'update', table, hasWhere: true });
      ops.push({ kind: 'set_not_null', table, column });
      ops.push({ kind: 'drop_default', table, column });
    } else ops.push({ kind: 'set_not_null', table, column });
  } else if (!old.nullable && nf.nullable) ops.push({ kind: 'drop_not_null', table, column });
  const oldUnique = old.unique && !old.pk;
  const newUnique = nf.unique && !nf.pk;
  if (oldUnique && !newUnique) ops.push({ kind: 'drop_constraint', table, name: ctx.dialect === 'postgresql' ? `${was.table}_${was.column}_key` : djangoIndexName(was.table, [was.column], '_uniq', ctx.dialect), ifExists: false, cascade: false, constraintKind: 'unique' });
  if (!oldUnique && newUnique) ops.push({ kind: 'add_constraint', table, constraint: { kind: 'unique', name: djangoIndexName(model.table, [column], '_uniq', ctx.dialect), columns: [column] } });
  const oldIdx = old.dbIndex && !old.unique;
  const newIdx = nf.dbIndex && !nf.unique;
  const dropIndex = (name: string, ifExists = false): Operation => ({ kind: 'drop_index', name: q(name), table, concurrently: false, ifExists, cascade: false });
  if (oldIdx && !newIdx) {
    // Django drops the plain indexes it finds on the column: the field's, and its `_like` index.
    ops.push(dropIndex(djangoIndexName(was.table, [was.column], '', ctx.dialect)));
    if (!RELATION_FIELDS.has(lastPart(old.cls)) && likeIndex(ctx, model, old)) ops.push(dropIndex(djangoIndexName(was.table, [was.column], '_like', ctx.dialect)));
  }
  if (!oldIdx && newIdx) ops.push({ kind: 'create_index', name: djangoIndexName(model.table, [column], '', ctx.dialect), table, elems: [{ column }], unique: false, concurrently: false, ifNotExists: false });
  // PostgreSQL's _alter_field: a field newly indexed or unique gets its _like index; one neither any more loses it.
  if (!RELATION_FIELDS.has(lastPart(nf.cls))) {
    const hadIndex = old.dbIndex || old.unique || old.pk;
    if (!hadIndex && (nf.dbIndex || nf.unique)) {
      const like = likeIndex(ctx, model, { ...nf, column });
      if (like) ops.push(like);
    } else if ((old.unique || old.pk) && !(nf.dbIndex || nf.unique || nf.pk) && likeIndex(ctx, model, old)) {
      // By name, from the table and column as they are (postgresql/schema.py), IF EXISTS: after a
      // rename the index made under the old name stays.
      ops.push(dropIndex(djangoIndexName(model.table, [old.column], '_like', ctx.dialect), true));
    }
  }
  const oldDb = dbDefault(ctx, old);
  const newDb = dbDefault(ctx, nf);
  if (newDb && newDb.text !== oldDb?.text) ops.push({ kind: 'set_default', table, column, default: newDb });
  else if (oldDb && !newDb) ops.push({ kind: 'drop_default', table, column });
  return ops;
}
