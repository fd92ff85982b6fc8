import type { FormatId, MigrationFile } from '../../model/migration.js';
import type { LocatedOp } from '../../model/operation.js';
import { tableKey } from '../../model/schema.js';
import type { ReviewedOf } from './reviewed.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { tableAtBase } from './origin.js';
import { openBegin, toolWraps } from '../../knowledge/outside-transaction.js';
import { pgConstraintName } from './statement-text.js';
import { positionOf } from './op-positions.js';

/**
 * Which transaction each operation of a file runs in: equal numbers for the operations of one
 * transaction, undefined for a statement that commits on its own. A COMMIT or ROLLBACK ends the
 * transaction, the tool's too: after it statements autocommit, except in a file sent as one
 * multi-statement string, whose rest PostgreSQL runs as a new implicit transaction. A statement
 * the tool takes out of its transaction (Alembic's autocommit_block, the Supabase CLI's
 * CONCURRENTLY statements) commits what came before it, and a new transaction follows.
 */
function transactionIds(file: MigrationFile, ops: readonly LocatedOp[]): (number | undefined)[] {
  let id = 0;
  let open = toolWraps(file, ops);
  return ops.map((op) => {
    if (op.kind === 'transaction') {
      if (op.action === 'begin') {
        // A BEGIN inside an open transaction only draws a warning.
        if (!open) id++;
        open = true;
        return id;
      }
      const ended = open ? id : undefined;
      id++;
      open = file.transaction === 'implicit' && toolWraps(file, ops);
      return ended;
    }
    if (!op.stmt.inTransaction) {
      if (open) id++;
      return undefined;
    }
    return open ? id : undefined;
  });
}

const cache = new WeakMap<readonly LocatedOp[], (number | undefined)[]>();

/** The transaction the operation runs in (see transactionIds); undefined when it commits on its own. */
export function transactionOf(r: ReviewedOp): number | undefined {
  let ids = cache.get(r.fileOps);
  if (!ids) {
    ids = transactionIds(r.file, r.fileOps);
    cache.set(r.fileOps, ids);
  }
  return ids[r.position];
}

export function sameTransaction(a: ReviewedOp, b: ReviewedOp): boolean {
  const t = transactionOf(a);
  return t !== undefined && a.file === b.file && transactionOf(b) === t;
}

/**
 * The ADD CONSTRAINT … NOT VALID, earlier in the same transaction, of the constraint this
 * VALIDATE CONSTRAINT validates: the add's lock is then still held during the validation scan.
 */
export function notValidAddInSameTransaction(ctx: RuleContext, r: ReviewedOf<'validate_constraint'>): ReviewedOf<'add_constraint'> | undefined {
  const d = ctx.target.dialect;
  const table = tableKey(tableAtBase(ctx, r, r.op.table) ?? r.op.table, d);
  for (let i = positionOf(ctx, r) - 1; i >= 0; i--) {
    const o = ctx.ops[i];
    if (o.file !== r.file) break;
    if (o.op.kind !== 'add_constraint' || !o.op.constraint.notValid) continue;
    const add = o as ReviewedOf<'add_constraint'>;
    if (tableKey(tableAtBase(ctx, add, add.op.table) ?? add.op.table, d) !== table) continue;
    if (pgConstraintName(add, add.op.table, add.op.constraint) !== r.op.name) continue;
    return sameTransaction(add, r) ? add : undefined;
  }
  return undefined;
}

/** The transaction the statement runs in, for messages: "the transaction opened by BEGIN on line 3", "the transaction goose wraps this file in". */
export function transactionPhrase(r: ReviewedOp, format: FormatId): string {
  const begin = openBegin(r.fileOps, r.position);
  if (begin) return `the transaction opened by BEGIN on line ${begin.line}`;
  const tool = TOOL[format] ?? format;
  if (r.file.transaction === 'implicit') return `the one transaction ${tool} runs this file in (it sends the file as one multi-statement string)`;
  return `the transaction ${tool} wraps this file in`;
}

const TOOL: Partial<Record<FormatId, string>> = {
  goose: 'goose',
  dbmate: 'dbmate',
  django: 'Django',
  alembic: 'Alembic',
  flyway: 'Flyway',
  'golang-migrate': 'golang-migrate',
  prisma: 'Prisma Migrate',
  diesel: 'Diesel',
  sqlx: 'sqlx',
  atlas: 'Atlas',
  supabase: 'the Supabase CLI',
  liquibase: 'Liquibase',
  sqitch: 'sqitch',
  drizzle: 'Drizzle',
  plain: 'the migration tool',
};
