import type { QueryTableColumns, StatementObservation } from '../model/verified.js';
import { queryTableColumns } from './query-columns.js';
import { engineError, type EngineAdapter, type RawEngineError } from './adapter.js';
import { catalogChange, catalogState, heldLocks, newLocks } from './observe.js';
import { blockingSkip, environmental, quote, skippedOf, type Skipped } from './skipped.js';
import { hasTemplate, positionInFile, type RunUnit } from './units.js';

/** Base statements the engine may fail before its schema is too far from the real one to judge anything. */
export function tooManySkipped(skipped: number, run: number): boolean {
  return skipped >= 200 || (skipped >= 10 && skipped > run * 0.1);
}

const IN_TRANSACTION_ONLY = '25001';

/**
 * Runs statements on an engine the way the migration tool does: the file's own BEGIN / COMMIT,
 * or the tool's wrapper transaction around the statements it marks as inside one, and the
 * statements PostgreSQL refuses in a transaction (CONCURRENTLY) on their own.
 * History statements that fail are skipped (in a savepoint, so the file's transaction goes on);
 * statements under review are observed.
 */
export class Runner {
  readonly skipped: Skipped[] = [];
  readonly observations: StatementObservation[] = [];
  /** Columns of the tables history statements made from a query, as the engine gave them. */
  readonly queryColumns: QueryTableColumns[] = [];
  /** Statements of the history run so far (for the skip ratio). */
  ran = 0;
  /** The first statement under review that failed: the tool stops there, so verification does too. */
  failed?: StatementObservation;
  private open = false;
  /** The transaction was opened by the tool's wrapper, not by the file's own BEGIN. */
  private wrapper = false;

  /** `schemas`: those the history creates (see createdSchemas). */
  constructor(
    private readonly db: EngineAdapter,
    private readonly schemas: ReadonlySet<string> = new Set(),
  ) {}

  get observesLocks(): boolean {
    return this.db.dialect === 'postgresql';
  }

  /** MySQL and MariaDB commit every DDL statement on their own: no transaction to roll back, statements apply in order. */
  private get transactional(): boolean {
    return this.db.dialect !== 'mysql';
  }

  async runFile(units: readonly RunUnit[]): Promise<void> {
    for (const u of units) {
      if (this.failed) {
        if (u.reviewed) this.observations.push(blank(u, 'not-run'));
        continue;
      }
      await this.run(u);
    }
    await this.endFile();
  }

  private async endFile(): Promise<void> {
    if (this.open) await this.quiet(this.failed ? 'ROLLBACK' : 'COMMIT');
    this.open = this.wrapper = false;
  }

  private async run(u: RunUnit): Promise<void> {
    if (u.control) return this.transactional ? this.control(u) : undefined;
    if (!this.transactional) {
      // Nothing to open: a transaction would end at the first DDL statement anyway.
    } else if (u.stmt.inTransaction && !this.open) {
      await this.db.exec('BEGIN');
      this.open = this.wrapper = true;
    } else if (!u.stmt.inTransaction && this.open && this.wrapper) {
      await this.db.exec('COMMIT');
      this.open = this.wrapper = false;
    }
    if (u.reviewed) return this.review(u);
    this.ran++;
    if (hasTemplate(u.sql)) {
      this.skipped.push({ where: `${u.file.path}:${u.stmt.line}`, text: u.sql, error: 'template placeholders are filled in by the tool' });
      return;
    }
    if (this.leavesScratch(u)) {
      this.skipped.push({ where: `${u.file.path}:${u.stmt.line}`, text: u.sql, error: 'it switches database; verification stays in its scratch database' });
      return;
    }
    const e = await this.tryStatement(u.sql, u);
    if (e) this.skipped.push(skippedOf(u, e));
    else if (u.fromQuery) {
      const columns = await queryTableColumns(this.db, u.fromQuery);
      if (columns) this.queryColumns.push({ file: u.file.path, index: u.stmt.index, text: u.stmt.text, table: u.fromQuery, columns });
    }
  }

  private async control(u: RunUnit): Promise<void> {
    if (u.control === 'begin') {
      if (!this.open) await this.db.exec('BEGIN');
      this.open = true;
      this.wrapper = false;
    } else if (this.open) {
      await this.db.exec(u.control === 'commit' ? 'COMMIT' : 'ROLLBACK');
      this.open = this.wrapper = false;
    }
  }

  /** Run a history statement; a failure is undone (savepoint inside a transaction) and returned. */
  private async tryStatement(sql: string, u: RunUnit): Promise<RawEngineError | undefined> {
    if (!this.open) return this.attemptAlone(u);
    await this.db.exec('SAVEPOINT migra_stmt');
    const e = await this.attempt(sql);
    if (e?.code === IN_TRANSACTION_ONLY) {
      // The tool evidently ran it outside the transaction (it is in the history): do the same.
      await this.db.exec('ROLLBACK TO SAVEPOINT migra_stmt');
      await this.db.exec('COMMIT');
      const again = await this.attempt(sql);
      await this.db.exec('BEGIN');
      return again;
    }
    await this.db.exec(e ? 'ROLLBACK TO SAVEPOINT migra_stmt' : 'RELEASE SAVEPOINT migra_stmt');
    return e;
  }

  /**
   * A statement run on its own, outside any transaction. PGlite is a single-user backend:
   * CONCURRENTLY, which waits for other transactions, fails there with an internal error ("tuple
   * concurrently updated") that a server never gives and leaves an invalid index behind; so the
   * statement runs without the keyword, which builds the same thing and fails the same ways.
   */
  private async attemptAlone(u: RunUnit): Promise<RawEngineError | undefined> {
    if (!u.alone || this.db.dialect !== 'postgresql' || this.db.server) return this.attempt(u.sql);
    return this.attempt(u.sql.replace(/\bconcurrently\b/i, ''));
  }

