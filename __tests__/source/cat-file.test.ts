import { CatFileBatch } from '../../src/source/cat-file.js';
import { gitBlobId } from '../../src/source/memory-tree.js';
import { openRepo } from '../../src/source/repo.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo } from '../../src/source/temp-repo.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function newRepo(): TempRepo {
  const r = TempRepo.create();
  cleanup.push(() => r.remove());
  return r;
}

function pidOf(batch: CatFileBatch): number | undefined {
  return (batch as unknown as { proc?: { pid?: number } }).proc?.pid;
}

describe('git cat-file --batch reader', () => {
  // Content that would break a reader that splits on newlines or looks for headers.
  const tricky = Buffer.concat([
    Buffer.from('0123456789abcdef0123456789abcdef01234567 blob 5\n'),
    Buffer.from([0, 1, 2, 255, 254, 10, 10, 0]),
    Buffer.from('missing\r\n-- \u00e9t\u00e9\r\n'),
    Buffer.from([0xc3, 0x28]), // invalid UTF-8
  ]);
  const large = Buffer.alloc(3 * 1024 * 1024 + 17, 'x');
  large.write('BEGIN', 0);
  large.write('END', large.length - 3);

  it('returns blobs byte for byte, whatever they contain', async () => {
    const r = newRepo();
    r.commit('blobs', { 'bin/tricky': tricky, 'bin/empty': '', 'bin/large': large, 'bin/nonl': 'no newline at end' });
    const repo = await openRepo(r.dir);
    const tree = await repo.tree('HEAD');
    try {
      const got = await tree.readBytes(['bin/tricky', 'bin/empty', 'bin/large', 'bin/nonl', 'bin/absent']);
      expect(got.get('bin/tricky')!.equals(tricky)).toBe(true);
      expect(got.get('bin/empty')!.length).toBe(0);
      expect(got.get('bin/large')!.equals(large)).toBe(true);
      expect(got.get('bin/nonl')!.toString()).toBe('no newline at end');
      expect(got.has('bin/absent')).toBe(false);
      expect(gitBlobId(got.get('bin/tricky')!)).toBe(tree.blobId('bin/tricky'));
    } finally {
      tree.close();
    }
  });

  it('reads many files in one request and keeps concurrent requests apart', async () => {
    const r = newRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`m/${String(i).padStart(4, '0')}_f.sql`] = `-- file ${i}\n${'select 1;\n'.repeat(i % 7)}`;
    r.commit('many', files);
    const repo = await openRepo(r.dir);
    const tree = await repo.tree('HEAD');
    try {
      const all = await tree.read(tree.paths);
      expect(all.size).toBe(1500);
      for (const [p, text] of all) expect(text).toBe(files[p]);
      const a = tree.paths.filter((_, i) => i % 2 === 0);
      const b = tree.paths.filter((_, i) => i % 2 === 1).reverse();
      const [ra, rb] = await Promise.all([tree.read(a), tree.read(b)]);
      expect([...ra.keys()]).toEqual(a);
      expect([...rb.keys()]).toEqual(b);
      for (const p of b) expect(rb.get(p)).toBe(files[p]);
    } finally {
      tree.close();
    }
  });

  it('shares one process between the trees of a repository and restarts after close', async () => {
    const r = newRepo();
    const c1 = r.commit('one', { 'x.sql': 'select 1;' });
    r.commit('two', { 'x.sql': 'select 2;' });
    const rev = await loadRevisions({ repo: r.dir, base: c1, head: 'HEAD' });
    try {
      expect((await rev.before.read(['x.sql'])).get('x.sql')).toBe('select 1;');
      const pid = pidOf(rev.repo.batch);
      expect(pid).toBeGreaterThan(0);
      expect((await rev.head.read(['x.sql'])).get('x.sql')).toBe('select 2;');
      expect(pidOf(rev.repo.batch)).toBe(pid);
      rev.head.close();
      expect(pidOf(rev.repo.batch)).toBeUndefined();
      expect((await rev.before.read(['x.sql'])).get('x.sql')).toBe('select 1;');
      expect(pidOf(rev.repo.batch)).not.toBe(pid);
    } finally {
      rev.close();
    }
  });

  // issue 11: every run left a `git cat-file --batch` process behind.
  it('regression_issue_11: close() settles once git has exited', async () => {
    const r = newRepo();
    r.commit('one', { 'x.sql': 'select 1;' });
    const repo = await openRepo(r.dir);
    const tree = await repo.tree('HEAD');
    expect((await tree.read(['x.sql'])).get('x.sql')).toBe('select 1;');
    const pid = pidOf(repo.batch)!;
    expect(() => process.kill(pid, 0)).not.toThrow();
    await repo.close();
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('leaves out unknown ids and rejects malformed ones before writing them', async () => {
    const r = newRepo();
    r.commit('one', { 'a.sql': 'select 1;' });
    const repo = await openRepo(r.dir);
    try {
      const known = gitBlobId('select 1;');
      const unknown = 'f'.repeat(40);
      const got = await repo.readBlobs([unknown, known, known]);
      expect([...got.keys()]).toEqual([known]);
      await expect(repo.readBlobs([`${known}\n${known}`])).rejects.toThrow(/not a git object id/);
      // The stream is still in step after the refusal.
      expect((await repo.readBlobs([known])).get(known)!.toString()).toBe('select 1;');
    } finally {
      repo.close();
    }
  });

  it('drops a UTF-8 byte order mark when reading text', async () => {
    const r = newRepo();
    r.commit('bom', { 'a.sql': '\uFEFFselect 1;\n' });
    const repo = await openRepo(r.dir);
    const tree = await repo.tree('HEAD');
    try {
      expect((await tree.read(['a.sql'])).get('a.sql')).toBe('select 1;\n');
    } finally {
      tree.close();
    }
  });
});
