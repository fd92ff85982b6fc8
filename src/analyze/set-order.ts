import { setPathKey, type Config } from '../config/model.js';
import { MigraError } from '../model/errors.js';
import { emptySchema, type Schema } from '../model/schema.js';
import { replay } from '../schema/replay.js';
import type { LoadedSet } from './load.js';
import { replayFiles } from './replay-set.js';

/*
 * Sets are independent databases unless config orders them: several Alembic environments of one
 * application (a core and apps with their own version tables and folders, as multi-app
 * frameworks have), or any sets that run one after another on the same database. A set with
 * `after: <path>` starts from the schema the sets it runs after leave, at the same commit, so an
 * app's revision that alters a core table finds it.
 */

/** Each loaded set's `after`: every set it runs after, directly or not, in the order they run. */
export function orderSets(loaded: readonly LoadedSet[], config: Config): void {
  const configured = config.sets ?? [];
  if (!configured.some((s) => s.after?.length)) return;
  const dirOf = (l: LoadedSet) => (l.head ?? l.base)!.dir;
  // A configured `prisma` path may stand for its `migrations` folder.
  const setAt = (path: string) => loaded.find((l) => dirOf(l) === setPathKey(path) || dirOf(l) === `${setPathKey(path)}/migrations`);
  const direct = new Map<LoadedSet, LoadedSet[]>();
  configured.forEach((cfg, i) => {
    const self = setAt(cfg.path);
    if (!self) return;
    const before: LoadedSet[] = [];
    for (const a of cfg.after ?? []) {
      const other = setAt(a);
      // A set with no migration at either commit leaves nothing to start from.
      if (!other) continue;
      const [mine, theirs] = [(self.head ?? self.base)!.dialect, (other.head ?? other.base)!.dialect];
      if (mine !== theirs) {
        throw new MigraError(`sets[${i}] (${cfg.path}): after '${a}': a ${mine} set cannot run after a ${theirs} set; sets in order share one database, so give them the same dialect`);
      }
      before.push(other);
    }
    direct.set(self, before);
  });
  for (const l of loaded) {
    const order: LoadedSet[] = [];
    const visit = (s: LoadedSet) => {
      for (const p of direct.get(s) ?? []) {
        if (p === l || order.includes(p)) continue;
        visit(p);
        order.push(p);
      }
    };
    visit(l);
    if (order.length) l.after = order;
  }
}

/**
 * The schema a set starts from at base and at head: the migration tool's own table
 * (knowledge/tool-tables.ts), then what the sets it runs after leave, replayed in order.
 * `ordered`: sets run after others, whose own diff must leave their schema out.
 */
export function startSchemas(l: LoadedSet): { base?: Schema; head?: Schema; ordered: boolean } {
  const d = (l.head ?? l.base)!.dialect;
  const tool = l.tool ? replay(l.tool.ops, undefined, d).schema : undefined;
  if (!l.after?.length) return { base: tool, head: tool, ordered: false };
  let base = tool ?? emptySchema(d);
  let head = tool ?? emptySchema(d);
  for (const p of l.after) {
    if (p.base) base = replayFiles(p.base.files, p.ops, d, () => false, base).schema;
    if (p.head) head = replayFiles(p.head.files, p.ops, d, () => false, head).schema;
  }
  return { base, head, ordered: true };
}
