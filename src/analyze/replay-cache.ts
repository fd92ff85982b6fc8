import { LayeredMap } from '../model/layered-map.js';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Dialect } from '../model/dialect.js';
import type { QName } from '../model/operation.js';
import type { Schema, Table } from '../model/schema.js';
import { sourceParserId } from './parse-cache.js';
import type { UserFunction } from '../rules/lib/user-functions.js';

/**
 * Schemas replayed by earlier runs: the state of a migration set after the first files of its
 * history (see history-snapshot.ts for the keys). A warm review starts from the longest such
 * prefix the pull request leaves alone and replays only the files after it. Beside the schema an
 * entry keeps what rules would otherwise read the history's text for: the user functions it
 * creates (rules/lib/user-functions.ts). An entry is read back only when it is whole (gzip checks
 * its CRC), carries its own key and has the shape of a snapshot; anything else is ignored,
 * removed, and written again by the run that replays instead.
 */
export interface ReplayCache {
  /** Whether an entry is stored under the key, without reading it (cheap: a history probes many). */
  has(key: string): boolean;
  /** The snapshot stored under the key; undefined when missing, torn, foreign or misshapen. */
  get(key: string, dialect: Dialect): HistorySnapshot | undefined;
  set(key: string, snapshot: HistorySnapshot): void;
}

/** The state the first files of a history leave. */
export interface HistorySnapshot {
  schema: Schema;
  /** The user functions they create, in the order and with the values historyFunctions gives. */
  functions: UserFunction[];
}

/** Bumped when the entry layout changes. */
const FORMAT = 'migra-replay-snapshot/2';

declare const __MIGRA_REPLAY_ID__: string | undefined;

let replayIdFromSources: string | undefined;

/**
 * What identifies replay: the front ends and parsers (which make the operations), the model and
 * the replay code (schema/, and the replay loop of analyze/replay-set.ts). The bundle carries the
 * hash made when it was built (src/tools/bundle.ts); run from source it is computed from the files.
 */
export function replayEngineId(): string {
  if (typeof __MIGRA_REPLAY_ID__ === 'string') return __MIGRA_REPLAY_ID__;
  replayIdFromSources ??= sourceReplayId(join(dirname(fileURLToPath(import.meta.url)), '..'));
  return replayIdFromSources;
}

export function sourceReplayId(srcDir: string): string {
  return sourceParserId(srcDir, REPLAY_SOURCES);
}

/**
 * Sources, relative to src/, whose change makes another schema of the same operations, or other
 * user functions of the same files (the catalog of volatile built-ins among them).
 */
const REPLAY_SOURCES = [
  'frontends',
  'model',
  'python',
  'schema',
  'analyze/replay-set.ts',
  'analyze/replay-cache.ts',
  'analyze/history-snapshot.ts',
  'rules/lib/user-functions.ts',
  'knowledge/pg-catalog-data.ts',
];

/** The replay cache's folder inside a parse cache's folder: the action saves and restores them together. */
export function replayCacheDir(parseCacheDir: string): string {
  return join(parseCacheDir, 'replay');
}

/** What a run did with the folder (the action keeps it between workflow runs). */
export interface DiskReplayCache extends ReplayCache {
  /** Entry files this run read whole or wrote, relative to the folder. */
  readonly used: ReadonlySet<string>;
  readonly written: number;
}

/** One gzip file per snapshot in `dir`. Errors reading or writing only cost the time saved. */
export function diskReplayCache(dir: string): DiskReplayCache {
  const relOf = (key: string) => `${key}.json.gz`;
  const used = new Set<string>();
  let written = 0;
  // A review without a snapshot probes every prefix of its history (planSnapshot): in a folder
  // that is not there (a first run) the disk is asked once, and the paths are not normalized
  // one by one (path.join was most of a probe's time).
  let missing: boolean | undefined;
  const root = join(dir, '.');
  return {
    used,
    get written() {
      return written;
    },
    has(key) {
      missing ??= !existsSync(root);
      return !missing && existsSync(`${root}/${relOf(key)}`);
    },
    get(key, dialect) {
      const path = join(dir, relOf(key));
      let body: Buffer;
      try {
        body = readFileSync(path);
      } catch {
        return undefined;
      }
      const snapshot = decodeSnapshot(body, key, dialect);
      if (snapshot) used.add(relOf(key));
      // Never trusted again: the run that replays instead writes the entry anew.
      else rmSync(path, { force: true });
      return snapshot;
    },
    set(key, snapshot) {
      const path = join(dir, relOf(key));
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed: a reader never sees half an entry, and concurrent runs do not mix theirs.
        const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        missing = false;
        writeFileSync(tmp, encodeSnapshot(snapshot, key));
        renameSync(tmp, path);
        used.add(relOf(key));
        written++;
      } catch {
        // A read-only or full disk: the next run replays again.
      }
    },
  };
}

