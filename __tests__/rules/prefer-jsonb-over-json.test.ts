import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'prefer-jsonb-over-json';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, metadata json, extra jsonb, note text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES, { rules: { [ID]: 'low' } });
  return report.findings.filter((f) => f.rule === ID);
}

describe('prefer-jsonb-over-json', () => {
  it('reports a json column of a new table, naming it, with the exact rewrite', async () => {
    const [f, ...rest] = await hits({ sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL, headers JSON[]);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 1, severity: 'low', category: 'hygiene' });
    expect(f.message).toContain('webhooks.payload and webhooks.headers are `json`');
    expect(f.replacement).toBe('CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL, headers JSONB[]);');
  });

  it('reports ADD COLUMN on an existing table and a type change to json', async () => {
    const [add] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN "Payload" json;' });
    expect(add.message).toContain('orders.Payload');
    expect(add.replacement).toBe('ALTER TABLE orders ADD COLUMN "Payload" jsonb;');
    const [alter] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN note TYPE json USING note::json;' });
    expect(alter.message).toContain('orders.note');
    expect(alter.replacement).toBeUndefined();
  });

  it('offers no rewrite when a default was written for json', async () => {
    const [f] = await hits({ sql: "CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL DEFAULT '{}'::json);" });
    expect(f.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('for jsonb columns', async () => {
      expect(await hits({ sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL, headers jsonb[]);' })).toEqual([]);
    });

    it('for old json columns the pull request does not touch', async () => {
      expect(await hits({ before: ORDERS, sql: "ALTER TABLE orders ADD COLUMN status text;\nUPDATE orders SET metadata = '{}' WHERE metadata IS NULL;" })).toEqual([]);
    });

    it('for a statement that restates the type a column already has, or converts it to jsonb', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN metadata TYPE json;' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN metadata TYPE jsonb USING metadata::jsonb;' })).toEqual([]);
    });

    it('for ADD COLUMN IF NOT EXISTS of a column that exists', async () => {
      expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS metadata json;' })).toEqual([]);
    });

    it('on MySQL, where json is the only JSON type', async () => {
      expect(await hits({ dialect: 'mysql', sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);' })).toEqual([]);
    });
  });
});
