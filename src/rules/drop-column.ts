import type { Rule } from './rule.js';
import { columnBefore, opsOf, shown } from './lib/reviewed.js';
import { typeToSql } from '../model/sql-type.js';

export const dropColumn: Rule = {
  id: 'drop-column',
  category: 'data-loss',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'A column that exists in production is dropped.',
    why: 'The values in the column are gone once the migration runs. Application code that still selects, inserts or updates the column fails until the new code is deployed, and ORMs that cache column lists (Rails, Django, Hibernate) fail even on queries that never name it.',
    fix: 'Remove every use of the column from the application and deploy that first (in Rails, add it to `ignored_columns`). Drop the column in a later migration, after a backup if the data may be needed.',
    bad: [{ before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_name text);', sql: 'ALTER TABLE users DROP COLUMN legacy_name;' }],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN scratch text;\nALTER TABLE users DROP COLUMN scratch;',
        note: 'The column was added in the same pull request, so it holds no production data.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_column').flatMap((r) => {
      const col = columnBefore(r, r.op.table, r.op.column);
      if (!col || !ctx.columnExistedAtBase(r.op.table, r.op.column)) return [];
      return [{
        at: r.op.stmt,
        op: r,
        message: `Dropping column ${shown(r.op.table)}.${r.op.column} (${typeToSql(col.type)}${col.nullable ? '' : ' NOT NULL'}) deletes its data.`,
      }];
    });
  },
};
