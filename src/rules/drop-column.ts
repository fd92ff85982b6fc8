import type { Rule, RuleHit } from './rule.js';
import { columnAtBase, tableAtBase } from './lib/origin.js';
import { rebuildOf } from './lib/rebuild.js';
import { columnBefore, opsOf, shown } from './lib/reviewed.js';
import { typeToSql } from '../model/sql-type.js';
import type { Column } from '../model/schema.js';

export const dropColumn: Rule = {
  id: 'drop-column',
  category: 'data-loss',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'A column that exists in production is dropped.',
    why: 'The values in the column are gone once the migration runs. Application code that still selects, inserts or updates the column fails until the new code is deployed, and ORMs that cache column lists (Rails, Django, Hibernate) fail even on queries that never name it.',
    fix: 'Remove every use of the column from the application and deploy that first (in Rails, add it to `ignored_columns`). Drop the column in a later migration, after a backup if the data may be needed.',
    bad: [
      { before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_name text);', sql: 'ALTER TABLE users DROP COLUMN legacy_name;' },
      {
        dialect: 'sqlite',
        before: 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT, "nickname" TEXT);',
        sql: 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);\nINSERT INTO "new_User" ("id", "name") SELECT "id", "name" FROM "User";\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";',
        note: 'A SQLite table rebuild that leaves a column out drops it.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN scratch text;\nALTER TABLE users DROP COLUMN scratch;',
        note: 'The column was added in the same pull request, so it holds no production data.',
      },
      { before: 'CREATE TABLE users (id bigint PRIMARY KEY);', sql: 'ALTER TABLE users DROP COLUMN IF EXISTS never_added;', note: 'Nothing exists to drop.' },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'drop_column')) {
      const col = columnBefore(r, r.op.table, r.op.column);
      if (!col || !columnAtBase(ctx, r, r.op.table, r.op.column)) continue;
      hits.push({ at: r.op.stmt, op: r, message: `Dropping column ${shown(r.op.table)}.${r.op.column} (${describe(col)}) deletes its data.` });
    }
    // A rebuilt table that leaves columns out drops them just the same.
    for (const r of opsOf(ctx, 'drop_table')) {
      const rebuild = rebuildOf(ctx, r);
      if (!rebuild?.copied || !tableAtBase(ctx, r, r.op.table)) continue;
      for (const col of rebuild.lostColumns) {
        if (!columnAtBase(ctx, r, r.op.table, col.name)) continue;
        hits.push({ at: r.op.stmt, message: `Rebuilding table ${shown(r.op.table)} without column ${col.name} (${describe(col)}) deletes its data.` });
      }
    }
    return hits;
  },
};

function describe(col: Column): string {
  return `${typeToSql(col.type)}${col.nullable ? '' : ' NOT NULL'}`;
}
