import type { Finding } from '../model/finding.js';
import { SEVERITIES, severityRank } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { mdCode, mdFence, mdProse, mdRich, mdText } from './escape.js';
import { plural, SEVERITY_ICON } from './labels.js';

/** Hidden marker that identifies Migra's sticky comment. */
export const COMMENT_MARKER = '<!-- migra:report -->';

/** GitHub rejects comment bodies above 65,536 characters; keep a margin for the footer. */
export const COMMENT_LIMIT = 65_000;

export interface MarkdownOptions {
  /** Link base for file:line references (https://github.com/o/r/blob/<sha>/). */
  blobUrl?: string;
  maxLength?: number;
}

/**
 * The PR comment. When it would be too long, detail sections collapse and shrink first;
 * the score and the summary table of the most severe findings always stay.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? COMMENT_LIMIT;
  const attempts: Array<() => string> = [
    () => compose(report, opts, { details: report.findings.length, rollback: true }),
    () => compose(report, opts, { details: 20, rollback: true }),
    () => compose(report, opts, { details: 5, rollback: false }),
    () => compose(report, opts, { details: 0, rollback: false }),
  ];
  for (const attempt of attempts) {
    const md = attempt();
    if (md.length <= max) return md;
  }
  return compose(report, opts, { details: 0, rollback: false, tableRows: tableRowsThatFit(report, opts, max) });
}

interface Budget {
  details: number;
  rollback: boolean;
  tableRows?: number;
}

function compose(report: Report, opts: MarkdownOptions, budget: Budget): string {
  const out: string[] = [COMMENT_MARKER, header(report)];
  if (!report.findings.length) {
    out.push(report.files.length ? 'No risky changes found in the migrations of this pull request.' : 'This pull request changes no migration files.');
    out.push(...acknowledged(report), footer(report));
    return out.join('\n\n');
  }
  out.push(counts(report));
  const ordered = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  if (report.approvedBy) out.push(`✅ Approved by the ${mdCode(report.approvedBy)} label: the check passes, the findings below still stand.`);
  out.push(table(ordered.slice(0, budget.tableRows ?? ordered.length), opts));
  if (budget.tableRows !== undefined && budget.tableRows < report.findings.length) {
    out.push(`…and ${plural(report.findings.length - budget.tableRows, 'more finding')}: see the check run or the job summary.`);
  }
  const shown = ordered.slice(0, budget.details);
  if (shown.length) {
    out.push('### Details', ...shown.map((f) => details(f, opts)));
    if (shown.length < report.findings.length) out.push(`Details of ${plural(report.findings.length - shown.length, 'more finding')} are in the check run annotations.`);
  }
  if (report.dataLoss.length) {
    out.push('### Data that would be lost', report.dataLoss.map((d) => `- ${mdText(d)}`).join('\n'));
  }
  if (budget.rollback && report.rollback.trim()) {
    out.push(`<details><summary>Rollback SQL</summary>\n\n${mdFence(report.rollback, 'sql')}\n\n</details>`);
  }
  out.push(...acknowledged(report));
  if (report.ai) {
    const paragraphs = mdProse(report.ai.text, { files: reportFiles(report), blobUrl: opts.blobUrl });
    if (paragraphs.length) {
      out.push(`### Summary (AI-generated, advisory)\n\n${paragraphs.map((p) => `> ${p}`).join('\n>\n')}\n\n<sub>Written by ${mdCode(report.ai.model)}. It does not change the score or the findings.</sub>`);
    }
  }
  out.push(footer(report));
  return out.join('\n\n');
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
  const rows = findings.map((f) => `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${mdCode(f.rule)} | ${where(f, opts)} | ${mdText(f.message)} |`);
  return ['| Severity | Rule | Where | Finding |', '|---|---|---|---|', ...rows].join('\n');
}

function where(f: Finding, opts: MarkdownOptions): string {
  const label = mdCode(`${f.file}:${f.line}`);
  if (!opts.blobUrl) return label;
  const range = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
  return `[${label}](${opts.blobUrl}${f.file.split('/').map(encodeURIComponent).join('/')}${range})`;
}

function details(f: Finding, opts: MarkdownOptions): string {
  const parts = [
    `<details><summary>${SEVERITY_ICON[f.severity]} <b>${htmlText(f.rule)}</b> at ${htmlText(`${f.file}:${f.line}`)}</summary>`,
    '',
    `${mdText(f.message)} (${where(f, opts)})`,
  ];
  if (f.statement) parts.push('', mdFence(f.statement, 'sql'));
  if (f.verified) parts.push('', `_${mdText(f.verified)}_`);
  parts.push('', `**Why:** ${mdRich(f.why)}`, '', `**Safe way:** ${mdRich(f.fix)}`);
  if (f.replacement) parts.push('', '**Safe rewrite:**', '', mdFence(f.replacement, 'sql'));
  if (f.rollback) parts.push('', '**Rollback:**', '', mdFence(f.rollback, 'sql'));
  parts.push('', '</details>');
  return parts.join('\n');
}

function acknowledged(report: Report): string[] {
  if (!report.acknowledged.length) return [];
  const rows = report.acknowledged.map((f) => `- ${mdCode(f.rule)} at ${mdCode(`${f.file}:${f.line}`)}: ${f.reason ? mdText(f.reason) : '*(no reason given)*'}`);
  return [`<details><summary>${plural(report.acknowledged.length, 'acknowledged finding')} (migra:ignore)</summary>\n\n${rows.join('\n')}\n\n</details>`];
}

function footer(report: Report): string {
  const sets = report.sets.map((s) => `${s.dir || '.'} (${s.format}, ${s.dialect})`).join(', ');
  return `<sub>Migra ${htmlText(report.tool.version)} · ${report.before.slice(0, 7)}…${report.head.slice(0, 7)}${sets ? ` · ${htmlText(sets)}` : ''}</sub>`;
}

/** The files a report is about: the only link targets the AI summary may keep. */
function reportFiles(report: Report): string[] {
  return [...report.files.map((f) => f.path), ...report.findings.map((f) => f.file)];
}

function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
}

function tableRowsThatFit(report: Report, opts: MarkdownOptions, max: number): number {
  let lo = 0;
  let hi = report.findings.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (compose(report, opts, { details: 0, rollback: false, tableRows: mid }).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
