import type { Report } from '../model/report.js';
import { renderMarkdown } from './markdown.js';
import { JOB_SUMMARY_MAX_BYTES } from './size.js';
import type { GateOutcome } from './verdict.js';

/** GitHub accepts up to 1 MiB of job summary per step (counted here as UTF-8 bytes, with a margin). */
export const JOB_SUMMARY_LIMIT = JOB_SUMMARY_MAX_BYTES - 16 * 1024;

export interface JobSummaryOptions {
  blobUrl?: string;
  /** What the run did or skipped that the reader should know (history fetched, comment skipped). */
  notes?: string[];
  /** Where the whole report is, said when the summary had to be shortened. */
  elsewhere?: string;
}

/**
 * The job summary: the comment's structure, verdict first, with the run's notes in the same
 * notes block as the report's (each once); within 1 MiB.
 */
export function renderJobSummary(report: Report, gate: GateOutcome, opts: JobSummaryOptions = {}): string {
  const elsewhere = opts.elsewhere ?? 'The whole report is in the report JSON (step output `report-path`).';
  return `${renderMarkdown(report, { gate, blobUrl: opts.blobUrl, elsewhere, runNotes: opts.notes, maxLength: JOB_SUMMARY_LIMIT })}\n`;
}
