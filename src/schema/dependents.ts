import { escapeRegExp } from '../model/regex.js';
import { isMysqlFamily } from '../model/dialect.js';
import { qnameKey, type QName } from '../model/operation.js';
import type { Index, Table } from '../model/schema.js';
import { cloneQName, writableTable } from './clone.js';
import { describeFks, foreignKeysTo, removeConstraint, removeIndex } from './constraints.js';
import { exprMentions, renameInExpr } from './expr.js';
import { sameName } from './names.js';
import type { ReplayCx } from './replay-context.js';

/**
 * What the database does to dependent objects when a column or table goes away or is renamed.
 * Later rules read indexes and foreign keys from the model, so stale ones would make them wrong.
 */

function indexUses(cx: ReplayCx, idx: Index, col: string): { plain: boolean; other: boolean } {
  const plain = idx.elems.some((e) => e.column !== undefined && sameName(e.column, col, cx.d));
  const other =
    idx.elems.some((e) => e.expr !== undefined && exprMentions(e.expr, col, cx.d)) ||
    (idx.include ?? []).some((c) => sameName(c, col, cx.d)) ||
    (idx.where !== undefined && exprMentions(idx.where, col, cx.d));
  return { plain, other };
}

/**
 * After DROP COLUMN: PostgreSQL and SQLite drop every index and constraint of the table that
 * uses the column; MySQL removes the column from multi-column indexes and drops an index only
 * when no column is left. Foreign keys elsewhere that reference the column go too (PostgreSQL
 * wants CASCADE for that).
 */
export function dropColumnDependents(cx: ReplayCx, t: Table, col: string, cascade: boolean): void {
  const mysql = isMysqlFamily(cx.d);
  for (const idx of [...t.indexes]) {
    const use = indexUses(cx, idx, col);
    if (!use.plain && !use.other) continue;
    if (mysql && !use.other) {
      idx.elems = idx.elems.filter((e) => e.column === undefined || !sameName(e.column, col, cx.d));
      if (idx.elems.length) {
        const c = idx.constraint ? t.constraints.find((k) => sameName(k.name, idx.constraint!, cx.d)) : undefined;
        if (c && c.kind !== 'foreign') c.columns = idx.elems.flatMap((e) => (e.column ? [e.column] : []));
        continue;
      }
    }
    removeIndex(cx, t, idx, true, false);
  }
  for (const c of [...t.constraints]) {
    if (!t.constraints.includes(c)) continue;
    const uses = c.columns.some((x) => sameName(x, col, cx.d)) || (c.expr !== undefined && exprMentions(c.expr, col, cx.d));
    if (uses) removeConstraint(cx, t, c, true);
  }
  const refs = foreignKeysTo(cx, t, (cols) => cols.some((x) => sameName(x, col, cx.d)));
  for (const [u, fk] of refs) u.constraints = u.constraints.filter((k) => k !== fk);
  const outside = refs.filter(([u]) => u !== t);
  if (outside.length && !cascade && cx.d === 'postgresql') {
    cx.issue(`PostgreSQL refuses to drop column ${col} without CASCADE while ${describeFks(outside)} reference it; modeled as dropping them too`);
  }
}

/** RENAME COLUMN: the database follows the column in indexes, constraints, foreign keys and generated columns. */
export function renameColumnReferences(cx: ReplayCx, t: Table, from: string, to: string): void {
  const rename = (x: string) => (sameName(x, from, cx.d) ? to : x);
  for (const idx of t.indexes) {
    idx.elems = idx.elems.map((e) => {
      if (e.column !== undefined) return { ...e, column: rename(e.column) };
      return e.expr !== undefined ? { ...e, expr: renameInExpr(e.expr, from, to, cx.d) } : e;
    });
    if (idx.include) idx.include = idx.include.map(rename);
    if (idx.where !== undefined) idx.where = renameInExpr(idx.where, from, to, cx.d);
  }
  for (const c of t.constraints) {
    c.columns = c.columns.map(rename);
    if (c.expr !== undefined) c.expr = renameInExpr(c.expr, from, to, cx.d);
  }
  // Only the foreign keys that name the column change (the others would be copied and indexed again for nothing).
  for (const [, fk] of foreignKeysTo(cx, t, (cols) => cols.some((x) => sameName(x, from, cx.d)))) fk.references!.columns = fk.references!.columns.map(rename);
  for (const col of t.columns) {
    if (col.generated) col.generated = { ...col.generated, expr: renameInExpr(col.generated.expr, from, to, cx.d) };
  }
}

