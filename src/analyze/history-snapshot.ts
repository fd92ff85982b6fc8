import { sha256Hex } from '../model/sha256.js';
import type { FileChange, MigrationFile, MigrationSet } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { emptySchema, type Schema } from '../model/schema.js';
import { replayEngineId, type ReplayCache } from './replay-cache.js';
import { functionsAfter, type UserFunction } from '../rules/lib/user-functions.js';
import { forkSchema } from '../schema/clone.js';
import { upDigest } from '../formats/up-text.js';
import { replayOnto, type ReviewScope, type SetReplay } from './replay-set.js';

/*
 * A warm review replays only what the pull request can have changed. Files at the start of a set's
 * history that are the same at both commits (same path, same content, same way of running) and
 * that the pull request does not touch leave the same schema at both: that schema is kept between
 * runs (replay-cache.ts), and base and head each replay only the files after it.
 *
 * Keys are chained: the key of the first k files is a hash of the key of the first k - 1 and of
 * the k-th file's identity, from a root naming the replay build and the dialect. So every prefix
 * of a history has its own key, computed in one pass, and a review can start from the longest
 * prefix any earlier run left (the base branch moved on by three migrations: replay three).
 * A SQL file's identity is what its operations are a function of (as the parse cache keys them);
 * a Python migration's operations depend on the files before it (Django's model state), so its
 * identity is a hash of its operations themselves.
 */

/** What a set's review does with the replay cache; planned when the set is loaded. */
export interface SnapshotPlan {
  /** Files at the start of both commits' histories that the pull request leaves alone. */
  prefix: number;
  /** How many of them the schema found in the cache covers (0: none found). */
  from: number;
  schema?: Schema;
  /** The user functions the `from` files create (with `schema`). */
  functions?: UserFunction[];
  /** keys[k]: the key of the state after the first k files of the prefix (k ≤ prefix). */
  keys: string[];
  /** The key of the state after every file at head. */
  headKey: string;
}

const FORMAT = 'migra-replay-key/2';

/**
 * The prefix of `base` and `head` that no change touches and that is equal at both, and the
 * longest part of it the cache holds. `opsOf` gives the operations of Python files (parsed by now).
 */
export function planSnapshot(
  base: MigrationSet,
  head: MigrationSet,
  changes: readonly FileChange[],
  opsOf: (f: MigrationFile) => readonly LocatedOp[] | undefined,
  cache: ReplayCache,
): SnapshotPlan {
  const touched = new Set(changes.flatMap((c) => (c.oldPath ? [c.path, c.oldPath] : [c.path])));
  const identity = (f: MigrationFile) => fileIdentity(f, opsOf);
  // The format decides the tool's own table the replay starts from.
  const keys = [sha256Hex(`${FORMAT}\0${replayEngineId()}\0${head.dialect}\0${head.format}\0`)];
  const n = Math.min(base.files.length, head.files.length);
  let prefix = 0;
  for (; prefix < n; prefix++) {
    const [b, h] = [base.files[prefix], head.files[prefix]];
    if (touched.has(b.path) || touched.has(h.path)) break;
    const id = identity(h);
    if (identity(b) !== id) break;
    keys.push(chain(keys[prefix], id));
  }
  let from = 0;
  let found: ReturnType<ReplayCache['get']>;
  for (let k = prefix; k > 0 && !found; k--) {
    if (!cache.has(keys[k])) continue;
    found = cache.get(keys[k], head.dialect);
    if (found) from = k;
  }
  let headKey = keys[prefix];
  for (let i = prefix; i < head.files.length; i++) headKey = chain(headKey, identity(head.files[i]));
  return { prefix, from, schema: found?.schema, functions: found?.functions, keys, headKey };
}

function chain(key: string, identity: string): string {
  return sha256Hex(`${key}\0${identity}`);
}

function fileIdentity(f: MigrationFile, opsOf: (f: MigrationFile) => readonly LocatedOp[] | undefined): string {
  const head = `${f.language}\0${f.path}\0${f.blobId}\0${f.transaction}\0`;
  // The text's hash, which a warm review knows without reading the text (formats/up-text.ts);
  // the key chain hashes the whole identity, so it is not hashed again here.
  if (f.language === 'sql') return `${head}${upDigest(f)}`;
  return sha256Hex(`${head}${JSON.stringify(opsOf(f) ?? null)}`);
}

/**
 * Replay base and head from the snapshot: the part of the prefix the cache did not hold is
 * replayed once (not once per commit) and kept, and so is the state after every file at head,
 * which the next pull request on top of this head starts from. The schemas are the ones a replay
 * of every file from an empty schema makes: replay is a function of the schema and the operation.
 * `functions`: the user functions of the prefix, for the rules (RuleContext.snapshotFunctions).
 */
export function replayFromSnapshot(
  plan: SnapshotPlan,
  base: readonly MigrationFile[],
  head: readonly MigrationFile[],
  ops: ReadonlyMap<MigrationFile, LocatedOp[]>,
  dialect: MigrationSet['dialect'],
  underReview: (f: MigrationFile) => ReviewScope,
  cache: ReplayCache,
  /** Where the replay starts without a snapshot: the tool's own table (startSchemas). */
  initial?: Schema,
): { base: Schema; head: SetReplay; functions: { files: number; functions: UserFunction[] } } {
  // Base and head fork the shared state (copy-on-write): a table neither changes stays one object,
  // which the diff of base and head then skips.
  const fork = (s: Schema | undefined) => (s ? forkSchema(s) : emptySchema(dialect));
  const opsOf = (f: MigrationFile) => ops.get(f);
  let start = plan.schema ?? initial;
  let functions = plan.functions ?? [];
  let at = plan.from;
  if (at < plan.prefix) {
    start = replayOnto(fork(start), head.slice(at, plan.prefix), ops, () => false).schema;
    functions = functionsAfter(functions, head.slice(at, plan.prefix), opsOf, dialect);
    at = plan.prefix;
    cache.set(plan.keys[at], { schema: start, functions });
  }
  const baseSchema = replayOnto(fork(start), base.slice(at), ops, () => false).schema;
  const headReplay = replayOnto(fork(start), head.slice(at), ops, underReview);
  if (head.length > at && !cache.has(plan.headKey)) cache.set(plan.headKey, { schema: headReplay.schema, functions: functionsAfter(functions, head.slice(at), opsOf, dialect) });
  return { base: baseSchema, head: headReplay, functions: { files: at, functions } };
}
