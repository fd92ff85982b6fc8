import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectCache } from '../formats/detect-cache.js';
import { sourceParserId } from './parse-cache.js';

/*
 * Where detection keeps the sets it found (formats/detect-cache.ts, which checks what it reads
 * back): one JSON file per planned set, in a folder beside the replay snapshots.
 */

declare const __MIGRA_DETECT_ID__: string | undefined;

let detectIdFromSources: string | undefined;

/**
 * What identifies detection: the formats (which find the sets and make each file's text), the
 * model, and the source (which lists a git tree: a whole tree is kept under its root tree's id).
 * The bundle carries the hash made when it was built (src/tools/bundle.ts).
 */
export function detectEngineId(): string {
  if (typeof __MIGRA_DETECT_ID__ === 'string') return __MIGRA_DETECT_ID__;
  detectIdFromSources ??= sourceDetectId(join(dirname(fileURLToPath(import.meta.url)), '..'));
  return detectIdFromSources;
}

export function sourceDetectId(srcDir: string): string {
  return sourceParserId(srcDir, ['formats', 'model', 'source']);
}

/** The detection cache's folder inside a parse cache's folder. */
export function detectCacheDir(parseCacheDir: string): string {
  return join(parseCacheDir, 'detect');
}

/** What a run did with the folder. */
export interface DiskDetectCache extends DetectCache {
  /** Entry files this run read or wrote, relative to the folder. */
  readonly used: ReadonlySet<string>;
  readonly written: number;
}

/** One file an entry in `dir`. Errors reading or writing only cost the time saved. */
export function diskDetectCache(dir: string, engineId: string = detectEngineId()): DiskDetectCache {
  const relOf = (key: string) => `${key}.json`;
  const used = new Set<string>();
  let written = 0;
  return {
    engineId,
    used,
    get written() {
      return written;
    },
    get(key) {
      try {
        const body = readFileSync(join(dir, relOf(key)), 'utf8');
        used.add(relOf(key));
        return body;
      } catch {
        return undefined;
      }
    },
    set(key, body) {
      const path = join(dir, relOf(key));
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed: a reader never sees half an entry, and concurrent runs do not mix theirs.
        const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        writeFileSync(tmp, body);
        renameSync(tmp, path);
        used.add(relOf(key));
        written++;
      } catch {
        // A read-only or full disk: the next run reads the files again.
      }
    },
  };
}
