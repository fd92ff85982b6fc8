/**
 * One small interface over the engines verification runs on: run a statement, read rows, close.
 * Transactions are plain statements (BEGIN / COMMIT / ROLLBACK) so the caller decides, statement
 * by statement, what runs inside one, the way the migration tool would.
 */
export interface EngineAdapter {
  /** "PostgreSQL 17.5 (PGlite)". */
  readonly name: string;
  /** Major version, comparable with a DbTarget version ("17", "3.49"). */
  readonly version: string;
  readonly dialect: 'postgresql' | 'sqlite' | 'mysql';
  /** A database server of the user's (`--verify-url`), not an embedded engine: other sessions exist, CONCURRENTLY runs as written. */
  readonly server?: boolean;
  /** PostgreSQL: the schema unqualified names land in, shown without its name (default public). */
  readonly schema?: string;
  /** Run one or more statements; throws the engine's error. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  /**
   * Engines whose locks cannot be read (MySQL, MariaDB): each table's storage identity (InnoDB's
   * table id, which a rebuild changes), or undefined when the engine does not let us read it.
   */
  storage?(): Promise<Map<string, string> | undefined>;
  /** A copy of the whole database that `open…({ image })` can start from (the base-history cache). */
  snapshot(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The engine's error, reduced to what a report quotes. `position`: 1-based character offset in the statement. */
export interface RawEngineError {
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  position?: number;
}

export function engineError(e: unknown): RawEngineError {
  if (e instanceof VerifyBudgetError) throw e;
  const o = (e ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const message = str(o.message) ?? String(e);
  const position = Number(o.position);
  // mysql2: code ER_…, sqlMessage the server's own words.
  return {
    message: (str(o.sqlMessage) ?? message).replace(/^SQLITE_ERROR: /, ''),
    code: str(o.code),
    detail: str(o.detail),
    hint: str(o.hint),
    position: Number.isInteger(position) && position > 0 ? position : undefined,
  };
}

/**
 * Verification on a server ran out of time (a statement over the per-statement timeout, or the
 * overall budget): not the migration's failure. It stops the set's verification with a note.
 */
export class VerifyBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyBudgetError';
  }
}
