import type { Report } from '../model/report.js';
import { gateLine, type GateOutcome } from './check-run.js';
import { mdText } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { clip, JOB_SUMMARY_MAX_BYTES, utf8Bytes } from './size.js';

/** GitHub accepts up to 1 MiB of job summary per step (counted here as UTF-8 bytes, with a margin). */
export const JOB_SUMMARY_LIMIT = JOB_SUMMARY_MAX_BYTES - 16 * 1024;
/** The notes get at most this much of it; the report comes first. */
const NOTES_MAX_BYTES = 128 * 1024;

export interface JobSummaryOptions {
  blobUrl?: string;
  /** What the run did or skipped that the reader should know (history fetched, comment skipped). */
  notes?: string[];
  /** Where the whole report is, said when the summary had to be shortened. */
  elsewhere?: string;
}

/** The job summary: the gate, the same report as the comment, and the run's notes; within 1 MiB. */
export function renderJobSummary(report: Report, gate: GateOutcome, opts: JobSummaryOptions = {}): string {
  const all = (opts.notes ?? []).map((n) => `- ${mdText(clip(n, 2_000))}`);
  const notes: string[] = [];
  let bytes = 0;
  for (const n of all) {
    if (bytes + utf8Bytes(n) + 1 > NOTES_MAX_BYTES) {
      notes.push(`- …and ${all.length - notes.length} more notes (in the log of this step).`);
      break;
    }
    notes.push(n);
    bytes += utf8Bytes(n) + 1;
  }
  const tail = notes.length ? `\n\n<details><summary>Notes</summary>\n\n${notes.join('\n')}\n\n</details>\n` : '\n';
  const lead = gateLine(report, gate);
  const elsewhere = opts.elsewhere ?? 'The whole report is in the report JSON (step output `report-path`).';
  const body = renderMarkdown(report, { blobUrl: opts.blobUrl, elsewhere, maxLength: JOB_SUMMARY_LIMIT - utf8Bytes(lead) - utf8Bytes(tail) - 2 });
  return `${lead}\n\n${body}${tail}`;
}
