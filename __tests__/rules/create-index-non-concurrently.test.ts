import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'create-index-non-concurrently';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, created_at timestamptz);';
const SHARE = (t: string) => `It takes a SHARE lock on ${t}: reads go on, but every INSERT, UPDATE and DELETE waits until the index is built.`;
const EVENTS = "CREATE TABLE events (id bigint, created_at timestamptz) PARTITION BY RANGE (created_at);\nCREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');";

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('create-index-non-concurrently', () => {
  it('reports an index on a production table, naming the lock, with the CONCURRENTLY rewrite and DROP INDEX as rollback', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'SELECT 1;\nCREATE INDEX orders_status_idx ON orders (status);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      line: 2,
      severity: 'high',
      category: 'locking',
      message: 'Creating index orders_status_idx on orders without CONCURRENTLY blocks writes to the table while it builds.',
      why: SHARE('orders'),
      replacement: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
      rollback: 'DROP INDEX orders_status_idx;',
    });
  });

  it('keeps the author’s spelling in the rewrite: UNIQUE, lower case, line breaks, WHERE, IF NOT EXISTS, USING', async () => {
    const [u] = await hits({ before: ORDERS, sql: 'create unique index\n  orders_cs_uq on orders (customer_id, status)\n  where status is not null;' });
    expect(u.replacement).toBe('create unique index CONCURRENTLY\n  orders_cs_uq on orders (customer_id, status)\n  where status is not null;');
    const [ine] = await hits({ before: ORDERS, sql: 'CREATE INDEX IF NOT EXISTS orders_status_idx ON orders USING btree (status);' });
    expect(ine.replacement).toBe('CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders USING btree (status);');
  });

  it('says "an index" for an unnamed one, and names the schema', async () => {
    const [anon] = await hits({ before: ORDERS, sql: 'CREATE INDEX ON orders (status);' });
    expect(anon).toMatchObject({ message: 'Creating an index on orders without CONCURRENTLY blocks writes to the table while it builds.', replacement: 'CREATE INDEX CONCURRENTLY ON orders (status);' });
    const [shop] = await hits({ before: 'CREATE SCHEMA shop;\nCREATE TABLE shop.orders (id bigint PRIMARY KEY, status text);', sql: 'CREATE INDEX orders_status_idx ON shop.orders (status);' });
    expect(shop).toMatchObject({ message: 'Creating index orders_status_idx on shop.orders without CONCURRENTLY blocks writes to the table while it builds.', why: SHARE('shop.orders'), rollback: 'DROP INDEX shop.orders_status_idx;' });
  });

  it('reports IF NOT EXISTS when only another schema has an index of that name', async () => {
    const before = `CREATE SCHEMA shop;\nCREATE TABLE shop.orders (id bigint PRIMARY KEY, status text);\n${ORDERS}\nCREATE INDEX orders_status_idx ON orders (status);`;
    expect((await hits({ before, sql: 'CREATE INDEX IF NOT EXISTS orders_status_idx ON shop.orders (status);' })).map((f) => f.line)).toEqual([1]);
  });

  it('follows a rename of a production table earlier in the pull request', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders RENAME TO purchases;\nCREATE INDEX purchases_status_idx ON purchases (status);' });
    expect(f).toMatchObject({ line: 2, message: 'Creating index purchases_status_idx on purchases without CONCURRENTLY blocks writes to the table while it builds.' });
  });

  it('reports a table no replayed migration created: the history may start after it', async () => {
    expect((await hits({ before: ORDERS, sql: 'CREATE INDEX legacy_x_idx ON legacy (x);' })).map((f) => f.message)).toEqual([
      'Creating index legacy_x_idx on legacy without CONCURRENTLY blocks writes to the table while it builds.',
    ]);
  });

  it('on a partitioned table: no replacement, and the ON ONLY + ATTACH recipe naming the partitions', async () => {
    const [f] = await hits({ before: EVENTS, sql: 'CREATE INDEX events_created_at_idx ON events (created_at);' });
    expect(f).toMatchObject({
      message: 'Creating index events_created_at_idx on the partitioned table events builds it on every partition, blocking writes to all of them while it builds; PostgreSQL cannot build it CONCURRENTLY on the parent.',
      why: 'It takes a SHARE lock on events: reads go on, but every INSERT, UPDATE and DELETE waits until the index is built on every partition. The partitions are locked the same way.',
    });
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('(`CREATE INDEX events_created_at_idx ON ONLY events (…)`');
    expect(f.fix).toContain('for each partition (events_2024, events_2025) run `CREATE INDEX CONCURRENTLY <partition_idx> ON <partition> (…)`');
    expect(f.fix).toContain('`ALTER INDEX events_created_at_idx ATTACH PARTITION <partition_idx>`');
    const [anon] = await hits({ before: EVENTS, sql: 'CREATE INDEX ON events (created_at);' });
    expect(anon.fix).toContain('`CREATE INDEX <parent_idx> ON ONLY events (…)`');
  });

  it('on one partition, the plain CONCURRENTLY rewrite', async () => {
    const [f] = await hits({ before: EVENTS, sql: 'CREATE INDEX events_2024_created_at_idx ON events_2024 (created_at);' });
    expect(f.replacement).toBe('CREATE INDEX CONCURRENTLY events_2024_created_at_idx ON events_2024 (created_at);');
  });

  it('in goose and Flyway files too, which can run it outside a transaction', async () => {
    for (const format of ['goose', 'flyway'] as const) {
      const [f] = await hits({ format, before: ORDERS, sql: 'CREATE INDEX orders_status_idx ON orders (status);' });
      expect(f.replacement).toBe('CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);');
    }
  });

  it('for a Django AddIndex, with no SQL rewrite of the Python', async () => {
    const report = await runExample(djangoChange("migrations.AddIndex(model_name='order', index=models.Index(fields=['status'], name='order_status_idx'))"), RULES);
    const [f, ...rest] = report.findings.filter((x) => x.rule === ID);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 10, message: 'Creating index order_status_idx on shop_order without CONCURRENTLY blocks writes to the table while it builds.' });
    expect(f.replacement).toBeUndefined();
  });

  it('stays quiet in a Django squashed migration (replaces = [...]), which only runs on an empty database (issue 10, NetBox)', async () => {
    const squash = (replaces: string) => `from django.db import migrations, models


class Migration(migrations.Migration):
${replaces}
    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.AddIndex(model_name='order', index=models.Index(fields=['status'], name='order_status_idx')),
    ]
`;
    const ex = (replaces: string) => {
      const base = djangoChange('migrations.RunSQL("SELECT 1")', '0002_noop');
      const before = { ...base.files!.before };
      return { sql: '', files: { before, head: { ...before, 'shop/migrations/0002_squashed.py': squash(replaces) } } };
    };
    expect((await runExample(ex("    replaces = [('shop', '0002_a'), ('shop', '0003_b')]"), RULES)).findings.filter((f) => f.rule === ID)).toEqual([]);
    // The same file without `replaces` is an ordinary migration on a table with production rows.
    expect((await runExample(ex(''), RULES)).findings.filter((f) => f.rule === ID)).toHaveLength(1);
  });

  describe('stays quiet', () => {
    it('for CREATE INDEX CONCURRENTLY', async () => {
      expect(await hits({ before: ORDERS, sql: 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_status_uq ON orders (status);' })).toEqual([]);
    });

    it('for a table created in this pull request, also under a later name', async () => {
      expect(await hits({ before: ORDERS, sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint);\nCREATE INDEX refunds_order_id_idx ON refunds (order_id);' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'CREATE TABLE refunds_new (id bigint PRIMARY KEY, order_id bigint);\nALTER TABLE refunds_new RENAME TO refunds;\nCREATE INDEX refunds_order_id_idx ON refunds (order_id);' })).toEqual([]);
    });

    it('for a table dropped and created again earlier, even one the history never created', async () => {
      expect(await hits({ before: ORDERS, sql: 'DROP TABLE IF EXISTS legacy;\nCREATE TABLE legacy (id int PRIMARY KEY, x int);\nCREATE INDEX legacy_x_idx ON legacy (x);' })).toEqual([]);
    });

    it('for IF NOT EXISTS of an index that already exists', async () => {
      expect(await hits({ before: `${ORDERS}\nCREATE INDEX orders_status_idx ON orders (status);`, sql: 'CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);' })).toEqual([]);
    });

    it('for ON ONLY, whether or not replay saw the table as partitioned', async () => {
      expect(await hits({ before: EVENTS, sql: 'CREATE INDEX events_created_at_idx ON ONLY events (created_at);' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'CREATE INDEX orders_status_idx\n  ON ONLY orders (status);' })).toEqual([]);
    });

    it('on MySQL and SQLite, where the rule does not apply', async () => {
      expect(await hits({ dialect: 'mysql', before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20));', sql: 'CREATE INDEX orders_status_idx ON orders (status);' })).toEqual([]);
      expect(await hits({ dialect: 'sqlite', before: 'CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT);', sql: 'CREATE INDEX orders_status_idx ON orders (status);' })).toEqual([]);
    });
  });

  it('in a realistic history, reports the index builds on production tables only', async () => {
    const base = {
      'db/migrations/00001_init.sql': '-- +goose Up\nCREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL);\n\n-- +goose Down\nDROP TABLE orders;\nDROP TABLE customers;\n',
      'db/migrations/00002_orders_idx.sql': '-- +goose Up\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);\n\n-- +goose Down\nDROP INDEX orders_customer_id_idx;\n',
      'db/migrations/00003_payments.sql': '-- +goose Up\nCREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL, paid_at timestamptz);\n\n-- +goose Down\nDROP TABLE payments;\n',
    };
    const report = await reviewPr(base, {
      'db/migrations/00004_indexes.sql': [
        '-- +goose Up',
        'CREATE TABLE refunds (id bigint PRIMARY KEY, payment_id bigint NOT NULL);',
        'CREATE INDEX refunds_payment_id_idx ON refunds (payment_id);',
        'CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);',
        'CREATE INDEX payments_order_id_idx ON payments (order_id);',
        '',
        '-- +goose Down',
        'DROP INDEX payments_order_id_idx;',
        'DROP TABLE refunds;',
      ].join('\n'),
      'db/migrations/00005_email.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE UNIQUE INDEX CONCURRENTLY customers_email_uq ON customers (email);\nCREATE INDEX customers_lower_email_idx ON customers (lower(email));\n\n-- +goose Down\nDROP INDEX customers_lower_email_idx;\nDROP INDEX customers_email_uq;\n',
    });
    expect(found(report).filter((f) => f.startsWith(`${ID}@`))).toEqual([`${ID}@00004_indexes.sql:5`, `${ID}@00005_email.sql:4`]);
    expect(report.findings.filter((f) => f.rule === ID).map((f) => f.replacement)).toEqual([
      'CREATE INDEX CONCURRENTLY payments_order_id_idx ON payments (order_id);',
      'CREATE INDEX CONCURRENTLY customers_lower_email_idx ON customers (lower(email));',
    ]);
  });
});
