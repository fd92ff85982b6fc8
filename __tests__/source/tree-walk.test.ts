import { chmodSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseRawDiff, type RawChange } from '../../src/source/raw-diff.js';
import { openRepo } from '../../src/source/repo.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { TreeReader } from '../../src/source/tree-walk.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function newRepo(): TempRepo {
  const r = TempRepo.create();
  cleanup.push(() => r.remove());
  return r;
}

const nul = (out: string) => out.split('\0').filter((s, i, all) => s !== '' || i < all.length - 1);

/** `git ls-tree -r` itself: regular files with their ids, in git's order. */
function gitLsTree(r: TempRepo, commit: string) {
  return nul(r.git('ls-tree', '-r', '-z', '--full-tree', commit)).flatMap((rec) => {
    const tab = rec.indexOf('\t');
    const [mode, type, blobId] = rec.slice(0, tab).split(' ');
    return type === 'blob' && (mode === '100644' || mode === '100755') ? [{ path: rec.slice(tab + 1), blobId, mode }] : [];
  });
}

/** `git diff --raw -M` itself, sorted by path. */
function gitDiff(r: TempRepo, a: string, b: string): RawChange[] {
  return parseRawDiff(nul(r.git('diff', '--raw', '--no-abbrev', '-z', '-M', a, b, '--'))).sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

describe('listings and diffs read from tree objects', () => {
  it('list every regular file as git ls-tree does, and diff as git diff does without renames', async () => {
    const r = newRepo();
    // Names that sort differently as files and as directories ('a.sql' < 'a/' < 'a0'), nested
    // folders, non-ASCII and spaced names, an executable, symlinks and a submodule.
    r.write({ 'a.sql': '1', 'a/x.sql': '2', 'a/b/c/deep.sql': '3', a0: '4', 'ünï cødé/m 1.sql': '5', 'run.sh': 'echo', 'file-to-dir': 'f', 'dir-to-file/x': 'd', 'to-link': 't', same: 's' });
    symlinkSync('a.sql', join(r.dir, 'link-to-file'));
    const sub = newRepo();
    const subCommit = sub.commit('sub', { s: '1' });
    r.git('update-index', '--add', '--cacheinfo', `160000,${subCommit},vendor/sub`);
    const c1 = r.commit('one');
    r.write({ 'a/b/c/deep.sql': '33', 'a/new.sql': 'n', a0: null, 'file-to-dir': null, 'dir-to-file/x': null, 'to-link': null, 'link-to-file': null });
    rmSync(join(r.dir, 'dir-to-file'), { recursive: true });
    r.write({ 'file-to-dir/inside.sql': 'i', 'dir-to-file': 'now a file', 'link-to-file': 'now a file too' });
    symlinkSync('a.sql', join(r.dir, 'to-link'));
    chmodSync(join(r.dir, 'run.sh'), 0o755);
    const c2 = r.commit('two');
    const repo = await openRepo(r.dir);
    const trees = new TreeReader(repo.batch);
    const tree = (c: string) => r.git('rev-parse', `${c}^{tree}`);
    try {
      for (const c of [c1, c2]) expect(await trees.list(tree(c))).toEqual(gitLsTree(r, c));
      // Deleted and added paths together might be renames: those are git's to score.
      expect(await trees.diff(tree(c1), tree(c2))).toBeUndefined();
      expect(await repo.diffRaw(c1, c2)).toEqual(gitDiff(r, c1, c2));
      // Additions, modifications, mode and type changes only: answered from the trees.
      const c3 = r.commit('three', { 'a/b/c/deep.sql': '333', 'later/new.sql': 'n', 'dir-to-file': 'changed' });
      chmodSync(join(r.dir, 'run.sh'), 0o644);
      r.write({ 'to-link': null, 'link-to-file': null });
      r.write({ 'to-link': 'a file again' });
      symlinkSync('a.sql', join(r.dir, 'link-to-file'));
      const c4 = r.commit('four');
      for (const [a, b] of [[c2, c3], [c3, c4], [c2, c4], [c4, c2], [c1, c1]]) expect(await trees.diff(tree(a), tree(b))).toEqual(gitDiff(r, a, b));
      // Only deletions (a whole folder with it), and the other way round only additions.
      const c5 = r.commit('five', { 'a/x.sql': null, 'a/b/c/deep.sql': null, 'a/new.sql': null });
      expect(await trees.diff(tree(c4), tree(c5))).toEqual(gitDiff(r, c4, c5));
      expect(await trees.diff(tree(c5), tree(c4))).toEqual(gitDiff(r, c5, c4));
      expect(gitDiff(r, c4, c5).length).toBeGreaterThan(2);
    } finally {
      await repo.close();
    }
  });
});
