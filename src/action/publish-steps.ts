import * as core from '@actions/core';
import { relative } from 'node:path';
import { checkAnnotations, commandAnnotations } from '../render/annotations.js';
import { renderCheckRun } from '../render/check-run.js';
import { plural } from '../render/labels.js';
import type { GateOutcome } from '../render/verdict.js';
import { renderMarkdown } from '../render/markdown.js';
import { apiFailure, isWriteRefusal, readOnlyWarning, WriteAccess } from '../publish/access.js';
import { isBudgetExceeded } from '../publish/budget.js';
import { CHECK_RUN_NAME, PartialCheckRunError, publishCheckRun } from '../publish/check-run.js';
import { upsertStickyComment } from '../publish/comment.js';
import { describeDeliveries, type Delivery } from '../publish/delivery.js';
import { postSuggestions } from '../publish/suggestions.js';
import { runGit } from '../source/run-git.js';
import * as log from './log.js';
import type { Review } from './review.js';
import type { ActionSetup } from './setup.js';
import { stage } from './stage.js';

export interface PublishContext {
  review: Review;
  gate: GateOutcome;
  /** The check run's conclusion and the job status agree. */
  passes: boolean;
  blobUrl?: string;
  /** Where the whole report is, for outputs cut to fit a GitHub limit (markdown). */
  elsewhere?: string;
}

export interface PublishOutcome {
  /** For the job summary. */
  notes: string[];
  deliveries: Delivery[];
}

/** GitHub shows at most this many workflow-command annotations of each level per step. */
const COMMAND_ANNOTATIONS_PER_LEVEL = 10;

/**
 * The comment, the check run and the suggestions, each on its own: a failure costs that step
 * (one warning), a refused write makes the token read-only for the rest (one warning for all),
 * a spent time budget stops what is left, and the findings the check run could not carry go to
 * the job as workflow-command annotations. What was and was not delivered is returned exactly.
 */
