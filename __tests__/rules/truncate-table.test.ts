import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample) => (await runExample(ex, RULES)).findings.filter((f) => f.rule === 'truncate-table');

const SHOP = [
  'CREATE TABLE orders (id bigint PRIMARY KEY);',
  'CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));',
  'CREATE TABLE item_notes (id bigint PRIMARY KEY, item_id bigint REFERENCES order_items (id));',
  'CREATE TABLE sessions (id bigint PRIMARY KEY, data text);',
].join('\n');

describe('truncate-table', () => {
  it('reports TRUNCATE of an existing table on its line, high', async () => {
    const [f, ...rest] = await hits({ before: SHOP, sql: "SET lock_timeout = '2s';\nTRUNCATE TABLE sessions;" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'data-loss', line: 2, endLine: 2, message: 'Truncating sessions deletes all of its rows.' });
  });

  it('is critical with CASCADE and names every table the cascade empties', async () => {
    const [f] = await hits({ before: SHOP, sql: 'TRUNCATE orders CASCADE;' });
    expect(f.severity).toBe('critical');
    expect(f.message).toBe('TRUNCATE orders CASCADE deletes all rows of orders and also empties order_items, item_notes through the foreign keys that lead to it.');
  });

  it('says that TRUNCATE without CASCADE fails on a referenced table', async () => {
    const [f] = await hits({ before: SHOP, sql: 'TRUNCATE orders;' });
    expect(f.severity).toBe('high');
    expect(f.message).toMatch(/As written it fails, because order_items references it/);
  });

  it('names only the existing tables of a multi-table TRUNCATE', async () => {
    const [f] = await hits({ before: SHOP, sql: 'CREATE TABLE import_rows (id int);\nTRUNCATE import_rows, sessions;' });
    expect(f).toMatchObject({ line: 2, message: 'Truncating sessions deletes all of its rows.' });
  });

  it('follows a rename made earlier in the pull request', async () => {
    const found = await hits({ before: SHOP, sql: 'ALTER TABLE sessions RENAME TO old_sessions;\nTRUNCATE old_sessions;' });
    expect(found.map((f) => [f.line, f.message])).toEqual([[2, 'Truncating old_sessions deletes all of its rows.']]);
  });

  it('reports TRUNCATE on MySQL', async () => {
    const found = await hits({ before: 'CREATE TABLE sessions (id bigint PRIMARY KEY);', sql: 'TRUNCATE TABLE sessions;', dialect: 'mysql' });
    expect(found.map((f) => f.severity)).toEqual(['high']);
  });

  describe('quiet', () => {
    it('for a table created in the same file', async () => {
      expect(await hits({ before: SHOP, sql: 'CREATE TABLE import_rows (id int);\nTRUNCATE import_rows;' })).toEqual([]);
    });
    it('for a table created in an earlier file of the pull request', async () => {
      const base = { 'migrations/001_init.sql': `${SHOP}\n` };
      const head = { ...base, 'migrations/002_import.sql': 'CREATE TABLE import_rows (id int);\n', 'migrations/003_reset.sql': 'TRUNCATE import_rows CASCADE;\n' };
      expect(await hits({ sql: '', files: { before: base, head } })).toEqual([]);
    });
    it('for a table dropped and created again in the pull request', async () => {
      expect(await hits({ before: SHOP, sql: 'DROP TABLE sessions;\nCREATE TABLE sessions (id bigint);\nTRUNCATE sessions;' })).toEqual([]);
    });
    it('on MySQL for a table created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE staging (id int);\nTRUNCATE TABLE staging;', dialect: 'mysql' })).toEqual([]);
    });
  });
});
