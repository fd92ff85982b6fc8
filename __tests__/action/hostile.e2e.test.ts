import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMMAND_LEVEL } from '../../src/render/annotations.js';
import { COMMENT_MARKER } from '../../src/render/markdown.js';
import { prEvent, prRepo, GROQ_KEY, TOKEN, type PrRepo } from '../helpers/action-fixtures.js';
import { useActionHarness } from '../helpers/action-harness.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runnerCommands, type RunnerCommand } from '../helpers/runner-commands.js';

/**
 * Issue 12: hostile pull requests and huge reports, through the bundled action (and the bundled
 * CLI) against loopback stand-ins for GitHub and Groq. The log is read the way the runner reads
 * it (helpers/runner-commands.ts), so "no forged command" means what the runner would do.
 */
const { h, repo } = useActionHarness(TOKEN);

beforeEach(() => {
  h.groq.mode = { reply: 'The migration drops a column.' };
});

async function run(r: PrRepo, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const res = await runAction({ entry: h.entry, inputs: { 'github-token': TOKEN, ...inputs }, event: prEvent(r.base, r.head), workspace: r.repo.dir, apiUrl: h.gh.url, env: { GROQ_BASE_URL: h.groq.url, ...env } });
  for (const secret of [TOKEN, GROQ_KEY]) expect(res.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + res.stderr + res.summary).not.toContain(secret);
  return res;
}

const published = (r: ActionRun) => JSON.parse(r.outputs.published) as Record<string, { status: string; detail: string }>;
const warnings = (r: ActionRun) => runnerCommands(r.stdout).filter((c) => c.command === 'warning' && !c.properties.file);
const annotationCommands = (r: ActionRun) => runnerCommands(r.stdout).filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.file);

/**
 * Every command the runner would run is one Migra itself issues: masks for its secrets, its log
 * groups, its own stop-commands and their resume, its messages (starting "Migra"), its finding
 * annotations (title "Migra: <rule> (<severity>)"), and debug lines.
 */
function expectOnlyMigraCommands(cmds: RunnerCommand[]): void {
  const bad = cmds.filter((c) => {
    switch (c.command.toLowerCase()) {
      case 'add-mask':
        return ![TOKEN, GROQ_KEY].includes(c.data);
      case 'group':
        return !c.data.startsWith('Migra: ');
      case 'endgroup':
      case 'debug':
      case '(resume)':
        return false;
      case 'stop-commands':
        return !/^migra-[0-9a-f]{32}$/.test(c.data);
      case 'error':
      case 'warning':
      case 'notice':
        return c.properties.file ? !/^Migra: [a-z0-9-]+ \((critical|high|medium|low|info)\)$/.test(c.properties.title ?? '') : !c.data.startsWith('Migra');
      default:
        return true;
    }
  });
  expect(bad.map((c) => c.line)).toEqual([]);
  // Every stop is resumed, so Migra's own commands after it still work.
  const stops = cmds.filter((c) => c.command === 'stop-commands').length;
  expect(cmds.filter((c) => c.command === '(resume)')).toHaveLength(stops);
}

const HOSTILE_BASE = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  "x\n::error title=Injected::from an identifier" text,\n  "##[error]legacy form" text,\n  legacy text,\n  note text\n);\n',
};

const HOSTILE_PR = {
  'db/migrations/002_hostile.sql': [
    'ALTER TABLE users DROP COLUMN "x\n::error title=Injected::from an identifier";',
    '-- a comment\n::warning title=Injected::from a comment',
    '  ::add-mask::risk',
    "UPDATE users SET note = 'a\n::set-output name=injected::from a literal\n##[add-mask]score\n::stop-commands::guessed';",
    'ALTER TABLE users DROP COLUMN "##[error]legacy form";',
    'ALTER TABLE users DROP COLUMN legacy;\r::error title=Injected::after a lone CR\r',
    '',
  ].join('\n'),
  'db/migrations/003_##[warning]named.sql': 'ALTER TABLE users DROP COLUMN note;\n',
  'db/migrations/004_::error title=Injected::name.sql': 'DROP TABLE users;\n',
};

