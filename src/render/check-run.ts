import type { Report } from '../model/report.js';
import { mdCode, mdText } from './escape.js';
import { plural } from './labels.js';
import { renderMarkdown } from './markdown.js';
import { CHECK_SUMMARY_MAX_BYTES, CHECK_TITLE_MAX_CHARS, clip, utf8Bytes } from './size.js';

/** The checks API limits output.summary to 65,535 characters (counted here as UTF-8 bytes). */
export const CHECK_SUMMARY_LIMIT = CHECK_SUMMARY_MAX_BYTES;

/** What publishing decided; rendering only words it. */
export interface GateOutcome {
  /** The report is at or above fail-on. */
  failing: boolean;
  /** fail-on as the user wrote it (`high`, `60`, `never`). */
  failOn: string;
  /** The label that lets a failing pull request pass. */
  approveLabel?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
}

export interface CheckRunRenderOptions {
  blobUrl?: string;
  /** Where the whole report is, said when the summary had to be shortened. */
  elsewhere?: string;
}

/** Title and summary of the `Migra` check run. */
export function renderCheckRun(report: Report, gate: GateOutcome, opts: CheckRunRenderOptions = {}): CheckRunOutput {
  const lead = gateLine(report, gate);
  const body = renderMarkdown(report, { blobUrl: opts.blobUrl, elsewhere: opts.elsewhere, maxLength: CHECK_SUMMARY_LIMIT - utf8Bytes(lead) - 2 });
  return { title: clip(checkRunTitle(report, gate), CHECK_TITLE_MAX_CHARS), summary: `${lead}\n\n${body}` };
}

export function checkRunTitle(report: Report, gate: GateOutcome): string {
  if (!report.findings.length) return report.files.length ? 'Risk 0/100: no risky changes' : 'No migration files changed';
  const base = `Risk ${report.score}/100 (${report.level}): ${plural(report.findings.length, 'finding')}`;
  if (gate.failing && report.approvedBy) return `${base}, approved by label`;
  return base;
}

/** One line on what the gate made of the report, for the check run and the job summary. */
export function gateLine(report: Report, gate: GateOutcome): string {
  const threshold = `fail-on ${mdCode(gate.failOn)}`;
  if (gate.failing && report.approvedBy) return `**Passed:** at or above ${threshold}, approved by the ${mdCode(report.approvedBy)} label.`;
  if (gate.failing) {
    const destroys = report.live?.destroys.length ? ` It would destroy data in ${mdText(report.live.engine)} (${plural(report.live.destroys.length, 'item')}, listed below the counts).` : '';
    const label = gate.approveLabel ? ` A maintainer can add the ${mdCode(gate.approveLabel)} label to let it pass with these findings.${destroys}` : '';
    return `**Failed:** the report is at or above ${threshold}.${label}`;
  }
  return gate.failOn === 'never' ? '**Passed:** fail-on is `never`.' : `**Passed:** below ${threshold}.`;
}
