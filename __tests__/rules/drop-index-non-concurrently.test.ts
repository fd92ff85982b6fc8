import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'drop-index-non-concurrently';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, status text, note text);\nCREATE INDEX orders_status_idx ON orders (status);\nCREATE INDEX orders_note_idx ON orders (note);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('drop-index-non-concurrently', () => {
  it('reports DROP INDEX of an index production has, naming the index, the table and the lock', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'SELECT 1;\nDROP INDEX orders_status_idx;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 2, endLine: 2, severity: 'medium', category: 'locking' });
    expect(f.message).toContain('Dropping index orders_status_idx without CONCURRENTLY takes ACCESS EXCLUSIVE on orders');
    expect(f.replacement).toBe('DROP INDEX CONCURRENTLY orders_status_idx;');
  });

  it('keeps the author\'s spelling in the replacement', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'drop index if exists orders_status_idx' });
    expect(f.replacement).toBe('drop index CONCURRENTLY if exists orders_status_idx;');
  });

  it('gives the rollback that recreates the index', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'DROP INDEX orders_status_idx;' });
    expect(f.rollback).toMatch(/CREATE INDEX/i);
    expect(f.rollback).toContain('orders_status_idx');
  });

  it('finds the table of a schema-qualified index', async () => {
    const before = 'CREATE SCHEMA app;\nCREATE TABLE app.orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON app.orders (status);';
    const [f] = await hits({ before, sql: 'DROP INDEX app.orders_status_idx;' });
    expect(f.message).toContain('ACCESS EXCLUSIVE on app.orders');
  });

  it('follows a rename of the table made earlier in the pull request', async () => {
    const files = {
      before: { 'migrations/001_initial.sql': ORDERS },
      head: { 'migrations/001_initial.sql': ORDERS, 'migrations/002_rename.sql': 'ALTER TABLE orders RENAME TO purchases;', 'migrations/003_drop.sql': 'SELECT 1;\nDROP INDEX orders_status_idx;' },
    };
    const [f] = await hits({ sql: '', files });
    expect(f).toMatchObject({ file: 'migrations/003_drop.sql', line: 2 });
    expect(f.message).toContain('ACCESS EXCLUSIVE on purchases');
  });

  describe('stays quiet when the same migration takes ACCESS EXCLUSIVE on the table anyway', () => {
    // formbricks-style cleanup: the index goes first, then the column it covered.
    it('DROP INDEX, then DROP CONSTRAINT and DROP COLUMN on its table', async () => {
      const before = `${ORDERS}\nCREATE TABLE shops (id bigint PRIMARY KEY);\nALTER TABLE orders ADD COLUMN shop_id bigint;\nALTER TABLE orders ADD CONSTRAINT orders_shop_id_fkey FOREIGN KEY (shop_id) REFERENCES shops (id);\nCREATE INDEX orders_shop_id_idx ON orders (shop_id);`;
      const sql = 'DROP INDEX IF EXISTS "orders_shop_id_idx";\nALTER TABLE "orders" DROP CONSTRAINT IF EXISTS "orders_shop_id_fkey";\nALTER TABLE "orders" DROP COLUMN IF EXISTS "shop_id";';
      expect(await hits({ before, sql, format: 'golang-migrate' })).toEqual([]);
    });

    it('DROP INDEX of a table the migration drops', async () => {
      expect(await hits({ before: ORDERS, sql: 'DROP INDEX orders_status_idx;\nDROP TABLE orders;' })).toEqual([]);
    });

    it('DROP INDEX after a rename of its table in the same file', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders RENAME TO purchases;\nDROP INDEX orders_status_idx;' })).toEqual([]);
    });

    // umami 17_remove_duplicate_key: two plain DROP INDEX on one table must not excuse each other.
    it('but not when the other statement is itself a DROP INDEX without CONCURRENTLY', async () => {
      const found = await hits({ before: ORDERS, sql: 'DROP INDEX "orders_status_idx";\nDROP INDEX "orders_note_idx";' });
      expect(found.map((f) => f.line)).toEqual([1, 2]);
    });

    it('but not when the other statement locks a different table', async () => {
      const before = `${ORDERS}\nCREATE TABLE customers (id bigint PRIMARY KEY);`;
      const [f] = await hits({ before, sql: 'ALTER TABLE customers ADD COLUMN note text;\nDROP INDEX orders_status_idx;' });
      expect(f.line).toBe(2);
    });
  });

  it('reports each index of a multi-index DROP INDEX, without a rewrite (CONCURRENTLY drops one at a time)', async () => {
    const found = await hits({ before: ORDERS, sql: 'DROP INDEX orders_status_idx, orders_note_idx;' });
    expect(found.map((f) => f.line)).toEqual([1, 1]);
    expect(found.every((f) => f.replacement === undefined)).toBe(true);
  });

  it('offers no rewrite for CASCADE, which CONCURRENTLY does not take', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'DROP INDEX orders_status_idx CASCADE;' });
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('CASCADE');
  });

  it('tells goose users how to leave the transaction', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'DROP INDEX orders_status_idx;', format: 'goose' });
    expect(f.line).toBe(2);
    expect(f.fix).toContain('-- +goose NO TRANSACTION');
  });

  describe('stays quiet', () => {
    it('with CONCURRENTLY', async () => {
      expect(await hits({ before: ORDERS, sql: 'DROP INDEX CONCURRENTLY orders_status_idx;' })).toEqual([]);
    });

    it('when the index was created in the same file', async () => {
      expect(await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY orders_tmp_idx ON orders (note);\nDROP INDEX orders_tmp_idx;' })).toEqual([]);
    });

    it('when the index was created by another file of the pull request', async () => {
      const files = {
        before: { 'migrations/001_initial.sql': ORDERS },
        head: {
          'migrations/001_initial.sql': ORDERS,
          'migrations/002_add_index.sql': 'CREATE INDEX CONCURRENTLY orders_tmp_idx ON orders (note);',
          'migrations/003_drop_index.sql': 'DROP INDEX orders_tmp_idx;',
        },
      };
      expect(await hits({ sql: '', files })).toEqual([]);
    });

    it('when the index was dropped and created again earlier in the pull request', async () => {
      const sql = 'DROP INDEX CONCURRENTLY orders_status_idx;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status, id);\nDROP INDEX orders_status_idx;';
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
    });

    it('when the table was created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE drafts (id bigint, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nDROP INDEX drafts_title_idx;' })).toEqual([]);
    });

    it('when no such index exists', async () => {
      expect(await hits({ before: ORDERS, sql: 'DROP INDEX IF EXISTS orders_missing_idx;' })).toEqual([]);
    });
  });
});
