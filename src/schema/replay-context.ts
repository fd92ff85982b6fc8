import type { Dialect } from '../model/dialect.js';
import { qnameKey, type LocatedOp, type QName } from '../model/operation.js';
import { findColumn, tableKey, type Column, type Schema, type Table } from '../model/schema.js';
import { addedTable, cloneQName, writableTable } from './clone.js';
import { settleNameIndex } from './names.js';

/** Something replay could not apply as written; the schema model carries on regardless. */
export interface ReplayIssue {
  op: LocatedOp;
  message: string;
}

/** The state one applyOp() call works on. */
export class ReplayCx {
  readonly issues: ReplayIssue[] = [];
  readonly d: Dialect;

  constructor(
    readonly s: Schema,
    readonly op: LocatedOp,
  ) {
    this.d = s.dialect;
    settleNameIndex(s);
  }

  issue(message: string): void {
    this.issues.push({ op: this.op, message });
  }

  key(q: QName): string {
    return tableKey(q, this.d);
  }

  /** The table, as a copy this schema may change (see writableTable). */
  table(q: QName): Table | undefined {
    const t = this.s.tables.get(this.key(q));
    return t && writableTable(this.s, t);
  }

  /**
   * The table, or a placeholder marked `partial` when no replayed migration created it: the
   * statement ran somewhere, so the table exists, and later statements keep their context
   * (its columns, indexes, "created before this PR"). Reported once, when the placeholder is made.
   */
  tableOrPlaceholder(q: QName): Table {
    const found = this.table(q);
    if (found) return found;
    const t: Table = { name: cloneQName(q), columns: [], constraints: [], indexes: [], partial: true };
    this.s.tables.set(this.key(q), t);
    addedTable(this.s, t);
    this.issue(`table ${qnameKey(q)} was not created by any replayed migration; tracking it from here with only what later statements show`);
    return t;
  }

  /** The column, reporting it when missing from a table whose full definition replay has seen. */
  column(t: Table, name: string, quiet = false): Column | undefined {
    const c = findColumn(t, name, this.d);
    if (!c && !t.partial && !quiet) this.issue(`column ${name} does not exist in ${qnameKey(t.name)}`);
    return c;
  }
}
