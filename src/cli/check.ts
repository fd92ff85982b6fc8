import { checkRepo } from '../analyze/check-repo.js';
import { failsGate } from '../analyze/score.js';
import { defaultBase } from '../source/index.js';
import type { CliArgs } from './args.js';
import { formatReport } from './output.js';

export async function runCheck(args: CliArgs, write: (s: string) => void, progress?: (message: string) => void): Promise<number> {
  const base = args.base ?? (await defaultBase(args.repo));
  const result = await checkRepo({ repo: args.repo, base, head: args.head, configPath: args.config, failOn: args.failOn, progress, verify: { enabled: !!args.verify, cacheDir: args.cacheDir || undefined, url: args.verifyUrl }, cacheDir: args.cacheDir || undefined });
  const { report } = result;
  write(formatReport(report, args, result.notes));
  return failsGate(report.score, report.level, report.findings.length, result.failOn) ? 1 : 0;
}
