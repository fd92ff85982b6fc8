import { atLeast, type DbTarget } from '../model/dialect.js';
import type { Statement } from '../model/operation.js';
import type { StatementObservation, VerifiedSet } from '../model/verified.js';
import type { Rule, RuleContext, RuleHit } from '../rules/rule.js';
import { pgLockFor } from '../rules/lib/pg-locks.js';

/**
 * The one place where Migra's prediction meets what a real engine observed (the verify stage).
 * A rule that predicts a table rewrite is contradicted when the engine applied the statement and
 * no table's storage changed. The observation wins for the engine's version and later: when the
 * rule predicts the same at the engine's version, its knowledge is wrong and the hit is dropped
 * (with a note: a bug to fix in Migra's knowledge); a prediction the rule makes only for an older
 * configured version keeps the rule's own knowledge. Every kept hit says what the engine saw.
 */

/** What a rule's hit claims the statement does to the table, where an engine can observe it. */
const CLAIMS: Record<string, 'rewrite'> = {
  'table-rewrite-type-change': 'rewrite',
  'add-column-volatile-default': 'rewrite',
  'add-stored-generated-or-serial': 'rewrite',
};

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
  let atEngine: RuleHit[] | undefined;
  const kept: RuleHit[] = [];
  for (const hit of hits) {
    const stmt = statementOf(hit);
    const obs = stmt && v.observe(stmt);
    if (!obs || obs.status !== 'applied') {
      kept.push(hit);
      continue;
    }
    if ((hit.claims ?? CLAIMS[rule.id]) === 'rewrite' && v.observesLocks && !obs.rewrittenTables.length) {
      const engineTarget: DbTarget = { ...ctx.target, version: v.version };
      atEngine ??= atLeast(ctx.target, v.version) ? hits : rule.check({ ...ctx, target: engineTarget });
      if (atEngine.some((h) => (h.claims ?? CLAIMS[rule.id]) === 'rewrite' && sameStatement(statementOf(h), stmt))) {
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
  for (const r of ctx.ops) {
    const obs = v.observe(r.op.stmt);
    if (!obs || obs.status !== 'applied' || r.op.stmt.inTransaction === false) continue;
    const predicted = pgLockFor(r.op, { before: r.before, target });
    if (!predicted?.table) continue;
    const name = predicted.table.schema && predicted.table.schema !== 'public' ? `${predicted.table.schema}.${predicted.table.name}` : predicted.table.name;
    const seen = obs.locks.find((l) => l.table === name);
    if (seen && seen.mode !== predicted.lock) out.push(`${r.op.stmt.file}:${r.op.stmt.line}: Migra predicts ${predicted.lock} on ${name}; ${v.engine} took ${seen.mode}.`);
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
