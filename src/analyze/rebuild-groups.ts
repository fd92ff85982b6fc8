import { escapeRegExp } from '../model/regex.js';
import type { DbTarget, Dialect } from '../model/dialect.js';
import type { QName } from '../model/operation.js';
import { tableKey, type Schema } from '../model/schema.js';
import { renamedTo, sameTable } from '../rules/lib/origin.js';
import { rebuildOf, selectsFrom, type Rebuild } from '../rules/lib/rebuild.js';
import type { ReviewedOf } from '../rules/lib/reviewed.js';
import type { ReviewedOp } from '../rules/rule.js';
import { cloneSchema } from '../schema/clone.js';
import { nameKey } from '../schema/names.js';
import { applyOp } from '../schema/replay.js';
import { parseCopy } from './copy-columns.js';

/**
 * A table rebuild (create new_x, copy, drop x, rename; or its variants) seen as one change, so
 * the rollback can rebuild x back with its rows instead of undoing the steps one by one, which
 * would recreate x empty.
 */
export interface RebuildGroup {
  /** The rebuilt table; it has the same name before and after. */
  table: QName;
  /** The table that held the rows in between (new_x, x_old, a backup). */
  via: QName;
  /** The operations of the rebuild, in order. Operations between them on other tables are not members. */
  members: ReviewedOp[];
  /** The schema just before the first member and just after the last. */
  before: Schema;
  after: Schema;
  /** Column of the table after (by nameKey) → the column of the table before whose values it holds. */
  origins: Map<string, Holder>;
  /** The rows were copied into the new table. */
  copied: boolean;
  /** CREATE TRIGGER statements the migration ran on the rebuilt table (triggers are not modelled). */
  triggers: string[];
}

/** The rebuilds among `ops` (replay order, several files), each operation in at most one. */
export function rebuildGroups(ops: readonly ReviewedOp[], target: DbTarget): RebuildGroup[] {
  const scope = { target, ops: [...ops], existedAtBase: () => false };
  const taken = new Set<ReviewedOp>();
  const out: RebuildGroup[] = [];
  for (const r of ops) {
    if (r.op.kind !== 'drop_table' || taken.has(r)) continue;
    const rebuild = rebuildOf(scope, r as ReviewedOf<'drop_table'>);
    const g = rebuild?.steps && groupOf(ops, rebuild.steps, rebuild.copied, target.dialect);
    if (!g || g.members.some((m) => taken.has(m))) continue;
    for (const m of g.members) taken.add(m);
    out.push(g);
  }
  return out;
}

type Steps = NonNullable<Rebuild['steps']>;

function groupOf(ops: readonly ReviewedOp[], steps: Steps, copied: boolean, d: Dialect): RebuildGroup | undefined {
  const file = ops.filter((o) => o.file === steps.first.file);
  const i0 = file.indexOf(steps.first);
  const i1 = file.indexOf(steps.last);
  if (i0 < 0 || i1 < i0) return undefined;
  const { table: x, via } = steps;
  const onX = (q: QName) => sameTable(q, x, d);
  const either = (q: QName) => onX(q) || sameTable(q, via, d);
  // A foreign key to x is dropped and added again around the rebuild where the database insists (PostgreSQL, MySQL).
  const touches = (o: ReviewedOp) => tablesOf(o).some(either) || keyTo(o, either);
  let start = i0;
  // Front ends that write one statement as several operations (Django's remake) change x in that statement first.
  while (start > 0 && sameStatement(file[start - 1], steps.first) && touches(file[start - 1])) start--;
  const prev = file[start - 1];
  if (prev?.op.kind === 'create_table' && sameTable(prev.op.table, via, d)) start--;
  let end = i1;
  for (let j = i1 + 1; j < file.length; j++) {
    const o = file[j];
    if (o.op.kind === 'set_setting' || o.op.kind === 'transaction') continue;
    const follows = (sameStatement(o, steps.last) && touches(o)) || (o.op.kind === 'create_index' && onX(o.op.table)) || (o.op.kind === 'drop_table' && sameTable(o.op.table, via, d)) || triggerOn(o, x) || keyTo(o, onX);
    if (!follows) break;
    end = j;
  }
  const members = file.slice(start, end + 1).filter((o) => touches(o) || triggerOn(o, x));
  const first = members[0];
  const last = members[members.length - 1];
  if (!first.before.tables.has(tableKey(x, d))) return undefined;
  const after = cloneSchema(last.before);
  applyOp(after, last.op);
  return {
    table: x,
    via,
    members,
    before: first.before,
    after,
    origins: trackOrigins(first.before, members, d, x),
    copied,
    triggers: members.filter((o) => triggerOn(o, x)).map((o) => o.op.stmt.text.trim().replace(/;\s*$/, '')),
  };
}

function sameStatement(a: ReviewedOp, b: ReviewedOp): boolean {
  return a.file === b.file && a.op.stmt.index === b.op.stmt.index;
}

/** The tables an operation works on. */
function tablesOf(r: ReviewedOp): QName[] {
  const op = r.op;
  switch (op.kind) {
    case 'rename_table':
      return [op.table, renamedTo(op.table, op.newName)];
    case 'truncate':
      return op.tables;
    case 'drop_index': {
      if (op.table) return [op.table];
      const t = [...r.before.tables.values()].find((u) => u.indexes.some((i) => nameKey(i.name, r.before.dialect) === nameKey(op.name.name, r.before.dialect)));
      return t ? [t.name] : [];
    }
    default:
      return 'table' in op && op.table ? [op.table] : [];
  }
}

