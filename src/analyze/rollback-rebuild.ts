import { atLeast, isMysqlFamily, type DbTarget, type Dialect } from '../model/dialect.js';
import { qnameKey, qnameSql, quoteIdent, type Constraint, type QName, sqlString } from '../model/operation.js';
import { tableKey, type Column, type Index, type Schema, type Table } from '../model/schema.js';
import { sameTable } from '../rules/lib/origin.js';
import { classifyTypeChange, showType } from '../knowledge/type-change.js';
import { isSqliteSyntheticName, nameKey, sameName } from '../schema/names.js';
import { addConstraintSql, columnDefSql, constraintSql, createIndexSql, createTableSql, dropConstraintSql, dropIndexSql, isKeyIndex } from '../schema/to-sql.js';
import type { RebuildGroup } from './rebuild-groups.js';
import { recreateTables, Script } from './rollback-restore.js';

/**
 * The inverse of a table rebuild, as one change: when the rebuild only added columns (and the
 * database can drop them in place), ALTER TABLE … DROP COLUMN; otherwise a reverse rebuild that
 * copies the rows back into the table as it was. Undefined when the table before the rebuild is
 * not fully known; the steps are then undone one by one.
 */
export function rebuildInverse(g: RebuildGroup, target: DbTarget): Script | undefined {
  const d = target.dialect;
  const bx = g.before.tables.get(tableKey(g.table, d));
  const ax = g.after.tables.get(tableKey(g.table, d));
  if (!bx || !ax || bx.partial || !bx.columns.length) return undefined;
  const pairs = g.copied ? columnPairs(g, bx, ax, d) : [];
  const out = new Script();
  const added = onlyAdded(g, bx, ax, pairs, target);
  if (added) dropAdded(g, bx, ax, added, d, out);
  else reverseRebuild(g, bx, pairs, target, out);
  restoreVia(g, d, out);
  return out;
}

interface Pair {
  /** The column of the table before the rebuild. */
  to: Column;
  /** The column of the rebuilt table holding its values. */
  from: Column;
}

function columnPairs(g: RebuildGroup, bx: Table, ax: Table, d: Dialect): Pair[] {
  const pairs: Pair[] = [];
  for (const to of bx.columns) {
    const holders = ax.columns.filter((f) => {
      const origin = g.origins.get(nameKey(f.name, d));
      return origin !== undefined && sameName(origin.column, to.name, d);
    });
    const from = holders.find((f) => sameName(f.name, to.name, d)) ?? holders[0];
    if (from) pairs.push({ to, from });
  }
  return pairs;
}

/**
 * The columns the rebuild added, when that is all it changed: every old column kept as it was, in
 * its place, the keys the same. SQLite drops a column in place from 3.35 (3.35.5 fixed its bugs;
 * Django waits for it too) and only when no key, index or constraint names it.
 */
function onlyAdded(g: RebuildGroup, bx: Table, ax: Table, pairs: Pair[], target: DbTarget): Column[] | undefined {
  const d = target.dialect;
  if (d === 'sqlite' && !atLeast(target, '3.35.5')) return undefined;
  if (pairs.length !== bx.columns.length) return undefined;
  const kept = ax.columns.filter((c) => pairs.some((p) => p.from === c));
  const added = ax.columns.filter((c) => !kept.includes(c));
  if (!added.length || kept.length !== pairs.length) return undefined;
  const same = kept.every((c, i) => pairs[i].from === c && sameName(c.name, pairs[i].to.name, d) && columnDefSql(c, d) === columnDefSql(pairs[i].to, d));
  if (!same || (d === 'sqlite' && added.some((c) => c.generated))) return undefined;
  const names = [bx.name.name, g.via.name];
  const refs = (s: Schema) => foreignKeysTo(s, bx.name, d).map((r) => `${qnameKey(r.t.name)} ${constraintSql(r.c, d)}`).sort().join('\n');
  return shapes(bx, d, names) === shapes(ax, d, names) && refs(g.before) === refs(g.after) ? added : undefined;
}

/** The table's constraints as DDL; SQLite names replay made up for the table or its copy are left out. */
function shapes(t: Table, d: Dialect, names: string[]): string {
  const text = (c: Constraint & { name: string }) => {
    if (d !== 'sqlite' || !names.some((n) => isSqliteSyntheticName(n, c.name))) return constraintSql(c, d);
    const { name: _synthetic, ...unnamed } = c;
    return constraintSql(unnamed, d);
  };
  return t.constraints.map(text).sort().join('\n');
}

