import { mkdtempSync, readFileSync, rmSync, symlinkSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reachesWithin } from '../../src/source/ancestry.js';
import { defaultBase } from '../../src/source/default-base.js';
import { openRepo, openRepoResolving } from '../../src/source/repo.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo } from '../../src/source/temp-repo.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function newRepo(): TempRepo {
  const r = TempRepo.create();
  cleanup.push(() => r.remove());
  return r;
}

/** The git commands a function starts, read from GIT_TRACE (which gitEnv passes on to every git). */
async function gitCommands<T>(fn: () => Promise<T>): Promise<{ value: T; commands: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'migra-trace-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'trace');
  const saved = process.env.GIT_TRACE;
  process.env.GIT_TRACE = file;
  try {
    const value = await fn();
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No git ran.
    }
    const commands = text.split('\n').flatMap((l) => (/trace: built-in: git (\S+)/.exec(l) ?? []).slice(1));
    return { value, commands };
  } finally {
    if (saved === undefined) delete process.env.GIT_TRACE;
    else process.env.GIT_TRACE = saved;
  }
}

describe('loadRevisions starts few git processes', () => {
  it('reviews a branch whose base has not moved with one: cat-file resolves the refs, lists and compares the trees', async () => {
    const r = newRepo();
    r.commit('init', { 'db/migrations/001_init.sql': 'create table a (id int);\n' });
    r.checkout('feature', true);
    for (let i = 0; i < 5; i++) r.commit(`feature ${i}`, { [`db/migrations/00${i + 2}_f.sql`]: `create table f${i} (id int);\n` });
    const { value: rev, commands } = await gitCommands(() => loadRevisions({ repo: r.dir, base: 'main', head: 'feature' }));
    try {
      expect(rev.beforeCommit).toBe(r.git('rev-parse', 'main'));
      expect(rev.changes.map((c) => c.path)).toEqual([2, 3, 4, 5, 6].map((n) => `db/migrations/00${n}_f.sql`));
      expect(rev.before.paths).toEqual(['db/migrations/001_init.sql']);
    } finally {
      await rev.close();
    }
    expect(commands).toEqual(['cat-file']);
  });

  it('asks git diff only when a path went and another came (a rename git scores), and rev-parse only below the top', async () => {
    const r = newRepo();
    const body = Array.from({ length: 40 }, (_, i) => `INSERT INTO t VALUES (${i});`).join('\n');
    r.commit('init', { 'db/migrations/001_init.sql': body, 'db/x': '1' });
    r.checkout('feature', true);
    r.commit('rename', { 'db/migrations/001_init.sql': null, 'db/migrations/001_renamed.sql': body + '\n-- moved' });
    const { value: rev, commands } = await gitCommands(() => loadRevisions({ repo: join(r.dir, 'db'), base: 'main', head: 'feature' }));
    await rev.close();
    expect(rev.changes).toEqual([{ path: 'db/migrations/001_renamed.sql', status: 'renamed', oldPath: 'db/migrations/001_init.sql' }]);
    expect([...commands].sort()).toEqual(['cat-file', 'diff', 'rev-parse']);
  });

  it('asks git merge-base once the base branch has moved on, and finds the same merge-base', async () => {
    const r = newRepo();
    r.commit('init', { 'db/migrations/001_init.sql': 'create table a (id int);\n' });
    const branchPoint = r.git('rev-parse', 'HEAD');
    r.checkout('feature', true);
    r.commit('feature', { 'db/migrations/002_feature.sql': 'create table b (id int);\n' });
    r.checkout('main');
    r.commit('main moves on', { 'db/migrations/002_main.sql': 'create table c (id int);\n' });
    const { value: rev, commands } = await gitCommands(() => loadRevisions({ repo: r.dir, base: 'main', head: 'feature' }));
    try {
      expect(rev.beforeCommit).toBe(branchPoint);
      expect(rev.before.paths).toEqual(['db/migrations/001_init.sql']);
    } finally {
      await rev.close();
    }
    expect(commands).toContain('merge-base');
  });

  it('needs no diff when base and head are the same commit', async () => {
    const r = newRepo();
    r.commit('init', { a: '1' });
    const { value: rev, commands } = await gitCommands(() => loadRevisions({ repo: r.dir, base: 'HEAD', head: 'main' }));
    await rev.close();
    expect(rev.changes).toEqual([]);
    expect(rev.before.paths).toEqual(['a']);
    expect(commands).not.toContain('diff');
  });
});

describe('defaultBase starts few git processes', () => {
  it('asks symbolic-ref for origin/HEAD and cat-file for every candidate at once', async () => {
    const r = TempRepo.create('migra-repo-', 'master');
    cleanup.push(() => r.remove());
    r.commit('one', { a: '1' });
    const { value, commands } = await gitCommands(() => defaultBase(r.dir));
    expect(value).toBe('master');
    expect(commands).toEqual(['symbolic-ref', 'cat-file']);
  });
});

