import { checkRepo } from '../analyze/check-repo.js';
import { renderMarkdown } from '../render/markdown.js';
import { TempRepo } from '../source/temp-repo.js';
import type { CliArgs } from './args.js';
import { DEMO_BASE, DEMO_PR } from './demo-history.js';
import { formatReport } from './output.js';

/**
 * Build the bundled example history into a temporary git repository (main plus a PR branch)
 * and run `migra check` on it, printing the markdown the action would post.
 */
export async function runDemo(args: CliArgs, write: (s: string) => void): Promise<number> {
  const repo = TempRepo.create('migra-demo-');
  try {
    repo.commit('base schema', DEMO_BASE);
    repo.checkout('pr', true);
    repo.commit('orders cleanup and coupons', DEMO_PR);
    const { report, notes } = await checkRepo({ repo: repo.dir, base: 'main', head: 'pr' });
    write(args.format === 'text' ? renderMarkdown(report) + '\n' : formatReport(report, args, notes));
    return 0;
  } finally {
    repo.remove();
  }
}
