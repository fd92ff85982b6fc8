import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Throwaway git repositories in the temp folder, for tests, benchmarks and demos that need real
 * history (branches, renames, shallow clones). Identity and dates are fixed so commit ids are
 * reproducible, and global/system config is ignored so the user's settings cannot change results.
 */
export class TempRepo {
  private constructor(readonly dir: string) {}

  static create(prefix = 'migra-repo-', branch = 'main'): TempRepo {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const repo = new TempRepo(dir);
    repo.git('init', '-q', '-b', branch);
    return repo;
  }

  /** An existing directory (a clone made with `git`). */
  static at(dir: string): TempRepo {
    return new TempRepo(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: tempGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).trim();
  }

  /** Write files (string or bytes); `null` deletes the file. */
  write(files: Record<string, string | Uint8Array | null>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) {
        rmSync(full, { force: true });
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    return this;
  }

  /** Write, stage everything and commit; returns the new commit id. */
  commit(message: string, files: Record<string, string | Uint8Array | null> = {}): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  checkout(ref: string, create = false): this {
    if (create) this.git('checkout', '-q', '-b', ref);
    else this.git('checkout', '-q', ref);
    return this;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

let tick = 0;

export function tempGitEnv(): NodeJS.ProcessEnv {
  const date = `${1_700_000_000 + tick++} +0000`;
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Migra Test',
    GIT_AUTHOR_EMAIL: 'test@migra.invalid',
    GIT_COMMITTER_NAME: 'Migra Test',
    GIT_COMMITTER_EMAIL: 'test@migra.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    // Local clones over file:// are what the shallow-clone tests need.
    GIT_ALLOW_PROTOCOL: 'file',
    LC_ALL: 'C',
  };
}
