import { qnameSql, quoteIdent, type ColumnDef, type Constraint, type QName } from '../model/operation.js';
import { findColumn } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { existingTable, unknownTable } from './lib/existing.js';
import { notNullRecipe } from './lib/not-null.js';
import { runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { pgConstraintName, rewritable } from './lib/statement-text.js';
import { rewrittenBySameStatement } from './lib/reviewed-type-changes.js';

export const uniqueConstraintWithoutIndex: Rule = {
  id: 'unique-constraint-without-index',
  category: 'locking',
  severity: 'high',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A UNIQUE or PRIMARY KEY constraint is added to a table that exists in production without USING INDEX.',
    why: 'ADD CONSTRAINT … UNIQUE / PRIMARY KEY builds the unique index inside the ALTER TABLE, holding an ACCESS EXCLUSIVE lock on the table for the whole build: no query can read or write the table until every row is indexed, which on a large table is minutes. A PRIMARY KEY on nullable columns also scans the table to set them NOT NULL.',
    fix: 'Build the index first, outside a transaction, in a migration of its own: `CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);` (reads and writes go on; if it fails, drop the INVALID index it leaves and retry). Then attach it, which holds the lock only for a moment: `ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;` (or `PRIMARY KEY USING INDEX`). For a PRIMARY KEY on nullable columns, make them NOT NULL first: `CHECK (col IS NOT NULL) NOT VALID`, VALIDATE CONSTRAINT, SET NOT NULL, drop the check.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
        sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
      },
      {
        before: 'CREATE TABLE events (id bigint NOT NULL, payload jsonb);',
        sql: 'ALTER TABLE events ADD PRIMARY KEY (id);',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
        sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
      },
      {
        sql: 'CREATE TABLE accounts (id bigint, handle text NOT NULL);\nALTER TABLE accounts ADD PRIMARY KEY (id);\nALTER TABLE accounts ADD CONSTRAINT accounts_handle_key UNIQUE (handle);',
        note: 'The table is created in the same pull request: the index is built over no rows.',
      },
      {
        before: 'CREATE TABLE webhooks (id integer NOT NULL, url text);',
        sql: 'ALTER TABLE webhooks ALTER COLUMN id SET DATA TYPE text, ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);',
        note: 'The same statement rewrites the table for the type change, and builds the index in that pass under the same lock: table-rewrite-type-change reports it.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'add_constraint')) {
      const c = r.op.constraint;
      if ((c.kind !== 'unique' && c.kind !== 'primary') || c.usingIndex) continue;
      if (!existingTable(ctx, r, r.op.table) || rewrittenBySameStatement(ctx, r, r.op.table)) continue;
      hits.push(finding(ctx, r, r.op.table, c, rewritable(r)));
    }
    for (const r of opsOf(ctx, 'add_column')) {
      const col = r.op.column;
      if (!existingTable(ctx, r, r.op.table)) continue;
      // A serial, identity, generated or volatile-default column rewrites the table anyway;
      // add-stored-generated-or-serial and add-column-volatile-default report that statement.
      if (col.serial || col.identity || col.generated || col.default?.volatile) continue;
      for (const c of col.constraints) {
        if (c.kind !== 'unique' && c.kind !== 'primary') continue;
        hits.push(finding(ctx, r, r.op.table, { ...c, columns: c.columns.length ? c.columns : [col.name] }, false, col));
      }
    }
    return hits;
  },
};

function finding(ctx: RuleContext, r: ReviewedOp, table: QName, c: Constraint, canRewrite: boolean, column?: ColumnDef): RuleHit {
  const newColumn = column?.name;
  const name = pgConstraintName(r, table, c);
  const t = shown(table);
  const tbl = qnameSql(table);
  const kind = c.kind === 'primary' ? 'PRIMARY KEY' : 'UNIQUE';
  const cols = c.columns.map((x) => quoteIdent(x)).join(', ');
  const before = tableBefore(r, table);
  const unknown = unknownTable(r, table);
  // Columns a PRIMARY KEY would first have to scan to set NOT NULL; on a table replay never
  // saw whole, a column it does not know may be nullable or not.
  const nullable: string[] = [];
  const maybeNullable: string[] = [];
  if (c.kind === 'primary') {
    for (const x of c.columns) {
      const col = before && findColumn(before, x, 'postgresql');
      if (col ? col.nullable : x === newColumn && column!.nullable) nullable.push(x);
      else if (!col && x !== newColumn && unknown) maybeNullable.push(x);
    }
  }
  const index = `CREATE UNIQUE INDEX CONCURRENTLY ${quoteIdent(name)} ON ${tbl} (${cols});`;
  const attach = `ALTER TABLE ${tbl} ADD CONSTRAINT ${quoteIdent(name)} ${kind} USING INDEX ${quoteIdent(name)}${c.deferrable ? ' DEFERRABLE' : ''};`;
  const notNull = [
    ...nullable.map((x) => notNullRecipe(table, x, ctx.target, false)),
    ...maybeNullable.map((x) => `-- if ${x} can hold NULL:\n${notNullRecipe(table, x, ctx.target, false)}`),
  ].join('\n');
  const inTx = r.op.stmt.inTransaction;
  const addColumn = column
    ? `ALTER TABLE ${tbl} ADD COLUMN ${quoteIdent(column.name)} ${column.type.raw}${column.nullable ? '' : ' NOT NULL'}${column.default ? ` DEFAULT ${column.default.text}` : ''};`
    : undefined;
  const steps = [
    ...(addColumn ? [addColumn] : []),
    ...(notNull ? [notNull] : []),
    `${index}${inTx ? `  -- outside a transaction: ${runOutsideAdvice(ctx.set.format, r.file)}` : ''}`,
    attach,
  ];
  const lead = newColumn
    ? `Add the column without ${kind}, then`
    : nullable.length ? `Make ${nullable.join(', ')} NOT NULL without a long scan, then` : 'Instead,';
  const subject = newColumn
    ? `Adding column ${t}.${newColumn} with ${kind}`
    : `Adding ${c.kind === 'primary' ? 'primary key' : 'unique constraint'} ${name} on ${t} (${c.columns.join(', ')})`;
  const scan = nullable.length ? `, after scanning it to set ${nullable.join(', ')} NOT NULL,` : '';
  return {
    at: r.op.stmt,
    op: r,
    message: `${subject} builds its unique index${scan} while holding ACCESS EXCLUSIVE on ${t}: reads and writes wait until every row is indexed.`,
    fix: `${lead} build the index concurrently and attach it:\n${steps.join('\n')}`,
    // Two statements, the first of which cannot run in a transaction: only offered where the file runs none.
    replacement: canRewrite && !inTx && !nullable.length && !maybeNullable.length && !c.deferrable ? `${index}\n${attach}` : undefined,
  };
}
