import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';

// Every rule's documented examples are tests: a bad example must raise the rule, a good one must not.
describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.docs.bad.map((ex, i) => [i, ex] as const))('bad example %i raises it', async (_i, ex) => {
    const report = await runExample(ex, RULES, { rules: rule.defaultOff ? { [rule.id]: rule.severity } : {} });
    expect(report.findings.map((f) => f.rule)).toContain(rule.id);
  });
  it.each(rule.docs.good.map((ex, i) => [i, ex] as const))('good example %i stays quiet', async (_i, ex) => {
    const report = await runExample(ex, RULES, { rules: rule.defaultOff ? { [rule.id]: rule.severity } : {} });
    expect(report.findings.filter((f) => f.rule === rule.id)).toEqual([]);
  });
  it('has complete docs', () => {
    expect(rule.docs.bad.length).toBeGreaterThan(0);
    expect(rule.docs.good.length).toBeGreaterThan(0);
    expect(rule.docs.summary).toMatch(/\.$/);
  });
});
