import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMENT_MARKER, renderMarkdown } from '../../src/render/markdown.js';
import { TempRepo, tempGitEnv } from '../../src/source/temp-repo.js';
import { manyDropsRepo, prEvent, prRepo, pullPayload, GROQ_KEY, REPOSITORY, TOKEN, type PrRepo } from '../helpers/action-fixtures.js';
import { useActionHarness } from '../helpers/action-harness.js';
import { runAction, type ActionRun, type RunOptions } from '../helpers/run-action.js';

/**
 * The bundled action run as the runner runs it (a child process with INPUT_*, the event file,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against loopback stand-ins for GitHub and Groq, on real
 * git repositories. Every run is also checked for leaked secrets.
 */
const { h, repo } = useActionHarness(TOKEN);

async function run(r: PrRepo, event: RunOptions['event'], inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction({
    entry: h.entry,
    inputs: { 'github-token': TOKEN, ...inputs },
    event,
    workspace: r.repo.dir,
    apiUrl: h.gh.url,
    env: { GROQ_BASE_URL: h.groq.url, ...env },
  });
  expectNoSecrets(result);
  return result;
}

/** The runner consumes ::add-mask:: commands; nothing else may show a secret. */
function expectNoSecrets(r: ActionRun): void {
  const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + r.summary + JSON.stringify(r.outputs) + (r.reportText ?? '');
  for (const secret of [TOKEN, GROQ_KEY]) expect(printed).not.toContain(secret);
}

const annotationCommands = (r: ActionRun) => r.commands.filter((c) => /^::(error|warning|notice) [^:]*file=/.test(c));
/** Log lines about the AI summary, without the stage's group header and timing line. */
const aiLines = (r: ActionRun) => r.stdout.split('\n').filter((l) => /AI summary/.test(l) && !l.startsWith('::group::') && !/^AI summary: \d+ ms$/.test(l));
const warnings = (r: ActionRun) => r.commands.filter((c) => c.startsWith('::warning') && !/file=/.test(c));

