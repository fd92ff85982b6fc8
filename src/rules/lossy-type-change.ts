import type { DbTarget } from '../model/dialect.js';
import { isMysqlFamily } from '../model/dialect.js';
import type { QName } from '../model/operation.js';
import type { Rule } from './rule.js';
import { shown } from './lib/reviewed.js';
import { showType } from '../knowledge/type-change.js';
import { reviewedTypeChanges } from './lib/reviewed-type-changes.js';
import { enumValueChange } from './lib/enum-values.js';

export const lossyTypeChange: Rule = {
  id: 'lossy-type-change',
  category: 'data-loss',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'A column that holds production data is converted to a different kind of value, a cast that can fail or change values.',
    why: 'Converting text to a number, boolean, UUID or JSON fails on the first value that does not parse, which aborts the migration. Conversions that succeed can still change values without anyone noticing: floats are rounded to integers, every non-zero number becomes true, enum values that are gone no longer convert. The original values exist only in a backup afterwards.',
    fix: 'Convert next to the old data instead of in place: add a new column of the new type, fill it in batches with an explicit conversion that decides what happens to values that do not convert (a CASE, or a USING expression you have run as a SELECT against production data first), compare the two columns, switch the application to the new one, and drop the old column in a later migration.',
    bad: [
      {
        before: "CREATE TABLE users (id bigint PRIMARY KEY, age text);",
        sql: 'ALTER TABLE users ALTER COLUMN age TYPE integer USING age::integer;',
      },
      {
        before: 'CREATE TABLE readings (id bigint PRIMARY KEY, value double precision);',
        sql: 'ALTER TABLE readings ALTER COLUMN value TYPE integer;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE profiles (id bigint PRIMARY KEY, age text);',
        sql: "ALTER TABLE profiles ALTER COLUMN age TYPE integer USING CASE WHEN age ~ '^[0-9]{1,6}$' THEN age::integer ELSE NULL END;",
        note: 'A CASE with an ELSE gives every value, NULL included, a result the author chose: nothing fails to convert (table-rewrite-type-change still reports the rewrite).',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, age integer);',
        sql: 'ALTER TABLE users ALTER COLUMN age TYPE text;',
        note: 'Every integer has an exact text form.',
      },
      {
        sql: "CREATE TABLE preferences (user_id bigint PRIMARY KEY, settings text DEFAULT '{}');\nALTER TABLE preferences ALTER COLUMN settings TYPE jsonb USING settings::jsonb;",
        note: 'The table was created in the same pull request: there is no production data to convert.',
      },
      {
        before: "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','closed'));",
        sql: "ALTER TABLE tickets MODIFY state enum('open','closed','archived');",
        dialect: 'mysql',
        note: 'A value appended to a MySQL ENUM keeps every existing value.',
      },
      {
        before: "CREATE TYPE poll_status AS ENUM ('live', 'paused', 'finalized');\nCREATE TABLE polls (id bigint PRIMARY KEY, status poll_status NOT NULL);",
        sql: "CREATE TYPE poll_status_new AS ENUM ('open', 'closed');\nALTER TABLE polls ALTER COLUMN status TYPE poll_status_new USING (CASE status::text WHEN 'live' THEN 'open'::poll_status_new WHEN 'paused' THEN 'closed'::poll_status_new WHEN 'finalized' THEN 'closed'::poll_status_new END);",
        note: 'The USING expression maps every label that goes away, so no row fails to convert (table-rewrite-type-change still reports the rewrite).',
      },
    ],
  },
  check(ctx) {
    return reviewedTypeChanges(ctx).flatMap((tc) => {
      if (!tc.change.lossy || !tc.columnExisted) return [];
      // A production enum converted to an enum: drop-enum-value judges which values are lost.
      if (enumValueChange(ctx, tc.r)) return [];
      const { r, column } = tc;
      return [{
        at: r.op.stmt,
        op: r,
        message: `Changing ${shown(r.op.table)}.${r.op.column} from ${showType(column.type)} to ${showType(r.op.type)} converts every value: ${tc.change.lossy}.`,
        why: `${lossyWhy(ctx.target, r.op.table)} ${silentWhy}`,
      }];
    });
  },
};

const silentWhy = 'Conversions that succeed can still change values without anyone noticing (rounding, every non-zero number becoming true, text turning into numbers), and afterwards the original values exist only in a backup.';

function lossyWhy(target: DbTarget, table: QName): string {
  if (isMysqlFamily(target.dialect)) return `MySQL converts every row while copying ${shown(table)}; in strict mode the first value that does not convert aborts the ALTER.`;
  if (target.dialect === 'sqlite') return 'SQLite applies the new column affinity to every value as it is copied into the rebuilt table.';
  return `PostgreSQL converts every row while holding ACCESS EXCLUSIVE on ${shown(table)}; the first value that does not convert aborts the migration after the table was blocked for that long.`;
}
