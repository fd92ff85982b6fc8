import type { LocatedOp, Statement } from './operation.js';

/**
 * What a read-only connection to the real database said about the data a pull request's
 * statements touch (the live stage, src/live/). Facts only: the analysis turns them into the
 * numbers shown next to a finding and into severities (analyze/live-impact.ts).
 */

/** A count, and how far to trust it. */
export interface Count {
  n: number;
  /**
   * exact: counted; estimate: from the planner's statistics (pg_class.reltuples, pg_stats,
   * information_schema.TABLES); atLeast: a bounded probe stopped at its limit (or a count of
   * the rows it could read in time).
   */
  how: 'exact' | 'estimate' | 'atLeast';
}

/** The size of a table as the database knows it. */
export interface TableSize {
  /** As the review names it: `users`, `app.orders`. */
  table: string;
  rows: Count;
  /** Table, indexes and TOAST, in bytes (undefined where the engine does not say: SQLite without dbstat). */
  bytes?: number;
}

/** Why the statement cannot succeed on today's data, or that it was checked and can. */
export interface DataCheck {
  kind: 'duplicates' | 'nulls' | 'orphans' | 'misfits' | 'rows';
  /** What was counted, as a noun phrase after the number: "duplicate groups of (email) in users". */
  what: string;
  count: Count;
}

/** Everything read for one operation of the pull request. */
export interface OpFacts {
  /** The table the operation works on (for TRUNCATE of several tables, each of them). */
  sizes: TableSize[];
  /** Non-null values a dropped column holds. */
  values?: { column: string; count: Count };
  /** Checks that decide whether the statement fails on the data (count > 0: it fails). */
  checks: DataCheck[];
  /** What could not be read, one short phrase each ("timed out counting NULLs in users.email"). */
  unknown: string[];
}

/** The live facts of one migration set. */
export interface LiveFacts {
  /** "PostgreSQL 15.8", "MariaDB 10.11.6", "SQLite 3.45.1 (file)". */
  engine: string;
  /** The facts of an operation under review; undefined when nothing was read for it. */
  of(op: LocatedOp): OpFacts | undefined;
  /** The facts of every operation of a statement (for hits that point at a statement only). */
  ofStatement(stmt: Pick<Statement, 'file' | 'index'>): OpFacts[];
}

/** Thresholds that turn sizes into severities (config `live:`). */
export interface LiveThresholds {
  /** At or below both, a lock, rewrite or index build is minor. */
  smallRows: number;
  smallBytes: number;
  /** At or above either, a medium lock finding becomes high. */
  largeRows: number;
  largeBytes: number;
}

export const DEFAULT_LIVE_THRESHOLDS: LiveThresholds = {
  smallRows: 10_000,
  smallBytes: 8 * 1024 * 1024,
  largeRows: 1_000_000,
  largeBytes: 1024 * 1024 * 1024,
};

/** In the report: what the live stage read, for the confirmation gate. */
export interface LiveSummary {
  engine: string;
  /** What the change would destroy, one line each: "users.legacy_code: 18,000 non-null values (25,000 rows)". */
  destroys: string[];
}