interface Entry {
  format: string;
  key: string;
  dialect: Dialect;
  tables: [string, Table][];
  enums: [string, string[]][];
  views: [string, { name: QName; materialized: boolean }][];
  schemas: string[];
  functions: UserFunction[];
}

export function encodeSnapshot({ schema: s, functions }: HistorySnapshot, key: string): Buffer {
  const entry: Entry = { format: FORMAT, key, dialect: s.dialect, tables: [...s.tables], enums: [...s.enums], views: [...s.views], schemas: [...s.schemas], functions };
  // Level 1: half of level 6's time on Lemmy's snapshots (1.3 ms against 2.5 for 211 KB), for 7 KB more; gunzip reads either.
  return gzipSync(JSON.stringify(entry), { level: 1 });
}

/** The snapshot of an entry, or undefined for anything but a whole entry of this layout written under this key. */
export function decodeSnapshot(body: Buffer, key: string, dialect: Dialect): HistorySnapshot | undefined {
  let e: Entry;
  try {
    e = JSON.parse(gunzipSync(body).toString('utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (!e || typeof e !== 'object' || e.format !== FORMAT || e.key !== key || e.dialect !== dialect) return undefined;
  if (!pairs(e.tables, isTable) || !pairs(e.enums, isStrings) || !pairs(e.views, isView) || !isStrings(e.schemas) || !every(e.functions, isFunction)) return undefined;
  // A LayeredMap, like every schema replay makes: forks of it share their tables.
  const schema: Schema = { dialect, tables: new LayeredMap(e.tables), enums: new Map(e.enums), views: new Map(e.views), schemas: new Set(e.schemas) };
  return { schema, functions: e.functions };
}

// ---------------------------------------------------------------- shape checks

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isQName: Check = (v) => isObject(v) && typeof v.name === 'string' && (v.schema === undefined || typeof v.schema === 'string');
const isView: Check = (v) => isObject(v) && isQName(v.name) && typeof v.materialized === 'boolean' && (v.reads === undefined || every(v.reads, isQName));
const every = (v: unknown, check: Check) => Array.isArray(v) && v.every(check);

function pairs(v: unknown, check: Check): boolean {
  return every(v, (p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && check(p[1]));
}

const isType: Check = (v) => isObject(v) && typeof v.name === 'string' && every(v.args, (a) => typeof a === 'number') && typeof v.array === 'number' && typeof v.raw === 'string';
const isColumn: Check = (v) => isObject(v) && typeof v.name === 'string' && isType(v.type) && typeof v.nullable === 'boolean' && (v.default === undefined || (isObject(v.default) && typeof v.default.text === 'string'));
const isConstraint: Check = (v) => isObject(v) && typeof v.name === 'string' && typeof v.kind === 'string' && isStrings(v.columns) && (v.references === undefined || (isObject(v.references) && isQName(v.references.table) && isStrings(v.references.columns)));
const isIndex: Check = (v) => isObject(v) && typeof v.name === 'string' && every(v.elems, isObject) && typeof v.unique === 'boolean';
const isFunction: Check = (v) =>
  isObject(v) && typeof v.name === 'string' && (v.declared === 'immutable' || v.declared === 'stable' || v.declared === 'volatile') && isStrings(v.unstable) && (v.text === undefined || typeof v.text === 'string') && v.stmt === undefined;
const isTable: Check = (v) => isObject(v) && isQName(v.name) && every(v.columns, isColumn) && every(v.constraints, isConstraint) && every(v.indexes, isIndex);
