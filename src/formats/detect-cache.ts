import { sha256Hex } from '../model/sha256.js';
import type { MigrationFile, MigrationSet, TreeView } from '../model/migration.js';
import { deferUps, upDigest } from './up-text.js';

/*
 * What detection makes of a planned set's files, kept between runs. A set is a function of its
 * plan (folder, format, the paths it reads, how it was configured), of the content of those
 * paths and of the options that decide a dialect; the key holds all of it, the contents by
 * blob id, and the detection code by a hash of its sources (engineId). So a warm review does
 * not read the history's files to find its sets: they come back with their texts unread
 * (up-text.ts), read only when something asks.
 *
 * Kept only for sets whose files are each its own whole text, SQL (the text is read back as the
 * file's blob); sets of other files (goose's or dbmate's down sections blanked, Liquibase
 * changesets, Python migrations) are read as before.
 */

/** Entries by key; the store knows nothing of their shape. Errors only cost the time saved. */
export interface DetectCache {
  /** What detection's sources hash to: another build of them, other keys. */
  engineId: string;
  get(key: string): string | undefined;
  set(key: string, body: string): void;
}

/** Bumped when the entry layout changes. */
const FORMAT = 'migra-detect/1';

type KeptFile = Omit<MigrationFile, 'up'> & { upDigest: string };
type KeptSet = Omit<MigrationSet, 'files' | 'id' | 'dir'> & { files: KeptFile[] };

interface Entry {
  format: string;
  key: string;
  /** null: the plan makes no set (no file in it is a migration of its format). */
  set: KeptSet | null;
}

/** A tree that can also read synchronously: a deferred text is read when first asked for. */
export type SyncTree = TreeView & { readSync(paths: string[]): Map<string, string> };

export function canDefer(tree: TreeView): tree is SyncTree {
  return typeof (tree as Partial<SyncTree>).readSync === 'function';
}

/** The key of a plan: `plan` as JSON-able facts, every path it reads with its blob id, and the options. */
export function planKey(cache: DetectCache, tree: TreeView, plan: unknown, paths: readonly string[], options: unknown): string {
  const blobs = paths.map((p) => [p, tree.blobId(p) ?? null]);
  return sha256Hex(JSON.stringify([FORMAT, cache.engineId, plan, blobs, options ?? null]));
}

/**
 * The set kept under `key` (null: the plan makes none), its texts deferred; undefined when there
 * is no whole entry of this layout for the key and these blobs (then the caller detects anew).
 */
export function keptSet(cache: DetectCache, key: string, dir: string, tree: SyncTree): MigrationSet | null | undefined {
  const body = cache.get(key);
  if (body === undefined) return undefined;
  let e: Entry;
  try {
    e = JSON.parse(body) as Entry;
  } catch {
    return undefined;
  }
  if (!isObject(e) || e.format !== FORMAT || e.key !== key) return undefined;
  if (e.set === null) return null;
  const s = e.set;
  if (!isObject(s) || typeof s.format !== 'string' || typeof s.dialect !== 'string' || typeof s.dialectSource !== 'string' || typeof s.supportsDown !== 'boolean' || !Array.isArray(s.files)) return undefined;
  if (!s.files.every((f) => isKeptFile(f) && tree.blobId(f.path) === f.blobId)) return undefined;
  const digests = new Map<MigrationFile, string>();
  const files = s.files.map(({ upDigest, ...rest }) => {
    const f = rest as MigrationFile;
    digests.set(f, upDigest);
    return f;
  });
  deferUps(files, tree, (f) => digests.get(f)!);
  return { ...s, id: dir, dir, files };
}

/** Keep what detection made of a plan, when its files can be read back by blob (see above); whether it was kept. `digests`: upDigest's hashes by text. */
export function keepSet(cache: DetectCache, key: string, set: MigrationSet | undefined, texts: ReadonlyMap<string, string>, digests?: Map<string, string>): boolean {
  let kept: KeptSet | null = null;
  if (set) {
    if (!set.files.every((f) => f.language === 'sql' && !f.units && !f.graph && f.up === texts.get(f.path))) return false;
    const { id: _id, dir: _dir, files, ...rest } = set;
    // upDigest: the parse cache's key of the same file (parse-cache.ts) then hashes its text no second time.
    kept = {
      ...rest,
      files: files.map((file) => {
        const { up: _up, ...f } = file;
        return { ...f, upDigest: upDigest(file, digests) };
      }),
    };
  }
  const entry: Entry = { format: FORMAT, key, set: kept };
  cache.set(key, JSON.stringify(entry));
  return true;
}

/*
 * A whole tree seen before (the same paths with the same blobs, the same options) has the same
 * plans: its entry names them, and detection neither lists plans again nor reads a file.
 */

interface TreeEntry {
  format: string;
  key: string;
  plans: { dir: string; key: string }[];
}

/**
 * The key of a tree: every path with its blob id, and the options. A git tree whose root tree id
 * is known is keyed by that id instead, which names the same (git's object ids hash everything
 * under them), without hashing every path again at every run.
 */
export function treeKey(cache: DetectCache, tree: TreeView & { treeId?: string }, options: unknown): string {
  if (tree.treeId) return sha256Hex(JSON.stringify([FORMAT, cache.engineId, 'git-tree', tree.treeId, options ?? null]));
  // One string, hashed once: an update per path costs more than the hashing (Lemmy: 1,474 paths).
  let listing = '';
  for (const p of tree.paths) listing += `${p}\0${tree.blobId(p) ?? ''}\n`;
  return sha256Hex(JSON.stringify([FORMAT, cache.engineId, 'tree', options ?? null]) + listing);
}

/** The sets of a tree seen before, in plan order; undefined unless its entry and each of its plans' are whole. */
export function keptTree(cache: DetectCache, key: string, tree: SyncTree): MigrationSet[] | undefined {
  const body = cache.get(key);
  if (body === undefined) return undefined;
  let e: TreeEntry;
  try {
    e = JSON.parse(body) as TreeEntry;
  } catch {
    return undefined;
  }
  if (!isObject(e) || e.format !== FORMAT || e.key !== key || !Array.isArray(e.plans)) return undefined;
  const sets: MigrationSet[] = [];
  for (const p of e.plans) {
    if (!isObject(p) || typeof p.dir !== 'string' || typeof p.key !== 'string') return undefined;
    const set = keptSet(cache, p.key, p.dir, tree);
    if (set === undefined) return undefined;
    if (set) sets.push(set);
  }
  return sets;
}

export function keepTree(cache: DetectCache, key: string, plans: { dir: string; key: string }[]): void {
  const entry: TreeEntry = { format: FORMAT, key, plans };
  cache.set(key, JSON.stringify(entry));
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const optional = (v: unknown, type: string) => v === undefined || typeof v === type;

function isKeptFile(v: unknown): v is KeptFile {
  if (!isObject(v)) return false;
  return (
    typeof v.path === 'string' &&
    typeof v.version === 'string' &&
    typeof v.name === 'string' &&
    v.language === 'sql' &&
    typeof v.hasDown === 'boolean' &&
    typeof v.transaction === 'string' &&
    typeof v.blobId === 'string' &&
    typeof v.upDigest === 'string' &&
    /^[0-9a-f]{64}$/.test(v.upDigest) &&
    optional(v.repeatable, 'boolean') &&
    optional(v.key, 'string') &&
    v.units === undefined &&
    v.graph === undefined
  );
}
