import type { Dialect } from '../../model/dialect.js';
import { qnameSql, type Constraint, type QName } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import { constraintName, pgObjectName } from '../../schema/names.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { canRunOutsideTransaction } from '../../knowledge/outside-transaction.js';

/**
 * Whether SQL may replace the statement's lines: it is SQL (not a Django / Alembic call) and
 * the only operation of its statement (`ALTER TABLE t ADD COLUMN …, ADD CONSTRAINT …` has several).
 */
export function rewritable(r: ReviewedOp): boolean {
  return r.file.language === 'sql' && r.fileOps.filter((o) => o.stmt.index === r.op.stmt.index).length === 1;
}

/**
 * Whether a CONCURRENTLY rewrite of the statement can be offered: it must be rewritable, and the
 * tool must have some way to run it outside a transaction, or the suggestion would just fail.
 */
export function concurrentRewritable(ctx: RuleContext, r: ReviewedOp): boolean {
  return rewritable(r) && canRunOutsideTransaction(ctx.set.format);
}

/** The name as SQL, without the implied public schema: for statements a fix asks the author to write. */
export function sqlName(q: QName, d?: Dialect): string {
  return qnameSql(q.schema === 'public' ? { name: q.name } : q, d);
}

/** The statement with a clause appended, on a new line when the last line ends in a `--` comment. */
export function appendClause(text: string, clause: string): string {
  const last = text.slice(text.lastIndexOf('\n') + 1);
  return `${text}${last.includes('--') ? '\n' : ' '}${clause}`;
}

/** `(expr)`, adding the parentheses only when the text does not already sit in one pair. */
export function parenthesized(expr: string): string {
  const e = expr.trim();
  if (e.startsWith('(') && e.endsWith(')')) {
    let depth = 0;
    for (let i = 0; i < e.length; i++) {
      if (e[i] === '(') depth++;
      else if (e[i] === ')') depth--;
      if (depth === 0 && i < e.length - 1) return `(${e})`;
    }
    return e;
  }
  return `(${e})`;
}

/**
 * The name PostgreSQL gives the constraint: the written one, else the one it would choose
 * given the constraints and relations that exist just before the statement.
 */
export function pgConstraintName(r: ReviewedOp, table: QName, c: Constraint): string {
  if (c.name) return c.name;
  const t = r.before.tables.get(tableKey(table, r.before.dialect));
  if (t) return constraintName(r.before, t, c);
  const label = { primary: 'pkey', unique: 'key', foreign: 'fkey', check: 'check', exclude: 'excl' }[c.kind];
  return pgObjectName(table.name, c.kind === 'primary' || !c.columns.length ? undefined : c.columns.join('_'), label);
}
