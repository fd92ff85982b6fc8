import { AUTO_FIELDS, djangoFieldType, M2M_FIELDS, RELATION_FIELDS } from './django-types.js';
import { bool, lastPart, str, type PyModule, type PyStmt, type PyValue } from '../../python/reader.js';
import { readPythonOnce } from '../../python/read-once.js';

type Call = Extract<PyValue, { t: 'call' }>;

/** A field assignment in a model class body, read statically. */
export interface ModelField {
  name: string;
  line: number;
  call: Call;
  /** The class without its module: `CharField`. */
  cls: string;
  /** A field class of Django itself: one column named after the field, so its options can be compared. */
  builtin: boolean;
  /** No column: a join table. */
  m2m: boolean;
  relation: boolean;
}

/**
 * What a class of a models module is. `model`: a concrete model whose bases are all understood
 * (or at least one of them is models.Model). `maybe`: a class whose bases come from elsewhere
 * (an imported abstract model, a third-party base), so it may or may not be a model. `abstract`:
 * an abstract model of this module. `skip`: a model Migra does not judge (proxy, unmanaged,
 * swappable, of another app, or with a Meta it cannot read).
 */
export type ClassStatus = 'model' | 'maybe' | 'abstract' | 'skip';

export interface ModelClass {
  name: string;
  line: number;
  status: ClassStatus;
  /** Own fields and those inherited from abstract models of the same module, by name. */
  fields: Map<string, ModelField>;
  /** Every attribute the class and its understood bases assign, fields or not. */
  names: Set<string>;
  /** Every base is understood, the body holds nothing Migra cannot read, every field is a Django field class: `fields` is all the model has. */
  complete: boolean;
  /** Every base is models.Model or a class of this module whose bases are known in turn. */
  basesKnown: boolean;
  /** Concrete models of the same module this one inherits from (multi-table inheritance). */
  parents: string[];
  /** Meta.db_table: a literal, absent (undefined), or not a literal (null). */
  dbTable?: string | null;
  /** Meta.app_label: a literal, absent, or not a literal (null). */
  appLabel?: string | null;
  orderWithRespectTo: boolean;
  hasPk: boolean;
}

export interface ModelsModule {
  /** Classes that are or may be models, by name. */
  classes: Map<string, ModelClass>;
  /** The parser met syntax errors: nothing in the module is trusted. */
  garbled: boolean;
  /** add_to_class / contribute_to_class / setattr at module level: fields may come from outside the class bodies. */
  dynamic: boolean;
  /** Local names bound by imports. */
  imported: Set<string>;
  /** A `from … import *`. */
  star: boolean;
  /** Modules a package's `__init__.py` imports relatively (`from .order import Order` → order). */
  relativeImports: Set<string>;
  /** Every class name defined anywhere in the text, inside if/try blocks too. */
  anyClass: Set<string>;
}

/** Meta options Migra reads; any other Meta statement it cannot read makes the model `skip`. */
interface Meta {
  abstract?: boolean;
  proxy?: boolean;
  managed?: boolean;
  swappable?: boolean;
  dbTable?: string | null;
  appLabel?: string | null;
  orderWithRespectTo?: boolean;
  unreadable?: boolean;
}

const FIELD_NAME = /(?:Field|ForeignKey)$/;

/** Whether a call builds a model field (a Django field class, or a class named like one). */
function isFieldCall(v: PyValue): v is Call {
  if (v.t !== 'call') return false;
  const cls = lastPart(v.callee);
  // GenericForeignKey is a descriptor over two real fields: no column, no migration.
  return (FIELD_NAME.test(cls) && cls !== 'GenericForeignKey') || RELATION_FIELDS.has(cls) || M2M_FIELDS.has(cls);
}

function isBuiltinField(call: Call): boolean {
  const cls = lastPart(call.callee);
  if (AUTO_FIELDS.has(cls) || cls === 'ForeignKey' || cls === 'OneToOneField' || cls === 'ManyToManyField') return true;
  return djangoFieldType(cls, call, 'postgresql') !== undefined;
}

