import type { Finding, Severity } from '../model/finding.js';
import type { Level } from '../model/report.js';
import type { FailOn } from '../config/model.js';
import { LEVELS } from '../model/report.js';

/**
 * How much one finding of each severity raises the risk, as a probability-like weight.
 * score = 100 × (1 − Π(1 − w)) over all findings: 0 with no findings, never above 100,
 * and every added finding raises it (monotonic). One critical alone scores 60, one high 35.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = {
  critical: 0.6,
  high: 0.35,
  medium: 0.15,
  low: 0.05,
  info: 0,
};

export function riskScore(findings: readonly Finding[]): number {
  let keep = 1;
  for (const f of findings) keep *= 1 - SEVERITY_WEIGHT[f.severity];
  return Math.round(100 * (1 - keep));
}

/** The level is the highest severity found, so three medium findings never fail a `high` gate. */
export function riskLevel(findings: readonly Finding[]): Level {
  let best = 0;
  for (const f of findings) {
    const rank = f.severity === 'info' ? 0 : LEVELS.indexOf(f.severity as Level);
    best = Math.max(best, rank);
  }
  return LEVELS[best];
}

/** Whether the report fails the gate. `none` fails on any finding, `never` never does. */
export function failsGate(score: number, level: Level, findings: number, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if ('score' in failOn) return findings > 0 && score >= failOn.score;
  if (failOn.level === 'none') return findings > 0;
  return LEVELS.indexOf(level) >= LEVELS.indexOf(failOn.level);
}
