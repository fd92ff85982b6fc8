#!/usr/bin/env node
import { MigraError } from '../model/errors.js';
import { VERSION } from '../model/version.js';
import { parseCli, USAGE } from './args.js';
import { runCheck } from './check.js';
import { runCoverage } from './coverage.js';
import { runDemo } from './demo.js';
import { runDiff } from './diff.js';
import { runRules } from './rules.js';
import { runSchema } from './schema.js';

async function main(argv: string[]): Promise<number> {
  const write = (s: string) => void process.stdout.write(s);
  const args = parseCli(argv, !!process.stdout.isTTY);
  switch (args.command) {
    case 'check':
      return runCheck(args, write);
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
      write(`${USAGE}\n`);
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
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof MigraError) {
      process.stderr.write(`migra: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`migra: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    }
  },
);
