import { runExample } from '../../src/analyze/run-example.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const of = (r: Report) => r.findings.filter((f) => f.rule === 'ignore-without-reason');
const run = (ex: RuleExample) => runExample(ex, RULES);
const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text, old text);';

describe('ignore-without-reason', () => {
  it('reports a statement directive without a reason, on the directive line', async () => {
    const report = await run({ before: USERS, sql: 'SELECT 1;\n-- migra:ignore drop-column,lock-timeout-missing\nALTER TABLE users DROP COLUMN legacy;' });
    const [f, ...rest] = of(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'low', category: 'process', file: 'migrations/002_change.sql', line: 2, endLine: 2, statement: '-- migra:ignore drop-column,lock-timeout-missing' });
    expect(f.message).toBe('This migra:ignore directive silences drop-column, lock-timeout-missing without giving a reason.');
  });

  it('reports a file directive and a directive for every rule', async () => {
    const report = await run({ before: USERS, sql: '-- migra:ignore-file\nALTER TABLE users DROP COLUMN legacy;\n-- migra:ignore\nALTER TABLE users DROP COLUMN old;' });
    expect(of(report).map((f) => [f.line, f.message])).toEqual([
      [1, 'This migra:ignore-file directive silences every rule for the whole file without giving a reason.'],
      [3, 'This migra:ignore directive silences every rule without giving a reason.'],
    ]);
  });

  it('is not silenced by the directive it is about', async () => {
    const report = await run({ before: USERS, sql: '-- migra:ignore\nALTER TABLE users DROP COLUMN legacy;' });
    expect(of(report)).toHaveLength(1);
    expect(report.acknowledged.map((f) => f.rule)).toContain('drop-column');
  });

  it('reports it on MySQL and SQLite', async () => {
    for (const dialect of ['mysql', 'sqlite'] as const) {
      const report = await run({ before: 'CREATE TABLE users (id integer PRIMARY KEY, legacy text);', sql: '-- migra:ignore drop-column\nALTER TABLE users DROP COLUMN legacy;', dialect });
      expect(of(report).map((f) => f.line)).toEqual([1]);
    }
  });

  describe('quiet', () => {
    it.each([
      ['reason:', '-- migra:ignore drop-column reason: unused since v2'],
      ['a dash', '-- migra:ignore drop-column - unused since v2'],
      ['free text', '-- migra:ignore drop-column unused since v2'],
      ['a file directive with a reason', '-- migra:ignore-file drop-column reason: archive table'],
    ])('for a directive with %s', async (_what, directive) => {
      expect(of(await run({ before: USERS, sql: `${directive}\nALTER TABLE users DROP COLUMN legacy;` }))).toEqual([]);
    });
    it('for directives in migrations that are already on the base branch', async () => {
      const base = { 'migrations/001_init.sql': `-- migra:ignore\n${USERS}\n` };
      expect(of(await run({ sql: '', files: { before: base, head: { ...base, 'migrations/002_more.sql': 'SELECT 1;\n' } } }))).toEqual([]);
    });
    it('for text that only mentions migra:ignore in the middle of a comment', async () => {
      expect(of(await run({ before: USERS, sql: '-- see the docs on migra:ignore\nSELECT 1;' }))).toEqual([]);
    });
  });
});
