import { atLeast, isMysqlFamily } from '../model/dialect.js';
import { qnameSql, quoteIdent } from '../model/operation.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';
import { tableKey } from '../model/schema.js';
import { columnBefore, opsOf, shown, tableBefore, type ReviewedOf } from './lib/reviewed.js';
import { hasValidatedNotNullCheck } from '../knowledge/not-null-proof.js';
import { notNullRecipe } from './lib/not-null.js';
import { columnAddedInPr, existingTable, unknownTable } from './lib/existing.js';
import { rewritable } from './lib/statement-text.js';
import { rewrittenBySameStatement } from './lib/reviewed-type-changes.js';

export const setNotNullScan: Rule = {
  id: 'set-not-null-scan',
  category: 'locking',
  severity: 'high',
  offline: 'lock',
  dialects: ['postgresql', 'mysql', 'mariadb'],
  docs: {
    summary: 'SET NOT NULL on a nullable column of a table that exists in production.',
    why: 'PostgreSQL must prove no row holds NULL, so SET NOT NULL scans the whole table while holding an ACCESS EXCLUSIVE lock: no query can read or write the table until the scan finishes, and the statement fails at the end if a NULL is found. From PostgreSQL 12 on, a validated CHECK (column IS NOT NULL) constraint lets it skip the scan. MySQL and MariaDB rebuild the whole table to make a column NOT NULL: reads and writes go on, but the rebuild takes as long as the table is big, replicas lag behind while they replay it, and it fails with "Invalid use of NULL value" if a NULL is left.',
    fix: 'PostgreSQL 12+: `ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;` (a moment of locking); in a separate transaction `ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;` (scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on); then `ALTER TABLE users ALTER COLUMN email SET NOT NULL;` (no scan: the check proves it) and `ALTER TABLE users DROP CONSTRAINT users_email_not_null;`. For a column added in the same pull request, declare it `NOT NULL DEFAULT <constant>` in the ADD COLUMN instead. MySQL: backfill the NULLs in batches first, then run the change with `ALGORITHM=INPLACE, LOCK=NONE` (or with gh-ost / pt-online-schema-change on large tables).',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
        sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NULL);',
        sql: 'ALTER TABLE users MODIFY email varchar(255) NOT NULL;',
        dialect: 'mysql',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;',
        sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_email_not_null;',
        note: 'On PostgreSQL 12+ the validated check proves there is no NULL, so SET NOT NULL does not scan.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);',
        sql: 'ALTER TABLE users MODIFY email varchar(320) NOT NULL;',
        dialect: 'mysql',
        note: 'MODIFY restates the whole column; the column was NOT NULL already, so nullability does not change.',
      },
      {
        sql: 'CREATE TABLE invites (id bigint PRIMARY KEY, email text);\nALTER TABLE invites ALTER COLUMN email SET NOT NULL;',
        note: 'The table is created in the same pull request: there is nothing to scan.',
      },
      {
        before: 'CREATE TABLE twofactor (id bigint PRIMARY KEY, last_used integer);',
        sql: 'ALTER TABLE twofactor ALTER COLUMN last_used TYPE bigint, ALTER COLUMN last_used SET NOT NULL;',
        note: 'The type change rewrites the table in the same statement, which checks NOT NULL in the same pass: table-rewrite-type-change reports it.',
      },
    ],
  },
  check(ctx) {
    const pg: ReviewedOf<'set_not_null'>[] = [];
    const my: ReviewedOf<'set_not_null'>[] = [];
    for (const r of opsOf(ctx, 'set_not_null')) {
      if (!existingTable(ctx, r, r.op.table) || rewrittenBySameStatement(ctx, r, r.op.table)) continue;
      const table = tableBefore(r, r.op.table);
      const unknown = unknownTable(r, r.op.table);
      const col = columnBefore(r, r.op.table, r.op.column);
      if (isMysqlFamily(ctx.target.dialect)) {
        // MySQL restates NOT NULL in every MODIFY, so only a column whose nullability replay
        // really knows can show a change (a partial table's columns are guesses).
        if (!unknown && col?.nullable) my.push(r);
        continue;
      }
      // On PostgreSQL SET NOT NULL is written on purpose: a column replay never saw (its table
      // predates the history) is taken as nullable.
      if (col ? !col.nullable : !unknown) continue;
      if (table && hasValidatedNotNullCheck(table, r.op.column) && atLeast(ctx.target, '12')) continue;
      pg.push(r);
    }
    // One ALTER TABLE with several SET NOT NULL scans (or rebuilds) the table once: one finding per statement and table.
    return [...byStatement(ctx, pg).map((g) => postgres(ctx, g)), ...byStatement(ctx, my).map((g) => mysql(ctx, g))];
  },
};

