import type { Finding } from '../model/finding.js';
import { SEVERITIES, severityRank } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { mdCode, mdFence, mdProse, mdRich, mdText } from './escape.js';
import { plural, SEVERITY_ICON } from './labels.js';
import { ormSqlLeftOut, ormSqlLines, ormSqlSection } from './orm-sql.js';
import { clip, COMMENT_MAX_BYTES, utf8Bytes } from './size.js';

/** Hidden marker that identifies Migra's sticky comment. */
export const COMMENT_MARKER = '<!-- migra:report -->';

/** The comment's budget: GitHub's 65,536 characters, counted as UTF-8 bytes (never fewer). */
export const COMMENT_LIMIT = COMMENT_MAX_BYTES;

export interface MarkdownOptions {
  /** Link base for file:line references (https://github.com/o/r/blob/<sha>/). */
  blobUrl?: string;
  /** Longest result in UTF-8 bytes (default: a comment's limit). */
  maxLength?: number;
  /** Markdown saying where the whole report is, shown when something had to be left out. */
  elsewhere?: string;
}

/** How much of each cuttable part is shown. */
interface Budget {
  /** Lines of the SQL shown under the Django and Alembic migrations (render/orm-sql.ts). */
  ormSql: number;
  details: number;
  rollbackLines: number;
  dataLoss: number;
  acknowledged: number;
  tableRows: number;
}

/** Longest texts quoted from a migration in one place (a 1 MB statement is not shown whole). */
const MESSAGE_CHARS = 1_000;
const SQL_CHARS = 4_000;
const NAME_CHARS = 300;

