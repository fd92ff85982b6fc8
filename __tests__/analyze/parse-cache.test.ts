import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/engine.js';
import { defaultCacheDir, diskParseCache } from '../../src/analyze/parse-cache.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { FileChange } from '../../src/model/migration.js';
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

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.json'))
    .map((p) => join(dir, p));
}

describe('parse cache', () => {
  it.each(GOLDEN_HISTORIES.map((h) => [h.name, h] as const))('gives the same report cold, warm and without it: %s', async (_name, h) => {
    const dir = cacheDir();
    const without = stableReport(await review(h));
    expect(stableReport(await review(h, dir))).toBe(without);
    expect(entries(dir).length).toBeGreaterThan(0);
    expect(stableReport(await review(h, dir))).toBe(without);
  });

  it('reads what it wrote instead of parsing again', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    await review(h, dir);
    // Make the cached operations name the dropped column otherwise: the findings follow them.
    for (const p of entries(dir)) writeFileSync(p, readFileSync(p, 'utf8').replaceAll('"legacy_code"', '"old_code"'));
    const warm = await review(h, dir);
    expect(JSON.stringify(warm.findings)).toContain('old_code');
  });

  it('ignores and rewrites a corrupt, foreign or misplaced entry', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    const expected = stableReport(await review(h, dir));
    const [a, b, c, d] = entries(dir);
    const good = readFileSync(a, 'utf8');
    writeFileSync(a, good.slice(0, good.length / 2)); // torn write
    writeFileSync(b, JSON.stringify({ ...JSON.parse(readFileSync(b, 'utf8')), format: 'migra-parse-cache/0' })); // another layout
    writeFileSync(c, readFileSync(d, 'utf8')); // another file's entry under this key
    writeFileSync(d, '{"format":"migra-parse-cache/1","key":"x","stmts":[{}],"ops":[[7,{"kind":"drop_table"}]]}');
    expect(stableReport(await review(h, dir))).toBe(expected);
    for (const p of [a, b, c, d]) expect(JSON.parse(readFileSync(p, 'utf8')).key).toBe(p.split('/').pop()!.replace('.json', ''));
    expect(stableReport(await review(h, dir))).toBe(expected);
  });

  it('keeps the entries of another parser build apart', async () => {
    const h = GOLDEN_HISTORIES[0];
    const dir = cacheDir();
    await review(h, dir, 'build-a');
    const first = entries(dir).length;
    await review(h, dir, 'build-b');
    expect(entries(dir).length).toBe(2 * first);
  });

  it('writes in the background when asked (the CLI), every entry there once settled', async () => {
    const h = GOLDEN_HISTORIES[0];
    const sync = cacheDir();
    await review(h, sync);
    const dir = cacheDir();
    const cache = diskParseCache(dir, 'test-parser', { background: true });
    const head = { ...h.base, ...h.pr };
    const changes: FileChange[] = Object.keys(h.pr).map((path) => ({ path, status: path in h.base ? 'modified' : 'added' }));
    const config = { ...EMPTY_CONFIG, ...(h.dialect ? { dialect: h.dialect } : {}) };
    const cold = await analyze({ before: memoryTree(h.base, 'base'), head: memoryTree(head, 'head'), changes, config, rules: RULES, toolVersion: 'test', parseCache: cache });
    await cache.settled();
    expect(cache.written).toBe(entries(sync).length);
    expect(entries(dir).map((p) => p.slice(dir.length)).sort()).toEqual(entries(sync).map((p) => p.slice(sync.length)).sort());
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    expect(stableReport(await review(h, dir))).toBe(stableReport(cold));
  });

  it('lives under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/migra');
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/migra$/);
  });
});
