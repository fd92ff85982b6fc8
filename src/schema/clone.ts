import type { Constraint, ForeignRef, IndexElem, QName } from '../model/operation.js';
import type { Column, Index, Schema, Table, View } from '../model/schema.js';
import type { SqlType } from '../model/sql-type.js';
import { tableKey } from '../model/schema.js';
import { LayeredMap } from '../model/layered-map.js';
import { forkNameIndex, noteTableChange } from './names.js';

/**
 * Deep copies written out by hand: the analysis keeps the schema state before every reviewed
 * operation, so this runs once per operation and must stay cheap (structuredClone is several
 * times slower on these small objects). Optional fields are only copied when present, so a
 * clone is toStrictEqual to its source.
 */

export function cloneSchema(s: Schema): Schema {
  const tables = new LayeredMap<string, Table>();
  for (const [k, t] of s.tables) tables.set(k, cloneTable(t));
  const enums = new Map<string, string[]>();
  for (const [k, v] of s.enums) enums.set(k, v.slice());
  const views = new Map<string, View>();
  for (const [k, v] of s.views) views.set(k, { name: cloneQName(v.name), materialized: v.materialized, ...(v.reads && { reads: v.reads.map(cloneQName) }) });
  return { dialect: s.dialect, tables, enums, views, schemas: new Set(s.schemas) };
}

/**
 * Copy-on-write. A fork shares its tables with the schema it came from; from then on neither
 * changes a shared table in place: writableTable() copies it first (once) and puts the copy in
 * the schema's map. Replay keeps the state before every reviewed operation this way, and rollback
 * the state after one, at the cost of the tables an operation touches instead of the whole
 * schema. A schema never forked (a deep clone, an empty schema) is changed in place as before.
 */
const OWNED = new WeakMap<Schema, Set<Table>>();

/** A schema equal to `s` that shares its tables; `s` and the fork each copy a table before changing it. */
export function forkSchema(s: Schema): Schema {
  const enums = new Map<string, string[]>();
  // Enum value lists are changed in place by replay, and are small: copied now.
  for (const [k, v] of s.enums) enums.set(k, v.slice());
  // The table map itself is layered: the fork shares the entries neither side has changed (model/layered-map.ts).
  const tables = s.tables instanceof LayeredMap ? s.tables.fork() : new LayeredMap(s.tables);
  const out: Schema = { dialect: s.dialect, tables, enums, views: new Map(s.views), schemas: new Set(s.schemas) };
  OWNED.set(out, new Set());
  OWNED.set(s, new Set());
  forkNameIndex(s, out);
  return out;
}

/**
 * The table to change in place: `t` itself when this schema owns it, else a copy that replaces it
 * in the schema (same key, same position). Every change replay makes to a table goes through
 * here, which also tells the name index of the schema which tables to look at again.
 */
export function writableTable(s: Schema, t: Table): Table {
  const owned = OWNED.get(s);
  let out = t;
  if (owned && !owned.has(t)) {
    out = cloneTable(t);
    const key = tableKey(t.name, s.dialect);
    if (s.tables.get(key) === t) s.tables.set(key, out);
    owned.add(out);
  }
  noteTableChange(s, out);
  return out;
}

/** A table replay creates: owned by the schema that holds it. */
export function addedTable(s: Schema, t: Table): void {
  OWNED.get(s)?.add(t);
  noteTableChange(s, t);
}

export function cloneTable(t: Table): Table {
  const out: Table = {
    name: cloneQName(t.name),
    columns: t.columns.map(cloneColumn),
    constraints: t.constraints.map((c) => cloneConstraint(c)),
    indexes: t.indexes.map(cloneIndex),
  };
  if (t.partitionOf) out.partitionOf = cloneQName(t.partitionOf);
  if (t.partitioned) out.partitioned = true;
  if (t.partial) out.partial = true;
  return out;
}

export function cloneQName(q: QName): QName {
  return q.schema === undefined ? { name: q.name } : { schema: q.schema, name: q.name };
}

export function cloneType(t: SqlType): SqlType {
  const out: SqlType = { ...t, args: t.args.slice() };
  if (t.values) out.values = t.values.slice();
  return out;
}

export function cloneColumn(c: Column): Column {
  const out: Column = { ...c, type: cloneType(c.type) };
  if (c.default) out.default = { ...c.default };
  if (c.generated) out.generated = { ...c.generated };
  return out;
}

export function cloneConstraint<C extends Constraint>(c: C): C {
  const out: C = { ...c, columns: c.columns.slice() };
  if (c.references) out.references = cloneRef(c.references);
  return out;
}

function cloneRef(r: ForeignRef): ForeignRef {
  return { ...r, table: cloneQName(r.table), columns: r.columns.slice() };
}

export function cloneIndex(i: Index): Index {
  const out: Index = { ...i, elems: i.elems.map(cloneElem) };
  if (i.include) out.include = i.include.slice();
  return out;
}

function cloneElem(e: IndexElem): IndexElem {
  return { ...e };
}
