import type { Dialect } from '../../model/dialect.js';
import type { Operation, QName } from '../../model/operation.js';
import { makeType, type SqlType } from '../../model/sql-type.js';
import type { FieldClassIndex } from '../../python/field-classes.js';
import { items, str, strings, type PyValue } from '../../python/reader.js';
import type { OpSink } from './common.js';
import type { ColumnOf } from './django-expr.js';
import { relatedType } from './django-types.js';

/*
 * The model state Django keeps while it runs migrations (its ProjectState), as the mapper
 * (django.ts) keeps it: models by key, their fields with the columns Django makes of them, and
 * their Meta options. Each operation reads and updates it before it is mapped to SQL.
 */

export type Call = Extract<PyValue, { t: 'call' }>;

export interface DjangoField {
  name: string;
  column: string;
  cls: string;
  call: Call;
  /** Undefined for many-to-many fields, which have no column. */
  type?: SqlType;
  nullable: boolean;
  pk: boolean;
  unique: boolean;
  dbIndex: boolean;
  /** Related model key (`app.model`). */
  to?: string;
  toColumn?: string;
  /**
   * The table and column the field's index, `_like` index and unique constraint were named after
   * when Django made them: RenameField, RenameModel and AlterModelTable rename the column or the
   * table, never those, and a later AlterField finds them in the database by column. Undefined:
   * the field's table and column as they are.
   */
  namedAfter?: { table: string; column: string };
}

/** What the field's index and unique constraint names were made from (DjangoField.namedAfter). */
export function namedAfter(model: DjangoModel, f: DjangoField): { table: string; column: string } {
  return f.namedAfter ?? { table: model.table, column: f.column };
}

/** The table is renamed: its fields' indexes keep the names they had. */
export function keepIndexNames(model: DjangoModel, oldTable: string): void {
  for (const f of model.fields.values()) f.namedAfter ??= { table: oldTable, column: f.column };
}

export interface DjangoModel {
  app: string;
  name: string;
  table: string;
  /** managed = False / proxy = True: Django creates no table. */
  unmanaged: boolean;
  fields: Map<string, DjangoField>;
  uniqueTogether: string[][];
  indexTogether: string[][];
  /** Meta.indexes and Meta.constraints as the migrations left them (`name` after a RenameIndex). */
  indexes?: { value: PyValue; name?: string }[];
  constraints?: { value: PyValue; name?: string }[];
  /** The replay never saw the model created, or could not read all of it: its table may hold more than the state knows. */
  partial?: boolean;
  /** A proxy model: the key of the model whose table it uses (`bases=('core.managedfile', …)`). */
  concrete?: string;
}

/** The model state Django keeps while it runs migrations in order; shared by the files of one set. */
export class DjangoState {
  readonly models = new Map<string, DjangoModel>();
  /** `AUTH_USER_MODEL` as `app.model`, lower case. */
  userModel = 'auth.user';
  /** The database version (SQLite: whether ALTER TABLE … DROP COLUMN exists). */
  version?: string;
  /** Field classes the project defines (python/field-classes.ts). */
  fieldClasses?: FieldClassIndex;
  /** The primary key class of the app of the file being read, when the project says (DEFAULT_AUTO_FIELD); BigAutoField otherwise. */
  autoField?: string;
}

export function modelKey(app: string, name: string): string {
  return `${app}.${name.toLowerCase()}`;
}

/** What mapping one migration file works with: where its operations go, its app, the dialect, and the state shared by the set. */
export interface DjangoMapping {
  sink: OpSink;
  app: string;
  dialect: Dialect;
  state: DjangoState;
}

/**
 * Maps one Django operation (a literal call) after updating the state: the operations Django
 * runs for it, or why it cannot be mapped.
 */
export type OperationHandler = (ctx: DjangoMapping, v: Call, kind: string) => Operation[] | string;

export function q(name: string): QName {
  return { name };
}