describe('workflow-command injection (issue 12, point 1)', () => {
  it('prints forged commands from identifiers, literals, comments, a lone CR, file names and AI text only as inert text', async () => {
    const r = repo(prRepo(HOSTILE_PR, HOSTILE_BASE));
    h.groq.mode = { reply: 'Fine.\n::add-mask::risk\n::error title=AI::boom\r##[warning]from the model\n  ::set-output name=x::y' };
    const res = await run(r, { 'groq-api-key': GROQ_KEY, suggestions: 'true' });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    // The hostile text did reach the log (the report lists these statements), but inert.
    expect(res.stdout).toContain('Injected');
    expect(res.stdout).toContain('legacy form');
    const cmds = [...runnerCommands(res.stdout), ...runnerCommands(res.stderr)];
    expectOnlyMigraCommands(cmds);
    expect(cmds.filter((c) => /Injected|boom|guessed|from the model/.test(c.data + JSON.stringify(c.properties)))).toEqual([]);
    expect(cmds.some((c) => c.command === 'error' && /^Migra: risk \d+\/100/.test(c.data))).toBe(true);
    expect(res.report.ai?.text).toBeDefined();
  });

  it('keeps a hostile Groq error message (lone CRs, legacy commands) out of the command stream', async () => {
    const r = repo(prRepo(HOSTILE_PR, HOSTILE_BASE));
    h.groq.mode = { status: 500, message: 'upstream\r::error title=Injected::from Groq\r##[add-mask]risk' };
    const res = await run(r, { 'groq-api-key': GROQ_KEY, 'ai-retries': '0' });
    expect(res.stdout).toMatch(/AI summary skipped: .*from Groq/);
    expectOnlyMigraCommands(runnerCommands(res.stdout));
  });

  it('guards the CLI in a workflow step: text between stop-commands, markdown defused, JSON valid and inert', () => {
    const r = repo(prRepo(HOSTILE_PR, HOSTILE_BASE));
    const cli = join(dirname(h.entry), 'cli.js');
    const migra = (format: string) =>
      spawnSync(process.execPath, [cli, 'check', '--repo', r.repo.dir, '--base', r.base, '--head', r.head, '--format', format], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: r.repo.dir, GITHUB_ACTIONS: 'true', NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      });
    const text = migra('text');
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('Injected');
    const textCmds = runnerCommands(text.stdout + text.stderr);
    expect(textCmds.map((c) => c.command)).toEqual(['stop-commands', '(resume)']);
    expectOnlyMigraCommands(textCmds);

    const md = migra('markdown');
    expect(md.stdout).toContain(COMMENT_MARKER);
    expect(runnerCommands(md.stdout + md.stderr)).toEqual([]);

    const json = migra('json');
    expect(runnerCommands(json.stdout + json.stderr)).toEqual([]);
    const report = JSON.parse(json.stdout);
    expect(JSON.stringify(report)).toContain('##[error]legacy form');

    // Outside a workflow, the terminal still never gets raw control characters from SQL.
    const plain = spawnSync(process.execPath, [cli, 'check', '--repo', r.repo.dir, '--base', r.base, '--head', r.head], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: r.repo.dir, NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\r');
    expect(plain.stdout).not.toMatch(/^::stop-commands::migra-/m);
  });
});

