import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'drop-default';
const ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'new', note text DEFAULT '', code text NOT NULL);";
const MY_ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'new', note varchar(20) DEFAULT '', code varchar(20) NOT NULL);";

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('drop-default', () => {
  it('reports DROP DEFAULT on an existing NOT NULL column with a default, naming it', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'SELECT 1;\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'low', category: 'compatibility' });
    expect(f.message).toContain('orders.status');
  });

  it('reports MySQL MODIFY that leaves the default out', async () => {
    const [f] = await hits({ dialect: 'mysql', before: MY_ORDERS, sql: 'ALTER TABLE orders MODIFY status varchar(40) NOT NULL;' });
    expect(f.message).toContain('orders.status');
  });

  it('still reports a DROP DEFAULT whose SET DEFAULT comes in a later transaction', async () => {
    const sql = "BEGIN;\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nCOMMIT;\nBEGIN;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\nCOMMIT;";
    expect((await hits({ before: ORDERS, sql })).map((f) => f.line)).toEqual([2]);
  });

  describe('stays quiet', () => {
    it('for a nullable column', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;' })).toEqual([]);
    });

    it('for a column that had no default', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN code DROP DEFAULT;' })).toEqual([]);
    });

    it('for a default set earlier in this pull request', async () => {
      expect(await hits({ before: ORDERS, sql: "ALTER TABLE orders ALTER COLUMN code SET DEFAULT 'x';\nALTER TABLE orders ALTER COLUMN code DROP DEFAULT;" })).toEqual([]);
    });

    it('for MySQL MODIFY restating the default, or on a column without one', async () => {
      expect(await hits({ dialect: 'mysql', before: MY_ORDERS, sql: "ALTER TABLE orders MODIFY status varchar(40) NOT NULL DEFAULT 'new';" })).toEqual([]);
      expect(await hits({ dialect: 'mysql', before: MY_ORDERS, sql: 'ALTER TABLE orders MODIFY code varchar(40) NOT NULL;' })).toEqual([]);
    });

    it('for MySQL MODIFY that also makes the column nullable (drop-not-null covers it)', async () => {
      expect(await hits({ dialect: 'mysql', before: MY_ORDERS, sql: 'ALTER TABLE orders MODIFY status varchar(40);' })).toEqual([]);
    });

    it('for a column added in this pull request', async () => {
      const sql = "ALTER TABLE orders ADD COLUMN kind text NOT NULL DEFAULT 'a';\nALTER TABLE orders ALTER COLUMN kind DROP DEFAULT;";
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
    });

    it('for a DROP DEFAULT that a later statement of the same transaction sets again (issue 10, Lemmy)', async () => {
      const sql = "BEGIN;\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nALTER TABLE orders ALTER COLUMN status TYPE varchar(40);\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\nCOMMIT;";
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
    });

    it('for a table created in this pull request', async () => {
      expect(await hits({ sql: "CREATE TABLE drafts (id bigint PRIMARY KEY, state text NOT NULL DEFAULT 'x');\nALTER TABLE drafts ALTER COLUMN state DROP DEFAULT;" })).toEqual([]);
    });
  });
});