/**
 * The PR comment (and the body of the check run and the job summary). It always fits `maxLength`
 * bytes: when the whole report does not, the least important parts go first (the SQL of the
 * Django and Alembic migrations, then the details of findings, then the rollback SQL, then the tail of "Data that would be lost", then acknowledged
 * findings, then the least severe rows of the table), a note says what was left out and where the
 * whole report is, and every block that is shown is complete (no open fence or <details>).
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? COMMENT_LIMIT;
  const n = report.findings.length;
  const full: Budget = {
    ormSql: ormSqlLines(report),
    details: n,
    rollbackLines: rollbackLines(report).length,
    dataLoss: report.dataLoss.length,
    acknowledged: report.acknowledged.length,
    tableRows: n,
  };
  const fits = (b: Budget) => utf8Bytes(compose(report, opts, b, full)) <= max;
  if (fits(full)) return compose(report, opts, full, full);
  // Each part in turn: the most of it that fits with the parts after it whole and those before it gone.
  const order: Array<keyof Budget> = ['ormSql', 'details', 'rollbackLines', 'dataLoss', 'acknowledged', 'tableRows'];
  let budget = { ...full };
  for (const part of order) {
    const at = (k: number): Budget => ({ ...budget, [part]: k });
    if (fits(at(0))) {
      let lo = 0;
      let hi = full[part];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(at(mid))) lo = mid;
        else hi = mid - 1;
      }
      return compose(report, opts, at(lo), full);
    }
    budget = at(0);
  }
  return minimal(report, opts, max);
}

function compose(report: Report, opts: MarkdownOptions, budget: Budget, full: Budget): string {
  const out: string[] = [COMMENT_MARKER, header(report)];
  const ormSql = ormSqlSection(report, budget.ormSql);
  if (!report.findings.length) {
    out.push(report.files.length ? 'No risky changes found in the migrations of this pull request.' : 'This pull request changes no migration files.');
    out.push(ormSql, ...acknowledged(report, budget.acknowledged), shortened(budget, full, opts), footer(report));
    return out.filter(Boolean).join('\n\n');
  }
  out.push(counts(report));
  out.push(shortened(budget, full, opts));
  const ordered = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  if (report.approvedBy) out.push(`✅ Approved by the ${mdCode(report.approvedBy)} label: the check passes, the findings below still stand.`);
  out.push(table(ordered.slice(0, budget.tableRows), opts));
  if (budget.tableRows < ordered.length) out.push(`…and ${plural(ordered.length - budget.tableRows, 'more finding')} of lower or equal severity.`);
  const shown = ordered.slice(0, Math.min(budget.details, budget.tableRows));
  if (shown.length) {
    out.push('### Details', ...shown.map((f) => details(f, opts)));
    if (shown.length < report.findings.length) out.push(`Details of ${plural(report.findings.length - shown.length, 'more finding')} are in the check run annotations.`);
  }
  out.push(ormSql);
  if (report.dataLoss.length && budget.dataLoss > 0) {
    const items = report.dataLoss.slice(0, budget.dataLoss).map((d) => `- ${mdText(clip(d, MESSAGE_CHARS))}`);
    if (budget.dataLoss < report.dataLoss.length) items.push(`- …and ${report.dataLoss.length - budget.dataLoss} more`);
    out.push('### Data that would be lost', items.join('\n'));
  }
  const rollback = rollbackLines(report);
  if (rollback.length && budget.rollbackLines > 0) {
    const lines = rollback.slice(0, budget.rollbackLines);
    if (budget.rollbackLines < rollback.length) lines.push(`-- … ${rollback.length - budget.rollbackLines} more lines left out here (see the note at the top)`);
    out.push(`<details><summary>Rollback SQL</summary>\n\n${mdFence(lines.join('\n'), 'sql')}\n\n</details>`);
  }
  out.push(...acknowledged(report, budget.acknowledged));
  if (report.ai) {
    const paragraphs = mdProse(report.ai.text, { files: reportFiles(report), blobUrl: opts.blobUrl });
    if (paragraphs.length) {
      out.push(`### Summary (AI-generated, advisory)\n\n${paragraphs.map((p) => `> ${p}`).join('\n>\n')}\n\n<sub>Written by ${mdCode(clip(report.ai.model, NAME_CHARS))}. It does not change the score or the findings.</sub>`);
    }
  }
  out.push(footer(report));
  return out.filter(Boolean).join('\n\n');
}

/** What was left out and where the rest is; empty when nothing was. */
function shortened(b: Budget, full: Budget, opts: MarkdownOptions): string {
  const left: string[] = [];
  const sql = ormSqlLeftOut(b.ormSql, full.ormSql);
  if (sql) left.push(sql);
  const shownDetails = Math.min(b.details, b.tableRows);
  if (shownDetails < full.details) left.push(shownDetails ? `the details of the ${full.details - shownDetails} less severe findings` : 'the details of the findings');
  if (b.rollbackLines < full.rollbackLines) left.push(b.rollbackLines ? `the rollback SQL after line ${b.rollbackLines} of ${full.rollbackLines}` : 'the rollback SQL');
  if (b.dataLoss < full.dataLoss) left.push(`${full.dataLoss - b.dataLoss} of the ${full.dataLoss} entries of "Data that would be lost"`);
  if (b.acknowledged < full.acknowledged) left.push(`${full.acknowledged - b.acknowledged} of the ${full.acknowledged} acknowledged findings`);
  if (b.tableRows < full.tableRows) left.push(`the ${plural(full.tableRows - b.tableRows, 'least severe finding')}`);
  if (!left.length) return '';
  const where = opts.elsewhere ?? 'The whole report: `migra check --format json`, or the report JSON of the action (output `report-path`).';
  return `> **Shortened to fit GitHub's size limit.** Left out: ${left.join('; ')}. ${where}`;
}

/** The last resort, when even the table's first row does not fit: the score, the counts, and where to look. */
function minimal(report: Report, opts: MarkdownOptions, max: number): string {
  const where = opts.elsewhere ?? 'Run `migra check --format json` for the whole report.';
  const md = [COMMENT_MARKER, header(report), report.findings.length ? counts(report) : '', `> **The report is too large to show here.** ${where}`].filter(Boolean).join('\n\n');
  return utf8Bytes(md) <= max ? md : [COMMENT_MARKER, header(report)].join('\n\n');
}

