import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { analyze } from '../../src/analyze/engine.js';
import { diskParseCache } from '../../src/analyze/parse-cache.js';
import { diskReplayCache, replayCacheDir } from '../../src/analyze/replay-cache.js';
import { parseCli } from '../../src/cli/args.js';
import { cacheMaxBytes, parseCacheSize, pruneCacheFolder, PRUNE_STAMP } from '../../src/cli/cache-prune.js';
import { runCheck } from '../../src/cli/check.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { FileChange } from '../../src/model/migration.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { cacheKey, readCachedBase, writeCachedBase } from '../../src/verify/cache.js';
import { GOLDEN_HISTORIES } from '../helpers/golden-histories.js';
import { detectCacheDir, diskDetectCache } from '../../src/analyze/detect-store.js';

/* The CLI's cache folder kept under its cap (cli/cache-prune.ts), on real folders. */

const HOUR = 3600e3;
/** A block: sizes count what files take on disk. */
const U = 4096;
const DAY = 24 * HOUR;
const NOW = Date.now();

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true, maxRetries: 3 })));

function tempDir(prefix = 'migra-prune-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** Every file below the folder, relative, sorted (links not followed). */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

/** A file of `bytes` bytes last used at `used` (access and modification time). */
function put(dir: string, rel: string, bytes: number, used: number): string {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, Buffer.alloc(bytes, 1));
  utimesSync(path, used / 1000, used / 1000);
  return path;
}

const hex = (n: number, len = 64) => n.toString(16).padStart(len, '0');
/** Entries named and placed as each cache names and places them. */
const parseEntry = (n: number) => `${hex(n).slice(0, 2)}/${hex(n)}.json`;
const replayEntry = (n: number) => `replay/${hex(n)}.json.gz`;
const verifyEntry = (n: number) => [`${hex(n, 32)}.img`, `${hex(n, 32)}.json`];

function age(dir: string, used: number): void {
  for (const f of files(dir)) utimesSync(join(dir, f), used / 1000, used / 1000);
}

