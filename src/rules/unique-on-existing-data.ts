import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import { quoteIdent, type ColumnDef, type Constraint, type IndexElem, type QName } from '../model/operation.js';
import { findColumn, tableKey, type Index, type Table } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { elemList, plainColumns, sameDefinition, uniqueSubsetOf } from './lib/index-coverage.js';
import { sameColumn, sameTable } from './lib/origin.js';
import { indexIn } from '../knowledge/pg-locks.js';
import { addedColumnFill, dedupedBefore, newColumnFill, rowsSource } from './lib/existing-rows.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { pgConstraintName, sqlName } from './lib/statement-text.js';
import { positionOf } from './lib/op-positions.js';

/** A key the statement adds: a unique index, a UNIQUE constraint or a PRIMARY KEY. */
interface NewKey {
  kind: 'unique' | 'primary';
  /** Shown in messages: "unique index users_email_key", "primary key events_pkey". */
  label: string;
  elems: IndexElem[];
  where?: string;
  concurrently?: boolean;
  indexName?: string;
  /** The column the statement adds with the key on it (ADD COLUMN … UNIQUE). */
  column?: ColumnDef;
}

export const uniqueOnExistingData: Rule = {
  id: 'unique-on-existing-data',
  category: 'integrity',
  severity: 'medium',
  dialects: 'all',
  docs: {
    summary: 'A unique index, UNIQUE constraint or PRIMARY KEY is added over columns that already hold data, which may contain duplicates.',
    why: 'The database checks every existing row when the key is added. One pair of duplicate values (or, for a primary key, one NULL) makes the statement fail, and the migration aborts partway through the deploy: whatever ran before it in a non-transactional migration stays applied, and CREATE UNIQUE INDEX CONCURRENTLY leaves an INVALID index behind that still slows every write until it is dropped. Whether it fails depends on production data, which the pull request\'s tests never see.',
    fix: 'Before the migration, look for duplicates with the GROUP BY … HAVING count(*) > 1 query of the finding, merge or delete them (a data migration, or by hand), make sure the application stops writing new ones, then add the key. For a new column, add it without the key, fill every row with a distinct value, then add the key.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
        sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, handle varchar(40) NOT NULL);',
        sql: 'ALTER TABLE accounts ADD UNIQUE KEY accounts_handle_key (handle);',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);',
        sql: "ALTER TABLE orders ADD COLUMN ref text NOT NULL DEFAULT 'pending' UNIQUE;",
        note: 'The constant default gives every existing row the same value.',
      },
    ],
    good: [
      {
        sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE UNIQUE INDEX users_email_key ON users (email);',
        note: 'The table is created in the same pull request: it holds no rows.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
        sql: 'ALTER TABLE users ADD COLUMN api_key text;\nCREATE UNIQUE INDEX CONCURRENTLY users_api_key_key ON users (api_key);',
        note: 'The column is new, nullable and without a default: every row holds NULL, and NULLs are never duplicates of each other.',
      },
      {
        before: 'CREATE TABLE memberships (id bigint PRIMARY KEY, user_id bigint NOT NULL, org_id bigint NOT NULL, UNIQUE (user_id));',
        sql: 'ALTER TABLE memberships ADD CONSTRAINT memberships_user_org_key UNIQUE (user_id, org_id);',
        note: 'Rows are already unique on user_id, so they are unique on (user_id, org_id).',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);',
        sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
        note: 'The constraint takes over an index that is already unique.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'create_index', 'add_constraint', 'add_column')) {
      const op = r.op;
      const keys: NewKey[] = [];
      if (op.kind === 'create_index' && op.unique) {
        // IF NOT EXISTS of an index that is already there builds nothing.
        if (op.ifNotExists && op.name && indexBefore(r, op.table, op.name)) continue;
        keys.push({ kind: 'unique', label: op.name ? `unique index ${op.name}` : 'a unique index', elems: op.elems, where: op.where, concurrently: op.concurrently, indexName: op.name });
      } else if (op.kind === 'add_constraint') {
        const key = constraintKey(ctx, r, op.table, op.constraint);
        if (key) keys.push(key);
      } else if (op.kind === 'add_column') {
        if (op.ifNotExists && findColumnBefore(r, op.table, op.column.name)) continue;
        for (const c of op.column.constraints) {
          if (c.kind !== 'unique' && c.kind !== 'primary') continue;
          keys.push({ kind: c.kind, label: `column ${shown(op.table)}.${op.column.name} with ${c.kind === 'primary' ? 'PRIMARY KEY' : 'UNIQUE'}`, elems: [{ column: op.column.name }], column: op.column });
        }
      }
      for (const key of keys) {
        const hit = judge(ctx, r, op.table as QName, key);
        if (hit) hits.push(hit);
      }
    }
    return hits;
  },
};

