import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'concurrently-in-transaction';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, status text, note text);\nCREATE INDEX orders_note_idx ON orders (note);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('concurrently-in-transaction: plain numbered files (autocommit unless BEGIN)', () => {
  it('reports CREATE INDEX CONCURRENTLY inside an explicit BEGIN, at its line, naming the BEGIN', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 3, endLine: 3, severity: 'critical', category: 'locking' });
    expect(f.message).toContain('CREATE INDEX CONCURRENTLY orders_status_idx on orders');
    expect(f.message).toContain('BEGIN on line 1');
    expect(f.message).toContain('"CREATE INDEX CONCURRENTLY cannot run inside a transaction block"');
    expect(f.fix).toMatch(/Remove the BEGIN … COMMIT/);
  });

  it('stays quiet without BEGIN: each statement autocommits', async () => {
    expect(await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);' })).toEqual([]);
  });

  it('stays quiet for a statement after COMMIT', async () => {
    expect(await hits({ before: ORDERS, sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);' })).toEqual([]);
  });

  it('reports a statement after a second BEGIN, naming that BEGIN', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\nBEGIN;\nDROP INDEX CONCURRENTLY orders_note_idx;\nCOMMIT;' });
    expect(f.line).toBe(5);
    expect(f.message).toContain('DROP INDEX CONCURRENTLY orders_note_idx');
    expect(f.message).toContain('BEGIN on line 4');
    expect(f.message).toContain('"DROP INDEX CONCURRENTLY cannot run inside a transaction block"');
  });

  it('reports REINDEX … CONCURRENTLY and DETACH PARTITION … CONCURRENTLY in a transaction', async () => {
    const before = `${ORDERS}\nCREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');`;
    const found = await hits({ before, sql: 'BEGIN;\nREINDEX INDEX CONCURRENTLY orders_note_idx;\nALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;\nCOMMIT;' });
    expect(found.map((f) => f.line)).toEqual([2, 3]);
    expect(found[0].message).toContain('"REINDEX CONCURRENTLY cannot run inside a transaction block"');
    expect(found[1].message).toContain('DETACH PARTITION events_2023 CONCURRENTLY from events');
  });

  it('does not report REFRESH MATERIALIZED VIEW CONCURRENTLY, which PostgreSQL allows in a transaction', async () => {
    const before = `${ORDERS}\nCREATE MATERIALIZED VIEW order_totals AS SELECT status, count(*) AS n FROM orders GROUP BY status;\nCREATE UNIQUE INDEX order_totals_status ON order_totals (status);`;
    expect(await hits({ before, sql: 'BEGIN;\nREFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;\nCOMMIT;' })).toEqual([]);
  });

  it('does not report the non-concurrent forms', async () => {
    expect(await hits({ before: ORDERS, sql: 'BEGIN;\nCREATE INDEX orders_status_idx ON orders (status);\nDROP INDEX orders_note_idx;\nCOMMIT;' })).toEqual([]);
  });
});

describe('concurrently-in-transaction: goose wraps every file', () => {
  it('reports it with the goose remedy, at the line of the statement in the file', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', format: 'goose' });
    // runExample writes `-- +goose Up` on line 1.
    expect(f).toMatchObject({ file: 'migrations/00002_change.sql', line: 2 });
    expect(f.message).toContain('goose wraps every migration in a transaction; add `-- +goose NO TRANSACTION`');
    expect(f.fix).toContain('-- +goose NO TRANSACTION');
  });

  it('stays quiet with -- +goose NO TRANSACTION', async () => {
    expect(await hits({ before: ORDERS, sql: '-- +goose NO TRANSACTION\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX CONCURRENTLY orders_note_idx;', format: 'goose' })).toEqual([]);
  });

  it('stays quiet between an explicit COMMIT and BEGIN, which end and reopen goose\'s transaction (issue 10)', async () => {
    const sql = 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nBEGIN;\nALTER TABLE orders ADD COLUMN paid_at timestamptz;';
    expect(await hits({ before: ORDERS, sql, format: 'goose' })).toEqual([]);
  });

  it('still reports CONCURRENTLY after the BEGIN that reopens goose\'s transaction', async () => {
    const sql = 'COMMIT;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nBEGIN;\nDROP INDEX CONCURRENTLY orders_note_idx;';
    expect((await hits({ before: ORDERS, sql, format: 'goose' })).map((f) => f.line)).toEqual([5]);
  });

  it('still reports an explicit BEGIN in a NO TRANSACTION file', async () => {
    const [f] = await hits({ before: ORDERS, sql: '-- +goose NO TRANSACTION\nBEGIN;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;', format: 'goose' });
    expect(f.line).toBe(4);
    expect(f.message).toContain('BEGIN on line 3');
  });

  it('reports every CONCURRENTLY statement of a wrapped file', async () => {
    const found = await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX CONCURRENTLY orders_note_idx;', format: 'goose' });
    expect(found.map((f) => f.line)).toEqual([2, 3]);
  });
});

