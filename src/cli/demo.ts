import { checkRepo, type CheckResult } from '../analyze/check-repo.js';
import { renderMarkdown } from '../render/markdown.js';
import { TempRepo } from '../source/temp-repo.js';
import type { CliArgs } from './args.js';
import { DEMO_BASE, DEMO_PR } from './demo-history.js';
import { cliGate } from './gate.js';
import { formatReport } from './output.js';

/**
 * Build the bundled example history into a temporary git repository (main plus a PR branch)
 * and run `migra check` on it. Commit ids and dates are fixed, so the report is the same on
 * every machine (the README's sample comment is rendered from it).
 */
export async function demoCheck(): Promise<CheckResult> {
  const repo = TempRepo.create('migra-demo-');
  try {
    repo.commit('base schema', DEMO_BASE);
    repo.checkout('pr', true);
    repo.commit('orders cleanup and coupons', DEMO_PR);
    return await checkRepo({ repo: repo.dir, base: 'main', head: 'pr' });
  } finally {
    repo.remove();
  }
}

/** `migra demo`: the demo's report, printed as the markdown the action would post (or another format). */
export async function runDemo(args: CliArgs, write: (s: string) => void): Promise<number> {
  const result = await demoCheck();
  const gate = cliGate(result);
  write(args.format === 'text' ? renderMarkdown(result.report, { gate }) + '\n' : formatReport(result.report, args, result.notes, gate));
  return 0;
}
