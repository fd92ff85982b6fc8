import type { LocatedOp } from '../model/operation.js';
import type { MigrationFile } from '../model/migration.js';
import { observationKey } from '../model/verified.js';
import type { RuleContext } from '../rules/rule.js';
import { defaultCacheDir, verifySet, type VerifyOptions } from '../verify/index.js';
import type { LoadedSet } from './load.js';

/**
 * Runs the verify stage for the sets under review: each PostgreSQL and SQLite set the pull request changes is applied to an
 * embedded engine (PGlite, sql.js), its history first, then the pull request's statements, and
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
    const chain = [...(loaded.after ?? []), loaded];
    const files: MigrationFile[] = chain.flatMap((l) => l.head?.files ?? []);
    if (files.some((f) => f.language !== 'sql')) {
      out.notes.push(`${name}: not verified on a real engine: ${ctx.set.format} migrations are Python, and the SQL they run is not rendered for the engine yet.`);
      continue;
    }
    const ops = new Map<MigrationFile, LocatedOp[]>();
    for (const l of chain) for (const [f, o] of l.ops) ops.set(f, o);
    const reviewed = new Set(ctx.ops.map((r) => observationKey(r.op.stmt)));
    const result = await verifySet({
      name,
      dialect,
      files,
      ops,
      reviewed: (s) => reviewed.has(observationKey(s)),
      cacheDir: opts.cacheDir === '' ? undefined : opts.cacheDir ?? defaultCacheDir(),
    });
    out.notes.push(...result.notes);
    if (result.verified) ctx.verified = result.verified;
  }
  out.ms = Math.round(performance.now() - t0);
  return out;
}
