import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { SAFE_CONFIG, gitEnv } from './run-git.js';

/*
 * The cat-file process of a `migra check`, started by the CLI's launcher (src/cli/launcher.ts)
 * before the bundle is loaded. git then starts (exec, config, the pack index) while Node compiles
 * the bundle, instead of after it: the first answer of a cold Lemmy review came 8–12 ms after the
 * request, now 3 ms. And fork copies the page tables of a process that has not loaded the bundle
 * yet. The launcher and the bundle are separate scripts, so the process is handed over through
 * globalThis; a review that does not take it (another folder, no git) stops it and starts its own,
 * whose errors it reports as before.
 */

const KEY = Symbol.for('migra.early-cat-file');

interface Early {
  /** The work tree top it runs in, as GitRepo names it (a real path). */
  dir: string;
  proc: ChildProcessWithoutNullStreams;
  /** It failed to start or has exited: not to be used. */
  gone: boolean;
}

type Handoff = Record<symbol, Early | undefined>;

/** Start the process a `migra check` of the work tree at `--repo` (default `.`) will read through; `args` as after `node cli.js`. */
export function startEarlyCatFile(args: readonly string[]): void {
  if (args[0] !== 'check') return;
  const dir = repoArg(args.slice(1)) ?? '.';
  try {
    // Only where GitRepo opens without asking git (repo.ts workTreeTop): elsewhere it could not tell which process this is.
    if (!existsSync(join(dir, '.git'))) return;
    const top = realpathSync(dir);
    const proc = spawn('git', [...SAFE_CONFIG, 'cat-file', '--batch'], { cwd: top, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const early: Early = { dir: top, proc, gone: false };
    // Until a review takes it: an unhandled 'error' (no git) would end the process.
    proc.on('error', () => (early.gone = true));
    proc.on('exit', () => (early.gone = true));
    proc.stdin.on('error', () => undefined);
    // Nothing waits on it until a review writes to it (CatFileBatch refs it then).
    proc.unref();
    for (const s of [proc.stdin, proc.stdout, proc.stderr]) (s as unknown as { unref?: () => void }).unref?.();
    (globalThis as Handoff)[KEY] = early;
  } catch {
    // The review starts its own.
  }
}

/** The process started early for `dir`, once; undefined (and the early one stopped) for any other folder or when it is gone. */
export function takeEarlyCatFile(dir: string): ChildProcessWithoutNullStreams | undefined {
  const g = globalThis as Handoff;
  const early = g[KEY];
  if (!early) return undefined;
  g[KEY] = undefined;
  if (early.dir === dir && !early.gone && early.proc.exitCode === null && early.proc.signalCode === null) return early.proc;
  // Not the repository reviewed: closing stdin makes cat-file exit.
  early.proc.stdin.end();
  return undefined;
}

/** The value of `--repo DIR` or `--repo=DIR`. */
function repoArg(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return undefined;
    if (args[i] === '--repo') return args[i + 1];
    if (args[i].startsWith('--repo=')) return args[i].slice('--repo='.length);
  }
  return undefined;
}
