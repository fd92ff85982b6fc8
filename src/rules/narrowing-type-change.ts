import type { DbTarget } from '../model/dialect.js';
import { isMysqlFamily } from '../model/dialect.js';
import { quoteIdent, qnameSql } from '../model/operation.js';
import type { SqlType } from '../model/sql-type.js';
import type { Rule } from './rule.js';
import { shown } from './lib/reviewed.js';
import { showType } from '../knowledge/type-change.js';
import { reviewedTypeChanges, type ReviewedTypeChange } from './lib/reviewed-type-changes.js';

export const narrowingTypeChange: Rule = {
  id: 'narrowing-type-change',
  category: 'data-loss',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'A column that holds production data is changed to a type that holds less.',
    why: 'A shorter varchar, a smaller integer, fewer digits of a numeric, or a timestamp without its time zone or time of day cannot keep every value the old type could. Values that do not fit make the migration fail (MySQL outside strict mode truncates or clips them silently instead); values that only lose a part (decimals, fractional seconds, the time of day or zone) are changed for good. Afterwards the application can no longer write values the old type accepted.',
    fix: 'First measure the data: count the rows whose values would not fit or would change. If the goal is to enforce a limit, add a CHECK constraint instead (on PostgreSQL `NOT VALID`, then `VALIDATE CONSTRAINT`): it protects new data without touching the old. If the type really must shrink: add a new column of the new type, backfill it in batches while deciding explicitly what happens to values that do not fit, switch the application to it, and drop the old column in a later migration.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);',
        sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(10,2);',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, nickname varchar(100));',
        sql: 'ALTER TABLE users MODIFY nickname varchar(30);',
        dialect: 'mysql',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, nickname varchar(30));',
        sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE varchar(100);',
        note: 'Widening: every old value still fits.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2));',
        sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2);',
        note: 'More digits before the decimal point, same scale.',
      },
      {
        sql: 'CREATE TABLE coupons (code varchar(50) PRIMARY KEY);\nALTER TABLE coupons ALTER COLUMN code TYPE varchar(20);',
        note: 'The table was created in the same pull request, so it holds no production data yet.',
      },
    ],
  },
  check(ctx) {
    return reviewedTypeChanges(ctx).flatMap((tc) => {
      if (!tc.change.narrowing || !tc.columnExisted) return [];
      const { r, column } = tc;
      const query = countQuery(tc, ctx.target);
      return [{
        at: r.op.stmt,
        op: r,
        message: `Changing ${shown(r.op.table)}.${r.op.column} from ${showType(column.type)} to ${showType(r.op.type)} narrows it: ${tc.change.narrowing}.`,
        // Only limits reject later writes; dropping a part (zone, decimals) converts them silently.
        why: /\bfit\b/.test(tc.change.narrowing) ? `${narrowingWhy(ctx.target)} ${appWhy}` : narrowingWhy(ctx.target),
        fix: query ? `${narrowingTypeChange.docs.fix} To count the rows affected: \`${query}\`.` : undefined,
      }];
    });
  },
};

const appWhy = 'Application code that writes values the old type accepted starts failing once the migration has run.';

function narrowingWhy(target: DbTarget): string {
  if (isMysqlFamily(target.dialect)) {
    return 'In strict mode (the default) the first value that does not fit makes the ALTER fail after copying part of the table; without strict mode MySQL truncates or clips such values silently. Values that only lose a part (decimals, fractional seconds, the time of day) are changed for good.';
  }
  return 'PostgreSQL converts every existing row: the first value that does not fit makes the whole migration fail, after it has held the table locked for the time it ran. Values that only lose a part (decimals, fractional seconds, the time of day or zone) are changed for good.';
}

/** A query that counts the rows the change would break, for the changes where one is simple to write. */
function countQuery({ r, column }: ReviewedTypeChange, target: DbTarget): string | undefined {
  const t = qnameSql(r.op.table, target.dialect);
  const c = quoteIdent(column.name, target.dialect);
  const to: SqlType = r.op.type;
  if (to.array || column.type.array) return undefined;
  if ((to.name === 'varchar' || to.name === 'char') && to.args.length) return `SELECT count(*) FROM ${t} WHERE char_length(${c}) > ${to.args[0]}`;
  const ints: Record<string, [string, string]> = {
    smallint: ['-32768', '32767'],
    integer: ['-2147483648', '2147483647'],
    tinyint: ['-128', '127'],
    mediumint: ['-8388608', '8388607'],
  };
  const unsigned: Record<string, string> = { tinyint: '255', smallint: '65535', mediumint: '16777215', integer: '4294967295' };
  if (to.name in ints) {
    const [lo, hi] = to.unsigned ? ['0', unsigned[to.name]] : ints[to.name];
    return `SELECT count(*) FROM ${t} WHERE ${c} NOT BETWEEN ${lo} AND ${hi}`;
  }
  if (to.name === 'numeric' && to.args.length && column.type.name === 'numeric') {
    const scale = to.args[1] ?? 0;
    const from = column.type.args;
    const tests: string[] = [];
    if (!from.length || from[0] - (from[1] ?? 0) > to.args[0] - scale) tests.push(`abs(${c}) >= 1e${to.args[0] - scale}`);
    if (!from.length || (from[1] ?? 0) > scale) tests.push(`${c} <> round(${c}, ${scale})`);
    return tests.length ? `SELECT count(*) FROM ${t} WHERE ${tests.join(' OR ')}` : undefined;
  }
  return undefined;
}
