import { openRepo } from '../../src/source/repo.js';
import { TempRepo } from '../../src/source/temp-repo.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

/** GitTree.readSync: the texts a warm review left unread (formats/up-text.ts), read where nothing can wait. */
describe('reading a git tree synchronously', () => {
  it('gives what read() gives: the same texts, a BOM dropped, tricky bytes and missing paths alike', async () => {
    const r = TempRepo.create();
    cleanup.push(() => r.remove());
    const large = `BEGIN${'x'.repeat(2 * 1024 * 1024)}END`;
    const files = {
      'db/1.sql': 'CREATE TABLE a (id int);\n',
      'db/2.sql': '\uFEFFCREATE TABLE b (id int);\r\n-- été\n',
      'db/3.sql': '0123456789abcdef0123456789abcdef01234567 blob 5\nmissing\n',
      'db/empty.sql': '',
      'db/large.sql': large,
    };
    r.commit('files', files);
    const repo = await openRepo(r.dir);
    const tree = await repo.tree('HEAD');
    try {
      const paths = [...Object.keys(files), 'db/absent.sql'];
      const sync = tree.readSync(paths);
      expect(sync).toEqual(await tree.read(paths));
      expect(sync.get('db/2.sql')).toBe('CREATE TABLE b (id int);\r\n-- été\n');
      expect(sync.get('db/large.sql')).toBe(large);
      expect(sync.has('db/absent.sql')).toBe(false);
      expect(tree.readSync([]).size).toBe(0);
    } finally {
      await repo.close();
    }
  });
});
