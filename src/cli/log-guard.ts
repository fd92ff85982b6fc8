import { fstatSync } from 'node:fs';
import { defuseText, logSafeJson, stopToken } from '../render/log-safe.js';
import type { OutputFormat } from './args.js';

/**
 * `npx migra check` in a workflow step: stdout and stderr are the job's log, and the runner runs
 * any line of them that looks like a workflow command, so text taken from a pull request must
 * not be able to print one (see render/log-safe.ts). Off outside GitHub Actions, and for output
 * redirected to a file, which the runner never reads.
 */
export interface LogGuard {
  write(s: string): void;
  /** Ends the guarded output (the resume line of stop-commands); idempotent. */
  end(): void;
  /** A message for stderr, every line of it defused. */
  error(s: string): string;
}

export function logGuard(format: OutputFormat, out: { write(s: string): unknown; fd?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): LogGuard {
  const raw = (s: string) => void out.write(s);
  const active = env.GITHUB_ACTIONS === 'true' && !isFile(out.fd ?? 1);
  if (!active) return { write: raw, end: () => {}, error: (s) => s };
  const error = (s: string) => defuseText(s);
  // JSON and SARIF stay byte-for-byte valid (a [ inside a string becomes \u005b after ##).
  if (format === 'json' || format === 'sarif') return { write: (s) => raw(logSafeJson(s)), end: () => {}, error };
  // Markdown is piped on (gh pr comment --body-file -): only the lines that would be commands change.
  if (format === 'markdown') return { write: (s) => raw(defuseText(s)), end: () => {}, error };
  // Text is for people: shown unchanged, between stop-commands and a resume token nobody can guess.
  let token: string | undefined;
  let atLineStart = true;
  return {
    write: (s) => {
      if (!s) return;
      if (!token) {
        token = stopToken();
        raw(`::stop-commands::${token}\n`);
      }
      raw(s);
      atLineStart = /[\r\n]$/.test(s);
    },
    end: () => {
      // The resume line must be a line of its own, or the runner never sees it.
      if (token) raw(`${atLineStart ? '' : '\n'}::${token}::\n`);
      token = undefined;
    },
    error,
  };
}

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
