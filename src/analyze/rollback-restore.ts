import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import { qnameKey, qnameSql, quoteIdent } from '../model/operation.js';
import { findColumn, type Column, type Index, type Schema, type Table } from '../model/schema.js';
import { nameKey } from '../schema/names.js';
import { addConstraintSql, columnDefSql, constraintSql, createIndexSql, dropConstraintSql, dropIndexSql, isKeyIndex, tableDdl } from '../schema/to-sql.js';

/**
 * Rollback statements that come from comparing the schema before an operation with the schema
 * after it, so side effects the database had (indexes a dropped column took along, foreign keys
 * a CASCADE removed, NOT NULL that a primary key added, generated names) are undone too.
 */

type NamedConstraint = Table['constraints'][number];

/** Collects statements (closed with `;`) and comments. */
export class Script {
  readonly lines: string[] = [];
  lossy = false;
  notes: string[] = [];

  sql(stmt: string): void {
    this.lines.push(stmt.startsWith('--') ? stmt : `${stmt};`);
  }

  comment(text: string): void {
    this.lines.push(`-- ${text.replace(/\s+/g, ' ').trim()}`);
  }

  /** A comment that says what this script cannot bring back; makes the inverse lossy. */
  loss(text: string): void {
    this.comment(text);
    this.lossy = true;
    this.notes.push(text);
  }

  dataLoss(what: string): void {
    this.loss(`data in ${what} cannot be restored by this script; restore from backup`);
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }
}

/** `ALTER … SET/DROP NOT NULL` bringing `col` (as it was) back; MySQL restates the whole column. */
export function nullabilitySql(t: Table, col: Column, d: Dialect): string {
  const table = qnameSql(t.name, d);
  if (isMysqlFamily(d)) return `ALTER TABLE ${table} MODIFY COLUMN ${columnDefSql(col, d)}`;
  if (d === 'sqlite') return `-- SQLite cannot change NOT NULL on an existing column: rebuild ${table} with ${columnDefSql(col, d)}`;
  return `ALTER TABLE ${table} ALTER COLUMN ${quoteIdent(col.name, d)} ${col.nullable ? 'DROP' : 'SET'} NOT NULL`;
}

/**
 * A constraint or index of a table with its definition as SQL, worked out only when needed: the
 * rollback of every reviewed statement compares the tables it touched before and after it, and
 * writing every definition of both out made that most of the rollback's time.
 */
class Keyed<T> {
  private sql?: string;

  constructor(
    readonly t: Table,
    readonly item: T,
    private readonly write: (t: Table, item: T) => string,
  ) {}

  get text(): string {
    return (this.sql ??= this.write(this.t, this.item));
  }
}

const constraintText = (d: Dialect) => (t: Table, c: NamedConstraint) => `${constraintSql(c, d, t)}${c.notValid ? ' NOT VALID' : ''}`;
const indexText = (d: Dialect) => (t: Table, i: Index) => createIndexSql(t, i, d);

/**
 * The keyed definitions of a table of a `before` schema, kept per table object: such a table is
 * never changed again (the rollback forks `before`, and a forked schema copies a table before
 * changing it: schema/clone.ts), and the same tables stand in the `before` of statement after statement.
 */
const KEYED = new WeakMap<Table, { d: Dialect; cons: Map<string, Keyed<NamedConstraint>>; idx: Map<string, Keyed<Index>> }>();

function keyedBefore(t: Table, d: Dialect): { cons: Map<string, Keyed<NamedConstraint>>; idx: Map<string, Keyed<Index>> } {
  let k = KEYED.get(t);
  if (!k || k.d !== d) KEYED.set(t, (k = { d, cons: keyedConstraints(t, d), idx: keyedIndexes(t, d) }));
  return k;
}

function keyedConstraints(t: Table, d: Dialect): Map<string, Keyed<NamedConstraint>> {
  const write = constraintText(d);
  return new Map(t.constraints.map((c) => [nameKey(c.name, d), new Keyed(t, c, write)]));
}

function keyedIndexes(t: Table, d: Dialect): Map<string, Keyed<Index>> {
  const write = indexText(d);
  return new Map(t.indexes.map((i) => [nameKey(i.name, d), new Keyed(t, i, write)]));
}

/**
 * The same definition: the same data under the same table name gives the same SQL (the writers
 * read nothing else), so only entries that differ as data have their SQL compared.
 */
function sameDefinition<T>(x: Keyed<T>, y: Keyed<T>): boolean {
  return (sameData(x.item, y.item) && sameData(x.t.name, y.t.name)) || x.text === y.text;
}