/** 300 files, each dropping 8 columns of its own table: 2,400 findings. */
function hugeRepo(): PrRepo {
  const cols = Array.from({ length: 8 }, (_, c) => `c${c}`);
  const base: Record<string, string> = {
    'db/migrations/0000_tables.sql': Array.from({ length: 300 }, (_, t) => `CREATE TABLE t${t} (id bigint PRIMARY KEY, ${cols.map((c) => `${c} text`).join(', ')});`).join('\n') + '\n',
  };
  const pr: Record<string, string> = {};
  for (let t = 0; t < 300; t++) pr[`db/migrations/${String(t + 1).padStart(4, '0')}_drop_t${t}.sql`] = cols.map((c) => `ALTER TABLE t${t} DROP COLUMN ${c};`).join('\n') + '\n';
  return prRepo(pr, base);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Markdown whose blocks are all closed: as many </details> as <details>, fences in pairs. */
function expectClosedBlocks(md: string): void {
  expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  let open: string | undefined;
  for (const line of md.split('\n')) {
    const fence = /^(`{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (open === undefined) open = fence;
    else if (fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  expect(open).toBeUndefined();
}

describe('a huge report (issue 12, point 2): 300 files dropping 2,400 columns', () => {
  let res: ActionRun;
  let state: { comments: typeof h.gh.comments; checkRuns: typeof h.gh.checkRuns; requests: typeof h.gh.requests };
  beforeAll(async () => {
    h.gh.reset();
    const r = repo(hugeRepo());
    res = await run(r, { 'sarif-file': 'migra.sarif' });
    state = { comments: [...h.gh.comments], checkRuns: [...h.gh.checkRuns], requests: [...h.gh.requests] };
  }, 600_000);

  it('delivers the comment within 65,536, cut with a note that says what was left out and where the rest is', () => {
    expect(Number(res.outputs['findings-count'])).toBeGreaterThanOrEqual(2_400);
    expect(res.report.dataLoss.length).toBeGreaterThanOrEqual(2_400);
    expect(state.comments).toHaveLength(1);
    const body = state.comments[0].body;
    expect(bytes(body)).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/Shortened to fit GitHub's size limit/);
    expect(body).toMatch(/Left out: .*the rollback SQL/);
    expect(body).toMatch(/Left out: .*the \d+ least severe findings\./);
    // Each finding says the data it loses: no second list of the same facts.
    expect(body).not.toContain('Data that would be lost');
    expect(body).toContain('[this workflow run](https://github.example/acme/shop/actions/runs/4242)');
    expect(body).toContain('`report-path`');
    expectClosedBlocks(body);
    expect(res.outputs['comment-url']).toBe(state.comments[0].html_url);
  });

  it('delivers the check run within its limits, with every annotation', () => {
    expect(state.checkRuns).toHaveLength(1);
    const run = state.checkRuns[0];
    expect(run.output.title.length).toBeLessThanOrEqual(255);
    expect(bytes(run.output.summary)).toBeLessThanOrEqual(65_535);
    expectClosedBlocks(run.output.summary);
    expect(run.annotations).toHaveLength(Number(res.outputs['findings-count']));
    for (const a of run.annotations) expect(bytes(a.message)).toBeLessThanOrEqual(64 * 1024);
    expect(state.requests.filter((q) => q.status === 422)).toEqual([]);
    expect(published(res)['check-run']).toEqual({ status: 'delivered', detail: `${res.outputs['findings-count']} annotations` });
  });

  it('keeps the job summary within 1 MiB with more than the comment (every finding, all the data lost), and the SARIF within what code scanning accepts', () => {
    expect(bytes(res.summary)).toBeLessThanOrEqual(1024 * 1024);
    // Over 1 MiB in full: the details of the least severe go; every finding stays, each with the data it loses, and the rollback whole.
    expect(res.summary).toMatch(/Left out: the "why, and the safe way" of \d+ of the 2400 findings \(the least severe\)\. The whole report is in the report JSON \(step output `report-path`/);
    expect(res.summary.match(/^- 🟠 \*\*high\*\* · \[line \d+\]\([^)]*\) · `drop-column` · data loss<br>$/gm)).toHaveLength(2_400);
    expect(res.summary).not.toMatch(/the \d+ least severe findings/);
    expect(res.summary).toContain('<details><summary>Rollback SQL: undoes this pull request, newest statement first</summary>');
    expectClosedBlocks(res.summary);
    const sarif = readFileSync(res.outputs['sarif-path'], 'utf8');
    expect(bytes(sarif)).toBeLessThanOrEqual(10_000_000);
    expect(JSON.parse(sarif).runs[0].results.length).toBeLessThanOrEqual(5_000);
  });
});

describe('sticky comment takeover (issue 12, point 3)', () => {
  it("leaves another user's comment with the marker alone and posts Migra's own", async () => {
    const r = repo(prRepo());
    const trap = h.gh.addComment(7, `${COMMENT_MARKER}\nI wrote this; editing it would put Migra's words under my name.`, { login: 'mallory', type: 'User' });
    const res = await run(r);
    expect(h.gh.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/comments/${trap.id}`))).toBe(false);
    expect(h.gh.comments.find((c) => c.id === trap.id)!.body).toContain('I wrote this');
    const own = h.gh.comments.filter((c) => c.id !== trap.id);
    expect(own).toHaveLength(1);
    expect(own[0].user.login).toBe('github-actions[bot]');
    expect(res.stdout).toContain("Left alone 1 comment with Migra's marker written by someone else.");
    // The next run updates Migra's own comment, still not the trap.
    const again = await run(r);
    expect(again.stdout).toContain('Comment unchanged');
    expect(h.gh.comments).toHaveLength(2);
    expect(h.gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/issues/7/comments'))).toHaveLength(1);
  });

  it('with an app token, takes only the app bot comments as its own, whatever GraphQL calls the login', async () => {
    const r = repo(prRepo());
    h.gh.viewer = 'migra-app[bot]';
    const other = h.gh.addComment(7, `${COMMENT_MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const mine = h.gh.addComment(7, `${COMMENT_MARKER}\nold`, { login: 'Migra-App[bot]', type: 'Bot' });
    await run(r);
    expect(h.gh.comments.find((c) => c.id === other.id)!.body).toBe(`${COMMENT_MARKER}\nold`);
    expect(h.gh.comments.find((c) => c.id === mine.id)!.body).toContain('## ❌ Migra: blocked');
    expect(h.gh.comments).toHaveLength(2);
  });

  it('without a known identity, edits only a Bot comment, never a person', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'POST', path: /^\/graphql$/, status: 500, times: 99 }, { method: 'GET', path: /^\/user$/, status: 500, times: 99 }];
    const person = h.gh.addComment(7, `${COMMENT_MARKER}\nmine`, { login: 'mallory', type: 'User' });
    await run(r, {}, { RUNNER_DEBUG: '1' });
    expect(h.gh.comments.find((c) => c.id === person.id)!.body).toBe(`${COMMENT_MARKER}\nmine`);
    expect(h.gh.comments).toHaveLength(2);
    const res = await run(r, {}, { RUNNER_DEBUG: '1' });
    expect(h.gh.comments).toHaveLength(2);
    expect(res.stdout).toMatch(/::debug::the token's login could not be found: only comments by a Bot account/);
  });
});

