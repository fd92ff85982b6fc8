import type { Config } from '../config/model.js';
import type { AcknowledgedFinding, Finding, Severity } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import type { Statement } from '../model/operation.js';
import { directiveCovers } from '../frontends/directives.js';
import { unmaskTemplates } from '../frontends/sql/templates.js';
import type { OfflineConcern, ReviewedOp, Rule, RuleHit } from '../rules/rule.js';
import { inverseOf, type Inverse } from './rollback.js';
import { compareText } from '../model/text-order.js';

export interface Sorted {
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
}

/** What `deploy: offline` adds to a finding's message when it turns the finding into info. */
const OFFLINE_NOTE: Record<OfflineConcern, string | undefined> = {
  lock: 'Info only: this project migrates with the application stopped (deploy: offline), so no query waits on the lock.',
  'running-app': 'Info only: this project migrates with the application stopped (deploy: offline), so no old code runs against the new schema; deploy the code that matches it together with the migration.',
  stays: undefined,
};

/**
 * Turn rule hits into findings: config severities, `migra:ignore` acknowledgements, rollback SQL
 * (from `inverse`, which knows the table rebuilds an operation may be a step of).
 */
export function toFindings(rule: Rule, hits: RuleHit[], config: Config, inverse?: (r: ReviewedOp) => Inverse): Sorted {
  const out: Sorted = { findings: [], acknowledged: [] };
  const configured = config.rules[rule.id];
  for (const hit of hits) {
    const at = hit.at;
    // deploy: offline: lock and running-application findings become info that says why.
    const offline = config.deploy === 'offline' ? OFFLINE_NOTE[hit.offline ?? rule.offline ?? 'stays'] : undefined;
    const f: Finding = {
      rule: rule.id,
      severity: configured && configured !== 'off' ? configured : offline ? 'info' : hit.severity ?? rule.severity,
      category: rule.category,
      file: at.file,
      line: at.line,
      endLine: at.endLine,
      // Names hold the placeholders masked templates became; people read what the author wrote.
      message: unmaskTemplates(hit.message) + (offline ? ` ${offline}` : ''),
      why: unmaskTemplates(hit.why ?? rule.docs.why),
      fix: unmaskTemplates(hit.fix ?? rule.docs.fix),
    };
    if (hit.replacement) f.replacement = hit.replacement;
    if (hit.op) {
      const inv = inverse ? inverse(hit.op) : inverseOf(hit.op.op, hit.op.before);
      if (inv.sql) f.rollback = unmaskTemplates(inv.sql);
    }
    if (at.text) f.statement = at.text;
    if (hit.verified) f.verified = hit.verified;
    if (hit.impact) f.impact = unmaskTemplates(hit.impact);
    if (hit.sizing) f.severity = resized(f.severity, hit.sizing);
    const directive = isStatement(at) ? at.ignored?.find((d) => directiveCovers(d, rule.id)) : undefined;
    // ignore-without-reason is about the directive itself, so it cannot be silenced by it.
    if (directive && rule.id !== 'ignore-without-reason') out.acknowledged.push({ ...f, reason: directive.reason ?? '' });
    else out.findings.push(f);
  }
  return out;
}

/** The severity the live numbers give a finding (analyze/live-impact.ts): info stays info, except a certain failure. */
function resized(s: Severity, sizing: NonNullable<RuleHit['sizing']>): Severity {
  if (sizing === 'fails') return 'critical';
  if (sizing === 'small') return severityRank(s) > severityRank('low') ? 'low' : s;
  return s === 'medium' ? 'high' : s;
}

function isStatement(a: RuleHit['at']): a is Statement {
  return 'index' in a && 'inTransaction' in a;
}

/** Whether config turns the rule on: a severity turns on a rule that is off by default, `off` turns any off. */
export function isEnabled(rule: Rule, config: Config): boolean {
  const c = config.rules[rule.id];
  return c ? c !== 'off' : !rule.defaultOff;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || severityRank(b.severity) - severityRank(a.severity) || compareText(a.rule, b.rule);
}
