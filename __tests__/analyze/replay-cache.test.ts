import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { analyze } from '../../src/analyze/engine.js';
import { loadSets } from '../../src/analyze/load.js';
import { diskParseCache } from '../../src/analyze/parse-cache.js';
import { decodeSnapshot, diskReplayCache, encodeSnapshot, type ReplayCache } from '../../src/analyze/replay-cache.js';
import { replayFiles } from '../../src/analyze/replay-set.js';
import { functionsAfter } from '../../src/rules/lib/user-functions.js';
import { EMPTY_CONFIG, parseConfig } from '../../src/config/config.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree, type MemoryTree } from '../../src/source/memory-tree.js';
import { diskDetectCache } from '../../src/analyze/detect-store.js';
import { GOLDEN_HISTORIES, stableReport } from '../helpers/golden-histories.js';
import { changesBetween, SNAPSHOT_CASES, type SnapshotCase } from '../helpers/snapshot-histories.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'migra-replay-cache-'));
  dirs.push(d);
  return d;
}

/** A replay cache that counts the snapshots it handed out. */
function counted(cache: ReplayCache): ReplayCache & { hits: number; read: string[] } {
  const out = {
    hits: 0,
    read: [] as string[],
    has: (key: string) => cache.has(key),
    get: (key: string, dialect: Parameters<ReplayCache['get']>[1]) => {
      const s = cache.get(key, dialect);
      if (s) {
        out.hits++;
        out.read.push(key);
      }
      return s;
    },
    set: (key: string, snapshot: Parameters<ReplayCache['set']>[1]) => cache.set(key, snapshot),
  };
  return out;
}

/** A memory tree that records the paths it is asked to read. */
function reading(files: Record<string, string>, commit: string, reads: string[]): MemoryTree {
  const tree = memoryTree(files, commit);
  const readSync = (paths: string[]) => (reads.push(...paths), tree.readSync(paths));
  return { ...tree, readSync, read: async (paths) => readSync(paths) };
}

/** `dir`: the cache folder (parse cache, replay snapshots, detected sets); none without. */
async function review(c: SnapshotCase, dir?: string): Promise<{ report: Report; hits: number; reads: string[] }> {
  const config = { ...EMPTY_CONFIG, ...(c.dialect ? { dialect: c.dialect } : {}) };
  const replay = dir ? counted(diskReplayCache(join(dir, 'replay'))) : undefined;
  const reads: string[] = [];
  const report = await analyze({
    before: reading(c.base, 'base', reads),
    head: reading(c.head, 'head', reads),
    changes: changesBetween(c.base, c.head),
    config,
    rules: RULES,
    toolVersion: 'test',
    parseCache: dir ? diskParseCache(dir, 'test-parser') : undefined,
    replayCache: replay,
    detectCache: dir ? diskDetectCache(join(dir, 'detect'), 'test') : undefined,
  });
  return { report, hits: replay?.hits ?? 0, reads };
}

const snapshots = (dir: string) => readdirSync(join(dir, 'replay')).filter((n) => n.endsWith('.json.gz')).map((n) => join(dir, 'replay', n));
const keyOf = (path: string) => path.split('/').pop()!.replace('.json.gz', '');

