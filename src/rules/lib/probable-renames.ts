import { escapeRegExp } from '../../model/regex.js';
import type { Column } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { columnAtBase, sameColumn, sameTable, tableAtBase } from './origin.js';
import { columnBefore, tableBefore, type ReviewedOf } from './reviewed.js';
import { opPositions } from './op-positions.js';
import { sameColumnType } from '../../knowledge/type-change.js';

export interface Side {
  r: ReviewedOf<'drop_column'> | ReviewedOf<'add_column'>;
  name: string;
  column: Pick<Column, 'type'>;
}

export interface ProbableRename {
  drop: Side & { r: ReviewedOf<'drop_column'> };
  add: Side & { r: ReviewedOf<'add_column'> };
  /** An UPDATE in the same file copies the old values into the new column. */
  copied: boolean;
}

/**
 * DROP COLUMN a plus ADD COLUMN b of the same type on one production table in one file, each
 * the only match of the other, with similar names unless the data is copied over: a rename
 * written as a drop and an add.
 */
export function probableRenames(ctx: RuleContext): ProbableRename[] {
  const d = ctx.target.dialect;
  const out: ProbableRename[] = [];
  for (const inFile of opPositions(ctx).byFile.values()) {
    const drops = inFile.filter(isKind('drop_column')).flatMap((r) => {
      const col = columnBefore(r, r.op.table, r.op.column);
      return col && columnAtBase(ctx, r, r.op.table, r.op.column) ? [{ r, name: col.name, column: col }] : [];
    });
    const adds = inFile.filter(isKind('add_column')).flatMap((r) => {
      if (columnBefore(r, r.op.table, r.op.column.name) || !tableBefore(r, r.op.table) || !tableAtBase(ctx, r, r.op.table)) return [];
      return [{ r, name: r.op.column.name, column: r.op.column }];
    });
    const matches = (a: Side, b: Side) =>
      sameTable(a.r.op.table, b.r.op.table, d) && !sameColumn(a.name, b.name, d) && sameColumnType(a.column.type, b.column.type, ctx.target);
    for (const add of adds) {
      let candidates = drops.filter((drop) => matches(drop, add));
      // Several columns of the type are dropped: an UPDATE copying one of them into the new column says which it replaces.
      const copiedFrom = candidates.filter((drop) => copiesData(ctx, inFile, add, drop.name));
      if (candidates.length > 1 && copiedFrom.length === 1) candidates = copiedFrom;
      if (candidates.length !== 1) continue;
      const drop = candidates[0];
      if (adds.filter((a) => matches(drop, a)).length !== 1) continue;
      const copied = copiesData(ctx, inFile, add, drop.name);
      // Without a copy of the data, only similar names make a rename likely (plan → region is not one).
      if (!copied && !similarNames(drop.name, add.name)) continue;
      out.push({ drop, add, copied });
    }
  }
  return out;
}

/** fullname ~ full_name, email ~ email_address, colour ~ color; plan and region are unrelated. */
export function similarNames(a: string, b: string): boolean {
  const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const fa = flat(a);
  const fb = flat(b);
  if (fa.includes(fb) || fb.includes(fa)) return true;
  const words = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  const wb = new Set(words(b));
  if (words(a).some((w) => wb.has(w))) return true;
  return editDistance(fa, fb) <= Math.max(1, Math.floor(Math.min(fa.length, fb.length) / 3));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

function isKind<K extends 'drop_column' | 'add_column'>(kind: K) {
  return (r: ReviewedOp): r is ReviewedOf<K> => r.op.kind === kind;
}

/** An UPDATE of the table in the same file that names both columns copies the old values over. */
function copiesData(ctx: RuleContext, inFile: RuleContext['ops'], add: Side, oldName: string): boolean {
  const d = ctx.target.dialect;
  const word = (name: string) => new RegExp(`(^|[^A-Za-z0-9_$])["\`]?${escapeRegExp(name)}["\`]?([^A-Za-z0-9_$]|$)`, 'i');
  return inFile.some((r) => r.op.kind === 'data_change' && r.op.verb === 'update' && sameTable(r.op.table, add.r.op.table, d)
    && word(add.name).test(r.op.stmt.text) && word(oldName).test(r.op.stmt.text));
}
