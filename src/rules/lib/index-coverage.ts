import type { Dialect } from '../../model/dialect.js';
import type { Constraint, IndexElem, Operation } from '../../model/operation.js';
import { findColumn, type Index, type Table } from '../../model/schema.js';
import { sameColumn } from './origin.js';

/**
 * Comparing the keys of a table: which index serves lookups by some columns (foreign keys,
 * uniqueness already guaranteed), and which index adds nothing another one does not.
 */

/**
 * Every key the table can find rows by: its indexes, plus each PRIMARY KEY / UNIQUE constraint
 * that has no index of its own in the model (SQLite's INTEGER PRIMARY KEY is the rowid itself).
 */
export function keysOf(t: Table, d: Dialect): Index[] {
  const out = t.indexes.slice();
  for (const c of t.constraints) {
    if ((c.kind !== 'primary' && c.kind !== 'unique') || !c.columns.length) continue;
    if (out.some((i) => i.constraint !== undefined && sameColumn(i.constraint, c.name, d))) continue;
    out.push({ name: c.name, elems: c.columns.map((column) => ({ column })), unique: true, constraint: c.name });
  }
  return out;
}

/**
 * The constraints a CREATE TABLE, ADD CONSTRAINT or ADD COLUMN adds, in the order written; a
 * column's own constraints as table constraints on that column.
 */
export function addedConstraints(op: Operation): Constraint[] {
  const onColumn = (c: Constraint, column: string) => (c.columns.length ? c : { ...c, columns: [column] });
  if (op.kind === 'add_constraint') return [op.constraint];
  if (op.kind === 'add_column') return op.column.constraints.map((c) => onColumn(c, op.column.name));
  if (op.kind === 'create_table') return [...op.columns.flatMap((col) => col.constraints.map((c) => onColumn(c, col.name))), ...op.constraints];
  return [];
}

/** The plain columns of the index, or undefined when an element is an expression. */
export function plainColumns(idx: Pick<Index, 'elems'>): string[] | undefined {
  return idx.elems.every((e) => e.column !== undefined) ? idx.elems.map((e) => e.column!) : undefined;
}

/** The index's leading elements are plain columns that are exactly `columns`, in any order. */
function leadsWithColumns(idx: Index, columns: readonly string[], d: Dialect): boolean {
  if (!columns.length || idx.elems.length < columns.length) return false;
  const lead = idx.elems.slice(0, columns.length);
  return lead.every((e) => e.column !== undefined && columns.some((c) => sameColumn(c, e.column!, d)))
    && columns.every((c) => lead.some((e) => sameColumn(c, e.column!, d)));
}

/** An index (partial ones included: the author did think of these columns) whose leading columns are `columns`. */
export function indexLeadingWith(t: Table, columns: readonly string[], d: Dialect): Index | undefined {
  return keysOf(t, d).find((i) => leadsWithColumns(i, columns, d));
}

/**
 * A key that guarantees rows are distinct on a subset of `columns`: a unique index or constraint
 * over plain columns only, on every row (no predicate). Rows distinct on a subset are distinct on the whole.
 */
export function uniqueSubsetOf(t: Table, columns: readonly string[], d: Dialect): Index | undefined {
  return keysOf(t, d).find((i) => {
    if (!i.unique || i.where !== undefined) return false;
    const cols = plainColumns(i);
    return !!cols && cols.length > 0 && cols.every((c) => columns.some((x) => sameColumn(c, x, d)));
  });
}

/** A unique key over NOT NULL plain columns: it identifies every row, as a primary key would. */
export function notNullUniqueKey(t: Table, d: Dialect): Index | undefined {
  return keysOf(t, d).find((i) => {
    const cols = i.unique && i.where === undefined ? plainColumns(i) : undefined;
    return !!cols && cols.length > 0 && cols.every((c) => findColumn(t, c, d)?.nullable === false);
  });
}

function method(i: Index): string {
  return (i.method ?? 'btree').toLowerCase();
}

/** Text compared loosely: case, whitespace, quotes and parentheses do not matter. */
function loose(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/[\s"`()]/g, '');
}

function sameElem(a: IndexElem, b: IndexElem, d: Dialect): boolean {
  if ((a.column === undefined) !== (b.column === undefined)) return false;
  if (a.column !== undefined ? !sameColumn(a.column, b.column!, d) : loose(a.expr) !== loose(b.expr)) return false;
  return !!a.desc === !!b.desc && (a.modifier ?? '').toLowerCase() === (b.modifier ?? '').toLowerCase();
}

/** Same key: elements, uniqueness, method, predicate and INCLUDE columns. */
export function sameDefinition(a: Index, b: Index, d: Dialect): boolean {
  return a.elems.length === b.elems.length && redundantGiven(a, b, d) && redundantGiven(b, a, d) && a.unique === b.unique;
}

/**
 * Index `a` serves no lookup that `b` cannot: same method and predicate, and a's elements are
 * b's leading ones. Only B-trees serve a leading prefix alone; other methods count only as
 * exact duplicates. A unique `a` enforces something, so it is redundant only beside a unique
 * `b` on the very same elements.
 */
export function redundantGiven(a: Index, b: Index, d: Dialect): boolean {
  if (a === b || method(a) !== method(b) || loose(a.where) !== loose(b.where)) return false;
  if (a.elems.length > b.elems.length || !a.elems.every((e, n) => sameElem(e, b.elems[n], d))) return false;
  const exact = a.elems.length === b.elems.length;
  if (!exact && method(a) !== 'btree') return false;
  if (a.unique && !(b.unique && exact)) return false;
  const bCols = [...b.elems.flatMap((e) => (e.column !== undefined ? [e.column] : [])), ...(b.include ?? [])];
  return (a.include ?? []).every((c) => bCols.some((x) => sameColumn(c, x, d)));
}

/** `(a, b)` for messages. */
export function elemList(elems: readonly IndexElem[]): string {
  return `(${elems.map((e) => e.column ?? e.expr ?? '?').join(', ')})`;
}
