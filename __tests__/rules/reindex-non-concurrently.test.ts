import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'reindex-non-concurrently';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON orders (status);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('reindex-non-concurrently', () => {
  it('reports REINDEX INDEX, naming the index, its table and the locks, with the CONCURRENTLY rewrite', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'SELECT 1;\nREINDEX INDEX orders_status_idx;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'medium', category: 'locking' });
    expect(f.message).toContain('REINDEX INDEX orders_status_idx without CONCURRENTLY');
    expect(f.message).toContain('ACCESS EXCLUSIVE');
    expect(f.message).toContain('orders');
    expect(f.replacement).toBe('REINDEX INDEX CONCURRENTLY orders_status_idx;');
  });

  it('reports REINDEX TABLE and keeps the author\'s spelling and options in the rewrite', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'reindex (verbose) table orders' });
    expect(f.message).toContain('REINDEX TABLE orders');
    expect(f.replacement).toBe('reindex (verbose) table CONCURRENTLY orders;');
  });

  it('reports REINDEX SCHEMA and DATABASE', async () => {
    expect(await hits({ before: ORDERS, sql: 'REINDEX SCHEMA public;' })).toHaveLength(1);
    expect(await hits({ before: ORDERS, sql: 'REINDEX DATABASE app;' })).toHaveLength(1);
  });

  it('before PostgreSQL 12 says there is no concurrent form and gives the build-and-swap recipe, without a rewrite', async () => {
    const [f] = await hits({ before: ORDERS, version: '11', sql: 'REINDEX INDEX orders_status_idx;' });
    expect(f.message).toContain('has no REINDEX CONCURRENTLY');
    expect(f.fix).toContain('CREATE INDEX CONCURRENTLY orders_status_idx_new');
    expect(f.fix).toContain('DROP INDEX CONCURRENTLY orders_status_idx');
    expect(f.fix).toContain('RENAME TO orders_status_idx');
    expect(f.replacement).toBeUndefined();
  });

  it('on PostgreSQL 12 offers the rewrite', async () => {
    const [f] = await hits({ before: ORDERS, version: '12', sql: 'REINDEX TABLE orders;' });
    expect(f.replacement).toBe('REINDEX TABLE CONCURRENTLY orders;');
  });

  it('follows a rename of the table made earlier in the pull request', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders RENAME TO purchases;\nREINDEX TABLE purchases;' });
    expect(f.message).toContain('REINDEX TABLE purchases');
  });

  it('does not offer CONCURRENTLY for REINDEX SYSTEM, which rebuilds catalog indexes only (issue 10)', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'REINDEX SYSTEM app;' });
    expect(f.message).toMatch(/system catalog index/);
    expect(f.message).not.toMatch(/without CONCURRENTLY/);
    expect(f.fix).not.toMatch(/Use REINDEX/);
    expect(f.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('with CONCURRENTLY, written either way', async () => {
      expect(await hits({ before: ORDERS, sql: 'REINDEX INDEX CONCURRENTLY orders_status_idx;' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'REINDEX (CONCURRENTLY) TABLE orders;' })).toEqual([]);
    });

    it('for an index created in this pull request', async () => {
      const sql = 'CREATE INDEX CONCURRENTLY orders_id_status_idx ON orders (id, status);\nREINDEX INDEX orders_id_status_idx;';
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
    });

    it('for an index dropped and created again in this pull request', async () => {
      const sql = 'DROP INDEX CONCURRENTLY orders_status_idx;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nREINDEX INDEX orders_status_idx;';
      expect(await hits({ before: ORDERS, sql })).toEqual([]);
    });

    it('for a table created in this pull request, and its indexes', async () => {
      const sql = 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nREINDEX TABLE drafts;\nREINDEX INDEX drafts_title_idx;';
      expect(await hits({ sql })).toEqual([]);
    });
  });
});
