import { SEVERITIES, severityRank, type Severity } from '../model/finding.js';
import { LEVELS, type Level, type Report } from '../model/report.js';
import { mdCode } from './escape.js';
import { plural, SEVERITY_ICON } from './labels.js';
import { clip } from './size.js';

/** What publishing decided (the action or the CLI); rendering only words it. */
export interface GateOutcome {
  /** The report is at or above fail-on. */
  failing: boolean;
  /** fail-on as the user wrote it (`high`, `60`, `never`). */
  failOn: string;
  /** The label that lets a failing pull request pass. */
  approveLabel?: string;
}

type VerdictKind = 'blocked' | 'approved' | 'passes' | 'unknown';

/** blocked: failing without the label; approved: failing, let through by the label; unknown: no gate given. */
function verdictKind(report: Report, gate: GateOutcome | undefined): VerdictKind {
  if (!gate) return 'unknown';
  if (gate.failing) return report.approvedBy ? 'approved' : 'blocked';
  return 'passes';
}

const LABEL_CHARS = 200;
const VERDICT_ICON: Record<VerdictKind, string> = { blocked: '❌', approved: '✅', passes: '✅', unknown: '' };

/**
 * The first line a reviewer reads. Its icon is the verdict's, never the level's, and the risk is
 * named in words; the score is on the next line, uncoloured, where it is said what it sums up.
 */
export function headline(report: Report, gate: GateOutcome | undefined): string {
  const kind = verdictKind(report, gate);
  if (!report.findings.length) {
    const what = report.files.length ? 'no risky changes' : 'no migration files changed';
    return kind === 'unknown' ? `## ${SEVERITY_ICON.none} Migra: ${what}` : `## ✅ Migra: passes · ${what}`;
  }
  const risk = `${report.level} risk`;
  if (kind === 'unknown') return `## ${SEVERITY_ICON[report.level]} Migra: ${risk}`;
  const words = kind === 'blocked' ? 'blocked' : kind === 'approved' ? 'passes, approved by label' : 'passes';
  return `## ${VERDICT_ICON[kind]} Migra: ${words} · ${risk}`;
}

/** fail-on as written, understood: a level, a score, `never`, or something this renderer does not know. */
type Threshold = { level: Level } | { score: number } | 'never' | undefined;

function threshold(failOn: string): Threshold {
  const t = failOn.trim().toLowerCase();
  if (t === 'never') return 'never';
  if ((LEVELS as readonly string[]).includes(t)) return { level: t as Level };
  return /^\d{1,3}$/.test(t) ? { score: Number(t) } : undefined;
}

/** The findings that reach a level gate (`none`: every finding). */
function blockingFindings(report: Report, level: Level): number {
  if (level === 'none') return report.findings.length;
  const min = severityRank(level as Severity);
  return report.findings.filter((f) => severityRank(f.severity) >= min).length;
}

/** What the gate decided and, when it blocks, exactly what unblocks it. Empty without a gate. */
export function verdictLine(report: Report, gate: GateOutcome | undefined): string {
  if (!gate) return '';
  const kind = verdictKind(report, gate);
  const t = threshold(gate.failOn);
  const at = mdCode(`fail-on: ${clip(gate.failOn, LABEL_CHARS)}`);
  if (kind === 'approved') {
    return `**Passes:** at or above ${at}, and the label ${mdCode(clip(report.approvedBy ?? '', LABEL_CHARS))} accepts the findings below; they still stand.`;
  }
  if (kind === 'passes') {
    if (!report.findings.length) return '';
    if (t === 'never') return `**Passes:** with ${at} Migra reports but never blocks.`;
    if (t && 'score' in t) return `**Passes:** the risk score ${report.score} is below ${at}.`;
    return `**Passes:** no finding reaches ${at}.`;
  }
  const label = (them: string) => (gate.approveLabel ? `, or a maintainer adds the label ${mdCode(clip(gate.approveLabel, LABEL_CHARS))} to accept ${them}` : '');
  if (t && t !== 'never' && 'score' in t) {
    return `**Blocked:** the risk score ${report.score} is at or above ${at}. To unblock, fix findings until the score is below ${t.score}${label('the risk')}.`;
  }
  if (t && t !== 'never' && t.level !== 'none') {
    const n = blockingFindings(report, t.level);
    const which = n === 1 ? '1 finding is' : `${n} findings are`;
    return `**Blocked:** ${which} at or above ${at}. To unblock, fix ${n === 1 ? 'it' : 'them'}${label(n === 1 ? 'it' : 'them')}.`;
  }
  const all = report.findings.length === 1 ? 'the finding' : `the ${plural(report.findings.length, 'finding')}`;
  const why = t ? `${at} blocks on any finding` : `the report is at or above ${at}`;
  return `**Blocked:** ${why}. To unblock, fix ${all}${label(report.findings.length === 1 ? 'it' : 'them')}.`;
}

/** "Risk score 93/100 · 7 findings: 6 high, 1 low · 8 statements reviewed in 2 files, 3 fine." */
export function statsLine(report: Report): string {
  const parts: string[] = [];
  if (report.findings.length) {
    const by = SEVERITIES.slice().reverse()
      .map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    parts.push(`Risk score **${report.score}/100**`, `**${plural(report.findings.length, 'finding')}**: ${by.join(', ')}`);
  }
  const reviewed = statementsReviewed(report);
  if (reviewed.total) {
    const fine = reviewed.fine === reviewed.total ? 'all fine' : `${reviewed.fine} fine`;
    parts.push(`${plural(reviewed.total, 'statement')} reviewed in ${plural(reviewed.files, 'file')}, ${fine}`);
  }
  return parts.length ? `${parts.join(' · ')}.` : '';
}

/**
 * Statements of the pull request's files, and how many of them no finding (or acknowledged
 * finding) points at. A finding is reported at its statement's first line, so distinct
 * file:line pairs count the statements that have one; a finding on a line that starts no
 * statement can only make "fine" smaller, never claim a statement fine that is not.
 */
function statementsReviewed(report: Report): { total: number; fine: number; files: number } {
  const files = report.files.filter((f) => f.statements > 0);
  const total = files.reduce((n, f) => n + f.statements, 0);
  const paths = new Set(files.map((f) => f.path));
  const flagged = new Set([...report.findings, ...report.acknowledged].filter((f) => paths.has(f.file)).map((f) => `${f.line}:${f.file}`));
  return { total, fine: Math.max(0, total - flagged.size), files: files.length };
}

/** The check run's title: the verdict, the count, the risk (at most 255 characters, cut by the caller). */
export function checkRunTitle(report: Report, gate: GateOutcome): string {
  const kind = verdictKind(report, gate);
  if (!report.findings.length) return report.files.length ? 'Passes: no risky changes' : 'No migration files changed';
  const what = `${plural(report.findings.length, 'finding')}, ${report.level} risk (score ${report.score}/100)`;
  if (kind === 'blocked') return `Blocked at fail-on ${gate.failOn}: ${what}`;
  return kind === 'approved' ? `Passes, approved by label: ${what}` : `Passes: ${what}`;
}
