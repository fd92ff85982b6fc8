import * as core from '@actions/core';
import { relative } from 'node:path';
import { checkAnnotations, commandAnnotations } from '../render/annotations.js';
import { renderCheckRun, type GateOutcome } from '../render/check-run.js';
import { renderMarkdown } from '../render/markdown.js';
import { apiFailure, isPermissionError, readOnlyWarning, WriteAccess } from '../publish/access.js';
import { CHECK_RUN_NAME, publishCheckRun } from '../publish/check-run.js';
import { upsertStickyComment } from '../publish/comment.js';
import { postSuggestions } from '../publish/suggestions.js';
import { runGit } from '../source/run-git.js';
import type { Review } from './review.js';
import type { ActionSetup } from './setup.js';
import { stage } from './stage.js';

export interface PublishContext {
  review: Review;
  gate: GateOutcome;
  /** The check run's conclusion and the job status agree. */
  passes: boolean;
  blobUrl?: string;
}

/**
 * The comment, the check run and the suggestions, each on its own: a failure costs that step
 * (one warning), a refused write makes the token read-only for the rest (one warning for all),
 * and without a check run the findings go to the job as workflow-command annotations.
 * Returns notes for the job summary.
 */
export async function publishToGitHub(s: ActionSetup, p: PublishContext): Promise<string[]> {
  const { inputs, gh, repo } = s;
  const { report, pr } = p.review;
  const notes: string[] = [];
  const access = new WriteAccess();
  let checkRunDelivered = false;
  const log = (m: string) => core.debug(m);

  const wantsWrites = (inputs.comment && !!pr) || inputs.checkRun || (inputs.suggestions && !!pr);
  if ((!gh || !repo) && wantsWrites) {
    const why = repo ? "the 'github-token' input is empty" : 'GITHUB_REPOSITORY is not set';
    core.warning(`Migra: ${why}, so the comment and the check run were skipped; the job summary and the job status are complete.`);
    notes.push(`Not published on GitHub: ${why}.`);
  }
  const write = async (what: string, fn: () => Promise<void>) => {
    if (access.readOnly) return access.skip(what);
    try {
      await fn();
    } catch (e) {
      if (isPermissionError(e)) {
        access.refuse(apiFailure(e));
        access.skip(what);
        return;
      }
      const f = apiFailure(e);
      const message = `could not publish ${what} (${f.status ? `HTTP ${f.status}: ` : ''}${f.message})`;
      core.warning(`Migra: ${message}; the job summary and the job status are complete.`);
      notes.push(`Migra ${message}.`);
    }
  };

  if (gh && repo && inputs.comment && pr) {
    await stage('Comment', () =>
      write('the pull request comment', async () => {
        const body = renderMarkdown(report, { blobUrl: p.blobUrl });
        const createIfMissing = report.findings.length > 0 || report.files.length > 0;
        const res = await upsertStickyComment(gh, repo, pr.number, body, { createIfMissing, delayUnitMs: s.delayUnitMs, log });
        core.info(res.action === 'none' ? 'No migration files changed and no earlier comment: nothing to post.' : `Comment ${res.action}${res.url ? `: ${res.url}` : ''} (${body.length} characters)`);
      }),
    );
  }
  if (gh && repo && inputs.checkRun) {
    await stage('Check run', () =>
      write('the check run', async () => {
        const res = await publishCheckRun(
          gh,
          repo,
          {
            headSha: report.head,
            conclusion: p.passes ? 'success' : 'failure',
            output: renderCheckRun(report, p.gate, { blobUrl: p.blobUrl }),
            annotations: checkAnnotations(report),
            externalId: `migra:${s.env.runId ?? 'local'}:${s.env.runAttempt ?? '1'}:${report.head.slice(0, 12)}`,
            detailsUrl: s.env.runId ? `${s.env.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${s.env.runId}` : undefined,
          },
          { delayUnitMs: s.delayUnitMs, log },
        );
        checkRunDelivered = true;
        core.info(`Check run ${CHECK_RUN_NAME} ${p.passes ? 'passed' : 'failed'} on ${report.head.slice(0, 7)} with ${res.annotations} annotations (${res.requests} request${res.requests === 1 ? '' : 's'})${res.url ? `: ${res.url}` : ''}`);
      }),
    );
  }
  // Suggestions need the head commit's lines, so only where the analysis ran.
  if (gh && repo && inputs.suggestions && pr && !p.review.fromFile) {
    await stage('Suggestions', () =>
      write('the review suggestions', async () => {
        const res = await postSuggestions(gh, repo, { number: pr.number, headSha: report.head }, report, {
          readLines: (f, a, b) => readLines(s.repoDir, report.head, f, a, b),
          delayUnitMs: s.delayUnitMs,
          log,
        });
        core.info(`Suggestions: ${res.posted} posted, ${res.existing} already there, ${res.skipped} not applicable`);
      }),
    );
  }

  if (!checkRunDelivered && report.findings.length) {
    const prefix = p.review.fromFile ? '' : await repoPrefix(s.env.workspace, s.repoDir);
    for (const a of commandAnnotations(report, prefix)) core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
  }
  if (access.readOnly) {
    const warning = readOnlyWarning(access, pr);
    core.warning(`Migra: ${warning}`);
    notes.push(warning);
  }
  return notes;
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