  private async attempt(sql: string): Promise<RawEngineError | undefined> {
    try {
      await this.db.exec(sql);
      return undefined;
    } catch (e) {
      return engineError(e);
    }
  }

  /** MySQL's `USE db`: the scratch database is the only one verification may touch. */
  private leavesScratch(u: RunUnit): boolean {
    return this.db.dialect === 'mysql' && /^\s*use\s/i.test(u.stmt.text);
  }

  private async review(u: RunUnit): Promise<void> {
    if (hasTemplate(u.sql) || this.leavesScratch(u)) return;
    if (!this.transactional) return this.reviewAutocommit(u);
    const pg = this.observesLocks;
    // A statement outside any transaction is observed in one of its own, unless PostgreSQL refuses that.
    const own = pg && !this.open && !u.alone;
    if (own) await this.db.exec('BEGIN');
    const inTx = this.open || own;
    const before = pg ? await catalogState(this.db) : undefined;
    const locksBefore = pg && inTx ? await heldLocks(this.db) : new Map<string, string>();
    let e = inTx ? await this.attempt(u.sql) : await this.attemptAlone(u);
    if (e?.code === IN_TRANSACTION_ONLY && own) {
      await this.db.exec('ROLLBACK');
      e = await this.attemptAlone(u);
    } else if (own && !e) {
      const obs = await this.observe(u, before, locksBefore);
      await this.db.exec('COMMIT');
      this.observations.push(obs);
      return;
    }
    if (!e) {
      this.observations.push(pg ? await this.observe(u, before, inTx && this.open ? locksBefore : undefined) : blank(u, 'applied'));
      return;
    }
    return this.failure(u, e, this.open || own);
  }

  private async failure(u: RunUnit, e: RawEngineError, rollback: boolean): Promise<void> {
    if (rollback) await this.quiet('ROLLBACK');
    this.open = this.wrapper = false;
    const obs = blank(u, 'failed');
    const at = e.position && !u.rendered ? positionInFile(u.stmt, e.position) : undefined;
    obs.error = { message: e.message, code: e.code, detail: e.detail, hint: e.hint, line: at?.line, column: at?.column };
    const blocker = blockingSkip(e, this.skipped);
    if (blocker) obs.blockedBy = `${blocker.where} ${quote(blocker.text)} (${blocker.error})`;
    else if (environmental(e) || this.platformTable(e)) obs.blockedBy = 'the environment the migrations run in (a role, schema, extension, table or permission the engine does not have)';
    // Migra could not read it either: its text may be a piece of a statement, and unparsed-statement already reports it.
    else if (u.unparsed && (e.code === '42601' || e.code === 'ER_PARSE_ERROR')) obs.blockedBy = 'a statement Migra could not parse (see unparsed-statement)';
    // SQL rendered from a Django / Alembic operation names objects as Migra's model has them: a missing or doubled one is more likely a gap in that model than in the migration.
    else if (u.rendered && modelGap(e)) obs.blockedBy = "Migra's model of the schema the migration runs on (its SQL is rendered from the operations Migra read, and an object it names is missing or already there)";
    this.observations.push(obs);
    if (obs.blockedBy) {
      // Later statements that need what this one would have made are not the pull request's fault either.
      this.skipped.push({ ...skippedOf(u, e), reviewed: true });
    } else this.failed = obs;
  }

  /** MySQL, MariaDB: the statement runs on its own; a changed InnoDB table id says the table was rebuilt. */
  private async reviewAutocommit(u: RunUnit): Promise<void> {
    const before = await this.db.storage?.();
    const e = await this.attempt(u.sql);
    if (e) return this.failure(u, e, false);
    const obs = blank(u, 'applied');
    const after = before && (await this.db.storage?.());
    if (before && after) for (const [table, id] of after) if (before.has(table) && before.get(table) !== id) obs.rewrittenTables.push(table);
    this.observations.push(obs);
  }

  /** `relation "auth.users" does not exist` where no migration creates the schema auth: made by the platform. */
  private platformTable(e: RawEngineError): boolean {
    const m = /^relation "([^".]+)\.[^"]+" does not exist/.exec(e.message);
    return !!m && !this.schemas.has(m[1]);
  }

  private async observe(u: RunUnit, before: Awaited<ReturnType<typeof catalogState>> | undefined, locksBefore: Map<string, string> | undefined): Promise<StatementObservation> {
    const obs = blank(u, 'applied');
    if (!before) return obs;
    const change = catalogChange(before, await catalogState(this.db));
    Object.assign(obs, change);
    if (locksBefore) obs.locks = newLocks(locksBefore, await heldLocks(this.db));
    return obs;
  }

  private async quiet(sql: string): Promise<void> {
    try {
      await this.db.exec(sql);
    } catch {
      // Nothing open to end.
    }
  }
}

/** Missing or already existing tables, columns, indexes and constraints (PostgreSQL SQLSTATEs, SQLite messages). */
function modelGap(e: RawEngineError): boolean {
  if (e.code && ['42P01', '42703', '42704', '42P07', '42710', '42701', '42P16'].includes(e.code)) return true;
  return /\bno such (table|column|index)\b|\balready exists\b|\bduplicate column name\b/i.test(e.message);
}

function blank(u: RunUnit, status: StatementObservation['status']): StatementObservation {
  return { file: u.file.path, index: u.stmt.index, status, locks: [], rewrittenTables: [], rewrittenIndexes: [], createdIndexes: [], createdConstraints: [] };
}
