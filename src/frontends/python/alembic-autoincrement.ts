import type { ColumnDef } from '../../model/operation.js';

/**
 * What SQLAlchemy reads of a Column to pick the table's autoincrement column
 * (`PrimaryKeyConstraint._autoincrement_column`, autoincrement='auto' by default).
 */
export interface Autoinc {
  /** The `autoincrement=` argument: True, False, 'ignore_fk', or 'auto' when not given. */
  flag: boolean | 'auto' | 'ignore_fk';
  /** An Integer, BigInteger or SmallInteger column. */
  integer: boolean;
  foreignKey: boolean;
  serverDefault: boolean;
  /** A Python-side `default=`. */
  pythonDefault: boolean;
}

/**
 * The column SQLAlchemy renders SERIAL / AUTO_INCREMENT, given the primary key's columns, however
 * the key was written (`primary_key=True` or a separate `sa.PrimaryKeyConstraint('id')`):
 * - a one-column key is autoincrement unless `autoincrement=False`; with 'auto' (the default) only
 *   an integer column without a foreign key (unless 'ignore_fk'), server default or Python default;
 * - in a composite key only a column with `autoincrement=True` is.
 * Undefined when no column is. PostgreSQL also skips SERIAL when the column has a Python default.
 */
export function autoincrementColumn(key: readonly ColumnDef[], info: ReadonlyMap<ColumnDef, Autoinc>, postgresql: boolean): ColumnDef | undefined {
  const pick = (c: ColumnDef | undefined) => (c && postgresql && info.get(c)?.pythonDefault ? undefined : c);
  if (key.length === 1) {
    const c = key[0];
    const a = info.get(c);
    if (!a || !a.integer) return undefined;
    if (a.flag === true) return pick(c);
    if (a.flag === false) return undefined;
    if (a.serverDefault || a.pythonDefault) return undefined;
    if (a.foreignKey && a.flag !== 'ignore_fk') return undefined;
    return pick(c);
  }
  return pick(key.find((c) => info.get(c)?.flag === true && info.get(c)?.integer));
}
