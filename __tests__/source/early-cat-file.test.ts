import type { ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { startEarlyCatFile, takeEarlyCatFile } from '../../src/source/early-cat-file.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo } from '../../src/source/temp-repo.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

function newRepo(): TempRepo {
  const r = TempRepo.create();
  cleanup.push(() => r.remove());
  r.commit('one', { 'db/migrations/001_a.sql': 'create table a (id int);\n' });
  r.commit('two', { 'db/migrations/002_b.sql': 'create table b (id int);\n' });
  return r;
}

/** The process waiting to be taken, without taking it. */
function waiting(): ChildProcess | undefined {
  return (globalThis as unknown as Record<symbol, { proc: ChildProcess } | undefined>)[Symbol.for('migra.early-cat-file')]?.proc;
}

function pidOf(rev: { repo: { batch: unknown } }): number | undefined {
  return (rev.repo.batch as { proc?: { pid?: number } }).proc?.pid;
}

const exited = (p: ChildProcess) => new Promise<void>((resolve) => (p.exitCode !== null ? resolve() : p.once('exit', () => resolve())));

describe('the cat-file process the CLI starts before its bundle loads', () => {
  afterEach(() => {
    const p = waiting();
    takeEarlyCatFile('');
    return p ? exited(p) : undefined;
  });

  it('is the one a review of that work tree reads through', async () => {
    const r = newRepo();
    startEarlyCatFile(['check', '--format', 'json', '--repo', r.dir, '--base', 'HEAD~1']);
    const early = waiting();
    expect(early?.pid).toBeGreaterThan(0);
    const rev = await loadRevisions({ repo: r.dir, base: 'HEAD~1', head: 'HEAD' });
    try {
      expect(pidOf(rev)).toBe(early!.pid);
      expect(rev.changes.map((c) => c.path)).toEqual(['db/migrations/002_b.sql']);
      expect((await rev.head.read(['db/migrations/002_b.sql'])).get('db/migrations/002_b.sql')).toBe('create table b (id int);\n');
      expect(waiting()).toBeUndefined();
    } finally {
      await rev.close();
    }
    // Closed like one the review started: git has exited.
    expect(early!.exitCode).toBe(0);
  });

  it('is stopped, not used, by a review of another repository', async () => {
    const a = newRepo();
    const b = newRepo();
    startEarlyCatFile(['check', `--repo=${a.dir}`]);
    const early = waiting()!;
    const rev = await loadRevisions({ repo: b.dir, base: 'HEAD~1', head: 'HEAD' });
    try {
      expect(pidOf(rev)).not.toBe(early.pid);
      expect(rev.headCommit).toBe(b.git('rev-parse', 'HEAD'));
      await exited(early);
    } finally {
      await rev.close();
    }
  });

  it('is started only for migra check, and only at the top of a work tree (where the review opens the repository without asking git)', async () => {
    const r = newRepo();
    startEarlyCatFile(['rules', '--repo', r.dir]);
    expect(waiting()).toBeUndefined();
    startEarlyCatFile(['check', '--repo', join(r.dir, 'db')]);
    expect(waiting()).toBeUndefined();
    const cwd = process.cwd();
    process.chdir(r.dir);
    try {
      startEarlyCatFile(['check']);
    } finally {
      process.chdir(cwd);
    }
    const p = waiting()!;
    expect(p.pid).toBeGreaterThan(0);
    expect(takeEarlyCatFile(realpathSync(r.dir))).toBe(p);
    p.stdin!.end();
    await exited(p);
  });
});
