import type { Dialect } from './dialect.js';
import type { Constraint, DefaultExpr, IndexElem, QName } from './operation.js';
import type { SqlType } from './sql-type.js';
import { LayeredMap } from './layered-map.js';

export interface Column {
  name: string;
  type: SqlType;
  nullable: boolean;
  default?: DefaultExpr;
  identity?: 'always' | 'by default' | 'auto';
  serial?: boolean;
  generated?: { expr: string; stored: boolean };
  collation?: string;
}

export interface Index {
  name: string;
  elems: IndexElem[];
  unique: boolean;
  where?: string;
  method?: string;
  include?: string[];
  /** Name of the constraint this index backs (PRIMARY KEY / UNIQUE create one implicitly). */
  constraint?: string;
}

export interface Table {
  name: QName;
  /** Columns in table order. */
  columns: Column[];
  /** Constraints; every one has a name (generated the way the database would when none was written). */
  constraints: (Constraint & { name: string })[];
  indexes: Index[];
  partitionOf?: QName;
  /** Created with PARTITION BY: a partitioned parent (PostgreSQL), which holds no rows of its own. */
  partitioned?: boolean;
  /**
   * Replay met this table without having seen all of its definition (ALTER of a table no replayed
   * migration created, CREATE TABLE … AS SELECT, a partition of an unknown parent): columns and
   * constraints hold only what later statements showed. Rules that look for something missing
   * (no primary key, no index) should stay quiet on it.
   */
  partial?: boolean;
}

/** A view: only its name and what it reads are modelled (DROP … CASCADE takes the views reading a relation along). */
export interface View {
  name: QName;
  materialized: boolean;
  /** Relations its query reads, when known. */
  reads?: QName[];
}

export interface Schema {
  dialect: Dialect;
  /** Keyed by tableKey(). A LayeredMap when made here or by replay, so forks share their tables. */
  tables: Map<string, Table>;
  /** Enum types (PostgreSQL CREATE TYPE … AS ENUM), keyed by tableKey() of the type name. */
  enums: Map<string, string[]>;
  views: Map<string, View>;
  schemas: Set<string>;
}

export function emptySchema(dialect: Dialect): Schema {
  return { dialect, tables: new LayeredMap(), enums: new Map(), views: new Map(), schemas: new Set() };
}

/**
 * The key a relation is stored under: PostgreSQL drops the default `public` schema
 * (front ends already folded unquoted names); MySQL and SQLite compare names without case.
 */
export function tableKey(q: QName, dialect: Dialect): string {
  if (dialect === 'postgresql') {
    return q.schema && q.schema !== 'public' ? `${q.schema}.${q.name}` : q.name;
  }
  const name = q.name.toLowerCase();
  return q.schema && dialect !== 'sqlite' ? `${q.schema.toLowerCase()}.${name}` : name;
}

export function findColumn(t: Table, name: string, dialect: Dialect): Column | undefined {
  if (dialect === 'postgresql') return t.columns.find((c) => c.name === name);
  const n = name.toLowerCase();
  return t.columns.find((c) => c.name.toLowerCase() === n);
}
