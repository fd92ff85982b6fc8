import type { Config } from '../config/config.js';
import type { Dialect } from '../model/dialect.js';
import type { FileChange, MigrationFile, MigrationSet, TreeView } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { detectSets, detectShared } from '../formats/index.js';
import type { DetectCache } from '../formats/detect-cache.js';
import { readUps } from '../formats/up-text.js';
import { createPythonSession, loadSql, parseMigrationFile, type PythonSession } from '../frontends/index.js';
import { toolTable, type ToolTable } from '../knowledge/tool-tables.js';
import type { ParseCache } from './parse-cache.js';
import { planSnapshot, type SnapshotPlan } from './history-snapshot.js';
import type { ReplayCache } from './replay-cache.js';
import { orderSets } from './set-order.js';
import { compareText } from '../model/text-order.js';

/** One migration set seen at both commits, with every file parsed (but those a replay snapshot stands for). */
export interface LoadedSet {
  head?: MigrationSet;
  base?: MigrationSet;
  /**
   * Each file's operations. With a replay snapshot (`snapshot.from` > 0) the SQL files it covers are
   * not parsed and are absent: nothing reads them but replay. Python files are always here.
   */
  ops: Map<MigrationFile, LocatedOp[]>;
  /** Sets config says run before this one on the same database, in the order they run (`after:`). */
  after?: LoadedSet[];
  /** Python state after parsing every file of the set at each commit (Django's model state, for missing-migration). */
  python?: { base?: PythonSession; head?: PythonSession };
  /** Where the set's replay starts, when a replay cache was given (see history-snapshot.ts). */
  snapshot?: SnapshotPlan;
  /** The table the migration tool keeps its bookkeeping in, there before the first migration (knowledge/tool-tables.ts), and its operations. */
  tool?: { table: ToolTable; ops: LocatedOp[] };
}

/** Replay snapshots for loadSets: the cache, and the pull request's changes (files it touches end the shared prefix). */
export interface SnapshotOptions {
  cache: ReplayCache;
  changes: readonly FileChange[];
  /** Parse the files the snapshot covers all the same (verification applies every statement). */
  parseEveryFile?: boolean;
}

/**
 * Find the sets at both commits and pair them by directory. Files whose content and
 * path are equal at both commits are parsed once, and SQL files not at all when `parseCache`
 * holds them from an earlier run, or when a replay snapshot (`snapshots`) covers them; with
 * `detectCache` too, the text of those is not even read.
 */
export async function loadSets(before: TreeView, head: TreeView, config: Config, parseCache?: ParseCache, snapshots?: SnapshotOptions, detectCache?: DetectCache): Promise<LoadedSet[]> {
  // Sets found by an earlier run come back with their texts unread: only those parsed below are read.
  // Both commits' detections share what they would each do alike (each file read and hashed once).
  const opts = { config: { dialect: config.dialect, sets: config.sets, ignorePaths: config.ignorePaths }, cache: detectCache, shared: detectShared() };
  const [headSets, baseSets] = await Promise.all([detectSets(head, opts), detectSets(before, opts)]);
  const byDir = new Map<string, LoadedSet>();
  for (const s of headSets) byDir.set(s.dir, { head: s, ops: new Map() });
  for (const s of baseSets) {
    const e = byDir.get(s.dir);
    if (e) e.base = s;
    else byDir.set(s.dir, { base: s, ops: new Map() });
  }
  const cache = new Map<string, Promise<LocatedOp[]>>();
  const parse = (f: MigrationFile, dialect: Dialect) => {
    const key = `${f.path}\0${f.blobId}\0${dialect}\0${f.transaction}`;
    let p = cache.get(key);
    if (!p) cache.set(key, (p = parseWithCache(f, dialect, parseCache)));
    return p;
  };
  const loaded = [...byDir.values()].sort((a, b) => compareText(dirOf(a), dirOf(b)));
  orderSets(loaded, config);
  // Sets that run one after another replay each other's whole history: no snapshot for them.
  const chained = new Set(loaded.flatMap((l) => (l.after ? [l, ...l.after] : [])));
  for (const l of loaded) {
    const sides = [l.base, l.head].filter((s): s is MigrationSet => !!s);
    // Django and Alembic files are read in graph order with state shared across the set.
    const python = new Map<MigrationFile, LocatedOp[]>();
    for (const s of sides) {
      if (!s.files.some((f) => f.language === 'python')) continue;
      const session = createPythonSession(config.version);
      for (const f of s.files) if (f.language === 'python') python.set(f, await parseMigrationFile(f, s.dialect, session));
      (l.python ??= {})[s === l.head ? 'head' : 'base'] = session;
    }
    if (snapshots && l.base && l.head && l.base.dialect === l.head.dialect && l.head.format !== 'schema-dump' && !chained.has(l)) {
      l.snapshot = planSnapshot(l.base, l.head, snapshots.changes, (f) => python.get(f), snapshots.cache);
    }
    const skip = snapshots?.parseEveryFile ? 0 : l.snapshot?.from ?? 0;
    // The texts to parse, in one batch (a text detection left unread is otherwise read when asked for).
    await readUps(sides.flatMap((s) => s.files.slice(skip)));
    for (const s of sides) {
      for (const [i, f] of s.files.entries()) {
        if (f.language === 'python') l.ops.set(f, python.get(f)!);
        else if (i >= skip) l.ops.set(f, await parse(f, s.dialect));
        else parseCache?.retain?.(f, s.dialect);
      }
    }
    const set = (l.head ?? l.base)!;
    const table = toolTable(set.format, set.dialect);
    if (table) l.tool = { table, ops: await toolOps(table, set, parseCache) };
  }
  return loaded;
}

/**
 * The operations of the tool's own table, through the parse cache like a file's: a warm review
 * whose files all come from caches then never loads a parser.
 */
async function toolOps(table: ToolTable, set: MigrationSet, parseCache: ParseCache | undefined): Promise<LocatedOp[]> {
  const parse = async () => (await loadSql()).parseSqlFile(table.sql, { file: `(${set.format})`, dialect: set.dialect });
  if (!parseCache) return parse();
  // Keyed like a file: this path, text and dialect.
  const f: MigrationFile = { path: `(${set.format})`, version: '', name: '', language: 'sql', up: table.sql, hasDown: false, transaction: 'none', blobId: '' };
  const cached = parseCache.get(f, set.dialect);
  if (cached) return cached;
  const ops = await parse();
  parseCache.set(f, set.dialect, ops);
  return ops;
}

function dirOf(l: LoadedSet): string {
  return (l.head ?? l.base)!.dir;
}

/** Python files are read in a session shared across their set, so only SQL files are kept between runs. */
async function parseWithCache(f: MigrationFile, dialect: Dialect, parseCache: ParseCache | undefined): Promise<LocatedOp[]> {
  if (!parseCache || f.language !== 'sql') return parseMigrationFile(f, dialect);
  const cached = parseCache.get(f, dialect);
  if (cached) return cached;
  const ops = await parseMigrationFile(f, dialect);
  parseCache.set(f, dialect, ops);
  return ops;
}