/** Plain data (what replay builds: strings, numbers, booleans, arrays, plain objects) equal member by member. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // Walked without listing the keys: this runs for every definition of every table a statement touches.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(y, k) || !sameData(x[k], y[k])) return false;
    n++;
  }
  for (const _ in y) n--;
  return n === 0;
}

/** Entries of `a` that `b` lacks or defines differently. */
function missingFrom<T>(a: Map<string, Keyed<T>>, b: Map<string, Keyed<T>>): Keyed<T>[] {
  const out: Keyed<T>[] = [];
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || !sameDefinition(v, w)) out.push(v);
  }
  return out;
}

const ORDER: Record<NamedConstraint['kind'], number> = { foreign: 0, check: 1, exclude: 2, unique: 3, primary: 4 };

/**
 * Statements that turn the keys, indexes and nullability of every table present in both states
 * from `after` back to `before`. Phases run across all tables so foreign keys are dropped before
 * the keys they point at and re-added after them.
 */
export function restoreKeysAndIndexes(before: Schema, after: Schema, out: Script, opts: { concurrently?: boolean } = {}): void {
  const d = before.dialect;
  const dropFks: string[] = [];
  const drops: string[] = [];
  const nulls: string[] = [];
  const addKeys: string[] = [];
  const addIndexes: string[] = [];
  const addLater: { kind: NamedConstraint['kind']; sql: string }[] = [];
  for (const [key, tA] of before.tables) {
    const tB = after.tables.get(key);
    // The same object in both states (a fork shares what an operation left alone): nothing changed.
    if (!tB || tB === tA) continue;
    const keyedA = keyedBefore(tA, d);
    const consA = keyedA.cons;
    const consB = keyedConstraints(tB, d);
    const appeared = missingFrom(consB, consA).sort((x, y) => ORDER[x.item.kind] - ORDER[y.item.kind]);
    const vanished = missingFrom(consA, consB);
    const appearedNames = new Set(appeared.map((c) => nameKey(c.item.name, d)));
    const vanishedNames = new Set(vanished.map((c) => nameKey(c.item.name, d)));
    for (const c of appeared) (c.item.kind === 'foreign' ? dropFks : drops).push(dropConstraintSql(tB, c.item, d));
    const idxB = keyedIndexes(tB, d);
    for (const { item: i } of missingFrom(idxB, keyedA.idx)) {
      // A key's index goes with the key.
      if (isKeyIndex(tB, i, d) && appearedNames.has(nameKey(i.constraint!, d))) continue;
      drops.push(dropIndexSql(tB, i.name, d, opts));
    }
    for (const colA of tA.columns) {
      const colB = findColumn(tB, colA.name, d);
      if (colB && colB.nullable !== colA.nullable) nulls.push(nullabilitySql(tA, colA, d));
    }
    for (const c of vanished) {
      const sql = addConstraintSql(tA, c.item, d);
      if (c.item.kind === 'primary' || c.item.kind === 'unique' || c.item.kind === 'exclude') addKeys.push(sql);
      else addLater.push({ kind: c.item.kind, sql });
    }
    for (const { item: i } of missingFrom(keyedA.idx, idxB)) {
      if (isKeyIndex(tA, i, d) && vanishedNames.has(nameKey(i.constraint!, d))) continue;
      addIndexes.push(createIndexSql(tA, i, d, opts));
    }
  }
  addLater.sort((x, y) => ORDER[x.kind] - ORDER[y.kind]);
  for (const s of [...dropFks, ...drops, ...nulls, ...addKeys, ...addIndexes, ...addLater.map((x) => x.sql)]) out.sql(s);
}

/**
 * Full CREATE TABLE (with indexes) for tables that are gone, each after its data-loss comment.
 * One table keeps its foreign keys inline; several are created first and linked after, so the
 * order among them does not matter.
 */
export function recreateTables(tables: Table[], d: Dialect, out: Script): void {
  const several = tables.length > 1;
  for (const t of tables) {
    const name = qnameKey(t.name);
    if (!t.columns.length) {
      out.loss(`cannot recreate ${name}: its definition is unknown to the replayed migrations; restore it from backup`);
      continue;
    }
    out.dataLoss(name);
    if (t.partial) out.loss(`${name} was not created by the replayed migrations: only the columns and keys later statements showed are recreated`);
    for (const s of tableDdl(t, d, { foreignKeys: !several })) out.sql(s);
    if (t.partitionOf) {
      out.comment(`${name} was a partition of ${qnameKey(t.partitionOf)}: attach it again with ALTER TABLE ${qnameSql(t.partitionOf, d)} ATTACH PARTITION ${qnameSql(t.name, d)} FOR VALUES …; its bounds are not modeled`);
    }
  }
  if (!several) return;
  for (const t of tables) for (const c of t.constraints) if (c.kind === 'foreign') out.sql(addConstraintSql(t, c, d));
}
