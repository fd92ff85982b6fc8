import type { Rule, RuleContext } from './rule.js';
import { opsOf, shown, type ReviewedOf } from './lib/reviewed.js';
import { indexIn } from '../knowledge/pg-locks.js';
import { runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { concurrentRewritable } from './lib/statement-text.js';
import { existingTable } from './lib/existing.js';
import { otherAccessExclusiveInFile } from './lib/file-locks.js';
import { positionOf } from './lib/op-positions.js';

export const dropIndexNonConcurrently: Rule = {
  id: 'drop-index-non-concurrently',
  category: 'locking',
  severity: 'medium',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'DROP INDEX without CONCURRENTLY on an index of a table that exists in production.',
    why: 'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table. The drop itself is quick, but it must first wait for every running query on the table to finish, and while it waits every new read and write of the table queues behind it: one long report query turns a millisecond drop into an outage of the table.',
    fix: 'Use DROP INDEX CONCURRENTLY, which waits for running queries without blocking new ones. It cannot run inside a transaction block, drops one index per statement and takes no CASCADE, so give it a migration of its own with the tool\'s no-transaction option (goose: `-- +goose NO TRANSACTION`; golang-migrate and Flyway: a file with that statement alone).',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
        sql: 'DROP INDEX orders_status_idx;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
        sql: 'DROP INDEX CONCURRENTLY orders_status_idx;',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX orders_status_idx;',
        note: 'The index was created in the same pull request: production never had it, so there is nothing to wait for.',
      },
      {
        sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nDROP INDEX drafts_title_idx;',
        note: 'The table is new: no query in production can hold a lock on it.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
        sql: 'DROP INDEX orders_status_idx;\nALTER TABLE orders DROP COLUMN status;',
        note: 'The same migration takes ACCESS EXCLUSIVE on orders anyway (DROP COLUMN), so CONCURRENTLY would spare the application nothing; drop-column reports the column.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_index').flatMap((r) => {
      if (r.op.concurrently) return [];
      // The index must be one production has: there at base, not created again earlier in this
      // pull request, on a table that existed at base (under this or an earlier name).
      const atBase = indexIn(ctx.base, r.op.name);
      const now = indexIn(r.before, r.op.name);
      if (!atBase || !now || createdEarlier(ctx, r) || !existingTable(ctx, r, now.table.name)) return [];
      // The migration locks the table ACCESS EXCLUSIVE anyway (DROP COLUMN, DROP TABLE, any ALTER
      // TABLE): CONCURRENTLY here would spare the application nothing.
      if (otherAccessExclusiveInFile(ctx, r, now.table.name)) return [];
      const table = shown(now.table.name);
      const name = shown(r.op.name);
      const sole = concurrentRewritable(ctx, r) && !r.op.cascade;
      const replacement = sole ? concurrentDropSql(r.op.stmt.text) : undefined;
      const outside = r.op.stmt.inTransaction ? ` This statement runs in a transaction, so also ${runOutsideAdvice(ctx.set.format, r.file)}.` : '';
      return [{
        at: r.op.stmt,
        op: r,
        message: `Dropping index ${name} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${table}: it waits for every running query on ${table}, and all reads and writes of ${table} queue behind it until the drop commits.`,
        fix: `Drop it with \`DROP INDEX CONCURRENTLY ${name};\`, alone in its statement and outside a transaction block.${outside}${r.op.cascade ? ' CONCURRENTLY takes no CASCADE: drop the dependent objects first.' : ''}`,
        replacement,
      }];
    });
  },
};

/** The same statement with CONCURRENTLY after INDEX, keeping the author's spelling. */
function concurrentDropSql(text: string): string | undefined {
  const m = /^(\s*drop\s+index)(\s)/i.exec(text);
  return m ? `${m[1]} CONCURRENTLY${text.slice(m[1].length)};` : undefined;
}

/** An index of that name was created (again) by an earlier statement of this pull request. */
function createdEarlier(ctx: RuleContext, r: ReviewedOf<'drop_index'>): boolean {
  const name = r.op.name;
  const schema = (q?: string) => q ?? 'public';
  return ctx.ops.slice(0, positionOf(ctx, r)).some((o) => {
    if (o.op.kind === 'create_index') return o.op.name === name.name && schema(o.op.table.schema) === schema(name.schema);
    if (o.op.kind === 'rename_index') return o.op.newName === name.name;
    return false;
  });
}
