import { atLeast } from '../model/dialect.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown, type ReviewedOf } from './lib/reviewed.js';
import { indexIn } from '../knowledge/pg-locks.js';
import { existingTable } from './lib/existing.js';
import { indexCreatedInPr } from './lib/created-in-pr.js';
import { runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { concurrentRewritable } from './lib/statement-text.js';

export const reindexNonConcurrently: Rule = {
  id: 'reindex-non-concurrently',
  category: 'locking',
  severity: 'medium',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'REINDEX without CONCURRENTLY on an index or table that exists in production.',
    why: 'A plain REINDEX locks the table SHARE (no INSERT, UPDATE or DELETE) and each index it rebuilds ACCESS EXCLUSIVE for the whole rebuild. Because the planner opens every index of a table, even SELECTs on the table wait. On a large table the rebuild takes minutes, and the table is unusable for all of them.',
    fix: 'On PostgreSQL 12 and later, use REINDEX … CONCURRENTLY: it builds a new copy of the index next to the old one and swaps them, blocking neither reads nor writes. It cannot run inside a transaction block, so give it a migration of its own with the tool\'s no-transaction option. Before PostgreSQL 12 there is no concurrent form: build a replacement with CREATE INDEX CONCURRENTLY, drop the old index with DROP INDEX CONCURRENTLY and rename the new one to the old name.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
        sql: 'REINDEX INDEX orders_status_idx;',
      },
      {
        version: '11',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'REINDEX TABLE orders;',
        note: 'PostgreSQL 11 has no REINDEX CONCURRENTLY: the finding gives the CREATE INDEX CONCURRENTLY and swap recipe instead.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
        sql: 'REINDEX INDEX CONCURRENTLY orders_status_idx;',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nREINDEX INDEX orders_status_idx;',
        note: 'The index was created in the same pull request: production has no copy of it to lock.',
      },
      {
        sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nREINDEX TABLE drafts;',
        note: 'The table is new: no query in production can be waiting on it.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const concurrentForm = atLeast(ctx.target, '12');
    for (const r of opsOf(ctx, 'reindex')) {
      if (r.op.concurrently) continue;
      const target = r.op.target;
      let subject: string;
      let lockText: string;
      if (target === 'index') {
        const now = indexIn(r.before, r.op.name);
        if (!now || !indexIn(ctx.base, r.op.name) || indexCreatedInPr(ctx, r, r.op.name) || !existingTable(ctx, r, now.table.name)) continue;
        const table = shown(now.table.name);
        subject = `REINDEX INDEX ${shown(r.op.name)}`;
        lockText = `locks ${table} SHARE (no writes) and the index ACCESS EXCLUSIVE, so even queries that read ${table} wait until the rebuild ends`;
      } else if (target === 'table') {
        if (!existingTable(ctx, r, r.op.name)) continue;
        const table = shown(r.op.name);
        subject = `REINDEX TABLE ${table}`;
        lockText = `locks ${table} SHARE (no writes) and every index of ${table} ACCESS EXCLUSIVE, so even queries that read ${table} wait until all its indexes are rebuilt`;
      } else if (target === 'system') {
        // Catalog indexes only, and CONCURRENTLY is impossible there: never offer it.
        hits.push({
          at: r.op.stmt,
          op: r,
          message: `REINDEX SYSTEM rebuilds every system catalog index of the database, locking each catalog while its indexes are rebuilt, so every session that plans a query, opens a table or runs DDL waits; it cannot run CONCURRENTLY.`,
          fix: 'System catalogs cannot be reindexed concurrently: run REINDEX SYSTEM by hand in a maintenance window, outside the migrations, and only if a catalog index is known to be corrupt.',
        });
        continue;
      } else {
        const what = r.op.name.name ? `${target.toUpperCase()} ${r.op.name.name}` : target.toUpperCase();
        subject = `REINDEX ${what}`;
        lockText = `rebuilds every index in the ${target}, locking each table against writes and each index ACCESS EXCLUSIVE while it is rebuilt, so reads of those tables wait too`;
      }
      hits.push(hit(ctx, r, subject, lockText, concurrentForm));
    }
    return hits;
  },
};

function hit(ctx: Parameters<Rule['check']>[0], r: ReviewedOf<'reindex'>, subject: string, lockText: string, concurrentForm: boolean): RuleHit {
  const message = `${subject} without CONCURRENTLY ${lockText}.`;
  if (!concurrentForm) {
    const idx = r.op.target === 'index' ? shown(r.op.name) : '<index>';
    return {
      at: r.op.stmt,
      op: r,
      message: `${message} PostgreSQL ${ctx.target.version} has no REINDEX CONCURRENTLY (it came in 12).`,
      fix: `Rebuild without blocking by building a copy and swapping it in, each statement in a migration outside a transaction block: \`CREATE INDEX CONCURRENTLY ${idx}_new ON … (same definition);\`, \`DROP INDEX CONCURRENTLY ${idx};\`, \`ALTER INDEX ${idx}_new RENAME TO ${r.op.target === 'index' ? r.op.name.name : '<index>'};\`${r.op.target === 'index' ? '' : ' for each index of the table'}. Indexes that back a constraint (primary key, unique) need ALTER TABLE … ADD CONSTRAINT … USING INDEX instead of the rename.`,
    };
  }
  const outside = r.op.stmt.inTransaction ? ` This statement runs in a transaction, so also ${runOutsideAdvice(ctx.set.format, r.file)}.` : '';
  return {
    at: r.op.stmt,
    op: r,
    message,
    fix: `Use REINDEX ${r.op.target.toUpperCase()} CONCURRENTLY, alone in its statement and outside a transaction block.${outside}`,
    replacement: concurrentRewritable(ctx, r) ? concurrentReindexSql(r.op.stmt.text) : undefined,
  };
}

/** The same statement with CONCURRENTLY after the target keyword, keeping the author's spelling. */
function concurrentReindexSql(text: string): string | undefined {
  const m = /^(\s*reindex\s+(?:\([^)]*\)\s*)?(?:index|table|schema|database))(\s)/i.exec(text);
  return m ? `${m[1]} CONCURRENTLY${text.slice(m[1].length).replace(/\s*;\s*$/, '')};` : undefined;
}
