import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { checkRepo } from '../analyze/check-repo.js';
import { describeFailOn, type FailOn } from '../config/model.js';
import { MigraError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { renderText } from '../render/text.js';
import { resolveTarget, type PullRequestInfo } from './event.js';
import { INPUT_DEFAULTS } from './inputs.js';
import { defaultCacheDir } from '../analyze/parse-cache.js';
import { actionsCacheService, restoreParseCache } from './parse-cache-store.js';
import { loadReport } from './report-input.js';
import type { ActionSetup } from './setup.js';
import * as log from './log.js';
import { stage } from './stage.js';

/** The report to publish and what decides its gate. */
export interface Review {
  report: Report;
  pr?: PullRequestInfo;
  failOn: FailOn;
  /** fail-on as the user wrote it, or as the config file set it. */
  failOnText: string;
  approveLabel: string;
  /** For the job summary: history fetched, pull requests not trusted. */
  notes: string[];
  /** The report came from the `report` input (no checkout, nothing analysed here). */
  fromFile: boolean;
}

/** Analyse what the event names, or load the report given as input; undefined when there is nothing to do. */
export async function obtainReview(s: ActionSetup): Promise<Review | undefined> {
  return s.inputs.report ? loadReview(s, s.inputs.report) : analyzeReview(s);
}

async function analyzeReview(s: ActionSetup): Promise<Review | undefined> {
  const { inputs } = s;
  const target = await stage('Resolve event', async () => {
    const t = await resolveTarget(s.event, inputs, s.deps);
    log.info(t.kind === 'skip' ? t.reason : t.how);
    return t;
  });
  if (target.kind === 'skip') {
    core.notice(`Migra: ${target.reason}`);
    return undefined;
  }
  if (target.kind !== 'analyze') throw new Error(`unexpected target ${target.kind}`);
  const parse = inputs.cache ? await stage('Restore parse cache', async () => restoreParseCache(join(inputs.cacheDir ?? defaultCacheDir(), 'parse'), await actionsCacheService())) : undefined;
  const result = await stage('Analyze', async () => {
    const r = await checkRepo({
      repo: s.repoDir,
      base: target.base,
      head: target.head,
      configPath: inputs.config ? resolve(s.repoDir, inputs.config) : undefined,
      failOn: inputs.failOn ? inputs.failOnText : undefined,
      verify: { enabled: inputs.verify, cacheDir: inputs.cacheDir, url: inputs.verifyUrl },
      ...(inputs.databaseUrl ? { live: { url: inputs.databaseUrl } } : {}),
      parseCache: parse?.cache,
      replayCache: parse?.replay,
      detectCache: parse?.detect,
    });
    for (const n of r.notes) log.info(n);
    log.block(renderText(r.report, { color: true }).trimEnd());
    return r;
  });
  if (parse) await stage('Save parse cache', () => parse.save());
  return {
    report: result.report,
    pr: target.pr,
    failOn: result.failOn,
    failOnText: inputs.failOn ? inputs.failOnText : describeFailOn(result.failOn),
    approveLabel: inputs.approveLabel ?? result.config.approveLabel ?? INPUT_DEFAULTS['approve-label'],
    notes: [...result.notes, ...(!inputs.databaseUrl && target.pr?.fromFork && s.event.eventName === 'pull_request' ? [FORK_NOTE] : [])],
    fromFile: false,
  };
}

/**
 * A report from an earlier run (the fork-safe pair's artifact). It is published only for the
 * commit it is about; the gate comes from this run's inputs, since the file is untrusted.
 */
async function loadReview(s: ActionSetup, file: string): Promise<Review> {
  const path = resolve(s.env.workspace, file);
  const report = await stage('Load report', async () => {
    const r = await loadReport(path);
    log.info(`Loaded ${path}: ${r.findings.length} findings, risk ${r.score}/100 (${r.level}), head ${r.head.slice(0, 7)}`);
    return r;
  });
  const target = await stage('Resolve event', async () => {
    const t = await resolveTarget(s.event, s.inputs, s.deps, report.pullRequest?.number);
    if (t.kind !== 'publish') throw new Error(`unexpected target ${t.kind}`);
    log.info(t.how);
    for (const w of t.warnings) log.info(w);
    return t;
  });
  if (target.headSha && report.head !== target.headSha) {
    throw new MigraError(`Input 'report': the report is about commit ${report.head.slice(0, 12)}, but this run is for ${target.headSha.slice(0, 12)}; not publishing it`);
  }
  return {
    report,
    pr: target.pr,
    failOn: s.inputs.failOn ?? { level: 'high' },
    failOnText: s.inputs.failOnText,
    approveLabel: s.inputs.approveLabel ?? INPUT_DEFAULTS['approve-label'],
    notes: [...target.warnings],
    fromFile: true,
  };
}

/** Said once on a fork's pull request, whose workflow gets no secrets (so no database-url). */
export const FORK_NOTE = 'Live impact preview not available: this pull request comes from a fork, and GitHub gives its workflow no secrets (the database-url input is empty). The findings are judged without the numbers from the database.';