describe('publishing failures said exactly (issue 12, point 7)', () => {
  it('a 403 on listing the comments costs the comment only: the check run is still published', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'GET', path: /\/issues\/7\/comments$/, status: 403, times: 99, message: 'Resource not accessible by integration' }];
    const res = await run(r);
    expect(h.gh.checkRuns).toHaveLength(1);
    expect(h.gh.checkRuns[0].annotations).toHaveLength(7);
    const w = warnings(res).map((c) => c.data);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^Migra: could not publish the pull request comment \(HTTP 403 on GET: Resource not accessible by integration\)/);
    expect(w[0]).not.toMatch(/refused to write/);
    expect(published(res)).toMatchObject({ comment: { status: 'failed' }, 'check-run': { status: 'delivered', detail: '7 annotations' }, suggestions: { status: 'off' } });
    expect(res.outputs['check-run-url']).toBe(h.gh.checkRuns[0].html_url);
    expect(res.outputs['comment-url']).toBe('');
    expect(annotationCommands(res)).toHaveLength(0);
    expect(res.summary).toContain('Published on GitHub: comment: failed, HTTP 403 on GET');
  });

  it('a refused write is said as refused, and the steps after it as skipped', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, times: 99, message: 'Resource not accessible by integration' }];
    const res = await run(r, { suggestions: 'true' });
    expect(published(res)).toEqual({
      comment: { status: 'failed', detail: 'refused (HTTP 403 on POST: Resource not accessible by integration)' },
      'check-run': { status: 'skipped', detail: 'the token cannot write' },
      suggestions: { status: 'skipped', detail: 'the token cannot write' },
    });
    expect(h.gh.checkRuns).toHaveLength(0);
    expect(annotationCommands(res)).toHaveLength(7);
  });

  it('a check-run update that fails after the first batch says how many annotations were delivered', async () => {
    // More than 50 findings: 60 statements that are not SQL, and a dropped table.
    const junk = Array.from({ length: 60 }, (_, i) => `FROBNICATE ${i};`).join('\n') + '\n';
    const big = repo(prRepo({ 'db/migrations/004_drop.sql': junk + 'DROP TABLE orders;\n' }));
    h.gh.faults = [{ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 500, times: 99 }];
    const res = await run(big);
    const total = Number(res.outputs['findings-count']);
    expect(total).toBeGreaterThan(50);
    expect(h.gh.checkRuns).toHaveLength(1);
    expect(h.gh.checkRuns[0].annotations).toHaveLength(50);
    const w = warnings(res).map((c) => c.data);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain(`Migra: the check run was published with 50 of ${total} annotations (adding the rest failed: HTTP 500`);
    expect(published(res)['check-run']).toMatchObject({ status: 'partial', detail: expect.stringMatching(new RegExp(`^50 of ${total} annotations`)) });
    expect(res.summary).toContain(`The check run was published with 50 of ${total} annotations`);
    // The findings the check run does not carry go to the job, as many as GitHub shows (10 a level).
    const rest = [...res.report.findings]
      .sort((a: any, b: any) => ['info', 'low', 'medium', 'high', 'critical'].indexOf(b.severity) - ['info', 'low', 'medium', 'high', 'critical'].indexOf(a.severity))
      .slice(50);
    const perLevel = new Map<string, number>();
    for (const f of rest) perLevel.set(COMMAND_LEVEL[f.severity as keyof typeof COMMAND_LEVEL], (perLevel.get(COMMAND_LEVEL[f.severity as keyof typeof COMMAND_LEVEL]) ?? 0) + 1);
    const expected = [...perLevel.values()].reduce((a, n) => a + Math.min(n, 10), 0);
    expect(annotationCommands(res)).toHaveLength(expected);
  });

  it('one time budget for all of publishing: a GitHub that never answers stops everything after it, without retries', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'GET', path: /\/issues\/7\/comments$/, status: 0, times: 99, hang: true }];
    const res = await run(r, {}, { MIGRA_PUBLISH_BUDGET_MS: '2000' });
    expect(res.code).toBe(1);
    // One attempt at the listing, cut off by the budget; nothing sent after it.
    expect(h.gh.requests.filter((q) => q.path.endsWith('/issues/7/comments'))).toHaveLength(1);
    expect(h.gh.requests.filter((q) => q.path.includes('/check-runs'))).toHaveLength(0);
    expect(published(res)).toMatchObject({
      comment: { status: 'failed', detail: 'stopped: the publishing time budget of 2 s ran out' },
      'check-run': { status: 'skipped', detail: 'not attempted: the publishing time budget of 2 s was used up' },
    });
    const w = warnings(res).map((c) => c.data);
    expect(w).toEqual([
      'Migra: could not publish the pull request comment (stopped: the publishing time budget of 2 s ran out); the job summary and the job status are complete.',
      'Migra: the check run was not attempted: the publishing time budget of 2 s was used up; the job summary and the job status are complete.',
    ]);
    // The findings still reach the job, and the summary and outputs are complete.
    expect(annotationCommands(res)).toHaveLength(7);
    expect(res.outputs['findings-count']).toBe('7');
    expect(res.summary).toContain('Published on GitHub: comment: failed, stopped: the publishing time budget of 2 s ran out; check run: skipped, not attempted');
  });
});