/** The operation adds or drops a foreign key (of any table) that references a table `to` accepts. */
function keyTo(r: ReviewedOp, to: (q: QName) => boolean): boolean {
  const op = r.op;
  if (op.kind === 'add_constraint') return op.constraint.kind === 'foreign' && !!op.constraint.references && to(op.constraint.references.table);
  if (op.kind !== 'drop_constraint') return false;
  const t = r.before.tables.get(tableKey(op.table, r.before.dialect));
  const c = t?.constraints.find((k) => nameKey(k.name, r.before.dialect) === nameKey(op.name, r.before.dialect));
  return c?.kind === 'foreign' && !!c.references && to(c.references.table);
}

function triggerOn(r: ReviewedOp, x: QName): boolean {
  const text = r.op.stmt.text;
  if (r.op.kind !== 'other' || !/^\s*create\s+(?:temp(?:orary)?\s+)?trigger\b/i.test(text)) return false;
  const esc = escapeRegExp(x.name);
  return new RegExp(`\\bon\\s+(?:[\\w"\`]+\\s*\\.\\s*)?(?:"${esc}"|\`${esc}\`|${esc})(?![\\w$])`, 'i').test(text);
}

export interface Holder {
  /** The column of x before the rebuild. */
  column: string;
  /** The expression the copy filled it with, when not the plain column (coalesce(…), CAST(…)). */
  expr?: string;
}

interface Tracked {
  name: QName;
  /** Column (nameKey) → where its values come from. */
  cols: Map<string, Holder>;
}

/**
 * Follows the values of x's columns through the members: renames, the copy into the new table
 * (by the INSERT's column and select lists when it has them, else by name), drops.
 */
function trackOrigins(before: Schema, members: ReviewedOp[], d: Dialect, x: QName): Map<string, Holder> {
  const key = (q: QName) => tableKey(q, d);
  const tables = new Map<string, Tracked>();
  const bx = before.tables.get(key(x))!;
  tables.set(key(x), { name: bx.name, cols: new Map(bx.columns.map((c) => [nameKey(c.name, d), { column: c.name }])) });
  for (const m of members) {
    const op = m.op;
    const t = 'table' in op && op.table ? tables.get(key(op.table)) : undefined;
    switch (op.kind) {
      case 'rename_table': {
        const to = renamedTo(op.table, op.newName);
        tables.delete(key(op.table));
        if (t) tables.set(key(to), { name: to, cols: t.cols });
        break;
      }
      case 'create_table':
        tables.set(key(op.table), { name: op.table, cols: new Map() });
        break;
      case 'drop_table':
        tables.delete(key(op.table));
        break;
      case 'drop_column':
        t?.cols.delete(nameKey(op.column, d));
        break;
      case 'add_column':
        t?.cols.delete(nameKey(op.column.name, d));
        break;
      case 'rename_column': {
        const from = t?.cols.get(nameKey(op.column, d));
        if (!t || from === undefined) break;
        t.cols.delete(nameKey(op.column, d));
        t.cols.set(nameKey(op.newName, d), from);
        break;
      }
      case 'data_change':
        if (op.verb === 'insert') copyInto(tables, m, d);
        break;
      default:
        break;
    }
  }
  return tables.get(key(x))?.cols ?? new Map();
}

function copyInto(tables: Map<string, Tracked>, m: ReviewedOp, d: Dialect): void {
  if (m.op.kind !== 'data_change') return;
  const target = m.op.table;
  const tk = tableKey(target, d);
  const text = m.op.stmt.text;
  const others = [...tables.entries()].filter(([k]) => k !== tk);
  const isSql = /^\s*insert\b/i.test(text);
  // A front end that models the copy itself (Django's remake) gives no SQL: the copy is by name.
  const source = isSql ? others.find(([, t]) => selectsFrom(text, t.name)) : others.length === 1 ? others[0] : undefined;
  if (!source) return;
  const src = source[1];
  const into = tables.get(tk) ?? { name: target, cols: new Map<string, Holder>() };
  tables.set(tk, into);
  const targetCols = m.before.tables.get(tk)?.columns.map((c) => c.name) ?? [];
  const sourceCols = m.before.tables.get(source[0])?.columns.map((c) => c.name) ?? [];
  const copy = isSql ? parseCopy(text, targetCols, sourceCols) : undefined;
  const byName = () => {
    for (const c of targetCols) {
      const from = src.cols.get(nameKey(c, d));
      if (from !== undefined) into.cols.set(nameKey(c, d), from);
    }
  };
  if (!copy) return byName();
  for (const { to, from } of copy) {
    if (from.kind === 'literal') continue;
    // An expression (CAST, coalesce …) is taken to convert the column of the same name.
    const origin = src.cols.get(nameKey(from.kind === 'column' ? from.name : to, d));
    if (origin) into.cols.set(nameKey(to, d), from.kind === 'expr' ? { column: origin.column, expr: from.text } : origin);
  }
}
