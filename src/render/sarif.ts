import type { Severity } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { Rule } from '../rules/rule.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif). */
export function renderSarif(report: Report, rules: readonly Rule[]): string {
  const used = new Set(report.findings.map((f) => f.rule));
  const driverRules = rules.filter((r) => used.has(r.id)).map((r) => ({
    id: r.id,
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: r.docs.why },
    help: { text: r.docs.fix, markdown: `**Why:** ${r.docs.why}\n\n**Safe way:** ${r.docs.fix}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, tags: [r.category] },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Migra', version: report.tool.version, rules: driverRules } },
      results: report.findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: driverRules.findIndex((r) => r.id === f.rule),
        level: LEVEL[f.severity],
        message: { text: `${f.message} ${f.fix}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, endLine: f.endLine } } }],
        partialFingerprints: { migraRuleLine: `${f.rule}:${f.file}:${f.message}` },
        properties: { severity: f.severity, category: f.category },
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
