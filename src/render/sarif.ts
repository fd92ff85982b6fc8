import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { Rule } from '../rules/rule.js';
import { clip, SARIF_MAX_BYTES, SARIF_MAX_RESULTS, utf8Bytes } from './size.js';
import { compareText } from '../model/text-order.js';

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** Longest message text of one result. */
const MESSAGE_CHARS = 4_000;

/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif), within what GitHub accepts:
 * at most SARIF_MAX_RESULTS results, most severe first (GitHub keeps only the top 5,000 of a run
 * anyway), and a file under 10 MB. What was left out is said in a tool notification.
 */
export function renderSarif(report: Report, rules: readonly Rule[]): string {
  const ordered = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareText(a.file, b.file) || a.line - b.line);
  let kept = Math.min(ordered.length, SARIF_MAX_RESULTS);
  let text = render(report, rules, ordered, kept);
  // Rarely needed (huge messages or paths): drop the least severe results until the file fits.
  while (utf8Bytes(text) > SARIF_MAX_BYTES && kept > 0) {
    kept = Math.floor(kept * 0.9);
    text = render(report, rules, ordered, kept);
  }
  return text;
}

function render(report: Report, rules: readonly Rule[], ordered: Finding[], kept: number): string {
  const findings = ordered.slice(0, kept);
  const used = new Set(findings.map((f) => f.rule));
  const driverRules = rules.filter((r) => used.has(r.id)).map((r): ReportingDescriptor => ({
    id: r.id,
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: r.docs.why },
    help: { text: r.docs.fix, markdown: `**Why:** ${r.docs.why}\n\n**Safe way:** ${r.docs.fix}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, tags: [r.category] },
  }));
  const left = ordered.length - kept;
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Migra', version: report.tool.version, rules: driverRules } },
      ...(left > 0
        ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: `${left} of ${ordered.length} findings (the least severe) were left out to stay within GitHub's code scanning limits; the report JSON has them all.` } }] }] }
        : {}),
      results: findings.map((f): Result => ({
        ruleId: f.rule,
        ruleIndex: driverRules.findIndex((r) => r.id === f.rule),
        level: LEVEL[f.severity],
        message: { text: clip(`${f.message} ${f.fix}`, MESSAGE_CHARS) },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, endLine: f.endLine } } }],
        partialFingerprints: { migraRuleLine: clip(`${f.rule}:${f.file}:${f.message}`, 1_000) },
        properties: { severity: f.severity, category: f.category },
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
