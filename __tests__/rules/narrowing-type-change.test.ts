import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample, rule = 'narrowing-type-change') => (await runExample(ex, RULES)).findings.filter((f) => f.rule === rule);

const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2), note varchar(200), qty bigint, placed_at timestamptz, code text);';

describe('narrowing-type-change', () => {
  it('names the column, both types and what no longer fits, on the statement line', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: "SET lock_timeout = '1s';\nALTER TABLE orders ALTER COLUMN total TYPE numeric(10,2);" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'data-loss', line: 2, endLine: 2 });
    expect(f.message).toBe('Changing orders.total from numeric(12,2) to numeric(10,2) narrows it: values with more than 8 digits before the decimal point do not fit.');
    expect(f.fix).toContain('SELECT count(*) FROM orders WHERE abs(total) >= 1e8');
    expect(f.why).toMatch(/first value that does not fit makes the whole migration fail/);
  });

  it('reports a shorter varchar with a length query', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN note TYPE varchar(50);' });
    expect(f.message).toBe('Changing orders.note from varchar(200) to varchar(50) narrows it: values longer than 50 characters do not fit.');
    expect(f.fix).toContain('SELECT count(*) FROM orders WHERE char_length(note) > 50');
  });

  it('reports text to varchar(n)', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN code TYPE varchar(16);' });
    expect(f.message).toMatch(/from text to varchar\(16\) narrows it: text has no length limit/);
  });

  it('reports a smaller integer with a range query', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN qty TYPE integer;' });
    expect(f.message).toMatch(/integer holds -2147483648 to 2147483647/);
    expect(f.fix).toContain('WHERE qty NOT BETWEEN -2147483648 AND 2147483647');
  });

  it('reports timestamptz to timestamp as a silent change, not a failing one', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp;' });
    expect(f.message).toMatch(/the time zone is dropped/);
    expect(f.why).not.toMatch(/Application code that writes/);
  });

  it('reports timestamptz to date', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN placed_at TYPE date;' });
    expect(f.message).toMatch(/the time of day is dropped/);
  });

  it('reports MODIFY on MySQL, with the strict-mode consequence', async () => {
    const [f] = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, nickname varchar(100) NOT NULL);', sql: 'ALTER TABLE users MODIFY nickname varchar(30) NOT NULL;', dialect: 'mysql' });
    expect(f.message).toBe('Changing users.nickname from varchar(100) to varchar(30) narrows it: values longer than 30 characters do not fit.');
    expect(f.why).toMatch(/strict mode/);
  });

  it('reports CHANGE COLUMN on MySQL that renames and narrows', async () => {
    const found = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100));', sql: 'ALTER TABLE users CHANGE COLUMN name full_name varchar(40);', dialect: 'mysql' });
    expect(found.map((f) => f.message)).toEqual(['Changing users.full_name from varchar(100) to varchar(40) narrows it: values longer than 40 characters do not fit.']);
  });

  it('reports on MariaDB', async () => {
    const found = await hits({ before: 'CREATE TABLE t (id bigint PRIMARY KEY, n bigint);', sql: 'ALTER TABLE t MODIFY n smallint;', dialect: 'mariadb' });
    expect(found).toHaveLength(1);
  });

  it('follows a column rename made earlier in the pull request', async () => {
    const found = await hits({ before: ORDERS, sql: 'ALTER TABLE orders RENAME COLUMN note TO remark;\nALTER TABLE orders ALTER COLUMN remark TYPE varchar(10);' });
    expect(found.map((f) => f.line)).toEqual([2]);
  });

  it('reports lowering interval precision, which rounds the values (issue 10)', async () => {
    const [f] = await hits({ before: 'CREATE TABLE jobs (id bigint PRIMARY KEY, took interval);', sql: 'ALTER TABLE jobs ALTER COLUMN took TYPE interval(0);' });
    expect(f.message).toBe('Changing jobs.took from interval to interval(0) narrows it: fractional seconds are rounded away.');
  });

  describe('quiet', () => {
    it.each([
      ['a longer varchar', 'note TYPE varchar(500)'],
      ['varchar to text', 'note TYPE text'],
      ['more integer digits with the same scale', 'total TYPE numeric(14,2)'],
      ['a larger integer', 'qty TYPE numeric(20,0)'],
      ['timestamptz kept', 'placed_at TYPE timestamptz'],
    ])('for %s', async (_what, change) => {
      expect(await hits({ before: ORDERS, sql: `ALTER TABLE orders ALTER COLUMN ${change};` })).toEqual([]);
    });
    it('for a lossy conversion, which lossy-type-change reports instead', async () => {
      const sql = 'ALTER TABLE orders ALTER COLUMN code TYPE integer USING code::integer;';
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
      expect(await hits({ before: ORDERS, sql }, 'lossy-type-change')).toHaveLength(1);
    });
    it('for a column added in the same pull request', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN ref varchar(64);\nALTER TABLE orders ALTER COLUMN ref TYPE varchar(8);' })).toEqual([]);
    });
    it('for a table created in the same pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE coupons (code varchar(50));\nALTER TABLE coupons ALTER COLUMN code TYPE varchar(10);' })).toEqual([]);
    });
    it('for a MySQL MODIFY that repeats the type to change only nullability', async () => {
      const ex: RuleExample = { before: 'CREATE TABLE users (id bigint PRIMARY KEY, nickname varchar(100));', sql: 'ALTER TABLE users MODIFY nickname varchar(100) NOT NULL;', dialect: 'mysql' };
      const report = await runExample(ex, RULES);
      expect(report.findings.filter((f) => /type-change/.test(f.rule))).toEqual([]);
    });
    it('for a MySQL int display width change', async () => {
      expect(await hits({ before: 'CREATE TABLE t (id int(11) PRIMARY KEY);', sql: 'ALTER TABLE t MODIFY id int;', dialect: 'mysql' })).toEqual([]);
    });
  });
});
