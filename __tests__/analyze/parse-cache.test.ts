import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/engine.js';
import { defaultCacheDir, diskParseCache, packKind, PARSE_PACKS } from '../../src/analyze/parse-cache.js';
import { openPacks, writePack } from '../../src/analyze/pack-store.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { FileChange, MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { GOLDEN_HISTORIES, stableReport, type GoldenHistory } from '../helpers/golden-histories.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'migra-parse-cache-'));
  dirs.push(d);
  return d;
}

function review(h: GoldenHistory, dir?: string, id = 'test-parser'): Promise<Report> {
  const head = { ...h.base, ...h.pr };
  const changes: FileChange[] = Object.keys(h.pr).map((path) => ({ path, status: path in h.base ? 'modified' : 'added' }));
  const config = { ...EMPTY_CONFIG, ...(h.dialect ? { dialect: h.dialect } : {}) };
  return analyze({ before: memoryTree(h.base, 'base'), head: memoryTree(head, 'head'), changes, config, rules: RULES, toolVersion: 'test', parseCache: dir ? diskParseCache(dir, id) : undefined });
}

/** Every entry the packs of a parser build hold, by key (bytes checked). */
function entries(dir: string, id = 'test-parser'): Map<string, string> {
  const set = openPacks(join(dir, PARSE_PACKS), packKind(id));
  const out = new Map<string, string>();
  for (const key of set.keys()) {
    const got = set.get(key);
    if (got) out.set(key, got.value.toString('utf8'));
  }
  set.close();
  return out;
}

const packs = (dir: string) => readdirSync(join(dir, PARSE_PACKS)).filter((n) => n.endsWith('.pack'));

/** Replace every pack of the folder by one holding `entries` (each with a correct CRC: only its content is wrong). */
function rewrite(dir: string, entries: Map<string, string>, id = 'test-parser'): string {
  const old = packs(dir);
  const name = writePack(join(dir, PARSE_PACKS), packKind(id), new Map([...entries].map(([k, v]) => [k, Buffer.from(v)])))!;
  for (const p of old) rmSync(join(dir, PARSE_PACKS, p));
  return name;
}