function dropAdded(g: RebuildGroup, bx: Table, ax: Table, added: Column[], d: Dialect, out: Script): void {
  const tname = qnameSql(bx.name, d);
  out.comment(`the rebuild of ${qnameKey(bx.name)} through ${qnameKey(g.via)} only added ${added.map((c) => c.name).join(', ')}: dropping ${added.length > 1 ? 'them' : 'it'} in place undoes it and keeps the rows`);
  rowChanges(g, out);
  // An index on a column stops SQLite from dropping it, so the indexes go first.
  for (const i of indexesMissingFrom(ax, bx, d)) out.sql(dropIndexSql(ax, i.name, d));
  for (const c of added) out.sql(`ALTER TABLE ${tname} DROP COLUMN ${quoteIdent(c.name, d)}`);
  for (const i of indexesMissingFrom(bx, ax, d)) out.sql(createIndexSql(bx, i, d));
}

/** Indexes of `a` (not created by its keys) that `b` lacks or defines differently. */
function indexesMissingFrom(a: Table, b: Table, d: Dialect): Index[] {
  const theirs = new Map(b.indexes.map((i) => [nameKey(i.name, d), createIndexSql(b.name, i, d)]));
  return a.indexes.filter((i) => !isKeyIndex(a, i, d) && theirs.get(nameKey(i.name, d)) !== createIndexSql(a.name, i, d));
}

const ORDER: Record<Constraint['kind'], number> = { primary: 0, unique: 1, exclude: 2, check: 3, foreign: 4 };

/**
 * CREATE TABLE new__x as x was, copy the rows, drop x, rename. Names PostgreSQL keeps per schema
 * (constraints, indexes) and MySQL per database (foreign keys, checks) are still x's while x
 * exists, so those come after the rename; SQLite names constraints only inside the table.
 */
function reverseRebuild(g: RebuildGroup, bx: Table, pairs: Pair[], target: DbTarget, out: Script): void {
  const d = target.dialect;
  const x = bx.name;
  const tname = qnameSql(x, d);
  const tmpSql = qnameSql(tempName(g, x, d), d);
  const copy = pairs.filter((p) => !p.to.generated);
  out.comment(`undoes the rebuild of ${qnameKey(x)} through ${qnameKey(g.via)} with a rebuild back to the table as it was${copy.length ? ', copying the rows' : ''}`);
  const relaxed = explainLosses(g, bx, pairs, copy.length > 0, target, out);
  const shape: Table = { ...bx, columns: bx.columns.map((c) => (relaxed.has(c) ? { ...c, nullable: true } : c)) };
  const later = d === 'sqlite' ? [] : bx.constraints.filter((c) => d === 'postgresql' || c.kind === 'foreign' || c.kind === 'check');
  const refs = { before: foreignKeysTo(g.before, x, d), after: foreignKeysTo(g.after, x, d) };
  const selfRef = bx.constraints.some((c) => c.kind === 'foreign' && c.references && sameTable(c.references.table, x, d));
  const pragmas = d === 'sqlite' && (refs.before.length > 0 || refs.after.length > 0 || selfRef);
  if (pragmas) {
    // DROP TABLE deletes the rows first, which the foreign keys to x would cascade or refuse.
    out.comment('foreign keys are off while the table is swapped: PRAGMA foreign_keys only takes effect outside a transaction');
    out.sql('PRAGMA defer_foreign_keys=ON');
    out.sql('PRAGMA foreign_keys=OFF');
  }
  if (d !== 'sqlite') for (const r of refs.after) out.sql(dropConstraintSql(r.t, r.c, d));
  const create = createTableSql({ ...shape, constraints: shape.constraints.filter((c) => !later.includes(c)), indexes: d === 'postgresql' ? [] : shape.indexes }, d);
  out.sql(`CREATE TABLE ${tmpSql}${create.slice(`CREATE TABLE ${tname}`.length)}`);
  if (copy.length) {
    const overriding = d === 'postgresql' && copy.some((p) => p.to.identity === 'always') ? ' OVERRIDING SYSTEM VALUE' : '';
    out.sql(`INSERT INTO ${tmpSql} (${copy.map((p) => quoteIdent(p.to.name, d)).join(', ')})${overriding} SELECT ${copy.map((p) => quoteIdent(p.from.name, d)).join(', ')} FROM ${tname}`);
  }
  out.sql(`DROP TABLE ${tname}`);
  // Since 3.26 SQLite checks every view and trigger on a rename, and those naming x fail while it is gone.
  if (d === 'sqlite') out.sql('PRAGMA legacy_alter_table=ON');
  out.sql(isMysqlFamily(d) ? `RENAME TABLE ${tmpSql} TO ${tname}` : `ALTER TABLE ${tmpSql} RENAME TO ${quoteIdent(x.name, d)}`);
  if (d === 'sqlite') out.sql('PRAGMA legacy_alter_table=OFF');
  for (const c of [...later].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) out.sql(addConstraintSql(bx, c, d));
  if (!isMysqlFamily(d)) for (const i of bx.indexes) if (!isKeyIndex(bx, i, d)) out.sql(createIndexSql(bx, i, d));
  // The copied ids are past where the new table's sequences start.
  if (d === 'postgresql') for (const { to } of copy) if (to.serial || to.identity) out.sql(`SELECT setval(pg_get_serial_sequence(${sqlString(tname)}, ${sqlString(to.name)}), max(${quoteIdent(to.name, d)})) FROM ${tname}`);
  if (d !== 'sqlite') for (const r of refs.before) if (g.after.tables.has(tableKey(r.t.name, d))) out.sql(addConstraintSql(r.t, r.c, d));
  if (g.triggers.length) out.comment(`triggers are not modelled: these are the ones the migration created again on ${qnameKey(x)} after its rebuild`);
  for (const t of g.triggers) out.sql(t);
  if (pragmas) {
    out.sql('PRAGMA foreign_keys=ON');
    out.sql('PRAGMA defer_foreign_keys=OFF');
  }
}

