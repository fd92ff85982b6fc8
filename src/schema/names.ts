import { escapeRegExp } from '../model/regex.js';
import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import type { Constraint, IndexElem } from '../model/operation.js';
import { tableKey, type Schema, type Table } from '../model/schema.js';
import { exprColumns } from './expr.js';

/**
 * Names the database would give to objects created without one. Rules and rollback SQL quote
 * these names, so they must match what `\d` / SHOW CREATE TABLE would show.
 */

/** PostgreSQL compares names exactly (front ends already folded unquoted ones); MySQL and SQLite ignore case. */
export function sameName(a: string, b: string, dialect: Dialect): boolean {
  return dialect === 'postgresql' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function nameKey(name: string, dialect: Dialect): string {
  return dialect === 'postgresql' ? name : name.toLowerCase();
}

// ---------------------------------------------------------------- PostgreSQL

const NAMEDATALEN = 64;
const utf8 = new TextEncoder();

// Names are nearly always ASCII, where a character is a byte: the encoder is for the others
// (naming a constraint called these for every character, a tenth of Lemmy's replay).
const ASCII = /^[\x00-\x7f]*$/;

function byteLength(s: string): number {
  return ASCII.test(s) ? s.length : utf8.encode(s).length;
}

/** Longest prefix of `s` within `max` bytes that does not split a character (pg_mbcliplen). */
function clipBytes(s: string, max: number): string {
  if (ASCII.test(s)) return s.slice(0, Math.max(0, max));
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    const n = byteLength(ch);
    if (bytes + n > max) break;
    bytes += n;
    out += ch;
  }
  return out;
}

/**
 * makeObjectName() of PostgreSQL: `name1_name2_label`, shortening the longer of name1/name2
 * one byte at a time until the whole fits in 63 bytes.
 */
export function pgObjectName(name1: string, name2: string | undefined, label: string): string {
  let n1 = byteLength(name1);
  let n2 = name2 ? byteLength(name2) : 0;
  const overhead = (name2 ? 1 : 0) + (label ? byteLength(label) + 1 : 0);
  const avail = NAMEDATALEN - 1 - overhead;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const parts = [clipBytes(name1, n1)];
  if (name2) parts.push(clipBytes(name2, n2));
  if (label) parts.push(label);
  return parts.join('_');
}

/** ChooseForeignKeyConstraintNameAddition / ChooseIndexNameAddition: names joined by `_`, stopping once 64 bytes are reached. */
function pgNameAddition(names: string[]): string {
  let buf = '';
  for (const n of names) {
    if (buf) buf += '_';
    buf += clipBytes(n, NAMEDATALEN - 1);
    if (byteLength(buf) >= NAMEDATALEN) break;
  }
  return buf;
}

/** ChooseRelationName / ChooseConstraintName: retry with `label1`, `label2` … until free. */
function pgChoose(name1: string, name2: string | undefined, label: string, taken: (n: string) => boolean): string {
  let modLabel = label;
  for (let pass = 1; ; pass++) {
    const name = pgObjectName(name1, name2, modLabel);
    if (!taken(name)) return name;
    modLabel = `${label}${pass}`;
  }
}

/** Column names PostgreSQL derives for index elements (FigureIndexColname), made distinct as ChooseIndexColumnNames does. */
function pgIndexColumnNames(elems: IndexElem[], include: string[] = []): string[] {
  const out: string[] = [];
  const raw = [
    ...elems.map((e) => e.column ?? functionName(e.expr) ?? 'expr'),
    ...include,
  ];
  for (const orig of raw) {
    let name = orig;
    for (let i = 1; out.includes(name); i++) name = `${clipBytes(orig, NAMEDATALEN - 1 - String(i).length)}${i}`;
    out.push(name);
  }
  return out;
}

