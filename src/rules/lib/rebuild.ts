import type { Column, Table } from '../../model/schema.js';
import { findColumn } from '../../model/schema.js';
import type { RuleContext } from '../rule.js';
import { renamedTo, sameTable } from './origin.js';
import { tableBefore, type ReviewedOf } from './reviewed.js';

export interface Rebuild {
  /** The table that takes the dropped one's place, as it stood just before the rename. */
  replacement: Table;
  /** Rows were copied into the replacement (INSERT INTO new … SELECT) before the drop. */
  copied: boolean;
  /** Columns of the dropped table that the replacement does not have. */
  lostColumns: Column[];
}

/**
 * The table-rebuild pattern SQLite needs for most ALTERs (and Prisma writes for SQLite as
 * "RedefineTables"): create new_x, copy the rows, drop x, rename new_x to x, in one file.
 * The DROP then loses no rows; only columns the new table leaves out are gone.
 */
export function rebuildOf(ctx: RuleContext, r: ReviewedOf<'drop_table'>): Rebuild | undefined {
  const d = ctx.target.dialect;
  const old = tableBefore(r, r.op.table);
  if (!old) return undefined;
  const later = ctx.ops.filter((o) => o.file === r.file && o.position > r.position);
  const rename = later.find((o) => o.op.kind === 'rename_table' && sameTable(renamedTo(o.op.table, o.op.newName), r.op.table, d));
  if (!rename || rename.op.kind !== 'rename_table') return undefined;
  const replacement = tableBefore(rename, rename.op.table);
  if (!replacement) return undefined;
  const source = rename.op.table;
  const copied = r.fileOps.slice(0, r.position).some((o) => o.kind === 'data_change' && o.verb === 'insert' && sameTable(o.table, source, d));
  const lostColumns = old.columns.filter((c) => !findColumn(replacement, c.name, d));
  return { replacement, copied, lostColumns };
}