/**
 * Comments on what the copy back cannot restore; the columns that come back without values and
 * so cannot be NOT NULL while the copied rows have none.
 */
function explainLosses(g: RebuildGroup, bx: Table, pairs: Pair[], copying: boolean, target: DbTarget, out: Script): Set<Column> {
  const x = bx.name;
  const lost = bx.columns.filter((c) => !pairs.some((p) => p.to === c) && !c.generated);
  rowChanges(g, out);
  if (!g.copied) out.loss(`the rebuild did not copy the rows of ${qnameKey(x)}: they cannot be restored by this script; restore from backup`);
  else if (lost.length) out.dataLoss(lost.map((c) => `${qnameKey(x)}.${c.name}`).join(', '));
  const relaxed = new Set(copying ? lost.filter((c) => !c.nullable && !c.default && !c.identity && !c.serial) : []);
  for (const c of relaxed) out.comment(`${c.name} was NOT NULL without a default: it comes back nullable`);
  noteChanges(g, x, pairs, target, out);
  return relaxed;
}

/** UPDATE or DELETE between the steps changed rows the copy back cannot restore. */
function rowChanges(g: RebuildGroup, out: Script): void {
  for (const m of g.members) {
    if (m.op.kind !== 'data_change' || m.op.verb === 'insert') continue;
    out.loss(`rows ${m.op.verb === 'update' ? 'changed by UPDATE of' : 'removed by DELETE from'} ${qnameKey(m.op.table)} during the rebuild cannot be restored by this script; restore from backup`);
  }
}


/** What copying a column back cannot undo: values a narrowing conversion changed, NULLs a NOT NULL column refuses. */
function noteChanges(g: RebuildGroup, x: QName, pairs: Pair[], target: DbTarget, out: Script): void {
  for (const { to, from } of pairs) {
    const expr = g.origins.get(nameKey(from.name, target.dialect))?.expr;
    if (expr) out.loss(`the rebuild filled ${qnameKey(x)}.${from.name} with ${expr}: its values come back as that made them`);
    const change = classifyTypeChange(to.type, from.type, target);
    const reason = change.narrowing ?? change.lossy;
    if (reason) out.loss(`changing ${qnameKey(x)}.${to.name} from ${showType(to.type)} to ${showType(from.type)} may have changed values (${reason}); copying them back cannot restore them`);
    if (to.nullable || !from.nullable || to.generated) continue;
    out.comment(`${to.name} was NOT NULL: the copy fails if NULLs were written to ${from.name} since`);
    out.notes.push(`fails if NULLs were written to ${qnameKey(x)}.${from.name} since`);
  }
}

/** new__x, or the first free name after it. */
function tempName(g: RebuildGroup, x: QName, d: Dialect): QName {
  const taken = (name: string) => [g.before, g.after].some((s) => s.tables.has(tableKey({ ...x, name }, d)));
  let name = `new__${x.name}`;
  for (let n = 1; taken(name); n++) name = `new__${x.name}_${n}`;
  return { ...x, name };
}

function foreignKeysTo(s: Schema, x: QName, d: Dialect): { t: Table; c: Constraint & { name: string } }[] {
  const out: { t: Table; c: Constraint & { name: string } }[] = [];
  for (const t of s.tables.values()) {
    if (sameTable(t.name, x, d)) continue;
    for (const c of t.constraints) if (c.kind === 'foreign' && c.references && sameTable(c.references.table, x, d)) out.push({ t, c });
  }
  return out;
}

/** The table that held the rows in between: dropped if the rebuild made it, made again if it dropped one that existed. */
function restoreVia(g: RebuildGroup, d: Dialect, out: Script): void {
  const key = tableKey(g.via, d);
  const before = g.before.tables.get(key);
  const after = g.after.tables.get(key);
  if (after && !before) out.sql(`DROP TABLE ${qnameSql(after.name, d)}`);
  else if (before && !after) recreateTables([before], d, out);
}
