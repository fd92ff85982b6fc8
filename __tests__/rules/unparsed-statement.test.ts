import { runExample } from '../../src/analyze/run-example.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const of = (r: Report, rule = 'unparsed-statement') => r.findings.filter((f) => f.rule === rule);
const run = (ex: RuleExample) => runExample(ex, RULES);

describe('unparsed-statement', () => {
  it('reports the statement on its lines, quoting the parser', async () => {
    const report = await run({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);', sql: 'SELECT 1;\nALTER TABEL users\n  ADD COLUMN name text;\nALTER TABLE users DROP COLUMN legacy;' });
    const [f, ...rest] = of(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'medium', category: 'process', line: 2, endLine: 3 });
    expect(f.message).toMatch(/^Migra could not parse "ALTER TABEL users ADD COLUMN name text", so none of its effects were checked\. The parser says: .*TABEL/);
    // The rest of the file is still analyzed.
    expect(of(report, 'drop-column').map((d) => d.line)).toEqual([4]);
  });

  it.each(['mysql', 'sqlite'] as const)('reports it on %s', async (dialect) => {
    const report = await run({ before: 'CREATE TABLE users (id integer PRIMARY KEY);', sql: 'ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users FROBNICATE;', dialect });
    expect(of(report).map((f) => f.line)).toEqual([2]);
  });

  it('can be acknowledged with a reason', async () => {
    const report = await run({ sql: '-- migra:ignore unparsed-statement reason: vendor extension, reviewed by hand\nALTER TABEL users ADD COLUMN name text;' });
    expect(of(report)).toEqual([]);
    expect(report.acknowledged.map((f) => [f.rule, f.line])).toEqual([['unparsed-statement', 2]]);
  });

  describe('quiet', () => {
    it.each([
      ['postgresql', 'CREATE INDEX CONCURRENTLY users_name_idx ON users (name);'],
      ['postgresql', 'DO $$ BEGIN RAISE NOTICE \'hi\'; END $$;'],
      ['mysql', 'ALTER TABLE users ADD COLUMN email varchar(255) NOT NULL DEFAULT \'\', ALGORITHM=INSTANT;'],
      ['sqlite', 'CREATE TABLE IF NOT EXISTS tags (id integer PRIMARY KEY AUTOINCREMENT, name text);'],
    ] as const)('for valid %s: %s', async (dialect, sql) => {
      const report = await run({ before: 'CREATE TABLE users (id integer PRIMARY KEY, name text);', sql, dialect });
      expect(of(report)).toEqual([]);
    });
  });
});
