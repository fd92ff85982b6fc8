import type { Rule, RuleHit } from './rule.js';
import { sameTable, tableAtBase } from './lib/origin.js';
import { copiedOut, readByOpaqueCode, rebuildOf } from './lib/rebuild.js';
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
      {
        dialect: 'sqlite',
        before: 'CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER, token TEXT);',
        sql: 'ALTER TABLE sessions RENAME TO _old_sessions;\nCREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, token TEXT);\nINSERT INTO sessions (id, user_id, token) SELECT id, user_id, token FROM _old_sessions;\nDROP TABLE _old_sessions;',
        note: 'The other rebuild order: the table is renamed away, created again and refilled from the old copy, which is then dropped.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_table').flatMap((r): RuleHit[] => {
      const t = tableBefore(r, r.op.table);
      if (!t || !tableAtBase(ctx, r, r.op.table)) return [];
      const origin = tableAtBase(ctx, r, r.op.table)!;
      const rebuild = rebuildOf(ctx, r);
      if (rebuild?.copied) return [];
      const moved = !rebuild && copiedOut(ctx, r);
      if (moved) {
        // The rows live on in another table; under a name this pull request gave it, no running code uses the table either (rename-table reports the rename).
        if (!sameTable(origin, r.op.table, ctx.target.dialect)) return [];
        return [{
          at: r.op.stmt,
          op: r,
          severity: 'high' as const,
          message: `Dropping table ${shown(r.op.table)} after copying its rows into ${shown(moved.into)} (line ${moved.line}) keeps the data, but application code that still reads or writes ${shown(r.op.table)} fails once it is gone.`,
          fix: 'Switch the application to the new table and deploy that first; drop the old table in a later migration.',
        }];
      }
      const cols = t.columns.length;
      const migrated = !rebuild && readByOpaqueCode(r);
      if (migrated) {
        return [{
          at: r.op.stmt,
          op: r,
          severity: 'high' as const,
          message: `Dropping table ${shown(r.op.table)} deletes its rows; the DO block on line ${migrated} reads them first and inserts rows elsewhere, probably migrating them, which Migra cannot check: make sure every row you need was copied, and that no running code still uses ${shown(r.op.table)}.`,
        }];
      }
      return [{
        at: r.op.stmt,
        op: r,
        message: rebuild
          ? rebuild.replacementExisted
            // The replacement was filled by an earlier migration (a backfill): only rows it missed are lost.
            ? `Dropping table ${shown(r.op.table)} and renaming ${shown(rebuild.replacement.name)} into its place deletes the rows of ${shown(r.op.table)}: only what an earlier migration copied into ${shown(rebuild.replacement.name)} remains, so rows written since that copy are lost.`
            : `Dropping table ${shown(r.op.table)} and renaming ${shown(rebuild.replacement.name)} into its place loses every row: none were copied into the new table first.`
          : `Dropping table ${shown(r.op.table)} deletes all of its rows (${cols} column${cols === 1 ? '' : 's'}).`,
      }];
    });
  },
};
