import { qnameSql, quoteIdent } from '../model/operation.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown, type ReviewedOf } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { pgLockFor } from '../knowledge/pg-locks.js';
import { openBegin } from '../knowledge/outside-transaction.js';
import { notValidAddInSameTransaction, transactionPhrase } from './lib/transactions.js';

export const validateInSameTransaction: Rule = {
  id: 'validate-in-same-transaction',
  category: 'locking',
  severity: 'medium',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'VALIDATE CONSTRAINT runs in the same transaction as the ADD CONSTRAINT … NOT VALID of that constraint.',
    why: 'NOT VALID splits adding a CHECK or FOREIGN KEY in two: the ADD takes its strong lock (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a FOREIGN KEY) for a moment only, and VALIDATE CONSTRAINT scans the existing rows later under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on. A lock lasts until its transaction ends, so when both run in one transaction (an explicit BEGIN … COMMIT, or a file the migration tool wraps in a transaction: goose, dbmate, Django, Alembic, Flyway, golang-migrate and Prisma with several statements) the strong lock of the ADD is still held during the whole validation scan. The split then gains nothing: the table is blocked exactly as long as with a plain ADD CONSTRAINT.',
    fix: 'Keep the ADD … NOT VALID in this migration and move `ALTER TABLE … VALIDATE CONSTRAINT …;` into a later migration, which runs in a transaction of its own. With an explicit BEGIN … COMMIT, COMMIT after the ADD and validate after it.',
    bad: [
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;',
        format: 'goose',
        note: 'goose runs the file in one transaction: the ADD\'s SHARE ROW EXCLUSIVE locks on orders and customers are held while VALIDATE checks every row.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);',
        sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;\nCOMMIT;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;',
        note: 'Plain SQL files run statement by statement: the ADD has committed, and released its lock, before VALIDATE starts.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);',
        sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;\nCOMMIT;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;',
        note: 'COMMIT ends the transaction of the ADD before the validation starts.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);\nALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;',
        sql: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;',
        format: 'goose',
        note: 'The constraint was added by an earlier migration: this one validates it in a transaction of its own.',
      },
      {
        sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY, amount_cents bigint);\nALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE refunds VALIDATE CONSTRAINT refunds_amount_positive;',
        format: 'goose',
        note: 'The table is created in the same migration: it is empty, so the validation takes no time.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'validate_constraint').flatMap((r): RuleHit[] => {
      const add = notValidAddInSameTransaction(ctx, r);
      if (!add || !existingTable(ctx, add, add.op.table)) return [];
      const lock = pgLockFor(add.op, { before: add.before, target: ctx.target });
      if (!lock) return [];
      const t = shown(r.op.table);
      const tables = [add.op.table, ...(lock.others ?? []).map((o) => o.table)].map(shown);
      const modes = new Set([lock.lock, ...(lock.others ?? []).map((o) => o.lock)]);
      const held = modes.size === 1
        ? `${lock.lock} lock${tables.length > 1 ? 's' : ''} the ADD took on ${tables.join(' and ')} ${tables.length > 1 ? 'are' : 'is'}`
        : `locks the ADD took (${[`${lock.lock} on ${tables[0]}`, ...(lock.others ?? []).map((o) => `${o.lock} on ${shown(o.table)}`)].join(', ')}) are`;
      const blocked = lock.blocksReads ? `every read and write of ${tables.join(' and ')}` : `every write to ${tables.join(' and ')}`;
      const foreign = add.op.constraint.kind === 'foreign';
      const scan = foreign ? `checks every row of ${t} against ${shown(add.op.constraint.references!.table)}` : `scans every row of ${t}`;
      const validate = `ALTER TABLE ${qnameSql(r.op.table)} VALIDATE CONSTRAINT ${quoteIdent(r.op.name)};`;
      return [{
        at: r.op.stmt,
        op: r,
        message: `VALIDATE CONSTRAINT ${r.op.name} runs in ${transactionPhrase(r, ctx.set.format)}, the same as the ADD … NOT VALID on line ${add.op.stmt.line}, so the ${held} still held while the validation ${scan}: ${blocked} waits until the scan finishes, which is what NOT VALID was meant to avoid.`,
        why: `A lock is held until its transaction ends. In a transaction of its own, VALIDATE CONSTRAINT takes only SHARE UPDATE EXCLUSIVE on ${t}${foreign ? ` and ROW SHARE on ${shown(add.op.constraint.references!.table)}` : ''}, which let reads and writes go on during the scan; here the ${lock.lock} lock of the ADD covers the whole scan.`,
        fix: fixFor(r, validate),
      }];
    });
  },
};

function fixFor(r: ReviewedOf<'validate_constraint'>, validate: string): string {
  if (openBegin(r.fileOps, r.position) && r.file.transaction === 'none') {
    return `COMMIT after the ADD … NOT VALID and run \`${validate}\` after the COMMIT (or in a later migration), so the ADD's lock is released before the scan starts.`;
  }
  return `Move \`${validate}\` into a later migration, which runs in a transaction of its own; keep the ADD … NOT VALID here: it protects new rows at once.`;
}
