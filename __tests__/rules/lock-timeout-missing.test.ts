import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'lock-timeout-missing';
const BASE = [
  'CREATE TABLE customers (id bigint PRIMARY KEY);',
  'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, note text);',
  'CREATE INDEX orders_note_idx ON orders (note);',
  'CREATE MATERIALIZED VIEW order_counts AS SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;',
].join('\n');

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('lock-timeout-missing', () => {
  it('reports once per file, at the first statement, counting the others', async () => {
    const sql = [
      'CREATE TABLE tags (id bigint);',
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
      'CREATE INDEX CONCURRENTLY orders_shipped_idx ON orders (shipped_at);',
      'ALTER TABLE customers ADD COLUMN vip boolean;',
      'ALTER TABLE orders ALTER COLUMN note SET DEFAULT \'\';',
    ].join('\n');
    const [f, ...rest] = await hits({ before: BASE, sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 2, endLine: 2, severity: 'low', category: 'locking' });
    expect(f.message).toContain('This statement takes ACCESS EXCLUSIVE on orders with no lock_timeout set');
    expect(f.message).toContain('3 statements in this file take such a lock (lines 2, 4, 5, on orders, customers).');
    expect(f.replacement).toBe("SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;");
  });

  it('uses SET LOCAL in a file that runs in a transaction', async () => {
    const [f] = await hits({ before: BASE, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;', format: 'goose' });
    expect(f.line).toBe(2);
    expect(f.replacement).toBe("SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;");
  });

  it("in a Flyway migration Flyway runs outside a transaction, points to initSql instead of a SET in the file", async () => {
    const [f] = await hits({ before: BASE, sql: 'VACUUM FULL orders;', format: 'flyway' });
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain("initSql=SET lock_timeout = '5s'");
  });

  it('reports each file of the pull request on its own', async () => {
    const files = {
      before: { 'migrations/001_initial.sql': BASE },
      head: {
        'migrations/001_initial.sql': BASE,
        'migrations/002_a.sql': 'ALTER TABLE orders ADD COLUMN a int;',
        'migrations/003_b.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN b int;",
        'migrations/004_c.sql': 'SELECT 1;\nALTER TABLE customers ADD COLUMN c int;',
      },
    };
    const found = await hits({ sql: '', files });
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/002_a.sql:1', 'migrations/004_c.sql:2']);
  });

  it.each([
    ['DROP INDEX', 'DROP INDEX orders_note_idx;'],
    ['REINDEX INDEX', 'REINDEX INDEX orders_note_idx;'],
    ['REFRESH MATERIALIZED VIEW', 'REFRESH MATERIALIZED VIEW order_counts;'],
    ['VACUUM FULL', 'VACUUM FULL orders;'],
    ['CLUSTER', 'CLUSTER orders USING orders_pkey;'],
    ['TRUNCATE', 'TRUNCATE orders;'],
    ['DROP TABLE', 'DROP TABLE orders CASCADE;'],
    ['ADD CHECK', 'ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0) NOT VALID;'],
  ])('counts %s', async (_name, sql) => {
    expect(await hits({ before: BASE, sql })).toHaveLength(1);
  });

  it('a lock_timeout set after the first statement does not cover it', async () => {
    const [f] = await hits({ before: BASE, sql: "ALTER TABLE orders ADD COLUMN a int;\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN b int;" });
    expect(f.line).toBe(1);
    expect(f.message).not.toContain('statements in this file');
  });

  it.each([
    ['lock_timeout = 0', "SET lock_timeout = 0;\nALTER TABLE orders ADD COLUMN a int;"],
    ["lock_timeout = '0'", "SET lock_timeout = '0';\nALTER TABLE orders ADD COLUMN a int;"],
    ['RESET lock_timeout', "SET lock_timeout = '5s';\nRESET lock_timeout;\nALTER TABLE orders ADD COLUMN a int;"],
    ['SET LOCAL outside a transaction block (no effect)', "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;"],
    ['SET LOCAL of a transaction that has committed', "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\nALTER TABLE orders ADD COLUMN b int;"],
    ['statement_timeout instead of lock_timeout', "SET statement_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;"],
  ])('still reports with %s', async (_name, sql) => {
    const found = await hits({ before: BASE, sql });
    expect(found).toHaveLength(1);
  });

  it('after a committed SET LOCAL, points at the first uncovered statement', async () => {
    const [f] = await hits({ before: BASE, sql: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\nALTER TABLE orders ADD COLUMN b int;" });
    expect(f.line).toBe(5);
  });

  it('counts a table that predates the migration history, but not DROP … IF EXISTS of one', async () => {
    const [f] = await hits({ before: BASE, sql: 'DROP TABLE IF EXISTS legacy_sessions;\nALTER TABLE legacy_accounts ADD COLUMN note text;' });
    expect(f.line).toBe(2);
    expect(f.message).toContain('ACCESS EXCLUSIVE on legacy_accounts');
    expect(f.message).not.toContain('statements in this file');
  });

  describe('stays quiet', () => {
    it('with SET lock_timeout earlier in the file', async () => {
      expect(await hits({ before: BASE, sql: "SET lock_timeout TO '5s';\nALTER TABLE orders ADD COLUMN a int;\nDROP INDEX orders_note_idx;" })).toEqual([]);
    });

    it("with SELECT set_config('lock_timeout', …) earlier in the file", async () => {
      expect(await hits({ before: BASE, sql: "SELECT set_config('lock_timeout', '5s', false);\nALTER TABLE orders ADD COLUMN a int;" })).toEqual([]);
    });

    it('with SET LOCAL inside the same BEGIN … COMMIT', async () => {
      expect(await hits({ before: BASE, sql: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;" })).toEqual([]);
    });

    it('with SET LOCAL in a goose file, which is one transaction', async () => {
      expect(await hits({ before: BASE, sql: "SET LOCAL lock_timeout = '3s';\nALTER TABLE orders ADD COLUMN a int;", format: 'goose' })).toEqual([]);
    });

    it('on tables created in the pull request', async () => {
      expect(await hits({ before: BASE, sql: 'CREATE TABLE tags (id bigint);\nALTER TABLE tags ADD COLUMN name text;\nDROP TABLE tags;' })).toEqual([]);
    });

    it('for statements that take weaker locks', async () => {
      const sql = [
        'CREATE INDEX CONCURRENTLY orders_cust_idx ON orders (customer_id);',
        'CREATE INDEX orders_cust2_idx ON orders (customer_id, id);',
        'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;',
        'DROP INDEX CONCURRENTLY orders_note_idx;',
        'REFRESH MATERIALIZED VIEW CONCURRENTLY order_counts;',
        'VACUUM orders;',
        "UPDATE orders SET note = '' WHERE id = 1;",
      ].join('\n');
      expect(await hits({ before: BASE, sql })).toEqual([]);
    });

    it('when nothing in the file takes a lock', async () => {
      expect(await hits({ before: BASE, sql: 'SELECT 1;' })).toEqual([]);
    });
  });
});
