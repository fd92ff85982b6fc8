import { modelKey, type DjangoField, type DjangoModel } from './django-state.js';
import { fieldColumn, joinTableName } from './django-types.js';
import { bool, lastPart } from '../../python/reader.js';
import { readModelsModule, type ModelClass, type ModelField, type ModelsModule } from './django-models.js';

/** One way the models of an app disagree with the model state its migrations build. */
export interface Drift {
  /** The model as the class (or the migration) names it. */
  model: string;
  /** Stable across commits: a drift that already existed at base is not this pull request's doing. */
  key: string;
  /** `ahead`: the models declare what no migration makes; `behind`: the migrations make what the models no longer declare. */
  risk: 'ahead' | 'behind';
  kind: 'model' | 'field' | 'option';
  file: string;
  line: number;
  /** A clause for the message: "no migration adds store.Order.status (column status)". */
  clause: string;
  /** Option drifts: the field and the option as the model and the migrations write it, so one field's options read as one clause. */
  option?: { field: string; model: string; migrations: string };
  /** A NOT NULL column without a database default that the model no longer writes: every INSERT fails. */
  blocksInserts?: boolean;
  /** The field (for field drifts). */
  field?: string;
  /** A `behind` drift the migrations of this pull request brought (the state at base did not have it). */
  madeByPr?: boolean;
}

export interface AppDrift {
  drifts: Drift[];
  /** Classes that are or may be models (lower-case name → module). */
  declared: Map<string, string>;
  /** Models (lower-case names) Migra could not judge at this commit; `all` when a module could not be read. */
  unsure: Set<string> | 'all';
}

export interface AppModules {
  label: string;
  /** The app's changed models modules as they are at this commit. */
  modules: { path: string; text: string }[];
  /** Model state after every migration of the project at this commit. */
  state: ReadonlyMap<string, DjangoModel>;
  /** Django imports this module, so its classes are registered models. */
  registered(path: string): boolean;
  /** Classes (lower-case name → module) these modules declared at base: only those can have gone. */
  declaredBefore?: ReadonlyMap<string, string>;
}

/** Compare the model classes read from the app's modules with the model state of its migrations. */
export function appDrift(app: AppModules): AppDrift {
  const read = app.modules.map((m) => ({ ...m, mod: readModelsModule(m.text) }));
  if (read.some((m) => m.mod.garbled)) return { drifts: [], declared: new Map(), unsure: 'all' };
  const drifts: Drift[] = [];
  const unsure = new Set<string>();
  const classes = new Map<string, { cls: ModelClass; path: string; mod: ModelsModule }>();
  for (const m of read) {
    for (const cls of m.mod.classes.values()) {
      const k = cls.name.toLowerCase();
      if (classes.has(k)) unsure.add(k);
      else classes.set(k, { cls, path: m.path, mod: m.mod });
    }
  }
  for (const [k, { cls, path, mod }] of classes) {
    if (unsure.has(k) || cls.status === 'abstract') continue;
    if (cls.status === 'skip' || (cls.appLabel !== undefined && cls.appLabel !== app.label)) {
      unsure.add(k);
      continue;
    }
    const st = app.state.get(modelKey(app.label, k));
    const q = `${app.label}.${cls.name}`;
    if (!st) {
      // Only a class that is surely a registered model needs a migration of its own.
      if (cls.status === 'model' && app.registered(path)) {
        const table = typeof cls.dbTable === 'string' ? cls.dbTable : `${app.label}_${k}`;
        drifts.push({ model: cls.name, key: `ahead:${k}:model`, risk: 'ahead', kind: 'model', file: path, line: cls.line, clause: `no migration creates ${q} (table ${table})` });
      } else unsure.add(k);
      continue;
    }
    if (st.unmanaged) {
      unsure.add(k);
      continue;
    }
    drifts.push(...fieldDrifts(cls, st, q, path));
    if (cls.status === 'model' && cls.complete && !mod.dynamic) drifts.push(...lackedFields(cls, st, q, path));
  }
  drifts.push(...goneModels(app, read.map((m) => m.mod), classes));
  return { drifts, unsure, declared: new Map([...classes].map(([k, c]) => [k, c.path])) };
}

