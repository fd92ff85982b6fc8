import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { summarize } from '../ai/index.js';
import { failsGate } from '../analyze/score.js';
import { plural } from '../render/labels.js';
import type { GateOutcome } from '../render/verdict.js';
import { renderJobSummary } from '../render/job-summary.js';
import { writeReportFile, writeSarifFile } from '../publish/files.js';
import { deliveryOutputs } from '../publish/delivery.js';
import { actionOutputs } from '../publish/outputs.js';
import { publishToGitHub } from './publish-steps.js';
import { obtainReview } from './review.js';
import * as log from './log.js';
import { setup } from './setup.js';
import { stage, stageTimings } from './stage.js';

/** The report JSON's file name under RUNNER_TEMP (output `report-path`). */
export const REPORT_FILE = 'migra-report.json';

/**
 * The action: resolve the event and analyse (or load a report made earlier), decide the gate,
 * add the AI summary, then publish: files and outputs first, the comment, the check run and the
 * suggestions, the job summary, and the exit status last, so a failing API can cost the comment
 * but never the summary, the outputs or the status.
 */
export async function run(): Promise<void> {
  const started = performance.now();
  const s = await setup();
  const review = await obtainReview(s);
  if (!review) return;
  const { report, pr } = review;
  if (pr) report.pullRequest = { number: pr.number };

  // The gate, and the approve label.
  const failing = failsGate(report.score, report.level, report.findings.length, review.failOn);
  if (pr && report.findings.length && pr.labels.includes(review.approveLabel)) report.approvedBy = review.approveLabel;
  const passes = !failing || !!report.approvedBy;
  const gate: GateOutcome = { failing, failOn: review.failOnText, approveLabel: review.approveLabel };

  // The advisory AI summary: never changes the score, the findings or the gate.
  const key = s.inputs.groqApiKey;
  if (key && report.findings.length && !report.ai) {
    await stage('AI summary', async () => {
      const r = await summarize(report, { apiKey: key, model: s.inputs.aiModel, timeoutMs: s.inputs.aiTimeoutMs, retries: s.inputs.aiRetries });
      if (r.ok) report.ai = r.ai;
      log.info(r.ok ? `AI summary written by ${r.ai.model} (${r.ai.text.length} characters)` : `AI summary skipped: ${r.reason}`);
    });
  }

  // Files and outputs: nothing below can lose them.
  report.timings = { ...report.timings, ...Object.fromEntries(Object.entries(stageTimings).map(([k, v]) => [`action:${k.toLowerCase().replace(/\s+/g, '-')}`, v])) };
  const reportPath = await writeReportFile(report, join(s.env.runnerTemp, REPORT_FILE));
  const sarifPath = s.inputs.sarifFile ? await writeSarifFile(report, resolve(s.env.workspace, s.inputs.sarifFile)) : undefined;
  for (const [k, v] of Object.entries(actionOutputs(report, { reportPath, sarifPath }))) core.setOutput(k, v);
  log.info(`Report: ${reportPath}${sarifPath ? `; SARIF: ${sarifPath}` : ''}`);

  const blobUrl = s.repo ? `${s.env.serverUrl}/${s.repo.owner}/${s.repo.repo}/blob/${report.head}/` : undefined;
  const runUrl = s.repo && s.env.runId ? `${s.env.serverUrl}/${s.repo.owner}/${s.repo.repo}/actions/runs/${s.env.runId}` : undefined;
  const reportJson = 'the report JSON (step output `report-path`; upload it with actions/upload-artifact to keep it)';
  const elsewhere = `The job summary of ${runUrl ? `[this workflow run](${runUrl})` : 'this workflow run'} has more of the report (up to 1 MiB), and all of it is in ${reportJson}.`;
  const published = await publishToGitHub(s, { review, gate, passes, blobUrl, elsewhere });
  for (const [k, v] of Object.entries(deliveryOutputs(published.deliveries))) core.setOutput(k, v);
  const notes = [...review.notes, ...published.notes];

  await stage('Job summary', async () => {
    try {
      await core.summary.addRaw(renderJobSummary(report, gate, { blobUrl, notes, elsewhere: `The whole report is in ${reportJson}.` }), true).write();
    } catch (e) {
      log.info(`No job summary written: ${(e as Error).message.split('\n')[0]}`);
    }
  });

  const verdict = `risk ${report.score}/100 (${report.level}), ${plural(report.findings.length, 'finding')}`;
  if (!passes) {
    core.setFailed(`Migra: ${verdict}: at or above fail-on ${review.failOnText}. Fix the findings, or add the '${review.approveLabel}' label to accept them.`);
  } else if (failing) {
    log.info(`Migra: ${verdict}: at or above fail-on ${review.failOnText}, passed because the pull request has the '${review.approveLabel}' label.`);
  } else {
    log.info(`Migra: ${verdict}: passed (fail-on ${review.failOnText}). Total ${Math.round(performance.now() - started)} ms.`);
  }
}