/**
 * RENAME TABLE: foreign keys and partitions follow the table. MySQL also renames the foreign key
 * and check names it generated (`<old>_ibfk_1` → `<new>_ibfk_1`).
 */
export function renameTableReferences(cx: ReplayCx, t: Table, oldName: QName, oldKey: string): void {
  const newName = t.name;
  const retarget = (q: QName): QName => {
    const schemaMoved = (q.schema ?? oldName.schema) !== newName.schema;
    return schemaMoved || q.schema !== undefined ? cloneQName(newName) : { name: newName.name };
  };
  const refersToOld = (c: Table['constraints'][number]) => c.kind === 'foreign' && !!c.references && cx.key(c.references.table) === oldKey;
  for (const found of [...cx.s.tables.values()]) {
    const partition = !!found.partitionOf && cx.key(found.partitionOf) === oldKey;
    if (!partition && !found.constraints.some(refersToOld)) continue;
    const u = writableTable(cx.s, found);
    for (const c of u.constraints) if (refersToOld(c)) c.references!.table = retarget(c.references!.table);
    if (u.partitionOf && cx.key(u.partitionOf) === oldKey) u.partitionOf = retarget(u.partitionOf);
  }
  if (cx.d === 'sqlite') {
    // SQLite names a key's index after its table, and renames it with the table.
    const prefix = `sqlite_autoindex_${oldName.name}_`;
    for (const idx of t.indexes) {
      if (idx.name.toLowerCase().startsWith(prefix.toLowerCase())) idx.name = `sqlite_autoindex_${newName.name}_${idx.name.slice(prefix.length)}`;
    }
  }
  if (!isMysqlFamily(cx.d)) return;
  const generated = new RegExp(`^${escapeRegExp(oldName.name)}_(ibfk|chk)_(\\d+)$`, 'i');
  for (const c of t.constraints) {
    const m = c.name.match(generated);
    if (!m) continue;
    const renamed = `${newName.name}_${m[1]}_${m[2]}`;
    for (const idx of t.indexes) if (idx.constraint === c.name) idx.constraint = renamed;
    c.name = renamed;
  }
}

/**
 * DROP TABLE. PostgreSQL drops the partitions with a partitioned table, and the foreign keys
 * that point at it (CASCADE; without it the statement fails, so the model, which must have
 * missed that they were dropped, drops them anyway). MySQL ignores CASCADE and, with
 * FOREIGN_KEY_CHECKS=0, leaves such foreign keys dangling, as does SQLite; so do we.
 */
export function dropTable(cx: ReplayCx, t: Table, cascade: boolean): void {
  const key = cx.key(t.name);
  cx.s.tables.delete(key);
  if (cx.d !== 'postgresql') return;
  if (cascade) dropReadingViews(cx, key);
  for (const part of [...cx.s.tables.values()]) {
    if (part.partitionOf && cx.key(part.partitionOf) === key) dropTable(cx, part, true);
  }
  const refs = foreignKeysTo(cx, t, () => true);
  for (const [u, fk] of refs) u.constraints = u.constraints.filter((k) => k !== fk);
  if (refs.length && !cascade) {
    cx.issue(`PostgreSQL refuses to drop ${qnameKey(t.name)} without CASCADE while ${describeFks(refs)} reference it; modeled as dropping them too`);
  }
}

/**
 * DROP … CASCADE on PostgreSQL: the views (plain and materialized) whose query reads the dropped
 * relation go too, and the views reading those, and so on.
 */
export function dropReadingViews(cx: ReplayCx, droppedKey: string): void {
  for (const [k, v] of [...cx.s.views]) {
    if (!cx.s.views.has(k) || !v.reads?.some((r) => cx.key(r) === droppedKey)) continue;
    cx.s.views.delete(k);
    dropReadingViews(cx, k);
  }
}

/** RENAME of a table or view: views read it by identity, so their reads follow the new name. */
export function renameInViewReads(cx: ReplayCx, oldKey: string, newName: QName): void {
  for (const [k, v] of cx.s.views) {
    if (!v.reads?.some((r) => cx.key(r) === oldKey)) continue;
    cx.s.views.set(k, { ...v, reads: v.reads.map((r) => (cx.key(r) === oldKey ? cloneQName(newName) : r)) });
  }
}
