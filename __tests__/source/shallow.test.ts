import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MigraError } from '../../src/model/errors.js';
import { openRepo } from '../../src/source/repo.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo, tempGitEnv } from '../../src/source/temp-repo.js';

/**
 * A bare "origin" in a temp folder and one-commit-deep clones of it over file://, the way
 * actions/checkout leaves the workspace by default. No network.
 */
interface Fixture {
  origin: string;
  branchPoint: string;
  mainTip: string;
  featureTip: string;
  shallowClone(): TempRepo;
}

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `mainAhead` commits land on main after the branch point, so the base side needs that much history. */
function makeFixture(mainAhead: number): Fixture {
  const src = TempRepo.create('migra-src-');
  cleanup.push(() => src.remove());
  src.commit('init', { 'db/migrations/001_init.sql': 'create table a (id int);\n' });
  for (let i = 0; i < 5; i++) src.commit(`old ${i}`, { [`notes/${i}.txt`]: String(i) });
  const branchPoint = src.git('rev-parse', 'HEAD');
  src.checkout('feature', true);
  src.commit('feature 1', { 'db/migrations/002_feature.sql': 'create table b (id int);\n' });
  src.commit('feature 2', { 'db/migrations/002_feature.sql': 'create table b (id bigint);\n' });
  const featureTip = src.git('rev-parse', 'HEAD');
  src.checkout('main');
  for (let i = 0; i < mainAhead; i++) src.git('commit', '-q', '--allow-empty', '-m', `main ${i}`);
  src.commit('main migration', { 'db/migrations/002_main.sql': 'create table c (id int);\n' });
  const mainTip = src.git('rev-parse', 'HEAD');
  const origin = join(tempDir('migra-origin-'), 'origin.git');
  execFileSync('git', ['clone', '-q', '--bare', src.dir, origin], { env: tempGitEnv() });
  return {
    origin,
    branchPoint,
    mainTip,
    featureTip,
    shallowClone() {
      const dir = join(tempDir('migra-clone-'), 'work');
      execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, dir], { env: tempGitEnv() });
      return TempRepo.at(dir);
    },
  };
}

describe('shallow clones', () => {
  it('fetches the missing base branch and deepens until the merge-base appears', async () => {
    const fx = makeFixture(3);
    const clone = fx.shallowClone();
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const rev = await loadRevisions({ repo: clone.dir, base: 'origin/main', head: 'HEAD' });
    rev.close();
    expect(rev.beforeCommit).toBe(fx.branchPoint);
    expect(rev.baseCommit).toBe(fx.mainTip);
    expect(rev.headCommit).toBe(fx.featureTip);
    expect(rev.changes).toEqual([{ path: 'db/migrations/002_feature.sql', status: 'added' }]);
    expect(rev.notes).toEqual([
      "Shallow clone: fetched 'origin/main' from origin.",
      'Shallow clone: fetched up to 50 more commits from origin to find the merge-base; set `fetch-depth: 0` on actions/checkout to skip this.',
    ]);
    // The work tree was not touched: still the feature checkout, nothing modified.
    expect(clone.git('status', '--porcelain')).toBe('');
    expect(clone.git('rev-parse', 'HEAD')).toBe(fx.featureTip);
  });

  it('takes further steps when the first one is not deep enough, with the base given as a commit id', async () => {
    const fx = makeFixture(60);
    const clone = fx.shallowClone();
    const rev = await loadRevisions({ repo: clone.dir, base: fx.mainTip });
    rev.close();
    expect(rev.beforeCommit).toBe(fx.branchPoint);
    expect(rev.notes[0]).toBe(`Shallow clone: fetched '${fx.mainTip}' from origin.`);
    expect(rev.notes[1]).toMatch(/^Shallow clone: fetched up to 250 more commits from origin/);
    const before = await rev.before.read(['db/migrations/001_init.sql']);
    expect(before.get('db/migrations/001_init.sql')).toBe('create table a (id int);\n');
    rev.close();
  });

  it('fails with the fetch-depth advice when there is no remote', async () => {
    const fx = makeFixture(1);
    const clone = fx.shallowClone();
    clone.git('fetch', '-q', '--depth=1', 'origin', fx.mainTip);
    clone.git('remote', 'remove', 'origin');
    const repo = await openRepo(clone.dir);
    expect(await repo.mergeBase(fx.mainTip, fx.featureTip)).toBeUndefined();
    const err = await loadRevisions({ repo, base: fx.mainTip }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigraError);
    expect((err as Error).message).toContain('fetch-depth: 0');
    expect((err as Error).message).toContain('no remote');
  });

  it('fails with the fetch-depth advice when the remote cannot be fetched', async () => {
    const fx = makeFixture(1);
    const clone = fx.shallowClone();
    clone.git('fetch', '-q', '--depth=1', 'origin', fx.mainTip);
    rmSync(fx.origin, { recursive: true, force: true });
    const err = await loadRevisions({ repo: clone.dir, base: fx.mainTip }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigraError);
    expect((err as Error).message).toMatch(/fetching more history from origin failed .*fetch-depth: 0/);
  });

  it('fails with the fetch-depth advice when the base ref cannot be fetched', async () => {
    const fx = makeFixture(1);
    const clone = fx.shallowClone();
    clone.git('remote', 'set-url', 'origin', `file://${join(tmpdir(), 'migra-no-such-origin.git')}`);
    const err = await loadRevisions({ repo: clone.dir, base: 'origin/main' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigraError);
    expect((err as Error).message).toMatch(/^Unknown git ref 'origin\/main' in this shallow clone, and fetching it from origin failed .*fetch-depth: 0/);
  });
});
