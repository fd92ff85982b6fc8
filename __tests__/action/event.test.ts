import { branchRef, resolveTarget, type EventContext, type EventDeps, type PullPayload } from '../../src/action/event.js';
import { readInputs, type InputName } from '../../src/action/inputs.js';
import { MigraError } from '../../src/model/errors.js';

const B = 'b'.repeat(40);
const H = 'c'.repeat(40);
const M = 'd'.repeat(40);
const inputs = (v: Partial<Record<InputName, string>> = {}) => readInputs((n) => v[n] ?? '');
const ctx = (eventName: string, payload: Record<string, unknown>, sha = M): EventContext => ({ eventName, payload: { repository: { full_name: 'acme/shop', default_branch: 'trunk' }, ...payload }, sha, repository: 'acme/shop' });
const pull = (n: number, base = B, head = H, o: { fork?: boolean; labels?: string[] } = {}): PullPayload => ({
  number: n,
  base: { sha: base, repo: { full_name: 'acme/shop' } },
  head: { sha: head, repo: { full_name: o.fork ? 'x/shop' : 'acme/shop' } },
  labels: (o.labels ?? []).map((name) => ({ name })),
  user: { login: 'dev' },
});

function deps(pulls: Record<number, PullPayload> = {}, refs: string[] = []): EventDeps & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    getPull: async (n) => {
      asked.push(n);
      if (!pulls[n]) throw new Error(`no pull ${n}`);
      return pulls[n];
    },
    refExists: async (ref) => refs.includes(ref),
  };
}

describe('event resolution', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: base and head shas from the payload, not GITHUB_SHA', async (name) => {
    const t = await resolveTarget(ctx(name, { pull_request: { ...pull(5, B, H, { labels: ['migra:approved'] }) } }), inputs(), deps());
    expect(t).toMatchObject({ kind: 'analyze', base: B, head: H, pr: { number: 5, baseSha: B, headSha: H, labels: ['migra:approved'], fromFork: false } });
  });

  it('marks pull requests from forks', async () => {
    const t = await resolveTarget(ctx('pull_request', { pull_request: pull(5, B, H, { fork: true }) }), inputs(), deps());
    expect(t.kind === 'analyze' && t.pr?.fromFork).toBe(true);
  });

  it('merge_group: base_sha and head_sha, no pull request', async () => {
    const t = await resolveTarget(ctx('merge_group', { merge_group: { base_sha: B, head_sha: H } }), inputs(), deps());
    expect(t).toEqual({ kind: 'analyze', base: B, head: H, how: expect.stringContaining('merge group') });
  });

  it('push: before against after; a new branch against the default branch; a deleted branch is skipped', async () => {
    expect(await resolveTarget(ctx('push', { before: B, after: H }), inputs(), deps())).toMatchObject({ kind: 'analyze', base: B, head: H });
    expect(await resolveTarget(ctx('push', { before: '0'.repeat(40), after: H }), inputs(), deps([], ['trunk']))).toMatchObject({ kind: 'analyze', base: 'trunk', head: H });
    expect(await resolveTarget(ctx('push', { before: B, after: '0'.repeat(40) }), inputs(), deps())).toMatchObject({ kind: 'skip' });
  });

  it('workflow_dispatch with pr-number reads the pull request', async () => {
    const d = deps({ 9: pull(9) });
    const t = await resolveTarget(ctx('workflow_dispatch', { inputs: {} }), inputs({ 'pr-number': '9' }), d);
    expect(d.asked).toEqual([9]);
    expect(t).toMatchObject({ kind: 'analyze', base: B, head: H, pr: { number: 9 } });
  });

  it('workflow_dispatch without one: the default branch (origin/ first) against GITHUB_SHA, or the base/head inputs', async () => {
    expect(await resolveTarget(ctx('workflow_dispatch', {}), inputs(), deps({}, ['origin/trunk', 'trunk']))).toMatchObject({ base: 'origin/trunk', head: M });
    expect(await resolveTarget(ctx('workflow_dispatch', {}), inputs(), deps({}, []))).toMatchObject({ base: 'origin/trunk', head: M });
    expect(await resolveTarget(ctx('workflow_dispatch', {}), inputs({ base: 'release', head: 'feature/x' }), deps({}, ['release']))).toMatchObject({ base: 'release', head: 'feature/x' });
    expect(await resolveTarget(ctx('workflow_dispatch', {}), inputs({ base: B }), deps())).toMatchObject({ base: B, head: M });
  });

  it('other events need pr-number or base/head', async () => {
    await expect(resolveTarget(ctx('schedule', {}), inputs(), deps())).rejects.toThrow(MigraError);
    await expect(resolveTarget(ctx('schedule', {}), inputs(), deps())).rejects.toThrow(/set the 'pr-number' input, or 'base' and 'head'/);
    expect(await resolveTarget(ctx('schedule', {}), inputs({ base: B, head: H }), deps())).toMatchObject({ base: B, head: H });
  });

  it('says what is missing from a malformed payload', async () => {
    await expect(resolveTarget(ctx('pull_request', { pull_request: { number: 1 } }), inputs(), deps())).rejects.toThrow(/pull_request: the event payload has no pull_request.number, base.sha and head.sha/);
    await expect(resolveTarget(ctx('merge_group', {}), inputs(), deps())).rejects.toThrow(/merge_group/);
  });

  describe('publishing a report (input report)', () => {
    const run = (head: string, pulls: unknown[] = []) => ctx('workflow_run', { workflow_run: { head_sha: head, pull_requests: pulls } });

    it('workflow_run: uses a listed pull request whose head is the run head', async () => {
      const t = await resolveTarget(run(H, [{ number: 3 }]), inputs({ report: 'r.json' }), deps({ 3: pull(3) }));
      expect(t).toMatchObject({ kind: 'publish', headSha: H, pr: { number: 3 }, warnings: [] });
    });

    it('workflow_run from a fork: the number the report claims, checked against the run head', async () => {
      expect(await resolveTarget(run(H), inputs({ report: 'r.json' }), deps({ 4: pull(4, B, H, { fork: true }) }), 4)).toMatchObject({ pr: { number: 4, fromFork: true } });
      const forged = await resolveTarget(run(H), inputs({ report: 'r.json' }), deps({ 4: pull(4, B, M) }), 4);
      expect(forged).toMatchObject({ kind: 'publish', headSha: H });
      expect(forged.kind === 'publish' && forged.pr).toBeUndefined();
      expect(forged.kind === 'publish' && forged.warnings[0]).toMatch(/Pull request #4 was not used/);
    });

    it('pull_request: the payload pull request', async () => {
      expect(await resolveTarget(ctx('pull_request', { pull_request: pull(5) }), inputs({ report: 'r.json' }), deps())).toMatchObject({ kind: 'publish', headSha: H, pr: { number: 5 } });
    });
  });

  it('branchRef keeps commits and qualified refs, and prefers the remote branch', async () => {
    const d = deps({}, ['origin/main', 'main', 'dev']);
    expect(await branchRef(B, d)).toBe(B);
    expect(await branchRef('refs/heads/x', d)).toBe('refs/heads/x');
    expect(await branchRef('main', d)).toBe('origin/main');
    expect(await branchRef('dev', d)).toBe('dev');
    expect(await branchRef('unknown', d)).toBe('origin/unknown');
  });
});
