import { observationKey, type QueryTableColumns } from '../model/verified.js';
import type { RuleContext } from '../rules/rule.js';
import type { EngineAdapter } from '../verify/adapter.js';
import { Budget, defaultCacheDir, openServer, parseServerUrl, scrub, serverLabel, serves, verifySet, type ServerUrl, type VerifyOptions } from '../verify/index.js';
import type { LoadedSet } from './load.js';
import { headChain, renderedSql } from './orm-sql-files.js';

export interface VerifyResult {
  notes: string[];
  ms: number;
  /** Per set: the columns the engine gave the tables its history made from a query (see engine-columns.ts). */
  queryColumns: Map<LoadedSet, QueryTableColumns[]>;
}

/**
 * Runs the verify stage for the sets under review: each PostgreSQL and SQLite set the pull
 * request changes is applied to an embedded engine (PGlite, sql.js), or to a scratch database on
 * the server of `verify-url` for the sets of its dialect (the only way for MySQL and MariaDB), its
 * history first, then the pull request's statements (for Django and Alembic, the SQL Migra renders
 * from their operations: schema/orm-sql.ts), and what the engine observed goes into the set's
 * RuleContext (`ctx.verified`). Facts only: the rules decide. It never fails the review: whatever
 * goes wrong becomes a note.
 */
export async function verifyContexts(sets: ReadonlyMap<LoadedSet, RuleContext | undefined>, opts: VerifyOptions | undefined): Promise<VerifyResult> {
  const out: VerifyResult = { notes: [], ms: 0, queryColumns: new Map() };
  if (!opts?.enabled) return out;
  const t0 = performance.now();
  let server: ServerUrl | undefined;
  try {
    server = opts.url ? parseServerUrl(opts.url) : undefined;
  } catch (e) {
    out.notes.push(`Verification on a server: ${(e as Error).message}.`);
  }
  const budget = new Budget(opts.statementTimeoutMs, opts.budgetMs);
  let down: string | undefined;
  for (const [loaded, ctx] of sets) {
    if (!ctx || !loaded.head || !ctx.ops.length) continue;
    const name = ctx.set.dir || '.';
    const dialect = ctx.target.dialect;
    const onServer = !!server && serves(server, dialect);
    const mysqlFamily = dialect === 'mysql' || dialect === 'mariadb';
    if (mysqlFamily && !onServer) {
      out.notes.push(`${name}: not verified on a real engine: there is no embedded ${dialect === 'mysql' ? 'MySQL' : 'MariaDB'}; give a scratch server with verify-url (--verify-url) to verify it.`);
      continue;
    }
    // Django and Alembic: the SQL Migra renders for their operations, and RunSQL / op.execute as written.
    const { files, ops } = headChain(loaded);
    const reviewed = new Set(ctx.ops.map((r) => observationKey(r.op.stmt)));
    let engine: EngineAdapter | undefined;
    if (server && onServer) {
      // A server that failed once is not tried again for the next set (a dead host costs its connect timeout each time).
      const why = down ?? (await openServer(server, budget).then((db) => ((engine = db), undefined), (e: Error) => scrub(String(e?.message ?? e), server!)));
      if (why !== undefined) {
        down = why;
        out.notes.push(`${name}: not verified on ${serverLabel(server)}: ${why}${mysqlFamily ? '.' : '; verified on the embedded engine instead.'}`);
        if (mysqlFamily) continue;
      }
    }
    const result = await verifySet({
      name,
      dialect,
      files,
      ops,
      reviewed: (s) => reviewed.has(observationKey(s)),
      rendered: renderedSql(loaded),
      setup: loaded.tool?.table.sql,
      cacheDir: opts.cacheDir === '' ? undefined : opts.cacheDir ?? defaultCacheDir(),
      engine,
    });
    out.notes.push(...(server ? result.notes.map((n) => scrub(n, server!)) : result.notes));
    if (result.verified) ctx.verified = result.verified;
    if (result.verified && result.queryColumns?.length) out.queryColumns.set(loaded, result.queryColumns);
  }
  out.ms = Math.round(performance.now() - t0);
  return out;
}
