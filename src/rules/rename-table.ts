import { qnameSql } from '../model/operation.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { renamedTo, sameTable, tableAtBase } from './lib/origin.js';
import { rebuildRename } from './lib/rebuild.js';
import { isMysqlFamily } from '../model/dialect.js';

export const renameTable: Rule = {
  id: 'rename-table',
  category: 'compatibility',
  severity: 'high',
  offline: 'running-app',
  dialects: 'all',
  docs: {
    summary: 'A table that exists in production is renamed.',
    why: 'Application servers running the previous release keep using the old name: during the deploy old and new code run side by side, and a rollback of the application needs the old name to work. Every one of their queries on the table fails ("relation does not exist", "Table doesn\'t exist") from the moment the migration commits. On MySQL and SQLite, views and triggers that name the table break too.',
    fix: 'Keep the old name working while both versions of the code run: rename the table and, in the same transaction, create a view with the old name (`CREATE VIEW old_name AS SELECT * FROM new_name;` — a simple view accepts INSERT, UPDATE and DELETE on PostgreSQL and MySQL), deploy the code that uses the new name, and drop the view in a later migration. Or keep the table name and change only the name the ORM model uses.',
    bad: [
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);',
        sql: 'ALTER TABLE customers RENAME TO clients;',
      },
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);',
        sql: 'RENAME TABLE customers TO clients;',
        dialect: 'mysql',
      },
    ],
    good: [
      {
        sql: 'CREATE TABLE client_import (id bigint PRIMARY KEY);\nALTER TABLE client_import RENAME TO clients;',
        note: 'The table was created in the same pull request: no deployed code uses its first name.',
      },
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);',
        sql: 'CREATE TABLE customers_new (id bigint PRIMARY KEY, name text NOT NULL);\nALTER TABLE customers_new RENAME TO customers_v2;',
        dialect: 'sqlite',
        note: 'Renaming a table built in this pull request; the production table is untouched.',
      },
      {
        before: 'CREATE TABLE devices (id bigint PRIMARY KEY, name text);',
        sql: 'BEGIN;\nALTER TABLE devices RENAME TO devices_old;\nCREATE TABLE devices (id bigint PRIMARY KEY, name text NOT NULL);\nINSERT INTO devices (id, name) SELECT id, coalesce(name, \'\') FROM devices_old;\nDROP TABLE devices_old;\nCOMMIT;',
        note: 'A rebuild in one transaction: the table is renamed away, created again under its name and refilled, so no query ever misses it.',
      },
    ],
  },
  check(ctx) {
    const d = ctx.target.dialect;
    return opsOf(ctx, 'rename_table').flatMap((r): RuleHit[] => {
      // A table renamed twice in the pull request was reported at its first rename; its interim name never ran anywhere.
      const origin = tableAtBase(ctx, r, r.op.table);
      if (!origin || !sameTable(origin, r.op.table, d)) return [];
      const from = shown(r.op.table);
      const target = renamedTo(r.op.table, r.op.newName);
      const to = shown(target);
      // The first step of a table rebuild: the name comes back, refilled, later in the same file.
      if (rebuildRename(ctx, r)) {
        if (r.op.stmt.inTransaction && !isMysqlFamily(d)) return [];
        const why = isMysqlFamily(d) ? 'each DDL statement commits on its own on MySQL' : 'the file does not run in one transaction';
        return [{
          at: r.op.stmt,
          op: r,
          message: `${from} is rebuilt by renaming it to ${to}, creating it again and copying the rows back, but ${why}: until the copy finishes, the running application finds no table ${from}, then an empty one.`,
          fix: isMysqlFamily(d)
            ? `Build the new table under another name, copy the rows into it, and swap both names in one atomic statement: \`RENAME TABLE ${qnameSql(r.op.table, d)} TO ${qnameSql(target, d)}, <new table> TO ${qnameSql(r.op.table, d)};\`.`
            : 'Run the rebuild in one transaction (BEGIN … COMMIT around it), so other sessions see the old table until the new one is complete.',
        }];
      }
      // SQLite views are read-only without INSTEAD OF triggers, so the view is no drop-in there;
      // a statement renaming several tables has no one-line rewrite per table.
      const shared = r.fileOps.filter((o) => o.stmt.index === r.op.stmt.index).length > 1;
      const replacement = d === 'sqlite' || shared ? undefined : `${r.op.stmt.text.trim()};\nCREATE VIEW ${qnameSql(r.op.table, d)} AS SELECT * FROM ${qnameSql(target, d)};`;
      return [{
        at: r.op.stmt,
        op: r,
        message: `Renaming table ${from} to ${to} breaks every query of the running application that still uses ${from}.`,
        replacement,
      }];
    });
  },
};
