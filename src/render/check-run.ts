import type { Report } from '../model/report.js';
import { renderMarkdown } from './markdown.js';
import { CHECK_SUMMARY_MAX_BYTES, CHECK_TITLE_MAX_CHARS, clip } from './size.js';
import { checkRunTitle, type GateOutcome } from './verdict.js';

export interface CheckRunOutput {
  title: string;
  summary: string;
}

export interface CheckRunRenderOptions {
  blobUrl?: string;
  /** Where the whole report is, said when the summary had to be shortened. */
  elsewhere?: string;
}

/** Title and summary of the `Migra` check run: the comment's structure, verdict first. */
export function renderCheckRun(report: Report, gate: GateOutcome, opts: CheckRunRenderOptions = {}): CheckRunOutput {
  const summary = renderMarkdown(report, { gate, blobUrl: opts.blobUrl, elsewhere: opts.elsewhere, maxLength: CHECK_SUMMARY_MAX_BYTES });
  return { title: clip(checkRunTitle(report, gate), CHECK_TITLE_MAX_CHARS), summary };
}
