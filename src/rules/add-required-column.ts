import { isMysqlFamily } from '../model/dialect.js';
import type { ColumnDef } from '../model/operation.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { columnBefore, opsOf, shown, type ReviewedOf } from './lib/reviewed.js';
import { sameColumn, sameTable, tableAtBase } from './lib/origin.js';
import { showType } from '../knowledge/type-change.js';
import { djangoChange } from './lib/python-examples.js';

const FIX =
  'Add the column so that existing rows and the running application can live with it, then tighten it: 1) add it nullable, or with a constant default (a metadata-only change on PostgreSQL 11+ and MySQL 8.0); 2) deploy code that writes it; 3) backfill existing rows in batches; 4) make it NOT NULL — on PostgreSQL by adding CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT, then SET NOT NULL (which then skips the table scan on 12+), then dropping the check.';
const DJANGO_FIX =
  'Django adds the column with the default and drops it at once: the default lives in Python, which the running (old) code does not have. On Django 5.0+ declare it `db_default=…` (the database keeps the default, so old inserts still get a value), or add the field with `null=True`, deploy, backfill the existing rows, then make it non-nullable in a later migration.';
const DROPPED_FIX =
  'Keep the default until every running writer sets the column: drop it in a later migration, after the code that writes the column is deployed. Or add the column nullable, deploy, backfill, then make it NOT NULL.';
const SQLITE_FIX =
  'Give the column a constant default (`ADD COLUMN … NOT NULL DEFAULT …`), or rebuild the table: create the new table with the column, copy the rows with a value for it, drop the old table and rename the new one, in one transaction.';

export const addRequiredColumn: Rule = {
  id: 'add-required-column',
  category: 'compatibility',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'ADD COLUMN … NOT NULL without a default, or with a default the same migration drops again (Django AddField(default=…) without db_default), on a table that exists in production.',
    why: 'Existing rows have no value for the new column, and the running application does not know about it, so its INSERTs leave it out. PostgreSQL refuses the ALTER as soon as the table has a row; MySQL gives existing rows the type\'s implicit default (0, \'\', a zero date) and then rejects the application\'s inserts in strict mode ("Field … doesn\'t have a default value"); SQLite refuses the statement outright, even on an empty table.',
    fix: FIX,
    bad: [
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);',
        sql: 'ALTER TABLE accounts ADD COLUMN plan text NOT NULL;',
      },
      {
        before: 'CREATE TABLE accounts (id integer PRIMARY KEY, name text);',
        sql: 'ALTER TABLE accounts ADD COLUMN plan text NOT NULL;',
        dialect: 'sqlite',
        note: 'SQLite fails outright: "Cannot add a NOT NULL column with default value NULL".',
      },
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);',
        sql: 'ALTER TABLE accounts ADD COLUMN seats integer DEFAULT 10 NOT NULL;\nALTER TABLE accounts ALTER COLUMN seats DROP DEFAULT;',
        note: 'The default fills the existing rows, then is gone: the running application\'s inserts fail.',
      },
      {
        ...djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(default=0))"),
        note: 'Django runs ADD COLUMN … DEFAULT 0 NOT NULL, then DROP DEFAULT, in the same migration.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);',
        sql: "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';",
        note: 'Existing rows and old inserts get the default.',
      },
      {
        sql: 'CREATE TABLE invoices (id bigint PRIMARY KEY);\nALTER TABLE invoices ADD COLUMN number text NOT NULL;',
        note: 'The table was created in the same pull request: it has no rows and no code writes it yet.',
      },
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);',
        sql: 'ALTER TABLE accounts ADD COLUMN plan text;',
        note: 'Nullable: the first step of the safe recipe.',
      },
      {
        ...djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(db_default=0))"),
        note: 'Django 5.0+ db_default: the database keeps the default, so old inserts still get a value.',
      },
    ],
  },
  check(ctx) {
    const d = ctx.target.dialect;
    return opsOf(ctx, 'add_column').flatMap((r): RuleHit[] => {
      const col = r.op.column;
      if (col.nullable) return [];
      if (filledByDatabase(col)) return defaultDroppedAgain(ctx, r);
      if (columnBefore(r, r.op.table, col.name)) return []; // ADD COLUMN IF NOT EXISTS of a column that is already there
      const existing = !!tableAtBase(ctx, r, r.op.table);
      // SQLite checks the definition, not the rows: the statement fails on a new, empty table too.
      if (!existing && d !== 'sqlite') return [];
      const c = `${shown(r.op.table)}.${col.name}`;
      const what = `Adding NOT NULL column ${c} (${showType(col.type)}) without a default`;
      if (d === 'sqlite') {
        return [{ at: r.op.stmt, op: r, message: `${what} fails outright on SQLite: "Cannot add a NOT NULL column with default value NULL".`, fix: SQLITE_FIX }];
      }
      const message = isMysqlFamily(d)
        ? `${what} gives every existing row of ${shown(r.op.table)} the implicit default of ${showType(col.type)} instead of a real value, and the running application's inserts, which do not set ${col.name}, fail in strict mode.`
        : `${what} fails if ${shown(r.op.table)} has any row, and the running application's inserts, which do not set ${col.name}, fail once it exists.`;
      return [{ at: r.op.stmt, op: r, message }];
    });
  },
};

/**
 * A NOT NULL column added with a default that a later statement of the same migration drops
 * (and none sets again): existing rows get the value, but once the migration ends the running
 * application's inserts, which do not name the column, fail. Django's AddField(default=…)
 * without db_default runs exactly this.
 */
function defaultDroppedAgain(ctx: RuleContext, r: ReviewedOf<'add_column'>): RuleHit[] {
  const col = r.op.column;
  if (!col.default || col.identity || col.serial || col.generated) return [];
  if (columnBefore(r, r.op.table, col.name) || !tableAtBase(ctx, r, r.op.table)) return [];
  const d = ctx.target.dialect;
  let drop: ReviewedOp['op'] | undefined;
  for (const op of r.fileOps.slice(r.position + 1)) {
    if (!('table' in op) || !('column' in op) || typeof op.column !== 'string') continue;
    if (!sameTable(op.table, r.op.table, d) || !sameColumn(op.column, col.name, d)) continue;
    if (op.kind === 'drop_default') drop = op;
    else if (op.kind === 'set_default') drop = undefined;
    else if (op.kind === 'drop_not_null' || op.kind === 'drop_column') return [];
  }
  if (!drop) return [];
  const c = `${shown(r.op.table)}.${col.name}`;
  const django = ctx.set.format === 'django';
  const how = django ? `AddField gives NOT NULL column ${c} (${showType(col.type)}) its default only to fill the existing rows: Django drops the database default again in the same migration` : `NOT NULL column ${c} (${showType(col.type)}) is added with DEFAULT ${col.default.text}, and line ${drop.stmt.line} drops that default again`;
  return [{
    at: r.op.stmt,
    op: r,
    message: `${how}, so the running application's inserts, which do not set ${col.name}, fail as soon as the migration ends.`,
    fix: django ? DJANGO_FIX : DROPPED_FIX,
    // Only code deployed before the migration omits the column: with the application stopped, nothing fails.
    offline: 'running-app',
  }];
}

/** Columns whose value the database supplies: a default (other than NULL), identity, serial, generated. */
function filledByDatabase(col: ColumnDef): boolean {
  if (col.default && !/^\s*\(?\s*null\s*\)?\s*$/i.test(col.default.text)) return true;
  return !!(col.identity || col.serial || col.generated);
}
