import type { ColumnDef, Constraint, DefaultExpr, Operation } from '../../model/operation.js';
import { makeType } from '../../model/sql-type.js';
import { arg, bool, lastPart, str, type PyValue } from '../../python/reader.js';
import { djangoIndexName, literalSql, pyDbExpression } from './common.js';
import { uniqueTogether } from './django-meta.js';
import { modelKey, q, resolveModel, targetOf, type Call, type DjangoField, type DjangoMapping, type DjangoModel } from './django-state.js';
import { djangoFieldType, EMPTY_STRING_FIELDS, fieldColumn, joinTableName, M2M_FIELDS, projectField, RELATION_FIELDS } from './django-types.js';

/*
 * What Django makes of a model field: the field as the state keeps it, its column (type,
 * nullability, keys, the default written with ADD COLUMN), the indexes it gets, and the join
 * table of a many-to-many field.
 */

export function readField(ctx: DjangoMapping, name: string, value: PyValue, model: DjangoModel): DjangoField | string {
  if (value.t !== 'call') return 'the field is not a literal field class call';
  // A field class of the project: read as the Django field it extends, or typed by its db_type().
  const known = (c: string) => RELATION_FIELDS.has(c) || M2M_FIELDS.has(c) || !!djangoFieldType(c, value, ctx.dialect);
  const own = ctx.state.fieldClasses ? projectField(value.callee, ctx.state.fieldClasses, known) : undefined;
  const v: Call = own?.base ? { ...value, callee: `models.${own.base}` } : value;
  const cls = lastPart(v.callee);
  const kw = v.kwargs;
  const pk = bool(kw.get('primary_key')) ?? false;
  const unique = pk || (bool(kw.get('unique')) ?? false) || cls === 'OneToOneField';
  const nullable = !pk && (bool(kw.get('null')) ?? false);
  if (M2M_FIELDS.has(cls)) {
    return { name, column: name, cls, call: v, nullable: true, pk: false, unique: false, dbIndex: false, to: resolveModel(ctx, arg(v, 0, 'to'), modelKey(model.app, model.name)) };
  }
  if (RELATION_FIELDS.has(cls)) {
    const to = resolveModel(ctx, arg(v, 0, 'to'), modelKey(model.app, model.name));
    const target = targetOf(ctx, to);
    const toField = str(kw.get('to_field'));
    const toColumn = toField ? (ctx.state.models.get(to ?? '')?.fields.get(toField)?.column ?? toField) : target.column;
    const toType = toField ? (ctx.state.models.get(to ?? '')?.fields.get(toField)?.type ?? target.type) : target.type;
    return { name, column: fieldColumn(name, v), cls, call: v, type: toType, nullable, pk, unique, dbIndex: bool(kw.get('db_index')) ?? true, to, toColumn };
  }
  const mapped = own?.dbType ? { type: makeType(ctx.dialect, own.dbType) } : djangoFieldType(v.callee, v, ctx.dialect);
  if (!mapped) return `Migra does not know the column type of the field class ${v.callee}`;
  return { name, column: fieldColumn(name, v), cls, call: v, type: mapped.type, nullable, pk, unique, dbIndex: bool(kw.get('db_index')) ?? false };
}

/** The default Django writes into the ADD COLUMN (its `effective_default`), if any. */
export function effectiveDefault(ctx: DjangoMapping, f: DjangoField): DefaultExpr | undefined {
  const kw = f.call.kwargs;
  const d = kw.get('default');
  if (d && d.t !== 'none' && !(d.t === 'name' && /NOT_PROVIDED$/.test(d.name))) return literalSql(d, ctx.sink.mod);
  if (!f.nullable && bool(kw.get('blank')) && EMPTY_STRING_FIELDS.has(lastPart(f.cls))) return { text: "''", volatile: false };
  if (bool(kw.get('auto_now')) || bool(kw.get('auto_now_add'))) return { text: "'<now at migration time>'", volatile: false };
  return undefined;
}

export function dbDefault(ctx: DjangoMapping, f: DjangoField): DefaultExpr | undefined {
  const d = f.call.kwargs.get('db_default');
  return d ? (pyDbExpression(d, ctx.dialect) ?? literalSql(d, ctx.sink.mod)) : undefined;
}

