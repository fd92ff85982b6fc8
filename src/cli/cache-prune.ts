import { readdirSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { MigraError } from '../model/errors.js';

/*
 * Keeps the CLI's cache folder (--cache-dir) under a size cap. Every review adds entries (parsed
 * files, replayed schemas, engine databases) and none is ever removed by the caches themselves, so
 * a user who reviews many repositories would grow the folder without bound. Like Go's build cache
 * (trimmed at most once a day, `trim.txt`) and ccache (least recently used first, down to 90 % of
 * its max_size), this runs after the report is written and walks the folder at most once a day:
 * every other run costs one stat of the stamp file. Only files whose names and places are those
 * of Migra's caches are ever removed (see ENTRIES), never a folder; anything else in the folder
 * stays. Concurrent runs are harmless: an entry removed while another run reads it is a miss for
 * that run (its reader treats a missing or torn file as absent), entries used in the last hour
 * and temporary files younger than an hour (a write in progress) are left alone, and two runs
 * pruning at once only remove what either would.
 */

/** The cap when neither --cache-max-size nor MIGRA_CACHE_MAX_SIZE says otherwise. */
export const DEFAULT_CACHE_MAX_BYTES = 500e6;

/** The file whose modification time says when the folder was last walked. */
export const PRUNE_STAMP = '.migra-pruned';

const DAY_MS = 24 * 3600e3;
const HOUR_MS = 3600e3;
/** Pruning stops once the folder is this share of the cap, so that it does not run again the next day for a few entries. */
const LOW_WATER = 0.9;

/**
 * Where the caches keep their entries in the folder, as they write them (the layout is theirs;
 * a test writes real entries through each cache and checks that every file is known here). A
 * cache added to the folder must add a line here to be pruned. `group`: files removed together.
 */
const ENTRIES: { cache: string; folder: RegExp | ''; file: RegExp; sharded?: boolean; group?: (name: string) => string }[] = [
  // analyze/parse-cache.ts: packs/<kind>.<unique>.pack (analyze/pack-store.ts), each pruned whole by its last use.
  { cache: 'parse', folder: /^packs$/, file: /^[0-9a-f]{16}\.[0-9a-f]{16,48}\.pack$/ },
  // Its layout before packs, one file an entry: <first 2 hex of the key>/<sha256>.json; no longer read, pruned as it ages.
  { cache: 'parse', folder: /^[0-9a-f]{2}$/, file: /^[0-9a-f]{16,128}\.json$/, sharded: true },
  // analyze/replay-cache.ts: replay/<sha256>.json.gz.
  { cache: 'replay', folder: /^replay$/, file: /^[0-9a-f]{16,128}\.json\.gz$/ },
  // analyze/detect-store.ts: detect/<sha256>.json, the migration sets found in a tree.
  { cache: 'detect', folder: /^detect$/, file: /^[0-9a-f]{16,128}\.json$/ },
  // verify/cache.ts: <key>.img and <key>.json, the engine's database and what it was built from.
  { cache: 'verify', folder: '', file: /^[0-9a-f]{16,128}\.(?:img|json)$/, group: (name) => name.replace(/\.(?:img|json)$/, '') },
];

/** The suffix the caches give a file while they write it (`.<pid>.<random>.<n>.tmp`, `.<pid>.tmp`, `.<pid>.<ms>`), renamed into place once whole. */
const TEMP_SUFFIX = /^(.+?)(\.\d+(?:\.[0-9a-f]+)*(?:\.tmp)?)$/;

export interface PruneOptions {
  /** The cap in bytes; 0 or less: no cap, never pruned. */
  maxBytes: number;
  /** Walk the folder at most this often (default a day). */
  intervalMs?: number;
  now?: number;
}

export interface PruneResult {
  /** Whether the folder was walked (else the stamp said it was, recently, or there is no cap or folder). */
  walked: boolean;
  /** Bytes Migra's entries take on disk, before and after. */
  bytesBefore: number;
  bytesAfter: number;
  /** Files removed: entries and stale temporary files. */
  removed: number;
}

interface Group {
  files: string[];
  bytes: number;
  /** Last use: the later of access and modification (reads update the access time on most systems, at least once a day). */
  used: number;
}

/** Prune the folder if it was not walked within the interval; never throws (a cache is only time saved). */
export function pruneCacheFolder(dir: string, opts: PruneOptions): PruneResult {
  const result: PruneResult = { walked: false, bytesBefore: 0, bytesAfter: 0, removed: 0 };
  if (!(opts.maxBytes > 0)) return result;
  const now = opts.now ?? Date.now();
  const stamp = join(dir, PRUNE_STAMP);
  try {
    if (now - statSync(stamp).mtimeMs < (opts.intervalMs ?? DAY_MS)) return result;
  } catch {
    // No stamp yet (or no folder: then there is nothing to prune, and the write below fails).
  }
  try {
    // Claimed before the walk: a run starting meanwhile does not walk too.
    writeFileSync(stamp, 'Migra walks this folder at most once a day to keep it under its size cap (--cache-max-size); this file says when it last did.\n');
  } catch {
    return result;
  }
  result.walked = true;
  const { groups, staleTemps } = readEntries(dir, now);
  for (const t of staleTemps) if (remove(t)) result.removed++;
  let total = 0;
  for (const g of groups) total += g.bytes;
  result.bytesBefore = result.bytesAfter = total;
  if (total <= opts.maxBytes) return result;
  const target = opts.maxBytes * LOW_WATER;
  for (const g of groups.filter((x) => now - x.used > HOUR_MS).sort((a, b) => a.used - b.used)) {
    if (total <= target) break;
    for (const f of g.files) if (remove(f)) result.removed++;
    total -= g.bytes;
  }
  result.bytesAfter = total;
  return result;
}

/** Migra's entries in the folder, grouped, and its temporary files older than an hour (left by a run that died). */
function readEntries(dir: string, now: number): { groups: Group[]; staleTemps: string[] } {
  const groups = new Map<string, Group>();
  const staleTemps: string[] = [];
  const top = list(dir);
  for (const kind of ENTRIES) {
    const folders = kind.folder === '' ? [''] : top.filter((d) => d.isDirectory() && (kind.folder as RegExp).test(d.name)).map((d) => d.name);
    for (const folder of folders) {
      for (const f of folder === '' ? top : list(join(dir, folder))) {
        if (!f.isFile() || (kind.sharded && !f.name.startsWith(folder))) continue;
        const path = join(dir, folder, f.name);
        const temp = kind.file.test(f.name) ? undefined : TEMP_SUFFIX.exec(f.name);
        if (!kind.file.test(f.name) && !(temp && kind.file.test(temp[1]))) continue;
        let st;
        try {
          st = statSync(path);
        } catch {
          continue;
        }
        if (temp) {
          if (now - st.mtimeMs > HOUR_MS) staleTemps.push(path);
          continue;
        }
        const key = `${kind.cache}:${folder}/${kind.group ? kind.group(f.name) : f.name}`;
        const g = groups.get(key) ?? { files: [], bytes: 0, used: 0 };
        g.files.push(path);
        // What the file takes on disk (du's count): a parse entry of 1.5 KB takes a 4 KB block.
        g.bytes += st.blocks > 0 ? st.blocks * 512 : st.size;
        g.used = Math.max(g.used, st.atimeMs, st.mtimeMs);
        groups.set(key, g);
      }
    }
  }
  return { groups: [...groups.values()], staleTemps };
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function remove(path: string): boolean {
  try {
    rmSync(path, { force: true });
    return true;
  } catch {
    // In use where the system forbids removing it (Windows): the next prune tries again.
    return false;
  }
}

const UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, ki: 2 ** 10, mi: 2 ** 20, gi: 2 ** 30, ti: 2 ** 40 };

/**
 * A size as --cache-max-size and MIGRA_CACHE_MAX_SIZE take it: bytes, or a number with k, M, G, T
 * (powers of 1000) or Ki, Mi, Gi, Ti (powers of 1024), a trailing B allowed (`500MB`, `2G`,
 * `1.5GiB`); 0 for no cap.
 */
export function parseCacheSize(text: string, where: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?)?b?\s*$/i.exec(text);
  if (!m) throw new MigraError(`${where}: "${text}" is not a size; give bytes or a number with k, M, G or T (e.g. 500MB, 2G), or 0 for no cap`);
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]);
}

/** The cap of a `migra check` run: the flag, else the environment, else 500 MB. */
export function cacheMaxBytes(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (flag !== undefined) return parseCacheSize(flag, '--cache-max-size');
  if (env.MIGRA_CACHE_MAX_SIZE) return parseCacheSize(env.MIGRA_CACHE_MAX_SIZE, 'MIGRA_CACHE_MAX_SIZE');
  return DEFAULT_CACHE_MAX_BYTES;
}
