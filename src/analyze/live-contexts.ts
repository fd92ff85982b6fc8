import type { RuleContext } from '../rules/rule.js';
import { readLive, type LiveOptions } from '../live/index.js';
import type { LoadedSet } from './load.js';

export interface LiveContextsResult {
  notes: string[];
  /** The engine read, when a connection was made. */
  engine?: string;
  ms: number;
}

/**
 * Runs the live stage for the sets under review: what their statements touch in the team's
 * database goes into each set's RuleContext (`ctx.live`). Facts only, and never a failure of the
 * review: whatever goes wrong is a note.
 */
export async function liveContexts(sets: ReadonlyMap<LoadedSet, RuleContext | undefined>, opts: LiveOptions | undefined): Promise<LiveContextsResult> {
  if (!opts?.url) return { notes: [], ms: 0 };
  const ctxs = [...sets.values()].filter((c): c is RuleContext => !!c && c.ops.length > 0);
  if (!ctxs.length) return { notes: [], ms: 0 };
  const result = await readLive(
    ctxs.map((c) => ({
      name: c.set.dir || '.',
      dialect: c.target.dialect,
      base: c.base,
      ops: c.ops,
      existedAtBase: (t) => c.existedAtBase(t),
      columnExistedAtBase: (t, col) => c.columnExistedAtBase(t, col),
    })),
    opts,
  );
  let engine: string | undefined;
  for (const [i, facts] of result.facts) {
    ctxs[i].live = facts;
    engine = facts.engine;
  }
  return { notes: result.notes, engine, ms: result.ms };
}
