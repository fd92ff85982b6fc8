/** The live stage: what the pull request's statements would touch in the team's real database, read over a read-only connection. */
import type { Dialect } from '../model/dialect.js';
import { isMysqlFamily } from '../model/dialect.js';
import type { LiveFacts, OpFacts } from '../model/live.js';
import { observationKey } from '../model/verified.js';
import type { LocatedOp } from '../model/operation.js';
import type { Schema } from '../model/schema.js';
import { Deadline } from './budget.js';
import { engineOf, openLive } from './connect.js';
import type { LiveDb } from './db.js';
import { driftNote } from './drift.js';
import { planProbes, type PlanInput } from './plan.js';
import { readFacts } from './read.js';
import { errorText, secretOf } from '../model/url-secret.js';

export interface LiveOptions {
  /** postgres://…, mysql://…, or a SQLite file path. A secret: never printed. */
  url: string;
  /** The whole stage: connecting, every query and closing (default 30 s). */
  budgetMs?: number;
  /** Each query (default 5 s). */
  statementTimeoutMs?: number;
}

export const DEFAULT_BUDGET_MS = 30_000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

export interface LiveSet extends PlanInput {
  /** The set's folder, for notes. */
  name: string;
  /** The schema the set's migrations build at the base commit (compared with the database: drift). */
  base: Schema;
}

export interface LiveResult {
  /** By the index of the set in the input. */
  facts: Map<number, LiveFacts>;
  notes: string[];
  ms: number;
}

/**
 * Connect once, read what every set's operations touch, and close. Whatever goes wrong (no
 * connection, a connection that is not read-only, a slow server, another engine than the
 * migrations') costs a note, never the review, and no message carries the URL's secrets.
 */
export async function readLive(sets: readonly LiveSet[], opts: LiveOptions): Promise<LiveResult> {
  const t0 = performance.now();
  const out: LiveResult = { facts: new Map(), notes: [], ms: 0 };
  const done = () => ({ ...out, ms: Math.round(performance.now() - t0) });
  const engine = engineOf(opts.url);
  const matching = sets.map((s, i) => [s, i] as const).filter(([s]) => sameFamily(s.dialect, engine));
  for (const s of sets) if (!sameFamily(s.dialect, engine)) out.notes.push(`${s.name}: live impact not read: the database URL is ${label(engine)}, the migrations are ${s.dialect}.`);
  if (!matching.length) return done();
  const secret = secretOf(opts.url);
  const deadline = new Deadline(opts.budgetMs ?? DEFAULT_BUDGET_MS);
  const statementTimeoutMs = Math.min(opts.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS, opts.budgetMs ?? DEFAULT_BUDGET_MS);
  let db: LiveDb;
  try {
    db = await openLive(secret, { deadline, statementTimeoutMs });
  } catch (e) {
    out.notes.push(`Live impact not available: ${errorText(e, secret)}. The review was made without the numbers from the database.`);
    return done();
  }
  const unknown: string[] = [];
  try {
    try {
      const note = await driftNote(db, matching.map(([s]) => s.base));
      if (note) out.notes.push(note);
    } catch (e) {
      unknown.push(`drift not compared: ${errorText(e, secret)}`);
    }
    for (const [s, i] of matching) {
      const plan = planProbes(s);
      const facts = await readFacts(db, plan, deadline);
      for (const f of facts.values()) unknown.push(...f.unknown);
      out.facts.set(i, liveFacts(db.engine, facts));
    }
  } finally {
    await db.close();
  }
  const ms = Math.round(performance.now() - t0);
  const gaps = [...new Set(unknown)];
  out.notes.push(`Live impact read from ${db.engine} ${db.dialect === 'sqlite' ? 'in an in-memory copy of the file' : 'in a read-only transaction'} (${(ms / 1000).toFixed(1)} s).${gaps.length ? ` Not read: ${gaps.slice(0, 5).join('; ')}${gaps.length > 5 ? `; and ${gaps.length - 5} more` : ''}.` : ''}`);
  return done();
}

function liveFacts(engine: string, facts: Map<LocatedOp, OpFacts>): LiveFacts {
  const byStatement = new Map<string, OpFacts[]>();
  for (const [op, f] of facts) {
    const k = observationKey(op.stmt);
    byStatement.set(k, [...(byStatement.get(k) ?? []), f]);
  }
  return { engine, of: (op) => facts.get(op), ofStatement: (s) => byStatement.get(observationKey(s)) ?? [] };
}

function sameFamily(d: Dialect, engine: 'postgresql' | 'mysql' | 'sqlite'): boolean {
  return engine === 'mysql' ? isMysqlFamily(d) : d === engine;
}

function label(engine: 'postgresql' | 'mysql' | 'sqlite'): string {
  return engine === 'postgresql' ? 'PostgreSQL' : engine === 'mysql' ? 'MySQL/MariaDB' : 'a SQLite file';
}
