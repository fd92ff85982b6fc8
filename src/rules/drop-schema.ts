import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import type { Schema } from '../model/schema.js';
import type { Rule } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';

export const dropSchema: Rule = {
  id: 'drop-schema',
  category: 'data-loss',
  severity: 'critical',
  dialects: ['postgresql', 'mysql', 'mariadb'],
  docs: {
    summary: 'A whole schema or database is dropped.',
    why: 'DROP SCHEMA … CASCADE (and on MySQL every DROP SCHEMA or DROP DATABASE) deletes every table, view, function and type in it at once, including objects created outside the migrations. Only a backup brings them back. Without CASCADE, PostgreSQL refuses while anything is left in the schema, so the migration fails instead.',
    fix: 'Drop the objects one by one in migrations that name them, after the application has stopped using them and a backup is taken; then drop the empty schema without CASCADE, so the statement fails rather than deleting something you did not list.',
    bad: [
      {
        before: 'CREATE SCHEMA reporting;\nCREATE TABLE reporting.daily_sales (day date PRIMARY KEY, total numeric(12,2));',
        sql: 'DROP SCHEMA reporting CASCADE;',
      },
      {
        before: 'CREATE DATABASE analytics;\nCREATE TABLE analytics.visits (id bigint PRIMARY KEY);',
        sql: 'DROP DATABASE analytics;',
        dialect: 'mysql',
      },
    ],
    good: [
      {
        sql: 'CREATE SCHEMA scratch;\nCREATE TABLE scratch.import_rows (id bigint);\nDROP SCHEMA scratch CASCADE;',
        note: 'The schema was created in the same pull request.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'CREATE DATABASE import_tmp;\nCREATE TABLE import_tmp.staged (id bigint);\nDROP DATABASE IF EXISTS import_tmp;',
        dialect: 'mysql',
        note: 'Created and dropped within the pull request: nothing that exists in production is touched.',
      },
    ],
  },
  check(ctx) {
    const dialect = ctx.target.dialect;
    return opsOf(ctx, 'drop_schema').flatMap((r) => {
      const name = r.op.name;
      // A schema created earlier in this pull request holds nothing from production.
      if (!holds(ctx.base, name, dialect) && holds(r.before, name, dialect)) return [];
      const tables = tablesIn(r.before, name, dialect);
      const kind = r.op.database ? 'database' : 'schema';
      const list = tables.length ? ` (${tables.length} known from the migrations: ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})` : '';
      const deletesAll = r.op.cascade || isMysqlFamily(dialect);
      const message = deletesAll
        ? `Dropping ${kind} ${name} deletes every table, view and function in it${list}, including objects created outside the migrations.`
        : tables.length
          ? `Dropping schema ${name} fails while it still holds tables${list}, and deletes the schema once it is empty: drop its objects explicitly first.`
          : `Dropping schema ${name} deletes a schema that exists in production; PostgreSQL refuses if anything created outside the migrations is still in it.`;
      return [{ at: r.op.stmt, op: r, message }];
    });
  },
};

function same(a: string | undefined, b: string, dialect: Dialect): boolean {
  if (a === undefined) return false;
  return dialect === 'postgresql' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** Whether the schema exists in that state: declared, or holding some object. */
function holds(s: Schema, name: string, dialect: Dialect): boolean {
  if ([...s.schemas].some((n) => same(n, name, dialect))) return true;
  if (tablesIn(s, name, dialect).length) return true;
  return [...s.views.values()].some((v) => same(v.name.schema, name, dialect));
}

function tablesIn(s: Schema, name: string, dialect: Dialect): string[] {
  const isPublic = dialect === 'postgresql' && name === 'public';
  return [...s.tables.values()].filter((t) => same(t.name.schema, name, dialect) || (isPublic && !t.name.schema)).map((t) => shown(t.name)).sort();
}