export function columnDef(ctx: DjangoMapping, model: DjangoModel, f: DjangoField, withDefault: boolean): ColumnDef {
  const constraints: Constraint[] = [];
  if (f.pk) constraints.push({ kind: 'primary', columns: [f.column] });
  else if (f.unique) constraints.push({ kind: 'unique', columns: [f.column] });
  if (f.to && RELATION_FIELDS.has(lastPart(f.cls)) && f.call.kwargs.get('db_constraint')?.t !== 'bool') {
    const target = targetOf(ctx, f.to);
    constraints.push({
      kind: 'foreign',
      name: djangoIndexName(model.table, [f.column], `_fk_${target.table}_${f.toColumn ?? target.column}`, ctx.dialect),
      columns: [f.column],
      references: { table: q(target.table), columns: [f.toColumn ?? target.column] },
      deferrable: ctx.dialect === 'postgresql' ? true : undefined,
    });
  }
  const mapped = djangoFieldType(f.cls, f.call, ctx.dialect);
  if (mapped?.positiveCheck) constraints.push({ kind: 'check', name: djangoIndexName(model.table, [f.column], '_check', ctx.dialect).replace(/_[0-9a-f]{8}_check$/, '_check'), columns: [f.column], expr: `"${f.column}" >= 0` });
  const col: ColumnDef = { name: f.column, type: f.type!, nullable: f.nullable, constraints };
  const def = dbDefault(ctx, f) ?? (withDefault ? effectiveDefault(ctx, f) : undefined);
  if (def) col.default = def;
  if (mapped?.identity && f.pk) col.identity = mapped.identity;
  return col;
}

/** Indexes Django creates for a field: db_index (not unique), ForeignKey, and the `_like` index on PostgreSQL. */
export function fieldIndexes(ctx: DjangoMapping, model: DjangoModel, f: DjangoField): Operation[] {
  const out: Operation[] = [];
  const table = q(model.table);
  if (f.dbIndex && !f.unique && !f.pk) {
    out.push({ kind: 'create_index', name: djangoIndexName(model.table, [f.column], '', ctx.dialect), table, elems: [{ column: f.column }], unique: false, concurrently: false, ifNotExists: false });
  }
  // A primary key is unique too (Django's Field.unique): a CharField key gets its _like index.
  const like = (f.dbIndex && !RELATION_FIELDS.has(lastPart(f.cls))) || f.unique || f.pk ? likeIndex(ctx, model, f) : undefined;
  if (like) out.push(like);
  return out;
}

/** PostgreSQL's second index of a varchar / text column (`_create_like_index_sql`), for LIKE 'x%' queries. */
export function likeIndex(ctx: DjangoMapping, model: DjangoModel, f: DjangoField): Operation | undefined {
  const textual = f.type && ['varchar', 'text'].includes(f.type.name) && !f.type.array;
  if (ctx.dialect !== 'postgresql' || !textual) return undefined;
  const opclass = f.type!.name === 'text' ? 'text_pattern_ops' : 'varchar_pattern_ops';
  return { kind: 'create_index', name: djangoIndexName(model.table, [f.column], '_like', ctx.dialect), table: q(model.table), elems: [{ column: f.column, modifier: opclass }], unique: false, concurrently: false, ifNotExists: false };
}

export function m2mTable(ctx: DjangoMapping, model: DjangoModel, f: DjangoField): Operation[] {
  if (f.call.kwargs.has('through')) return [];
  const target = targetOf(ctx, f.to);
  const own = targetOf(ctx, modelKey(model.app, model.name));
  const table = joinTableName(model.table, f.name, f.call);
  const from = `${model.name.toLowerCase()}_id`;
  const toName = (f.to ?? 'x.x').split('.')[1];
  const to = toName === model.name.toLowerCase() ? `to_${toName}_id` : `${toName}_id`;
  const fromCol = from === to ? `from_${from}` : from;
  // The join table's key is the app's default auto field (DEFAULT_AUTO_FIELD / AppConfig.default_auto_field).
  const auto = ctx.state.autoField ?? 'BigAutoField';
  const bigint = makeType(ctx.dialect, ctx.dialect === 'sqlite' || auto === 'AutoField' ? 'integer' : auto === 'SmallAutoField' ? 'smallint' : 'bigint');
  const pair = uniqueTogether(ctx, table, [fromCol, to]);
  const fk = (col: string, t: { table: string; column: string }): Constraint => ({ kind: 'foreign', name: djangoIndexName(table, [col], `_fk_${t.table}_${t.column}`, ctx.dialect), columns: [col], references: { table: q(t.table), columns: [t.column] } });
  return [
    {
      kind: 'create_table',
      table: q(table),
      columns: [
        { name: 'id', type: bigint, nullable: false, identity: ctx.dialect === 'postgresql' ? 'by default' : 'auto', constraints: [{ kind: 'primary', columns: ['id'] }] },
        { name: fromCol, type: own.type, nullable: false, constraints: [fk(fromCol, own)] },
        { name: to, type: target.type, nullable: false, constraints: [fk(to, target)] },
      ],
      constraints: pair.kind === 'add_constraint' ? [pair.constraint] : [],
      ifNotExists: false,
      temporary: false,
      asSelect: false,
    },
    ...(pair.kind === 'create_index' ? [pair] : []),
    { kind: 'create_index', name: djangoIndexName(table, [fromCol], '', ctx.dialect), table: q(table), elems: [{ column: fromCol }], unique: false, concurrently: false, ifNotExists: false },
    { kind: 'create_index', name: djangoIndexName(table, [to], '', ctx.dialect), table: q(table), elems: [{ column: to }], unique: false, concurrently: false, ifNotExists: false },
  ];
}
