import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample) => (await runExample(ex, RULES)).findings.filter((f) => f.rule === 'rename-table');

const CUSTOMERS = 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);';

describe('rename-table', () => {
  it('reports ALTER TABLE … RENAME TO on its line, with a view as the safe rewrite', async () => {
    const [f, ...rest] = await hits({ before: CUSTOMERS, sql: "SET lock_timeout = '1s';\nALTER TABLE customers\n  RENAME TO clients;" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'compatibility', line: 2, endLine: 3 });
    expect(f.message).toBe('Renaming table customers to clients breaks every query of the running application that still uses customers.');
    expect(f.replacement).toBe('ALTER TABLE customers\n  RENAME TO clients;\nCREATE VIEW customers AS SELECT * FROM clients;');
    expect(f.rollback).toMatch(/RENAME TO customers/);
  });

  it('keeps the schema of the renamed table', async () => {
    const [f] = await hits({ before: 'CREATE SCHEMA crm;\nCREATE TABLE crm.customers (id bigint PRIMARY KEY);', sql: 'ALTER TABLE crm.customers RENAME TO clients;' });
    expect(f.message).toBe('Renaming table crm.customers to crm.clients breaks every query of the running application that still uses crm.customers.');
    expect(f.replacement).toMatch(/CREATE VIEW crm\.customers AS SELECT \* FROM crm\.clients;$/);
  });

  it('reports RENAME TABLE on MySQL, one finding per table, without a rewrite for the shared statement', async () => {
    const found = await hits({ before: `${CUSTOMERS}\nCREATE TABLE invoices (id bigint PRIMARY KEY);`, sql: 'RENAME TABLE customers TO clients, invoices TO bills;', dialect: 'mysql' });
    expect(found.map((f) => [f.line, f.message, f.replacement])).toEqual([
      [1, 'Renaming table customers to clients breaks every query of the running application that still uses customers.', undefined],
      [1, 'Renaming table invoices to bills breaks every query of the running application that still uses invoices.', undefined],
    ]);
  });

  it('reports it on SQLite, without a view (SQLite views are read-only)', async () => {
    const [f] = await hits({ before: 'CREATE TABLE customers (id integer PRIMARY KEY);', sql: 'ALTER TABLE customers RENAME TO clients;', dialect: 'sqlite' });
    expect(f.line).toBe(1);
    expect(f.replacement).toBeUndefined();
  });

  it('reports a table renamed twice once, at its first rename', async () => {
    const found = await hits({ before: CUSTOMERS, sql: 'ALTER TABLE customers RENAME TO clients_tmp;\nALTER TABLE clients_tmp RENAME TO clients;' });
    expect(found.map((f) => f.line)).toEqual([1]);
  });

  describe('quiet', () => {
    it('for a table created in the same file', async () => {
      expect(await hits({ sql: 'CREATE TABLE a (id int);\nALTER TABLE a RENAME TO b;' })).toEqual([]);
    });
    it('for a table created in an earlier file of the pull request', async () => {
      const base = { 'migrations/001_init.sql': `${CUSTOMERS}\n` };
      const head = { ...base, 'migrations/002_a.sql': 'CREATE TABLE staging (id int);\n', 'migrations/003_b.sql': 'ALTER TABLE staging RENAME TO imports;\n' };
      expect(await hits({ sql: '', files: { before: base, head } })).toEqual([]);
    });
    it('for the SQLite rebuild pattern, which renames the new table into place', async () => {
      const sql = 'CREATE TABLE customers_new (id integer PRIMARY KEY, name text NOT NULL);\nINSERT INTO customers_new SELECT id, name FROM customers;\nDROP TABLE customers;\nALTER TABLE customers_new RENAME TO customers;';
      expect(await hits({ before: 'CREATE TABLE customers (id integer PRIMARY KEY, name text);', sql, dialect: 'sqlite' })).toEqual([]);
    });
  });
});