describe('cache folder pruning', () => {
  it("recognises every file the caches write, in the CLI's layout, and removes nothing else", async () => {
    const dir = tempDir();
    // A real review through the parse, replay and detection caches, placed as check-repo.ts places them for --cache-dir.
    const h = GOLDEN_HISTORIES[0];
    const changes: FileChange[] = Object.keys(h.pr).map((path) => ({ path, status: path in h.base ? 'modified' : 'added' }));
    await analyze({ before: memoryTree(h.base, 'base'), head: memoryTree({ ...h.base, ...h.pr }, 'head'), changes, config: { ...EMPTY_CONFIG, ...(h.dialect ? { dialect: h.dialect } : {}) }, rules: RULES, toolVersion: 'test', parseCache: diskParseCache(dir), replayCache: diskReplayCache(replayCacheDir(dir)), detectCache: diskDetectCache(detectCacheDir(dir)) });
    await writeCachedBase(dir, cacheKey(['postgresql', 'history']), { image: new Uint8Array(4096), skipped: [], ran: 3 });
    const migras = files(dir);
    expect(migras.filter((f) => f.startsWith('replay/')).length).toBeGreaterThan(0);
    expect(migras.filter((f) => f.startsWith('detect/')).length).toBeGreaterThan(0);
    expect(migras.filter((f) => /^packs\/[0-9a-f]{16}\.[0-9a-f]+\.pack$/.test(f))).toHaveLength(1);
    expect(migras.filter((f) => /^[0-9a-f]{32}\.(img|json)$/.test(f))).toHaveLength(2);
    // What else a folder given as --cache-dir may hold: never Migra's to remove.
    const others = tempDir('migra-prune-other-');
    put(others, `${hex(7)}.json`, 10, NOW - 9 * DAY);
    const mine = ['notes.txt', `ab/${hex(1, 32)}.json`, 'replay/keep.txt', `replay/sub/${hex(2)}.json.gz`, `mine/${hex(3, 32)}.img`, `${hex(4, 30)}.txt`, `ff/${hex(6)}.json`, 'ab/x.json.123.tmp', 'packs/notes.pack', `packs/${hex(8, 16)}.pack`, `packs/sub/${hex(9, 16)}.${hex(9, 20)}.pack`];
    for (const f of mine) put(dir, f, 100, NOW - 9 * DAY);
    symlinkSync(others, join(dir, 'cd'));
    age(dir, NOW - 9 * DAY);
    const bytes = migras.reduce((n, f) => n + statSync(join(dir, f)).blocks * 512, 0);

    const r = pruneCacheFolder(dir, { maxBytes: 1, now: NOW });
    expect(r).toEqual({ walked: true, bytesBefore: bytes, bytesAfter: 0, removed: migras.length });
    expect(files(dir)).toEqual([PRUNE_STAMP, 'cd', ...mine].sort());
    expect(files(others)).toEqual([`${hex(7)}.json`]);
  });

  it('prunes parse packs whole by last use, and a review then parses again what the pruned pack held', async () => {
    const dir = tempDir();
    const review = (h: (typeof GOLDEN_HISTORIES)[number]) => {
      const changes: FileChange[] = Object.keys(h.pr).map((path) => ({ path, status: path in h.base ? 'modified' : 'added' }));
      return analyze({ before: memoryTree(h.base, 'base'), head: memoryTree({ ...h.base, ...h.pr }, 'head'), changes, config: { ...EMPTY_CONFIG, ...(h.dialect ? { dialect: h.dialect } : {}) }, rules: RULES, toolVersion: 'test', parseCache: diskParseCache(dir) });
    };
    const [h1, h2] = [GOLDEN_HISTORIES.find((h) => h.name === 'mysql-all')!, GOLDEN_HISTORIES.find((h) => h.name === 'sqlite-all')!];
    await review(h1);
    const [older] = readdirSync(join(dir, 'packs'));
    age(dir, NOW - 5 * DAY);
    const expected = JSON.stringify((await review(h2)).findings);
    const newer = readdirSync(join(dir, 'packs')).filter((n) => n !== older);
    expect(newer).toHaveLength(1);
    utimesSync(join(dir, 'packs', newer[0]), (NOW - 2 * DAY) / 1000, (NOW - 2 * DAY) / 1000);
    const sizes = [older, newer[0]].map((n) => statSync(join(dir, 'packs', n)).blocks * 512);
    // A cap that holds the newer pack alone.
    const r = pruneCacheFolder(dir, { maxBytes: Math.ceil(sizes[1] / 0.9) + 1, now: NOW });
    expect(r).toEqual({ walked: true, bytesBefore: sizes[0] + sizes[1], bytesAfter: sizes[1], removed: 1 });
    expect(readdirSync(join(dir, 'packs'))).toEqual(newer);
    // The newer pack serves its review whole; the other review parses again and writes a pack.
    expect(JSON.stringify((await review(h2)).findings)).toBe(expected);
    expect(readdirSync(join(dir, 'packs'))).toEqual(newer);
    await review(h1);
    expect(readdirSync(join(dir, 'packs'))).toHaveLength(2);
  });

  it('removes the least recently used entries first, down to 90 % of the cap, an engine database with its description', () => {
    const dir = tempDir();
    put(dir, parseEntry(1), U, NOW - 5 * DAY);
    put(dir, replayEntry(2), U, NOW - 4 * DAY);
    // The database was written long ago but its description read yesterday: used yesterday.
    const [img, meta] = verifyEntry(3);
    put(dir, img, U, NOW - 8 * DAY);
    put(dir, meta, U, NOW - 1 * DAY);
    put(dir, parseEntry(4), U, NOW - 3 * DAY);
    put(dir, replayEntry(5), U, NOW - 2 * DAY);
    // 6 blocks over a cap of 5: down to 4.5 takes the two oldest (5 and 4 days).
    const r = pruneCacheFolder(dir, { maxBytes: 5 * U, now: NOW });
    expect(r).toEqual({ walked: true, bytesBefore: 6 * U, bytesAfter: 4 * U, removed: 2 });
    expect(files(dir)).toEqual([PRUNE_STAMP, img, meta, parseEntry(4), replayEntry(5)].sort());
    // Over again, the other two used since: the pair goes, both its files.
    for (const f of [parseEntry(4), replayEntry(5)]) utimesSync(join(dir, f), (NOW + DAY) / 1000, (NOW + DAY) / 1000);
    put(dir, parseEntry(6), U, NOW - 6 * DAY);
    const again = pruneCacheFolder(dir, { maxBytes: 3 * U, now: NOW + 2 * DAY + 2 * HOUR });
    expect(again).toEqual({ walked: true, bytesBefore: 5 * U, bytesAfter: 2 * U, removed: 3 });
    expect(files(dir)).toEqual([PRUNE_STAMP, parseEntry(4), replayEntry(5)].sort());
  });

  it('counts reading an entry as using it (its access time)', () => {
    const dir = tempDir();
    const old = put(dir, parseEntry(1), U, NOW - 5 * DAY);
    put(dir, parseEntry(2), U, NOW - 3 * DAY);
    // Read two days ago, written five days ago.
    utimesSync(old, (NOW - 2 * DAY) / 1000, (NOW - 5 * DAY) / 1000);
    pruneCacheFolder(dir, { maxBytes: 1.5 * U, now: NOW });
    expect(files(dir)).toEqual([PRUNE_STAMP, parseEntry(1)].sort());
  });

  it('walks the folder at most once a day: other runs only look at the stamp', () => {
    const dir = tempDir();
    put(dir, parseEntry(1), U, NOW - 5 * DAY);
    expect(pruneCacheFolder(dir, { maxBytes: 10 * U, now: NOW }).walked).toBe(true);
    put(dir, parseEntry(2), 20 * U, NOW - 4 * DAY);
    // Over the cap, but walked an hour ago.
    expect(pruneCacheFolder(dir, { maxBytes: 10 * U, now: NOW + HOUR })).toEqual({ walked: false, bytesBefore: 0, bytesAfter: 0, removed: 0 });
    expect(files(dir)).toHaveLength(3);
    expect(pruneCacheFolder(dir, { maxBytes: 10 * U, now: statSync(join(dir, PRUNE_STAMP)).mtimeMs + DAY + 1 })).toMatchObject({ walked: true, removed: 2 });
  });

  it('never prunes without a cap, and never makes a folder that is not there', () => {
    const dir = tempDir();
    put(dir, parseEntry(1), 1000, NOW - 50 * DAY);
    expect(pruneCacheFolder(dir, { maxBytes: 0, now: NOW }).walked).toBe(false);
    expect(files(dir)).toEqual([parseEntry(1)]);
    const missing = join(dir, 'not-yet');
    expect(pruneCacheFolder(missing, { maxBytes: 1, now: NOW }).walked).toBe(false);
    expect(existsSync(missing)).toBe(false);
  });

  it('leaves entries used in the last hour and writes in progress to the runs using them; removes temporary files a dead run left', () => {
    const dir = tempDir();
    put(dir, parseEntry(1), U, NOW - 10 * 60e3);
    put(dir, replayEntry(2), U, NOW - 5 * DAY);
    // Written aside and renamed into place (parse-cache.ts, replay-cache.ts, verify/cache.ts): one in progress, three left behind.
    const writing = `${parseEntry(3)}.4242.a1b2c3d4.0.tmp`;
    put(dir, writing, 500, NOW - 60e3);
    const dead = [`${parseEntry(4)}.4242.a1b2c3d4.7.tmp`, `${replayEntry(5)}.4242.a1b2c3d4.tmp`, `${verifyEntry(6)[0]}.4242.1733590000000`];
    for (const f of dead) put(dir, f, 500, NOW - 2 * HOUR);
    const r = pruneCacheFolder(dir, { maxBytes: 100, now: NOW });
    // Still over the cap: what is left is in use.
    expect(r).toEqual({ walked: true, bytesBefore: 2 * U, bytesAfter: U, removed: 4 });
    expect(files(dir)).toEqual([PRUNE_STAMP, parseEntry(1), writing].sort());
  });

  it('takes an entry away from a cache that is reading the folder as a miss, which it writes again', async () => {
    const dir = tempDir();
    const key = cacheKey(['sqlite', 'one']);
    await writeCachedBase(dir, key, { image: new Uint8Array(2048), skipped: [], ran: 1 });
    age(dir, NOW - 3 * DAY);
    pruneCacheFolder(dir, { maxBytes: 1, now: NOW });
    expect(await readCachedBase(dir, key)).toBeUndefined();
    await writeCachedBase(dir, key, { image: new Uint8Array(2048), skipped: [], ran: 1 });
    expect((await readCachedBase(dir, key))?.ran).toBe(1);
  });

  it('reads sizes as --cache-max-size and MIGRA_CACHE_MAX_SIZE take them', () => {
    expect(parseCacheSize('500MB', 'x')).toBe(500e6);
    expect(parseCacheSize('2G', 'x')).toBe(2e9);
    expect(parseCacheSize('1.5GiB', 'x')).toBe(1.5 * 2 ** 30);
    expect(parseCacheSize('64k', 'x')).toBe(64_000);
    expect(parseCacheSize('1048576', 'x')).toBe(1048576);
    expect(parseCacheSize('0', 'x')).toBe(0);
    expect(() => parseCacheSize('lots', 'MIGRA_CACHE_MAX_SIZE')).toThrow('MIGRA_CACHE_MAX_SIZE: "lots" is not a size; give bytes or a number with k, M, G or T (e.g. 500MB, 2G), or 0 for no cap');
    expect(cacheMaxBytes(undefined, {})).toBe(500e6);
    expect(cacheMaxBytes(undefined, { MIGRA_CACHE_MAX_SIZE: '1G' })).toBe(1e9);
    expect(cacheMaxBytes('2G', { MIGRA_CACHE_MAX_SIZE: '1G' })).toBe(2e9);
    expect(parseCli(['check', '--cache-max-size', '3M'], false).cacheMaxBytes).toBe(3e6);
    expect(() => parseCli(['check', '--cache-max-size', '3 apples'], false)).toThrow('--cache-max-size: "3 apples" is not a size');
    expect(parseCli(['check', '--no-cache', '--cache-max-size', '3 apples'], false).cacheMaxBytes).toBeUndefined();
  });

  it('migra check prunes its --cache-dir after the report', async () => {
    const repo = TempRepo.create('migra-prune-repo-');
    dirs.push(repo.dir);
    repo.commit('base', { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' });
    repo.checkout('pr', true);
    repo.commit('pr', { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' });
    const cache = tempDir();
    const stale = [...verifyEntry(1), replayEntry(2)];
    for (const f of stale) put(cache, f, 4000, NOW - 30 * DAY);
    let out = '';
    const code = await runCheck(parseCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--cache-dir', cache, '--cache-max-size', '1k', '--format', 'json'], false), (s) => void (out += s));
    expect(code).toBe(1);
    expect(JSON.parse(out).findings.map((f: { rule: string }) => f.rule)).toContain('drop-column');
    expect(existsSync(join(cache, PRUNE_STAMP))).toBe(true);
    // The month-old entries are gone; the snapshots this review wrote stay.
    for (const f of stale) expect(existsSync(join(cache, f))).toBe(false);
    expect(readdirSync(join(cache, 'replay')).filter((n) => n.endsWith('.json.gz')).length).toBeGreaterThan(0);
  });
});
