import type { Rule } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { tableAtBase } from './lib/origin.js';

export const unboundedDataChange: Rule = {
  id: 'unbounded-data-change',
  category: 'data-loss',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'UPDATE or DELETE without WHERE on a table that exists in production.',
    why: 'The statement touches every row of the table in one transaction. A DELETE removes them all; an UPDATE overwrites the column in every row, including rows the author may not have meant. While it runs, every row it has touched stays locked until the migration commits, so the application\'s own updates of those rows wait, time out or deadlock. On PostgreSQL each updated row also leaves a dead copy behind (the table can double in size until vacuum catches up) and the burst of WAL makes replicas lag.',
    fix: 'If only some rows are meant, add the WHERE clause. If all rows are meant, move the backfill out of the schema migration into a job that works in batches by primary key (`UPDATE … WHERE id >= $1 AND id < $1 + 10000`, one transaction per batch, with a pause between batches), so locks stay short and replicas keep up. To empty a table on purpose, take a backup and say so explicitly in a migration of its own.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, email_verified boolean);',
        sql: 'UPDATE users SET email_verified = false;',
      },
      {
        before: 'CREATE TABLE audit_events (id bigint PRIMARY KEY, body text);',
        sql: 'DELETE FROM audit_events;',
        dialect: 'mysql',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, email_verified boolean);',
        sql: "UPDATE users SET email_verified = false WHERE email LIKE '%@example.invalid';",
      },
      {
        sql: "CREATE TABLE countries (code char(2) PRIMARY KEY, name text);\nINSERT INTO countries VALUES ('FR', 'France');\nUPDATE countries SET name = upper(name);",
        note: 'The table was created in the same pull request, so only rows the migration itself inserted are touched.',
      },
      {
        before: 'CREATE TABLE jobs (id bigint PRIMARY KEY, state text);',
        sql: "INSERT INTO jobs (id, state) VALUES (1, 'idle');",
        note: 'An INSERT adds rows and changes none.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'data_change').flatMap((r) => {
      if (r.op.verb === 'insert' || r.op.hasWhere) return [];
      // MySQL and SQLite accept UPDATE/DELETE … LIMIT n, which bounds the statement without a WHERE.
      if (/\blimit\s+\d+\s*$/i.test(r.op.stmt.text)) return [];
      if (!tableAtBase(ctx, r, r.op.table)) return [];
      const t = shown(r.op.table);
      const message = r.op.verb === 'delete'
        ? `DELETE without WHERE deletes every row of ${t}.`
        : `UPDATE without WHERE rewrites every row of ${t} in one transaction, locking each row until the migration commits.`;
      return [{ at: r.op.stmt, op: r, message }];
    });
  },
};