function byStatement(ctx: RuleContext, rs: ReviewedOf<'set_not_null'>[]): ReviewedOf<'set_not_null'>[][] {
  const groups = new Map<string, ReviewedOf<'set_not_null'>[]>();
  for (const r of rs) {
    const key = `${r.file.path}\0${r.op.stmt.index}\0${tableKey(r.op.table, ctx.target.dialect)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

function columnList(group: ReviewedOf<'set_not_null'>[]): string {
  const t = shown(group[0].op.table);
  const cols = group.map((r) => r.op.column);
  return cols.length === 1 ? `${t}.${cols[0]}` : `${t}.${cols.slice(0, -1).join(`, ${t}.`)} and ${t}.${cols[cols.length - 1]}`;
}

function postgres(ctx: RuleContext, group: ReviewedOf<'set_not_null'>[]): RuleHit {
  const r = group[0];
  const pg12 = atLeast(ctx.target, '12');
  const table = tableBefore(r, r.op.table);
  const t = shown(r.op.table);
  const notes = group.map((g) => {
    const provenByCheck = !!table && hasValidatedNotNullCheck(table, g.op.column);
    if (provenByCheck) return ` PostgreSQL ${ctx.target.version} cannot use the validated CHECK (${g.op.column} IS NOT NULL) to skip the scan: that needs 12 or later.`;
    if (hasNotNullCheckAwaitingValidation(g, g.op.column)) return ` The CHECK (${g.op.column} IS NOT NULL) on ${t} is still NOT VALID, so PostgreSQL cannot use it: VALIDATE CONSTRAINT it first.`;
    return '';
  });
  const recipes = group.map((g) => notNullRecipe(g.op.table, g.op.column, ctx.target, g.op.stmt.inTransaction));
  const recipe = recipes.join('\n');
  const newColumn = group.some((g) => columnAddedInPr(ctx, g, g.op.table, g.op.column));
  const fix = newColumn
    ? `The column is added in this pull request: declare it NOT NULL with a constant default in the ADD COLUMN itself (no scan on PostgreSQL 11+), or use the check-constraint recipe:\n${recipe}`
    : recipe;
  const replacement = group.length === 1 && pg12 && !r.op.stmt.inTransaction && rewritable(r) ? recipe : undefined;
  const several = group.length > 1;
  return {
    at: r.op.stmt,
    op: r,
    message: `Setting ${columnList(group)} NOT NULL scans every row of ${t} while holding ACCESS EXCLUSIVE on ${t}: reads and writes wait until the scan finishes, and it fails if any row holds NULL${several ? ' in one of them' : ''}.${[...new Set(notes)].join('')}`,
    fix,
    replacement,
  };
}

/** A NOT VALID CHECK (col IS NOT NULL) is half of the recipe: saying so beats repeating the recipe. */
function hasNotNullCheckAwaitingValidation(r: ReviewedOf<'set_not_null'>, column: string): boolean {
  const table = tableBefore(r, r.op.table);
  if (!table) return false;
  const asValid = { ...table, constraints: table.constraints.map((c) => ({ ...c, notValid: false })) };
  return hasValidatedNotNullCheck(asValid, column);
}

function mysql(ctx: RuleContext, group: ReviewedOf<'set_not_null'>[]): RuleHit {
  const r = group[0];
  const t = shown(r.op.table);
  const d = ctx.target.dialect;
  const tbl = qnameSql(r.op.table, d);
  const cols = group.map((g) => quoteIdent(g.op.column, d));
  const name = d === 'mariadb' ? 'MariaDB' : 'MySQL';
  const nulls = cols.map((c) => `${c} IS NULL`).join(' OR ');
  return {
    at: r.op.stmt,
    op: r,
    severity: 'medium',
    message: `Making ${columnList(group)} NOT NULL rebuilds ${t}: ${name} copies every row in place (ALGORITHM=INPLACE: reads and writes go on meanwhile), which takes as long as the table is big and makes replicas lag while they replay it, and the statement fails with "Invalid use of NULL value" if any row holds NULL.`,
    fix: `Backfill the NULLs in batches first (UPDATE ${tbl} SET … WHERE ${nulls} LIMIT 1000, repeated until no row changes), then make the column${cols.length > 1 ? 's' : ''} NOT NULL with ALGORITHM=INPLACE, LOCK=NONE so ${name} refuses instead of blocking writes; on large tables run it through gh-ost or pt-online-schema-change.`,
  };
}
