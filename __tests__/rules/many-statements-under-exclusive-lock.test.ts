import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'many-statements-under-exclusive-lock';
const SHOP = 'CREATE TABLE customers (id bigint PRIMARY KEY, email text, tier integer);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, note text, amount_cents bigint);';
// lock_timeout is set so that lock-timeout-missing stays out of the way: this rule is about how long the lock is held.
const TIMEOUT = "SET LOCAL lock_timeout = '5s';";

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

const goose = (sql: string, before = SHOP): RuleExample => ({ before, sql: `${TIMEOUT}\n${sql}`, format: 'goose' });

describe('many-statements-under-exclusive-lock', () => {
  it('reports a backfill run under the lock of an ALTER, at the ALTER, naming the table, the lock and the line', async () => {
    const [f, ...rest] = await hits(goose("ALTER TABLE orders ADD COLUMN shipped boolean;\nUPDATE orders SET shipped = true WHERE note = 'shipped';"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 3, severity: 'low', category: 'locking' });
    expect(f.message).toBe('This statement takes ACCESS EXCLUSIVE on orders, and the same transaction goes on to work while it holds that lock: line 4 runs UPDATE on orders. Every read and write of orders waits until the transaction commits.');
    expect(f.why).toContain('ACCESS EXCLUSIVE lock on orders');
    expect(f.fix).toContain('move line 4 to a later migration');
    expect(f.fix).toContain('Backfill in batches');
  });

  it('reports once per transaction, listing every slow statement under the lock', async () => {
    const sql = [
      'ALTER TABLE orders ADD COLUMN shipped boolean;',
      'ALTER TABLE customers ADD COLUMN vip boolean;',
      "UPDATE orders SET shipped = true WHERE note = 'shipped';",
      'CREATE INDEX customers_email_idx ON customers (email);',
      "COMMENT ON COLUMN orders.shipped IS 'x';",
    ].join('\n');
    const fs = await hits(goose(sql));
    expect(fs).toHaveLength(1);
    expect(fs[0].line).toBe(3);
    expect(fs[0].message).toContain('ACCESS EXCLUSIVE on orders');
    expect(fs[0].message).toContain('line 5 runs UPDATE on orders.');
    expect(fs[0].fix).toContain('move line 5 to a later migration');
    expect(fs[0].fix).toContain('Backfill in batches');
  });

  it('reports work on another table while the first stays locked: a backfill, a rewrite', async () => {
    const [a] = await hits(goose('ALTER TABLE orders RENAME COLUMN note TO comment;\nUPDATE customers SET email = lower(email);'));
    expect(a.message).toContain('ACCESS EXCLUSIVE on orders');
    expect(a.message).toContain('line 4 runs UPDATE on customers. Every read and write of orders waits');
    const [b] = await hits(goose('ALTER TABLE orders ALTER COLUMN note SET DEFAULT \'\';\nALTER TABLE customers ALTER COLUMN tier TYPE bigint;'));
    expect(b.message).toContain('line 4 rewrites customers');
  });

  it('reports the validation of an older constraint under the lock', async () => {
    const before = `${SHOP}\nALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;`;
    const [f] = await hits(goose('ALTER TABLE orders ADD COLUMN shipped boolean;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;', before));
    expect(f.message).toContain('line 4 validates orders_amount_positive, scanning orders');
  });

  it('reports each explicit transaction of a plain file on its own', async () => {
    const sql = "BEGIN;\nALTER TABLE orders ADD COLUMN a int;\nUPDATE orders SET a = 1 WHERE note = 'x';\nCOMMIT;\nBEGIN;\nALTER TABLE customers ADD COLUMN b int;\nUPDATE customers SET b = 1 WHERE tier = 2;\nCOMMIT;";
    expect((await hits({ before: SHOP, sql })).map((f) => f.line)).toEqual([2, 6]);
  });

  describe('stays quiet', () => {
    it('when only cheap statements follow: COMMENT, GRANT, SET, more instant ALTERs, INSERT … VALUES', async () => {
      const sql = [
        'ALTER TABLE orders ADD COLUMN shipped boolean;',
        'ALTER TABLE orders ALTER COLUMN shipped SET DEFAULT false;',
        "COMMENT ON COLUMN orders.shipped IS 'set by the warehouse';",
        'GRANT SELECT ON orders TO reporting;',
        "SET LOCAL statement_timeout = '10s';",
        'ALTER TABLE orders RENAME COLUMN note TO comment;',
        "INSERT INTO orders (id, note) VALUES (1, 'seed');",
      ].join('\n');
      expect(await hits(goose(sql))).toEqual([]);
    });

    it('in a plain SQL file, where every statement commits on its own', async () => {
      expect(await hits({ before: SHOP, sql: "ALTER TABLE orders ADD COLUMN shipped boolean;\nUPDATE orders SET shipped = true WHERE note = 'shipped';" })).toEqual([]);
    });

    it('when a COMMIT releases the lock before the work', async () => {
      expect(await hits({ before: SHOP, sql: "BEGIN;\nALTER TABLE orders ADD COLUMN shipped boolean;\nCOMMIT;\nUPDATE orders SET shipped = true WHERE note = 'shipped';" })).toEqual([]);
    });

    it('for a table created in the pull request', async () => {
      const sql = 'CREATE TABLE refunds (id bigint PRIMARY KEY, note text);\nALTER TABLE refunds ADD COLUMN amount_cents bigint;\nUPDATE refunds SET amount_cents = 0;\nCREATE INDEX refunds_note_idx ON refunds (note);';
      expect(await hits(goose(sql))).toEqual([]);
    });

    it('when the later slow statement locks the same table ACCESS EXCLUSIVE by itself (its own rule reports it)', async () => {
      expect(await hits(goose('ALTER TABLE orders ADD COLUMN shipped boolean;\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders ALTER COLUMN amount_cents TYPE numeric;'))).toEqual([]);
    });

    it('for an index build on another table: create-index-non-concurrently reports it, and CONCURRENTLY takes it out of the transaction', async () => {
      const report = await runExample(goose('ALTER TABLE orders RENAME COLUMN note TO comment;\nCREATE INDEX customers_email_idx ON customers (email);'), RULES);
      expect(report.findings.map((f) => f.rule).sort()).toEqual(['create-index-non-concurrently', 'rename-column']);
    });

    it('for an index build or a foreign key check on the locked table itself (their own rules report them, and their fix ends this wait too)', async () => {
      const report = await runExample(goose('ALTER TABLE orders ADD COLUMN shipped boolean;\nCREATE INDEX orders_shipped_idx ON orders (shipped);\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);'), RULES);
      expect(report.findings.map((f) => f.rule).sort()).toEqual(['create-index-non-concurrently', 'foreign-key-without-index', 'foreign-key-without-not-valid']);
    });

    it('when the only work is the VALIDATE of a constraint added NOT VALID in the same transaction (validate-in-same-transaction)', async () => {
      const sql = 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;';
      const report = await runExample(goose(sql), RULES);
      expect(report.findings.map((f) => f.rule)).toEqual(['validate-in-same-transaction']);
    });

    it('for a foreign key dropped and added again (Prisma changing ON DELETE): foreign-key-without-not-valid reports the check', async () => {
      const before = `${SHOP}\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);`;
      const sql = 'ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;';
      expect(await hits(goose(sql, before))).toEqual([]);
    });

    it('when what follows only takes another lock (lock_timeout bounds the wait; lock-timeout-missing reports it when unset)', async () => {
      expect(await hits(goose('ALTER TABLE orders ADD COLUMN shipped boolean;\nALTER TABLE customers ADD COLUMN vip boolean;'))).toEqual([]);
    });

    it('after an explicit LOCK TABLE or a TRUNCATE, which hold the table on purpose', async () => {
      expect(await hits(goose("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;\nUPDATE orders SET note = 'x' WHERE note IS NULL;"))).toEqual([]);
      expect(await hits(goose('TRUNCATE orders;\nINSERT INTO orders (id, note) SELECT id, email FROM customers;'))).toEqual([]);
    });

    it('when the lock is taken after the work', async () => {
      expect(await hits(goose("UPDATE orders SET note = 'x' WHERE note IS NULL;\nALTER TABLE orders ADD COLUMN shipped boolean;"))).toEqual([]);
    });
  });

  it('in a golang-migrate history, reports only the migration that backfills under its DDL lock', async () => {
    const base = {
      'db/migrations/000001_init.up.sql': SHOP,
      'db/migrations/000002_tier.up.sql': "SET lock_timeout = '5s';\nALTER TABLE customers ADD COLUMN region text;\nCOMMENT ON COLUMN customers.region IS 'ISO code';",
    };
    const pr = {
      'db/migrations/000003_shipping.up.sql': "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nUPDATE orders SET shipped_at = now() WHERE note = 'shipped';",
      'db/migrations/000004_vip.up.sql': "SET lock_timeout = '5s';\nALTER TABLE customers ADD COLUMN vip boolean;\nALTER TABLE customers ALTER COLUMN vip SET DEFAULT false;",
    };
    const report = await reviewPr(base, pr);
    expect(found(report)).toEqual([`${ID}@000003_shipping.up.sql:2`]);
  });
});
