import { escapeRegExp } from '../../model/regex.js';
import { isMysqlFamily, type Dialect } from '../../model/dialect.js';
import type { ColumnDef, Constraint, QName } from '../../model/operation.js';
import { sameType, type SqlType } from '../../model/sql-type.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { sameColumn, sameTable } from './origin.js';
import { andList } from './prose.js';
import { columnBefore, shown, tableBefore } from './reviewed.js';

/** A column whose type this pull request chose: created by CREATE TABLE or ADD COLUMN, or given a new type. */
export interface WrittenColumn {
  r: ReviewedOp;
  table: QName;
  name: string;
  type: SqlType;
  /** The whole definition, for CREATE TABLE and ADD COLUMN (absent for ALTER COLUMN TYPE). */
  def?: ColumnDef;
  /** The table-level constraints of the CREATE TABLE that defines the column. */
  tableConstraints?: Constraint[];
}

/**
 * Every column type the pull request writes. Columns of the base schema that it leaves alone
 * are never judged: the hygiene rules are about choices made in this change. No-ops are left
 * out (CREATE TABLE / ADD COLUMN IF NOT EXISTS of something that exists, MySQL MODIFY that
 * restates the type it had), and so is what never reaches production (temporary tables,
 * tables and columns the pull request drops again).
 */
export function writtenColumns(ctx: RuleContext): WrittenColumn[] {
  const out: WrittenColumn[] = [];
  ctx.ops.forEach((r, i) => {
    const op = r.op;
    if (op.kind === 'create_table') {
      if ((op.ifNotExists && tableBefore(r, op.table)) || op.temporary || droppedLater(ctx, i, op.table)) return;
      for (const def of op.columns) out.push({ r, table: op.table, name: def.name, type: def.type, def, tableConstraints: op.constraints });
    } else if (op.kind === 'add_column') {
      if ((op.ifNotExists && columnBefore(r, op.table, op.column.name)) || droppedLater(ctx, i, op.table, op.column.name)) return;
      out.push({ r, table: op.table, name: op.column.name, type: op.column.type, def: op.column });
    } else if (op.kind === 'alter_column_type') {
      const prev = columnBefore(r, op.table, op.column);
      if ((prev && sameType(prev.type, op.type)) || droppedLater(ctx, i, op.table, op.column)) return;
      out.push({ r, table: op.table, name: op.column, type: op.type });
    }
  });
  return out;
}

/** A later statement of the pull request drops the table (or the column) again. */
function droppedLater(ctx: RuleContext, index: number, table: QName, column?: string): boolean {
  const d = ctx.target.dialect;
  return ctx.ops.slice(index + 1).some(({ op }) => (op.kind === 'drop_table' && sameTable(op.table, table, d)) || (column !== undefined && op.kind === 'drop_column' && sameTable(op.table, table, d) && sameColumn(op.column, column, d)));
}

/** The columns grouped by the statement that writes them, in file order: one finding per statement. */
export function byStatement(cols: readonly WrittenColumn[]): WrittenColumn[][] {
  const groups = new Map<string, WrittenColumn[]>();
  for (const c of cols) {
    const key = `${c.r.op.stmt.file}\0${c.r.op.stmt.index}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

/** `orders.created_at`, `orders.created_at and orders.updated_at`, `a, b and c`. */
export function columnList(cols: readonly WrittenColumn[]): string {
  return andList(cols.map((c) => `${shown(c.table)}.${c.name}`));
}

/** "is" or "are", to agree with columnList. */
export function isAre(cols: readonly unknown[]): string {
  return cols.length === 1 ? 'is' : 'are';
}

/**
 * The statement with the written type of each column replaced by `newType` (given as it
 * should be written: see sameCase), and a trailing `;`, for
 * columns defined by CREATE TABLE / ADD COLUMN in SQL. Undefined unless every type is found
 * exactly once right after its column's name, or when `newType` declines one.
 */
export function rewriteColumnTypes(cols: readonly WrittenColumn[], newType: (c: WrittenColumn) => string | undefined): string | undefined {
  const first = cols[0];
  if (!first || first.r.file.language !== 'sql') return undefined;
  const text = first.r.op.stmt.text;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const c of cols) {
    if (!c.def) return undefined;
    const replacement = newType(c);
    if (replacement === undefined) return undefined;
    const at = locateType(text, c.name, c.type.raw, first.r.before.dialect);
    if (!at) return undefined;
    edits.push({ ...at, text: replacement });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return `${out};`;
}

/** Where the type written after the column name sits in the statement, if it appears exactly once. */
function locateType(text: string, column: string, raw: string, dialect: Dialect): { start: number; end: number } | undefined {
  if (!raw.trim()) return undefined;
  const name = escapeRegExp(column);
  const quoted = isMysqlFamily(dialect) ? `\`${column.replace(/`/g, '``')}\`` : `"${column.replace(/"/g, '""')}"`;
  const type = escapeRegExp(raw.trim()).replace(/ +/g, '\\s+');
  const re = new RegExp(`(^|[\\s,(])(?:${escapeRegExp(quoted)}|${name})\\s+(${type})(?![\\w$(])`, 'gi');
  const found = [...text.matchAll(re)];
  if (found.length !== 1) return undefined;
  const m = found[0];
  const end = m.index + m[0].length;
  return { start: end - m[2].length, end };
}

/** Keep the author's style: an all-capitals type gets a replacement in capitals. */
export function sameCase(written: string, replacement: string): string {
  return /[A-Z]/.test(written) && !/[a-z]/.test(written) ? replacement.toUpperCase() : replacement;
}

/** `[]` per array dimension of the type. */
export function arraySuffix(t: SqlType): string {
  return '[]'.repeat(t.array);
}