describe('replay cache', () => {
  it.each(SNAPSHOT_CASES.map((c) => [c.name, c] as const))('gives the same report cold, warm and without it: %s', async (_name, c) => {
    const dir = cacheDir();
    const without = await review(c);
    if (c.expects) expect(without.report.findings.map((f) => f.rule)).toContain(c.expects);
    const cold = await review(c, dir);
    expect(stableReport(cold.report)).toBe(stableReport(without.report));
    expect(cold.hits).toBe(0);
    expect(snapshots(dir).length).toBeGreaterThan(0);
    const warm = await review(c, dir);
    expect(stableReport(warm.report)).toBe(stableReport(without.report));
    expect(warm.hits).toBe(1);
  });

  it('reads no text of the history a snapshot stands for', async () => {
    for (const name of ['postgresql-pr', 'a function of an old SQL migration that the PR indexes on', 'a function of an old SQL migration, indexed on there, whose body the PR replaces']) {
      const c = SNAPSHOT_CASES.find((s) => s.name === name)!;
      const dir = cacheDir();
      const cold = await review(c, dir);
      const warm = await review(c, dir);
      const changed = changesBetween(c.base, c.head).map((x) => x.path);
      expect(cold.reads.filter((p) => !changed.includes(p)).length).toBeGreaterThan(10);
      expect([name, [...new Set(warm.reads)].sort()]).toEqual([name, changed]);
      expect(stableReport(warm.report)).toBe(stableReport(cold.report));
    }
  });

  it('finds the sets again when an old file\'s text hints at another dialect', async () => {
    const history = {
      'db/migrations/0001_a.sql': 'CREATE TABLE a (id int AUTO_INCREMENT PRIMARY KEY, name varchar(10));\n',
      'db/migrations/0002_b.sql': 'CREATE TABLE b (id int UNSIGNED PRIMARY KEY);\n',
      'db/migrations/0003_c.sql': 'ALTER TABLE a ADD COLUMN note text;\n',
    };
    const pr = { 'db/migrations/0004_d.sql': 'ALTER TABLE a DROP COLUMN name;\n' };
    const mysql: SnapshotCase = { name: 'mysql hints', base: history, head: { ...history, ...pr } };
    const rewritten = { ...history, 'db/migrations/0001_a.sql': 'CREATE TABLE a (id bigserial PRIMARY KEY, name varchar(10));\n', 'db/migrations/0002_b.sql': 'CREATE TABLE b (id int PRIMARY KEY, at timestamptz);\n' };
    const pg: SnapshotCase = { name: 'postgresql hints', base: rewritten, head: { ...rewritten, ...pr } };
    const dir = cacheDir();
    await review(mysql, dir);
    const warmMysql = await review(mysql, dir);
    expect(warmMysql.report.sets.map((s) => s.dialect)).toEqual(['mysql']);
    const warmPg = await review(pg, dir);
    expect(warmPg.report.sets.map((s) => s.dialect)).toEqual(['postgresql']);
    expect(stableReport(warmPg.report)).toBe(stableReport((await review(pg)).report));
  });

  it('starts from the longest history an earlier run kept: the base branch moved on by ten migrations', async () => {
    const h = GOLDEN_HISTORIES.find((g) => g.name === 'postgresql-pr')!;
    const all = { ...h.base, ...h.pr };
    const upTo = (n: number) => Object.fromEntries(Object.entries(all).filter(([p]) => Number(p.match(/(\d{4})_step/)![1]) <= n));
    const dir = cacheDir();
    // A review of the PR adding migration 31 keeps the history after 31 files (its head).
    await review({ name: 'earlier', base: upTo(30), head: upTo(31) }, dir);
    const later: SnapshotCase = { name: 'later', base: upTo(41), head: upTo(42) };
    const cache = diskReplayCache(join(dir, 'replay'));
    const [loaded] = await loadSets(memoryTree(later.base, 'base'), memoryTree(later.head, 'head'), EMPTY_CONFIG, undefined, { cache, changes: changesBetween(later.base, later.head) });
    expect(loaded.snapshot).toMatchObject({ prefix: 41, from: 31 });
    // The SQL files it stands for are not parsed at all.
    const after31 = [...loaded.base!.files.slice(31), ...loaded.head!.files.slice(31)];
    expect([...loaded.ops.keys()].sort((x, y) => x.path.localeCompare(y.path))).toEqual(after31.sort((x, y) => x.path.localeCompare(y.path)));
    const warm = await review(later, dir);
    expect(warm.hits).toBe(1);
    expect(stableReport(warm.report)).toBe(stableReport((await review(later)).report));
  });

  it('reads what it wrote instead of replaying again', async () => {
    const c = SNAPSHOT_CASES.find((s) => s.name === 'postgresql-pr')!;
    const dir = cacheDir();
    const cold = await review(c, dir);
    // Empty every kept schema: the PR's statements then meet tables no replayed migration created.
    for (const p of snapshots(dir)) {
      const entry = JSON.parse(gunzipSync(readFileSync(p)).toString('utf8'));
      writeFileSync(p, gzipSync(JSON.stringify({ ...entry, tables: [] })));
    }
    const warm = await review(c, dir);
    expect(warm.hits).toBe(1);
    expect(stableReport(warm.report)).not.toBe(stableReport(cold.report));
  });

  it('reads the history\'s user functions from the snapshot instead of reading the history again', async () => {
    for (const name of ['a function of an old SQL migration that the PR indexes on', 'a function of an old SQL migration, indexed on there, whose body the PR replaces']) {
      const c = SNAPSHOT_CASES.find((s) => s.name === name)!;
      const dir = cacheDir();
      const cold = await review(c, dir);
      expect(cold.report.findings.map((f) => f.rule)).toContain('immutable-function-calls-volatile');
      // Forget every function the snapshots keep: the finding on the old function goes with them.
      for (const p of snapshots(dir)) {
        const entry = JSON.parse(gunzipSync(readFileSync(p)).toString('utf8'));
        expect(entry.functions.length).toBeGreaterThan(0);
        writeFileSync(p, gzipSync(JSON.stringify({ ...entry, functions: [] })));
      }
      const warm = await review(c, dir);
      expect(warm.hits).toBe(1);
      expect(warm.report.findings.map((f) => f.rule)).not.toContain('immutable-function-calls-volatile');
    }
  });

  it('ignores, removes and rewrites a torn, foreign, misshapen or unreadable snapshot', async () => {
    const c = SNAPSHOT_CASES.find((s) => s.name === 'postgresql-pr')!;
    const dir = cacheDir();
    const expected = stableReport((await review(c, dir)).report);
    // The entry a warm review starts from (the other holds the state after the PR's head).
    const [loaded] = await loadSets(memoryTree(c.base, 'base'), memoryTree(c.head, 'head'), EMPTY_CONFIG, undefined, { cache: diskReplayCache(join(dir, 'replay')), changes: changesBetween(c.base, c.head) });
    const a = join(dir, 'replay', `${loaded.snapshot!.keys[loaded.snapshot!.from]}.json.gz`);
    const b = snapshots(dir).find((p) => p !== a)!;
    const good = readFileSync(a);
    const bad: [string, Buffer][] = [
      ['torn', good.subarray(0, good.length >> 1)],
      ['foreign', readFileSync(b)],
      ['misshapen', gzipSync(JSON.stringify({ ...JSON.parse(gunzipSync(good).toString('utf8')), tables: [['t1', { name: 't1', columns: 7 }]] }))],
      ['misshapen functions', gzipSync(JSON.stringify({ ...JSON.parse(gunzipSync(good).toString('utf8')), functions: [{ name: 'f', declared: 'sometimes', unstable: [] }] }))],
      ['an older layout', gzipSync(JSON.stringify({ ...JSON.parse(gunzipSync(good).toString('utf8')), format: 'migra-replay-snapshot/1', functions: undefined }))],
      ['not gzip', Buffer.from('{"format":"migra-replay-snapshot/1"}')],
    ];
    for (const [what, body] of bad) {
      writeFileSync(a, body);
      expect([what, decodeSnapshot(body, keyOf(a), 'postgresql')]).toEqual([what, undefined]);
      const warm = await review(c, dir);
      expect(stableReport(warm.report)).toBe(expected);
      // Rewritten whole under its own key by the review that replayed instead.
      expect([what, !!decodeSnapshot(readFileSync(a), keyOf(a), 'postgresql')]).toEqual([what, true]);
    }
  });

  it('is not used by sets that run after another (their start is another set)', async () => {
    const c = SNAPSHOT_CASES.find((s) => s.name === 'postgresql-pr')!;
    const base = { ...c.base, 'core/migrations/0001_core.sql': 'CREATE TABLE core (id int PRIMARY KEY);\n' };
    const head = { ...c.head, 'core/migrations/0001_core.sql': 'CREATE TABLE core (id int PRIMARY KEY);\n' };
    const config = parseConfig('sets:\n  - path: core/migrations\n  - path: db/migrations\n    after: core/migrations\n', '.github/migra.yml', []);
    const loaded = await loadSets(memoryTree(base, 'base'), memoryTree(head, 'head'), config, undefined, { cache: diskReplayCache(join(cacheDir(), 'replay')), changes: changesBetween(base, head) });
    expect(loaded.length).toBe(2);
    for (const l of loaded) expect(l.snapshot).toBeUndefined();
  });
});