/**
 * The model classes of a Django models module, read from its syntax tree: which classes are
 * models, their fields (with those inherited from abstract models of the same module) and the
 * Meta options that decide whether Django makes a table for them. Never runs the module.
 */
export function readModelsModule(text: string): ModelsModule {
  const mod = readPythonOnce(text);
  const out: ModelsModule = {
    classes: new Map(),
    garbled: mod.errors.length > 0,
    dynamic: false,
    imported: new Set(),
    star: false,
    relativeImports: new Set(),
    anyClass: new Set([...text.matchAll(/^[ \t]*class[ \t]+(\w+)/gm)].map((m) => m[1])),
  };
  const modelBases = new Set<string>();
  for (const s of mod.body) {
    if (s.t === 'import') readImport(mod.text(s), out, modelBases);
    else if (s.t === 'class') {
      const c = readClass(s, mod, out.classes, modelBases);
      if (c) out.classes.set(c.name, c);
    } else if ((s.t === 'expr' || s.t === 'other') && /\b(?:add_to_class|contribute_to_class|setattr)\s*\(/.test(mod.text(s))) out.dynamic = true;
  }
  return out;
}

function readImport(raw: string, out: ModelsModule, modelBases: Set<string>): void {
  const text = raw.replace(/#[^\n]*/g, '').replace(/[()\\]/g, ' ').replace(/\s+/g, ' ').trim();
  const from = /^from ([\w.]+) import (.*)$/.exec(text);
  if (from) {
    const [, source, list] = from;
    for (const part of list.split(',')) {
      const [name, alias] = part.trim().split(/ as /).map((x) => x.trim());
      if (!name) continue;
      if (name === '*') out.star = true;
      else out.imported.add(alias ?? name);
      if (name === 'Model' && /(?:^|\.)db\.models$/.test(source)) modelBases.add(alias ?? name);
      if (source === '.' && name !== '*') out.relativeImports.add(name);
    }
    const rel = /^\.(\w+)$/.exec(source) ?? /\.models\.(\w+)$/.exec(source);
    if (rel) out.relativeImports.add(rel[1]);
    return;
  }
  const imp = /^import (.*)$/.exec(text);
  for (const part of imp ? imp[1].split(',') : []) {
    const [name, alias] = part.trim().split(/ as /).map((x) => x.trim());
    if (name) out.imported.add(alias ?? name.split('.')[0]);
  }
}

function isModelRoot(name: string, modelBases: ReadonlySet<string>): boolean {
  return /^(?:django\.db\.|django\.contrib\.gis\.db\.)?models\.Model$/.test(name) || modelBases.has(name);
}

function readClass(s: Extract<PyStmt, { t: 'class' }>, mod: PyModule, known: ReadonlyMap<string, ModelClass>, modelBases: ReadonlySet<string>): ModelClass | undefined {
  let isModel = false;
  let unknownBase = false;
  const inherited: ModelClass[] = [];
  const parents: string[] = [];
  let skip = false;
  for (const b of s.bases) {
    if (b.t !== 'name') {
      unknownBase = true;
      continue;
    }
    const k = known.get(b.name);
    if (isModelRoot(b.name, modelBases)) isModel = true;
    else if (k) {
      isModel = true;
      if (k.status === 'abstract') inherited.push(k);
      else if (k.status === 'model') parents.push(k.name);
      else skip = true;
    } else if (/^models\.\w+$/.test(b.name) || b.name === 'object') continue;
    else unknownBase = true;
  }
  if (!isModel && !unknownBase) return undefined;

  const fields = new Map<string, ModelField>();
  const names = new Set<string>();
  let complete = !unknownBase;
  const basesKnown = !unknownBase && [...inherited, ...parents.map((p) => known.get(p)!)].every((p) => p.basesKnown);
  for (const p of inherited) {
    for (const [n, f] of p.fields) fields.set(n, f);
    for (const n of p.names) names.add(n);
    complete &&= p.complete;
  }
  for (const p of parents) names.add(`${p.toLowerCase()}_ptr`);
  let meta: Meta | undefined;
  for (const b of s.body) {
    if (b.t === 'class' && b.name === 'Meta') meta = readMeta(b, known, mod);
    else if (b.t === 'assign') {
      const single = b.targets.length === 1 && !b.targets[0].includes('.');
      for (const t of b.targets) {
        names.add(t);
        // A plain attribute under an inherited field's name removes the field (Django allows `field = None`).
        fields.delete(t);
      }
      if (isFieldCall(b.value)) {
        if (!single) complete = false;
        else {
          const call = b.value;
          const cls = lastPart(call.callee);
          const builtin = isBuiltinField(call);
          if (!builtin) complete = false;
          fields.set(b.targets[0], { name: b.targets[0], line: mod.lineOf(b.from), call, cls, builtin, m2m: M2M_FIELDS.has(cls), relation: RELATION_FIELDS.has(cls) });
        }
      }
    } else if (b.t === 'expr' && b.value.t === 'str') continue;
    else if (b.t !== 'def' && b.t !== 'class' && b.t !== 'pass') complete = false;
  }
  // Without its own Meta, a model takes its abstract parent's (Django resets `abstract`).
  meta ??= inherited.length ? { ...inheritedMeta(s, known, mod), abstract: false } : undefined;
  meta ??= {};
  let status: ClassStatus = isModel ? 'model' : 'maybe';
  if (meta.abstract) status = 'abstract';
  else if (skip || meta.unreadable || meta.proxy || meta.managed === false || meta.swappable) status = 'skip';
  const hasPk = parents.length > 0 || [...fields.values()].some((f) => bool(f.call.kwargs.get('primary_key')) === true);
  return { name: s.name, line: mod.lineOf(s.from), status, fields, names, complete, basesKnown, parents, dbTable: meta.dbTable, appLabel: meta.appLabel, orderWithRespectTo: !!meta.orderWithRespectTo, hasPk };
}

/** The Meta of the first abstract parent that has one. */
function inheritedMeta(s: Extract<PyStmt, { t: 'class' }>, known: ReadonlyMap<string, ModelClass>, mod: PyModule): Meta {
  for (const b of s.bases) {
    if (b.t !== 'name' || known.get(b.name)?.status !== 'abstract') continue;
    const cls = metaOf(b.name, mod);
    if (cls) return readMeta(cls, known, mod);
  }
  return {};
}

function metaOf(className: string, mod: PyModule): Extract<PyStmt, { t: 'class' }> | undefined {
  const c = mod.body.find((x): x is Extract<PyStmt, { t: 'class' }> => x.t === 'class' && x.name === className);
  return c?.body.find((x): x is Extract<PyStmt, { t: 'class' }> => x.t === 'class' && x.name === 'Meta');
}

function readMeta(cls: Extract<PyStmt, { t: 'class' }>, known: ReadonlyMap<string, ModelClass>, mod: PyModule): Meta {
  let meta: Meta = {};
  for (const b of cls.bases) {
    // `class Meta(Base.Meta)` extends an abstract parent's options; any other base is not understood.
    const owner = b.t === 'name' ? /^(\w+)\.Meta$/.exec(b.name)?.[1] : undefined;
    const base = owner && known.get(owner)?.status === 'abstract' ? metaOf(owner, mod) : undefined;
    if (!base) return { unreadable: true };
    meta = { ...meta, ...readMeta(base, known, mod), abstract: false };
  }
  const flag = (v: PyValue): boolean | undefined => (v.t === 'bool' ? v.value : undefined);
  for (const b of cls.body) {
    if (b.t === 'assign') {
      for (const t of b.targets) {
        const v = b.value;
        if (t === 'abstract' || t === 'proxy' || t === 'managed') {
          const f = flag(v);
          if (f === undefined) meta.unreadable = true;
          else meta[t] = f;
        } else if (t === 'swappable') meta.swappable = true;
        else if (t === 'db_table') meta.dbTable = str(v) ?? null;
        else if (t === 'app_label') meta.appLabel = str(v) ?? null;
        else if (t === 'order_with_respect_to') meta.orderWithRespectTo = true;
      }
    } else if (!(b.t === 'expr' && b.value.t === 'str') && b.t !== 'pass') meta.unreadable = true;
  }
  return meta;
}