function functionName(expr: string | undefined): string | undefined {
  const m = expr?.trim().match(/^([A-Za-z_][A-Za-z0-9_$]*)\s*\(/);
  return m ? m[1].toLowerCase() : undefined;
}

function pgNamespace(t: Table): string {
  return t.name.schema ?? 'public';
}

/**
 * Whether a name is already used in the table's schema: index names clash with every relation,
 * and constraint names are checked against every constraint of the schema (as PostgreSQL does).
 */
function pgTaken(s: Schema, t: Table, relations: boolean): (name: string) => boolean {
  const ns = pgNamespace(t);
  return (name) => {
    for (const other of tablesNamed(s, name)) {
      if (pgNamespace(other) !== ns) continue;
      if (other.constraints.some((c) => c.name === name)) return true;
      if (relations && (other.name.name === name || other.indexes.some((i) => i.name === name))) return true;
    }
    if (!relations) return false;
    for (const v of s.views.values()) if ((v.name.schema ?? 'public') === ns && v.name.name === name) return true;
    return false;
  };
}

// ---------------------------------------------------------------- name index

/**
 * Which tables use a name (as their own, an index's or a constraint's), so naming an object or
 * finding an index by name does not scan every table: on long histories those scans made replay
 * quadratic. Built on first use for a schema and kept up to date through noteTableChange(),
 * which writableTable() calls for every table replay changes or adds. Entries may be stale (a
 * table since dropped or renamed): callers check each candidate. Tables changed by the operation
 * under way are always candidates, since they may still be changing.
 *
 * A fork (clone.ts forkSchema) borrows the index of the schema it came from instead of building
 * its own: replay keeps a fork before every reviewed statement, rules name constraints in it and
 * the rollback forks it again to apply the statement, and indexing every table for each of them
 * made reviewing a whole history quadratic. Sharing is sound because the map only ever gains
 * entries and tables are never changed once shared (copy-on-write): what the lender indexes later
 * is at worst a stale candidate for the borrower, which the liveness check drops, and what the
 * borrower changes stays in its own `pending` until it copies the map to write to it.
 */
interface NameIndex {
  /** Built on the first lookup, or borrowed from the schema this one was forked from. */
  byName?: Map<string, Set<Table>>;
  /** byName is another schema's: copied before this one writes to it. */
  borrowed?: boolean;
  /** Tables changed since the index was last brought up to date (noted even before it is built). */
  pending: Set<Table>;
}

const NAME_INDEXES = new WeakMap<Schema, NameIndex>();

/** A borrower indexes its own changes (copying the map) only once they are this many: until then they are looked at one by one. */
const BORROWED_PENDING = 64;

function indexTable(byName: Map<string, Set<Table>>, t: Table, d: Dialect): void {
  const add = (name: string) => {
    const k = nameKey(name, d);
    let set = byName.get(k);
    if (!set) byName.set(k, (set = new Set()));
    set.add(t);
  };
  add(t.name.name);
  for (const i of t.indexes) add(i.name);
  for (const c of t.constraints) {
    add(c.name);
    if (c.kind === 'foreign' && c.references) add(referencedKey(c.references.table.name));
  }
}

/**
 * Prefix of the entries that list the tables holding a foreign key to a table of that name. No
 * SQL name holds a NUL, and were one to, it would only add candidates, which callers rule out.
 */
const REFERENCED = '\0';
const REFERENCED_KEYS = new Map<string, string>();

/**
 * `REFERENCED + name`, the same string each time: a table is indexed again whenever replay
 * changes it, and a fresh concatenation per foreign key had to be flattened and hashed anew.
 */
function referencedKey(name: string): string {
  let k = REFERENCED_KEYS.get(name);
  if (k === undefined) {
    if (REFERENCED_KEYS.size > 10_000) REFERENCED_KEYS.clear();
    REFERENCED_KEYS.set(name, (k = REFERENCED + name));
  }
  return k;
}

function buildIndex(s: Schema): Map<string, Set<Table>> {
  const byName = new Map<string, Set<Table>>();
  for (const t of s.tables.values()) indexTable(byName, t, s.dialect);
  return byName;
}

export function noteTableChange(s: Schema, t: Table): void {
  NAME_INDEXES.get(s)?.pending.add(t);
}

/**
 * `fork` was just forked from `from` (same tables): it borrows `from`'s index, which is built
 * now if it was not (once per lender; the lender keeps it up to date from then on).
 */
export function forkNameIndex(from: Schema, fork: Schema): void {
  let ix = NAME_INDEXES.get(from);
  if (!ix) NAME_INDEXES.set(from, (ix = { pending: new Set() }));
  ix.byName ??= buildIndex(from);
  NAME_INDEXES.set(fork, { byName: ix.byName, borrowed: true, pending: new Set(ix.pending) });
}

/** Called before each operation: what earlier operations changed is indexed for good. */
export function settleNameIndex(s: Schema): void {
  const ix = NAME_INDEXES.get(s);
  if (!ix) {
    NAME_INDEXES.set(s, { pending: new Set() });
    return;
  }
  if (!ix.pending.size) return;
  if (ix.byName && ix.borrowed) {
    if (ix.pending.size < BORROWED_PENDING) return;
    ix.byName = new Map([...ix.byName].map(([k, set]) => [k, new Set(set)]));
    ix.borrowed = false;
  }
  if (ix.byName) for (const t of ix.pending) indexTable(ix.byName, t, s.dialect);
  ix.pending.clear();
}

/**
 * Tables of `s` that use `name` (compared as the dialect compares names), in no particular order;
 * may include others, which callers rule out by looking. Only tables present in `s` are returned.
 */
export function tablesNamed(s: Schema, name: string): Table[] {
  let ix = NAME_INDEXES.get(s);
  if (!ix) NAME_INDEXES.set(s, (ix = { pending: new Set() }));
  ix.byName ??= buildIndex(s);
  const out: Table[] = [];
  const live = (t: Table) => s.tables.get(tableKey(t.name, s.dialect)) === t;
  for (const t of ix.byName.get(nameKey(name, s.dialect)) ?? []) if (!ix.pending.has(t) && live(t)) out.push(t);
  for (const t of ix.pending) if (live(t)) out.push(t);
  return out;
}

/**
 * Tables of `s` that may hold a foreign key to a table named `name` (any schema), in no particular
 * order; as with tablesNamed, others may be among them, and callers rule them out by looking.
 */
export function tablesReferencing(s: Schema, name: string): Table[] {
  return tablesNamed(s, referencedKey(name));
}

// ---------------------------------------------------------------- MySQL

/** Index names in MySQL default to the first column, then `_2`, `_3` … within the table. */
export function mysqlIndexName(t: Table, first: string): string {
  const used = new Set(t.indexes.map((i) => i.name.toLowerCase()));
  if (!used.has(first.toLowerCase())) return first;
  for (let i = 2; ; i++) if (!used.has(`${first}_${i}`.toLowerCase())) return `${first}_${i}`;
}

/** `<prefix>N` with N one more than the highest number already used. */
function nextNumbered(t: Table, prefix: string): string {
  const re = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`, 'i');
  let max = 0;
  for (const c of t.constraints) {
    const m = c.name.match(re);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

// ---------------------------------------------------------------- public API

/** The name the database gives a constraint written without one (SQLite: a stable synthetic name). */
export function constraintName(s: Schema, t: Table, c: Constraint, inlineColumn?: string): string {
  const d = s.dialect;
  const table = t.name.name;
  if (isMysqlFamily(d)) {
    switch (c.kind) {
      case 'primary':
        return 'PRIMARY';
      case 'foreign':
        return nextNumbered(t, `${table}_ibfk_`);
      case 'check':
        if (d === 'mariadb') return inlineColumn ?? nextNumbered(t, 'CONSTRAINT_');
        return nextNumbered(t, `${table}_chk_`);
      default:
        return mysqlIndexName(t, c.columns[0] ?? 'functional_index');
    }
  }
  const isTaken = d === 'postgresql' ? pgTaken(s, t, c.kind !== 'foreign' && c.kind !== 'check') : (n: string) => t.constraints.some((k) => k.name === n);
  switch (c.kind) {
    case 'primary':
      return pgChoose(table, undefined, 'pkey', isTaken);
    case 'unique':
      return pgChoose(table, pgNameAddition(c.columns) || undefined, 'key', isTaken);
    case 'exclude':
      return pgChoose(table, pgNameAddition(c.columns) || undefined, 'excl', isTaken);
    case 'foreign':
      return pgChoose(table, pgNameAddition(c.columns) || undefined, 'fkey', isTaken);
    case 'check': {
      // Named after the column only when the expression uses exactly one.
      const cols = c.columns.length ? c.columns : exprColumns(c.expr ?? '', t.columns.map((x) => x.name), d);
      return pgChoose(table, cols.length === 1 ? cols[0] : undefined, 'check', isTaken);
    }
  }
}

/** Name of an index created without one: PostgreSQL `<table>_<cols>_idx`, MySQL the first column. */
export function indexName(s: Schema, t: Table, elems: IndexElem[], include?: string[]): string {
  if (isMysqlFamily(s.dialect)) return mysqlIndexName(t, elems[0]?.column ?? 'functional_index');
  // SQLite index names are unique in the whole database, and compared without case.
  const isTaken = s.dialect === 'postgresql' ? pgTaken(s, t, true) : (n: string) => tablesNamed(s, n).some((u) => u.indexes.some((i) => i.name.toLowerCase() === n.toLowerCase()));
  return pgChoose(t.name.name, pgNameAddition(pgIndexColumnNames(elems, include)) || undefined, 'idx', isTaken);
}

/** SQLite names the index behind a PRIMARY KEY / UNIQUE constraint `sqlite_autoindex_<table>_<N>`. */
export function sqliteAutoindexName(t: Table): string {
  const prefix = `sqlite_autoindex_${t.name.name}_`;
  let max = 0;
  for (const i of t.indexes) {
    if (i.name.startsWith(prefix)) max = Math.max(max, Number(i.name.slice(prefix.length)) || 0);
  }
  return `${prefix}${max + 1}`;
}

/** Whether a SQLite constraint name is one constraintName() made up (so DDL output can leave it unnamed again). */
export function isSqliteSyntheticName(tableName: string, name: string): boolean {
  if (!name.startsWith(`${tableName}_`)) return false;
  return /_(pkey|key|fkey|check|excl)\d*$/.test(name);
}
