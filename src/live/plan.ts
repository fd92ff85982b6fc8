import type { Dialect } from '../model/dialect.js';
import type { LocatedOp, QName } from '../model/operation.js';
import { findColumn, tableKey, type Schema, type Table } from '../model/schema.js';
import { misfitTest, type MisfitTest } from '../knowledge/type-fit.js';

/**
 * What to read for each operation under review: the size of the table it works on, and the
 * checks that decide whether it can succeed on the data (duplicates under a new unique key, NULLs
 * under NOT NULL, orphans under a foreign key, values a narrower type cannot hold). Pure: the
 * reader (read.ts) turns probes into queries. Only tables and columns that exist at the base
 * commit are probed: what the pull request creates holds no production data.
 */
export type Probe =
  | { kind: 'size'; table: QName }
  | { kind: 'values'; table: QName; column: string }
  | { kind: 'duplicates'; table: QName; columns: string[]; nullsDistinct: boolean }
  | { kind: 'nulls'; table: QName; columns: string[] }
  | { kind: 'rows'; table: QName; why: string }
  | { kind: 'orphans'; table: QName; columns: string[]; ref: QName; refColumns: string[] }
  | { kind: 'misfits'; table: QName; column: string; test: MisfitTest };

/** An operation under review and the schema just before it (a RuleContext's ReviewedOp, minus what the plan does not need). */
export interface PlannedOp {
  op: LocatedOp;
  before: Schema;
}

export interface PlanInput {
  dialect: Dialect;
  ops: readonly PlannedOp[];
  existedAtBase(table: QName): boolean;
  columnExistedAtBase(table: QName, column: string): boolean;
}

export function planProbes(input: PlanInput): Map<LocatedOp, Probe[]> {
  const out = new Map<LocatedOp, Probe[]>();
  for (const r of input.ops) {
    const probes = probesOf(r, input).filter((p) => input.existedAtBase(p.table));
    if (probes.length) out.set(r.op, probes);
  }
  return out;
}

