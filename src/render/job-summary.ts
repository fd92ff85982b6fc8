import type { Report } from '../model/report.js';
import { gateLine, type GateOutcome } from './check-run.js';
import { mdText } from './escape.js';
import { renderMarkdown } from './markdown.js';

/** GitHub accepts up to 1 MiB of job summary per step. */
export const JOB_SUMMARY_LIMIT = 900_000;

export interface JobSummaryOptions {
  blobUrl?: string;
  /** What the run did or skipped that the reader should know (history fetched, comment skipped). */
  notes?: string[];
}

/** The job summary: the gate, the same report as the comment, and the run's notes. */
export function renderJobSummary(report: Report, gate: GateOutcome, opts: JobSummaryOptions = {}): string {
  const notes = (opts.notes ?? []).map((n) => `- ${mdText(n)}`);
  const tail = notes.length ? `\n\n<details><summary>Notes</summary>\n\n${notes.join('\n')}\n\n</details>\n` : '\n';
  const lead = gateLine(report, gate);
  const body = renderMarkdown(report, { blobUrl: opts.blobUrl, maxLength: JOB_SUMMARY_LIMIT - lead.length - tail.length - 2 });
  return `${lead}\n\n${body}${tail}`;
}
