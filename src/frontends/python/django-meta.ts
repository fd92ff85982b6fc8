import type { IndexElem, Operation } from '../../model/operation.js';
import { lastPart, str, strings, type PyValue } from '../../python/reader.js';
import { djangoIndexName } from './common.js';
import { djangoCondition, djangoIndexElem } from './django-expr.js';
import { columnOf, columnsOf, q, type DjangoMapping, type DjangoModel } from './django-state.js';

/*
 * A model's Meta indexes and constraints (models.Index, UniqueConstraint, CheckConstraint,
 * ExclusionConstraint) and its unique_together, as the SQL Django's schema editor writes for them.
 */

/**
 * A `unique_together` (or a join table's pair): a UNIQUE constraint, except on SQLite, whose
 * schema editor writes `CREATE UNIQUE INDEX …_uniq` (`sql_create_unique`).
 */
export function uniqueTogether(ctx: DjangoMapping, table: string, columns: string[]): Extract<Operation, { kind: 'add_constraint' | 'create_index' }> {
  const name = djangoIndexName(table, columns, '_uniq', ctx.dialect);
  if (ctx.dialect === 'sqlite') return { kind: 'create_index', name, table: q(table), elems: columns.map((c) => ({ column: c })), unique: true, concurrently: false, ifNotExists: false };
  return { kind: 'add_constraint', table: q(table), constraint: { kind: 'unique', name, columns } };
}

export function metaIndex(ctx: DjangoMapping, model: DjangoModel, v: PyValue | undefined, concurrently: boolean): Operation | string {
  if (v?.t !== 'call') return 'the index is not a literal models.Index(...) call';
  const name = str(v.kwargs.get('name'));
  const fields = strings(v.kwargs.get('fields'));
  const elems: IndexElem[] = [];
  // opclasses=['inet_ops'] pairs with fields=[…] in order.
  const opclasses = strings(v.kwargs.get('opclasses')) ?? [];
  for (const [n, f] of (fields ?? []).entries()) {
    const desc = f.startsWith('-');
    const col = columnsOf(model, [desc ? f.slice(1) : f])[0];
    elems.push({ column: col, ...(desc ? { desc } : {}), ...(opclasses[n] ? { modifier: opclasses[n] } : {}) });
  }
  const column = columnOf(model);
  for (const e of v.args) elems.push(djangoIndexElem(e, column, ctx.dialect) ?? { expr: ctx.sink.mod.text(e) });
  if (!elems.length) return 'an index without literal fields';
  const method = { GinIndex: 'gin', GistIndex: 'gist', BrinIndex: 'brin', HashIndex: 'hash', SpGistIndex: 'spgist', BloomIndex: 'bloom', BTreeIndex: 'btree' }[lastPart(v.callee)];
  const op: Operation = { kind: 'create_index', name, table: q(model.table), elems, unique: lastPart(v.callee) === 'UniqueConstraint', concurrently, ifNotExists: false };
  const cond = v.kwargs.get('condition');
  if (cond) op.where = djangoCondition(cond, column, ctx.dialect) ?? ctx.sink.mod.text(cond);
  if (method) op.method = method;
  const include = strings(v.kwargs.get('include'));
  if (include) op.include = columnsOf(model, include);
  return op;
}

export function metaConstraint(ctx: DjangoMapping, model: DjangoModel, v: PyValue | undefined): Operation | string {
  if (v?.t !== 'call') return 'the constraint is not a literal constraint call';
  const name = str(v.kwargs.get('name'));
  const table = q(model.table);
  switch (lastPart(v.callee)) {
    case 'UniqueConstraint': {
      const fields = strings(v.kwargs.get('fields'));
      if (v.kwargs.has('condition') || v.args.length || v.kwargs.has('expressions') || !fields) {
        const idx = metaIndex(ctx, model, v, false);
        if (typeof idx !== 'string' && idx.kind === 'create_index') idx.unique = true;
        return idx;
      }
      return { kind: 'add_constraint', table, constraint: { kind: 'unique', name, columns: columnsOf(model, fields) } };
    }
    case 'CheckConstraint': {
      const check = v.kwargs.get('condition') ?? v.kwargs.get('check');
      const expr = check ? (djangoCondition(check, columnOf(model), ctx.dialect) ?? ctx.sink.mod.text(check)) : 'true';
      return { kind: 'add_constraint', table, constraint: { kind: 'check', name, columns: [], expr } };
    }
    case 'ExclusionConstraint':
      return { kind: 'add_constraint', table, constraint: { kind: 'exclude', name, columns: [], expr: ctx.sink.mod.text(v) } };
    default:
      return `Migra does not know the constraint class ${v.callee}`;
  }
}
