import type { Rule } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { shareLock } from './lib/locks.js';
import { existingTable } from './lib/existing.js';
import { indexIn } from './lib/pg-locks.js';

export const createIndexNonConcurrently: Rule = {
  id: 'create-index-non-concurrently',
  category: 'locking',
  severity: 'high',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'CREATE INDEX without CONCURRENTLY on a table that exists in production.',
    why: 'A plain CREATE INDEX takes a SHARE lock on the table for the whole build: reads go on, but every INSERT, UPDATE and DELETE waits. On a large table the build takes minutes to hours.',
    fix: 'Use CREATE INDEX CONCURRENTLY, outside a transaction (in its own migration, with the tool\'s no-transaction option). If it fails it leaves an INVALID index: drop it and retry.',
    bad: [{ before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);', sql: 'CREATE INDEX orders_customer_id_idx ON orders (customer_id);' }],
    good: [
      { before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);', sql: 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);' },
      { sql: 'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint);\nCREATE INDEX payments_order_id_idx ON payments (order_id);', note: 'The table is new and empty: the lock costs nothing.' },
      {
        before: 'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);',
        sql: 'DROP TABLE IF EXISTS sessions;\nCREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint, token text);\nCREATE INDEX sessions_user_id_idx ON sessions (user_id);',
        note: 'The table is dropped and created again earlier in the migration: the index is built on an empty table (drop-table reports the drop).',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\nCREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);',
        sql: 'CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);',
        note: 'The index already exists, so IF NOT EXISTS makes this a no-op.',
      },
      {
        before: 'CREATE TABLE events (id bigint, created_at timestamptz, tags jsonb) PARTITION BY RANGE (created_at);',
        sql: 'CREATE INDEX events_tags_idx ON ONLY events USING gin (tags);',
        note: 'ON ONLY a partitioned table creates an empty, invalid index on the parent; each partition\'s index is built CONCURRENTLY and attached afterwards.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'create_index').flatMap((r) => {
      if (r.op.concurrently || !existingTable(ctx, r, r.op.table)) return [];
      // IF NOT EXISTS of an index that is already there builds nothing (PostgreSQL only notes it).
      if (r.op.ifNotExists && r.op.name && indexIn(r.before, { schema: r.op.table.schema, name: r.op.name })) return [];
      // ON ONLY a partitioned table creates the index on the parent alone, invalid and empty: the
      // partitions' indexes are built (CONCURRENTLY) and attached separately. Replay does not
      // record partitioning, so ONLY is taken as the author's statement that the table is partitioned.
      if (/\bon\s+only\b/i.test(r.op.stmt.text)) return [];
      const replacement = concurrentIndexSql(r.op.stmt.text);
      return [{
        at: r.op.stmt,
        op: r,
        message: `Creating ${r.op.name ? `index ${r.op.name}` : 'an index'} on ${shown(r.op.table)} without CONCURRENTLY blocks writes to the table while it builds.`,
        why: shareLock(r.op.table),
        replacement,
      }];
    });
  },
};

/** The same statement with CONCURRENTLY inserted after INDEX, keeping the author's spelling. */
function concurrentIndexSql(text: string): string | undefined {
  const m = /^(\s*create\s+(?:unique\s+)?index)(\s)/i.exec(text);
  return m ? `${m[1]} CONCURRENTLY${text.slice(m[1].length)};` : undefined;
}
