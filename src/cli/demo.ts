import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRepo } from '../analyze/check-repo.js';
import { renderMarkdown } from '../render/markdown.js';
import type { CliArgs } from './args.js';
import { DEMO_BASE, DEMO_PR } from './demo-history.js';
import { formatReport } from './output.js';

/**
 * Build the bundled example history into a temporary git repository (main plus a PR branch)
 * and run `migra check` on it, printing the markdown the action would post.
 */
export async function runDemo(args: CliArgs, write: (s: string) => void): Promise<number> {
  const repo = mkdtempSync(join(tmpdir(), 'migra-demo-'));
  try {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@example.com' } });
    git('init', '-q', '-b', 'main');
    writeFiles(repo, DEMO_BASE);
    git('add', '-A');
    git('commit', '-q', '-m', 'base schema');
    git('checkout', '-q', '-b', 'pr');
    writeFiles(repo, DEMO_PR);
    git('add', '-A');
    git('commit', '-q', '-m', 'orders cleanup and coupons');
    const { report, notes } = await checkRepo({ repo, base: 'main', head: 'pr' });
    write(args.format === 'text' ? renderMarkdown(report) + '\n' : formatReport(report, args, notes));
    return 0;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}
