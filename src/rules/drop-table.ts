import type { Rule } from './rule.js';
import { tableAtBase } from './lib/origin.js';
import { rebuildOf } from './lib/rebuild.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';

export const dropTable: Rule = {
  id: 'drop-table',
  category: 'data-loss',
  severity: 'critical',
  dialects: 'all',
  docs: {
    summary: 'A table that exists in production is dropped.',
    why: 'Every row of the table is deleted, and application code that still reads or writes it fails as soon as the migration runs. Only a backup brings the data back.',
    fix: 'Stop using the table in the application first and deploy that. Then rename it (or revoke access) for a release to prove nothing needs it, take a backup, and drop it in a later migration.',
    bad: [
      { before: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, body text);', sql: 'DROP TABLE audit_log;' },
      { before: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, body text);', sql: 'ALTER TABLE audit_log RENAME TO audit_log_old;\nDROP TABLE audit_log_old;', note: 'A rename earlier in the pull request does not make the data go away less.' },
    ],
    good: [
      { sql: 'CREATE TABLE tmp_import (id int);\nDROP TABLE tmp_import;', note: 'A table created in the same pull request holds no production data.' },
      { sql: 'DROP TABLE IF EXISTS never_created;', note: 'Nothing exists to drop.' },
      {
        dialect: 'sqlite',
        before: 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);',
        sql: 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL DEFAULT \'\');\nINSERT INTO "new_User" ("id", "name") SELECT "id", "name" FROM "User";\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";',
        note: 'The table-rebuild pattern SQLite needs (and Prisma writes): the rows are copied before the drop.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_table').flatMap((r) => {
      const t = tableBefore(r, r.op.table);
      if (!t || !tableAtBase(ctx, r, r.op.table)) return [];
      const rebuild = rebuildOf(ctx, r);
      if (rebuild?.copied) return [];
      const cols = t.columns.length;
      return [{
        at: r.op.stmt,
        op: r,
        message: rebuild
          ? `Dropping table ${shown(r.op.table)} and renaming ${shown(rebuild.replacement.name)} into its place loses every row: none were copied into the new table first.`
          : `Dropping table ${shown(r.op.table)} deletes all of its rows (${cols} column${cols === 1 ? '' : 's'}).`,
      }];
    });
  },
};
