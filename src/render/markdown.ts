import type { Report } from '../model/report.js';
import { bySeverity, findingsByFile } from './findings-md.js';
import { plural } from './labels.js';
import { acknowledgedBlock, aiBlock, allNotes, dataLossBlock, destroyPreview, footer, notesBlock, rollbackBlock, rollbackLines, unsaidDataLoss } from './sections.js';
import { COMMENT_MAX_BYTES, largestFitting, utf8Bytes } from './size.js';
import { headline, statsLine, verdictLine, type GateOutcome } from './verdict.js';
import { ormSqlLeftOut, ormSqlLines, ormSqlSection } from './orm-sql.js';

/** Hidden marker that identifies Migra's sticky comment. */
export const COMMENT_MARKER = '<!-- migra:report -->';

export interface MarkdownOptions {
  /** What the gate decided; without it the comment states the risk but no verdict. */
  gate?: GateOutcome;
  /** Link base for file:line references (https://github.com/o/r/blob/<sha>/). */
  blobUrl?: string;
  /** Longest result in UTF-8 bytes (default: a comment's limit). */
  maxLength?: number;
  /** Markdown saying where the whole report is, shown when something had to be left out. */
  elsewhere?: string;
  /** Notes of the run beyond report.notes (the job summary's: history fetched, publishing); shown with them, each once. */
  runNotes?: readonly string[];
}

/** How much of each cuttable part is shown. */
interface Budget {
  /** Lines of the SQL shown under the Django and Alembic migrations (render/orm-sql.ts). */
  ormSql: number;
  details: number;
  notes: number;
  rollbackLines: number;
  dataLoss: number;
  acknowledged: number;
  rows: number;
}

/** What the report holds of each part. */
interface Parts {
  notes: string[];
  rollback: string[];
  dataLoss: string[];
}

/**
 * The PR comment, and the body of the check run and the job summary: the verdict and what
 * unblocks it, the risk, the advisory AI summary, the findings by file, then what is collapsed
 * (rollback SQL, acknowledged findings) and the notes.
 *
 * It always fits `maxLength` bytes: when the whole report does not, the least important parts go
 * first (the SQL of the Django and Alembic migrations, the details of findings, then the notes, the rollback SQL, data loss no finding states,
 * acknowledged findings, then the least severe findings), a note says what was left out and
 * where the whole report is, and every block that is shown is complete.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? COMMENT_MAX_BYTES;
  const parts: Parts = { notes: allNotes(report, opts.runNotes), rollback: rollbackLines(report), dataLoss: unsaidDataLoss(report) };
  const n = report.findings.length;
  const full: Budget = { ormSql: ormSqlLines(report), details: n, notes: parts.notes.length, rollbackLines: parts.rollback.length, dataLoss: parts.dataLoss.length, acknowledged: report.acknowledged.length, rows: n };
  const render = (b: Budget) => compose(report, parts, opts, b, full);
  const fits = (b: Budget) => utf8Bytes(render(b)) <= max;
  if (fits(full)) return render(full);
  // Each part in turn: the most of it that fits with the parts after it whole and those before it gone.
  const order: Array<keyof Budget> = ['ormSql', 'details', 'notes', 'rollbackLines', 'dataLoss', 'acknowledged', 'rows'];
  let budget = { ...full };
  for (const part of order) {
    const at = (k: number): Budget => ({ ...budget, [part]: k });
    if (fits(at(0))) return render(at(largestFitting(full[part], (k) => fits(at(k)))));
    budget = at(0);
  }
  return minimal(report, opts, max);
}

function compose(report: Report, parts: Parts, opts: MarkdownOptions, b: Budget, full: Budget): string {
  const out: string[] = [COMMENT_MARKER, top(report, opts), destroyPreview(report), shortened(b, full, opts), aiBlock(report, opts.blobUrl)];
  if (report.findings.length) {
    // The most severe findings are the ones kept when rows must go; they are shown by file.
    const kept = bySeverity(report.findings).slice(0, b.rows);
    out.push(findingsByFile(kept, { blobUrl: opts.blobUrl, details: new Set(kept.slice(0, b.details)) }));
    if (b.rows < report.findings.length) out.push(`…and ${plural(report.findings.length - b.rows, 'more finding')} of lower or equal severity.`);
  } else {
    out.push(report.files.length ? 'No risky changes found in the migrations of this pull request.' : 'This pull request changes no migration files.');
  }
  out.push(
    ormSqlSection(report, b.ormSql),
    dataLossBlock(parts.dataLoss, b.dataLoss),
    rollbackBlock(parts.rollback, b.rollbackLines),
    acknowledgedBlock(report, b.acknowledged),
    notesBlock(parts.notes, b.notes),
    footer(report),
  );
  return out.filter(Boolean).join('\n\n');
}

/** The headline, the verdict with what unblocks it, and the counts. */
function top(report: Report, opts: MarkdownOptions): string {
  return [headline(report, opts.gate), [verdictLine(report, opts.gate), statsLine(report)].filter(Boolean).join('<br>\n')].filter(Boolean).join('\n\n');
}

/** What was left out and where the rest is; empty when nothing was. */
function shortened(b: Budget, full: Budget, opts: MarkdownOptions): string {
  const left: string[] = [];
  const sql = ormSqlLeftOut(b.ormSql, full.ormSql);
  if (sql) left.push(sql);
  const details = Math.min(b.details, b.rows);
  if (details < full.details) left.push(details ? `the "why, and the safe way" of ${full.details - details} of the ${full.details} findings (the least severe)` : 'the "why, and the safe way" of each finding');
  if (b.notes < full.notes) left.push(`${full.notes - b.notes} of the ${plural(full.notes, 'note')}`);
  if (b.rollbackLines < full.rollbackLines) left.push(b.rollbackLines ? `the rollback SQL after line ${b.rollbackLines} of ${full.rollbackLines}` : 'the rollback SQL');
  if (b.dataLoss < full.dataLoss) left.push(b.dataLoss ? `${full.dataLoss - b.dataLoss} of the ${full.dataLoss} entries of "Data that would be lost"` : '"Data that would be lost"');
  if (b.acknowledged < full.acknowledged) left.push(`${full.acknowledged - b.acknowledged} of the ${full.acknowledged} acknowledged findings`);
  if (b.rows < full.rows) left.push(`the ${plural(full.rows - b.rows, 'least severe finding')}`);
  if (!left.length) return '';
  const where = opts.elsewhere ?? 'The whole report: `migra check --format json`, or the report JSON of the action (output `report-path`).';
  return `> **Shortened to fit GitHub's size limit.** Left out: ${left.join('; ')}. ${where}`;
}

/** The last resort, when even the first finding does not fit: the verdict, the counts, and where to look. */
function minimal(report: Report, opts: MarkdownOptions, max: number): string {
  const where = opts.elsewhere ?? 'Run `migra check --format json` for the whole report.';
  const md = [COMMENT_MARKER, top(report, opts), `> **The report is too large to show here.** ${where}`].join('\n\n');
  return utf8Bytes(md) <= max ? md : [COMMENT_MARKER, headline(report, opts.gate)].join('\n\n');
}
