import { observationKey } from '../model/verified.js';
import type { RuleContext } from '../rules/rule.js';
import { defaultCacheDir, verifySet, type VerifyOptions } from '../verify/index.js';
import type { LoadedSet } from './load.js';
import { headChain, renderedSql } from './orm-sql-files.js';

/**
 * Runs the verify stage for the sets under review: each PostgreSQL and SQLite set the pull request changes is applied to an
 * embedded engine (PGlite, sql.js), its history first, then the pull request's statements (for
 * Django and Alembic, the SQL Migra renders from their operations: schema/orm-sql.ts), and
 * what the engine observed goes into the set's RuleContext (`ctx.verified`). Facts only: the
 * rules decide. It never fails the review: whatever goes wrong becomes a note.
 */
export interface VerifyResult {
  notes: string[];
  ms: number;
}

export async function verifyContexts(sets: ReadonlyMap<LoadedSet, RuleContext | undefined>, opts: VerifyOptions | undefined): Promise<VerifyResult> {
  const out: VerifyResult = { notes: [], ms: 0 };
  if (!opts?.enabled) return out;
  const t0 = performance.now();
  for (const [loaded, ctx] of sets) {
    if (!ctx || !loaded.head || !ctx.ops.length) continue;
    const name = ctx.set.dir || '.';
    const dialect = ctx.target.dialect;
    if (dialect === 'mysql' || dialect === 'mariadb') {
      out.notes.push(`${name}: not verified on a real engine: there is no embedded ${dialect === 'mysql' ? 'MySQL' : 'MariaDB'}.`);
      continue;
    }
    // Django and Alembic: the SQL Migra renders for their operations, and RunSQL / op.execute as written.
    const { files, ops } = headChain(loaded);
    const reviewed = new Set(ctx.ops.map((r) => observationKey(r.op.stmt)));
    const result = await verifySet({
      name,
      dialect,
      files,
      ops,
      reviewed: (s) => reviewed.has(observationKey(s)),
      rendered: renderedSql(loaded),
      cacheDir: opts.cacheDir === '' ? undefined : opts.cacheDir ?? defaultCacheDir(),
    });
    out.notes.push(...result.notes);
    if (result.verified) ctx.verified = result.verified;
  }
  out.ms = Math.round(performance.now() - t0);
  return out;
}
