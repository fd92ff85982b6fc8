import picocolors from 'picocolors';
import type { Finding, Severity } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { plural } from './labels.js';
import { visibleControls as vc, visibleLine as vl } from './log-safe.js';

type Style = (s: string) => string;

/** Colours by severity; `none` is the all-clear line. Whether to colour at all is the caller's (cli/args.ts). */
function palette(color: boolean) {
  const p = picocolors.createColors(color);
  const severity: Record<Severity | 'none', Style> = { critical: (s) => p.bold(p.red(s)), high: p.red, medium: p.yellow, low: p.cyan, info: p.dim, none: p.green };
  return { severity, dim: p.dim, bold: p.bold };
}

/**
 * Terminal output: grouped by file, the statement quoted, the fix beside it. Text from the
 * migrations is shown with its control characters escaped (vc, vl); in a GitHub Actions log the
 * caller also wraps the whole of it in stop-commands (log-safe.ts).
 */
export function renderText(report: Report, opts: { color: boolean; notes?: string[] }): string {
  const { severity, dim, bold } = palette(opts.color);
  const out: string[] = [];
  for (const note of opts.notes ?? []) out.push(dim(vl(note)));
  for (const s of report.sets) out.push(dim(`set ${vl(s.dir || '.')}: ${s.format}, ${s.dialect} (${s.dialectSource}), ${plural(s.files, 'file')}`));
  if (out.length) out.push('');
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    out.push(bold(vl(file)));
    for (const f of findings) {
      out.push(`  ${dim(`${f.line}:`)} ${severity[f.severity](f.severity.padEnd(8))} ${bold(f.rule)}  ${vl(f.message)}`);
      if (f.statement) out.push(...quote(vc(f.statement)).map((l) => dim(`      │ ${l}`)));
      if (f.verified) out.push(dim(`      ${vl(f.verified)}`));
      if (f.impact) out.push(indent('in the database: ', vl(f.impact)));
      out.push(indent('fix: ', vc(f.fix)));
      if (f.replacement) out.push(indent('safe rewrite: ', vc(f.replacement)));
    }
    out.push('');
  }
  for (const a of report.acknowledged) out.push(dim(`acknowledged ${a.rule} at ${vl(a.file)}:${a.line}: ${a.reason ? vl(a.reason) : '(no reason)'}`));
  const scope = report.migration !== undefined ? `the change from ${vl(report.before)} to ${vl(report.head)}` : plural(report.files.length, 'changed migration file');
  const nothing = report.migration === undefined && !report.files.length;
  out.push(
    report.findings.length
      ? `${severity[report.level](`risk ${report.score}/100 (${report.level})`)}: ${plural(report.findings.length, 'finding')} in ${scope}`
      : severity.none(nothing ? 'no migration files changed' : `no risky changes in ${scope}`),
  );
  return out.join('\n') + '\n';
}

/** Continuation lines of a multi-line fix line up under its first line. */
function indent(label: string, text: string): string {
  const pad = ' '.repeat(6 + label.length);
  return `      ${label}${text.split('\n').join(`\n${pad}`)}`;
}

function quote(statement: string): string[] {
  const lines = statement.split('\n');
  return lines.length > 6 ? [...lines.slice(0, 5), `… (${lines.length - 5} more lines)`] : lines;
}
