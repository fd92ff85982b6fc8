import type { Operation } from '../../model/operation.js';
import { arg, str, strings } from '../../python/reader.js';
import { djangoIndexName } from './common.js';
import { metaConstraint, metaIndex, uniqueTogether } from './django-meta.js';
import { remake } from './django-remake.js';
import { columnsOf, metaName, q, stateModel, togetherOf, type Call, type DjangoMapping, type OperationHandler } from './django-state.js';

/* Django's operations on a model's indexes and constraints (Meta.indexes, Meta.constraints, unique_together, index_together). */

export const META_OPERATIONS: Record<string, OperationHandler> = {
  AddIndex: addIndex,
  AddIndexConcurrently: addIndex,
  RemoveIndex: removeIndex,
  RemoveIndexConcurrently: removeIndex,
  RenameIndex: renameIndex,
  AddConstraint: addConstraint,
  AddConstraintNotValid: addConstraint,
  ValidateConstraint: validateConstraint,
  RemoveConstraint: removeConstraint,
  AlterUniqueTogether: alterTogether,
  AlterIndexTogether: alterTogether,
};

/** CREATE INDEX (CONCURRENTLY) of a models.Index. */
function addIndex(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  if (!model) return `${kind} without a literal model name`;
  const op = metaIndex(ctx, model, arg(v, 1, 'index'), kind === 'AddIndexConcurrently');
  if (typeof op !== 'string') model.indexes = [...(model.indexes ?? []), { value: arg(v, 1, 'index')! }];
  return typeof op === 'string' ? op : model.unmanaged ? [] : [op];
}

/** DROP INDEX (CONCURRENTLY) by name. */
function removeIndex(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const name = str(arg(v, 1, 'name'));
  if (!model || !name) return `${kind} without literal names`;
  model.indexes = model.indexes?.filter((i) => metaName(i) !== name);
  return model.unmanaged ? [] : [{ kind: 'drop_index', name: q(name), table: q(model.table), concurrently: kind === 'RemoveIndexConcurrently', ifExists: false, cascade: false }];
}

/** RENAME INDEX, of a named index or of an index_together's. */
function renameIndex(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const newName = str(arg(v, 1, 'new_name'));
  const oldName = str(v.kwargs.get('old_name'));
  const oldFields = strings(v.kwargs.get('old_fields'));
  if (!model || !newName || (!oldName && !oldFields)) return 'RenameIndex without literal names';
  const from = oldName ?? djangoIndexName(model.table, columnsOf(model, oldFields!), '_idx', ctx.dialect);
  if (oldFields) model.indexTogether = model.indexTogether.filter((t) => t.join() !== oldFields.join());
  const renamed = model.indexes?.find((i) => metaName(i) === from);
  if (renamed) renamed.name = newName;
  return model.unmanaged ? [] : [{ kind: 'rename_index', name: q(from), newName }];
}

/** A Meta constraint: a constraint, or an index for a UniqueConstraint with a condition or expressions. */
function addConstraint(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  if (!model) return 'AddConstraint without a literal model name';
  const op = metaConstraint(ctx, model, arg(v, 1, 'constraint'));
  if (typeof op !== 'string' && op.kind === 'add_constraint' && kind === 'AddConstraintNotValid') op.constraint.notValid = true;
  if (typeof op === 'string') return op;
  model.constraints = [...(model.constraints ?? []), { value: arg(v, 1, 'constraint')! }];
  // SQLite: a plain unique or check constraint is written into a remade table.
  return model.unmanaged ? [] : ctx.dialect === 'sqlite' && op.kind === 'add_constraint' ? [op, ...remake(ctx, model)] : [op];
}

/** VALIDATE CONSTRAINT (PostgreSQL, after AddConstraintNotValid). */
function validateConstraint(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const name = str(arg(v, 1, 'name'));
  if (!model || !name) return 'ValidateConstraint without literal names';
  return [{ kind: 'validate_constraint', table: q(model.table), name }];
}

/** DROP CONSTRAINT, or DROP INDEX for one that is an index. */
function removeConstraint(ctx: DjangoMapping, v: Call): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'model_name'));
  const name = str(arg(v, 1, 'name'));
  if (!model || !name) return 'RemoveConstraint without literal names';
  const gone = model.constraints?.find((c) => metaName(c) === name);
  model.constraints = model.constraints?.filter((c) => c !== gone);
  const was = gone ? metaConstraint(ctx, model, gone.value) : undefined;
  // A UniqueConstraint with a condition or expressions is an index: Django drops it with DROP INDEX.
  const drop: Operation = typeof was === 'object' && was.kind === 'create_index'
    ? { kind: 'drop_index', name: q(name), table: q(model.table), concurrently: false, ifExists: false, cascade: false }
    : { kind: 'drop_constraint', table: q(model.table), name, ifExists: false, cascade: false };
  // SQLite: a constraint written into the table (not an index) goes with a remake.
  const inTable = ctx.dialect === 'sqlite' && typeof was === 'object' && was.kind === 'add_constraint';
  return model.unmanaged ? [] : inTable ? [drop, ...remake(ctx, model)] : [drop];
}

/** The groups that left unique_together / index_together dropped, the new ones added. */
function alterTogether(ctx: DjangoMapping, v: Call, kind: string): Operation[] | string {
  const model = stateModel(ctx, arg(v, 0, 'name'));
  const value = arg(v, 1, kind === 'AlterUniqueTogether' ? 'unique_together' : 'index_together');
  if (!model || !value) return `${kind} without literal values`;
  const next = togetherOf(value);
  const unique = kind === 'AlterUniqueTogether';
  const prev = unique ? model.uniqueTogether : model.indexTogether;
  if (unique) model.uniqueTogether = next;
  else model.indexTogether = next;
  if (model.unmanaged) return [];
  const has = (list: string[][], t: string[]) => list.some((x) => x.join('\0') === t.join('\0'));
  const ops: Operation[] = [];
  const table = q(model.table);
  for (const t of prev) {
    if (has(next, t)) continue;
    const name = djangoIndexName(model.table, columnsOf(model, t), unique ? '_uniq' : '_idx', ctx.dialect);
    const asConstraint = unique && ctx.dialect !== 'sqlite';
    ops.push(asConstraint ? { kind: 'drop_constraint', table, name, ifExists: false, cascade: false } : { kind: 'drop_index', name: q(name), table, concurrently: false, ifExists: false, cascade: false });
  }
  for (const t of next) {
    if (has(prev, t)) continue;
    const cols = columnsOf(model, t);
    const name = djangoIndexName(model.table, cols, unique ? '_uniq' : '_idx', ctx.dialect);
    ops.push(unique ? uniqueTogether(ctx, model.table, cols) : { kind: 'create_index', name, table, elems: cols.map((c) => ({ column: c })), unique: false, concurrently: false, ifNotExists: false });
  }
  return ops;
}

