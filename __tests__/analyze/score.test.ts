import { failsGate, riskLevel, riskScore } from '../../src/analyze/score.js';
import type { Finding, Severity } from '../../src/model/finding.js';

const f = (severity: Severity): Finding => ({ rule: 'r', severity, category: 'locking', file: 'a.sql', line: 1, endLine: 1, message: 'm', why: 'w', fix: 'x' });

describe('risk score', () => {
  it('is 0 with nothing found', () => {
    expect(riskScore([])).toBe(0);
    expect(riskLevel([])).toBe('none');
  });
  it('follows the documented formula', () => {
    expect(riskScore([f('critical')])).toBe(60);
    expect(riskScore([f('high')])).toBe(35);
    expect(riskScore([f('medium')])).toBe(15);
    expect(riskScore([f('low')])).toBe(5);
    expect(riskScore([f('high'), f('high')])).toBe(58);
    expect(riskScore([f('critical'), f('high'), f('medium')])).toBe(78);
  });
  it('never decreases when a finding is added and never exceeds 100', () => {
    const all: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
    let list: Finding[] = [];
    let last = 0;
    for (let i = 0; i < 60; i++) {
      list = [...list, f(all[(i * 7) % 5])];
      const s = riskScore(list);
      expect(s).toBeGreaterThanOrEqual(last);
      expect(s).toBeLessThanOrEqual(100);
      last = s;
    }
  });
  it('takes the level from the most severe finding', () => {
    expect(riskLevel([f('medium'), f('medium'), f('medium')])).toBe('medium');
    expect(riskLevel([f('low'), f('critical')])).toBe('critical');
    expect(riskLevel([f('info')])).toBe('none');
  });
  it('decides the gate', () => {
    expect(failsGate(35, 'high', 1, { level: 'high' })).toBe(true);
    expect(failsGate(15, 'medium', 1, { level: 'high' })).toBe(false);
    expect(failsGate(15, 'medium', 1, { score: 15 })).toBe(true);
    expect(failsGate(0, 'none', 0, { score: 0 })).toBe(false);
    expect(failsGate(5, 'low', 1, { level: 'none' })).toBe(true);
    expect(failsGate(100, 'critical', 9, 'never')).toBe(false);
  });
});
