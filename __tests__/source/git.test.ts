import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MigraError } from '../../src/model/errors.js';
import { gitBlobId } from '../../src/source/memory-tree.js';
import { openRepo } from '../../src/source/repo.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo, tempGitEnv } from '../../src/source/temp-repo.js';
import { defaultBase } from '../../src/source/default-base.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function newRepo(): TempRepo {
  const r = TempRepo.create();
  cleanup.push(() => r.remove());
  return r;
}

describe('openRepo / resolveRef', () => {
  it('refuses a directory that is not a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migra-norepo-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    await expect(openRepo(dir)).rejects.toThrow(MigraError);
    await expect(openRepo(dir)).rejects.toThrow(/is not a git repository/);
    await expect(openRepo(join(dir, 'missing'))).rejects.toThrow(/missing is not a directory/);
  });

  it('opens from a subdirectory at the work tree top', async () => {
    const r = newRepo();
    r.commit('one', { 'db/migrations/001_a.sql': 'select 1;' });
    const repo = await openRepo(join(r.dir, 'db'));
    expect((await repo.listTree('HEAD')).map((e) => e.path)).toEqual(['db/migrations/001_a.sql']);
  });

  it('names an unknown ref in a one-line MigraError', async () => {
    const r = newRepo();
    r.commit('one', { a: '1' });
    const repo = await openRepo(r.dir);
    const err = await repo.resolveRef('origin/does-not-exist').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigraError);
    expect((err as MigraError).exitCode).toBe(2);
    expect((err as Error).message).toContain("'origin/does-not-exist'");
    expect((err as Error).message).not.toContain('\n');
    await expect(repo.resolveRef('--output=/tmp/x')).rejects.toThrow(/Invalid git ref/);
  });

  it('resolves branches, tags and abbreviated ids to full commit ids', async () => {
    const r = newRepo();
    const c1 = r.commit('one', { a: '1' });
    r.git('tag', '-a', 'v1', '-m', 'annotated');
    r.commit('two', { a: '2' });
    const repo = await openRepo(r.dir);
    expect(await repo.resolveRef('v1')).toBe(c1);
    expect(await repo.resolveRef(c1.slice(0, 10))).toBe(c1);
    expect(await repo.resolveRef('main~1')).toBe(c1);
  });
});

describe('listTree / diffFiles', () => {
  it('lists regular files with their blob ids, skipping symlinks', async () => {
    const r = newRepo();
    r.commit('one', { 'a dir/x y.sql': 'select 1;\n', 'é/ü.sql': 'select 2;\n', 'run.sh': '#!/bin/sh\n' });
    chmodSync(join(r.dir, 'run.sh'), 0o755);
    execFileSync('ln', ['-s', 'run.sh', join(r.dir, 'link')]);
    r.commit('two');
    const repo = await openRepo(r.dir);
    const entries = await repo.listTree('HEAD');
    expect(entries.map((e) => e.path).sort()).toEqual(['a dir/x y.sql', 'run.sh', 'é/ü.sql']);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('a dir/x y.sql')!.blobId).toBe(gitBlobId('select 1;\n'));
    expect(byPath.get('é/ü.sql')!.blobId).toBe(r.git('rev-parse', 'HEAD:é/ü.sql'));
    expect(byPath.get('run.sh')!.mode).toBe('100755');
  });

  it('reports added, modified, deleted and renamed files with the old path', async () => {
    const r = newRepo();
    const body = Array.from({ length: 40 }, (_, i) => `INSERT INTO t VALUES (${i});`).join('\n');
    const c1 = r.commit('one', { 'm/001_a.sql': body, 'm/002_b.sql': 'select 2;', 'm/003_c.sql': 'select 3;' });
    const c2 = r.commit('two', { 'm/001_a.sql': null, 'm/001_renamed.sql': body + '\n-- tail', 'm/002_b.sql': 'select 22;', 'm/003_c.sql': null, 'm/004_d.sql': 'select 4;' });
    const repo = await openRepo(r.dir);
    expect(await repo.diffFiles(c1, c2)).toEqual([
      { path: 'm/001_renamed.sql', status: 'renamed', oldPath: 'm/001_a.sql' },
      { path: 'm/002_b.sql', status: 'modified' },
      { path: 'm/003_c.sql', status: 'deleted' },
      { path: 'm/004_d.sql', status: 'added' },
    ]);
  });

  it('finds no merge-base for unrelated histories', async () => {
    const r = newRepo();
    const a = r.commit('a', { a: '1' });
    r.git('checkout', '-q', '--orphan', 'other');
    const b = r.commit('b', { b: '1' });
    const repo = await openRepo(r.dir);
    expect(await repo.mergeBase(a, b)).toBeUndefined();
    await expect(loadRevisions({ repo: r.dir, base: 'main', head: 'other' })).rejects.toThrow(/no common ancestor/);
  });
});

