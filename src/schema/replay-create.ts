import { isMysqlFamily } from '../model/dialect.js';
import { escapeRegExp } from '../model/regex.js';
import { qnameKey, type ColumnDef, type Constraint, type OpOf, type QName } from '../model/operation.js';
import type { Column, Index, Table } from '../model/schema.js';
import type { SqlType } from '../model/sql-type.js';
import { addedTable, cloneColumn, cloneQName, cloneType, writableTable } from './clone.js';
import { addConstraint, findConstraint, findIndex, leadsWith } from './constraints.js';
import { dropTable } from './dependents.js';
import { indexName, sameName } from './names.js';
import { selectColumns } from './select-columns.js';
import { ReplayCx } from './replay-context.js';

/*
 * Replay's creations (see replay.ts): a table with its inline constraints, an index, the columns of a
 * table and their types (an enum of the schema named by a column's type), and DROP SCHEMA.
 */

export function createTable(cx: ReplayCx, op: OpOf<'create_table'>): void {
  const key = cx.key(op.table);
  if (cx.s.tables.has(key)) {
    if (op.ifNotExists) return;
    cx.issue(`table ${qnameKey(op.table)} already exists; replaced by this definition`);
  }
  const t: Table = { name: cloneQName(op.table), columns: [], constraints: [], indexes: [] };
  if (op.asSelect) t.partial = true;
  // AS SELECT: the columns the query's select list gives, typed from the tables it reads now.
  if (op.select) t.columns = selectColumns(cx.s, op.select).columns.map((c) => ({ ...c, type: resolveType(cx, c.type) }));
  if (op.partitioned) t.partitioned = true;
  if (op.partitionOf) {
    // A partition has its parent's columns.
    t.partitionOf = cloneQName(op.partitionOf);
    const parent = cx.table(op.partitionOf);
    if (parent) t.columns = parent.columns.map(cloneColumn);
    else t.partial = true;
  }
  cx.s.tables.set(key, t);
  addedTable(cx.s, t);
  for (const def of op.columns) {
    const col = columnFrom(cx, def);
    const at = t.columns.findIndex((c) => sameName(c.name, def.name, cx.d));
    if (at >= 0) t.columns[at] = col;
    else t.columns.push(col);
  }
  // PostgreSQL names column constraints before table constraints, in the order written.
  for (const def of op.columns) for (const c of def.constraints) addConstraint(cx, t, inline(c, def.name), def.name);
  for (const c of op.constraints) addConstraint(cx, t, c);
}

/**
 * ALTER TYPE … RENAME VALUE: a default holds the value by the enum's oid, so `DEFAULT 'old'` of a
 * column of that type reads `'new'` afterwards.
 */
export function renameEnumValueInDefaults(cx: ReplayCx, typeKey: string, from: string, to: string): void {
  const literal = new RegExp(`'${escapeRegExp(from.replace(/'/g, "''"))}'`, 'g');
  const replacement = `'${to.replace(/'/g, "''")}'`;
  const uses = (c: Column) => c.type.name === typeKey && !!c.default;
  for (const found of [...cx.s.tables.values()]) {
    if (!found.columns.some(uses)) continue;
    // The schema's own copy: a fork shares the table with the snapshots kept for earlier statements.
    const t = writableTable(cx.s, found);
    for (const c of t.columns) if (uses(c)) c.default = { ...c.default!, text: c.default!.text.replace(literal, () => replacement) };
  }
}

export function createIndex(cx: ReplayCx, op: OpOf<'create_index'>): void {
  // An index on a materialized view: views' contents are not modelled, and a placeholder table of
  // the view's name would outlive DROP MATERIALIZED VIEW.
  if (!cx.table(op.table) && cx.s.views.get(cx.key(op.table))?.materialized) return;
  const t = cx.tableOrPlaceholder(op.table);
  const name = op.name ?? indexName(cx.s, t, op.elems, op.include);
  const existing = findIndex(cx, { ...(t.name.schema !== undefined ? { schema: t.name.schema } : {}), name }, isMysqlFamily(cx.d) ? t.name : undefined);
  if (existing) {
    if (op.ifNotExists) return;
    cx.issue(`index ${name} already exists; replaced by this definition`);
    existing.t.indexes = existing.t.indexes.filter((i) => i !== existing.idx);
  }
  const idx: Index = { name, elems: op.elems.map((e) => ({ ...e })), unique: op.unique };
  if (op.where !== undefined) idx.where = op.where;
  if (op.method !== undefined) idx.method = op.method;
  if (op.include?.length) idx.include = op.include.slice();
  if (isMysqlFamily(cx.d)) {
    // InnoDB drops the index it made for a foreign key once another index can serve it.
    t.indexes = t.indexes.filter((i) => {
      if (i.constraint === undefined) return true;
      const fk = findConstraint(t, i.constraint, cx);
      return !(fk?.kind === 'foreign' && leadsWith(idx, fk.columns, cx));
    });
  }
  t.indexes.push(idx);
}

