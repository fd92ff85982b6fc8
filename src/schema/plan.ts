import type { ColumnDef, Constraint, Operation, QName } from '../model/operation.js';
import { sameType } from '../model/sql-type.js';
import type { Column, Index, Schema, Table } from '../model/schema.js';

/**
 * The operations that turn schema `a` into schema `b`, in an order a database accepts:
 * drops of dependent objects first, then columns, then additions. Renames cannot be told
 * from a drop plus an add here; the rename rules report those pairs as probable renames.
 */
export function planOps(a: Schema, b: Schema): Operation[] {
  const drops: Operation[] = [];
  const changes: Operation[] = [];
  const adds: Operation[] = [];
  for (const [key, name] of b.enums) {
    const before = a.enums.get(key);
    const q = parseKey(key);
    if (!before) adds.push({ kind: 'create_enum', name: q, values: [...name] });
    else for (const v of name) if (!before.includes(v)) adds.push({ kind: 'add_enum_value', name: q, value: v, ifNotExists: false });
  }
  for (const [key, ta] of a.tables) {
    const tb = b.tables.get(key);
    if (!tb) {
      drops.push({ kind: 'drop_table', table: ta.name, ifExists: false, cascade: false });
      continue;
    }
    planTable(ta, tb, a, drops, changes, adds);
  }
  for (const [key, tb] of b.tables) {
    if (a.tables.has(key)) continue;
    adds.push({ kind: 'create_table', table: tb.name, columns: tb.columns.map(toColumnDef), constraints: tb.constraints.map(strip), ifNotExists: false, temporary: false, asSelect: false });
    for (const ix of tb.indexes) if (!ix.constraint) adds.push(createIndex(tb.name, ix));
  }
  return [...drops, ...changes, ...adds];
}

function planTable(ta: Table, tb: Table, a: Schema, drops: Operation[], changes: Operation[], adds: Operation[]): void {
  const t = tb.name;
  const same = (x: string, y: string) => (a.dialect === 'postgresql' ? x === y : x.toLowerCase() === y.toLowerCase());
  const ixB = new Map(tb.indexes.filter((i) => !i.constraint).map((i) => [i.name, i]));
  for (const ix of ta.indexes.filter((i) => !i.constraint)) {
    const other = ixB.get(ix.name);
    if (!other || JSON.stringify(other) !== JSON.stringify(ix)) drops.push({ kind: 'drop_index', name: { schema: t.schema, name: ix.name }, table: t, concurrently: false, ifExists: false, cascade: false });
  }
  const conB = new Map(tb.constraints.map((c) => [c.name, c]));
  for (const c of ta.constraints) {
    const other = conB.get(c.name);
    if (!other || JSON.stringify(strip(other)) !== JSON.stringify(strip(c))) drops.push({ kind: 'drop_constraint', table: t, name: c.name, ifExists: false, cascade: false, constraintKind: c.kind });
  }
  for (const col of ta.columns) {
    const nb = tb.columns.find((c) => same(c.name, col.name));
    if (!nb) {
      changes.push({ kind: 'drop_column', table: t, column: col.name, ifExists: false, cascade: false });
      continue;
    }
    if (!sameType(col.type, nb.type)) changes.push({ kind: 'alter_column_type', table: t, column: col.name, type: nb.type });
    if ((col.default?.text ?? '') !== (nb.default?.text ?? '')) {
      changes.push(nb.default ? { kind: 'set_default', table: t, column: col.name, default: nb.default } : { kind: 'drop_default', table: t, column: col.name });
    }
    if (col.nullable && !nb.nullable) changes.push({ kind: 'set_not_null', table: t, column: col.name });
    if (!col.nullable && nb.nullable) changes.push({ kind: 'drop_not_null', table: t, column: col.name });
  }
  for (const col of tb.columns) {
    if (!ta.columns.some((c) => same(c.name, col.name))) changes.push({ kind: 'add_column', table: t, column: toColumnDef(col), ifNotExists: false });
  }
  const conA = new Map(ta.constraints.map((c) => [c.name, c]));
  for (const c of tb.constraints) {
    const before = conA.get(c.name);
    if (!before || JSON.stringify(strip(before)) !== JSON.stringify(strip(c))) adds.push({ kind: 'add_constraint', table: t, constraint: strip(c) });
  }
  const ixA = new Map(ta.indexes.filter((i) => !i.constraint).map((i) => [i.name, i]));
  for (const ix of tb.indexes.filter((i) => !i.constraint)) {
    const before = ixA.get(ix.name);
    if (!before || JSON.stringify(before) !== JSON.stringify(ix)) adds.push(createIndex(t, ix));
  }
}

function toColumnDef(c: Column): ColumnDef {
  return { ...c, constraints: [] };
}

function strip(c: Constraint): Constraint {
  const { notValid: _n, ...rest } = c;
  return rest;
}

function createIndex(table: QName, ix: Index): Operation {
  return { kind: 'create_index', name: ix.name, table, elems: ix.elems, unique: ix.unique, concurrently: false, ifNotExists: false, where: ix.where, method: ix.method, include: ix.include };
}

function parseKey(key: string): QName {
  const dot = key.indexOf('.');
  return dot < 0 ? { name: key } : { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}
