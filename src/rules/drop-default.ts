import type { Rule } from './rule.js';
import { columnBefore, opsOf, shown } from './lib/reviewed.js';
import { baseColumn } from './lib/base-column.js';
import { sameColumn, sameTable } from './lib/origin.js';
import { transactionOf } from './lib/transactions.js';
import type { ReviewedOf } from './lib/reviewed.js';
import type { Dialect } from '../model/dialect.js';

export const dropDefault: Rule = {
  id: 'drop-default',
  category: 'compatibility',
  severity: 'low',
  offline: 'running-app',
  dialects: 'all',
  docs: {
    summary: 'The default of a NOT NULL column that exists in production is removed.',
    why: 'Code deployed before the change may insert rows without naming the column and rely on the default to fill it. Without the default those inserts put NULL into a NOT NULL column and fail, for as long as the old code runs.',
    fix: 'Change every writer to set the column explicitly and deploy that first; remove the default in a later migration. Or keep the default.',
    bad: [
      { before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT \'new\');', sql: 'ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;' },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20) NOT NULL DEFAULT \'new\');',
        sql: 'ALTER TABLE orders MODIFY status varchar(40) NOT NULL;',
        note: 'MODIFY without DEFAULT removes the default.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text DEFAULT \'\');',
        sql: 'ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;',
        note: 'The column is nullable: inserts that omit it store NULL and succeed.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT \'new\';\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;',
        note: 'The column was added in the same pull request: no deployed code writes it.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT \'new\');',
        sql: 'BEGIN;\nALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT \'pending\';\nCOMMIT;',
        note: 'The same transaction sets a default again: no writer sees the column without one.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20) NOT NULL DEFAULT \'new\');',
        sql: 'ALTER TABLE orders MODIFY status varchar(40) NOT NULL DEFAULT \'new\';',
        note: 'MODIFY restates the same default: nothing is removed.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_default').flatMap((r) => {
      const col = columnBefore(r, r.op.table, r.op.column);
      if (!col || col.nullable || !col.default) return [];
      // A default production never had (set earlier in this pull request) is no loss to old writers.
      const base = baseColumn(ctx, r, r.op.table, r.op.column);
      if (!base || !base.default) return [];
      if (setAgainInSameTransaction(r, ctx.target.dialect)) return [];
      return [{
        at: r.op.stmt,
        op: r,
        message: `Removing the default of NOT NULL column ${shown(r.op.table)}.${r.op.column} makes inserts that omit the column fail: code deployed before the change may rely on the default.`,
      }];
    });
  },
};

/**
 * A later statement of the same transaction sets a default again (drop-and-recreate, or a
 * changed default written as DROP then SET): no writer ever sees the column without one.
 */
function setAgainInSameTransaction(r: ReviewedOf<'drop_default'>, d: Dialect): boolean {
  const tx = transactionOf(r);
  if (tx === undefined) return false;
  return r.fileOps.some((op, i) => i > r.position && op.kind === 'set_default' && sameTable(op.table, r.op.table, d) && sameColumn(op.column, r.op.column, d) && transactionOf({ ...r, position: i }) === tx);
}
