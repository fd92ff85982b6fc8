import type { Dialect } from '../model/dialect.js';
import type { LocatedOp, QName } from '../model/operation.js';
import type { ReviewedOp, Rule, RuleHit } from './rule.js';
import { sameTable } from './lib/origin.js';
import { andList } from './lib/prose.js';

/** Operations of ALTER TABLE, and the table each one names. */
const ALTER_KINDS = new Set([
  'add_column',
  'drop_column',
  'rename_column',
  'alter_column_type',
  'set_not_null',
  'drop_not_null',
  'set_default',
  'drop_default',
  'add_constraint',
  'validate_constraint',
  'drop_constraint',
  'rename_constraint',
  'rename_table',
  'attach_partition',
  'detach_partition',
]);

export const requireTableSchema: Rule = {
  id: 'require-table-schema',
  category: 'hygiene',
  severity: 'low',
  defaultOff: true,
  scope: 'statement',
  // MySQL's "schema" is the database, whose name changes between environments; SQLite has
  // only attached databases. Qualifying names there would tie migrations to one deployment.
  dialects: ['postgresql'],
  docs: {
    summary: 'CREATE, ALTER or DROP TABLE names the table without its schema.',
    why: 'An unqualified name is resolved through the search_path of the role that runs the migration. With more than one schema (per-tenant schemas, an `app` schema next to `public`, extensions installed in their own schema, a role whose search_path starts with `"$user"`), the same migration creates the table in one schema in CI and another in production, or alters or drops a same-named table in a schema nobody meant. (PostgreSQL only: on MySQL the schema is the database, whose name differs between environments.)',
    fix: 'Write the schema: `CREATE TABLE public.orders …`, `ALTER TABLE app.orders …`. Or set it once at the top of the file (`SET search_path TO app;`), which Migra accepts as naming the schema for the statements after it. SQLAlchemy / Alembic: pass `schema=`.',
    bad: [
      { sql: 'CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL);' },
      {
        before: 'CREATE TABLE public.posts (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE posts ADD COLUMN title text;',
      },
    ],
    good: [
      { sql: 'CREATE TABLE public.posts (id bigint PRIMARY KEY, title text NOT NULL);' },
      { sql: 'SET search_path TO app;\nCREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL);', note: 'The file fixes the search_path before it names tables.' },
      { sql: 'CREATE TEMPORARY TABLE import_rows (id bigint, payload text);\nDROP TABLE import_rows;', note: 'Temporary tables live in the session\'s own schema and cannot be qualified with another.' },
      { before: 'CREATE TABLE public.posts (id bigint PRIMARY KEY);', sql: 'ALTER TABLE "public"."posts" ADD COLUMN title text;' },
    ],
  },
  check(ctx) {
    // Django's schema editor never writes a schema, and a model cannot ask it to.
    if (ctx.set.format === 'django') return [];
    const groups = new Map<string, { r: ReviewedOp; tables: QName[] }>();
    for (const r of ctx.ops) {
      const table = namedTable(r.op);
      if (!table || table.schema !== undefined) continue;
      if (searchPathSet(r) || temporaryTable(r, table, ctx.target.dialect)) continue;
      const key = `${r.op.stmt.file}\0${r.op.stmt.index}`;
      const g = groups.get(key);
      if (!g) groups.set(key, { r, tables: [table] });
      else if (!g.tables.some((t) => t.name === table.name)) g.tables.push(table);
    }
    return [...groups.values()].map(({ r, tables }): RuleHit => {
      const names = tables.map((t) => t.name);
      const list = andList(names);
      const path = 'the search_path of the role that runs the migration';
      const comes = names.length > 1 ? 'come' : 'comes';
      const [verb, effect] = r.op.kind === 'create_table'
        ? ['CREATE TABLE', `the table lands in the first schema on ${path}`]
        : r.op.kind === 'drop_table'
          ? ['DROP TABLE', `it drops whichever ${list} ${comes} first on ${path}`]
          : ['ALTER TABLE', `it changes whichever ${list} ${comes} first on ${path}`];
      return { at: r.op.stmt, message: `${verb} ${list} ${names.length > 1 ? 'do' : 'does'} not name a schema: ${effect}.` };
    });
  },
};

function namedTable(op: LocatedOp): QName | undefined {
  if (op.kind === 'create_table') return op.temporary ? undefined : op.table;
  if (op.kind === 'drop_table') return op.table;
  return ALTER_KINDS.has(op.kind) ? (op as { table: QName }).table : undefined;
}

/** A SET search_path earlier in the file decides where unqualified names go. */
function searchPathSet(r: ReviewedOp): boolean {
  return r.fileOps.slice(0, r.position).some((o) => o.kind === 'set_setting' && o.name.toLowerCase() === 'search_path');
}

/** A temporary table created earlier in the file: it lives in pg_temp, which cannot be named otherwise. */
function temporaryTable(r: ReviewedOp, table: QName, d: Dialect): boolean {
  return r.fileOps.slice(0, r.position).some((o) => o.kind === 'create_table' && o.temporary && sameTable(o.table, table, d));
}
