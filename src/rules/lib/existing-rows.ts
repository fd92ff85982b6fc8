import { escapeRegExp } from '../../model/regex.js';
import type { Dialect } from '../../model/dialect.js';
import type { ColumnDef, QName } from '../../model/operation.js';
import { tableKey, type Table } from '../../model/schema.js';
import { hasNonNullDefault } from '../../knowledge/predict.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { existingTable } from './existing.js';
import { sameColumn, sameTable, traceOrigin } from './origin.js';
import { selectsFrom } from './rebuild.js';
import { positionOf } from './op-positions.js';

/**
 * What the rows of a table hold when a statement of the pull request runs: whether they are
 * production rows at all, what a column added in this pull request put in them, and whether
 * the pull request already cleaned them up. unique-on-existing-data asks, before it warns that
 * a new key may meet duplicates.
 */

/**
 * The pull request works on the rows before adding the key: a DELETE from (or TRUNCATE of) the
 * table, code Migra cannot read (RunPython) in the same migration, an UPDATE that gives each row
 * its own key value, or a statement that hunts for duplicates of the table (GROUP BY … HAVING
 * count(*) > 1, row_number() OVER (PARTITION BY …)). The author has done what the fix would ask;
 * whether the cleanup is complete is for the reviewer of that statement.
 */