describe('the merge-base listing rebuilt from head and the raw diff', () => {
  it('matches git ls-tree of the merge-base through renames, deletions, mode and type changes', async () => {
    const r = newRepo();
    const body = Array.from({ length: 40 }, (_, i) => `INSERT INTO t VALUES (${i});`).join('\n');
    r.write({ 'm/001_a.sql': body, 'm/002_b.sql': 'select 2;', 'm/003_c.sql': 'select 3;', 'run.sh': 'echo', 'link-later': 'x', 'dir-later': 'y', 'same.sql': 'select 0;' });
    symlinkSync('m/002_b.sql', join(r.dir, 'was-link'));
    const c1 = r.commit('one');
    r.write({ 'm/001_a.sql': null, 'm/001_renamed.sql': body + '\n-- tail', 'm/002_b.sql': 'select 22;', 'm/003_c.sql': null, 'm/004_d.sql': 'select 4;', 'link-later': null, 'was-link': null, 'dir-later': null });
    chmodSync(join(r.dir, 'run.sh'), 0o755);
    symlinkSync('m/004_d.sql', join(r.dir, 'link-later'));
    r.write({ 'was-link': 'now a file', 'dir-later/inside.sql': 'select 5;' });
    const c2 = r.commit('two');
    const repo = await openRepo(r.dir);
    try {
      const rev = await loadRevisions({ repo, base: c1, head: c2 });
      const expected = await repo.listTree(c1);
      expect(rev.beforeCommit).toBe(c1);
      expect(rev.before.paths).toEqual(expected.map((e) => e.path).sort());
      for (const e of expected) expect(rev.before.blobId(e.path)).toBe(e.blobId);
      expect(rev.changes).toEqual(await repo.diffFiles(c1, c2));
      expect(rev.changes.find((c) => c.path === 'm/001_renamed.sql')).toEqual({ path: 'm/001_renamed.sql', status: 'renamed', oldPath: 'm/001_a.sql' });
    } finally {
      await repo.close();
    }
  });
});

describe('reachesWithin', () => {
  it('finds an ancestor, and leaves anything else to git merge-base', async () => {
    const r = newRepo();
    const c1 = r.commit('one', { a: '1' });
    const c2 = r.commit('two', { a: '2' });
    const c3 = r.commit('three', { a: '3' });
    r.checkout('side', true);
    r.git('reset', '-q', '--hard', c1);
    const side = r.commit('side', { b: '1' });
    const repo = await openRepo(r.dir);
    try {
      expect(await reachesWithin(repo.batch, c3, c1)).toBe(true);
      expect(await reachesWithin(repo.batch, c3, c3)).toBe(true);
      // Not in head's history: c3 is no ancestor of c1, side is on another branch.
      expect(await reachesWithin(repo.batch, c1, c3)).toBeUndefined();
      expect(await reachesWithin(repo.batch, c3, side)).toBeUndefined();
      // Two commits away, with room to read one.
      expect(await reachesWithin(repo.batch, c3, c1, 1)).toBeUndefined();
      expect(await reachesWithin(repo.batch, c3, c2, 1)).toBe(true);
    } finally {
      await repo.close();
    }
  });
});

describe('reachesWithin along the first-parent line', () => {
  it('finds a base many commits back, and one merged into the branch', async () => {
    const r = newRepo();
    const base = r.commit('base', { a: '0' });
    r.checkout('feature', true);
    for (let i = 0; i < 20; i++) r.commit(`feature ${i}`, { a: String(i + 1) });
    const deep = r.git('rev-parse', 'HEAD');
    r.checkout('main');
    const moved = r.commit('main moves on', { b: '1' });
    r.checkout('feature');
    r.git('merge', '-q', '--no-edit', 'main');
    r.commit('after the merge', { c: '1' });
    const head = r.git('rev-parse', 'HEAD');
    const repo = await openRepo(r.dir);
    try {
      // Twenty commits back: past the first write of eight.
      expect(await reachesWithin(repo.batch, deep, base)).toBe(true);
      // main's tip is the second parent of the merge, one commit below head.
      expect(await reachesWithin(repo.batch, head, moved)).toBe(true);
      expect(await reachesWithin(repo.batch, deep, base, 10)).toBeUndefined();
    } finally {
      await repo.close();
    }
  });
});

describe('openRepoResolving', () => {
  it('resolves refs with the repository, and leaves unknown refs undefined', async () => {
    const r = newRepo();
    const c1 = r.commit('one', { a: '1' });
    const c2 = r.commit('two', { a: '2' });
    const sub = join(r.dir, 'd');
    r.commit('three', { 'd/x': '1' });
    const c3 = r.git('rev-parse', 'HEAD');
    const { repo, commits } = await openRepoResolving(sub, ['main', 'main~2', c2.slice(0, 12)]);
    expect(repo.dir).toBe(r.dir);
    expect(commits).toEqual([c3, c1, c2]);
    const missing = await openRepoResolving(r.dir, ['main', 'nope', 'main..main~1']);
    expect(missing.repo.dir).toBe(r.dir);
    expect(missing.commits).toEqual([c3, undefined, undefined]);
  });
});
