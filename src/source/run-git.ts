import { spawn } from 'node:child_process';
import { MigraError } from '../model/errors.js';

/** A git command that failed; `code` is git's exit status. Internal: callers turn it into a MigraError. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${code}): ${firstLine(stderr) || 'no message'}`);
    this.name = 'GitError';
  }
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Options put in front of every command. Repository-local config must not make us run programs
 * (core.fsmonitor is executed by commands that look at the work tree), and optional locks would
 * let a read-only command rewrite the index.
 */
export const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off'];

/**
 * The environment for git: inherited, minus variables that would point git at another repository
 * than the one we pass with -C (set when Migra runs inside a git hook), and with prompts off so a
 * fetch that needs credentials fails instead of waiting for a terminal.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) delete env[k];
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.LC_ALL = 'C';
  return env;
}

/**
 * Run git in `cwd` and collect its output. Resolves for the exit codes in `okCodes` (default 0)
 * and rejects with GitError otherwise. Output is kept as a Buffer: paths and blobs are bytes.
 */
export function runGit(cwd: string, args: readonly string[], okCodes: readonly number[] = [0]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? new MigraError('git is not installed or not on PATH; Migra needs it to read the repository') : e);
    });
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      const status = code ?? (signal ? 128 : 1);
      if (okCodes.includes(status)) resolve({ stdout: Buffer.concat(out), stderr, code: status });
      else reject(new GitError(args, status, stderr));
    });
  });
}

export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}
