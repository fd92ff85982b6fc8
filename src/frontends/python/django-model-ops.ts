import type { Constraint, Operation } from '../../model/operation.js';
import { arg, bool, dictGet, items, str } from '../../python/reader.js';
import { djangoIndexName } from './common.js';
import { columnDef, fieldIndexes, m2mTable, readField } from './django-fields.js';
import { metaConstraint, metaIndex, uniqueTogether } from './django-meta.js';
import { columnsOf, keepIndexNames, modelKey, q, resolveModel, stateModel, togetherOf, type Call, type DjangoMapping, type DjangoModel, type OperationHandler } from './django-state.js';
import { joinTableName } from './django-types.js';

/* Django's operations on whole models: CreateModel, DeleteModel, RenameModel, AlterModelTable, AlterModelOptions. */

export const MODEL_OPERATIONS: Record<string, OperationHandler> = {
  CreateModel: createModel,
  DeleteModel: deleteModel,
  RenameModel: renameModel,
  AlterModelTable: alterModelTable,
  AlterModelOptions: alterModelOptions,
};

/** The table, its keys and indexes, the join tables of its many-to-many fields, its Meta indexes and constraints. */
function createModel(ctx: DjangoMapping, v: Call): Operation[] | string {
  const name = str(arg(v, 0, 'name'));
  const fields = items(arg(v, 1, 'fields'));
  if (!name || !fields) return 'CreateModel without a literal name and fields';
  const options = arg(v, 2, 'options');
  const dbTable = str(dictGet(options, 'db_table'));
  const key = modelKey(ctx.app, name);
  const model: DjangoModel = { app: ctx.app, name, table: dbTable ?? `${ctx.app}_${name.toLowerCase()}`, unmanaged: bool(dictGet(options, 'managed')) === false || bool(dictGet(options, 'proxy')) === true, fields: new Map(), uniqueTogether: [], indexTogether: [] };
  const problems: string[] = [];
  for (const pair of fields) {
    const [n, f] = pair.t === 'list' ? pair.items : [];
    const fname = str(n);
    if (!fname || !f) {
      problems.push('a field that is not a literal (name, field) pair');
      continue;
    }
    const field = readField(ctx, fname, f, model);
    if (typeof field === 'string') problems.push(field);
    else model.fields.set(fname, field);
  }
  model.indexes = (items(dictGet(options, 'indexes')) ?? []).map((value) => ({ value }));
  model.constraints = (items(dictGet(options, 'constraints')) ?? []).map((value) => ({ value }));
  if (bool(dictGet(options, 'proxy')) === true) {
    const base = (items(arg(v, 3, 'bases')) ?? []).map((b) => (b.t === 'str' ? resolveModel(ctx, b) : undefined)).find((k) => k !== undefined);
    if (base) model.concrete = base;
  }
  ctx.state.models.set(key, model);
  if (problems.length) {
    model.partial = true;
    return problems[0];
  }
  if (model.unmanaged) return [{ kind: 'other', description: `CreateModel ${name} (no table: unmanaged or proxy)` }];
  const cols = [...model.fields.values()].filter((f) => f.type);
  const constraints: Constraint[] = [];
  model.uniqueTogether = togetherOf(dictGet(options, 'unique_together'));
  model.indexTogether = togetherOf(dictGet(options, 'index_together'));
  const together = model.uniqueTogether.map((u) => uniqueTogether(ctx, model.table, columnsOf(model, u)));
  constraints.push(...together.flatMap((t) => (t.kind === 'add_constraint' ? [t.constraint] : [])));
  const ops: Operation[] = [{ kind: 'create_table', table: q(model.table), columns: cols.map((f) => columnDef(ctx, model, f, false)), constraints, ifNotExists: false, temporary: false, asSelect: false }];
  ops.push(...together.filter((t) => t.kind === 'create_index'));
  for (const f of cols) ops.push(...fieldIndexes(ctx, model, f));
  for (const f of model.fields.values()) if (!f.type) ops.push(...m2mTable(ctx, model, f));
  for (const t of model.indexTogether) ops.push({ kind: 'create_index', name: djangoIndexName(model.table, columnsOf(model, t), '_idx', ctx.dialect), table: q(model.table), elems: columnsOf(model, t).map((c) => ({ column: c })), unique: false, concurrently: false, ifNotExists: false });
  for (const i of items(dictGet(options, 'indexes')) ?? []) {
    const op = metaIndex(ctx, model, i, false);
    if (typeof op !== 'string') ops.push(op);
  }
  for (const c of items(dictGet(options, 'constraints')) ?? []) {
    const op = metaConstraint(ctx, model, c);
    if (typeof op !== 'string') ops.push(op);
  }
  return ops;
}

/** The table and the join tables Django made for it. */
function deleteModel(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'name'));
  if (!model) return 'DeleteModel without a literal name';
  ctx.state.models.delete(modelKey(model.app, model.name));
  if (model.unmanaged) return [];
  const ops: Operation[] = [];
  for (const f of model.fields.values()) if (!f.type && !f.call.kwargs.has('through')) ops.push({ kind: 'drop_table', table: q(joinTableName(model.table, f.name, f.call)), ifExists: false, cascade: false });
  ops.push({ kind: 'drop_table', table: q(model.table), ifExists: false, cascade: false });
  return ops;
}

/** A table of the default name follows the model's new name. */
function renameModel(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'old_name'));
  const newName = str(arg(v, 1, 'new_name'));
  if (!model || !newName) return 'RenameModel without literal names';
  ctx.state.models.delete(modelKey(model.app, model.name));
  const defaultTable = model.table === `${model.app}_${model.name.toLowerCase()}`;
  const oldTable = model.table;
  model.name = newName;
  ctx.state.models.set(modelKey(model.app, newName), model);
  if (!defaultTable || model.unmanaged) return [];
  keepIndexNames(model, oldTable);
  model.table = `${model.app}_${newName.toLowerCase()}`;
  return [{ kind: 'rename_table', table: q(oldTable), newName: q(model.table) }];
}

/** db_table changed (None: back to the default name). */
function alterModelTable(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'name'));
  if (!model) return 'AlterModelTable without a literal name';
  const t = arg(v, 1, 'table');
  const table = t?.t === 'none' ? `${model.app}_${model.name.toLowerCase()}` : str(t);
  if (!table) return 'AlterModelTable without a literal table';
  const old = model.table;
  if (old !== table) keepIndexNames(model, old);
  model.table = table;
  return old === table || model.unmanaged ? [] : [{ kind: 'rename_table', table: q(old), newName: q(table) }];
}

/** Only `managed = False` matters to the schema: Django stops making the table's changes. */
function alterModelOptions(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'name'));
  const opts = arg(v, 1, 'options');
  if (model && bool(dictGet(opts, 'managed')) === false) model.unmanaged = true;
  return [{ kind: 'other', description: kind }];
}
