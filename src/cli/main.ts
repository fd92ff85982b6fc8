#!/usr/bin/env node
import { MigraError } from '../model/errors.js';
import { VERSION } from '../model/version.js';
import { commandHelp, parseCli, USAGE, wantsColor } from './args.js';
import { logGuard, type LogGuard } from './log-guard.js';
import { runCheck } from './check.js';
import { runCoverage } from './coverage.js';
import { runDemo } from './demo.js';
import { runDiff } from './diff.js';
import { progressLine } from './progress.js';
import { runRules } from './rules.js';
import { runSchema } from './schema.js';

// Progress goes to stderr and only when it is a terminal; it is erased before anything is printed.
const progress = progressLine(process.stderr);
let guard: LogGuard = logGuard('text', process.stdout, {});

async function main(argv: string[]): Promise<number> {
  const args = parseCli(argv, wantsColor(!!process.stdout.isTTY, process.env));
  // Only output that quotes the repository needs guarding; `migra --version` stays capturable as is.
  if (['check', 'diff', 'coverage', 'schema', 'demo'].includes(args.command)) guard = logGuard(args.format, process.stdout);
  const write = (s: string) => {
    progress.done();
    guard.write(s);
  };
  switch (args.command) {
    case 'check':
      return runCheck(args, write, progress);
    case 'diff':
      return runDiff(args, write);
    case 'rules':
      return runRules(args, write);
    case 'coverage':
      return runCoverage(args, write);
    case 'schema':
      return runSchema(args, write);
    case 'demo':
      return runDemo(args, write);
    case 'version':
      write(`${VERSION}\n`);
      return 0;
    default:
      write(`${args.helpFor ? commandHelp(args.helpFor) : USAGE}\n`);
      return 0;
  }
}

// `migra rules | head` closes the pipe early: the reader has all it wants, which is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    guard.end();
    process.exitCode = code;
  },
  (e: unknown) => {
    progress.done();
    guard.end();
    // Messages name files and quote SQL from the repository: in a workflow log, defused.
    const safe = logGuard('json', process.stderr).error;
    if (e instanceof MigraError) {
      process.stderr.write(safe(`migra: ${e.message}\n`));
      process.exitCode = 2;
    } else {
      process.stderr.write(safe(`migra: internal error: ${(e as Error)?.stack ?? String(e)}\n`));
      process.exitCode = 2;
    }
  },
);