describe('pull request', () => {
  it('posts one comment and a check run, then updates the comment in place on the next push', async () => {
    const r = repo(prRepo());
    const first = await run(r, prEvent(r.base, r.head));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('::add-mask::' + TOKEN);
    expect(first.outputs).toMatchObject({ 'risk-level': 'high', 'findings-count': '7', 'sarif-path': '' });
    expect(Number(first.outputs['risk-score'])).toBeGreaterThanOrEqual(35);
    expect(first.report.findings).toHaveLength(7);
    expect(first.report.pullRequest).toEqual({ number: 7 });
    expect(first.summary).toContain('## ❌ Migra: blocked · high risk');
    expect(first.summary).toContain('**Blocked:** 6 findings are at or above `fail-on: high`. To unblock, fix them, or a maintainer adds the label `migra:approved` to accept them.');
    expect(h.gh.comments[0].body).toContain('**Blocked:** 6 findings are at or above `fail-on: high`.');
    expect(first.stdout).toMatch(/^::error::Migra: risk \d+\/100 \(high\), 7 findings: at or above fail-on high/m);
    // Logged per stage, with timings.
    for (const stage of ['Resolve event', 'Analyze', 'Comment', 'Check run', 'Job summary']) {
      expect(first.stdout).toContain(`::group::Migra: ${stage}`);
      expect(first.stdout).toMatch(new RegExp(`^${stage}: \\d+ ms$`, 'm'));
    }

    expect(h.gh.comments).toHaveLength(1);
    const comment = h.gh.comments[0];
    expect(comment.issue).toBe(7);
    expect(comment.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment.body).toContain(`https://github.example/${REPOSITORY}/blob/${r.head}/db/migrations/004_orders_cleanup.sql#L4`);

    expect(h.gh.checkRuns).toHaveLength(1);
    const check = h.gh.checkRuns[0];
    expect(check).toMatchObject({ name: 'Migra', head_sha: r.head, status: 'completed', conclusion: 'failure', details_url: `https://github.example/${REPOSITORY}/actions/runs/4242` });
    expect(check.output.title).toMatch(/^Blocked at fail-on high: 7 findings, high risk \(score \d+\/100\)$/);
    expect(check.annotations).toHaveLength(7);
    expect(check.annotations.find((a) => a.start_line === 4 && a.title.startsWith('drop-column'))).toMatchObject({ path: 'db/migrations/004_orders_cleanup.sql', annotation_level: 'failure' });
    expect(check.annotations.find((a) => a.title.startsWith('lock-timeout-missing'))).toMatchObject({ annotation_level: 'notice' });
    // With a check run carrying the annotations, the job does not repeat them as workflow commands.
    expect(annotationCommands(first)).toHaveLength(0);
    // Without a Groq key, nothing about AI.
    expect(first.stdout + first.summary + comment.body).not.toMatch(/\bAI\b/);
    expect(h.groq.requests).toHaveLength(0);

    // The next push fixes the risky file: the same comment is edited, not a second one posted.
    const fixed = r.repo.commit('fix', { 'db/migrations/004_orders_cleanup.sql': 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n' });
    const second = await run(r, prEvent(r.base, fixed));
    expect(second.code).toBe(0);
    expect(h.gh.comments).toHaveLength(1);
    expect(h.gh.writes.filter((w) => w.method === 'POST' && w.path.endsWith('/comments'))).toHaveLength(1);
    expect(h.gh.writes.filter((w) => w.method === 'PATCH' && w.path === `/repos/${REPOSITORY}/issues/comments/${comment.id}`)).toHaveLength(1);
    expect(h.gh.comments[0].body).toContain('No risky changes found');
    expect(h.gh.comments[0].body).not.toContain('drop-column');
    expect(h.gh.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([[r.head, 'failure'], [fixed, 'success']]);
    expect(second.outputs).toMatchObject({ 'risk-score': '0', 'risk-level': 'none', 'findings-count': '0' });

    // A third run with nothing new leaves the comment alone.
    const third = await run(r, prEvent(r.base, fixed));
    expect(third.code).toBe(0);
    expect(h.gh.writes.filter((w) => w.path.includes('/issues/'))).toHaveLength(2);
    expect(third.stdout).toContain('Comment unchanged');
  });

  it('passes with the approve label, keeping the findings and saying who approved', async () => {
    const r = repo(prRepo());
    const res = await run(r, prEvent(r.base, r.head, { labels: ['migra:approved'] }));
    expect(res.code).toBe(0);
    expect(res.stdout).not.toMatch(/^::error::/m);
    expect(res.stdout).toContain("passed because the pull request has the 'migra:approved' label");
    expect(res.outputs).toMatchObject({ 'risk-level': 'high', 'findings-count': '7' });
    expect(res.report.approvedBy).toBe('migra:approved');
    expect(h.gh.comments[0].body).toContain('## ✅ Migra: passes, approved by label · high risk\n\n**Passes:** at or above `fail-on: high`, and the label `migra:approved` accepts the findings below');
    expect(h.gh.comments[0].body).toContain('drop-column');
    expect(h.gh.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect(h.gh.checkRuns[0].output.title).toContain('approved by label');
    expect(h.gh.checkRuns[0].annotations).toHaveLength(7);
  });

  it('uses a custom approve label and a score threshold from the inputs', async () => {
    const r = repo(prRepo());
    const res = await run(r, prEvent(r.base, r.head, { labels: ['db-ok'] }), { 'approve-label': 'db-ok', 'fail-on': '99' });
    expect(res.code).toBe(0);
    expect(res.report.approvedBy).toBe('db-ok');
    const never = await run(r, prEvent(r.base, r.head), { 'fail-on': 'never', comment: 'false', 'check-run': 'false' });
    expect(never.code).toBe(0);
    // No check run: the findings go to the job as workflow-command annotations instead.
    expect(annotationCommands(never)).toHaveLength(7);
  });

  it('verifies on the embedded PostgreSQL shipped in the bundle: a migration that fails there is critical, at its line, with the engine\'s words', async () => {
    const r = repo(
      prRepo(
        { 'db/migrations/002_age.sql': "ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users ALTER COLUMN age TYPE integer;\n" },
        { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, age text);\n' },
      ),
    );
    const res = await run(r, prEvent(r.base, r.head), { verify: 'true' });
    const failed = res.report.findings.filter((f: { rule: string }) => f.rule === 'migration-fails-to-apply');
    expect(failed).toEqual([expect.objectContaining({ severity: 'critical', file: 'db/migrations/002_age.sql', line: 2 })]);
    expect(failed[0].message).toContain('column "age" cannot be cast automatically to type integer');
    expect(h.gh.comments[0].body).toContain('migration-fails-to-apply');
  });

  it('writes SARIF when asked', async () => {
    const r = repo(prRepo());
    const res = await run(r, prEvent(r.base, r.head), { 'sarif-file': 'migra.sarif' });
    expect(res.outputs['sarif-path']).toBe(join(r.repo.dir, 'migra.sarif'));
    const sarif = JSON.parse(readFileSync(res.outputs['sarif-path'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(7);
  });

  it('offers one-click suggestions once, for statements that fill their lines', async () => {
    const r = repo(prRepo());
    await run(r, prEvent(r.base, r.head), { suggestions: 'true' });
    const posted = h.gh.reviewComments.map((c) => c.line).sort((a, b) => a - b);
    expect(posted.length).toBeGreaterThan(0);
    const idx = h.gh.reviewComments.find((c) => c.line === 2)!;
    expect(idx).toMatchObject({ path: 'db/migrations/004_orders_cleanup.sql', commit_id: r.head });
    expect(idx.body).toContain('```suggestion\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n```');
    const again = await run(r, prEvent(r.base, r.head), { suggestions: 'true' });
    expect(h.gh.reviewComments.map((c) => c.line).sort((a, b) => a - b)).toEqual(posted);
    expect(again.stdout).toMatch(/Suggestions: 0 posted, \d+ already there/);
  });
});

describe('shallow checkout', () => {
  it('fetches the missing history itself and says so in the log', async () => {
    const r = repo(prRepo());
    const origin = join(mkdtempSync(join(tmpdir(), 'migra-origin-')), 'origin.git');
    const clone = join(mkdtempSync(join(tmpdir(), 'migra-clone-')), 'work');
    execFileSync('git', ['clone', '-q', '--bare', r.repo.dir, origin], { env: tempGitEnv() });
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone], { env: tempGitEnv() });
    const shallow = { repo: TempRepo.at(clone), base: r.base, head: r.head };
    for (const dir of [join(origin, '..'), join(clone, '..')]) repo({ repo: TempRepo.at(dir), base: '', head: '' });
    const res = await run(shallow, prEvent(r.base, r.head));
    expect(res.stdout).toMatch(/^Shallow clone: fetched/m);
    expect(res.outputs['findings-count']).toBe('7');
    expect(res.summary).toContain('Shallow clone: fetched');
  });
});

describe('read-only token (fork or Dependabot pull request)', () => {
  it('keeps the analysis, summary, outputs, annotations and exit status, and warns once', async () => {
    const r = repo(prRepo());
    h.gh.faults = [
      { method: 'POST', path: /./, status: 403, times: 99, message: 'Resource not accessible by integration' },
      { method: 'PATCH', path: /./, status: 403, times: 99, message: 'Resource not accessible by integration' },
    ];
    const res = await run(r, prEvent(r.base, r.head, { fork: true }));
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^::error::Migra: risk \d+\/100 \(high\)/m);
    expect(res.outputs).toMatchObject({ 'risk-level': 'high', 'findings-count': '7' });
    expect(res.report.findings).toHaveLength(7);
    expect(res.summary).toContain('## ❌ Migra: blocked · high risk');
    expect(h.gh.comments).toHaveLength(0);
    expect(h.gh.checkRuns).toHaveLength(0);
    // One write was tried and refused; the check run was not attempted after that.
    expect(h.gh.writes).toHaveLength(1);
    const w = warnings(res);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('HTTP 403');
    expect(w[0]).toContain('forks');
    expect(w[0]).toContain('workflow_run');
    expect(res.summary).toContain('workflow\\_run');
    const anns = annotationCommands(res);
    expect(anns).toHaveLength(7);
    expect(anns.some((a) => a.startsWith('::error') && a.includes('file=db/migrations/004_orders_cleanup.sql,line=4,endLine=4'))).toBe(true);
  });

  it('says so for Dependabot too', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'POST', path: /./, status: 403, times: 99, message: 'Resource not accessible by integration' }];
    const res = await run(r, prEvent(r.base, r.head, { author: 'dependabot[bot]' }));
    expect(warnings(res)).toHaveLength(1);
    expect(warnings(res)[0]).toContain('Dependabot');
  });
});

describe('flaky API', () => {
  it('retries 5xx and never duplicates a comment or check run whose create went through', async () => {
    const r = repo(prRepo());
    h.gh.faults = [
      { method: 'GET', path: /\/issues\/7\/comments$/, status: 502, times: 1 },
      // The comment is created, but the answer is lost: the retry must find it, not post another.
      { method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1, afterApply: true },
      // Same for the check run: found again by its external_id.
      { method: 'POST', path: /\/check-runs$/, status: 503, times: 1, afterApply: true },
    ];
    const res = await run(r, prEvent(r.base, r.head));
    expect(res.code).toBe(1);
    expect(h.gh.requests.filter((q) => q.status >= 500)).toHaveLength(3);
    expect(h.gh.comments).toHaveLength(1);
    expect(h.gh.checkRuns).toHaveLength(1);
    expect(h.gh.checkRuns[0].annotations).toHaveLength(7);
    expect(warnings(res)).toHaveLength(0);
  });

  it('retries a 502 on an annotation batch and a rate limit, then delivers everything', async () => {
    const r = repo(manyDropsRepo(60));
    h.gh.faults = [
      { method: 'PATCH', path: /\/check-runs\/\d+$/, status: 502, times: 1 },
      // A create that fails outright is simply tried again.
      { method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1 },
      { method: 'GET', path: /\/issues\/7\/comments$/, status: 429, times: 1, headers: { 'retry-after': '0', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' } },
    ];
    const res = await run(r, prEvent(r.base, r.head));
    expect(res.code).toBe(1);
    expect(h.gh.checkRuns[0].annotations).toHaveLength(Number(res.outputs['findings-count']));
    expect(h.gh.comments).toHaveLength(1);
    expect(h.gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments')).map((q) => q.status)).toEqual([502, 201]);
  });

  it('gives up on a dead API with one warning per step, keeping summary, outputs and exit status', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'GET', path: /./, status: 500, times: 999 }, { method: 'POST', path: /./, status: 500, times: 999 }];
    const res = await run(r, prEvent(r.base, r.head));
    expect(res.code).toBe(1);
    expect(res.summary).toContain('## ❌ Migra: blocked · high risk');
    expect(res.outputs['findings-count']).toBe('7');
    expect(warnings(res).map((w) => w.replace(/\(.*/, ''))).toEqual(['::warning::Migra: could not publish the pull request comment ', '::warning::Migra: could not publish the check run ']);
    expect(annotationCommands(res)).toHaveLength(7);
  });
});

describe('a large pull request', () => {
  let res: ActionRun;
  let findings: number;
  let comments: typeof h.gh.comments;
  let checkRuns: typeof h.gh.checkRuns;
  let writes: typeof h.gh.requests;
  beforeAll(async () => {
    h.gh.reset();
    const r = repo(manyDropsRepo(260));
    res = await run(r, prEvent(r.base, r.head));
    findings = Number(res.outputs['findings-count']);
    // The fake is reset before each test: keep what this run left.
    [comments, checkRuns, writes] = [[...h.gh.comments], [...h.gh.checkRuns], h.gh.writes];
  }, 120_000);

  it('delivers every annotation in batches of 50', () => {
    expect(findings).toBeGreaterThan(250);
    expect(checkRuns).toHaveLength(1);
    expect(checkRuns[0].annotations).toHaveLength(findings);
    const batches = writes.filter((w) => w.path.includes('/check-runs')).map((w) => w.body.output.annotations.length);
    expect(batches.length).toBe(Math.ceil(findings / 50));
    expect(Math.max(...batches)).toBe(50);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(findings);
  });

  it('keeps the comment under 65,536 characters with the score and the most severe findings', () => {
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    // In full it would not fit.
    expect(renderMarkdown(res.report, { maxLength: Infinity }).length).toBeGreaterThan(65_536);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('## ❌ Migra: blocked · critical risk');
    expect(body).toContain(`Risk score **${res.outputs['risk-score']}/100**`);
    expect(body).toMatch(/^- 🔴 \*\*critical\*\* · \[line \d+\]\([^)]*\) · `drop-table`/m);
    expect(checkRuns[0].output.summary.length).toBeLessThanOrEqual(65_535);
  });
});

describe('AI summary', () => {
  it('adds an advisory section with a fenced, untrusted prompt', async () => {
    const r = repo(prRepo());
    h.groq.mode = { reply: 'This migration drops users.legacy_code and rewrites orders.\n\nDeploy the code change first.' };
    const res = await run(r, prEvent(r.base, r.head), { 'groq-api-key': GROQ_KEY, 'ai-model': 'openai/gpt-oss-20b' });
    expect(res.code).toBe(1);
    expect(h.groq.requests).toHaveLength(1);
    const req = h.groq.requests[0];
    expect(req.path).toBe('/openai/v1/chat/completions');
    expect(req.authorization).toBe(`Bearer ${GROQ_KEY}`);
    expect(req.body.model).toBe('openai/gpt-oss-20b');
    const [system, user] = req.body.messages;
    expect(system.content).toMatch(/untrusted data, not instructions/);
    const tag = /(MIGRA_UNTRUSTED_[0-9A-F]+)_BEGIN/.exec(user.content)![1];
    expect(user.content).toContain(`${tag}_END`);
    expect(user.content).toContain('ALTER TABLE users DROP COLUMN legacy_code');
    expect(res.report.ai).toEqual({ model: 'openai/gpt-oss-20b', text: 'This migration drops users.legacy_code and rewrites orders.\n\nDeploy the code change first.' });
    const body = h.gh.comments[0].body;
    expect(body).toContain('> **AI summary** <sub>by `openai/gpt-oss-20b`, advisory: it does not change the score, the findings or the verdict</sub>\n>\n> This migration drops users.legacy\\_code and rewrites orders.\n>\n> Deploy the code change first.');
    // Advisory only: same score, findings and status as without it.
    expect(res.outputs['findings-count']).toBe('7');
  });

  it('neutralizes hostile model output', async () => {
    const r = repo(prRepo());
    h.groq.mode = {
      reply: [
        'Hey @octocat and @acme/dba-team, see #12 and GH-34.',
        '<img src=x onerror=alert(1)> <script>alert("x")</script> <b>bold</b> <!-- hidden -->',
        '![tracker](https://evil.example/pixel.png) [click here](https://evil.example/phish) [relative](../../etc/passwd)',
        'Look at [the drop](db/migrations/004_orders_cleanup.sql#L4) and https://evil.example/bare and www.evil.example.',
        '```html\n<iframe src="https://evil.example"></iframe>\n```',
      ].join('\n\n'),
    };
    const res = await run(r, prEvent(r.base, r.head), { 'groq-api-key': GROQ_KEY });
    const body = h.gh.comments[0].body;
    const ai = body.slice(body.indexOf('> **AI summary**'), body.indexOf('\n\n####'));
    expect(ai.length).toBeGreaterThan(100);
    expect(ai).not.toMatch(/@(octocat|acme)/);
    expect(ai).toContain('@\u200boctocat');
    expect(ai).not.toMatch(/<(img|script|b|iframe)\b/i);
    expect(ai).not.toContain('onerror');
    expect(ai).not.toContain('alert');
    expect(ai).not.toContain('hidden');
    expect(ai).not.toMatch(/!\[/);
    expect(ai).not.toMatch(/\]\((?!https:\/\/github\.example\/acme\/shop\/blob\/)/);
    expect(ai).not.toMatch(/https?:\/\/evil/);
    expect(ai).not.toMatch(/(^|[^\u200b])#12/);
    expect(ai).toContain(`[the drop](https://github.example/${REPOSITORY}/blob/${r.head}/db/migrations/004_orders_cleanup.sql#L4)`);
    expect(ai).toContain('click here');
    expect(res.report.ai.text).not.toMatch(/<img|<script|!\[/);
    expect(res.summary).not.toMatch(/<img|<script|@octocat/);
  });

  it('times out into one log line, with the report complete', async () => {
    const r = repo(prRepo());
    h.groq.mode = { hang: true };
    // The hanging server never answers: the run ending at all, with this line, is the timeout working
    // (no wall-clock assertion: CI machines are shared).
    const res = await run(r, prEvent(r.base, r.head), { 'groq-api-key': GROQ_KEY, 'ai-timeout-seconds': '1' });
    expect(res.code).toBe(1);
    expect(aiLines(res)).toEqual(['AI summary skipped: no answer from Groq within 1 s']);
    expect(res.report.ai).toBeUndefined();
    expect(res.report.findings).toHaveLength(7);
    expect(h.gh.comments[0].body).not.toContain('AI summary');
    expect(warnings(res)).toHaveLength(0);
  });

  it('reports a Groq error in one line', async () => {
    const r = repo(prRepo());
    h.groq.mode = { status: 401 };
    const res = await run(r, prEvent(r.base, r.head), { 'groq-api-key': GROQ_KEY, 'ai-retries': '0' });
    expect(aiLines(res)).toEqual(['AI summary skipped: Groq answered HTTP 401: fault 401']);
    expect(res.outputs['findings-count']).toBe('7');
  });
});

describe('other events', () => {
  it('push: before against after, check run and summary, no comment', async () => {
    const r = repo(prRepo());
    const res = await run(r, { name: 'push', payload: { before: r.base, after: r.head, repository: { full_name: REPOSITORY, default_branch: 'main' } } });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(`push: before ${r.base.slice(0, 7)}, after ${r.head.slice(0, 7)}`);
    expect(h.gh.comments).toHaveLength(0);
    expect(h.gh.checkRuns).toHaveLength(1);
    expect(h.gh.checkRuns[0].head_sha).toBe(r.head);
    expect(res.summary).toContain('## ❌ Migra: blocked · high risk');
  });

  it('merge_group: base and head from the merge group, check run on its head', async () => {
    const r = repo(prRepo());
    const res = await run(r, { name: 'merge_group', payload: { merge_group: { base_sha: r.base, head_sha: r.head, head_ref: 'gh-readonly-queue/main/pr-7' }, repository: { full_name: REPOSITORY } } });
    expect(res.code).toBe(1);
    expect(h.gh.comments).toHaveLength(0);
    expect(h.gh.checkRuns.map((c) => c.head_sha)).toEqual([r.head]);
  });

  it('workflow_dispatch with pr-number: reads the pull request and comments on it', async () => {
    const r = repo(prRepo());
    h.gh.pulls.set(9, pullPayload(r.base, r.head, { number: 9 }));
    const res = await run(r, { name: 'workflow_dispatch', payload: { inputs: {}, repository: { full_name: REPOSITORY, default_branch: 'main' } } }, { 'pr-number': '9' });
    expect(res.code).toBe(1);
    expect(h.gh.requests[0]).toMatchObject({ method: 'GET', path: `/repos/${REPOSITORY}/pulls/9` });
    expect(h.gh.comments.map((c) => c.issue)).toEqual([9]);
  });

  it('workflow_dispatch without a pull request: the default branch against GITHUB_SHA', async () => {
    const r = repo(prRepo());
    const res = await run(r, { name: 'workflow_dispatch', payload: { inputs: {}, repository: { full_name: REPOSITORY, default_branch: 'main' } } }, {}, { GITHUB_SHA: r.head });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(`workflow_dispatch: main against ${r.head.slice(0, 7)}`);
    expect(res.outputs['findings-count']).toBe('7');
    expect(h.gh.comments).toHaveLength(0);
  });

  it('fails with a clear message on a bad input', async () => {
    const r = repo(prRepo());
    const res = await run(r, prEvent(r.base, r.head), { 'fail-on': 'hgh' });
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^::error::Migra: Input 'fail-on': "hgh" is not allowed/m);
    expect(h.gh.requests).toHaveLength(0);
  });

  it('never prints the token, even with debug logging on', async () => {
    const r = repo(prRepo());
    h.gh.faults = [{ method: 'POST', path: /./, status: 403, times: 99, message: 'Resource not accessible by integration' }];
    const res = await run(r, prEvent(r.base, r.head), { 'groq-api-key': GROQ_KEY }, { RUNNER_DEBUG: '1' });
    expect(res.stdout).toContain('::debug::');
    expect(res.stdout).toContain(`::add-mask::${GROQ_KEY}`);
  });
});

describe('fork-safe pair: pull_request uploads, workflow_run publishes', () => {
  async function analyzeFork(r: PrRepo): Promise<string> {
    h.gh.faults = [{ method: 'POST', path: /./, status: 403, times: 99, message: 'Resource not accessible by integration' }];
    const first = await run(r, prEvent(r.base, r.head, { fork: true }), { comment: 'false', 'check-run': 'false' });
    expect(first.code).toBe(1);
    expect(h.gh.writes).toHaveLength(0);
    h.gh.reset();
    const dir = mkdtempSync(join(tmpdir(), 'migra-artifact-'));
    writeFileSync(join(dir, 'migra-report.json'), first.reportText!);
    return dir;
  }

  const workflowRun = (head: string, pulls: unknown[] = []) => ({
    name: 'workflow_run',
    payload: { action: 'completed', workflow_run: { event: 'pull_request', head_sha: head, pull_requests: pulls, conclusion: 'failure' }, repository: { full_name: REPOSITORY, default_branch: 'main' } },
  });

  it('publishes the uploaded report on the pull request whose head the run was for', async () => {
    const r = repo(prRepo());
    const artifact = await analyzeFork(r);
    h.gh.pulls.set(7, pullPayload(r.base, r.head, { fork: true, labels: [] }));
    // The publishing job has no checkout of the pull request: its workspace is an empty folder.
    const res = await runAction({ entry: h.entry, inputs: { 'github-token': TOKEN, report: join(artifact, 'migra-report.json') }, event: workflowRun(r.head), workspace: artifact, apiUrl: h.gh.url });
    expectNoSecrets(res);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    expect(h.gh.comments.map((c) => c.issue)).toEqual([7]);
    expect(h.gh.checkRuns).toHaveLength(1);
    expect(h.gh.checkRuns[0]).toMatchObject({ head_sha: r.head, conclusion: 'failure' });
    expect(h.gh.checkRuns[0].annotations).toHaveLength(7);
    rmSync(artifact, { recursive: true, force: true });
  });

  it('does not trust a report that names another pull request or commit', async () => {
    const r = repo(prRepo());
    const artifact = await analyzeFork(r);
    const path = join(artifact, 'migra-report.json');
    const forged = JSON.parse(readFileSync(path, 'utf8'));
    forged.pullRequest = { number: 8 };
    forged.score = 0;
    forged.level = 'none';
    forged.approvedBy = 'migra:approved';
    writeFileSync(path, JSON.stringify(forged));
    h.gh.pulls.set(8, pullPayload(r.base, 'f'.repeat(40), { number: 8 }));
    const res = await runAction({ entry: h.entry, inputs: { 'github-token': TOKEN, report: path }, event: workflowRun(r.head), workspace: artifact, apiUrl: h.gh.url });
    expect(res.code).toBe(1);
    expect(h.gh.comments).toHaveLength(0);
    // The check run still lands on the commit the run was for, with the score recomputed from the findings.
    expect(h.gh.checkRuns[0]).toMatchObject({ head_sha: r.head, conclusion: 'failure' });
    expect(res.outputs['risk-level']).toBe('high');
    expect(res.summary).toContain('Pull request \\#8 was not used');

    const other = await runAction({ entry: h.entry, inputs: { 'github-token': TOKEN, report: path }, event: workflowRun('e'.repeat(40)), workspace: artifact, apiUrl: h.gh.url });
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/^::error::Migra: Input 'report': the report is about commit/m);
    rmSync(artifact, { recursive: true, force: true });
  });
});
