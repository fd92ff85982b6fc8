import { atLeast, type DbTarget } from '../model/dialect.js';
import type { Statement } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import { observationKey, type StatementObservation, type VerifiedSet } from '../model/verified.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from '../rules/rule.js';
import type { PgLock } from '../knowledge/pg-locks.js';
import { mismatchedLocks, predictLocks, predictRewrite, rewriteContradicted, statementLocks } from '../knowledge/predict.js';

/**
 * The one place where Migra's prediction meets what a real engine observed (the verify stage);
 * the predictions and their comparison with an observation are knowledge/predict.ts.
 * A rule that predicts a table rewrite is contradicted when the engine applied the statement and
 * no table's storage changed. The observation wins for the engine's version and later: when
 * predictRewrite, the knowledge the rule's claim comes from, predicts the rewrite at the engine's
 * version too, that knowledge is wrong and the hit is dropped (with a note: a bug to fix in
 * Migra's knowledge); a prediction made only for an older configured version keeps the rule's own
 * knowledge. Every kept hit says what the engine saw.
 */

export interface Judged {
  hits: RuleHit[];
  notes: string[];
}

/** Run a rule and reconcile its hits with the engine's observations. */
export function judge(rule: Rule, ctx: RuleContext): Judged {
  const hits = rule.check(ctx);
  const v = ctx.verified;
  if (!v || !hits.length) return { hits, notes: [] };
  const notes: string[] = [];
  const kept: RuleHit[] = [];
  for (const hit of hits) {
    const stmt = statementOf(hit);
    const obs = stmt && v.observe(stmt);
    if (!obs || obs.status !== 'applied') {
      kept.push(hit);
      continue;
    }
    if ((hit.claims ?? rule.claims) === 'rewrite' && v.observesLocks && rewriteContradicted(obs)) {
      // Migra's prediction for the engine's version (or the configured one when that is later),
      // from the function the rule's claim came from: the hit is dropped only when that knowledge
      // says rewrite, so a hit that claims something else (an index rebuilt) keeps its finding.
      const at: DbTarget = atLeast(ctx.target, v.version) ? ctx.target : { ...ctx.target, version: v.version };
      if (claimedOps(hit, stmt, ctx).some((r) => predictRewrite(r.op, r.before, at))) {
        notes.push(`${stmt.file}:${stmt.line}: ${rule.id} predicted a table rewrite, but ${v.engine} applied the statement without rewriting any table; the finding was dropped (Migra's knowledge is wrong here).`);
        continue;
      }
    }
    kept.push({ ...hit, verified: describe(obs, v) });
  }
  return { hits: kept, notes };
}

/** Lock predictions that the engine contradicted, for every applied statement of the pull request (PostgreSQL). */
export function lockMismatches(ctx: RuleContext): string[] {
  const v = ctx.verified;
  if (!v?.observesLocks) return [];
  const out: string[] = [];
  const target: DbTarget = { ...ctx.target, version: v.version };
  const byStatement = new Map<string, { r: ReviewedOp; obs: StatementObservation; locks: (PgLock | undefined)[] }>();
  for (const r of ctx.ops) {
    const obs = v.observe(r.op.stmt);
    if (!obs || obs.status !== 'applied' || r.op.stmt.inTransaction === false) continue;
    // A statement takes the strongest lock of its operations (a Django AddField is ADD COLUMN, then a key, then DROP DEFAULT).
    const key = observationKey(r.op.stmt);
    const s = byStatement.get(key) ?? { r, obs, locks: [] };
    s.locks.push(predictLocks(r.op, r.before, target));
    byStatement.set(key, s);
  }
  for (const { r, obs, locks } of byStatement.values()) {
    for (const m of mismatchedLocks(statementLocks(locks), obs)) out.push(`${r.op.stmt.file}:${r.op.stmt.line}: Migra predicts ${m.predicted} on ${m.table}; ${v.engine} took ${m.observed}.`);
  }
  return [...new Set(out)];
}

/** One short line: "verified on PostgreSQL 17.5 (PGlite): ACCESS EXCLUSIVE on orders, table rewritten". */
export function describe(obs: StatementObservation, v: VerifiedSet): string {
  const parts: string[] = [];
  if (v.observesLocks) {
    const locks = obs.locks.slice(0, 3).map((l) => `${l.mode} on ${l.table}`);
    if (obs.locks.length > 3) locks.push(`${obs.locks.length - 3} more`);
    parts.push(...locks);
    parts.push(obs.rewrittenTables.length ? `rewritten: ${obs.rewrittenTables.join(', ')}` : 'no table rewritten');
    if (obs.createdIndexes.length) parts.push(`index${obs.createdIndexes.length > 1 ? 'es' : ''} built: ${obs.createdIndexes.join(', ')}`);
  } else {
    parts.push('applied');
    // MySQL, MariaDB: no locks to read, but a rebuild shows as a new InnoDB table id.
    if (obs.rewrittenTables.length) parts.push(`table rebuilt: ${obs.rewrittenTables.join(', ')}`);
  }
  return `verified on ${v.engine}: ${parts.join(', ')}`;
}

function statementOf(hit: RuleHit | undefined): Statement | undefined {
  const at = hit?.at;
  return at && 'index' in at && 'inTransaction' in at ? at : undefined;
}

function sameStatement(a: Statement | undefined, b: Statement): boolean {
  return !!a && a.file === b.file && a.index === b.index;
}

/**
 * The operations a hit's claim is about: its own, with those of the same kind on the same table in
 * the same statement (one ALTER TABLE that changes several columns is one finding); every
 * operation of the statement when the hit names none.
 */
function claimedOps(hit: RuleHit, stmt: Statement, ctx: RuleContext): ReviewedOp[] {
  const own = hit.op;
  const same = ctx.ops.filter((r) => sameStatement(r.op.stmt, stmt));
  if (!own) return same;
  const d = ctx.target.dialect;
  const key = (r: ReviewedOp) => (r.op.kind === 'alter_column_type' || r.op.kind === 'add_column' ? tableKey(r.op.table, d) : undefined);
  return same.filter((r) => r === own || (r.op.kind === own.op.kind && key(r) !== undefined && key(r) === key(own)));
}
