import { quoteIdent, type QName } from '../model/operation.js';
import type { Table } from '../model/schema.js';
import { pgObjectName } from '../schema/names.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { existingTable } from './lib/existing.js';
import { baseTableOf, tableAtHead } from './lib/head-table.js';
import { addedConstraints, indexLeadingWith } from './lib/index-coverage.js';
import { sameColumn } from './lib/origin.js';
import { runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { sqlName } from './lib/statement-text.js';

interface Fk {
  columns: string[];
  references: QName;
}

export const foreignKeyWithoutIndex: Rule = {
  id: 'foreign-key-without-index',
  category: 'integrity',
  severity: 'low',
  dialects: ['postgresql', 'sqlite'],
  docs: {
    summary: 'A foreign key added in this pull request has no index on its referencing columns.',
    why: 'Neither PostgreSQL nor SQLite indexes the referencing side of a foreign key (MySQL does). Every DELETE of a referenced row, and every UPDATE of its key, then looks for referencing rows with a full scan of the referencing table (on PostgreSQL while holding the row locks it took; ON DELETE CASCADE scans once per deleted row), and joins along the key scan too. It grows with the table, unnoticed until a delete times out.',
    fix: 'Index the referencing columns: an index whose leading columns are exactly the foreign key\'s (a primary key or unique constraint that starts with them counts). On a table that already holds rows, build it with CREATE INDEX CONCURRENTLY (PostgreSQL), outside a transaction; on a new table, a plain CREATE INDEX in the same migration.',
    bad: [
      {
        before: 'CREATE TABLE posts (id bigint PRIMARY KEY, title text);',
        sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts (id), body text);',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      },
      {
        dialect: 'sqlite',
        before: 'CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT);',
        sql: 'CREATE TABLE albums (id INTEGER PRIMARY KEY, artist_id INTEGER REFERENCES artists (id) ON DELETE CASCADE, title TEXT);',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE posts (id bigint PRIMARY KEY, title text);',
        sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts (id), body text);\nCREATE INDEX comments_post_id_idx ON comments (post_id);',
        note: 'The index is created in the same pull request.',
      },
      {
        before: 'CREATE TABLE tags (id bigint PRIMARY KEY);\nCREATE TABLE posts (id bigint PRIMARY KEY);',
        sql: 'CREATE TABLE post_tags (post_id bigint REFERENCES posts (id), tag_id bigint REFERENCES tags (id), PRIMARY KEY (post_id, tag_id));\nCREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id);',
        note: 'The primary key leads with post_id, and tag_id has its own index.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, FOREIGN KEY (user_id) REFERENCES users (id));',
        note: 'InnoDB creates an index for every foreign key that has none.',
      },
    ],
  },
  check(ctx) {
    // One finding per statement: `ALTER TABLE t ADD CONSTRAINT a …, ADD CONSTRAINT b …` is one change.
    const byStatement = new Map<string, { r: ReviewedOp; head: Table; fks: Fk[] }>();
    for (const r of opsOf(ctx, 'create_table', 'add_constraint', 'add_column')) {
      const op = r.op;
      // IF NOT EXISTS of a table that is already there creates nothing.
      if (op.kind === 'create_table' && (op.temporary || (op.ifNotExists && tableBefore(r, op.table)))) continue;
      const head = tableAtHead(ctx, r, op.table);
      if (!head || head.partial) continue;
      const base = baseTableOf(ctx, head);
      // Keys a later statement drops again (or their columns) do not count, nor keys the table had at base.
      const missing = addedForeignKeys(r).filter((fk) =>
        hasForeignKey(ctx, head, fk.columns) && !(base && hasForeignKey(ctx, base, fk.columns)) && !indexLeadingWith(head, fk.columns, ctx.target.dialect));
      if (!missing.length) continue;
      const key = `${r.op.stmt.file}:${r.op.stmt.index}:${head.name.schema ?? ''}.${head.name.name}`;
      const seen = byStatement.get(key);
      if (seen) seen.fks.push(...missing);
      else byStatement.set(key, { r, head, fks: missing });
    }
    return [...byStatement.values()].map(({ r, head, fks }) => finding(ctx, r, head, fks));
  },
};

