import * as core from '@actions/core';
import { getProxyUrl } from '@actions/http-client';
import { join, relative, resolve } from 'node:path';
import { summarize } from '../ai/index.js';
import { checkRepo } from '../analyze/check-repo.js';
import { failsGate } from '../analyze/score.js';
import type { FailOn } from '../config/config.js';
import { MigraError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { checkAnnotations, commandAnnotations } from '../render/annotations.js';
import { renderCheckRun, type GateOutcome } from '../render/check-run.js';
import { renderJobSummary } from '../render/job-summary.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { apiFailure, isPermissionError, readOnlyWarning, WriteAccess } from '../publish/access.js';
import { publishCheckRun } from '../publish/check-run.js';
import { createClient, delayUnitFromEnv, type GitHubClient } from '../publish/client.js';
import { upsertStickyComment } from '../publish/comment.js';
import { writeReportFile, writeSarifFile } from '../publish/files.js';
import { actionOutputs } from '../publish/outputs.js';
import { postSuggestions } from '../publish/suggestions.js';
import { runGit } from '../source/run-git.js';
import { resolveTarget, type EventDeps, type PullPayload, type PullRequestInfo } from './event.js';
import { INPUT_DEFAULTS, readInputs } from './inputs.js';
import { loadReport } from './report-input.js';
import { readEventContext, readRunnerEnv, splitRepository, type RunnerEnv } from './runner.js';
import { stage, stageTimings } from './stage.js';

/** The report JSON's file name under RUNNER_TEMP (output `report-path`). */
export const REPORT_FILE = 'migra-report.json';

/**
 * The action: resolve the event, analyse (or load a report made earlier), add the AI summary,
 * then publish: outputs and files first, the comment and the check run, the job summary, and the
 * exit status last, so a failing API can cost the comment but never the summary or the status.
 */
export async function run(): Promise<void> {
  const started = performance.now();
  // Masked before anything else can print them.
  for (const secret of ['github-token', 'groq-api-key']) {
    const v = core.getInput(secret);
    if (v) core.setSecret(v);
  }
  const env = readRunnerEnv(process.env);
  const inputs = readInputs((name) => core.getInput(name));
  const unit = delayUnitFromEnv();
  const ctx = await readEventContext(env);
  const repoId = splitRepository(ctx.repository);
  const gh = inputs.githubToken && repoId ? await client(inputs.githubToken, env, unit) : undefined;
  const repoDir = resolve(env.workspace, inputs.workingDirectory);
  const deps: EventDeps = {
    getPull: async (n) => {
      if (!gh || !repoId) throw new MigraError(`Reading pull request #${n} needs the github-token input and GITHUB_REPOSITORY`);
      return (await gh.rest.pulls.get({ ...repoId, pull_number: n })).data as unknown as PullPayload;
    },
    refExists: async (ref) => (await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], [0, 1, 128]).catch(() => ({ code: 1 }))).code === 0,
  };

  // 1. What to review (or which report to publish).
  let report: Report;
  let pr: PullRequestInfo | undefined;
  let failOn: FailOn;
  let failOnText: string;
  let approveLabel: string;
  const notes: string[] = [];
  const published = !!inputs.report;
  if (inputs.report) {
    const path = resolve(env.workspace, inputs.report);
    report = await stage('Load report', async () => {
      const r = await loadReport(path);
      core.info(`Loaded ${path}: ${r.findings.length} findings, risk ${r.score}/100 (${r.level}), head ${r.head.slice(0, 7)}`);
      return r;
    });
    const target = await stage('Resolve event', async () => {
      const t = await resolveTarget(ctx, inputs, deps, report.pullRequest?.number);
      if (t.kind !== 'publish') throw new Error('unreachable');
      core.info(t.how);
      for (const w of t.warnings) core.info(w);
      return t;
    });
    if (target.headSha && report.head !== target.headSha) {
      throw new MigraError(`Input 'report': the report is about commit ${report.head.slice(0, 12)}, but this run is for ${target.headSha.slice(0, 12)}; not publishing it`);
    }
    notes.push(...target.warnings);
    pr = target.pr;
    failOn = inputs.failOn ?? { level: 'high' };
    failOnText = inputs.failOnText;
    approveLabel = inputs.approveLabel ?? INPUT_DEFAULTS['approve-label'];
  } else {
    const target = await stage('Resolve event', async () => {
      const t = await resolveTarget(ctx, inputs, deps);
      core.info(t.kind === 'skip' ? t.reason : t.how);
      return t;
    });
    if (target.kind === 'skip') {
      core.notice(`Migra: ${target.reason}`);
      return;
    }
    if (target.kind !== 'analyze') throw new Error('unreachable');
    pr = target.pr;
    const result = await stage('Analyze', async () => {
      const r = await checkRepo({
        repo: repoDir,
        base: target.base,
        head: target.head,
        configPath: inputs.config ? resolve(repoDir, inputs.config) : undefined,
        failOn: inputs.failOn ? inputs.failOnText : undefined,
      });
      for (const n of r.notes) core.info(n);
      core.info(renderText(r.report, { color: true }).trimEnd());
      return r;
    });
    report = result.report;
    notes.push(...result.notes);
    failOn = result.failOn;
    failOnText = inputs.failOn ? inputs.failOnText : describeFailOn(result.failOn);
    approveLabel = inputs.approveLabel ?? result.config.approveLabel ?? INPUT_DEFAULTS['approve-label'];
  }
  if (pr) report.pullRequest = { number: pr.number };

  // 2. The gate, and the approve label.
  const failing = failsGate(report.score, report.level, report.findings.length, failOn);
  if (pr && report.findings.length && pr.labels.includes(approveLabel)) report.approvedBy = approveLabel;
  const passes = !failing || !!report.approvedBy;
  const gate: GateOutcome = { failing, failOn: failOnText, approveLabel };

  // 3. The advisory AI summary.
  if (inputs.groqApiKey && report.findings.length && !report.ai) {
    await stage('AI summary', async () => {
      const r = await summarize(report, { apiKey: inputs.groqApiKey!, model: inputs.aiModel, timeoutMs: inputs.aiTimeoutMs, retries: inputs.aiRetries });
      if (r.ok) {
        report.ai = r.ai;
        core.info(`AI summary written by ${r.ai.model} (${r.ai.text.length} characters)`);
      } else {
        core.info(`AI summary skipped: ${r.reason}`);
      }
    });
  }

  // 4. Files and outputs: nothing below can lose them.
  report.timings = { ...report.timings, ...prefixed(stageTimings) };
  const reportPath = await writeReportFile(report, join(env.runnerTemp, REPORT_FILE));
  const sarifPath = inputs.sarifFile ? await writeSarifFile(report, resolve(env.workspace, inputs.sarifFile)) : undefined;
  for (const [k, v] of Object.entries(actionOutputs(report, { reportPath, sarifPath }))) core.setOutput(k, v);
  core.info(`Report: ${reportPath}${sarifPath ? `; SARIF: ${sarifPath}` : ''}`);

  // 5. The comment, the check run, the suggestions.
  const blobUrl = repoId ? `${env.serverUrl}/${repoId.owner}/${repoId.repo}/blob/${report.head}/` : undefined;
  const access = new WriteAccess();
  let checkRunDelivered = false;
  const wantsWrites = (inputs.comment && !!pr) || inputs.checkRun || (inputs.suggestions && !!pr);
  if (!gh && wantsWrites) {
    core.warning(`Migra: ${repoId ? "the 'github-token' input is empty" : 'GITHUB_REPOSITORY is not set'}, so the comment and the check run were skipped; the job summary and the job status are complete.`);
  }
  if (gh && repoId) {
    const log = (m: string) => core.debug(m);
    const write = async (what: string, fn: () => Promise<void>) => {
      if (access.readOnly) return access.skip(what);
      try {
        await fn();
      } catch (e) {
        if (isPermissionError(e)) {
          access.refuse(apiFailure(e));
          access.skip(what);
        } else {
          const f = apiFailure(e);
          core.warning(`Migra: could not publish ${what} (${f.status ? `HTTP ${f.status}: ` : ''}${f.message}); the job summary and the job status are complete.`);
        }
      }
    };
    if (inputs.comment && pr) {
      const prNumber = pr.number;
      await stage('Comment', () =>
        write('the pull request comment', async () => {
          const body = renderMarkdown(report, { blobUrl });
          const createIfMissing = report.findings.length > 0 || report.files.length > 0;
          const res = await upsertStickyComment(gh, repoId, prNumber, body, { createIfMissing, delayUnitMs: unit, log });
          core.info(res.action === 'none' ? 'No migration files changed and no earlier comment: nothing to post.' : `Comment ${res.action}${res.url ? `: ${res.url}` : ''} (${body.length} characters)`);
        }),
      );
    }
    if (inputs.checkRun) {
      await stage('Check run', () =>
        write('the check run', async () => {
          const res = await publishCheckRun(
            gh,
            repoId,
            {
              headSha: report.head,
              conclusion: passes ? 'success' : 'failure',
              output: renderCheckRun(report, gate, { blobUrl }),
              annotations: checkAnnotations(report),
              externalId: externalId(env, report),
              detailsUrl: env.runId ? `${env.serverUrl}/${ctx.repository}/actions/runs/${env.runId}` : undefined,
            },
            { delayUnitMs: unit, log },
          );
          checkRunDelivered = true;
          core.info(`Check run ${CHECK_NAME} ${passes ? 'passed' : 'failed'} on ${report.head.slice(0, 7)} with ${res.annotations} annotations (${res.requests} requests)${res.url ? `: ${res.url}` : ''}`);
        }),
      );
    }
    if (inputs.suggestions && pr && !published) {
      const target = { number: pr.number, headSha: report.head };
      await stage('Suggestions', () =>
        write('the review suggestions', async () => {
          const res = await postSuggestions(gh, repoId, target, report, { readLines: (f, s, e) => readLines(repoDir, report.head, f, s, e), delayUnitMs: unit, log });
          core.info(`Suggestions: ${res.posted} posted, ${res.existing} already there, ${res.skipped} not applicable`);
        }),
      );
    }
  }

  // 6. Annotations on the job itself when no check run carries them (read-only token, check-run: false).
  if (!checkRunDelivered && report.findings.length) {
    const prefix = published ? '' : await repoPrefix(env, repoDir);
    for (const a of commandAnnotations(report, prefix)) core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
  }
  if (access.readOnly) {
    const warning = readOnlyWarning(access, pr);
    core.warning(`Migra: ${warning}`);
    notes.push(warning);
  }

  // 7. The job summary, then the exit status.
  await stage('Job summary', async () => {
    try {
      await core.summary.addRaw(renderJobSummary(report, gate, { blobUrl, notes }), true).write();
    } catch (e) {
      core.info(`No job summary written: ${(e as Error).message.split('\n')[0]}`);
    }
  });
  const verdict = `risk ${report.score}/100 (${report.level}), ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
  if (!passes) {
    core.setFailed(`Migra: ${verdict}: at or above fail-on ${failOnText}. Fix the findings, or add the '${approveLabel}' label to accept them.`);
  } else if (failing) {
    core.info(`Migra: ${verdict}: at or above fail-on ${failOnText}, passed because the pull request has the '${approveLabel}' label.`);
  } else {
    core.info(`Migra: ${verdict}: passed (fail-on ${failOnText}). Total ${Math.round(performance.now() - started)} ms.`);
  }
}

const CHECK_NAME = 'Migra';

async function client(token: string, env: RunnerEnv, unit: number): Promise<GitHubClient> {
  // Behind a proxy (self-hosted runners), use the toolkit's proxy-aware fetch; loopback and
  // no_proxy hosts bypass it.
  let proxyFetch: typeof fetch | undefined;
  if (getProxyUrl(env.apiUrl)) {
    const { defaults } = await import('@actions/github/lib/utils');
    proxyFetch = defaults.request?.fetch as typeof fetch | undefined;
  }
  return createClient({ token, baseUrl: env.apiUrl, delayUnitMs: unit, log: (m) => core.debug(m), onWait: (m) => core.info(m), fetch: proxyFetch });
}

function describeFailOn(f: FailOn): string {
  if (f === 'never') return 'never';
  return 'score' in f ? String(f.score) : f.level;
}

function prefixed(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [`action:${k.toLowerCase().replace(/\s+/g, '-')}`, v]));
}

/** One id per workflow run attempt and commit: a retried create finds its own check run, a re-run makes a new one. */
function externalId(env: RunnerEnv, report: Report): string {
  return `migra:${env.runId ?? 'local'}:${env.runAttempt ?? '1'}:${report.head.slice(0, 12)}`;
}

/** Where the repository sits in the workspace, for workflow-command annotation paths. */
async function repoPrefix(env: RunnerEnv, repoDir: string): Promise<string> {
  try {
    const top = (await runGit(repoDir, ['rev-parse', '--show-toplevel'])).stdout.toString('utf8').trim();
    const rel = relative(env.workspace, top).split('\\').join('/');
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

