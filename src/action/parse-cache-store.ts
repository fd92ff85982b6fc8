import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diskParseCache, parserId, type DiskParseCache } from '../analyze/parse-cache.js';
import { diskReplayCache, replayCacheDir, type DiskReplayCache } from '../analyze/replay-cache.js';
import { detectCacheDir, diskDetectCache, type DiskDetectCache } from '../analyze/detect-store.js';
import * as log from './log.js';

/**
 * The parse cache of the action, kept between workflow runs by the Actions cache service. A run
 * on a fresh runner would otherwise parse the whole history again (most of a review's time).
 *
 * Keys: `migra-parse-<parser build>-<os>-<arch>-<run id>-<attempt>-<digest of the entries>`.
 * Restore asks for the newest entry under the prefix (the parser build and OS: another build's
 * entries are never restored). Save stores exactly the entries this review read, wrote or kept
 * for files a replay snapshot stood in for, the snapshots it read or wrote (`replay/`) and the
 * migration sets it found (`detect/`), and only when it wrote parse entries or snapshots: a review that found everything in the cache uploads nothing. Entries
 * stay distrusted after a restore: the parse cache and the replay cache check each one they read
 * (parse-cache.ts, replay-cache.ts) and rewrite what is corrupt or foreign, so that review saves a
 * repaired archive, which becomes the newest. Cache entries cannot be overwritten, hence the run
 * in the key: a repaired archive has the same contents, so the same digest, as the one that was
 * damaged after it was saved.
 */

/** The parts of @actions/cache the action uses. */
export interface CacheService {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface ActionParseCache {
  cache: DiskParseCache;
  /** Replay snapshots, in the folder's `replay/` (replay-cache.ts): saved and restored with the parse cache. */
  replay: DiskReplayCache;
  /** Migration sets found, in the folder's `detect/` (analyze/detect-store.ts): saved with the rest, never a reason to save. */
  detect: DiskDetectCache;
  /** Store what this review used, when it differs from what was restored. */
  save(): Promise<void>;
}

export function parseCacheKeyPrefix(): string {
  return `migra-parse-${parserId()}-${process.platform}-${process.arch}-`;
}

/**
 * The Actions cache service when the runner offers one (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL);
 * @actions/cache (with the Azure storage client) is only loaded then.
 */
export async function actionsCacheService(env: NodeJS.ProcessEnv = process.env): Promise<CacheService | undefined> {
  if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL) return undefined;
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}

/** Restore the folder's entries from the service (if any) and open the parse cache on it. */
export async function restoreParseCache(dir: string, service: CacheService | undefined, env: NodeJS.ProcessEnv = process.env): Promise<ActionParseCache> {
  const prefix = parseCacheKeyPrefix();
  let restored: string | undefined;
  if (service) {
    try {
      restored = await service.restoreCache([dir], prefix, [prefix]);
    } catch (e) {
      // A cache is only ever time saved: the review goes on without it.
      log.info(`Parse cache not restored: ${(e as Error).message.split('\n')[0]}`);
    }
    log.info(restored ? `Parse cache restored from ${restored}` : `No parse cache saved yet under ${prefix}…`);
  } else {
    log.info('No Actions cache service on this runner: the parse cache lasts this run only');
  }
  const cache = diskParseCache(dir, undefined, { keepOnlyUsed: true });
  const replayDir = replayCacheDir(dir);
  const replay = diskReplayCache(replayDir);
  const detectDir = detectCacheDir(dir);
  const detect = diskDetectCache(detectDir);
  return {
    cache,
    replay,
    detect,
    async save() {
      if (!service) return;
      // Normally done by the review already; a review that failed half-way saves what it wrote.
      cache.flush();
      if (!cache.written && !replay.written) {
        log.info(`Parse cache unchanged (${cache.usedKeys.size} entries and ${replay.used.size} replay snapshot${replay.used.size === 1 ? '' : 's'} used, none written): not saved again`);
        return;
      }
      const snapshots = [...replay.used].map((n) => `${relative(dir, replayDir)}/${n}`);
      const sets = [...detect.used].map((n) => `${relative(dir, detectDir)}/${n}`);
      const kept = prune(dir, new Set([...cache.used, ...snapshots, ...sets]));
      const key = `${prefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}-${digest(dir, kept)}`;
      try {
        const id = await service.saveCache([dir], key);
        const what = `${cache.usedKeys.size} entries (${cache.written} new) and ${snapshots.length} replay snapshot${snapshots.length === 1 ? '' : 's'} (${replay.written} new)`;
        log.info(id === -1 ? `Parse cache not saved under ${key}` : `Parse cache saved: ${what} under ${key}`);
      } catch (e) {
        log.info(`Parse cache not saved: ${(e as Error).message.split('\n')[0]}`);
      }
    },
  };
}

/** Delete every file of the folder this review did not use (old entries, torn writes); the kept ones, sorted. */
function prune(dir: string, used: ReadonlySet<string>): string[] {
  const kept: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return kept;
  }
  for (const name of names.sort()) {
    const rel = name.split('\\').join('/');
    if (used.has(rel)) kept.push(rel);
    else if (/\.json$|\.json\.gz$|\.pack$|\.tmp$/.test(rel)) rmSync(join(dir, name), { force: true });
  }
  return kept;
}

function digest(dir: string, names: readonly string[]): string {
  const h = createHash('sha256');
  for (const n of names) {
    let body: Buffer;
    try {
      body = readFileSync(join(dir, n));
    } catch {
      continue;
    }
    h.update(`${n}\0${body.length}\0`).update(body);
  }
  return h.digest('hex').slice(0, 12);
}
