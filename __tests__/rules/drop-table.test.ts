import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'drop-table';
const SHOP = [
  'CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);',
  "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE, status text NOT NULL DEFAULT 'new', total numeric(10,2) CHECK (total >= 0));",
  'CREATE INDEX orders_customer_id_idx ON orders (customer_id);',
  "CREATE UNIQUE INDEX orders_status_uq ON orders (status) WHERE status = 'open';",
].join('\n');

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('drop-table', () => {
  it('reports a production table, counting its columns, with the full CREATE TABLE, keys and indexes as rollback', async () => {
    const [f, ...rest] = await hits({ before: SHOP, sql: 'SELECT 1;\nDROP TABLE orders;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'critical', category: 'data-loss', message: 'Dropping table orders deletes all of its rows (4 columns).' });
    expect(f.rollback).toBe([
      '-- data in orders cannot be restored by this script; restore from backup',
      'CREATE TABLE orders (',
      '  id bigint NOT NULL,',
      '  customer_id bigint NOT NULL,',
      "  status text DEFAULT 'new' NOT NULL,",
      '  total numeric(10, 2),',
      '  CONSTRAINT orders_pkey PRIMARY KEY (id),',
      '  CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,',
      '  CONSTRAINT orders_total_check CHECK (total >= 0)',
      ');',
      'CREATE INDEX orders_customer_id_idx ON orders (customer_id);',
      "CREATE UNIQUE INDEX orders_status_uq ON orders (status) WHERE status = 'open';",
    ].join('\n'));
  });

  it('with CASCADE, the rollback also restores the foreign keys of other tables that the drop removed', async () => {
    const [f] = await hits({ before: SHOP, sql: 'DROP TABLE customers CASCADE;' });
    expect(f.message).toBe('Dropping table customers deletes all of its rows (2 columns).');
    expect(f.rollback).toContain('ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;');
  });

  it('reports each table of a multi-table DROP, and names the schema', async () => {
    expect((await hits({ before: SHOP, sql: 'DROP TABLE orders, customers;' })).map((f) => `${f.line} ${f.message}`)).toEqual([
      '1 Dropping table orders deletes all of its rows (4 columns).',
      '1 Dropping table customers deletes all of its rows (2 columns).',
    ]);
    const [f] = await hits({ before: 'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint PRIMARY KEY);', sql: 'DROP TABLE billing.invoices;' });
    expect(f.message).toBe('Dropping table billing.invoices deletes all of its rows (1 column).');
    expect(f.rollback).toContain('CREATE TABLE billing.invoices (');
  });

  it('reports IF EXISTS on a table that does exist', async () => {
    expect((await hits({ before: SHOP, sql: 'DROP TABLE IF EXISTS orders;' })).map((f) => f.severity)).toEqual(['critical']);
  });

  it('follows a rename earlier in the pull request back to the production table', async () => {
    const [f, ...rest] = await hits({ before: SHOP, sql: 'ALTER TABLE orders RENAME TO orders_old;\nDROP TABLE orders_old;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'critical', message: 'Dropping table orders_old deletes all of its rows (4 columns).' });
  });

  it('reports a table the history only knows from later statements, and says the rollback is partial', async () => {
    const [f] = await hits({ before: 'ALTER TABLE legacy ADD COLUMN x int;', sql: 'DROP TABLE legacy;' });
    expect(f.message).toBe('Dropping table legacy deletes all of its rows (1 column).');
    expect(f.rollback).toContain('legacy was not created by the replayed migrations');
  });

  it('reports the first drop of a table dropped, created again and dropped again, once', async () => {
    expect((await hits({ before: SHOP, sql: 'DROP TABLE orders;\nCREATE TABLE orders (id int);\nDROP TABLE orders;' })).map((f) => f.line)).toEqual([1]);
  });

  it('on MySQL and SQLite, with the dialect’s CREATE TABLE as rollback', async () => {
    const [my] = await hits({ dialect: 'mysql', before: 'CREATE TABLE `orders` (`id` bigint NOT NULL AUTO_INCREMENT, `note` varchar(20) DEFAULT NULL, PRIMARY KEY (`id`), KEY `idx_note` (`note`));', sql: 'DROP TABLE `orders`;' });
    expect(my).toMatchObject({ severity: 'critical', message: 'Dropping table orders deletes all of its rows (2 columns).' });
    expect(my.rollback).toBe(['-- data in orders cannot be restored by this script; restore from backup', 'CREATE TABLE orders (', '  id bigint NOT NULL AUTO_INCREMENT,', '  note varchar(20),', '  PRIMARY KEY (id),', '  KEY idx_note (note)', ');'].join('\n'));
    const [lite] = await hits({ dialect: 'sqlite', before: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT '');", sql: 'DROP TABLE notes;' });
    expect(lite.message).toBe('Dropping table notes deletes all of its rows (2 columns).');
    expect(lite.rollback).toContain("  body text NOT NULL DEFAULT '',");
  });

  it('says a SQLite rebuild that never copied the rows loses every row', async () => {
    const sql = 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";';
    const [f, ...rest] = await hits({ dialect: 'sqlite', before: 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);', sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'critical', message: 'Dropping table User and renaming new_User into its place loses every row: none were copied into the new table first.' });
  });

  it('rows copied in full into another table first: high, for the code that still uses the table', async () => {
    const sql = 'CREATE TABLE orders_archive (id bigint PRIMARY KEY, status text);\nINSERT INTO orders_archive SELECT id, status FROM orders;\nDROP TABLE orders;';
    const [f] = await hits({ before: SHOP, sql });
    expect(f).toMatchObject({ line: 3, severity: 'high', fix: 'Switch the application to the new table and deploy that first; drop the old table in a later migration.' });
    expect(f.message).toBe('Dropping table orders after copying its rows into orders_archive (line 2) keeps the data, but application code that still reads or writes orders fails once it is gone.');
  });

  describe('stays quiet', () => {
    it('for a table created in this pull request, also under a name it was renamed to', async () => {
      expect(await hits({ before: SHOP, sql: 'CREATE TABLE tmp (id int);\nINSERT INTO tmp SELECT id FROM orders;\nDROP TABLE tmp;' })).toEqual([]);
      expect(await hits({ before: SHOP, sql: 'CREATE TABLE tmp (id int);\nALTER TABLE tmp RENAME TO tmp2;\nDROP TABLE tmp2;' })).toEqual([]);
    });

    it('for IF EXISTS of a table that is not there', async () => {
      expect(await hits({ before: SHOP, sql: 'DROP TABLE IF EXISTS refunds;' })).toEqual([]);
    });

    it('for a table an earlier migration already dropped', async () => {
      expect(await hits({ before: `${SHOP}\nDROP TABLE orders;`, sql: 'DROP TABLE IF EXISTS orders;' })).toEqual([]);
    });

    it('for DROP VIEW', async () => {
      expect(await hits({ before: `${SHOP}\nCREATE VIEW open_orders AS SELECT * FROM orders;`, sql: 'DROP VIEW open_orders;' })).toEqual([]);
    });

    it('for a SQLite rebuild that copies the rows, in either order', async () => {
      const before = 'CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER, token TEXT);';
      const swap = 'CREATE TABLE new_sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, token TEXT);\nINSERT INTO new_sessions (id, user_id, token) SELECT id, user_id, token FROM sessions;\nDROP TABLE sessions;\nALTER TABLE new_sessions RENAME TO sessions;';
      expect(await hits({ dialect: 'sqlite', before, sql: swap })).toEqual([]);
      const away = 'ALTER TABLE sessions RENAME TO _old_sessions;\nCREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, token TEXT);\nINSERT INTO sessions (id, user_id, token) SELECT id, user_id, token FROM _old_sessions;\nDROP TABLE _old_sessions;';
      expect(await hits({ dialect: 'sqlite', before, sql: away })).toEqual([]);
    });

    it('for the same rebuild on PostgreSQL and MySQL', async () => {
      const before = 'CREATE TABLE tags (id bigint PRIMARY KEY, name varchar(50));';
      const sql = 'CREATE TABLE tags_new (id bigint PRIMARY KEY, name varchar(100));\nINSERT INTO tags_new (id, name) SELECT id, name FROM tags;\nDROP TABLE tags;\nALTER TABLE tags_new RENAME TO tags;';
      expect(await hits({ before, sql })).toEqual([]);
      expect(await hits({ dialect: 'mysql', before, sql })).toEqual([]);
    });

    it('for a table whose rows moved in full to another table under a name this pull request gave it', async () => {
      const sql = 'ALTER TABLE orders RENAME TO _bkp_orders;\nCREATE TABLE purchases (id bigint PRIMARY KEY, status text);\nINSERT INTO purchases (id, status) SELECT id, status FROM _bkp_orders;\nDROP TABLE _bkp_orders;';
      expect(await hits({ before: SHOP, sql })).toEqual([]);
    });
  });

  it('in a realistic history, reports only the drops of production tables', async () => {
    const base = {
      'migrations/001_customers.sql': 'CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);',
      'migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), status text NOT NULL);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);',
      'migrations/003_audit.sql': 'CREATE TABLE audit_log (id bigint PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\nCREATE TABLE import_batches (id bigint PRIMARY KEY);',
      'migrations/004_drop_batches.sql': 'DROP TABLE import_batches;',
    };
    const report = await reviewPr(base, {
      'migrations/005_cleanup.sql': [
        '-- staging table for the one-off import',
        'CREATE TABLE import_rows (id bigint PRIMARY KEY, payload jsonb);',
        'DROP TABLE import_rows;',
        'DROP TABLE IF EXISTS import_batches;',
        'DROP TABLE audit_log;',
      ].join('\n'),
      'migrations/006_rename.sql': 'ALTER TABLE orders RENAME TO orders_legacy;\nDROP TABLE orders_legacy CASCADE;',
    });
    expect(found(report).filter((f) => f.startsWith(`${ID}@`))).toEqual([`${ID}@005_cleanup.sql:5`, `${ID}@006_rename.sql:2`]);
    expect(report.findings.filter((f) => f.rule === ID).map((f) => f.message)).toEqual([
      'Dropping table audit_log deletes all of its rows (3 columns).',
      'Dropping table orders_legacy deletes all of its rows (3 columns).',
    ]);
  });
});