/** Fields the class declares that the migrations do not make, or make with other column options. */
function fieldDrifts(cls: ModelClass, st: DjangoModel, q: string, path: string): Drift[] {
  const out: Drift[] = [];
  const k = cls.name.toLowerCase();
  for (const f of cls.fields.values()) {
    const sf = st.fields.get(f.name);
    if (!sf) {
      // A many-to-many field through a model of its own has no table of its own to miss.
      if (f.m2m && f.call.kwargs.has('through')) continue;
      const where = f.m2m ? `join table ${joinTableName(st.table, f.name, f.call)}` : `column ${fieldColumn(f.name, f.call)}`;
      out.push({ model: cls.name, key: `ahead:${k}:field:${f.name}`, risk: 'ahead', kind: 'field', field: f.name, file: path, line: f.line, clause: `no migration adds ${q}.${f.name} (${where})` });
      continue;
    }
    for (const d of optionDiffs(f, sf)) {
      const option = { field: `${q}.${f.name}`, model: d.model, migrations: d.migrations };
      out.push({ model: cls.name, key: `ahead:${k}:option:${f.name}:${d.option}`, risk: 'ahead', kind: 'option', file: path, line: f.line, clause: optionClause([option]), option });
    }
  }
  // A base from another module may bring a Meta with its own db_table.
  if (cls.dbTable !== null && (cls.dbTable !== undefined || cls.basesKnown)) {
    const table = cls.dbTable ?? `${st.app}_${k}`;
    if (table !== st.table) out.push({ model: cls.name, key: `ahead:${k}:option:db_table`, risk: 'ahead', kind: 'option', file: path, line: cls.line, clause: `the model names the table of ${q} ${table}, the migrations ${st.table}` });
  }
  return out;
}

const FLAGS = new Set(['null', 'unique', 'db_index']);
const OPTIONS = ['null', 'unique', 'db_index', 'max_length', 'max_digits', 'decimal_places', 'db_column'];
/** Field classes whose max_length has a default that makemigrations may leave out. */
const MAX_LENGTH: Record<string, string> = { SlugField: '50', EmailField: '254', URLField: '200', FileField: '100', ImageField: '100', FilePathField: '100' };

/** What an option is when the call leaves it out: the field class's default, as Django's deconstruct() drops it. */
function defaultOf(option: string, cls: string, relation: boolean): string {
  if (option === 'db_index') return relation || cls === 'SlugField' ? 'True' : 'False';
  if (option === 'null') return cls === 'NullBooleanField' ? 'True' : 'False';
  if (option === 'unique') return 'False';
  if (option === 'max_length') return MAX_LENGTH[cls] ?? 'unset';
  return 'unset';
}

/** An option as literal text (`True`, `40`, `'code'`, `unset`); undefined when not a literal. */
function optionText(call: DjangoField['call'], option: string, cls: string, relation: boolean): string | undefined {
  const v = call.kwargs.get(option);
  if (!v) return defaultOf(option, cls, relation);
  if (v.t === 'bool') return v.value ? 'True' : 'False';
  if (FLAGS.has(option)) return undefined;
  if (v.t === 'num') return String(v.value);
  if (v.t === 'str') return `'${v.value}'`;
  if (v.t === 'none') return 'unset';
  return undefined;
}

/** Options passed positionally (beyond verbose_name, or the target and on_delete of a relation) cannot be compared. */
function comparable(call: DjangoField['call'], relation: boolean): boolean {
  return !call.spread && call.args.length <= (relation ? 2 : 1);
}

