import type { Rule, RuleHit } from './rule.js';
import { quoteIdent } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { shareLock } from './lib/locks.js';
import { existingTable } from './lib/existing.js';
import { indexIn } from '../knowledge/pg-locks.js';
import { canRunOutsideTransaction, runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { sqlName } from './lib/statement-text.js';

export const createIndexNonConcurrently: Rule = {
  id: 'create-index-non-concurrently',
  category: 'locking',
  severity: 'high',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'CREATE INDEX without CONCURRENTLY on a table that exists in production.',
    why: 'A plain CREATE INDEX takes a SHARE lock on the table for the whole build: reads go on, but every INSERT, UPDATE and DELETE waits. On a large table the build takes minutes to hours.',
    fix: 'Use CREATE INDEX CONCURRENTLY, outside a transaction (in its own migration, with the tool\'s no-transaction option). If it fails it leaves an INVALID index: drop it and retry. A partitioned table refuses CONCURRENTLY: create the index ON ONLY the parent, build each partition\'s index CONCURRENTLY, and ALTER INDEX … ATTACH PARTITION each one.',
    bad: [
      { before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);', sql: 'CREATE INDEX orders_customer_id_idx ON orders (customer_id);' },
      {
        before: 'CREATE TABLE events (id bigint, created_at timestamptz, tags jsonb) PARTITION BY RANGE (created_at);\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM (\'2025-01-01\') TO (\'2026-01-01\');',
        sql: 'CREATE INDEX events_tags_idx ON events USING gin (tags);',
        note: 'A partitioned table: the index is built on every partition under their locks, and PostgreSQL refuses CONCURRENTLY here, so the fix is ON ONLY the parent, then each partition CONCURRENTLY and ATTACH PARTITION.',
      },
    ],
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
    return opsOf(ctx, 'create_index').flatMap((r): RuleHit[] => {
      if (r.op.concurrently || !existingTable(ctx, r, r.op.table)) return [];
      // IF NOT EXISTS of an index that is already there builds nothing (PostgreSQL only notes it).
      if (r.op.ifNotExists && r.op.name && indexIn(r.before, { schema: r.op.table.schema, name: r.op.name })) return [];
      // ON ONLY a partitioned table creates the index on the parent alone, invalid and empty: the
      // partitions' indexes are built (CONCURRENTLY) and attached separately. ONLY is taken as the
      // author's statement that the table is partitioned even when replay did not see PARTITION BY.
      if (/\bon\s+only\b/i.test(r.op.stmt.text)) return [];
      const parent = tableBefore(r, r.op.table);
      if (parent?.partitioned) {
        // PostgreSQL refuses CREATE INDEX CONCURRENTLY on a partitioned table, so no replacement.
        const partitions = [...r.before.tables.values()].filter((t) => t.partitionOf && tableKey(t.partitionOf, r.before.dialect) === tableKey(r.op.table, r.before.dialect));
        return [{
          at: r.op.stmt,
          op: r,
          message: `Creating ${r.op.name ? `index ${r.op.name}` : 'an index'} on the partitioned table ${shown(r.op.table)} builds it on every partition, blocking writes to all of them while it builds; PostgreSQL cannot build it CONCURRENTLY on the parent.`,
          why: `${shareLock(r.op.table, 'the index is built on every partition')} The partitions are locked the same way.`,
          fix: partitionedFix(r.op.name !== undefined ? quoteIdent(r.op.name) : undefined, sqlName(r.op.table), partitions.map((t) => sqlName(t.name))),
        }];
      }
      // Without a way out of the tool's transaction, CONCURRENTLY would fail: no one-click rewrite then.
      const outsideOnly = !canRunOutsideTransaction(ctx.set.format);
      return [{
        at: r.op.stmt,
        op: r,
        message: `Creating ${r.op.name ? `index ${r.op.name}` : 'an index'} on ${shown(r.op.table)} without CONCURRENTLY blocks writes to the table while it builds.`,
        why: shareLock(r.op.table),
        ...(outsideOnly
          ? { fix: `Build it with CREATE INDEX CONCURRENTLY, which cannot run in a transaction: ${runOutsideAdvice(ctx.set.format, r.file)}.` }
          : { replacement: concurrentIndexSql(r.op.stmt.text) }),
      }];
    });
  },
};

/**
 * The recipe for a partitioned parent: CREATE INDEX CONCURRENTLY is refused there ("cannot create
 * index on partitioned table concurrently"), so build the parent index ON ONLY (instant, invalid),
 * each partition's index CONCURRENTLY, and attach them; the parent index turns valid with the last one.
 */
function partitionedFix(index: string | undefined, table: string, partitions: string[]): string {
  const idx = index ?? '<parent_idx>';
  const each = partitions.length ? `each partition (${partitions.join(', ')})` : 'each partition';
  return `Do not add CONCURRENTLY: PostgreSQL rejects it on a partitioned table. Create the index ON ONLY the parent first (\`CREATE INDEX ${idx} ON ONLY ${table} (…)\`: instant, and the index stays invalid), then for ${each} run \`CREATE INDEX CONCURRENTLY <partition_idx> ON <partition> (…)\` outside a transaction and \`ALTER INDEX ${idx} ATTACH PARTITION <partition_idx>\`. The parent index becomes valid once every partition's index is attached.`;
}

/** The same statement with CONCURRENTLY inserted after INDEX, keeping the author's spelling. */
function concurrentIndexSql(text: string): string | undefined {
  const m = /^(\s*create\s+(?:unique\s+)?index)(\s)/i.exec(text);
  return m ? `${m[1]} CONCURRENTLY${text.slice(m[1].length)};` : undefined;
}
