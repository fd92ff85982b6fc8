import { escapeRegExp } from '../../model/regex.js';
import type { QName } from '../../model/operation.js';
import type { Column, Table } from '../../model/schema.js';
import { findColumn } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { renamedTo, sameTable } from './origin.js';
import { tableBefore, type ReviewedOf } from './reviewed.js';
import { opsInFile } from './op-positions.js';

export interface Rebuild {
  /** The table that takes the dropped one's place, as it stood just before the drop or the rename. */
  replacement: Table;
  /** Rows were copied into the replacement (INSERT INTO new … SELECT) before the drop. */
  copied: boolean;
  /** The replacement existed before this pull request (it may already hold rows copied by an earlier migration). */
  replacementExisted: boolean;
  /** Columns of the dropped table that the replacement does not have. */
  lostColumns: Column[];
  /**
   * Where the rebuild of `table` starts and ends in the file, and the table that holds the rows
   * in between (new_x, x_old, the backup); absent when the rebuild began in an earlier file.
   * The rollback stage undoes the steps as one.
   */
  steps?: { table: QName; first: ReviewedOp; last: ReviewedOp; via: QName };
}

/** What recognising a rebuild needs of the context; the rollback stage has no RuleContext. */
export type RebuildScope = Pick<RuleContext, 'target' | 'ops' | 'existedAtBase'>;

/**
 * The table-rebuild patterns SQLite needs for most ALTERs, in one file:
 * - create new_x, copy the rows, drop x, rename new_x to x (what Prisma writes as "RedefineTables");
 * - rename x to x_old, create x again, copy the rows from x_old, drop x_old (`r` drops x_old).
 * The DROP then loses no rows; only columns the new table leaves out are gone.
 */
export function rebuildOf(ctx: RebuildScope, r: ReviewedOf<'drop_table'>): Rebuild | undefined {
  return swappedIn(ctx, r) ?? renamedAway(ctx, r) ?? copiedOutAndBack(ctx, r);
}

/**
 * x's rows are copied in full into a backup table, x is dropped, created again and refilled
 * from the backup, all in one file (Authelia's SQLite migrations do this).
 */
function copiedOutAndBack(ctx: RebuildScope, r: ReviewedOf<'drop_table'>): Rebuild | undefined {
  const d = ctx.target.dialect;
  const old = tableBefore(r, r.op.table);
  const out = copiedOut(ctx, r);
  if (!old || !out) return undefined;
  const later = opsInFile(ctx, r.file).filter((o) => o.position > r.position);
  const create = later.find((o) => o.op.kind === 'create_table' && sameTable(o.op.table, r.op.table, d));
  if (!create) return undefined;
  const back = later.find((o) => o.position > create.position && o.op.kind === 'data_change' && o.op.verb === 'insert' && sameTable(o.op.table, r.op.table, d) && selectsFrom(o.op.stmt.text, out.into));
  const replacement = back && tableBefore(back, r.op.table);
  if (!back || !replacement) return undefined;
  const lostColumns = old.columns.filter((c) => !findColumn(replacement, c.name, d));
  const copy = opsInFile(ctx, r.file).find((o) => o.position === out.position);
  const steps = copy && { table: r.op.table, first: copy, last: back, via: out.into };
  return { replacement, copied: true, replacementExisted: false, lostColumns, steps };
}

/**
 * Every row of the dropped table was copied into another table earlier in the file
 * (`INSERT INTO y … SELECT … FROM x` with no WHERE): the data lives on in y.
 */
export function copiedOut(ctx: RebuildScope, r: ReviewedOf<'drop_table'>): { into: QName; line: number; position: number } | undefined {
  const d = ctx.target.dialect;
  for (let i = r.position - 1; i >= 0; i--) {
    const o = r.fileOps[i];
    if (o.kind !== 'data_change' || o.verb !== 'insert' || sameTable(o.table, r.op.table, d)) continue;
    const at = selectFromIndex(o.stmt.text, r.op.table);
    if (at >= 0 && !/\bwhere\b|\blimit\b/i.test(o.stmt.text.slice(at))) return { into: o.table, line: o.stmt.line, position: i };
  }
  return undefined;
}

