import type { Dialect } from '../model/dialect.js';
import type { QName } from '../model/operation.js';
import { tableKey, type Schema } from '../model/schema.js';
import type { Rule } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { tableAtBase } from './lib/origin.js';

export const truncateTable: Rule = {
  id: 'truncate-table',
  category: 'data-loss',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'TRUNCATE empties a table that exists in production.',
    why: 'Every row is gone when the migration commits, without row-level triggers or a per-row trace, and only a backup brings the rows back. With CASCADE, PostgreSQL also empties every table that references it through a foreign key, and the tables referencing those, which is easy to miss in review. TRUNCATE takes an ACCESS EXCLUSIVE lock on PostgreSQL, so it also waits for, and then blocks, every query on the table.',
    fix: 'Make sure the data is really disposable and take a backup first. Name every table to empty explicitly instead of using CASCADE, so the review shows what is deleted. Emptying a table is usually a one-off operation: run it by hand or in a data job rather than in a schema migration that runs on every environment.',
    bad: [
      {
        before: 'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint, data text);',
        sql: 'TRUNCATE TABLE sessions;',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));',
        sql: 'TRUNCATE orders CASCADE;',
        note: 'CASCADE also empties order_items: critical.',
      },
    ],
    good: [
      {
        sql: 'CREATE TABLE import_batch (id bigint, line text);\nTRUNCATE import_batch;',
        note: 'A table created in the same pull request holds no production data.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'CREATE TABLE staging_users (id bigint);\nTRUNCATE TABLE staging_users;',
        dialect: 'mysql',
      },
    ],
  },
  check(ctx) {
    const dialect = ctx.target.dialect;
    return opsOf(ctx, 'truncate').flatMap((r) => {
      const existing = r.op.tables.filter((q) => tableAtBase(ctx, r, q));
      if (!existing.length) return [];
      const names = existing.map(shown).join(', ');
      const listed = new Set(r.op.tables.map((q) => tableKey(q, dialect)));
      const plural = existing.length > 1;
      if (r.op.cascade) {
        const extra = referencingClosure(r.before, r.op.tables, dialect).filter((k) => !listed.has(k));
        const also = extra.length
          ? `also empties ${extra.join(', ')} through the foreign keys that lead to ${plural ? 'them' : 'it'}`
          : `also empties any table that references ${plural ? 'them' : 'it'} through a foreign key`;
        return [{
          at: r.op.stmt,
          op: r,
          severity: 'critical' as const,
          message: `TRUNCATE ${names} CASCADE deletes all rows of ${names} and ${also}.`,
        }];
      }
      const blockers = directReferrers(r.before, r.op.tables, dialect).filter((k) => !listed.has(k));
      const fails = blockers.length ? ` (As written it fails, because ${blockers.join(', ')} reference${blockers.length === 1 ? 's' : ''} ${plural ? 'them' : 'it'}; adding CASCADE would empty ${blockers.length === 1 ? 'that table' : 'those tables'} too.)` : '';
      return [{
        at: r.op.stmt,
        op: r,
        message: `Truncating ${names} deletes all of ${plural ? 'their' : 'its'} rows.${fails}`,
      }];
    });
  },
};

/** Tables (display names) with a foreign key to one of `targets`. */
function directReferrers(s: Schema, targets: QName[], dialect: Dialect): string[] {
  const keys = new Set(targets.map((q) => tableKey(q, dialect)));
  return [...s.tables.values()]
    .filter((t) => t.constraints.some((c) => c.kind === 'foreign' && c.references && keys.has(tableKey(c.references.table, dialect))))
    .map((t) => tableKey(t.name, dialect))
    .filter((k) => !keys.has(k))
    .sort();
}

/** Every table CASCADE reaches: referrers of the targets, their referrers, and so on. */
function referencingClosure(s: Schema, targets: QName[], dialect: Dialect): string[] {
  const seen = new Set(targets.map((q) => tableKey(q, dialect)));
  const out: string[] = [];
  let frontier = targets;
  while (frontier.length) {
    const next = directReferrers(s, frontier, dialect).filter((k) => !seen.has(k));
    for (const k of next) seen.add(k);
    out.push(...next);
    frontier = next.map((k) => s.tables.get(k)!.name);
  }
  return out;
}