describe('concurrently-in-transaction: golang-migrate sends the file as one string', () => {
  it('stays quiet for a file with that one statement', async () => {
    expect(await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', format: 'golang-migrate' })).toEqual([]);
  });

  it('reports it in a multi-statement file, with the golang-migrate explanation', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', format: 'golang-migrate' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/2_change.up.sql', line: 2 });
    expect(f.message).toContain('golang-migrate sends the file as one multi-statement string, which PostgreSQL runs as one transaction: put it in a file of its own');
    expect(f.message).toContain('dirty');
  });

  it('reports two CONCURRENTLY statements sharing one file', async () => {
    const found = await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX CONCURRENTLY orders_note_idx;', format: 'golang-migrate' });
    expect(found.map((f) => f.line)).toEqual([1, 2]);
  });
});

describe('concurrently-in-transaction: Flyway decides per statement', () => {
  it('stays quiet for a migration made only of CREATE/DROP INDEX CONCURRENTLY', async () => {
    expect(await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX CONCURRENTLY orders_note_idx;', format: 'flyway' })).toEqual([]);
  });

  it('reports a migration that mixes it with a transactional statement, naming the mixed line', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);', format: 'flyway' });
    expect(f).toMatchObject({ file: 'db/migration/V2__change.sql', line: 2, severity: 'critical' });
    expect(f.message).toContain('Detected both transactional and non-transactional statements within the same migration');
    expect(f.message).toContain('(line 1)');
  });

  it('counts a SET as transactional, as Flyway does', async () => {
    const [f] = await hits({ before: ORDERS, sql: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);", format: 'flyway' });
    expect(f.line).toBe(2);
  });

  it('reports REINDEX … CONCURRENTLY even alone: Flyway does not recognise it and runs it in a transaction', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'REINDEX INDEX CONCURRENTLY orders_note_idx;', format: 'flyway' });
    expect(f.line).toBe(1);
    expect(f.message).toContain('`executeInTransaction=false` to db/migration/V2__change.sql.conf');
  });

  it('stays quiet when the script configuration turns the transaction off', async () => {
    const files = {
      before: { 'db/migration/V1__initial.sql': ORDERS },
      head: {
        'db/migration/V1__initial.sql': ORDERS,
        'db/migration/V2__reindex.sql': 'REINDEX INDEX CONCURRENTLY orders_note_idx;',
        'db/migration/V2__reindex.sql.conf': 'executeInTransaction=false\n',
      },
    };
    expect(await hits({ sql: '', files })).toEqual([]);
  });
});

describe('concurrently-in-transaction: dbmate and Supabase', () => {
  const dbmate = (up: string) => ({
    sql: '',
    files: {
      before: { 'db/migrations/20240101000000_init.sql': `-- migrate:up\n${ORDERS}\n-- migrate:down\n` },
      head: {
        'db/migrations/20240101000000_init.sql': `-- migrate:up\n${ORDERS}\n-- migrate:down\n`,
        'db/migrations/20240201000000_index.sql': `${up}\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n-- migrate:down\nDROP INDEX orders_status_idx;\n`,
      },
    },
  });

  it('reports dbmate\'s wrapped migration with its remedy', async () => {
    const [f] = await hits(dbmate('-- migrate:up'));
    expect(f).toMatchObject({ file: 'db/migrations/20240201000000_index.sql', line: 2 });
    expect(f.message).toContain('dbmate wraps every migration in a transaction; write `-- migrate:up transaction:false`');
  });

  it('stays quiet with -- migrate:up transaction:false', async () => {
    expect(await hits(dbmate('-- migrate:up transaction:false'))).toEqual([]);
  });

  const supabase = (sql: string) => ({
    sql: '',
    files: {
      before: { 'supabase/migrations/20240101000000_init.sql': `${ORDERS}\nCREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');` },
      head: {
        'supabase/migrations/20240101000000_init.sql': `${ORDERS}\nCREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');`,
        'supabase/migrations/20240201000000_change.sql': sql,
      },
    },
  });

  it('stays quiet for the index statements the Supabase CLI runs outside its batch', async () => {
    expect(await hits(supabase('ALTER TABLE orders ADD COLUMN a int;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX CONCURRENTLY orders_note_idx;'))).toEqual([]);
  });

  it('reports DETACH PARTITION … CONCURRENTLY in a Supabase migration', async () => {
    const [f] = await hits(supabase('ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;'));
    expect(f.line).toBe(2);
    expect(f.message).toContain('the Supabase CLI runs every migration file in one transaction');
  });
});

describe('concurrently-in-transaction: the finding', () => {
  it('carries the operation, so the report offers rollback SQL', async () => {
    const [f] = await hits({ before: ORDERS, sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;' });
    expect(f.rollback).toMatch(/DROP INDEX/i);
    expect(f.rollback).toContain('orders_status_idx');
  });
});