function findColumnBefore(r: ReviewedOp, table: QName, column: string) {
  const t = tableBefore(r, table);
  return t && findColumn(t, column, r.before.dialect);
}

function indexBefore(r: ReviewedOp, table: QName, name: string): boolean {
  if (r.before.dialect === 'postgresql') return !!indexIn(r.before, { schema: table.schema, name });
  return !!tableBefore(r, table)?.indexes.some((i) => sameColumn(i.name, name, r.before.dialect));
}

function constraintKey(ctx: RuleContext, r: ReviewedOp, table: QName, c: Constraint): NewKey | undefined {
  if (c.kind !== 'unique' && c.kind !== 'primary') return undefined;
  const d = ctx.target.dialect;
  const name = d === 'postgresql' ? pgConstraintName(r, table, c) : c.kind === 'primary' && isMysqlFamily(d) ? 'PRIMARY' : c.name;
  const label = `${c.kind === 'primary' ? 'primary key' : 'unique constraint'}${name ? ` ${name}` : ''}`;
  if (!c.usingIndex) return { kind: c.kind, label, elems: c.columns.map((column) => ({ column })) };
  // USING INDEX promotes an index that is unique already; only a PRIMARY KEY still has to prove its columns NOT NULL.
  const idx = tableBefore(r, table)?.indexes.find((i) => sameColumn(i.name, c.usingIndex!, d));
  if (!idx || c.kind !== 'primary') return undefined;
  return { kind: 'primary', label, elems: idx.elems, where: idx.where };
}

/** Why the key may fail on the rows already there, or undefined when the schema proves it cannot. */
function judge(ctx: RuleContext, r: ReviewedOp, table: QName, key: NewKey): RuleHit | undefined {
  const d = ctx.target.dialect;
  // A materialized view's rows come from its query: its unique index (needed for REFRESH … CONCURRENTLY) states what the author knows of it.
  if (r.before.views.has(tableKey(table, d))) return undefined;
  const source = rowsSource(ctx, r, table);
  if (!source) return undefined;
  const before = tableBefore(r, table);
  const columns = key.elems.flatMap((e) => (e.column !== undefined ? [e.column] : []));
  const nullsNotDistinct = /\bnulls\s+not\s+distinct\b/i.test(r.op.stmt.text);
  const fill = (col: string) => (key.column && sameColumn(key.column.name, col, d) ? newColumnFill(key.column) : addedColumnFill(ctx, r, table, col));
  const fills = columns.map((c) => [c, fill(c)] as const);
  // ADD COLUMN … NOT NULL without a default fails on any row: add-required-column reports that.
  if (fills.some(([, f]) => f === 'required')) return undefined;

  const usingIndex = r.op.kind === 'add_constraint' && !!r.op.constraint.usingIndex;
  let duplicates = !usingIndex && !dedupedBefore(ctx, r, table, columns);
  if (duplicates && before && uniqueSubsetOf(before, columns, d)) duplicates = false;
  if (duplicates && source.base && uniqueSubsetOf(source.base, columns, d)) duplicates = false;
  if (duplicates && recreated(ctx, r, table, key)) duplicates = false;
  // One column holding a distinct value per row makes every row distinct.
  if (duplicates && fills.some(([, f]) => f === 'distinct')) duplicates = false;
  // A column NULL in every row: a UNIQUE key never matches NULL with NULL (unless NULLS NOT DISTINCT).
  if (duplicates && key.kind === 'unique' && !nullsNotDistinct && fills.some(([, f]) => f === 'null')) duplicates = false;

  const nullable = key.kind !== 'primary' ? [] : columns.filter((c) => {
    const f = fills.find(([x]) => x === c)?.[1];
    if (f) return f === 'null';
    const col = before && findColumn(before, c, d);
    return !!col && col.nullable && !col.identity && !col.serial;
  });
  if (!duplicates && !nullable.length) return undefined;

  const t = shown(table);
  const constant = fills.find(([, f]) => f === 'constant');
  const allNull = nullable.filter((c) => fills.some(([x, f]) => x === c && f === 'null'));
  let message: string;
  if (key.column && constant && duplicates) {
    message = `Adding ${key.label} and the constant default ${key.column.default!.text} gives every existing row of ${t} the same value: it fails as soon as ${t} holds two rows.`;
  } else if (allNull.length) {
    message = `Adding ${key.label} fails on any row of ${t}: ${allNull.join(', ')} ${allNull.length > 1 ? 'are' : 'is'} NULL in every existing row, which a primary key refuses.`;
  } else {
    const what = [duplicates ? `two existing rows share a value of ${elemList(key.elems)}` : '', nullable.length ? `a row holds NULL in ${nullable.join(', ')}` : ''].filter(Boolean).join(' or ');
    const rows = source.copiedFrom ? ` among the rows copied from ${shown(source.copiedFrom)}` : '';
    const invalid = key.concurrently ? `, leaving ${key.indexName ? `the INVALID index ${key.indexName}` : 'an INVALID index'} behind` : '';
    message = `Adding ${key.label} on ${t} ${elemList(key.elems)} fails if ${what}${rows}: the migration aborts partway through the deploy${invalid}.`;
  }
  const fix = allNull.length
    ? `Give ${allNull.join(', ')} a value in every existing row first (a backfill with distinct values; for a new surrogate key, add the column as \`GENERATED BY DEFAULT AS IDENTITY\` or serial instead, which fills it), then add the primary key.`
    : fixFor(ctx, table, key, duplicates, nullable, nullsNotDistinct);
  return { at: r.op.stmt, op: r, message, fix };
}

