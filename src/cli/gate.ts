import type { CheckResult } from '../analyze/check-repo.js';
import { failsGate } from '../analyze/score.js';
import { DEFAULT_APPROVE_LABEL, describeFailOn } from '../config/model.js';
import type { GateOutcome } from '../render/verdict.js';

/** The gate `migra check` applies (its exit status), worded in the markdown as the action words it. */
export function cliGate(result: Pick<CheckResult, 'report' | 'config' | 'failOn'>): GateOutcome {
  const { report, failOn } = result;
  return {
    failing: failsGate(report.score, report.level, report.findings.length, failOn),
    failOn: describeFailOn(failOn),
    approveLabel: result.config.approveLabel ?? DEFAULT_APPROVE_LABEL,
  };
}
