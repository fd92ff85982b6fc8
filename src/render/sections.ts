import type { Report } from '../model/report.js';
import { mdCode, mdFence, mdProse, mdText } from './escape.js';
import { MESSAGE_CHARS, NAME_CHARS } from './findings-md.js';
import { plural } from './labels.js';
import { clip } from './size.js';

/*
 * The parts of the comment around the findings. Each takes how much of itself to show, so
 * markdown.ts can shorten it to fit a limit; each block it returns is complete (no open fence or
 * <details>).
 */

/** Notes longer than this are cut: one note is one sentence about how the review ran. */
const NOTE_CHARS = 2_000;
/** Up to this many notes are shown open; more are collapsed. */
const OPEN_NOTES = 3;

/** The advisory AI summary, right under the verdict, as a quote that says first who wrote it. */
export function aiBlock(report: Report, blobUrl: string | undefined): string {
  if (!report.ai) return '';
  const files = [...report.files.map((f) => f.path), ...report.findings.map((f) => f.file)];
  const paragraphs = mdProse(report.ai.text, { files, blobUrl });
  if (!paragraphs.length) return '';
  const who = `> **AI summary** <sub>by ${mdCode(clip(report.ai.model, NAME_CHARS))}, advisory: it does not change the score, the findings or the verdict</sub>`;
  return `${who}\n>\n${paragraphs.map((p) => `> ${p}`).join('\n>\n')}`;
}

/**
 * The review's notes (report.notes, then the run's own, such as history fetched or a publishing
 * step skipped), each once, in one place.
 */
export function allNotes(report: Report, runNotes: readonly string[] = []): string[] {
  return [...new Set([...(report.notes ?? []), ...runNotes])];
}

export function notesBlock(notes: readonly string[], count: number): string {
  if (!notes.length || count <= 0) return '';
  const items = notes.slice(0, count).map((n) => `- ${mdText(clip(n, NOTE_CHARS))}`);
  if (count < notes.length) items.push(`- …and ${plural(notes.length - count, 'more note')} (in the log of the run).`);
  const list = items.join('\n');
  return notes.length <= OPEN_NOTES ? `**Notes on this review**\n\n${list}` : `<details><summary>${plural(notes.length, 'note')} on this review</summary>\n\n${list}\n\n</details>`;
}

/**
 * Entries of report.dataLoss that no finding already says. The engine writes one per data-loss
 * finding (`file:line message`), and the finding's own line carries that fact; a report made
 * elsewhere may hold others, and those are still shown.
 */
export function unsaidDataLoss(report: Report): string[] {
  const said = new Set(report.findings.map((f) => `${f.file}:${f.line} ${f.message}`));
  return report.dataLoss.filter((d) => !said.has(d));
}

export function dataLossBlock(entries: readonly string[], count: number): string {
  if (!entries.length || count <= 0) return '';
  const items = entries.slice(0, count).map((d) => `- ${mdText(clip(d, MESSAGE_CHARS))}`);
  if (count < entries.length) items.push(`- …and ${entries.length - count} more`);
  return `**Data that would be lost**\n\n${items.join('\n')}`;
}

export function rollbackLines(report: Report): string[] {
  const text = report.rollback.replace(/\s+$/, '');
  return text.trim() ? text.split('\n') : [];
}

export function rollbackBlock(lines: readonly string[], count: number): string {
  if (!lines.length || count <= 0) return '';
  const shown = lines.slice(0, count);
  if (count < lines.length) shown.push(`-- … ${lines.length - count} more lines left out here (see the note at the top)`);
  return `<details><summary>Rollback SQL: undoes this pull request, newest statement first</summary>\n\n${mdFence(shown.join('\n'), 'sql')}\n\n</details>`;
}

export function acknowledgedBlock(report: Report, count: number): string {
  if (!report.acknowledged.length || count <= 0) return '';
  const rows = report.acknowledged.slice(0, count).map((f) => `- ${mdCode(clip(f.rule, NAME_CHARS))} at ${mdCode(`${clip(f.file, NAME_CHARS)}:${f.line}`)}: ${f.reason ? mdText(clip(f.reason, MESSAGE_CHARS)) : '*(no reason given)*'}`);
  if (count < report.acknowledged.length) rows.push(`- …and ${report.acknowledged.length - count} more`);
  return `<details><summary>${plural(report.acknowledged.length, 'acknowledged finding')} (migra:ignore)</summary>\n\n${rows.join('\n')}\n\n</details>`;
}

export function footer(report: Report): string {
  const sets = clip(report.sets.map((s) => `${s.dir || '.'} (${s.format}, ${s.dialect})`).join(', '), 2_000);
  return `<sub>Migra ${mdText(clip(report.tool.version, 40))} · ${mdText(report.before.slice(0, 7))}…${mdText(report.head.slice(0, 7))}${sets ? ` · ${mdText(sets)}` : ''}</sub>`;
}

/**
 * The confirmation gate's preview, next to the verdict and its approve-label instruction: what the
 * change would destroy in the team's database, read over the read-only connection (live impact).
 */
export function destroyPreview(report: Report): string {
  const lines = report.live?.destroys ?? [];
  if (!lines.length) return '';
  const items = lines.slice(0, 20).map((l) => `- ${mdText(clip(l, MESSAGE_CHARS))}`);
  if (lines.length > 20) items.push(`- …and ${lines.length - 20} more`);
  const lead = report.approvedBy ? 'Approved with this change destroying, in' : 'Before approving: this change would destroy, in';
  return `**${lead} ${mdText(clip(report.live!.engine, NAME_CHARS))}:**\n${items.join('\n')}`;
}