/**
 * The same key existed as a unique index or constraint that an earlier statement of this file
 * dropped (recreated under another name, or widened): the rows were unique on it until then.
 */
function recreated(ctx: RuleContext, r: ReviewedOp, table: QName, key: NewKey): boolean {
  const d = ctx.target.dialect;
  const columns = key.elems.flatMap((e) => (e.column !== undefined ? [e.column] : []));
  for (const p of ctx.ops.slice(0, positionOf(ctx, r))) {
    if (p.file !== r.file) continue;
    const dropped = droppedKey(p, d);
    if (!dropped || !sameTable(dropped.table.name, table, d)) continue;
    const cols = plainColumns(dropped.idx);
    const probe: Index = { name: '', elems: key.elems, unique: true, ...(key.where !== undefined ? { where: key.where } : {}) };
    if (sameDefinition(probe, { ...dropped.idx, name: '', unique: true }, d)) return true;
    if (dropped.idx.where === undefined && cols && cols.every((c) => columns.some((x) => sameColumn(c, x, d)))) return true;
  }
  return false;
}

function droppedKey(p: ReviewedOp, d: Dialect): { table: Table; idx: Index } | undefined {
  const op = p.op;
  if (op.kind === 'drop_index') {
    const t = op.table ? tableBefore(p, op.table) : undefined;
    const found = t ? { table: t, index: t.indexes.find((i) => sameColumn(i.name, op.name.name, d)) } : indexIn(p.before, op.name);
    return found?.index?.unique ? { table: found.table, idx: found.index } : undefined;
  }
  if (op.kind === 'drop_constraint') {
    const t = tableBefore(p, op.table);
    const c = t?.constraints.find((k) => sameColumn(k.name, op.name, d) && (k.kind === 'unique' || k.kind === 'primary'));
    return t && c ? { table: t, idx: { name: c.name, elems: c.columns.map((column) => ({ column })), unique: true } } : undefined;
  }
  return undefined;
}

function fixFor(ctx: RuleContext, table: QName, key: NewKey, duplicates: boolean, nullable: string[], nullsNotDistinct: boolean): string {
  const d = ctx.target.dialect;
  const tbl = sqlName(table, d);
  const exprs = key.elems.map((e) => (e.column !== undefined ? quoteIdent(e.column, d) : `(${e.expr})`));
  const steps: string[] = [];
  if (duplicates) {
    // Rows with a NULL in the key never conflict under a UNIQUE key, so the check leaves them out.
    const conds = [
      ...(key.where ? [`(${key.where})`] : []),
      ...(key.kind === 'unique' && !nullsNotDistinct ? exprs.map((x) => `${x} IS NOT NULL`) : []),
    ];
    steps.push(`SELECT ${exprs.join(', ')}, count(*) FROM ${tbl}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} GROUP BY ${exprs.join(', ')} HAVING count(*) > 1;`);
  }
  if (nullable.length) steps.push(`SELECT count(*) FROM ${tbl} WHERE ${nullable.map((c) => `${quoteIdent(c, d)} IS NULL`).join(' OR ')};`);
  const lead = key.column && (key.column.default || key.kind === 'primary')
    ? `Add ${key.column.name} without the key first, give every existing row its own value, then add the key. Before that, check`
    : 'Check production first';
  const invalid = key.concurrently && key.indexName ? ` If a concurrent build failed already, drop the INVALID index it left (DROP INDEX CONCURRENTLY ${quoteIdent(key.indexName, d)};) before retrying.` : '';
  return `${lead}:\n${steps.join('\n')}\nMerge or delete the rows it returns (and stop the application from writing new ones), then add the key.${invalid}`;
}
