import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'check-without-not-valid';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint, currency text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('check-without-not-valid', () => {
  it('reports the constraint with the table and the lock, and rewrites it as NOT VALID + VALIDATE', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: "UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;\nALTER TABLE orders\n  ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0);" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 2, endLine: 3, severity: 'high', category: 'locking' });
    expect(f.message).toBe('Adding check constraint orders_amount_positive (amount_cents > 0) without NOT VALID scans every row of orders while holding ACCESS EXCLUSIVE on orders: reads and writes wait until the scan finishes.');
    expect(f.replacement).toBe('ALTER TABLE orders\n  ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;');
  });

  it('uses the name PostgreSQL gives an unnamed check on one column', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD CHECK (amount_cents > 0);' });
    expect(f.message).toContain('orders_amount_cents_check');
    expect(f.replacement).toContain('VALIDATE CONSTRAINT orders_amount_cents_check;');
  });

  it('uses <table>_check for an unnamed check on several columns', async () => {
    const [f] = await hits({ before: ORDERS, sql: "ALTER TABLE orders ADD CHECK (amount_cents > 0 OR currency = 'XXX');" });
    expect(f.message).toContain('orders_check ');
  });

  it('leaves VALIDATE to a later migration when the file runs in a transaction', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0);', format: 'goose' });
    expect(f.line).toBe(2);
    expect(f.replacement).toBe('ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;');
    expect(f.fix).toContain('in a later migration');
  });

  it('reports a CHECK written on a column added to an existing table (it scans the table too)', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN discount_cents bigint DEFAULT 0 CHECK (discount_cents >= 0);' });
    expect(f.message).toBe('Adding column orders.discount_cents with CHECK (discount_cents >= 0) scans every row of orders while holding ACCESS EXCLUSIVE on orders: reads and writes wait until the scan finishes.');
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('ALTER TABLE orders ADD COLUMN discount_cents bigint DEFAULT 0;');
    expect(f.fix).toContain('CHECK (discount_cents >= 0) NOT VALID;');
  });

  it('does not rewrite a statement that does more than add the check', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN note text, ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0);' });
    expect(f.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('with NOT VALID', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;' })).toEqual([]);
    });

    it('when the table is created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE refunds (id bigint, amount_cents bigint);\nALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount_cents > 0);' })).toEqual([]);
    });

    it('for CHECK inside CREATE TABLE', async () => {
      expect(await hits({ sql: 'CREATE TABLE refunds (id bigint, amount_cents bigint CHECK (amount_cents > 0), CHECK (id > 0));' })).toEqual([]);
    });

    it('for a column with CHECK added to a table created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE refunds (id bigint);\nALTER TABLE refunds ADD COLUMN amount_cents bigint CHECK (amount_cents > 0);' })).toEqual([]);
    });
  });

  describe('ALTER DOMAIN … ADD CONSTRAINT … CHECK (issue 10)', () => {
    const DOMAIN = 'CREATE DOMAIN cents AS bigint;\nCREATE TABLE payments (id bigint PRIMARY KEY, amount cents);\nCREATE TABLE refunds (id bigint PRIMARY KEY, amount cents);';
    it('reports a check added to a domain in use without NOT VALID, naming every column it scans', async () => {
      const [f, ...rest] = await hits({ before: DOMAIN, sql: 'ALTER DOMAIN cents ADD CONSTRAINT cents_positive CHECK (VALUE > 0);' });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', line: 1 });
      expect(f.message).toBe('Adding check constraint cents_positive to domain cents without NOT VALID checks every row of columns payments.amount, refunds.amount while holding a lock that blocks writes to those tables until the scan finishes.');
      expect(f.replacement).toBe('ALTER DOMAIN cents ADD CONSTRAINT cents_positive CHECK (VALUE > 0) NOT VALID;');
    });
    it('stays quiet with NOT VALID', async () => {
      expect(await hits({ before: DOMAIN, sql: 'ALTER DOMAIN cents ADD CONSTRAINT cents_positive CHECK (VALUE > 0) NOT VALID;' })).toEqual([]);
    });
    it('stays quiet for a domain no column uses, or one created in the pull request', async () => {
      expect(await hits({ before: 'CREATE DOMAIN cents AS bigint;', sql: 'ALTER DOMAIN cents ADD CHECK (VALUE > 0);' })).toEqual([]);
      expect(await hits({ sql: 'CREATE DOMAIN cents AS bigint;\nCREATE TABLE t (id bigint PRIMARY KEY, c cents);\nALTER DOMAIN cents ADD CHECK (VALUE > 0);' })).toEqual([]);
    });
  });
});
