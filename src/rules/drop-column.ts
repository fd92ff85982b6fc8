import type { Rule, RuleHit } from './rule.js';
import { columnAtBase, tableAtBase } from './lib/origin.js';
import { rebuildOf } from './lib/rebuild.js';
import { probableRenames } from './lib/probable-renames.js';
import { columnBefore, opsOf, shown } from './lib/reviewed.js';
import { typeToSql } from '../model/sql-type.js';
import { tableKey, type Column } from '../model/schema.js';

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
      {
        before: "CREATE TYPE mood AS ENUM ('happy', 'sad');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood);",
        sql: 'DROP TYPE mood CASCADE;',
        note: 'CASCADE drops every column of the type, with its data.',
      },
      { before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_name text);', sql: 'ALTER TABLE users DROP COLUMN legacy_name;' },
      {
        dialect: 'sqlite',
        before: 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT, "nickname" TEXT);',
        sql: 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);\nINSERT INTO "new_User" ("id", "name") SELECT "id", "name" FROM "User";\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";',
        note: 'A SQLite table rebuild that leaves a column out drops it.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);',
        sql: 'ALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users ADD COLUMN full_name text;',
        note: 'Probably a rename written as a drop and an add: full_name starts empty and the names in fullname are lost. The finding says so.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN scratch text;\nALTER TABLE users DROP COLUMN scratch;',
        note: 'The column was added in the same pull request, so it holds no production data.',
      },
      { before: 'CREATE TABLE users (id bigint PRIMARY KEY);', sql: 'ALTER TABLE users DROP COLUMN IF EXISTS never_added;', note: 'Nothing exists to drop.' },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);',
        sql: 'ALTER TABLE users ADD COLUMN full_name text;\nUPDATE users SET full_name = fullname;\nALTER TABLE users DROP COLUMN fullname;',
        note: 'The values are copied into the new column first: no data is lost, and rename-column reports the rename this amounts to.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const renames = probableRenames(ctx);
    for (const r of opsOf(ctx, 'drop_column')) {
      const col = columnBefore(r, r.op.table, r.op.column);
      if (!col || !columnAtBase(ctx, r, r.op.table, r.op.column)) continue;
      const rename = renames.find((p) => p.drop.r === r);
      // Copied into a new column first: the data stays, and rename-column reports the rename it amounts to.
      if (rename?.copied) continue;
      const message = `Dropping column ${shown(r.op.table)}.${r.op.column} (${describe(col)}) deletes its data.`;
      if (!rename) {
        hits.push({ at: r.op.stmt, op: r, message });
        continue;
      }
      const add = rename.add;
      hits.push({
        at: r.op.stmt,
        op: r,
        message: `${message} ${shown(add.r.op.table)}.${add.name}, added with the same type in the same migration, looks like its new name: if this is a rename, ${add.name} starts ${add.r.op.column.default ? 'with its default' : 'empty'} and the values of ${r.op.column} are lost.`,
        fix: `If it is a rename, write it as one (ALTER TABLE … RENAME COLUMN ${r.op.column} TO ${add.name}) so the data stays, and rename in steps the running application survives (see rename-column). Otherwise: ${dropColumn.docs.fix}`,
      });
    }
    // DROP TYPE … CASCADE drops every column of that type (replay removes them too).
    for (const r of opsOf(ctx, 'drop_type')) {
      if (!r.op.cascade) continue;
      const key = tableKey(r.op.name, r.before.dialect);
      if (!r.before.enums.has(key)) continue;
      for (const t of r.before.tables.values()) {
        for (const col of t.columns) {
          if (col.type.name !== key || !columnAtBase(ctx, r, t.name, col.name)) continue;
          hits.push({ at: r.op.stmt, op: r, message: `DROP TYPE ${shown(r.op.name)} CASCADE drops column ${shown(t.name)}.${col.name} (${describe(col)}), and with it its data.`, fix: `Convert or drop the columns that use ${shown(r.op.name)} first, each on purpose (ALTER COLUMN … TYPE … USING, or DROP COLUMN after the code stops using it), then drop the type without CASCADE, so that PostgreSQL refuses if anything still depends on it.` });
        }
      }
    }
    // A rebuilt table that leaves columns out drops them just the same.
    for (const r of opsOf(ctx, 'drop_table')) {
      const rebuild = rebuildOf(ctx, r);
      if (!rebuild?.copied || !tableAtBase(ctx, r, r.op.table)) continue;
      for (const col of rebuild.lostColumns) {
        if (!columnAtBase(ctx, r, r.op.table, col.name)) continue;
        hits.push({ at: r.op.stmt, op: r, message: `Rebuilding table ${shown(r.op.table)} without column ${col.name} (${describe(col)}) deletes its data.` });
      }
    }
    return hits;
  },
};

function describe(col: Column): string {
  return `${typeToSql(col.type)}${col.nullable ? '' : ' NOT NULL'}`;
}
