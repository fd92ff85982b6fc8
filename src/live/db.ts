import type { QName } from '../model/operation.js';
import type { Deadline } from './budget.js';

/** What every engine's open function is given: the stage's budget and the limit of each query. */
export interface OpenOptions {
  deadline: Deadline;
  /** Per query, on the server (statement_timeout and the like) and on the client. */
  statementTimeoutMs: number;
}

/**
 * One read-only connection to the team's database, whatever the engine. Every implementation
 * opens a read-only transaction (and proves it is one) before the first read, bounds each query
 * by a statement timeout and the stage's budget, and throws errors whose text is already scrubbed
 * of the URL's secrets.
 */
export interface LiveDb {
  readonly dialect: 'postgresql' | 'mysql' | 'sqlite';
  /** "PostgreSQL 15.8", "MariaDB 10.11.6", "SQLite 3.45.1". */
  readonly engine: string;
  /** Rows of one read query; `?` placeholders (translated for PostgreSQL). A failed query leaves the connection usable. */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** The table's size from the catalogue; undefined when the database has no such table. */
  size(table: QName): Promise<CatalogSize | undefined>;
  /** Planner statistics of a column (PostgreSQL's pg_stats); undefined where there are none. */
  columnStats(table: QName, column: string): Promise<{ nullFrac: number; nDistinct: number } | undefined>;
  /** Tables and their columns with the type as the catalogue spells it (for drift). */
  columns(): Promise<{ schema?: string; table: string; column: string; type: string }[]>;
  close(): Promise<void>;
}

export interface CatalogSize {
  /** The statistics' row count; undefined when the table was never analysed. */
  rows?: number;
  bytes?: number;
}

/** The URL asks for a connection that could write: refused, with this in the note. */
export class NotReadOnly extends Error {
  constructor(detail: string) {
    super(`the connection is not read-only (${detail}); nothing was read`);
    this.name = 'NotReadOnly';
  }
}

/** `$1`-style placeholders for PostgreSQL from `?` (no `?` appears in Migra's own queries otherwise). */
export function pgPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}
