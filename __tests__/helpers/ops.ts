import type { Dialect } from '../../src/model/dialect.js';
import type { ColumnDef, Constraint, ForeignRef, LocatedOp, Operation, OperationKind, OpOf, QName, Statement } from '../../src/model/operation.js';
import { makeType, type SqlType } from '../../src/model/sql-type.js';

/**
 * Hand-built operations for schema and rollback tests, so those tests do not depend on a
 * front end. Boolean flags and `constraints` default to false / [] and may be left out.
 */

type Fields<K extends OperationKind> = Omit<Extract<Operation, { kind: K }>, 'kind'>;
type Defaulted = 'ifExists' | 'ifNotExists' | 'cascade' | 'temporary' | 'asSelect' | 'concurrently' | 'unique' | 'materialized' | 'orReplace' | 'database' | 'hasWhere' | 'local' | 'constraints';
type Loose<K extends OperationKind> = Omit<Fields<K>, Defaulted> & Partial<Pick<Fields<K>, Extract<keyof Fields<K>, Defaulted>>>;

const FLAGS: Partial<Record<OperationKind, Record<string, unknown>>> = {
  create_table: { constraints: [], ifNotExists: false, temporary: false, asSelect: false },
  drop_table: { ifExists: false, cascade: false },
  add_column: { ifNotExists: false },
  drop_column: { ifExists: false, cascade: false },
  drop_constraint: { ifExists: false, cascade: false },
  create_index: { unique: false, concurrently: false, ifNotExists: false },
  drop_index: { concurrently: false, ifExists: false, cascade: false },
  reindex: { concurrently: false },
  add_enum_value: { ifNotExists: false },
  drop_type: { ifExists: false, cascade: false },
  create_view: { materialized: false, orReplace: false },
  drop_view: { materialized: false, ifExists: false, cascade: false },
  refresh_materialized_view: { concurrently: false },
  create_schema: { ifNotExists: false },
  drop_schema: { ifExists: false, cascade: false, database: false },
  truncate: { cascade: false },
  data_change: { hasWhere: false },
  set_setting: { local: false },
  detach_partition: { concurrently: false },
};

let nextLine = 1;

/** Start line numbers again at 1 (call in beforeEach when a test asserts on lines). */
export function resetLines(): void {
  nextLine = 1;
}

export function op<K extends OperationKind>(kind: K, fields: Loose<K>, at: Partial<Statement> = {}): OpOf<K> {
  const line = at.line ?? nextLine;
  nextLine = line + 1;
  const stmt: Statement = {
    file: 'migrations/001_test.sql',
    line,
    endLine: line,
    column: 1,
    text: `-- ${kind}`,
    index: line - 1,
    inTransaction: false,
    ...at,
  };
  return { kind, ...FLAGS[kind], ...fields, stmt } as unknown as OpOf<K>;
}

export function q(name: string, schema?: string): QName {
  return schema === undefined ? { name } : { schema, name };
}

/** A type as a front end would produce it; `raw` keeps the spelling (SQLite's INTEGER PRIMARY KEY depends on it). */
export function ty(name: string, args: number[] = [], dialect: Dialect = 'postgresql', extra: { array?: number; values?: string[]; unsigned?: boolean } = {}): SqlType {
  return makeType(dialect, name, args, extra);
}

export function col(name: string, type: string | SqlType, opts: Partial<ColumnDef> = {}): ColumnDef {
  return { name, type: typeof type === 'string' ? ty(type) : type, nullable: true, constraints: [], ...opts };
}

export function pk(...columns: string[]): Constraint {
  return { kind: 'primary', columns };
}

export function unique(...columns: string[]): Constraint {
  return { kind: 'unique', columns };
}

export function fk(columns: string[], table: QName, refColumns: string[] = [], extra: Partial<ForeignRef> & Partial<Constraint> = {}): Constraint {
  const { onDelete, onUpdate, ...rest } = extra;
  const references: ForeignRef = { table, columns: refColumns };
  if (onDelete) references.onDelete = onDelete;
  if (onUpdate) references.onUpdate = onUpdate;
  return { kind: 'foreign', columns, references, ...rest };
}

export function check(expr: string, columns: string[] = [], extra: Partial<Constraint> = {}): Constraint {
  return { kind: 'check', columns, expr, ...extra };
}

export function named<C extends Constraint>(name: string, c: C): C & { name: string } {
  return { ...c, name };
}

export type { LocatedOp };