function optionDiffs(f: ModelField, sf: DjangoField): { option: string; model: string; migrations: string }[] {
  if (!f.builtin || f.m2m || !comparable(f.call, f.relation) || !comparable(sf.call, f.relation)) return [];
  const sCls = lastPart(sf.call.callee);
  if (sCls !== f.cls) return [{ option: 'class', model: `as a ${f.cls}`, migrations: `as a ${sCls}` }];
  const out: { option: string; model: string; migrations: string }[] = [];
  const show = (o: string, v: string) => (v === 'unset' ? `no ${o}` : `${o}=${v}`);
  for (const o of OPTIONS) {
    // A one-to-one field is always unique.
    if (o === 'unique' && f.cls === 'OneToOneField') continue;
    const m = optionText(f.call, o, f.cls, f.relation);
    const s = optionText(sf.call, o, f.cls, f.relation);
    if (m === undefined || s === undefined || m === s) continue;
    out.push({ option: o, model: `with ${show(o, m)}`, migrations: `with ${show(o, s)}` });
  }
  return out;
}

function optionClause(options: NonNullable<Drift['option']>[]): string {
  const join = (xs: string[]) => xs.map((x, i) => (i ? x.replace(/^with /, '') : x)).join(' and ');
  return `the model declares ${options[0].field} ${join(options.map((o) => o.model))}, the migrations ${join(options.map((o) => o.migrations))}`;
}

/** The clauses of a message about these drifts, the options of one field read as one clause. */
export function driftClauses(drifts: readonly Drift[]): string[] {
  const out: (string | NonNullable<Drift['option']>[])[] = [];
  const byField = new Map<string, NonNullable<Drift['option']>[]>();
  for (const d of drifts) {
    if (!d.option) out.push(d.clause);
    else if (byField.has(d.option.field)) byField.get(d.option.field)!.push(d.option);
    else {
      const list = [d.option];
      byField.set(d.option.field, list);
      out.push(list);
    }
  }
  return out.map((c) => (typeof c === 'string' ? c : optionClause(c)));
}

/** Fields the migrations make that the class no longer declares (only for classes read completely). */
function lackedFields(cls: ModelClass, st: DjangoModel, q: string, path: string): Drift[] {
  const out: Drift[] = [];
  const declared = [...cls.fields.keys()];
  for (const sf of st.fields.values()) {
    if (cls.names.has(sf.name) || bool(sf.call.kwargs.get('auto_created')) || bool(sf.call.kwargs.get('parent_link')) || sf.call.kwargs.has('through')) continue;
    if ((sf.name === 'id' && !cls.hasPk) || (sf.name === '_order' && cls.orderWithRespectTo)) continue;
    // price_currency next to a MoneyField price, title_en next to a translated title: columns a package adds.
    if (declared.some((d) => sf.name.startsWith(`${d}_`))) continue;
    const blocksInserts = !!sf.type && !sf.nullable && !sf.pk && !sf.call.kwargs.has('db_default');
    const where = sf.type ? `column ${sf.column}${blocksInserts ? ', NOT NULL without a database default' : ''}` : `join table ${joinTableName(st.table, sf.name, sf.call)}`;
    out.push({ model: cls.name, key: `behind:${cls.name.toLowerCase()}:field:${sf.name}`, risk: 'behind', kind: 'field', field: sf.name, file: path, line: cls.line, clause: `the migrations create ${q}.${sf.name} (${where}), which the model does not declare`, blocksInserts });
  }
  return out;
}

/** Models the migrations make whose class these modules declared at the other commit and no longer do. */
function goneModels(app: AppModules, mods: ModelsModule[], classes: ReadonlyMap<string, unknown>): Drift[] {
  if (!app.declaredBefore || !app.modules.length || mods.some((m) => m.star || m.dynamic)) return [];
  const out: Drift[] = [];
  for (const st of app.state.values()) {
    const k = st.name.toLowerCase();
    const was = app.declaredBefore.get(k);
    if (st.app !== app.label || st.unmanaged || classes.has(k) || was === undefined) continue;
    // Defined in an if/try block, or imported from another module: still there.
    if (mods.some((m) => m.anyClass.has(st.name) || m.imported.has(st.name))) continue;
    out.push({ model: st.name, key: `behind:${k}:model`, risk: 'behind', kind: 'model', file: app.modules.some((m) => m.path === was) ? was : app.modules[0].path, line: 1, clause: `the migrations create ${app.label}.${st.name} (table ${st.table}), which the models do not declare` });
  }
  return out;
}
