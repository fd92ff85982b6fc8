import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadReport } from '../../action/report-input.js';
import { failsGate } from '../../analyze/score.js';
import { DEFAULT_APPROVE_LABEL, parseFailOn } from '../../config/model.js';
import { renderMarkdown } from '../../render/markdown.js';
import { commentPage } from './page.js';
import { demoComment } from './sample.js';

/**
 * `npm run preview [-- report.json] [--fail-on LEVEL] [--out docs/comment.png] [--width 920] [--height PX] [--open]`:
 * the comment of the demo (or of a report JSON) rendered as GitHub renders it (with --open, every
 * <details> open), and a screenshot taken by headless Chromium (Debian's `chromium`): all of the
 * page, or with --height its first screen. It writes the PNG and prints the markdown.
 */
const USAGE = 'usage: npm run preview -- [report.json] [--fail-on LEVEL|SCORE|never] [--label NAME] [--out FILE.png] [--width PX] [--height PX] [--open]';

async function main(argv: string[]): Promise<void> {
  const opts = { out: 'docs/comment.png', width: 920, height: 0, open: false, failOn: 'high', label: DEFAULT_APPROVE_LABEL, report: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === '--out') opts.out = value();
    else if (a === '--width') opts.width = Number(value());
    else if (a === '--height') opts.height = Number(value());
    else if (a === '--open') opts.open = true;
    else if (a === '--fail-on') opts.failOn = value();
    else if (a === '--label') opts.label = value();
    else if (a === '-h' || a === '--help') return void console.log(USAGE);
    else if (a.startsWith('-') || opts.report) fail(`unexpected argument ${a}`);
    else opts.report = a;
  }
  if (!(opts.width >= 320 && opts.width <= 4000)) fail('--width: a number of pixels from 320 to 4000');
  if (opts.height && !(opts.height >= 200 && opts.height <= 20000)) fail('--height: a number of pixels from 200 to 20000');
  const markdown = opts.report ? await reportComment(opts.report, opts.failOn, opts.label) : await demoComment();
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  const height = screenshot(commentPage(markdown, { openDetails: opts.open }), out, opts.width, opts.height);
  process.stdout.write(`${markdown}\n`);
  process.stderr.write(`preview: ${out} (${opts.width}×${height})\n`);
}

/** A report JSON's comment, with the gate this run's --fail-on and --label give it (as the action would). */
async function reportComment(path: string, failOnText: string, label: string): Promise<string> {
  const report = await loadReport(resolve(path));
  const failOn = parseFailOn(failOnText, '--fail-on');
  const failing = failsGate(report.score, report.level, report.findings.length, failOn);
  return renderMarkdown(report, { gate: { failing, failOn: failOnText, approveLabel: label } });
}

/** Two runs of Chromium: one measures the page's height at this width, the second photographs it. */
function screenshot(page: string, png: string, width: number, maxHeight: number): number {
  const profile = mkdtempSync(join(tmpdir(), 'migra-preview-'));
  try {
    const html = join(profile, 'comment.html');
    writeFileSync(html, page);
    const base = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--force-device-scale-factor=1', `--user-data-dir=${profile}`];
    const url = `file://${html}`;
    const dom = chromium([...base, `--window-size=${width},800`, '--dump-dom', url]);
    const full = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
    if (!full) fail('Chromium did not report the height of the page');
    const height = maxHeight ? Math.min(full, maxHeight) : full;
    chromium([...base, `--window-size=${width},${height}`, `--screenshot=${png}`, url]);
    return height;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function chromium(args: string[]): string {
  try {
    return execFileSync('chromium', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') fail('Chromium is not installed: apt-get install -y chromium');
    throw new Error(`chromium failed: ${String(err.stderr ?? err.message).split('\n').slice(-5).join('\n')}`);
  }
}

function fail(message: string): never {
  process.stderr.write(`preview: ${message}\n${USAGE}\n`);
  process.exit(2);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`preview: ${(e as Error).message}\n`);
  process.exit(1);
});
