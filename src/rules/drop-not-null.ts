import type { Rule } from './rule.js';
import { columnBefore, opsOf, shown } from './lib/reviewed.js';
import { baseColumn } from './lib/base-column.js';

export const dropNotNull: Rule = {
  id: 'drop-not-null',
  category: 'compatibility',
  severity: 'low',
  offline: 'running-app',
  dialects: 'all',
  docs: {
    summary: 'A NOT NULL column that exists in production becomes nullable.',
    why: 'Code deployed before the change assumes the column always holds a value. Once new code (or anyone) writes NULL into it, the old readers still running during the deploy, reports, and other services that read the table can fail or misbehave on a value they never expected.',
    fix: 'Make sure every reader of the column handles NULL (and deploy those readers) before the migration that drops NOT NULL, and only then start writing NULLs.',
    bad: [
      { before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);', sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;' },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);',
        sql: 'ALTER TABLE users MODIFY email varchar(255);',
        note: 'MODIFY without NOT NULL makes the column nullable.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN nickname text NOT NULL DEFAULT \'\';\nALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;',
        note: 'The column was added in the same pull request: no deployed code reads it.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, bio text);',
        sql: 'ALTER TABLE users ALTER COLUMN bio DROP NOT NULL;',
        note: 'The column is already nullable: nothing changes.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, bio varchar(100));',
        sql: 'ALTER TABLE users MODIFY bio varchar(500);',
        note: 'MODIFY restates a column that was already nullable: only the length changes.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_not_null').flatMap((r) => {
      const col = columnBefore(r, r.op.table, r.op.column);
      if (!col || col.nullable) return [];
      // NOT NULL at base too: a NOT NULL set earlier in this pull request never reached production.
      const base = baseColumn(ctx, r, r.op.table, r.op.column);
      if (!base || base.nullable) return [];
      return [{
        at: r.op.stmt,
        op: r,
        message: `Column ${shown(r.op.table)}.${r.op.column} was NOT NULL and becomes nullable: code that reads it and assumes a value may meet NULLs.`,
      }];
    });
  },
};
