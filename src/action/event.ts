import { MigraError } from '../model/errors.js';
import type { ActionInputs } from './inputs.js';

/** What the runner tells the action about the event (GITHUB_EVENT_NAME, the payload file, GITHUB_SHA). */
export interface EventContext {
  eventName: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA: for pull_request the merge commit, not the head. */
  sha: string;
  /** owner/name from GITHUB_REPOSITORY. */
  repository: string;
}

/** A pull request as the REST API and the event payloads describe it (the fields used here). */
export interface PullPayload {
  number: number;
  base: { sha: string; ref?: string; repo?: { full_name?: string } | null };
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
  labels?: Array<{ name?: string } | string>;
  user?: { login?: string } | null;
  state?: string;
}

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  labels: string[];
  /** The head branch lives in another repository: GITHUB_TOKEN is read-only on `pull_request`. */
  fromFork: boolean;
  author?: string;
}

/** Analyse base against head; comment on `pr` when there is one. */
export interface AnalyzeTarget {
  kind: 'analyze';
  base: string;
  head: string;
  pr?: PullRequestInfo;
  /** How base and head were chosen, for the log. */
  how: string;
}

/** Publish a report produced earlier (input `report`); `headSha` is the commit it must be about. */
export interface PublishTarget {
  kind: 'publish';
  headSha?: string;
  pr?: PullRequestInfo;
  how: string;
  /** Why a pull request named by the report was not used. */
  warnings: string[];
}

export interface SkipTarget {
  kind: 'skip';
  reason: string;
}

export type Target = AnalyzeTarget | PublishTarget | SkipTarget;

export interface EventDeps {
  /** GET /repos/{owner}/{repo}/pulls/{n}. */
  getPull(n: number): Promise<PullPayload>;
  /** Whether git knows the ref here (to prefer origin/main over a stale local main). */
  refExists(ref: string): Promise<boolean>;
}

export const ZERO_SHA = /^0+$/;

/**
 * Base and head for the event.
 * - pull_request, pull_request_target: pull_request.base.sha / head.sha (GITHUB_SHA is the merge commit).
 * - merge_group: merge_group.base_sha / head_sha.
 * - workflow_dispatch: with pr-number, the pull request read from the API; else base (default: the
 *   default branch) against head (default: GITHUB_SHA).
 * - push: before against after (a new branch: the default branch against after).
 * - any event: pr-number reads that pull request; explicit base/head inputs win.
 * With the `report` input, nothing is analysed: the report is published for the pull request
 * (workflow_run: the one that triggered the run, checked against workflow_run.head_sha).
 */
export async function resolveTarget(ctx: EventContext, inputs: ActionInputs, deps: EventDeps, claimedPr?: number): Promise<Target> {
  if (inputs.report) return resolvePublish(ctx, inputs, deps, claimedPr);
  const p = ctx.payload;
  let target: AnalyzeTarget;
  if (inputs.prNumber !== undefined) {
    const pr = toInfo(await deps.getPull(inputs.prNumber), ctx.repository);
    target = { kind: 'analyze', base: pr.baseSha, head: pr.headSha, pr, how: `pull request #${pr.number} (read from the API)` };
  } else {
    switch (ctx.eventName) {
      case 'pull_request':
      case 'pull_request_target': {
        const pr = toInfo(requirePull(p.pull_request, ctx.eventName), ctx.repository);
        target = { kind: 'analyze', base: pr.baseSha, head: pr.headSha, pr, how: `pull request #${pr.number}: base ${short(pr.baseSha)}, head ${short(pr.headSha)}` };
        break;
      }
      case 'merge_group': {
        const mg = obj(p.merge_group);
        const base = str(mg?.base_sha);
        const head = str(mg?.head_sha);
        if (!base || !head) throw new MigraError('merge_group: the event payload has no merge_group.base_sha / head_sha');
        target = { kind: 'analyze', base, head, how: `merge group: base ${short(base)}, head ${short(head)}` };
        break;
      }
      case 'push': {
        const after = str(p.after) ?? ctx.sha;
        if (!after || ZERO_SHA.test(after)) return { kind: 'skip', reason: 'push: the branch was deleted, nothing to review' };
        const before = str(p.before);
        if (before && !ZERO_SHA.test(before)) {
          target = { kind: 'analyze', base: before, head: after, how: `push: before ${short(before)}, after ${short(after)}` };
        } else {
          const base = await branchRef(defaultBranch(ctx), deps);
          target = { kind: 'analyze', base, head: after, how: `push of a new branch: ${base} against ${short(after)}` };
        }
        break;
      }
      default: {
        if (!inputs.base && !inputs.head && ctx.eventName !== 'workflow_dispatch') {
          throw new MigraError(
            `Migra runs on pull_request, pull_request_target, merge_group, workflow_dispatch and push; on ${ctx.eventName || 'this event'} set the 'pr-number' input, or 'base' and 'head'`,
          );
        }
        const base = await branchRef(defaultBranch(ctx), deps);
        target = { kind: 'analyze', base, head: ctx.sha || 'HEAD', how: `${ctx.eventName}: ${base} against ${ctx.sha ? short(ctx.sha) : 'HEAD'}` };
      }
    }
  }
  if (inputs.base || inputs.head) {
    const base = inputs.base ? await branchRef(inputs.base, deps) : target.base;
    const head = inputs.head ?? target.head;
    target = { ...target, base, head, how: `inputs: base ${base}, head ${head}` + (target.pr ? ` (pull request #${target.pr.number})` : '') };
  }
  return target;
}

