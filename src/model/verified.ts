import type { QName, Statement } from './operation.js';

/**
 * What a real engine observed while applying the pull request's statements (the verify stage).
 * Facts only: rules read them, the verify stage never decides.
 */

/** An error the engine raised for a statement, as the engine worded it. */
export interface EngineError {
  message: string;
  /** SQLSTATE (PostgreSQL) when the engine gives one. */
  code?: string;
  detail?: string;
  hint?: string;
  /** 1-based line and column in the migration file of the position the engine pointed at. */
  line?: number;
  column?: number;
}

/** One statement of the pull request as the engine ran it. */
export interface StatementObservation {
  file: string;
  /** Statement.index in its file. */
  index: number;
  /** Whether the engine applied it. Statements after a failure in the same transaction are not run. */
  status: 'applied' | 'failed' | 'not-run';
  error?: EngineError;
  /**
   * The failure names an object that came from a base-history statement the engine could not run
   * (then it is a note, not a finding): the skipped statement, quoted short.
   */
  blockedBy?: string;
  /** Table-level lock modes taken on user tables, strongest per table ('ACCESS EXCLUSIVE'). */
  locks: { table: string; mode: string }[];
  /** Tables whose storage was rewritten (relfilenode changed). */
  rewrittenTables: string[];
  /** Indexes rebuilt (relfilenode changed) without being new. */
  rewrittenIndexes: string[];
  /** Indexes and constraints that did not exist before the statement. */
  createdIndexes: string[];
  createdConstraints: string[];
}

/**
 * The columns a real engine gave a table the history made from a query (CREATE TABLE … AS
 * SELECT, SELECT … INTO), read from its catalog just after the statement ran (verify/query-columns.ts).
 */
export interface QueryTableColumns {
  file: string;
  /** Statement.index in its file, and its text (an edited file's statement is not taken for another). */
  index: number;
  text: string;
  table: QName;
  /** In table order; `type` as the engine's catalog spells it. */
  columns: { name: string; type: string; nullable: boolean }[];
}

/** The verification of one migration set. */
export interface VerifiedSet {
  /** "PostgreSQL 17.5 (PGlite)", "SQLite 3.49.1 (sql.js)". */
  engine: string;
  /** Major version for comparisons with a DbTarget ("17", "3.49"). */
  version: string;
  /** Whether the engine can report locks and rewrites (PostgreSQL) or only success and failure (SQLite). */
  observesLocks: boolean;
  /** The observation of a statement of the pull request; undefined when it was not verified. */
  observe(stmt: Pick<Statement, 'file' | 'index'>): StatementObservation | undefined;
  /** Everything observed, in the order it ran. */
  statements: StatementObservation[];
}

export function observationKey(s: Pick<Statement, 'file' | 'index'>): string {
  return `${s.file}\0${s.index}`;
}