/** Foreign keys the statement adds, inline ones with their column. */
function addedForeignKeys(r: ReviewedOp): Fk[] {
  return addedConstraints(r.op).flatMap((c) => (c.kind === 'foreign' && c.references && c.columns.length ? [{ columns: c.columns, references: c.references.table }] : []));
}

function hasForeignKey(ctx: RuleContext, t: Table, columns: string[]): boolean {
  const d = ctx.target.dialect;
  return t.constraints.some((c) => c.kind === 'foreign' && c.columns.length === columns.length && columns.every((x) => c.columns.some((y) => sameColumn(x, y, d))));
}

function finding(ctx: RuleContext, r: ReviewedOp, head: Table, fks: Fk[]): RuleHit {
  const d = ctx.target.dialect;
  const t = shown(head.name);
  const list = fks.map((fk) => `${fk.columns.join(', ')} → ${shown(fk.references)}`);
  const referenced = [...new Set(fks.map((fk) => shown(fk.references)))].join(' or ');
  const message = fks.length === 1
    ? `Foreign key ${t} (${fks[0].columns.join(', ')}) → ${shown(fks[0].references)} has no index on ${t} (${fks[0].columns.join(', ')}): every DELETE from ${referenced} (or update of its key) scans ${t}.`
    : `Foreign keys ${list.join(', ')} of ${t} have no index on their columns: every DELETE from ${referenced} (or update of its key) scans ${t}.`;
  const existing = r.op.kind !== 'create_table' && 'table' in r.op && existingTable(ctx, r, r.op.table as QName);
  const why = d === 'sqlite'
    ? `SQLite does not index the child key of a foreign key. With foreign_keys on, each DELETE of a row of ${referenced} (or UPDATE of its key) scans all of ${t} for referencing rows, once per row deleted; SQLite's documentation recommends an index on every child key.`
    : `PostgreSQL does not index the referencing side of a foreign key. Each DELETE of a row of ${referenced} (or UPDATE of its key) looks for referencing rows with a full scan of ${t}, holding its row locks while it does; ON DELETE CASCADE and SET NULL scan once per deleted row, and joins along the key scan too.`;
  return { at: r.op.stmt, op: r, message, why, fix: fixFor(ctx, r, head, fks, existing) };
}

function fixFor(ctx: RuleContext, r: ReviewedOp, head: Table, fks: Fk[], existing: boolean): string {
  const d = ctx.target.dialect;
  if (ctx.set.format === 'django') {
    return 'Let Django index the field: remove `db_index=False` from the ForeignKey (Django creates the index itself), or add a `models.Index` on it in Meta.indexes. On a table that already holds rows, use `AddIndexConcurrently` in a non-atomic migration.';
  }
  const table = sqlName(head.name, d);
  const concurrent = d === 'postgresql' && existing && !head.partitioned;
  const stmts = fks.map((fk) => {
    const name = quoteIdent(pgObjectName(head.name.name, fk.columns.join('_'), 'idx'), d);
    return `CREATE INDEX${concurrent ? ' CONCURRENTLY' : ''} ${name} ON ${table} (${fk.columns.map((c) => quoteIdent(c, d)).join(', ')});`;
  });
  if (ctx.set.format === 'alembic') {
    const calls = fks.map((fk) => `op.create_index(op.f('ix_${head.name.name}_${fk.columns.join('_')}'), '${head.name.name}', [${fk.columns.map((c) => `'${c}'`).join(', ')}]${concurrent ? ', postgresql_concurrently=True' : ''})`);
    return `Create the index with the foreign key:\n${calls.join('\n')}${concurrent ? `\n(CONCURRENTLY cannot run in a transaction: ${runOutsideAdvice('alembic', r.file)})` : ''}`;
  }
  if (!concurrent) return `Create the index in the same migration${existing ? '' : ' (the table is new, so a plain CREATE INDEX locks nothing anyone waits for)'}:\n${stmts.join('\n')}`;
  return `Build the index without blocking writes, outside a transaction (${runOutsideAdvice(ctx.set.format, r.file)}):\n${stmts.join('\n')}`;
}
