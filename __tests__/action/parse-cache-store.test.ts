import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { restoreParseCache, type CacheService } from '../../src/action/parse-cache-store.js';
import { analyze } from '../../src/analyze/engine.js';
import { openPacks } from '../../src/analyze/pack-store.js';
import { packKind, PARSE_PACKS } from '../../src/analyze/parse-cache.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { GOLDEN_HISTORIES, stableReport } from '../helpers/golden-histories.js';
import { changesBetween } from '../helpers/snapshot-histories.js';

/**
 * The action's cache folder between workflow runs, with a service that keeps archives as copies of
 * the folder: what one run saves is what the next, on a fresh runner, starts from.
 */
class FolderService implements CacheService {
  readonly archives: { key: string; dir: string }[] = [];
  constructor(private readonly root: string) {}
  async restoreCache(paths: string[]): Promise<string | undefined> {
    const last = this.archives.at(-1);
    if (!last) return undefined;
    cpSync(last.dir, paths[0], { recursive: true });
    return last.key;
  }
  async saveCache(paths: string[], key: string): Promise<number> {
    const dir = join(this.root, `archive-${this.archives.length}`);
    cpSync(paths[0], dir, { recursive: true });
    this.archives.push({ key, dir });
    return this.archives.length;
  }
}

const h = GOLDEN_HISTORIES.find((g) => g.name === 'postgresql-pr')!;
const history = { ...h.base, ...h.pr };
const root = mkdtempSync(join(tmpdir(), 'migra-cache-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  // The action's log goes to stdout; keep the test output readable.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

/** One workflow run on a fresh runner: restore, review, save; what the parse cache wrote. */
async function run(service: FolderService, base: Record<string, string>, head: Record<string, string>, n: number): Promise<{ written: number; report: string }> {
  const dir = join(root, `runner-${n}`, 'parse');
  const store = await restoreParseCache(dir, service, { GITHUB_RUN_ID: String(n) });
  const report = await analyze({ before: memoryTree(base, 'base'), head: memoryTree(head, 'head'), changes: changesBetween(base, head), config: EMPTY_CONFIG, rules: RULES, toolVersion: 'test', parseCache: store.cache, replayCache: store.replay, detectCache: store.detect });
  const written = store.cache.written;
  await store.save();
  return { written, report: stableReport(report) };
}

/** Parse entries: the keys the packs of an archive hold; an archive keeps one pack, of what its run used. */
function entries(dir: string): string[] {
  expect(readdirSync(join(dir, PARSE_PACKS))).toHaveLength(1);
  const set = openPacks(join(dir, PARSE_PACKS), packKind());
  const keys = [...set.keys()];
  set.close();
  return keys;
}

describe("the action's parse cache with replay snapshots", () => {
  it('keeps the parse entries of the history a snapshot stood in for, so a later PR that changes an old file parses only that file', async () => {
    const service = new FolderService(root);
    const first = await run(service, h.base, history, 1);
    expect(first.written).toBe(Object.keys(history).length);
    const files = entries(service.archives[0].dir).length;

    // A PR on top: the snapshot stands in for the 45 files, which are not read, yet stay in the archive.
    const next: Record<string, string> = { ...history, 'db/migrations/0046_more.sql': 'ALTER TABLE t45 ADD COLUMN extra integer;\n' };
    const second = await run(service, history, next, 2);
    expect(second.written).toBe(1);
    expect(entries(service.archives[1].dir).length).toBe(files + 1);
    expect(readdirSync(join(service.archives[1].dir, 'replay'))).toHaveLength(2);
    // The sets found at both commits: the base's as the first run found them at its head.
    const sets = readdirSync(join(service.archives[1].dir, 'detect'));
    expect(sets.length).toBeGreaterThanOrEqual(2);
    expect(sets.filter((n) => readdirSync(join(service.archives[0].dir, 'detect')).includes(n)).length).toBeGreaterThanOrEqual(1);

    // A PR that changes migration 10: files 11 to 46 are replayed again, parsed from the archive.
    const old = { ...next, 'db/migrations/0010_step.sql': `${next['db/migrations/0010_step.sql']}ALTER TABLE t9 DROP COLUMN c10;\n` };
    const third = await run(service, next, old, 3);
    expect(third.written).toBe(1);
    expect(third.report).toBe((await run(new FolderService(root), next, old, 4)).report);
  });
});
