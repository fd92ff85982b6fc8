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

// A statement that holds its ACCESS EXCLUSIVE lock for a whole scan of orders.
const SCAN = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;';

describe('lock-timeout-missing', () => {
  it('reports once per file, at the first statement, counting the others', async () => {
    const sql = [
      'BEGIN;',
      'CREATE TABLE tags (id bigint);',
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
      'CREATE TABLE labels (id bigint);',
      'ALTER TABLE customers ADD COLUMN vip boolean;',
      'ALTER TABLE orders ALTER COLUMN note SET DEFAULT \'\';',
      'COMMIT;',
    ].join('\n');
    const [f, ...rest] = await hits({ before: BASE, sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 3, endLine: 3, severity: 'low', category: 'locking' });
    expect(f.message).toContain('This statement takes ACCESS EXCLUSIVE on orders with no lock_timeout set');
    expect(f.message).toContain('The transaction keeps the lock on orders taken on line 3 while it waits for a lock on customers.');
    expect(f.message).toContain('3 statements in this file take such a lock (lines 3, 5, 6, on orders, customers).');
    expect(f.replacement).toBe("SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;");
  });

  it('uses SET LOCAL in a file that runs in a transaction', async () => {
    const [f] = await hits({ before: BASE, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nALTER TABLE customers ADD COLUMN vip boolean;', format: 'goose' });
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
        'migrations/002_a.sql': SCAN,
        'migrations/003_b.sql': `SET lock_timeout = '2s';\n${SCAN}`,
        'migrations/004_c.sql': 'SELECT 1;\nALTER TABLE customers ADD CONSTRAINT c CHECK (id > 0);',
      },
    };
    const found = await hits({ sql: '', files });
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/002_a.sql:1', 'migrations/004_c.sql:2']);
  });

  it.each([
    ['REINDEX INDEX', 'REINDEX INDEX orders_note_idx;', 'rebuilds the indexes'],
    ['REFRESH MATERIALIZED VIEW', 'REFRESH MATERIALIZED VIEW order_counts;', 'recomputes the view'],
    ['VACUUM FULL', 'VACUUM FULL orders;', 'rewrites orders'],
    ['CLUSTER', 'CLUSTER orders USING orders_pkey;', 'rewrites orders'],
    ['ADD CHECK', 'ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0);', 'scans orders to validate the CHECK'],
    ['SET NOT NULL', SCAN, 'scans orders for NULLs'],
    ['a rewriting type change', 'ALTER TABLE orders ALTER COLUMN customer_id TYPE text;', 'rewrites orders'],
    ['ADD COLUMN with a volatile default', 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();', 'rewrites orders to fill the new column'],
    ['ADD PRIMARY KEY', 'ALTER TABLE customers DROP CONSTRAINT customers_pkey, ADD PRIMARY KEY (id);', 'builds a unique index'],
  ])('counts %s, which holds the lock while it works', async (_name, sql, why) => {
    const [f, ...rest] = await hits({ before: BASE, sql });
    expect(rest).toEqual([]);
    expect(f.message).toContain(`holds the lock while it ${why}`);
  });

  it.each([
    ['DROP INDEX', 'DROP INDEX orders_note_idx;'],
    ['TRUNCATE', 'TRUNCATE orders;'],
    ['DROP TABLE', 'DROP TABLE orders CASCADE;'],
    ['ADD CHECK … NOT VALID', 'ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0) NOT VALID;'],
    ['ADD COLUMN', 'ALTER TABLE orders ADD COLUMN a int;'],
  ])('counts a quick %s when its transaction goes on to lock another table', async (_name, sql) => {
    const [f] = await hits({ before: BASE, sql: `BEGIN;\n${sql}\nALTER TABLE customers ADD COLUMN z int;\nCOMMIT;` });
    expect(f.line).toBe(2);
    expect(f.message).toContain('while it waits for a lock on customers');
  });

  it('counts a statement that locks two tables at once (dropping a foreign key locks the referenced table too)', async () => {
    const before = `${BASE}\nALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);`;
    const [f] = await hits({ before, sql: 'ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;' });
    expect(f.message).toContain('locks orders and customers at once');
  });

  it('counts a backfill run while the lock is held (Prisma: ADD COLUMN, then UPDATE in the same migration)', async () => {
    const files = {
      before: { 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"', 'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "Member" ("id" TEXT NOT NULL, "name" TEXT, CONSTRAINT "Member_pkey" PRIMARY KEY ("id"));' },
      head: {
        'prisma/migrations/migration_lock.toml': 'provider = "postgresql"',
        'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "Member" ("id" TEXT NOT NULL, "name" TEXT, CONSTRAINT "Member_pkey" PRIMARY KEY ("id"));',
        'prisma/migrations/20240202000000_add_uuid/migration.sql': '-- AlterTable\nALTER TABLE "Member" ADD COLUMN "uuid" TEXT;\n\n-- Backfill\nUPDATE "Member" SET "uuid" = gen_random_uuid()::text;\n',
      },
    };
    const [f] = await hits({ sql: '', files });
    expect(f.line).toBe(2);
    expect(f.message).toContain('The transaction keeps the lock on Member taken on line 2 while it runs UPDATE on Member.');
  });

  it('counts an index built while the transaction holds ACCESS EXCLUSIVE on its table', async () => {
    const [f] = await hits({ before: BASE, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX orders_shipped_at_idx ON orders (shipped_at);', format: 'golang-migrate' });
    expect(f.message).toContain('while it builds an index on orders');
  });

  // formbricks ApiKey swap: an explicit LOCK TABLE … IN ACCESS EXCLUSIVE MODE at the start of the transaction.
  it('counts an explicit LOCK TABLE held while the transaction goes on', async () => {
    const sql = 'BEGIN;\n  LOCK TABLE "orders" IN ACCESS EXCLUSIVE MODE;\n  LOCK TABLE "customers" IN ACCESS EXCLUSIVE MODE;\n  UPDATE "orders" SET note = \'\' WHERE id = 1;\nCOMMIT;';
    const [f] = await hits({ before: BASE, sql });
    expect(f.line).toBe(2);
    expect(f.message).toContain('while it waits for a lock on customers');
  });

  it('does not count LOCK … NOWAIT, which fails at once instead of queueing', async () => {
    expect(await hits({ before: BASE, sql: 'BEGIN;\nLOCK TABLE orders IN ACCESS EXCLUSIVE MODE NOWAIT;\nALTER TABLE customers ADD COLUMN z int;\nCOMMIT;' })).toEqual([]);
  });

  it('a lock_timeout set after the first statement does not cover it', async () => {
    const [f] = await hits({ before: BASE, sql: `${SCAN}\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN b int;` });
    expect(f.line).toBe(1);
    expect(f.message).not.toContain('statements in this file');
  });

  it.each([
    ['lock_timeout = 0', `SET lock_timeout = 0;\n${SCAN}`],
    ["lock_timeout = '0'", `SET lock_timeout = '0';\n${SCAN}`],
    ['RESET lock_timeout', `SET lock_timeout = '5s';\nRESET lock_timeout;\n${SCAN}`],
    ['SET LOCAL outside a transaction block (no effect)', `SET LOCAL lock_timeout = '5s';\n${SCAN}`],
    ['SET LOCAL of a transaction that has committed', `BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\n${SCAN}`],
    ['statement_timeout instead of lock_timeout', `SET statement_timeout = '5s';\n${SCAN}`],
  ])('still reports with %s', async (_name, sql) => {
    const found = await hits({ before: BASE, sql });
    expect(found).toHaveLength(1);
  });

  it('after a committed SET LOCAL, points at the first uncovered statement', async () => {
    const [f] = await hits({ before: BASE, sql: `BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\n${SCAN}` });
    expect(f.line).toBe(5);
  });

  it('counts a table that predates the migration history, but not DROP … IF EXISTS of one', async () => {
    const [f] = await hits({ before: BASE, sql: 'DROP TABLE IF EXISTS legacy_sessions;\nALTER TABLE legacy_accounts ALTER COLUMN note SET NOT NULL;' });
    expect(f.line).toBe(2);
    expect(f.message).toContain('ACCESS EXCLUSIVE on legacy_accounts');
    expect(f.message).not.toContain('statements in this file');
  });

  describe('stays quiet', () => {
    it('with SET lock_timeout earlier in the file', async () => {
      expect(await hits({ before: BASE, sql: `SET lock_timeout TO '5s';\n${SCAN}\nDROP INDEX orders_note_idx;` })).toEqual([]);
    });

    it("with SELECT set_config('lock_timeout', …) earlier in the file", async () => {
      expect(await hits({ before: BASE, sql: `SELECT set_config('lock_timeout', '5s', false);\n${SCAN}` })).toEqual([]);
    });

    it('with SET LOCAL inside the same BEGIN … COMMIT', async () => {
      expect(await hits({ before: BASE, sql: `BEGIN;\nSET LOCAL lock_timeout = '5s';\n${SCAN}\nCOMMIT;` })).toEqual([]);
    });

    it('with SET LOCAL in a goose file, which is one transaction', async () => {
      expect(await hits({ before: BASE, sql: `SET LOCAL lock_timeout = '3s';\n${SCAN}`, format: 'goose' })).toEqual([]);
    });

    it('on tables created in the pull request', async () => {
      expect(await hits({ before: BASE, sql: 'CREATE TABLE tags (id bigint, name text);\nALTER TABLE tags ALTER COLUMN name SET NOT NULL;\nDROP TABLE tags;' })).toEqual([]);
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

    // Measured on 20 public histories: 428 of 818 files reported only for this, 380 of them one ADD COLUMN.
    it('for one catalog-only change that commits at once (a Prisma ADD COLUMN)', async () => {
      const files = {
        before: { 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"', 'prisma/migrations/20230101000000_init/migration.sql': 'CREATE TABLE "Recipient" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id"));' },
        head: {
          'prisma/migrations/migration_lock.toml': 'provider = "postgresql"',
          'prisma/migrations/20230101000000_init/migration.sql': 'CREATE TABLE "Recipient" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id"));',
          'prisma/migrations/20230421134018_add_signed_at/migration.sql': '-- AlterTable\nALTER TABLE "Recipient" ADD COLUMN "signedAt" TIMESTAMP(3);\n',
        },
      };
      expect(await hits({ sql: '', files })).toEqual([]);
    });

    it('for several catalog-only changes of one table in one transaction', async () => {
      const sql = "ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE orders ALTER COLUMN note SET DEFAULT '';\nALTER TABLE orders DROP COLUMN a;";
      expect(await hits({ before: BASE, sql, format: 'golang-migrate' })).toEqual([]);
    });

    it('when the transaction goes on with the same table under its new name (formbricks Person → Contact)', async () => {
      const sql = 'ALTER TABLE "customers" RENAME TO "clients";\nALTER TABLE "clients" ADD COLUMN "tier" TEXT;\nALTER TABLE "clients" RENAME COLUMN "id" TO "client_id";';
      expect(await hits({ before: BASE, sql, format: 'golang-migrate' })).toEqual([]);
    });

    it('when the transaction only goes on to tables it creates (Prisma: DROP COLUMN, CREATE TABLE, ADD FOREIGN KEY back to it)', async () => {
      const sql = [
        'ALTER TABLE "customers" DROP COLUMN "email";',
        'CREATE TABLE "allowed_user" ("id" SERIAL NOT NULL, "customer_id" BIGINT, CONSTRAINT "allowed_user_pkey" PRIMARY KEY ("id"));',
        'ALTER TABLE "allowed_user" ADD CONSTRAINT "allowed_user_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE SET NULL ON UPDATE CASCADE;',
      ].join('\n');
      expect(await hits({ before: BASE, sql, format: 'golang-migrate' })).toEqual([]);
    });
  });

  describe('issue 10', () => {
    it('counts a type change that re-checks a validated CHECK (a full scan under ACCESS EXCLUSIVE) like a rewrite', async () => {
      const before = "CREATE TABLE products (id bigint PRIMARY KEY, code varchar(20) CHECK (code <> ''));";
      const [f, ...rest] = await hits({ before, sql: 'ALTER TABLE products ALTER COLUMN code TYPE varchar(50);' });
      expect(rest).toEqual([]);
      expect(f.message).toContain('The statement on line 1 then holds the lock while it scans products to re-check its CHECK constraints.');
    });

    it('a type change with no CHECK on the column stays a quiet catalog change', async () => {
      const before = "CREATE TABLE products (id bigint PRIMARY KEY, code varchar(20), CHECK (id > 0));";
      expect(await hits({ before, sql: 'ALTER TABLE products ALTER COLUMN code TYPE varchar(50);' })).toEqual([]);
    });

    it('inline ADD COLUMN … REFERENCES: ACCESS EXCLUSIVE on the table while waiting for SHARE ROW EXCLUSIVE on the referenced one', async () => {
      const before = 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);';
      const [f, ...rest] = await hits({ before, sql: 'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);' });
      expect(rest).toEqual([]);
      expect(f.message).toContain('The statement on line 1 also takes SHARE ROW EXCLUSIVE on users, which waits for every open transaction that has written to users; all that time orders stays locked.');
      expect(f.replacement).toBe("SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);");
    });

    it('inline REFERENCES to a table created in the same pull request waits for nobody', async () => {
      const before = 'CREATE TABLE orders (id bigint PRIMARY KEY);';
      expect(await hits({ before, sql: 'CREATE TABLE users (id bigint PRIMARY KEY);\nALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);' })).toEqual([]);
    });
  });
});