function swappedIn(ctx: RebuildScope, r: ReviewedOf<'drop_table'>): Rebuild | undefined {
  const d = ctx.target.dialect;
  const old = tableBefore(r, r.op.table);
  if (!old) return undefined;
  const later = opsInFile(ctx, r.file).filter((o) => o.position > r.position);
  const rename = later.find((o) => o.op.kind === 'rename_table' && sameTable(renamedTo(o.op.table, o.op.newName), r.op.table, d));
  if (!rename || rename.op.kind !== 'rename_table') return undefined;
  const replacement = tableBefore(rename, rename.op.table);
  if (!replacement) return undefined;
  const source = rename.op.table;
  const copied = r.fileOps.slice(0, r.position).some((o) => o.kind === 'data_change' && o.verb === 'insert' && sameTable(o.table, source, d));
  const lostColumns = old.columns.filter((c) => !findColumn(replacement, c.name, d));
  const create = opsInFile(ctx, r.file).filter((o) => o.position < r.position && o.op.kind === 'create_table' && sameTable(o.op.table, source, d)).pop();
  const steps = create && { table: r.op.table, first: create, last: rename, via: source };
  return { replacement, copied, replacementExisted: ctx.existedAtBase(source), lostColumns, steps };
}

/** `r` drops x_old after x was renamed to x_old, created again and refilled from x_old, earlier in the file. */
function renamedAway(ctx: RebuildScope, r: ReviewedOf<'drop_table'>): Rebuild | undefined {
  const d = ctx.target.dialect;
  const old = tableBefore(r, r.op.table);
  if (!old) return undefined;
  const earlier = opsInFile(ctx, r.file).filter((o) => o.position < r.position);
  const rename = [...earlier].reverse().find((o) => o.op.kind === 'rename_table' && sameTable(renamedTo(o.op.table, o.op.newName), r.op.table, d));
  if (!rename || rename.op.kind !== 'rename_table') return undefined;
  const original = rename.op.table;
  const between = earlier.filter((o) => o.position > rename.position);
  const created = between.some((o) => o.op.kind === 'create_table' && sameTable(o.op.table, original, d));
  const replacement = tableBefore(r, original);
  if (!created || !replacement) return undefined;
  const copied = between.some((o) => o.op.kind === 'data_change' && o.op.verb === 'insert' && sameTable(o.op.table, original, d) && selectsFrom(o.op.stmt.text, r.op.table));
  const lostColumns = old.columns.filter((c) => !findColumn(replacement, c.name, d));
  return { replacement, copied, replacementExisted: false, lostColumns, steps: { table: original, first: rename, last: r, via: r.op.table } };
}

/**
 * The rename of `r` (x → x_old) is the first step of a rebuild of x in the same file: x is
 * created again and refilled from x_old. The name x never stops existing for long.
 */
export function rebuildRename(ctx: RebuildScope, r: ReviewedOf<'rename_table'>): boolean {
  const d = ctx.target.dialect;
  const bkp = renamedTo(r.op.table, r.op.newName);
  const later = opsInFile(ctx, r.file).filter((o) => o.position > r.position);
  const create = later.find((o) => o.op.kind === 'create_table' && sameTable(o.op.table, r.op.table, d));
  if (!create) return false;
  return later.some((o) => o.position > create.position && o.op.kind === 'data_change' && o.op.verb === 'insert' && sameTable(o.op.table, r.op.table, d) && selectsFrom(o.op.stmt.text, bkp));
}

/**
 * A DO block (or other statement Migra does not model) earlier in the file reads the dropped
 * table and inserts rows somewhere: the table's data is probably migrated by code Migra cannot
 * follow. Its line, if so.
 */
export function readByOpaqueCode(r: ReviewedOf<'drop_table'>): number | undefined {
  const block = r.fileOps.slice(0, r.position).find((o) => o.kind === 'other' && /^\s*do\b/i.test(o.stmt.text) && /\binsert\s+into\b/i.test(o.stmt.text) && selectsFrom(o.stmt.text, r.op.table));
  return block?.stmt.line;
}

/** The statement reads from the table: `… FROM x`, `… JOIN x` (quoted or not, schema-qualified or not). */
export function selectsFrom(text: string, table: QName): boolean {
  return selectFromIndex(text, table) >= 0;
}

function selectFromIndex(text: string, table: QName): number {
  const name = `(?:"${escapeRegExp(table.name)}"|\`${escapeRegExp(table.name)}\`|${escapeRegExp(table.name)})`;
  const schema = table.schema ? `(?:(?:"${escapeRegExp(table.schema)}"|\`${escapeRegExp(table.schema)}\`|${escapeRegExp(table.schema)})\\s*\\.\\s*)?` : `(?:[\\w"\`]+\\s*\\.\\s*)?`;
  return text.search(new RegExp(`\\b(?:from|join)\\s+${schema}${name}(?![\\w$])`, 'i'));
}

