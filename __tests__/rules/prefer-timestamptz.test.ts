import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'prefer-timestamptz';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamp NOT NULL, paid_at timestamptz);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES, { rules: { [ID]: 'low' } });
  return report.findings.filter((f) => f.rule === ID);
}

describe('prefer-timestamptz', () => {
  it('reports a timestamp column of a new table, naming it, with the exact rewrite', async () => {
    const [f, ...rest] = await hits({ sql: 'SELECT 1;\nCREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'low', category: 'hygiene' });
    expect(f.message).toContain('events.happened_at');
    expect(f.replacement).toBe('CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL);');
  });

  it('reports every spelling: timestamp(p), WITHOUT TIME ZONE, arrays, in one finding per statement', async () => {
    const sql = 'CREATE TABLE events (a TIMESTAMP(3) WITHOUT TIME ZONE, b timestamp without time zone, c timestamp[]);';
    const [f, ...rest] = await hits({ sql });
    expect(rest).toEqual([]);
    expect(f.message).toContain('events.a, events.b and events.c are');
    expect(f.replacement).toBe('CREATE TABLE events (a TIMESTAMPTZ(3), b timestamptz, c timestamptz[]);');
  });

  it('reports ADD COLUMN and ALTER COLUMN TYPE on an existing table (no rewrite offered for the type change)', async () => {
    const [add] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamp;' });
    expect(add.replacement).toBe('ALTER TABLE orders ADD COLUMN shipped_at timestamptz;');
    const [alter] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN paid_at TYPE timestamp;' });
    expect(alter.message).toContain('orders.paid_at');
    expect(alter.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('for timestamptz, in either spelling', async () => {
      expect(await hits({ sql: 'CREATE TABLE events (a timestamptz, b timestamp with time zone, c timestamptz(3));' })).toEqual([]);
    });

    it('for date, time and interval', async () => {
      expect(await hits({ sql: 'CREATE TABLE slots (d date, t time, i interval);' })).toEqual([]);
    });

    it('for old timestamp columns the pull request does not touch', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ALTER COLUMN created_at SET DEFAULT now();' })).toEqual([]);
    });

    it('for CREATE TABLE / ADD COLUMN IF NOT EXISTS of something that already exists', async () => {
      expect(await hits({ before: ORDERS, sql: 'CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, created_at timestamp NOT NULL);' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS created_at timestamp;' })).toEqual([]);
    });

    it('for a timestamp column converted to timestamptz', async () => {
      expect(await hits({ before: ORDERS, sql: "ALTER TABLE orders ALTER COLUMN created_at TYPE timestamptz USING created_at AT TIME ZONE 'UTC';" })).toEqual([]);
    });

    it('for what never reaches production: temporary tables, tables and columns the pull request drops again', async () => {
      expect(await hits({ sql: 'CREATE TEMP TABLE staging (at timestamp);\nCREATE TABLE import_rows (at timestamp);\nDROP TABLE import_rows;' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN tmp timestamp;\nALTER TABLE orders DROP COLUMN tmp;' })).toEqual([]);
    });

    it('on MySQL, whose TIMESTAMP is stored in UTC', async () => {
      expect(await hits({ dialect: 'mysql', sql: 'CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL);' })).toEqual([]);
    });

    it('unless it is turned on', async () => {
      const report = await runExample({ sql: 'CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp);' }, RULES);
      expect(report.findings.filter((f) => f.rule === ID)).toEqual([]);
    });
  });
});
