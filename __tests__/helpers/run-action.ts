import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Bundle the action into a temp folder, exactly as `npm run bundle` builds dist/ (same script,
 * other output folder), so the tests run the real bundle of the current source and never race
 * with something reading dist/.
 */
export async function buildAction(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'migra-dist-'));
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/tools/bundle.ts', '--outdir', out], { cwd: process.cwd() });
  return join(out, 'index.js');
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Lines of stdout that are workflow commands (::error ..., ::warning ...). */
  commands: string[];
  /** The report JSON the action wrote (output report-path), parsed. */
  report?: any;
  /** Its text, kept for a later publishing run. */
  reportText?: string;
}

export interface RunOptions {
  entry: string;
  /** Inputs by their action.yml name (github-token, fail-on ...). */
  inputs: Record<string, string>;
  event: { name: string; payload: unknown };
  workspace: string;
  apiUrl: string;
  repository?: string;
  env?: Record<string, string>;
}

/** Run `node <bundle>` as the runner does: INPUT_* variables, the event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'migra-runner-'));
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: opts.repository ?? 'acme/shop',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: temp,
    MIGRA_RETRY_BASE_MS: '5',
    ...opts.env,
  };
  // Verification on an embedded engine costs seconds per run: tests that want it ask for it.
  env.INPUT_VERIFY = 'false';
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [opts.entry], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const stdout = Buffer.concat(out).toString('utf8');
  const result: ActionRun = {
    code,
    stdout,
    stderr: Buffer.concat(err).toString('utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: stdout.split('\n').filter((l) => /^::(error|warning|notice)\b/.test(l)),
  };
  const reportPath = result.outputs['report-path'];
  if (reportPath) {
    result.reportText = readFileSync(reportPath, 'utf8');
    result.report = JSON.parse(result.reportText);
  }
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, value lines, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}