async function resolvePublish(ctx: EventContext, inputs: ActionInputs, deps: EventDeps, claimedPr?: number): Promise<PublishTarget> {
  const p = ctx.payload;
  const warnings: string[] = [];
  if (ctx.eventName === 'workflow_run') {
    const run = obj(p.workflow_run);
    const headSha = str(run?.head_sha);
    if (!headSha) throw new MigraError('workflow_run: the event payload has no workflow_run.head_sha');
    // Same-repository pull requests are listed by GitHub; for forks the list is empty and the
    // number comes from the input or the report, which the uploading workflow could have forged:
    // it is used only if that pull request's head is the commit the triggering run was for.
    const listed = Array.isArray(run?.pull_requests) ? (run.pull_requests as unknown[]).map((x) => num(obj(x)?.number)).filter((n): n is number => n !== undefined) : [];
    const candidates = [inputs.prNumber, ...listed, claimedPr].filter((n): n is number => n !== undefined);
    for (const n of [...new Set(candidates)]) {
      const pull = await deps.getPull(n);
      if (pull.head?.sha === headSha) {
        const pr = toInfo(pull, ctx.repository);
        return { kind: 'publish', headSha, pr, how: `workflow_run for ${short(headSha)}: pull request #${pr.number}`, warnings };
      }
      warnings.push(`Pull request #${n} was not used: its head is ${short(pull.head?.sha ?? '')}, but the triggering run was for ${short(headSha)} (a newer push, or a report naming another pull request).`);
    }
    return { kind: 'publish', headSha, how: `workflow_run for ${short(headSha)}: no pull request found, check run only`, warnings };
  }
  if (inputs.prNumber !== undefined) {
    const pr = toInfo(await deps.getPull(inputs.prNumber), ctx.repository);
    return { kind: 'publish', headSha: pr.headSha, pr, how: `report for pull request #${pr.number}`, warnings };
  }
  if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
    const pr = toInfo(requirePull(p.pull_request, ctx.eventName), ctx.repository);
    return { kind: 'publish', headSha: pr.headSha, pr, how: `report for pull request #${pr.number}`, warnings };
  }
  if (ctx.eventName === 'merge_group') {
    return { kind: 'publish', headSha: str(obj(p.merge_group)?.head_sha), how: 'report for the merge group', warnings };
  }
  if (ctx.eventName === 'push') {
    const after = str(p.after);
    return { kind: 'publish', headSha: after && !ZERO_SHA.test(after) ? after : undefined, how: 'report for the push', warnings };
  }
  return { kind: 'publish', how: `report (${ctx.eventName})`, warnings };
}

/** A branch name as git should read it here: origin/<name> when that exists (or nothing does), else <name>. */
export async function branchRef(ref: string, deps: Pick<EventDeps, 'refExists'>): Promise<string> {
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref) || ref.startsWith('refs/') || ref.startsWith('origin/') || ref === 'HEAD' || /[~^]/.test(ref)) return ref;
  if (await deps.refExists(`origin/${ref}`)) return `origin/${ref}`;
  if (await deps.refExists(ref)) return ref;
  return `origin/${ref}`;
}

export function toInfo(pull: PullPayload, repository: string): PullRequestInfo {
  const labels = (pull.labels ?? []).map((l) => (typeof l === 'string' ? l : l?.name ?? '')).filter(Boolean);
  const headRepo = pull.head?.repo?.full_name;
  return {
    number: pull.number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    labels,
    fromFork: headRepo === undefined || headRepo === null ? true : headRepo.toLowerCase() !== repository.toLowerCase(),
    author: pull.user?.login ?? undefined,
  };
}

function requirePull(v: unknown, event: string): PullPayload {
  const pr = obj(v);
  const number = num(pr?.number);
  const base = str(obj(pr?.base)?.sha);
  const head = str(obj(pr?.head)?.sha);
  if (!pr || number === undefined || !base || !head) throw new MigraError(`${event}: the event payload has no pull_request.number, base.sha and head.sha`);
  return pr as unknown as PullPayload;
}

function defaultBranch(ctx: EventContext): string {
  return str(obj(ctx.payload.repository)?.default_branch) ?? 'main';
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}/i.test(sha) ? sha.slice(0, 7) : sha;
}