export async function publishToGitHub(s: ActionSetup, p: PublishContext): Promise<PublishOutcome> {
  const { inputs, gh, repo, budget } = s;
  const { report, pr } = p.review;
  const notes: string[] = [];
  const deliveries: Delivery[] = [];
  const access = new WriteAccess();
  const debug = (m: string) => core.debug(m);
  const annotations = checkAnnotations(report);
  let annotationsOnRun = 0;

  const wantsWrites = (inputs.comment && !!pr) || inputs.checkRun || (inputs.suggestions && !!pr);
  const noClient = !gh || !repo;
  if (noClient && wantsWrites) {
    const why = repo ? "the 'github-token' input is empty" : 'GITHUB_REPOSITORY is not set';
    core.warning(`Migra: ${why}, so the comment and the check run were skipped; the job summary and the job status are complete.`);
    notes.push(`Not published on GitHub: ${why}.`);
  }
  budget.start(s.publishBudgetMs);

  const step = async (what: Delivery['step'], label: string, fn: () => Promise<Omit<Delivery, 'step'>>) => {
    if (access.readOnly) {
      access.skip(label);
      return deliveries.push({ step: what, status: 'skipped', detail: 'the token cannot write' });
    }
    if (budget.exhausted) {
      const detail = `not attempted: the publishing time budget of ${budget.describe()} was used up`;
      core.warning(`Migra: ${label} was ${detail}; the job summary and the job status are complete.`);
      notes.push(`Migra: ${label} was ${detail}.`);
      return deliveries.push({ step: what, status: 'skipped', detail });
    }
    try {
      deliveries.push({ step: what, ...(await fn()) });
    } catch (e) {
      if (isWriteRefusal(e)) {
        access.refuse(apiFailure(e));
        access.skip(label);
        return deliveries.push({ step: what, status: 'failed', detail: `refused (${failure(e)})` });
      }
      if (e instanceof PartialCheckRunError) {
        annotationsOnRun = e.delivered;
        const detail = `${e.delivered} of ${e.total} annotations (adding the rest failed: ${failure(e.cause)})`;
        core.warning(`Migra: the check run was published with ${detail}; the other findings follow as annotations of this job, and the report JSON has them all.`);
        notes.push(`The check run was published with ${detail}.`);
        return deliveries.push({ step: what, status: 'partial', detail, url: e.run.url });
      }
      const detail = isBudgetExceeded(e) ? `stopped: the publishing time budget of ${budget.describe()} ran out` : failure(e);
      core.warning(`Migra: could not publish ${label} (${detail}); the job summary and the job status are complete.`);
      notes.push(`Migra could not publish ${label} (${detail}).`);
      deliveries.push({ step: what, status: 'failed', detail });
    }
  };

  const wanted = async (what: Delivery['step'], label: string, stageName: string, want: boolean, why: string, fn: () => Promise<Omit<Delivery, 'step'>>) => {
    if (!want) deliveries.push({ step: what, status: 'off', detail: why });
    else if (noClient) deliveries.push({ step: what, status: 'skipped', detail: 'no token' });
    else await stage(stageName, () => step(what, label, fn));
  };

  await wanted('comment', 'the pull request comment', 'Comment', inputs.comment && !!pr, inputs.comment ? 'no pull request' : 'not requested', async () => {
    const body = renderMarkdown(report, { gate: p.gate, blobUrl: p.blobUrl, elsewhere: p.elsewhere });
    const createIfMissing = report.findings.length > 0 || report.files.length > 0;
    const res = await upsertStickyComment(gh!, repo!, pr!.number, body, { createIfMissing, delayUnitMs: s.delayUnitMs, log: debug });
    if (res.foreign) log.info(`Left alone ${plural(res.foreign, 'comment')} with Migra's marker written by someone else.`);
    if (res.action === 'none') {
      log.info('No migration files changed and no earlier comment: nothing to post.');
      return { status: 'delivered', detail: 'nothing to post' };
    }
    log.info(`Comment ${res.action}${res.url ? `: ${res.url}` : ''} (${Buffer.byteLength(body)} bytes)`);
    return { status: 'delivered', detail: res.action, url: res.url };
  });
  await wanted('check run', 'the check run', 'Check run', inputs.checkRun, 'not requested', async () => {
    const res = await publishCheckRun(
      gh!,
      repo!,
      {
        headSha: report.head,
        conclusion: p.passes ? 'success' : 'failure',
        output: renderCheckRun(report, p.gate, { blobUrl: p.blobUrl, elsewhere: p.elsewhere }),
        annotations,
        externalId: `migra:${s.env.runId ?? 'local'}:${s.env.runAttempt ?? '1'}:${report.head.slice(0, 12)}`,
        detailsUrl: s.env.runId ? `${s.env.serverUrl}/${repo!.owner}/${repo!.repo}/actions/runs/${s.env.runId}` : undefined,
      },
      { delayUnitMs: s.delayUnitMs, log: debug },
    );
    annotationsOnRun = res.annotations;
    log.info(`Check run ${CHECK_RUN_NAME} ${p.passes ? 'passed' : 'failed'} on ${report.head.slice(0, 7)} with ${res.annotations} annotations (${plural(res.requests, 'request')})${res.url ? `: ${res.url}` : ''}`);
    return { status: 'delivered', detail: plural(res.annotations, 'annotation'), url: res.url };
  });
  // Suggestions need the head commit's lines, so only where the analysis ran.
  const suggest = inputs.suggestions && !!pr && !p.review.fromFile;
  await wanted('suggestions', 'the review suggestions', 'Suggestions', suggest, inputs.suggestions ? 'not possible here (no pull request, or a report from a file)' : 'not requested', async () => {
    const res = await postSuggestions(gh!, repo!, { number: pr!.number, headSha: report.head }, report, {
      readLines: (f, a, b) => readLines(s.repoDir, report.head, f, a, b),
      delayUnitMs: s.delayUnitMs,
      log: debug,
    });
    log.info(`Suggestions: ${res.posted} posted, ${res.existing} already there, ${res.skipped} not applicable`);
    return { status: 'delivered', detail: `${res.posted} posted, ${res.existing} already there, ${res.skipped} not applicable` };
  });

  // The findings the check run does not carry, as annotations of the job.
  if (annotationsOnRun < annotations.length && report.findings.length) {
    const prefix = p.review.fromFile ? '' : await repoPrefix(s.env.workspace, s.repoDir);
    const rest = commandAnnotations(report, prefix).slice(annotationsOnRun);
    const shown = new Map<string, number>();
    let hidden = 0;
    for (const a of rest) {
      const n = shown.get(a.level) ?? 0;
      if (n >= COMMAND_ANNOTATIONS_PER_LEVEL) {
        hidden++;
        continue;
      }
      shown.set(a.level, n + 1);
      core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
    }
    if (hidden) log.info(`${plural(hidden, 'more finding')} not shown as annotations (GitHub shows ${COMMAND_ANNOTATIONS_PER_LEVEL} of each level per step): see the job summary and the report JSON.`);
  }
  if (access.readOnly) {
    const warning = readOnlyWarning(access, pr);
    core.warning(`Migra: ${warning}`);
    notes.push(warning);
  }
  if (wantsWrites) {
    const line = `Published on GitHub: ${describeDeliveries(deliveries)}.`;
    log.info(line);
    notes.push(line);
  }
  return { notes, deliveries };
}

function failure(e: unknown): string {
  const f = apiFailure(e);
  return `${f.status ? `HTTP ${f.status}${f.method ? ` on ${f.method}` : ''}: ` : ''}${f.message}`;
}

/** Where the repository sits in the workspace, for workflow-command annotation paths. */
async function repoPrefix(workspace: string, repoDir: string): Promise<string> {
  try {
    const top = (await runGit(repoDir, ['rev-parse', '--show-toplevel'])).stdout.toString('utf8').trim();
    const rel = relative(workspace, top).split('\\').join('/');
    return rel.startsWith('..') ? '' : rel;
  } catch {
    return '';
  }
}

async function readLines(repoDir: string, commit: string, file: string, start: number, end: number): Promise<string[] | undefined> {
  try {
    const blob = await runGit(repoDir, ['cat-file', 'blob', `${commit}:${file}`]);
    const lines = blob.stdout.toString('utf8').split(/\r?\n/);
    return end <= lines.length ? lines.slice(start - 1, end) : undefined;
  } catch {
    return undefined;
  }
}
