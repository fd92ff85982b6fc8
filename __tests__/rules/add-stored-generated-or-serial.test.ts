import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'add-stored-generated-or-serial';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('add-stored-generated-or-serial', () => {
  describe('PostgreSQL', () => {
    it('reports a serial column, naming the rewrite and the lock, with the sequence recipe', async () => {
      const [f, ...rest] = await hits({ before: ORDERS, sql: 'SELECT 1;\nALTER TABLE orders ADD COLUMN number bigserial;' });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 2, severity: 'high', category: 'locking' });
      expect(f.message).toBe('Adding serial column orders.number rewrites every row of orders and rebuilds its indexes while holding ACCESS EXCLUSIVE on orders: PostgreSQL draws a number from its sequence for every existing row, and reads and writes wait until the rewrite finishes.');
      expect(f.why).toContain('ACCESS EXCLUSIVE lock on orders');
      expect(f.fix).toContain('ALTER TABLE orders ADD COLUMN number bigint;');
      expect(f.fix).toContain('CREATE SEQUENCE orders_number_seq OWNED BY orders.number;');
      expect(f.fix).toContain("ALTER TABLE orders ALTER COLUMN number SET DEFAULT nextval('orders_number_seq');");
      expect(f.fix).toContain("UPDATE orders SET number = nextval('orders_number_seq') WHERE number IS NULL AND id BETWEEN :from AND :to;");
      expect(f.fix).toContain('ALTER TABLE orders ALTER COLUMN number SET NOT NULL;');
      expect(f.replacement).toBeUndefined();
    });

    it('reports an identity column, ending the recipe with ADD GENERATED … AS IDENTITY', async () => {
      const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN seq integer GENERATED ALWAYS AS IDENTITY;' });
      expect(f.message).toContain('Adding identity column orders.seq rewrites every row of orders');
      expect(f.fix).toContain('ALTER TABLE orders ADD COLUMN seq integer;');
      expect(f.fix).toContain('ALTER TABLE orders ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (START WITH <max(seq) + 1>);');
    });

    it('reports a STORED generated column, with the trigger recipe, and VIRTUAL on PostgreSQL 18', async () => {
      const sql = 'ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (total_cents / 100.0) STORED;';
      const [f] = await hits({ before: ORDERS, sql, version: '17' });
      expect(f.message).toContain('PostgreSQL computes total_cents / 100.0 for every existing row');
      expect(f.fix).toContain('UPDATE orders SET total = (total_cents / 100.0) WHERE total IS NULL');
      expect(f.fix).not.toContain('VIRTUAL');
      const [g] = await hits({ before: ORDERS, sql, version: '18' });
      expect(g.fix).toContain('GENERATED ALWAYS AS (total_cents / 100.0) VIRTUAL;');
    });

    it('for a serial primary key, says to build the key last and is the only rewrite finding of the statement', async () => {
      const report = await runExample({ before: 'CREATE TABLE events (at timestamptz);', sql: "SET lock_timeout = '5s';\nALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;" }, RULES);
      expect(report.findings.map((f) => f.rule)).toEqual([ID]);
      expect(report.findings[0].fix).toContain('CREATE UNIQUE INDEX CONCURRENTLY on id, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.');
    });

    it('reports a table that predates the migration history', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE legacy_orders ADD COLUMN n serial;' })).toHaveLength(1);
    });
  });

  describe('MySQL and MariaDB', () => {
    it('reports an AUTO_INCREMENT column: a rebuild without concurrent DML', async () => {
      const [f] = await hits({ dialect: 'mysql', before: 'CREATE TABLE events (uuid char(36) PRIMARY KEY);', sql: 'ALTER TABLE events ADD COLUMN seq bigint NOT NULL AUTO_INCREMENT UNIQUE;' });
      expect(f.message).toBe('Adding AUTO_INCREMENT column events.seq rebuilds events: MySQL numbers every existing row while it copies the table, and writes to events wait until the rebuild finishes (no concurrent DML).');
      expect(f.fix).toMatch(/gh-ost or pt-online-schema-change/);
    });

    it('reports a STORED generated column, offering VIRTUAL', async () => {
      const [f] = await hits({ dialect: 'mysql', before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN total decimal(12,2) GENERATED ALWAYS AS (total_cents / 100) STORED;' });
      expect(f.message).toContain('copies orders (ALGORITHM=COPY)');
      expect(f.fix).toContain('ALTER TABLE orders ADD COLUMN total decimal(12,2) AS (total_cents / 100) VIRTUAL;');
    });

    it('reports a MariaDB PERSISTENT column', async () => {
      const [f] = await hits({ dialect: 'mariadb', before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN total decimal(12,2) AS (total_cents / 100) PERSISTENT;' });
      expect(f.message).toContain('MariaDB computes the expression');
    });
  });

  describe('stays quiet', () => {
    it('for VIRTUAL generated columns (MySQL, MariaDB, PostgreSQL 18)', async () => {
      expect(await hits({ dialect: 'mysql', before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN total decimal(12,2) AS (total_cents / 100);' })).toEqual([]);
      expect(await hits({ dialect: 'mariadb', before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN total decimal(12,2) AS (total_cents / 100) VIRTUAL;' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (total_cents / 100.0) VIRTUAL;', version: '18' })).toEqual([]);
    });

    it('for a table created in the pull request', async () => {
      const sql = 'CREATE TABLE refunds (amount_cents bigint);\nALTER TABLE refunds ADD COLUMN id bigserial;\nALTER TABLE refunds ADD COLUMN n int GENERATED BY DEFAULT AS IDENTITY;\nALTER TABLE refunds ADD COLUMN total numeric GENERATED ALWAYS AS (amount_cents / 100.0) STORED;';
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
      expect(await hits({ dialect: 'mysql', before: ORDERS, sql: 'CREATE TABLE refunds (amount_cents bigint);\nALTER TABLE refunds ADD COLUMN id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY;' })).toEqual([]);
    });

    it('for ADD COLUMN IF NOT EXISTS of a column that is already there', async () => {
      expect(await hits({ before: 'CREATE TABLE orders (id bigint PRIMARY KEY, number bigserial);', sql: 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS number bigserial;' })).toEqual([]);
    });

    it('for plain columns and the safe recipe', async () => {
      const sql = "ALTER TABLE orders ADD COLUMN number bigint;\nCREATE SEQUENCE orders_number_seq OWNED BY orders.number;\nALTER TABLE orders ALTER COLUMN number SET DEFAULT nextval('orders_number_seq');";
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
    });
  });

  it('makes exactly one finding per column with add-column-volatile-default (nextval is volatile)', async () => {
    const report = await runExample({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN number bigserial;\nALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();' }, RULES);
    const rewrites = report.findings.filter((f) => f.rule === ID || f.rule === 'add-column-volatile-default');
    expect(rewrites.map((f) => `${f.rule}:${f.line}`)).toEqual([`${ID}:1`, 'add-column-volatile-default:2']);
  });

  it('in a history, reports the migration that numbers the existing orders and not the new table', async () => {
    const base = {
      'migrations/001_init.sql': 'CREATE TABLE customers (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id uuid PRIMARY KEY, customer_id bigint NOT NULL);',
      'migrations/002_orders_total.sql': "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN total_cents bigint NOT NULL DEFAULT 0;",
    };
    const pr = {
      'migrations/003_order_numbers.sql': "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN number bigint GENERATED BY DEFAULT AS IDENTITY;",
      'migrations/004_invoices.sql': 'CREATE TABLE invoices (order_id uuid NOT NULL, total_cents bigint);\nALTER TABLE invoices ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
    };
    const report = await reviewPr(base, pr);
    expect(found(report)).toEqual([`${ID}@003_order_numbers.sql:2`]);
    expect(report.findings[0].fix).toContain('ADD GENERATED BY DEFAULT AS IDENTITY');
  });
});