export function dedupedBefore(ctx: RuleContext, r: ReviewedOp, table: QName, columns: string[]): boolean {
  const d = ctx.target.dialect;
  const mentions = new RegExp(`(^|[^\\w$])["\`]?${escapeRegExp(table.name)}["\`]?([^\\w$]|$)`, 'i');
  return ctx.ops.slice(0, positionOf(ctx, r)).some(({ op, file, before }) => {
    if (op.kind === 'data_change' && op.verb === 'delete' && sameTable(op.table, table, d)) return true;
    if (op.kind === 'truncate' && op.tables.some((t) => sameTable(t, table, d))) return true;
    if (op.kind === 'data_change' && op.verb === 'update' && sameTable(op.table, table, d) && rekeys(op.stmt.text, before.tables.get(tableKey(table, d)), columns, d)) return true;
    if (op.kind === 'opaque_code') return file === r.file;
    const text = op.stmt.text;
    return (op.kind === 'other' || op.kind === 'data_change') && mentions.test(text)
      && /having\s+count\s*\(\s*\*\s*\)\s*>\s*1|row_number\s*\(\s*\)\s*over\s*\(\s*partition\s+by/i.test(text);
  });
}

/**
 * `UPDATE t SET code = 'policy_' || id`, `UPDATE t SET ref = gen_random_uuid() WHERE ref IS NULL`:
 * a key column is rewritten from the table's primary key or by an id generator, so each row
 * gets its own value.
 */
function rekeys(text: string, t: Table | undefined, columns: string[], d: Dialect): boolean {
  const pk = t?.constraints.find((c) => c.kind === 'primary')?.columns ?? [];
  const set = /\bset\b([\s\S]*)$/i.exec(text)?.[1] ?? '';
  const word = (c: string) => `["\`]?${escapeRegExp(c)}["\`]?`;
  return columns.some((c) => {
    const m = new RegExp(`(?:^|[\\s,])${word(c)}\\s*=\\s*`, 'i').exec(set);
    const value = m ? untilTopLevelComma(set.slice(m.index + m[0].length)) : '';
    if (/\b(gen_random_uuid|uuid_generate_v[14]\w*|uuid|nextval|cuid|nanoid|ulid)\s*\(|\bgenerate_\w*id\w*\s*\(/i.test(value)) return true;
    return pk.some((k) => !sameColumn(k, c, d) && new RegExp(`(^|[^\\w$])${word(k)}([^\\w$]|$)`, 'i').test(value));
  });
}

function untilTopLevelComma(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if ((s[i] === ',' && depth === 0) || /^\swhere\s/i.test(s.slice(i, i + 7))) return s.slice(0, i);
  }
  return s;
}

/** What ADD COLUMN put in the rows; `required`: NOT NULL without a default, which fails on any row by itself. */
export type Fill = 'null' | 'required' | 'constant' | 'distinct' | 'unknown';

/** The values ADD COLUMN gives the existing rows. */
export function newColumnFill(c: ColumnDef): Fill {
  if (c.identity || c.serial) return 'distinct';
  if (c.generated) return 'unknown';
  if (!c.default || !hasNonNullDefault(c)) return c.nullable ? 'null' : 'required';
  // Evaluated per row by the database: a UUID generator or a sequence gives each row its own value.
  // (A Django callable default is evaluated once, in Python, so it arrives here as a constant.)
  // A function named for uniqueness (Lemmy's generate_unique_changeme()) counts as a generator too.
  if (c.default.volatile) return /uuid|ulid|nextval|newid|unique/i.test(c.default.text) ? 'distinct' : 'unknown';
  return 'constant';
}

/**
 * For a column an earlier statement of this pull request added: what its rows hold now, unless
 * something in between may have written to the table (a backfill, code Migra cannot read).
 */
export function addedColumnFill(ctx: RuleContext, r: ReviewedOp, table: QName, column: string): Fill | undefined {
  const d = ctx.target.dialect;
  const o = traceOrigin(ctx, r, table, column);
  if (o.madeBy !== 'add_column') return undefined;
  const at = positionOf(ctx, r);
  let add = -1;
  for (let i = at - 1; i >= 0; i--) {
    const p = ctx.ops[i].op;
    if (p.kind === 'add_column' && sameColumn(p.column.name, o.column!, d) && (sameTable(p.table, o.table, d) || sameTable(p.table, table, d))) {
      add = i;
      break;
    }
  }
  if (add < 0 || ctx.ops[add].op.kind !== 'add_column') return 'unknown';
  const between = ctx.ops.slice(add + 1, at);
  const written = between.some(({ op }) =>
    (op.kind === 'data_change' && op.verb !== 'delete') || op.kind === 'opaque_code' || op.kind === 'unparsed'
    || (op.kind === 'other' && /^\s*do\b/i.test(op.stmt.text)) || (op.kind === 'alter_column_type' && !!op.using) || op.kind === 'set_not_null');
  if (written) return 'unknown';
  const added = ctx.ops[add].op;
  return added.kind === 'add_column' ? newColumnFill(added.column) : 'unknown';
}

/**
 * Where the rows the key is checked against come from: a table that existed before this pull
 * request, or one it created and filled with INSERT … SELECT from such a table (SQLite rebuilds).
 * `base` is the table at base whose rows they are, when the model knows it.
 */
export function rowsSource(ctx: RuleContext, r: ReviewedOp, table: QName): { base?: Table; copiedFrom?: QName } | undefined {
  const d = ctx.target.dialect;
  if (existingTable(ctx, r, table)) {
    const o = traceOrigin(ctx, r, table);
    return { base: ctx.base.tables.get(tableKey(o.table, d)) };
  }
  const o = traceOrigin(ctx, r, table);
  if (o.madeBy !== 'create_table') return undefined;
  for (const p of ctx.ops.slice(0, positionOf(ctx, r))) {
    if (p.op.kind !== 'data_change' || p.op.verb !== 'insert' || !(sameTable(p.op.table, o.table, d) || sameTable(p.op.table, table, d))) continue;
    for (const base of ctx.base.tables.values()) {
      if (!selectsFrom(p.op.stmt.text, base.name) || sameTable(base.name, p.op.table, d)) continue;
      // A rebuild: the copy takes the old table's name. (A new table filled from others, say two
      // merged into one, may compute its columns; Migra cannot tell what they hold.)
      if (sameTable(base.name, table, d)) return { base, copiedFrom: base.name };
    }
  }
  return undefined;
}
