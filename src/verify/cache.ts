import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { QueryTableColumns } from '../model/verified.js';
import type { Skipped } from './skipped.js';

/**
 * The engine's database after the base history, kept on disk so the next review of the same
 * history skips the replay. Keyed by everything it was built from: the engine, its extensions,
 * and every statement with its transaction mode. A corrupt entry is ignored (and rewritten).
 */

/** Bump when what the runner does with a history changes: old entries are then never read. */
const FORMAT = 'migra-verify-2';

export interface CachedBase {
  image: Uint8Array;
  skipped: Skipped[];
  ran: number;
  /** Columns of the tables the history made from a query (see Runner.queryColumns). */
  queryColumns?: QueryTableColumns[];
}

/**
 * The folder Migra keeps its caches in unless told otherwise (parsed SQL files, the engine's
 * database of the base history): $XDG_CACHE_HOME/migra, else ~/.cache/migra. The XDG spec
 * ignores a relative XDG_CACHE_HOME.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'migra');
}

export function cacheKey(parts: readonly string[]): string {
  const h = createHash('sha256');
  h.update(FORMAT);
  for (const p of parts) h.update(`\0${p.length}\0${p}`);
  return h.digest('hex').slice(0, 32);
}

function paths(dir: string, key: string): { image: string; meta: string } {
  return { image: join(dir, `${key}.img`), meta: join(dir, `${key}.json`) };
}

export async function readCachedBase(dir: string, key: string): Promise<CachedBase | undefined> {
  try {
    const p = paths(dir, key);
    const meta = JSON.parse(await readFile(p.meta, 'utf8')) as { sha: string; skipped: Skipped[]; ran: number; queryColumns?: QueryTableColumns[] };
    const image = new Uint8Array(await readFile(p.image));
    if (createHash('sha256').update(image).digest('hex') !== meta.sha || !Array.isArray(meta.skipped)) return undefined;
    return { image, skipped: meta.skipped, ran: meta.ran, queryColumns: Array.isArray(meta.queryColumns) ? meta.queryColumns : [] };
  } catch {
    return undefined;
  }
}

export async function writeCachedBase(dir: string, key: string, entry: CachedBase): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const p = paths(dir, key);
    const tmp = `.${process.pid}.${Date.now()}`;
    await writeFile(p.image + tmp, entry.image);
    await writeFile(p.meta + tmp, JSON.stringify({ sha: createHash('sha256').update(entry.image).digest('hex'), skipped: entry.skipped, ran: entry.ran, queryColumns: entry.queryColumns }));
    // Renamed into place so a reader never sees half an entry.
    await rename(p.image + tmp, p.image);
    await rename(p.meta + tmp, p.meta);
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}
