import type { DbTarget } from '../model/dialect.js';
import type { Rule, RuleHit } from './rule.js';
import type { ReviewedOf } from './lib/reviewed.js';
import { opsOf, shown } from './lib/reviewed.js';
import { flywayNonTransactional, openBegin, runOutsideAdvice, toolWraps, toolWrapSentence } from '../knowledge/outside-transaction.js';

type ConcurrentOp = ReviewedOf<'create_index' | 'drop_index' | 'reindex' | 'detach_partition'>;

export const concurrentlyInTransaction: Rule = {
  id: 'concurrently-in-transaction',
  category: 'locking',
  severity: 'critical',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A CONCURRENTLY statement that PostgreSQL refuses inside a transaction runs in one.',
    why: 'CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY and DETACH PARTITION … CONCURRENTLY commit several times internally, so PostgreSQL rejects them inside a transaction block ("cannot run inside a transaction block") and the migration fails in production. The transaction does not have to be written: goose, dbmate and Django wrap each migration in one, and golang-migrate and Prisma send a file as one multi-statement string, which PostgreSQL runs as one transaction. golang-migrate then leaves the database marked dirty until someone fixes it by hand. (REFRESH MATERIALIZED VIEW CONCURRENTLY is allowed in a transaction and is not reported; Flyway and recent Supabase CLIs run CREATE/DROP INDEX CONCURRENTLY outside their transaction by themselves.)',
    fix: 'Run the statement outside any transaction, in a migration of its own: goose `-- +goose NO TRANSACTION`; golang-migrate, Prisma and Flyway a file holding only that statement; dbmate `-- migrate:up transaction:false`; Django `atomic = False`; plain SQL files no BEGIN around it. If the build fails it leaves an INVALID index behind: drop it and run the migration again.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
        format: 'goose',
        note: 'goose runs every migration in a transaction unless told otherwise.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text, note text);',
        sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
        format: 'golang-migrate',
        note: 'Two statements in one golang-migrate file are one multi-statement string, which PostgreSQL runs as one transaction.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: '-- +goose NO TRANSACTION\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
        format: 'goose',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
        format: 'golang-migrate',
        note: 'A single statement is not an implicit transaction.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_old_idx;',
        format: 'flyway',
        note: 'Flyway runs a migration whose every statement is CREATE/DROP INDEX CONCURRENTLY outside a transaction.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
        note: 'The index is built after COMMIT, outside the transaction.',
      },
    ],
  },
  check(ctx) {
    const ops: ConcurrentOp[] = opsOf(ctx, 'create_index', 'drop_index', 'reindex', 'detach_partition').filter((r) => r.op.concurrently);
    return ops.flatMap((r): RuleHit[] => {
      const what = describe(r);
      const begin = openBegin(r.fileOps, r.position);
      const format = ctx.set.format;
      if (begin) {
        return [hit(r, `${what.statement} runs inside the transaction opened by BEGIN on line ${begin.line}, where PostgreSQL rejects it ("${what.error}") and the migration fails: move it after COMMIT, or into a migration of its own without BEGIN.`, `Remove the BEGIN … COMMIT around it${toolWraps(r.file, r.fileOps) ? ` and ${runOutsideAdvice(format, r.file)}` : ''}.`)];
      }
      if (format === 'flyway') return flyway(r, what, ctx.target);
      // The Supabase CLI (v2.109.0+, supabase/cli#5671 and #6276) runs CREATE/DROP INDEX and
      // REINDEX … CONCURRENTLY on their own, outside the file's batch; DETACH … CONCURRENTLY is
      // not on its list and stays in the batch's transaction.
      if (format === 'supabase' || r.file.transaction === 'batch') {
        if (r.op.kind !== 'detach_partition') return [];
      } else if (!r.op.stmt.inTransaction) return [];
      const dirty = format === 'golang-migrate' ? ' (and golang-migrate leaves the database marked dirty)' : '';
      return [hit(r, `${what.statement} runs inside a transaction, where PostgreSQL rejects it ("${what.error}") and the migration fails${dirty}: ${toolWrapSentence(format, r.file.transaction)}.`, `${capital(runOutsideAdvice(format, r.file))}.`)];
    });
  },
};

/**
 * Flyway looks at each statement: a migration made only of statements it knows cannot run in
 * a transaction runs without one; a mix is refused (unless `mixed` is on); statements it does
 * not know (REINDEX … CONCURRENTLY, DETACH … CONCURRENTLY) run in the migration's transaction.
 */
function flyway(r: ConcurrentOp, what: Description, target: DbTarget): RuleHit[] {
  if (r.file.transaction === 'none') return [];
  if (flywayNonTransactional(r.op.stmt, target)) {
    const statements = uniqueStatements(r);
    const mixed = statements.filter((s) => !flywayNonTransactional(s, target));
    if (!mixed.length) return [];
    const lines = mixed.map((s) => s.line).join(', ');
    return [hit(
      r,
      `${what.statement} cannot run in a transaction, and this Flyway migration mixes it with transactional statements (line${mixed.length === 1 ? '' : 's'} ${lines}): Flyway refuses to run it ("Detected both transactional and non-transactional statements within the same migration"), so the deploy fails. Put it in a migration of its own.`,
      'Move it to a migration of its own: Flyway runs a migration whose every statement is CREATE/DROP INDEX CONCURRENTLY outside a transaction. (Setting `mixed=true` instead runs the whole file without a transaction, so the other statements lose their atomicity.)',
    )];
  }
  const conf = `${r.file.path}.conf`;
  return [hit(
    r,
    `${what.statement} runs inside the transaction Flyway opens for every migration (Flyway does not recognise it as non-transactional), where PostgreSQL rejects it ("${what.error}") and the migration fails: add \`executeInTransaction=false\` to ${conf}.`,
    `Put it in a migration of its own and add \`executeInTransaction=false\` to ${conf}.`,
  )];
}

interface Description {
  statement: string;
  error: string;
}

function describe(r: ConcurrentOp): Description {
  const op = r.op;
  switch (op.kind) {
    case 'create_index':
      return { statement: `CREATE INDEX CONCURRENTLY${op.name ? ` ${op.name}` : ''} on ${shown(op.table)}`, error: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block' };
    case 'drop_index':
      return { statement: `DROP INDEX CONCURRENTLY ${shown(op.name)}`, error: 'DROP INDEX CONCURRENTLY cannot run inside a transaction block' };
    case 'reindex':
      return { statement: `REINDEX ${op.target.toUpperCase()} CONCURRENTLY ${shown(op.name)}`, error: 'REINDEX CONCURRENTLY cannot run inside a transaction block' };
    case 'detach_partition':
      return { statement: `DETACH PARTITION ${shown(op.partition)} CONCURRENTLY from ${shown(op.table)}`, error: 'ALTER TABLE ... DETACH CONCURRENTLY cannot run inside a transaction block' };
  }
}

function hit(r: ConcurrentOp, message: string, fix: string): RuleHit {
  return { at: r.op.stmt, op: r, message, fix };
}

function uniqueStatements(r: ConcurrentOp) {
  const seen = new Map<number, ConcurrentOp['op']['stmt']>();
  for (const o of r.fileOps) if (!seen.has(o.stmt.index)) seen.set(o.stmt.index, o.stmt);
  return [...seen.values()];
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
