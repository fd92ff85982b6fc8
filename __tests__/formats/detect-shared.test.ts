import { detectSets } from '../../src/formats/detect.js';
import { detectShared, readShared } from '../../src/formats/detect-shared.js';
import { dialectFromContent } from '../../src/formats/dialect-hints.js';
import type { DetectCache } from '../../src/formats/detect-cache.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree, type MemoryTree } from '../../src/source/memory-tree.js';

/** A memory tree that records every path it is asked to read. */
function counting(files: Record<string, string>): MemoryTree & { reads: string[] } {
  const tree = memoryTree(files, 'counting');
  const out = {
    ...tree,
    reads: [] as string[],
    read: async (paths: string[]) => {
      out.reads.push(...paths);
      return tree.readSync(paths);
    },
  };
  return out;
}

function memoryCache(): DetectCache {
  const entries = new Map<string, string>();
  return { engineId: 'test', get: (k) => entries.get(k), set: (k, v) => void entries.set(k, v) };
}

const plain = (sets: MigrationSet[]) => JSON.parse(JSON.stringify(sets)) as unknown;

/** Diesel folders, the layout of Lemmy's history; `changed` gives one file another text. */
function history(n: number, changed?: number): Record<string, string> {
  const files: Record<string, string> = { 'diesel.toml': '[print_schema]\nfile = "src/schema.rs"\n' };
  for (let i = 1; i <= n; i++) {
    const dir = `migrations/2024-01-${String(i).padStart(2, '0')}-000000_step${i}`;
    files[`${dir}/up.sql`] = i === changed ? `CREATE TABLE t${i} (id int);\n` : `CREATE TABLE t${i} (id serial PRIMARY KEY, body jsonb);\n`;
    files[`${dir}/down.sql`] = `DROP TABLE t${i};\n`;
  }
  return files;
}

describe('detecting base and head together', () => {
  it('reads each blob once for both commits and finds the sets each finds alone', async () => {
    // Head has one migration more and a changed older one; everything else is the same blob.
    const [head, base] = [counting(history(6, 2)), counting(history(5))];
    for (const cache of [undefined, memoryCache()]) {
      head.reads.length = base.reads.length = 0;
      const opts = { cache, shared: detectShared() };
      const [h, b] = await Promise.all([detectSets(head, opts), detectSets(base, opts)]);
      expect(plain(h)).toEqual(plain(await detectSets(counting(history(6, 2)))));
      expect(plain(b)).toEqual(plain(await detectSets(counting(history(5)))));
      // Base reads only what head does not hold (the other up.sql of step 2), besides its diesel.toml.
      const migrationReads = (reads: string[]) => reads.filter((p) => p.startsWith('migrations/')).sort();
      expect(migrationReads(head.reads)).toHaveLength(12);
      expect(migrationReads(base.reads)).toEqual(['migrations/2024-01-02-000000_step2/up.sql']);
    }
  });

  it('judges each path once for both commits: the other tree takes the verdicts on paths it shares, and judges its own', async () => {
    const files = { ...history(3), 'test/fixtures/migrations/001_x.sql': 'CREATE TABLE x (id int);\n', 'db/Fixtures/002_y.sql': 'CREATE TABLE y (id int);\n' };
    const shared = detectShared();
    const head = await detectSets(counting(files), { shared });
    expect(shared.files.get('migrations/2024-01-01-000000_step1/up.sql')).toBe(true);
    expect(shared.files.get('test/fixtures/migrations/001_x.sql')).toBe(false);
    // A verdict in the share is taken as it is (a wrong one shows), and paths the share lacks are judged.
    shared.files.set('migrations/2024-01-03-000000_step3/up.sql', false);
    const base = await detectSets(counting({ ...files, 'migrations/2024-01-04-000000_step4/up.sql': 'CREATE TABLE t4 (id int);\n' }), { shared });
    expect(head[0].files.map((f) => f.name)).toEqual(['step1', 'step2', 'step3']);
    expect(base[0].files.map((f) => f.name)).toEqual(['step1', 'step2', 'step4']);
    expect(shared.files.get('migrations/2024-01-04-000000_step4/up.sql')).toBe(true);
  });

  it('shares nothing between trees of different kinds', async () => {
    // A blob id is only known to mean one text within one kind of tree.
    class Other {
      constructor(private readonly inner: MemoryTree, readonly reads: string[] = []) {}
      get commit() {
        return this.inner.commit;
      }
      get paths() {
        return this.inner.paths;
      }
      blobId(p: string) {
        return this.inner.blobId(p);
      }
      async read(paths: string[]) {
        this.reads.push(...paths);
        return this.inner.read(paths);
      }
    }
    const head = counting(history(3));
    const base = new Other(memoryTree(history(3)));
    const opts = { shared: detectShared() };
    await Promise.all([detectSets(head, opts), detectSets(base, opts)]);
    expect(base.reads.filter((p) => p.startsWith('migrations/'))).toHaveLength(6);
  });

  it('a failed read fails the reader that waits on it too, and nothing goes unhandled', async () => {
    const files = history(2);
    const inner = memoryTree(files);
    const failing = { ...inner, read: () => Promise.reject(new Error('git died')) };
    const shared = detectShared();
    const paths = Object.keys(files).filter((p) => p.endsWith('up.sql'));
    const [a, b] = await Promise.allSettled([readShared(failing, paths, shared), readShared(memoryTree(files), paths, shared)]);
    expect(a.status).toBe('rejected');
    expect(b.status).toBe('rejected');
    // Without a share, or for blobs nobody is reading, a tree reads for itself.
    expect([...(await readShared(memoryTree(files), paths, undefined)).keys()]).toEqual(paths);
    expect([...(await readShared(memoryTree(history(3)), [...paths, 'migrations/2024-01-03-000000_step3/up.sql'], detectShared())).keys()]).toHaveLength(3);
  });
});

describe('dialect hints with a memo', () => {
  it('answers as without one, and looks at each text once', () => {
    const texts = ['CREATE TABLE a (id serial, b jsonb);', 'CREATE TABLE b (id int AUTO_INCREMENT) ENGINE=InnoDB;', 'PRAGMA foreign_keys = ON;', 'CREATE TABLE a (id serial, b jsonb);'];
    const memo = new Map<string, number>();
    expect(dialectFromContent(texts, memo)).toBe(dialectFromContent(texts));
    expect(memo.size).toBe(3);
    // Hints come from the memo once a text is in it.
    memo.set(texts[1], 0);
    memo.set(texts[2], 0);
    expect(dialectFromContent(texts, memo)).toBe('postgresql');
    expect(dialectFromContent(['`a` AUTO_INCREMENT', 'x::text'], new Map())).toBe('mysql');
  });
});
