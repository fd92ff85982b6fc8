import type { QName } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { andList } from './lib/prose.js';
import { shown } from './lib/reviewed.js';
import { accessExclusive } from './lib/locks.js';
import { existingTable } from './lib/existing.js';
import { accessExclusiveTargets, pgLockFor } from '../knowledge/pg-locks.js';
import { tableIdentity, workUnderLock, type LockedWork } from './lib/long-locks.js';
import { notValidAddInSameTransaction, transactionOf } from './lib/transactions.js';
import type { ReviewedOf } from './lib/reviewed.js';

export const manyStatementsUnderExclusiveLock: Rule = {
  id: 'many-statements-under-exclusive-lock',
  category: 'locking',
  severity: 'low',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A transaction takes ACCESS EXCLUSIVE on an existing table and then goes on with slow work (a backfill, a validation scan, a rewrite of another table) while it holds that lock.',
    why: 'A lock is held until the end of its transaction, not of its statement. An ALTER TABLE that needs ACCESS EXCLUSIVE only for a moment (ADD COLUMN, SET DEFAULT, RENAME …) keeps the table blocked for every read and write as long as the statements after it in the same transaction run: an UPDATE backfilling the new column, the validation of a constraint, the rewrite of another table. Cheap statements that follow (COMMENT, GRANT, SET, more instant ALTERs of the same table) cost nothing and are not reported, and neither are index builds and foreign-key checks: create-index-non-concurrently and foreign-key-without-not-valid report those, and their fix takes them out of this transaction.',
    fix: 'Let the transaction that takes ACCESS EXCLUSIVE do only the quick catalog change and commit: move the slow work to a later migration (or after a COMMIT), and backfill in batches outside the DDL transaction.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped boolean;\nUPDATE orders SET shipped = true WHERE note = 'shipped';",
        format: 'goose',
        note: 'goose runs the file in one transaction: orders stays blocked for reads and writes while the UPDATE runs.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);\nCREATE TABLE customers (id bigint PRIMARY KEY, email text);',
        sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders RENAME COLUMN note TO comment;\nUPDATE customers SET email = lower(email) WHERE email <> lower(email);",
        format: 'goose',
        note: 'orders is blocked while customers is updated.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped boolean;\nALTER TABLE orders ALTER COLUMN shipped SET DEFAULT false;\nCOMMENT ON COLUMN orders.shipped IS 'set by the warehouse';\nGRANT SELECT ON orders TO reporting;",
        format: 'goose',
        note: 'Only instant catalog changes follow the lock: the transaction commits at once.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "ALTER TABLE orders ADD COLUMN shipped boolean;\nUPDATE orders SET shipped = true WHERE note = 'shipped';",
        note: 'Plain SQL files run statement by statement: the ALTER commits, and releases its lock, before the UPDATE starts.',
      },
      {
        sql: "CREATE TABLE refunds (id bigint PRIMARY KEY, note text);\nALTER TABLE refunds ADD COLUMN amount_cents bigint;\nINSERT INTO refunds (id, note) SELECT id, note FROM refunds_import;",
        format: 'goose',
        note: 'The table is created in this migration: nobody else is waiting for it.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const group of transactions(ctx)) {
      const hit = firstLongLock(ctx, group);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

/** The reviewed operations of each transaction, in order. */
function transactions(ctx: RuleContext): ReviewedOp[][] {
  const groups = new Map<string, ReviewedOp[]>();
  for (const r of ctx.ops) {
    const id = transactionOf(r);
    if (id === undefined) continue;
    const key = `${r.file.path}\0${id}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}

interface Locker {
  r: ReviewedOp;
  tables: QName[];
}

/** The first statement whose ACCESS EXCLUSIVE lock later work of the transaction keeps held, as a finding. */
function firstLongLock(ctx: RuleContext, group: ReviewedOp[]): RuleHit | undefined {
  const lockers: Locker[] = [];
  const work: { o: ReviewedOp; w: LockedWork }[] = [];
  for (const o of group) {
    if (lockers.some((l) => l.r.op.stmt.index < o.op.stmt.index)) {
      const w = slowWork(ctx, o);
      if (w) work.push({ o, w });
    }
    const tables = lockedHard(ctx, o);
    if (tables.length) lockers.push({ r: o, tables });
  }
  for (const l of lockers) {
    const ids = new Set(l.tables.map((q) => tableIdentity(ctx, l.r, q)));
    const later = work.filter(({ o }) => o.op.stmt.index > l.r.op.stmt.index && prolongs(ctx, o, ids));
    if (later.length) return finding(l, later);
  }
  return undefined;
}

/**
 * What the statement does that takes time, as a phrase; undefined for cheap statements and for
 * waiting on a lock alone (lock_timeout bounds that wait, and lock-timeout-missing reports it
 * where none is set).
 */
function slowWork(ctx: RuleContext, o: ReviewedOp): LockedWork | undefined {
  // The VALIDATE of a constraint added NOT VALID in this transaction: validate-in-same-transaction reports it.
  if (o.op.kind === 'validate_constraint' && notValidAddInSameTransaction(ctx, o as ReviewedOf<'validate_constraint'>)) return undefined;
  if (o.op.kind === 'validate_constraint') {
    return existingTable(ctx, o, o.op.table) ? { phrase: `validates ${o.op.name}, scanning ${shown(o.op.table)}`, table: o.op.table } : undefined;
  }
  const w = workUnderLock(ctx, o, new Set());
  return w && !w.waits ? w : undefined;
}

/**
 * Whether the work keeps one of the held tables blocked longer than it would be anyway. It does
 * unless the statement blocks that table by itself (a rewrite, SET NOT NULL), or is a locking risk
 * its own rule reports on any table (CREATE INDEX without CONCURRENTLY, a foreign key checked at
 * once): that rule's fix moves the work out of this transaction, so a second finding about the
 * same line would only repeat it. Backfills, validations and rewrites of other tables remain.
 */
function prolongs(ctx: RuleContext, o: ReviewedOp, held: Set<string>): boolean {
  if (o.op.kind === 'create_index' || (o.op.kind === 'add_constraint' && o.op.constraint.kind === 'foreign')) return false;
  const l = pgLockFor(o.op, { before: o.before, target: ctx.target });
  const own = new Map<string, boolean>();
  if (l?.table) own.set(tableIdentity(ctx, o, l.table), l.blocksReads);
  for (const x of l?.others ?? []) own.set(tableIdentity(ctx, o, x.table), x.lock === 'ACCESS EXCLUSIVE');
  return [...held].some((h) => !own.has(h) || !own.get(h));
}

// Deliberate locks: LOCK TABLE serializes on purpose, and a truncated or dropped table is the risk of its own rule.
const NOT_LOCKERS = new Set(['other', 'truncate', 'drop_table', 'create_view', 'drop_view', 'refresh_materialized_view']);

/** The existing tables (not views) the statement locks ACCESS EXCLUSIVE. */
function lockedHard(ctx: RuleContext, r: ReviewedOp): QName[] {
  if (NOT_LOCKERS.has(r.op.kind)) return [];
  const d = ctx.target.dialect;
  const own = r.op.kind === 'create_table' ? tableKey(r.op.table, d) : undefined;
  return accessExclusiveTargets(pgLockFor(r.op, { before: r.before, target: ctx.target })).filter((q) => {
    const key = tableKey(q, d);
    if (key === own || r.before.views.has(key)) return false;
    return existingTable(ctx, r, q);
  });
}

function finding(l: Locker, later: { o: ReviewedOp; w: LockedWork }[]): RuleHit {
  const names = [...new Set(l.tables.map(shown))].join(' and ');
  const byLine = new Map<number, string>();
  for (const { o, w } of later) if (!byLine.has(o.op.stmt.line)) byLine.set(o.op.stmt.line, `line ${o.op.stmt.line} ${w.phrase}`);
  const steps = [...byLine.values()];
  const list = andList(steps);
  const lines = [...byLine.keys()];
  const last = lines[lines.length - 1];
  return {
    at: l.r.op.stmt,
    message: `This statement takes ACCESS EXCLUSIVE on ${names}, and the same transaction goes on to work while it holds that lock: ${list}. Every read and write of ${names} waits until the transaction commits.`,
    why: `${accessExclusive(l.tables[0], `the transaction commits, after line ${last}`)} A lock is held until the end of its transaction, not of its statement, so the statement on line ${l.r.op.stmt.line} keeps ${names} blocked until the work after it is done as well.`,
    fix: `Commit the statement on line ${l.r.op.stmt.line} on its own and do the rest afterwards: move line${lines.length > 1 ? 's' : ''} ${lines.join(', ')} to a later migration (or after a COMMIT).${later.some(({ o }) => o.op.kind === 'data_change') ? ' Backfill in batches, each in a short transaction of its own.' : ''}`,
  };
}