function probesOf(r: PlannedOp, input: PlanInput): Probe[] {
  const op = r.op;
  const d = input.dialect;
  const col = (t: QName, c: string) => input.columnExistedAtBase(t, c) && !!tableOf(r.before, t, d) && !!findColumn(tableOf(r.before, t, d)!, c, d);
  switch (op.kind) {
    case 'drop_table':
    case 'data_change':
      if (op.kind === 'data_change' && (op.verb === 'insert' || op.hasWhere)) return [];
      return [{ kind: 'size', table: op.table }];
    case 'truncate':
      return op.tables.map((table) => ({ kind: 'size' as const, table }));
    case 'drop_column':
      return [{ kind: 'size', table: op.table }, ...(col(op.table, op.column) ? [{ kind: 'values' as const, table: op.table, column: op.column }] : [])];
    case 'create_index': {
      const columns = op.elems.map((e) => e.column);
      const plain = columns.every((c): c is string => c !== undefined) && op.where === undefined;
      const dup = op.unique && plain && columns.every((c) => col(op.table, c));
      return [{ kind: 'size', table: op.table }, ...(dup ? [duplicates(op.table, columns as string[], op.stmt.text)] : [])];
    }
    case 'add_constraint': {
      const c = op.constraint;
      const out: Probe[] = [{ kind: 'size', table: op.table }];
      const known = c.columns.length > 0 && c.columns.every((x) => col(op.table, x));
      if ((c.kind === 'unique' || c.kind === 'primary') && !c.usingIndex && known) out.push(duplicates(op.table, c.columns, op.stmt.text));
      if (c.kind === 'primary' && known) out.push({ kind: 'nulls', table: op.table, columns: c.columns });
      if (c.kind === 'foreign' && !c.notValid && known) out.push(...orphans(r, input, op.table, c));
      return out;
    }
    case 'validate_constraint': {
      const t = tableOf(r.before, op.table, d);
      const c = t?.constraints.find((k) => k.name === op.name);
      const fk = c?.kind === 'foreign' && c.columns.every((x) => col(op.table, x)) ? orphans(r, input, op.table, c) : [];
      return [{ kind: 'size', table: op.table }, ...fk];
    }
    case 'set_not_null':
      return [{ kind: 'size', table: op.table }, ...(col(op.table, op.column) ? [{ kind: 'nulls' as const, table: op.table, columns: [op.column] }] : [])];
    case 'add_column': {
      const c = op.column;
      // PostgreSQL and SQLite give existing rows NULL, which NOT NULL refuses; MySQL fills in the type's implicit default.
      const required = !c.nullable && !c.default && !c.identity && !c.serial && !c.generated && d !== 'mysql' && d !== 'mariadb';
      return [{ kind: 'size', table: op.table }, ...(required ? [{ kind: 'rows' as const, table: op.table, why: `rows that would hold NULL in the new NOT NULL column ${op.column.name}` }] : [])];
    }
    case 'alter_column_type': {
      const before = col(op.table, op.column) ? findColumn(tableOf(r.before, op.table, d)!, op.column, d) : undefined;
      const test = before && !op.using ? misfitTest(before.type, op.type, d) : undefined;
      return [{ kind: 'size', table: op.table }, ...(test ? [{ kind: 'misfits' as const, table: op.table, column: op.column, test }] : [])];
    }
    case 'drop_index': {
      const table = op.table ?? tableOfIndex(r.before, op.name, d);
      return table ? [{ kind: 'size', table }] : [];
    }
    case 'reindex': {
      if (op.target === 'table') return [{ kind: 'size', table: op.name }];
      const table = op.target === 'index' ? tableOfIndex(r.before, op.name, d) : undefined;
      return table ? [{ kind: 'size', table }] : [];
    }
    case 'maintenance':
      return op.table && op.action !== 'analyze' ? [{ kind: 'size', table: op.table }] : [];
    case 'refresh_materialized_view':
      return [{ kind: 'size', table: op.name }];
    case 'detach_partition':
      return [{ kind: 'size', table: op.partition }];
    case 'rename_table':
    case 'rename_column':
    case 'drop_not_null':
    case 'set_default':
    case 'drop_default':
    case 'drop_constraint':
    case 'rename_constraint':
    case 'alter_table_options':
    case 'attach_partition':
      return [{ kind: 'size', table: op.kind === 'attach_partition' ? op.partition : op.table }];
    default:
      return [];
  }
}

/** Rows of `table` whose foreign key finds no referenced row (the referenced key: as written, else its primary key). */
function orphans(r: PlannedOp, input: PlanInput, table: QName, fk: { columns: string[]; references?: { table: QName; columns: string[] } }): Probe[] {
  const ref = fk.references;
  if (!ref || !input.existedAtBase(ref.table)) return [];
  const refColumns = ref.columns.length ? ref.columns : primaryKey(tableOf(r.before, ref.table, input.dialect));
  return refColumns && refColumns.length === fk.columns.length ? [{ kind: 'orphans', table, columns: fk.columns, ref: ref.table, refColumns }] : [];
}

function duplicates(table: QName, columns: string[], text: string): Probe {
  return { kind: 'duplicates', table, columns, nullsDistinct: !/\bnulls\s+not\s+distinct\b/i.test(text) };
}

function tableOf(s: Schema, q: QName, d: Dialect): Table | undefined {
  return s.tables.get(tableKey(q, d));
}

function primaryKey(t: Table | undefined): string[] | undefined {
  return t?.constraints.find((c) => c.kind === 'primary')?.columns;
}

function tableOfIndex(s: Schema, name: QName, d: Dialect): QName | undefined {
  const n = d === 'postgresql' ? name.name : name.name.toLowerCase();
  for (const t of s.tables.values()) {
    if (name.schema && t.name.schema && name.schema !== t.name.schema) continue;
    if (t.indexes.some((i) => (d === 'postgresql' ? i.name : i.name.toLowerCase()) === n)) return t.name;
  }
  return undefined;
}