describe('parse cache', () => {
  it.each(GOLDEN_HISTORIES.map((h) => [h.name, h] as const))('gives the same report cold, warm and without it: %s', async (_name, h) => {
    const dir = cacheDir();
    const without = stableReport(await review(h));
    expect(stableReport(await review(h, dir))).toBe(without);
    expect(entries(dir).size).toBeGreaterThan(0);
    expect(stableReport(await review(h, dir))).toBe(without);
  });

  it('writes a cold review as one pack, and nothing when everything was found', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    await review(h, dir);
    expect(readdirSync(dir)).toEqual([PARSE_PACKS]);
    expect(packs(dir)).toHaveLength(1);
    expect(entries(dir).size).toBe(Object.keys({ ...h.base, ...h.pr }).filter((p) => p.endsWith('.sql')).length);
    const before = readdirSync(join(dir, PARSE_PACKS));
    await review(h, dir);
    expect(readdirSync(join(dir, PARSE_PACKS))).toEqual(before);
  });

  it('reads what it wrote instead of parsing again', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    await review(h, dir);
    // Make the cached operations name the dropped column otherwise: the findings follow them.
    rewrite(dir, new Map([...entries(dir)].map(([k, v]) => [k, v.replaceAll('"legacy_code"', '"old_code"')])));
    const warm = await review(h, dir);
    expect(JSON.stringify(warm.findings)).toContain('old_code');
  });

  it('ignores and rewrites a corrupt, foreign or misplaced entry, and ignores a torn pack', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    const expected = stableReport(await review(h, dir));
    const [cold] = packs(dir);
    const whole = readFileSync(join(dir, PARSE_PACKS, cold));
    const good = entries(dir);
    const [a, b, c, d] = [...good.keys()];
    const changed = new Map(good);
    changed.set(b, JSON.stringify({ ...JSON.parse(good.get(b)!), format: 'migra-parse-cache/0' })); // another layout
    changed.set(c, good.get(d)!); // another file's entry under this key
    changed.set(d, '{"format":"migra-parse-cache/3","key":"x","stmts":[{}],"ops":[[7,{"kind":"drop_table"}]]}');
    const name = rewrite(dir, changed);
    // Bytes of one entry changed after it was written: its CRC no longer matches.
    const path = join(dir, PARSE_PACKS, name);
    const body = readFileSync(path);
    const at = body.indexOf(good.get(a)!);
    body[at + 20] ^= 1;
    writeFileSync(path, body);
    // Half a pack under a pack's name (a copy cut short): ignored whole.
    writeFileSync(join(dir, PARSE_PACKS, cold), whole.subarray(0, whole.length / 2));
    expect(stableReport(await review(h, dir))).toBe(expected);
    // Written again, into the pack of that run.
    const newest = packs(dir).filter((p) => p !== name && p !== cold);
    expect(newest).toHaveLength(1);
    const set = openPacks(join(dir, PARSE_PACKS), packKind('test-parser'));
    expect([...set.keysOf(newest[0])].sort()).toEqual([a, b, c, d].sort());
    set.close();
    // Found first from now on: the entries written again are in the newest pack.
    for (const k of [a, b, c, d]) expect(JSON.parse(entries(dir).get(k)!).key).toBe(k);
    const again = packs(dir).length;
    expect(stableReport(await review(h, dir))).toBe(expected);
    expect(packs(dir)).toHaveLength(again);
  });

  it('keeps the entries of another parser build apart', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    await review(h, dir, 'build-a');
    const first = entries(dir, 'build-a').size;
    await review(h, dir, 'build-b');
    expect(entries(dir, 'build-b').size).toBe(first);
    expect(packs(dir)).toHaveLength(2);
  });

  it('merges the small packs of many runs into one, and every entry stays found', () => {
    const dir = cacheDir();
    const files = Array.from({ length: 12 }, (_, i) => sqlFile(`db/${String(i).padStart(3, '0')}_t.sql`, `CREATE TABLE t${i} (id int);`));
    for (const f of files) {
      // One run, one new file: one small pack.
      const run = diskParseCache(dir, 'test-parser');
      expect(run.get(f, 'postgresql')).toBeUndefined();
      run.set(f, 'postgresql', opsOf(f));
      run.flush();
      expect(run.written).toBe(1);
      expect(packs(dir).length).toBeLessThanOrEqual(8);
    }
    expect(packs(dir).length).toBeLessThan(files.length);
    const warm = diskParseCache(dir, 'test-parser');
    for (const f of files) expect(warm.get(f, 'postgresql')).toEqual(opsOf(f));
    warm.flush();
    expect(warm.written).toBe(0);
  });

  it('lets concurrent runs into one folder each write their pack, and reads both', () => {
    const dir = cacheDir();
    const [f, g] = [sqlFile('db/001_a.sql', 'CREATE TABLE a (id int);'), sqlFile('db/002_b.sql', 'CREATE TABLE b (id int);')];
    const one = diskParseCache(dir, 'test-parser');
    const two = diskParseCache(dir, 'test-parser');
    expect(one.get(f, 'postgresql')).toBeUndefined();
    expect(two.get(f, 'postgresql')).toBeUndefined();
    one.set(f, 'postgresql', opsOf(f));
    two.set(f, 'postgresql', opsOf(f));
    two.set(g, 'postgresql', opsOf(g));
    two.flush();
    one.flush();
    expect(packs(dir)).toHaveLength(2);
    expect(readdirSync(join(dir, PARSE_PACKS)).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    const three = diskParseCache(dir, 'test-parser');
    expect(three.get(f, 'postgresql')).toEqual(opsOf(f));
    expect(three.get(g, 'postgresql')).toEqual(opsOf(g));
  });

  it('lives under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/migra');
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/migra$/);
  });
});

function sqlFile(path: string, up: string): MigrationFile {
  return { path, version: path, name: path, language: 'sql', up, hasDown: false, transaction: 'per-file', blobId: `blob-${path}` } as MigrationFile;
}

function opsOf(f: MigrationFile): LocatedOp[] {
  const stmt = { file: f.path, line: 1, endLine: 1, column: 1, text: f.up, index: 0 };
  return [{ kind: 'raw', stmt } as unknown as LocatedOp];
}