describe('replay cache folder', () => {
  it('holds nothing while its folder is not there, then what this run or another one writes', async () => {
    const dir = join(cacheDir(), 'replay');
    const [loaded] = await loadSets(memoryTree({}, 'b'), memoryTree({ 'migrations/001_a.sql': 'CREATE TABLE a (id int);' }, 'h'), EMPTY_CONFIG);
    const set = loaded.head!;
    const snapshot = { schema: replayFiles(set.files, loaded.ops, set.dialect, () => false).schema, functions: [] };
    const cache = diskReplayCache(dir);
    expect(cache.has('k1')).toBe(false);
    cache.set('k1', snapshot);
    expect(cache.has('k1')).toBe(true);
    expect(cache.has('k2')).toBe(false);
    // Written by another run into the folder that is there now.
    diskReplayCache(dir).set('k2', snapshot);
    expect(cache.has('k2')).toBe(true);
    expect(cache.get('k2', set.dialect)?.schema.tables.has('a')).toBe(true);
    // A folder named with `.` and `..` is the same folder.
    expect(diskReplayCache(`${dir}/../replay/.`).has('k1')).toBe(true);
  });
});

describe('replay snapshot encoding', () => {
  it.each(SNAPSHOT_CASES.map((c) => [c.name, c] as const))('gives back the schema it was given: %s', async (_name, c) => {
    const config = { ...EMPTY_CONFIG, ...(c.dialect ? { dialect: c.dialect } : {}) };
    const [loaded] = await loadSets(memoryTree(c.head, 'head'), memoryTree(c.head, 'head'), config);
    const set = loaded.head!;
    const schema = replayFiles(set.files, loaded.ops, set.dialect, () => false).schema;
    expect(schema.tables.size).toBeGreaterThan(0);
    const functions = functionsAfter([], set.files, (f) => loaded.ops.get(f));
    if (c.expects === 'immutable-function-calls-volatile') expect(functions.length).toBeGreaterThan(0);
    expect(decodeSnapshot(encodeSnapshot({ schema, functions }, 'k'), 'k', set.dialect)).toStrictEqual({ schema, functions });
  });
});
