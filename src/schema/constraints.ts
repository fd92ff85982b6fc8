import { isMysqlFamily } from '../model/dialect.js';
import { qnameKey, type Constraint, type QName } from '../model/operation.js';
import { findColumn, type Index, type Table } from '../model/schema.js';
import { cloneConstraint, writableTable } from './clone.js';
import { constraintName, mysqlIndexName, sameName, sqliteAutoindexName, tablesNamed, tablesReferencing } from './names.js';
import type { ReplayCx } from './replay-context.js';

/**
 * Adding and removing constraints and indexes with the side effects the database has:
 * PRIMARY KEY / UNIQUE / EXCLUDE build an index, MySQL builds one for a foreign key,
 * dropping a constraint drops its index, and unique keys take dependent foreign keys with them.
 */

export type NamedConstraint = Constraint & { name: string };

export function findConstraint(t: Table, name: string, cx: ReplayCx): NamedConstraint | undefined {
  return t.constraints.find((c) => sameName(c.name, name, cx.d));
}

export function findIndexInTable(t: Table, name: string, cx: ReplayCx): Index | undefined {
  return t.indexes.find((i) => sameName(i.name, name, cx.d));
}

/**
 * Where an index name lives: PostgreSQL index names are unique per schema, MySQL per table,
 * SQLite per database. `table` narrows the search when the statement named it. The table
 * returned may be changed: it is the schema's writable copy.
 */
export function findIndex(cx: ReplayCx, name: QName, table?: QName): { t: Table; idx: Index } | undefined {
  if (table) {
    const t = cx.table(table);
    const idx = t && findIndexInTable(t, name.name, cx);
    return t && idx ? { t, idx } : undefined;
  }
  const ns = name.schema ?? 'public';
  const holds = (t: Table) => (cx.d !== 'postgresql' || (t.name.schema ?? 'public') === ns) && !!findIndexInTable(t, name.name, cx);
  let found = tablesNamed(cx.s, name.name).filter(holds);
  // The model may hold the name twice (what the database would have refused): the first table wins, as in a scan.
  if (found.length > 1) found = [...cx.s.tables.values()].filter(holds).slice(0, 1);
  if (!found.length) return undefined;
  const t = writableTable(cx.s, found[0]);
  return { t, idx: findIndexInTable(t, name.name, cx)! };
}

/** SQLite's rowid alias: a single-column PRIMARY KEY declared exactly `INTEGER` has no separate index. */
function isSqliteRowid(t: Table, c: Constraint, cx: ReplayCx): boolean {
  if (cx.d !== 'sqlite' || c.kind !== 'primary' || c.columns.length !== 1) return false;
  const col = findColumn(t, c.columns[0], cx.d);
  return !!col && col.type.raw.trim().toLowerCase() === 'integer';
}

export function addConstraint(cx: ReplayCx, t: Table, c: Constraint, inlineColumn?: string): void {
  const stored = cloneConstraint(c) as NamedConstraint;
  delete stored.usingIndex;
  if (stored.kind === 'foreign' && stored.references && stored.references.columns.length === 0) {
    // `REFERENCES users` means its primary key; the database records the columns, and so do we.
    const target = cx.key(stored.references.table) === cx.key(t.name) ? t : cx.table(stored.references.table);
    const pk = target?.constraints.find((k) => k.kind === 'primary');
    if (pk) stored.references.columns = pk.columns.slice();
  }
  if (stored.kind === 'primary') {
    const pk = t.constraints.find((k) => k.kind === 'primary');
    if (pk) {
      cx.issue(`${qnameKey(t.name)} already has a primary key (${pk.name}); the second one is ignored`);
      return;
    }
  }
  let backing: Index | undefined;
  if (c.usingIndex) {
    backing = findIndexInTable(t, c.usingIndex, cx);
    if (backing) stored.columns = backing.elems.flatMap((e) => (e.column ? [e.column] : []));
    else if (!t.partial) cx.issue(`index ${c.usingIndex} does not exist on ${qnameKey(t.name)}`);
  }
  const name = c.name ?? backing?.name ?? constraintName(cx.s, t, stored, inlineColumn);
  const clash = findConstraint(t, name, cx);
  if (clash) {
    cx.issue(`constraint ${name} already exists on ${qnameKey(t.name)}; replaced by this definition`);
    removeConstraint(cx, t, clash, true);
  }
  stored.name = name;
  t.constraints.push(stored);

  if (stored.kind === 'primary' && (cx.d !== 'sqlite' || isSqliteRowid(t, stored, cx))) {
    for (const colName of stored.columns) {
      const col = findColumn(t, colName, cx.d);
      if (col) col.nullable = false;
    }
  }
  if (backing) {
    // PostgreSQL renames the index to the constraint's name (it says so in a NOTICE).
    backing.name = name;
    backing.constraint = name;
    backing.unique = true;
    return;
  }
  if (stored.kind === 'primary' || stored.kind === 'unique' || stored.kind === 'exclude') addBackingIndex(cx, t, stored);
  else if (stored.kind === 'foreign' && isMysqlFamily(cx.d)) addMysqlForeignKeyIndex(cx, t, stored, c.name !== undefined);
}