/** The key of a model reference: `'app.Model'`, `'Model'` (this app), `'self'`, settings.AUTH_USER_MODEL. */
export function resolveModel(ctx: DjangoMapping, ref: PyValue | undefined, selfKey?: string): string | undefined {
  if (ref?.t === 'name' && /AUTH_USER_MODEL$/.test(ref.name)) return ctx.state.userModel;
  const s = str(ref);
  if (s === undefined) return undefined;
  if (s === 'self') return selfKey;
  return s.includes('.') ? `${s.split('.')[0]}.${s.split('.').slice(1).join('.').toLowerCase()}` : modelKey(ctx.app, s);
}

/** The model of this app by name; one the state never saw is added, marked partial. */
export function stateModel(ctx: DjangoMapping, name: PyValue | undefined): DjangoModel | undefined {
  const n = str(name);
  if (n === undefined) return undefined;
  const key = modelKey(ctx.app, n);
  let m = ctx.state.models.get(key);
  if (!m) {
    // A model this replay never saw created (history squashed away, or created by a dependency outside the repo).
    m = { app: ctx.app, name: n, table: `${ctx.app}_${n.toLowerCase()}`, unmanaged: false, fields: new Map(), uniqueTogether: [], indexTogether: [], partial: true };
    ctx.state.models.set(key, m);
  }
  return m;
}

/** Primary key type and column of a model (by key), with Django's defaults for models outside the repo. */
export function targetOf(ctx: DjangoMapping, to: string | undefined): { table: string; column: string; type: SqlType } {
  let key = to;
  let m = key ? ctx.state.models.get(key) : undefined;
  // A key to a proxy model references the table of the concrete model it stands for.
  for (let hops = 0; m?.concrete && hops < 10; hops++) {
    key = m.concrete;
    m = ctx.state.models.get(key);
  }
  if (m) {
    const pk = [...m.fields.values()].find((f) => f.pk);
    if (pk?.type) return { table: m.table, column: pk.column, type: relatedType(pk.type, ctx.dialect) };
    const auto = ctx.state.autoField ?? 'BigAutoField';
    return { table: m.table, column: 'id', type: makeType(ctx.dialect, auto === 'AutoField' ? 'integer' : auto === 'SmallAutoField' ? 'smallint' : 'bigint') };
  }
  const [app, model] = (key ?? 'unknown.unknown').split('.');
  // contrib apps use AutoField; projects since Django 3.2 default to BigAutoField.
  const contrib = ['auth', 'contenttypes', 'sites', 'admin', 'sessions'].includes(app);
  return { table: `${app}_${model}`, column: 'id', type: makeType(ctx.dialect, contrib ? 'integer' : 'bigint') };
}

/** The column of a field the model knows (`pk` too), for translating Q / F expressions; undefined for any other name. */
export function columnOf(model: DjangoModel): ColumnOf {
  return (field) => (field === 'pk' ? [...model.fields.values()].find((f) => f.pk) : model.fields.get(field))?.column;
}

export function columnsOf(model: DjangoModel, fields: string[]): string[] {
  return fields.map((n) => model.fields.get(n)?.column ?? n);
}

/** A Meta index's or constraint's name, after any RenameIndex. */
export function metaName(i: { value: PyValue; name?: string }): string | undefined {
  return i.name ?? (i.value.t === 'call' ? str(i.value.kwargs.get('name')) : undefined);
}

/** The field names a Meta index or constraint lists (`-` of a descending field dropped). */
export function fieldsOf(v: PyValue): string[] {
  return v.t === 'call' ? (strings(v.kwargs.get('fields')) ?? []).map((f) => f.replace(/^-/, '')) : [];
}

export function togetherOf(v: PyValue | undefined): string[][] {
  const list = items(v);
  if (!list) {
    return [];
  }
  // ('a', 'b') alone means one group.
  if (list.every((i) => i.t === 'str')) return [strings(v) ?? []].filter((g) => g.length);
  return list.flatMap((g) => {
    const s = strings(g);
    return s && s.length ? [s] : [];
  });
}
