import { detectSets } from '../../src/formats/detect.js';
import { treeKey, type DetectCache } from '../../src/formats/detect-cache.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo } from '../../src/source/temp-repo.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function memoryCache(): DetectCache {
  const entries = new Map<string, string>();
  return { engineId: 'test', get: (k) => entries.get(k), set: (k, v) => void entries.set(k, v) };
}

describe('the root tree ids of a review', () => {
  it('name both trees, and detection keeps what it found of a whole tree under them', async () => {
    const r = TempRepo.create();
    cleanup.push(() => r.remove());
    r.commit('one', { 'db/migrations/001_a.sql': 'create table a (id int);\n', 'README.md': 'x\n' });
    r.commit('two', { 'db/migrations/002_b.sql': 'create table b (id int);\n' });
    const rev = await loadRevisions({ repo: r.dir, base: 'HEAD~1', head: 'HEAD' });
    try {
      expect(rev.head.treeId).toBe(r.git('rev-parse', 'HEAD^{tree}'));
      expect(rev.before.treeId).toBe(r.git('rev-parse', 'HEAD~1^{tree}'));
      const options = { dialect: null, sets: null, ignorePaths: null, defaultDialect: null };
      const cache = memoryCache();
      // The key is the tree's id: the same for any tree object of that id, another for the other commit's.
      expect(treeKey(cache, rev.head, options)).toBe(treeKey(cache, { commit: 'other', paths: [], blobId: () => undefined, read: async () => new Map<string, string>(), treeId: rev.head.treeId }, options));
      expect(treeKey(cache, rev.head, options)).not.toBe(treeKey(cache, rev.before, options));
      const sets = await detectSets(rev.head, { cache });
      expect(sets.map((s) => s.files.map((f) => f.path))).toEqual([['db/migrations/001_a.sql', 'db/migrations/002_b.sql']]);
      // Seen again (a warm review): the kept sets come back, their texts read on demand.
      const again = await detectSets(rev.head, { cache });
      expect(again.map((s) => s.files.map((f) => f.up))).toEqual([['create table a (id int);\n', 'create table b (id int);\n']]);
    } finally {
      await rev.close();
    }
  });
});