describe('loadRevisions', () => {
  it('compares head with the merge-base, not with the moved-on base branch', async () => {
    const r = newRepo();
    const root = r.commit('init', { 'db/migrations/001_init.sql': 'create table a (id int);\n' });
    r.checkout('feature', true);
    r.commit('feature work', { 'db/migrations/002_feature.sql': 'create table b (id int);\n' });
    r.checkout('main');
    r.commit('main moves on', { 'db/migrations/002_main.sql': 'create table c (id int);\n', 'db/migrations/001_init.sql': 'create table a (id bigint);\n' });
    const rev = await loadRevisions({ repo: r.dir, base: 'main', head: 'feature' });
    try {
      expect(rev.beforeCommit).toBe(root);
      expect(rev.baseCommit).toBe(r.git('rev-parse', 'main'));
      expect(rev.headCommit).toBe(r.git('rev-parse', 'feature'));
      expect(rev.changes).toEqual([{ path: 'db/migrations/002_feature.sql', status: 'added' }]);
      expect(rev.before.paths).toEqual(['db/migrations/001_init.sql']);
      expect(rev.head.paths).toEqual(['db/migrations/001_init.sql', 'db/migrations/002_feature.sql']);
      const before = await rev.before.read(['db/migrations/001_init.sql', 'db/migrations/002_main.sql']);
      expect([...before]).toEqual([['db/migrations/001_init.sql', 'create table a (id int);\n']]);
      expect(rev.notes).toEqual([]);
    } finally {
      rev.close();
    }
  });

  it('defaults head to HEAD', async () => {
    const r = newRepo();
    const c1 = r.commit('one', { a: '1' });
    const c2 = r.commit('two', { a: '2' });
    const rev = await loadRevisions({ repo: r.dir, base: c1 });
    rev.close();
    expect([rev.beforeCommit, rev.headCommit]).toEqual([c1, c2]);
    expect(rev.changes).toEqual([{ path: 'a', status: 'modified' }]);
  });

  it('rejects an unknown base with the ref in the message', async () => {
    const r = newRepo();
    r.commit('one', { a: '1' });
    await expect(loadRevisions({ repo: r.dir, base: 'no-such-branch' })).rejects.toThrow(/Unknown git ref 'no-such-branch'/);
  });
});

describe('defaultBase', () => {
  it("uses the remote's default branch, then well-known names, else asks for --base", async () => {
    const src = newRepo();
    src.commit('one', { a: '1' });
    const cloneDir = mkdtempSync(join(tmpdir(), 'migra-clone-'));
    cleanup.push(() => rmSync(cloneDir, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', src.dir, join(cloneDir, 'w')], { env: tempGitEnv() });
    expect(await defaultBase(join(cloneDir, 'w'))).toBe('origin/main');

    const local = TempRepo.create('migra-repo-', 'master');
    cleanup.push(() => local.remove());
    local.commit('one', { a: '1' });
    expect(await defaultBase(local.dir)).toBe('master');
    local.git('branch', '-m', 'master', 'trunk');
    await expect(defaultBase(local.dir)).rejects.toThrow(/pass --base/);
  });
});