export function dropSchema(cx: ReplayCx, op: OpOf<'drop_schema'>): void {
  const d = cx.d;
  const isPublic = d === 'postgresql' && op.name === 'public';
  const inSchema = (q: QName) => (q.schema === undefined ? isPublic : sameName(q.schema, op.name, d));
  const known = [...cx.s.schemas].find((n) => sameName(n, op.name, d));
  const tables = [...cx.s.tables.values()].filter((t) => inSchema(t.name));
  const prefix = `${d === 'postgresql' ? op.name : op.name.toLowerCase()}.`;
  const enums = [...cx.s.enums.keys()].filter((k) => (isPublic ? !k.includes('.') : k.startsWith(prefix)));
  const views = [...cx.s.views].filter(([, v]) => inSchema(v.name)).map(([k]) => k);
  const empty = !tables.length && !enums.length && !views.length;
  if (known === undefined && empty) {
    if (!op.ifExists) cx.issue(`schema ${op.name} does not exist`);
    return;
  }
  if (!empty && !op.cascade && d === 'postgresql') {
    cx.issue(`PostgreSQL refuses to drop non-empty schema ${op.name} without CASCADE; modeled as dropping its objects`);
  }
  for (const t of tables) if (cx.s.tables.has(cx.key(t.name))) dropTable(cx, t, true);
  for (const k of enums) cx.s.enums.delete(k);
  for (const k of views) cx.s.views.delete(k);
  if (known !== undefined) cx.s.schemas.delete(known);
}

/** A column constraint as a table constraint on that column. */
export function inline(c: Constraint, column: string): Constraint {
  return c.columns.length ? c : { ...c, columns: [column] };
}

export function columnFrom(cx: ReplayCx, def: ColumnDef): Column {
  const col: Column = { name: def.name, type: resolveType(cx, def.type), nullable: def.nullable };
  if (def.default) col.default = { ...def.default };
  if (def.identity) col.identity = def.identity;
  if (def.serial) col.serial = true;
  if (def.generated) col.generated = { ...def.generated };
  if (def.collation !== undefined) col.collation = def.collation;
  // Identity, serial and AUTO_INCREMENT columns are NOT NULL whether or not it was written.
  if (def.identity || def.serial) col.nullable = false;
  return col;
}

/**
 * A column of an enum type carries the enum's key as its type name, so rules can look the
 * values up: `public.mood` is `mood`. The SQL front ends keep a quoted "Mood" as Mood, so the
 * exact key matches; a front end that lower-cased the name still finds a type whose name differs
 * only in case, when there is exactly one.
 */
export function resolveType(cx: ReplayCx, type: SqlType): SqlType {
  const t = cloneType(type);
  if (cx.d !== 'postgresql' || t.values || t.args.length || !cx.s.enums.size) return t;
  const bare = t.name.startsWith('public.') ? t.name.slice('public.'.length) : t.name;
  if (cx.s.enums.has(bare)) {
    t.name = bare;
    return t;
  }
  // Every column of a history comes through here: no array per column, each name lower-cased once.
  const lower = bare.toLowerCase();
  let match: string | undefined;
  let count = 0;
  for (const k of cx.s.enums.keys()) {
    if (lowerCased(k) !== lower) continue;
    match = k;
    count++;
  }
  if (count === 1) t.name = match!;
  return t;
}

const LOWER = new Map<string, string>();

/** `name.toLowerCase()`, remembered: enum names are few and looked at for every column. */
function lowerCased(name: string): string {
  let out = LOWER.get(name);
  if (out === undefined) {
    if (LOWER.size > 10_000) LOWER.clear();
    LOWER.set(name, (out = name.toLowerCase()));
  }
  return out;
}
