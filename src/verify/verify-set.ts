import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Statement } from '../model/operation.js';
import type { OrmSql } from '../schema/orm-sql.js';
import { splitStatements } from '../frontends/sql/split.js';
import { observationKey, type QueryTableColumns, type StatementObservation, type VerifiedSet } from '../model/verified.js';
import { VerifyBudgetError, type EngineAdapter } from './adapter.js';
import { cacheKey, readCachedBase, writeCachedBase } from './cache.js';
import { extensionsIn, openPglite } from './pglite.js';
import { Runner, tooManySkipped } from './run.js';
import { quote, type Skipped } from './skipped.js';
import { openSqlite } from './sqlite.js';
import { createdSchemas, fileUnits, type RunUnit } from './units.js';

export interface SetToVerify {
  /** For notes: the set's directory. */
  name: string;
  dialect: 'postgresql' | 'sqlite' | 'mysql' | 'mariadb';
  /** Every file of the set at head, in the order the tool runs them. */
  files: readonly MigrationFile[];
  ops: ReadonlyMap<MigrationFile, LocatedOp[]>;
  /** Statements of the pull request. */
  reviewed: (stmt: Statement) => boolean;
  /** Django / Alembic sets: the SQL rendered for each Python call (schema/orm-sql.ts). */
  rendered?: ReadonlyMap<Statement, OrmSql>;
  /** What the migration tool creates before the first migration (its bookkeeping table: knowledge/tool-tables.ts), `;`-separated. */
  setup?: string;
  /** Where the base history's database is kept between runs; none: not kept. */
  cacheDir?: string;
  /** A scratch database already open on a server (`--verify-url`): used instead of an embedded engine, closed (dropped) at the end, never cached. */
  engine?: EngineAdapter;
}

export interface SetVerification {
  verified?: VerifiedSet;
  /** Columns of the tables history statements made from a query, from the engine's catalog (analyze/engine-columns.ts gives them to the model). */
  queryColumns?: QueryTableColumns[];
  notes: string[];
  /** Milliseconds: base history (replayed or read from the cache), pull request. */
  timings: { base: number; pr: number; cached: boolean };
}

/** How many skipped statements are named one by one before the rest are counted. */
const NAMED_SKIPS = 5;

/**
 * Apply the set's history to a fresh embedded engine in the tool's order and transaction mode,
 * then the pull request's statements one by one, observing each.
 */
export async function verifySet(job: SetToVerify): Promise<SetVerification> {
  const files = job.files.map((file) => fileUnits(file, job.ops.get(file) ?? [], job.reviewed, job.rendered));
  // The history before the first file the pull request touches is the same at every run of it: that database is cached.
  const firstReviewed = files.findIndex((units) => units.some((u) => u.reviewed));
  if (firstReviewed < 0) {
    await job.engine?.close().catch(() => undefined);
    return { notes: [], timings: { base: 0, pr: 0, cached: false } };
  }
  const prefix = files.slice(0, firstReviewed);
  const extensions = job.dialect === 'postgresql' ? extensionsIn(files.flat().map((u) => u.sql)) : [];
  const key = cacheKey([job.dialect, ...extensions, job.setup ?? '', ...prefix.flat().map(unitKey)]);

  const t0 = performance.now();
  const cacheDir = job.engine ? undefined : job.cacheDir;
  const cached = cacheDir ? await readCachedBase(cacheDir, key) : undefined;
  let db: EngineAdapter | undefined = job.engine;
  let runner: Runner;
  const notes: string[] = [];
  try {
    db ??= cached ? await open(job.dialect, extensions, { image: cached.image }).catch(() => undefined) : undefined;
    const fromCache = !!db && !job.engine;
    db ??= await open(job.dialect, extensions, { cacheDir });
    runner = new Runner(db, createdSchemas(files.flat().map((u) => u.sql)));
    if (fromCache && cached) {
      runner.skipped.push(...cached.skipped);
      runner.queryColumns.push(...(cached.queryColumns ?? []));
      runner.ran = cached.ran;
    } else {
      // The tool's own table is there before any migration, as the tool makes it.
      for (const stmt of splitStatements(job.setup ?? '', job.dialect)) await db.exec(stmt.text).catch(() => undefined);
      for (const units of prefix) await runner.runFile(units);
      if (cacheDir) await writeCachedBase(cacheDir, key, { image: await db.snapshot(), skipped: runner.skipped, ran: runner.ran, queryColumns: runner.queryColumns });
    }
    const base = Math.round(performance.now() - t0);
    const engine = db.name;
    const t1 = performance.now();
    for (const units of files.slice(firstReviewed)) {
      if (tooManySkipped(runner.skipped.filter((s) => !s.reviewed).length, runner.ran)) break;
      await runner.runFile(units);
    }
    const history = runner.skipped.filter((s) => !s.reviewed);
    if (history.length) notes.push(...skipNotes(job.name, engine, history));
    if (tooManySkipped(history.length, runner.ran)) {
      notes.push(`Verification of ${job.name || 'the migrations'} on ${engine} stopped: ${history.length} of ${runner.ran} statements of the history could not run, so the engine's schema is too far from the real one to judge the pull request.`);
      return { notes, timings: { base, pr: Math.round(performance.now() - t1), cached: fromCache } };
    }
    for (const o of runner.observations) {
      if (o.status === 'failed' && o.blockedBy) notes.push(`${o.file}: a statement failed on ${engine} because of ${o.blockedBy}: ${o.error?.message ?? ''}`);
    }
    const byKey = new Map<string, StatementObservation>(runner.observations.map((o) => [observationKey(o), o]));
    const verified: VerifiedSet = {
      engine,
      version: db.version,
      observesLocks: runner.observesLocks,
      statements: runner.observations,
      observe: (s) => byKey.get(observationKey(s)),
    };
    return { verified, queryColumns: runner.queryColumns, notes, timings: { base, pr: Math.round(performance.now() - t1), cached: fromCache } };
  } catch (e) {
    const why = e instanceof VerifyBudgetError ? `stopped on ${db?.name ?? 'the server'}: ${e.message}` : `could not run: ${(e as Error).message ?? String(e)}`;
    notes.push(`Verification of ${job.name || 'the migrations'} ${why}.`);
    return { notes, timings: { base: 0, pr: 0, cached: false } };
  } finally {
    // A server's scratch database is dropped here; failing to is worth saying (someone must drop it by hand).
    await db?.close().catch((e: Error) => notes.push(`Verification of ${job.name || 'the migrations'}: ${e.message}.`));
  }
}

function open(dialect: SetToVerify['dialect'], extensions: string[], opts: { image?: Uint8Array; cacheDir?: string }): Promise<EngineAdapter> {
  if (dialect === 'mysql' || dialect === 'mariadb') throw new Error('there is no embedded MySQL or MariaDB: give a server with --verify-url');
  return dialect === 'postgresql' ? openPglite({ extensions, ...opts }) : openSqlite({ image: opts.image });
}

function unitKey(u: RunUnit): string {
  return `${u.file.path}\0${u.stmt.inTransaction ? 't' : 'a'}${u.alone ? 'o' : ''}${u.control ?? ''}\0${u.sql}`;
}

function skipNotes(set: string, engine: string, skipped: readonly Skipped[]): string[] {
  const named = skipped.slice(0, NAMED_SKIPS).map((s) => `Verification on ${engine} skipped ${s.where} \`${quote(s.text)}\`: ${s.error}`);
  const rest = skipped.length - named.length;
  return rest > 0 ? [...named, `… and ${rest} more statements of ${set || 'the history'} the engine could not run.`] : named;
}