function addBackingIndex(cx: ReplayCx, t: Table, c: NamedConstraint): void {
  if (isSqliteRowid(t, c, cx)) return;
  const idx: Index = {
    name: cx.d === 'sqlite' ? sqliteAutoindexName(t) : c.name,
    elems: c.columns.map((column) => ({ column })),
    unique: c.kind !== 'exclude',
    constraint: c.name,
  };
  if (c.kind === 'exclude') {
    const method = c.expr?.match(/\bUSING\s+([A-Za-z_]+)/i)?.[1];
    idx.method = method ? method.toLowerCase() : 'gist';
  }
  t.indexes.push(idx);
}

/**
 * InnoDB needs an index whose leading columns are the foreign key's; when none exists it creates
 * one, named after the constraint when the constraint was named, else after the first column.
 */
function addMysqlForeignKeyIndex(cx: ReplayCx, t: Table, c: NamedConstraint, named: boolean): void {
  if (t.indexes.some((i) => leadsWith(i, c.columns, cx))) return;
  t.indexes.push({
    name: named ? c.name : mysqlIndexName(t, c.columns[0] ?? c.name),
    elems: c.columns.map((column) => ({ column })),
    unique: false,
    constraint: c.name,
  });
}

export function leadsWith(i: Index, columns: string[], cx: ReplayCx): boolean {
  return columns.length > 0 && columns.every((c, n) => i.elems[n]?.column !== undefined && sameName(i.elems[n].column!, c, cx.d));
}

/**
 * Remove a constraint with its index. MySQL keeps the index it made for a foreign key, so that
 * one only loses its link. A primary or unique key takes the foreign keys that point at it along;
 * PostgreSQL wants CASCADE for that.
 */
export function removeConstraint(cx: ReplayCx, t: Table, c: NamedConstraint, cascade: boolean): void {
  t.constraints = t.constraints.filter((k) => k !== c);
  for (const idx of t.indexes.filter((i) => i.constraint !== undefined && sameName(i.constraint, c.name, cx.d))) {
    if (c.kind === 'foreign') delete idx.constraint;
    else t.indexes = t.indexes.filter((i) => i !== idx);
  }
  if (c.kind === 'primary' || c.kind === 'unique') {
    const dependents = foreignKeysTo(cx, t, (ref) => sameColumnSet(ref, c.columns, cx));
    for (const [u, fk] of dependents) u.constraints = u.constraints.filter((k) => k !== fk);
    if (dependents.length && !cascade && cx.d === 'postgresql') {
      cx.issue(`PostgreSQL refuses to drop ${c.name} without CASCADE while ${describeFks(dependents)} depend on it; modeled as dropping them too`);
    }
  }
}

/**
 * Foreign keys anywhere in the schema that point at table `t` and whose referenced columns pass
 * `match`. Callers change or drop them, so the tables returned are the schema's writable copies.
 */
export function foreignKeysTo(cx: ReplayCx, t: Table, match: (refColumns: string[]) => boolean): [Table, NamedConstraint][] {
  const key = cx.key(t.name);
  const out: [Table, NamedConstraint][] = [];
  const matches = (c: NamedConstraint) => c.kind === 'foreign' && !!c.references && cx.key(c.references.table) === key && match(c.references.columns);
  // The name index lists every table that may hold one (on Lemmy's history, 4 calls in 5 find
  // none), so no walk over every table looks for them.
  const holders = tablesReferencing(cx.s, t.name.name).filter((u) => u.constraints.some(matches));
  if (!holders.length) return out;
  // The messages that list several follow the schema's table order (the index has none).
  const inOrder = holders.length === 1 ? holders : inSchemaOrder(cx, holders);
  // Made writable once they are found (writableTable changes the map).
  for (const u of inOrder) {
    const w = writableTable(cx.s, u);
    for (const c of w.constraints) if (matches(c)) out.push([w, c]);
  }
  return out;
}

function inSchemaOrder(cx: ReplayCx, tables: readonly Table[]): Table[] {
  const wanted = new Set(tables);
  const out: Table[] = [];
  for (const u of cx.s.tables.values()) if (wanted.has(u)) out.push(u);
  return out;
}

export function describeFks(fks: [Table, NamedConstraint][]): string {
  return fks.map(([u, c]) => `${c.name} on ${qnameKey(u.name)}`).join(', ');
}

function sameColumnSet(a: string[], b: string[], cx: ReplayCx): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => sameName(x, y, cx.d)));
}

/**
 * Drop an index. An index that backs a primary/unique key takes the key along: MySQL does that
 * for DROP INDEX, PostgreSQL and SQLite refuse, which we report (when `explicit`, i.e. a DROP
 * INDEX rather than a dropped column) and model as the dropped pair.
 */
export function removeIndex(cx: ReplayCx, t: Table, idx: Index, cascade: boolean, explicit = true): void {
  t.indexes = t.indexes.filter((i) => i !== idx);
  if (!idx.constraint) return;
  const c = findConstraint(t, idx.constraint, cx);
  if (!c || c.kind === 'foreign') return;
  if (explicit && !isMysqlFamily(cx.d)) {
    cx.issue(`index ${idx.name} belongs to constraint ${c.name}; drop the constraint instead (modeled as dropping both)`);
  }
  removeConstraint(cx, t, c, cascade);
}
