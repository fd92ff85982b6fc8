import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskDetectCache } from '../../src/analyze/detect-store.js';
import type { DetectCache } from '../../src/formats/detect-cache.js';
import { detectSets } from '../../src/formats/detect.js';
import { readUps, upDigest } from '../../src/formats/up-text.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree, type MemoryTree } from '../../src/source/memory-tree.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'migra-detect-cache-'));
  dirs.push(d);
  return d;
}

/** A memory tree that records every path it is asked to read, and how. */
function counting(files: Record<string, string>): MemoryTree & { reads: string[]; syncReads: number } {
  const tree = memoryTree(files, 'counting');
  const out = {
    ...tree,
    reads: [] as string[],
    syncReads: 0,
    read: async (paths: string[]) => {
      out.reads.push(...paths);
      return tree.readSync(paths);
    },
    readSync: (paths: string[]) => {
      out.reads.push(...paths);
      out.syncReads++;
      return tree.readSync(paths);
    },
  };
  return out;
}

function memoryCache(): DetectCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { engineId: 'test', entries, get: (k) => entries.get(k), set: (k, v) => void entries.set(k, v) };
}

/** The sets as plain data, every text read. */
const plain = (sets: MigrationSet[]) => JSON.parse(JSON.stringify(sets)) as unknown;

/** Diesel: up.sql folders and a diesel.toml, the layout of Lemmy's history. */
function diesel(n: number, extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = { 'diesel.toml': '[print_schema]\nfile = "src/schema.rs"\n', 'src/main.rs': 'fn main() {}\n', ...extra };
  for (let i = 1; i <= n; i++) {
    const dir = `migrations/2024-01-${String(i).padStart(2, '0')}-000000_step${i}`;
    files[`${dir}/up.sql`] = `CREATE TABLE t${i} (id serial PRIMARY KEY, body jsonb);\n`;
    files[`${dir}/down.sql`] = `DROP TABLE t${i};\n`;
  }
  return files;
}

describe('detection cache', () => {
  it('finds the same sets again without reading a file, and reads a text only when asked for', async () => {
    const files = diesel(12);
    const expected = plain(await detectSets(memoryTree(files)));
    const cache = memoryCache();
    const cold = counting(files);
    expect(plain(await detectSets(cold, { cache }))).toEqual(expected);
    expect(cold.reads.length).toBeGreaterThan(12);

    const warm = counting(files);
    const sets = await detectSets(warm, { cache });
    expect(warm.reads).toEqual([]);
    const [set] = sets;
    // Digests are known unread, and are those of the texts.
    const digests = set.files.map((f) => upDigest(f));
    expect(warm.reads).toEqual([]);
    // Reading ahead reads just what is asked for, in one batch.
    await readUps([set.files[11]]);
    expect(warm.reads).toEqual([set.files[11].path]);
    expect(set.files[11].up).toBe(files[set.files[11].path]);
    // Anything else that asks gets the rest of the set at once.
    expect(set.files[0].up).toBe(files[set.files[0].path]);
    expect(warm.syncReads).toBe(1);
    expect(warm.reads.length).toBe(12);
    expect(plain(sets)).toEqual(expected);
    expect(set.files.map((f) => upDigest(f))).toEqual(digests);
  });

  it('detects anew what changed: another text that hints at another dialect, another path, other options', async () => {
    const files = { 'db/migrations/0001_a.sql': 'CREATE TABLE a (id int AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n', 'db/migrations/0002_b.sql': 'CREATE TABLE b (id int UNSIGNED);\n' };
    const cache = memoryCache();
    const first = await detectSets(memoryTree(files), { cache });
    expect(first.map((s) => [s.dialect, s.dialectSource])).toEqual([['mysql', 'content']]);
    // The same paths, one text now written for PostgreSQL: the hints point the other way.
    const hinted = { ...files, 'db/migrations/0001_a.sql': 'CREATE TABLE a (id bigserial PRIMARY KEY, doc jsonb);\n', 'db/migrations/0002_b.sql': 'CREATE TABLE b (id int, at timestamptz);\n' };
    const second = await detectSets(counting(hinted), { cache });
    expect(plain(second)).toEqual(plain(await detectSets(memoryTree(hinted))));
    expect(second[0].dialect).toBe('postgresql');
    // A file added elsewhere in the tree: the set's own entry still serves, unread.
    const grown = counting({ ...files, 'README.md': 'hello\n' });
    const again = await detectSets(grown, { cache });
    expect(grown.reads).toEqual([]);
    expect(plain(again)).toEqual(plain(first));
    // Options that decide the dialect are part of the key.
    const configured = await detectSets(memoryTree(files), { cache, config: { dialect: 'sqlite' } });
    expect(configured.map((s) => [s.dialect, s.dialectSource])).toEqual([['sqlite', 'config']]);
  });

  it('reads as before the sets whose files are not each their own whole text', async () => {
    // goose blanks the down section out of `up`: the text is not the blob's.
    const files = { 'db/migrations/00001_a.sql': '-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n' };
    const cache = memoryCache();
    const first = plain(await detectSets(memoryTree(files), { cache }));
    const again = counting(files);
    expect(plain(await detectSets(again, { cache }))).toEqual(first);
    expect(again.reads).toContain('db/migrations/00001_a.sql');
  });

  it('ignores and rewrites a torn, foreign, misshapen or stale entry', async () => {
    const files = diesel(5);
    const expected = plain(await detectSets(memoryTree(files)));
    const dir = cacheDir();
    await detectSets(memoryTree(files), { cache: diskDetectCache(dir, 'test') });
    const entries = readdirSync(dir).map((n) => join(dir, n));
    const setEntry = entries.find((p) => JSON.parse(readFileSync(p, 'utf8')).set)!;
    const good = readFileSync(setEntry, 'utf8');
    const entry = JSON.parse(good);
    const other = entries.find((p) => p !== setEntry)!;
    const bad: [string, string][] = [
      ['torn', good.slice(0, good.length >> 1)],
      ['foreign', readFileSync(other, 'utf8')],
      ['misshapen', JSON.stringify({ ...entry, set: { ...entry.set, files: [{ ...entry.set.files[0], upDigest: 'x' }] } })],
      ['another blob', JSON.stringify({ ...entry, set: { ...entry.set, files: entry.set.files.map((f: { blobId: string }, i: number) => (i === 2 ? { ...f, blobId: '0'.repeat(40) } : f)) } })],
      ['an older layout', JSON.stringify({ ...entry, format: 'migra-detect/0' })],
    ];
    for (const [what, body] of bad) {
      writeFileSync(setEntry, body);
      const tree = counting(files);
      expect([what, plain(await detectSets(tree, { cache: diskDetectCache(dir, 'test') }))]).toEqual([what, expected]);
      expect([what, tree.reads.length > 0]).toEqual([what, true]);
      // Rewritten whole: the next run reads nothing.
      const next = counting(files);
      const sets = await detectSets(next, { cache: diskDetectCache(dir, 'test') });
      expect([what, next.reads]).toEqual([what, []]);
      expect([what, plain(sets)]).toEqual([what, expected]);
    }
  });

  it('keeps nothing of another build of detection', async () => {
    const files = diesel(3);
    const dir = cacheDir();
    await detectSets(memoryTree(files), { cache: diskDetectCache(dir, 'build-a') });
    const tree = counting(files);
    await detectSets(tree, { cache: diskDetectCache(dir, 'build-b') });
    expect(tree.reads.length).toBeGreaterThan(0);
  });
});
