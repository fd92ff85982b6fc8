import type { Constraint, Operation } from '../../model/operation.js';
import type { PyValue } from '../../python/reader.js';
import { djangoIndexName } from './common.js';
import { columnDef, fieldIndexes } from './django-fields.js';
import { metaConstraint, metaIndex, uniqueTogether } from './django-meta.js';
import { remakeTable } from './django-sqlite.js';
import { columnsOf, fieldsOf, q, type DjangoMapping, type DjangoModel } from './django-state.js';

/**
 * Django's SQLite table remake (see django-sqlite.ts), built from the model state as it now
 * stands; nothing when the state may not know the whole table, so that a guess never reads as
 * columns left behind.
 */
export function remake(ctx: DjangoMapping, model: DjangoModel): Operation[] {
  if (model.partial || model.unmanaged) return [];
  const known = (v: PyValue) => fieldsOf(v).every((f) => model.fields.has(f));
  const fields = [...model.fields.values()].filter((f) => f.type);
  const groups = (list: string[][]) => list.filter((g) => g.every((f) => model.fields.has(f)));
  const together = groups(model.uniqueTogether).map((u) => uniqueTogether(ctx, model.table, columnsOf(model, u)));
  const constraints: Constraint[] = together.flatMap((t) => (t.kind === 'add_constraint' ? [t.constraint] : []));
  // Django's create_model defers the unique_together before the field and Meta indexes.
  const indexes: Operation[] = [...together.filter((t) => t.kind === 'create_index'), ...fields.flatMap((f) => fieldIndexes(ctx, model, f))];
  for (const t of groups(model.indexTogether)) indexes.push({ kind: 'create_index', name: djangoIndexName(model.table, columnsOf(model, t), '_idx', ctx.dialect), table: q(model.table), elems: columnsOf(model, t).map((c) => ({ column: c })), unique: false, concurrently: false, ifNotExists: false });
  for (const i of model.indexes ?? []) {
    const op = known(i.value) ? metaIndex(ctx, model, i.value, false) : undefined;
    if (typeof op === 'object' && op.kind === 'create_index') indexes.push(i.name ? { ...op, name: i.name } : op);
  }
  for (const c of model.constraints ?? []) {
    const op = known(c.value) ? metaConstraint(ctx, model, c.value) : undefined;
    if (typeof op === 'object' && op.kind === 'add_constraint') constraints.push(op.constraint);
    else if (typeof op === 'object') indexes.push(op);
  }
  // The new table's indexes are named after the columns as they now are.
  for (const f of fields) delete f.namedAfter;
  return remakeTable(model.table, fields.map((f) => columnDef(ctx, model, f, false)), constraints, indexes);
}