function rollbackLines(report: Report): string[] {
  const text = report.rollback.replace(/\s+$/, '');
  return text.trim() ? text.split('\n') : [];
}

function header(report: Report): string {
  return `## ${SEVERITY_ICON[report.level]} Migra: risk ${report.score}/100 (${report.level})`;
}

function counts(report: Report): string {
  const by = SEVERITIES.slice().reverse()
    .map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const files = new Set(report.findings.map((f) => f.file)).size;
  return `**${plural(report.findings.length, 'finding')}** in ${plural(files, 'file')}: ${by.join(', ')}.`;
}

function table(findings: Finding[], opts: MarkdownOptions): string {
  const rows = findings.map((f) => `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${mdCode(clip(f.rule, NAME_CHARS))} | ${where(f, opts)} | ${mdText(clip(f.message, MESSAGE_CHARS))} |`);
  return ['| Severity | Rule | Where | Finding |', '|---|---|---|---|', ...rows].join('\n');
}

function where(f: Finding, opts: MarkdownOptions): string {
  const label = mdCode(`${clip(f.file, NAME_CHARS)}:${f.line}`);
  if (!opts.blobUrl) return label;
  const range = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
  return `[${label}](${opts.blobUrl}${f.file.split('/').map(encodeURIComponent).join('/')}${range})`;
}

function details(f: Finding, opts: MarkdownOptions): string {
  const parts = [
    `<details><summary>${SEVERITY_ICON[f.severity]} <b>${htmlText(clip(f.rule, NAME_CHARS))}</b> at ${htmlText(`${clip(f.file, NAME_CHARS)}:${f.line}`)}</summary>`,
    '',
    `${mdText(clip(f.message, MESSAGE_CHARS))} (${where(f, opts)})`,
  ];
  if (f.statement) parts.push('', mdFence(clip(f.statement, SQL_CHARS, '\n-- … (cut)'), 'sql'));
  if (f.verified) parts.push('', `_${mdText(clip(f.verified, MESSAGE_CHARS))}_`);
  parts.push('', `**Why:** ${mdRich(clip(f.why, SQL_CHARS))}`, '', `**Safe way:** ${mdRich(clip(f.fix, SQL_CHARS))}`);
  if (f.replacement) parts.push('', '**Safe rewrite:**', '', mdFence(clip(f.replacement, SQL_CHARS, '\n-- … (cut)'), 'sql'));
  if (f.rollback) parts.push('', '**Rollback:**', '', mdFence(clip(f.rollback, SQL_CHARS, '\n-- … (cut)'), 'sql'));
  parts.push('', '</details>');
  return parts.join('\n');
}

function acknowledged(report: Report, count: number): string[] {
  if (!report.acknowledged.length || count <= 0) return [];
  const rows = report.acknowledged.slice(0, count).map((f) => `- ${mdCode(clip(f.rule, NAME_CHARS))} at ${mdCode(`${clip(f.file, NAME_CHARS)}:${f.line}`)}: ${f.reason ? mdText(clip(f.reason, MESSAGE_CHARS)) : '*(no reason given)*'}`);
  if (count < report.acknowledged.length) rows.push(`- …and ${report.acknowledged.length - count} more`);
  return [`<details><summary>${plural(report.acknowledged.length, 'acknowledged finding')} (migra:ignore)</summary>\n\n${rows.join('\n')}\n\n</details>`];
}

function footer(report: Report): string {
  const sets = clip(report.sets.map((s) => `${s.dir || '.'} (${s.format}, ${s.dialect})`).join(', '), 2_000);
  return `<sub>Migra ${htmlText(clip(report.tool.version, 40))} · ${htmlText(report.before.slice(0, 7))}…${htmlText(report.head.slice(0, 7))}${sets ? ` · ${htmlText(sets)}` : ''}</sub>`;
}

/** The files a report is about: the only link targets the AI summary may keep. */
function reportFiles(report: Report): string[] {
  return [...report.files.map((f) => f.path), ...report.findings.map((f) => f.file)];
}

function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
}
