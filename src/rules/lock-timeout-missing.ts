import type { LocatedOp, QName } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { shown, tableBefore } from './lib/reviewed.js';
import { accessExclusiveTargets, atLeastMode, pgLockFor } from '../knowledge/pg-locks.js';
import { flywayNonTransactional } from '../knowledge/outside-transaction.js';
import { existingTable } from './lib/existing.js';
import { laterWorkUnderLock, slowUnderLock } from './lib/long-locks.js';
import { positionOf } from './lib/op-positions.js';

export const lockTimeoutMissing: Rule = {
  id: 'lock-timeout-missing',
  category: 'locking',
  severity: 'low',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A migration holds an ACCESS EXCLUSIVE lock on an existing table for more than a moment (over a rewrite, a scan, an index build, a data change, or while waiting for more locks) with no lock_timeout set earlier in it.',
    why: "An ACCESS EXCLUSIVE lock must wait for every transaction that holds any lock on the table, even a plain SELECT, and while it waits every new read and write of the table queues behind it. Without lock_timeout, one long-running query or an idle-in-transaction session turns the migration into an outage of the table that lasts as long as that session does. It compounds when the lock is held for longer: over a rewrite or a scan, or by a transaction that goes on to update rows, build an index or wait for the lock of another table while the first one stays blocked. (A lone catalog-only change that commits at once, such as ADD COLUMN without a volatile default, is not reported: its wait is the whole cost, and reporting every such migration teaches reviewers to skip the rule.)",
    fix: "Start the migration with `SET lock_timeout = '5s';` (`SET LOCAL` when the file runs in a transaction), a few seconds at most: a statement that cannot get its lock then fails instead of queueing the application behind it, and the migration can simply be retried, ideally at a quieter moment. Keep the work done under the lock short: backfill and build indexes in separate migrations.",
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nUPDATE orders SET shipped_at = now() WHERE note = 'shipped';",
        format: 'golang-migrate',
        note: 'The file is one transaction: the lock taken by ADD COLUMN is held while the UPDATE runs.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;',
        note: 'The lock is held for the whole scan (set-not-null-scan reports the scan itself).',
      },
      {
        before: "CREATE TABLE products (id bigint PRIMARY KEY, code varchar(20) CHECK (code <> ''));",
        sql: 'ALTER TABLE products ALTER COLUMN code TYPE varchar(50);',
        note: 'Widening a varchar is a catalog change, but PostgreSQL re-checks the CHECK on code against every row under the same lock.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);',
        note: 'The new column is NULL everywhere, so nothing is checked; but the statement holds ACCESS EXCLUSIVE on orders while it waits for SHARE ROW EXCLUSIVE on users (pg_locks shows both), which waits for every open transaction that wrote to users.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "SET lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;",
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
        note: 'One catalog-only change that commits at once: the lock is held for a moment.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);",
      },
      {
        sql: "CREATE TABLE refunds (id bigint PRIMARY KEY, note text);\nALTER TABLE refunds ALTER COLUMN note SET NOT NULL;",
        note: 'The table is created in the same pull request: no other session can hold a lock on it.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);',
        note: 'CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "SET LOCAL lock_timeout = '3s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nUPDATE orders SET shipped_at = now() WHERE note = 'shipped';",
        format: 'goose',
        note: 'goose runs the file in one transaction, so SET LOCAL covers every statement after it.',
      },
    ],
  },
  check(ctx) {
    const byFile = new Map<ReviewedOp['file'], ReviewedOp[]>();
    for (const r of ctx.ops) {
      const list = byFile.get(r.file);
      if (list) list.push(r);
      else byFile.set(r.file, [r]);
    }
    const hits: RuleHit[] = [];
    for (const reviewed of byFile.values()) {
      const covered = lockTimeoutInEffect(reviewed[0].fileOps);
      const affected: { r: ReviewedOp; tables: QName[] }[] = [];
      for (const r of reviewed) {
        if (covered[r.position]) continue;
        const l = pgLockFor(r.op, { before: r.before, target: ctx.target });
        // LOCK … NOWAIT fails at once instead of queueing.
        if (l?.nowait) continue;
        const tables = accessExclusiveTargets(l).filter((q) => productionRelation(ctx, r, q));
        if (tables.length) affected.push({ r, tables });
      }
      if (!affected.length) continue;
      // A lock that is taken and released at once costs a wait only; report the files where a
      // missing lock_timeout compounds: the lock is held over real work, or while waiting for more locks.
      const reason = compounding(ctx, affected);
      if (reason) hits.push(finding(ctx, affected, reason));
    }
    return hits;
  },
};

/** Why the ACCESS EXCLUSIVE lock of this file is held for more than a moment, as a sentence; undefined when it is not. */
function compounding(ctx: RuleContext, affected: { r: ReviewedOp; tables: QName[] }[]): string | undefined {
  for (const { r, tables } of affected) {
    const names = [...new Set(tables.map(shown))];
    const line = r.op.stmt.line;
    if (names.length > 1) return `The statement on line ${line} locks ${names.join(' and ')} at once, so while it waits for one, the others are blocked too.`;
    // ADD COLUMN … REFERENCES: ACCESS EXCLUSIVE on the table first, then SHARE ROW EXCLUSIVE on the
    // referenced one (measured with pg_locks); waiting for the second keeps the first blocking everyone.
    const also = (pgLockFor(r.op, { before: r.before, target: ctx.target })?.others ?? []).filter((o) => atLeastMode(o.lock, 'SHARE') && !names.includes(shown(o.table)) && productionRelation(ctx, r, o.table));
    if (also.length) {
      const what = also.map((o) => `${o.lock} on ${shown(o.table)}`).join(' and ');
      return `The statement on line ${line} also takes ${what}, which waits for every open transaction that has written to ${also.map((o) => shown(o.table)).join(' or ')}; all that time ${names[0]} stays locked.`;
    }
    const slow = slowUnderLock(ctx, r);
    if (slow) return `The statement on line ${line} then holds the lock while it ${slow.replace('the table', names[0])}.`;
    const later = laterWorkUnderLock(ctx, r, tables);
    if (later) return `The transaction keeps the lock on ${names[0]} taken on line ${line} while it ${later}.`;
  }
  return undefined;
}

function finding(ctx: RuleContext, affected: { r: ReviewedOp; tables: QName[] }[], reason: string): RuleHit {
  const first = affected[0].r;
  const statements = new Map<number, number>();
  for (const a of affected) statements.set(a.r.op.stmt.index, a.r.op.stmt.line);
  const names = [...new Set(affected.flatMap((a) => a.tables.map(shown)))];
  const n = statements.size;
  const firstTables = [...new Set(affected[0].tables.map(shown))].join(', ');
  const others = n > 1 ? ` ${n} statements in this file take such a lock (lines ${[...statements.values()].join(', ')}, on ${names.join(', ')}).` : '';
  const set = first.op.stmt.inTransaction ? 'SET LOCAL' : 'SET';
  // A SET would make a Flyway migration of non-transactional statements "mixed", which Flyway refuses.
  const flywayMixed = ctx.set.format === 'flyway' && first.fileOps.some((o) => flywayNonTransactional(o.stmt, ctx.target));
  return {
    at: first.op.stmt,
    message: `This statement takes ACCESS EXCLUSIVE on ${firstTables} with no lock_timeout set: it waits behind any transaction holding a lock on ${firstTables}, and every read and write of ${firstTables} queues behind it for as long as that transaction runs. ${reason}${others}`,
    fix: flywayMixed
      ? "Set it on Flyway's connection instead, with `initSql=SET lock_timeout = '5s'` in the Flyway configuration (a SET in this file would mix a transactional statement into a migration Flyway runs outside a transaction, which it refuses), so a blocked statement fails fast instead of stalling the application; retry the migration when it does."
      : `Put ${setStatement(ctx, set)} before the first of them${first.op.stmt.inTransaction ? ' (SET LOCAL lasts until the transaction ends)' : ''}, so a blocked statement fails fast instead of stalling the application, and retry the migration when it does.`,
    replacement: flywayMixed || first.file.language !== 'sql' ? undefined : `${set} lock_timeout = '5s';\n${first.op.stmt.text};`,
  };
}

/** The SET in the migration's own language. */
function setStatement(ctx: RuleContext, set: string): string {
  const sql = `${set} lock_timeout = '5s'`;
  if (ctx.set.format === 'django') return `\`migrations.RunSQL("${sql}", migrations.RunSQL.noop)\` (first in \`operations\`)`;
  if (ctx.set.format === 'alembic') return `\`op.execute("${sql}")\``;
  return `\`${sql};\``;
}

/** A table this pull request did not create, or a view or materialized view production has. */
function productionRelation(ctx: RuleContext, r: ReviewedOp, q: QName): boolean {
  const key = tableKey(q, ctx.target.dialect);
  if (ctx.base.views.has(key)) return !viewCreatedInPr(ctx, r, q);
  const op = r.op;
  // The relation this very statement creates, and views production does not have.
  if (op.kind === 'create_table' && tableKey(op.table, ctx.target.dialect) === key) return false;
  if ((op.kind === 'create_view' || op.kind === 'drop_view' || op.kind === 'refresh_materialized_view') && tableKey(op.name, ctx.target.dialect) === key) return false;
  // DROP … IF EXISTS of a table replay has never seen may well drop nothing.
  if ('ifExists' in op && op.ifExists && !tableBefore(r, q)) return false;
  return existingTable(ctx, r, q);
}

function viewCreatedInPr(ctx: RuleContext, r: ReviewedOp, q: QName): boolean {
  const key = tableKey(q, ctx.target.dialect);
  return ctx.ops.slice(0, positionOf(ctx, r)).some((o) => o.op.kind === 'create_view' && !o.op.orReplace && tableKey(o.op.name, ctx.target.dialect) === key);
}

/**
 * For each operation of the file, whether a non-zero lock_timeout applies to it: a session
 * SET earlier in the file, or a SET LOCAL earlier in the same transaction.
 */
export function lockTimeoutInEffect(ops: readonly LocatedOp[]): boolean[] {
  let session = false;
  let local: boolean | undefined;
  let localTx = -1;
  let tx = 0;
  return ops.map((op) => {
    if (op.kind === 'transaction') {
      // The end of a transaction ends its SET LOCAL; a new BEGIN starts a fresh one.
      tx++;
      local = undefined;
    }
    const inEffect = (localTx === tx && op.stmt.inTransaction ? local : undefined) ?? session;
    const setting = lockTimeoutSetting(op);
    if (setting) {
      const on = !isOff(setting.value);
      if (!setting.local) {
        session = on;
        local = undefined;
      } else if (op.stmt.inTransaction) {
        // SET LOCAL outside a transaction block has no effect (PostgreSQL only warns).
        local = on;
        localTx = tx;
      }
    }
    return inEffect;
  });
}

/** SET [LOCAL] lock_timeout, or `SELECT set_config('lock_timeout', '5s', is_local)`, which front ends leave as `other`. */
function lockTimeoutSetting(op: LocatedOp): { value: string; local: boolean } | undefined {
  if (op.kind === 'set_setting') return op.name.toLowerCase() === 'lock_timeout' ? { value: op.value, local: op.local } : undefined;
  if (op.kind !== 'other') return undefined;
  const m = /^\s*select\s+(?:pg_catalog\.)?set_config\s*\(\s*'lock_timeout'\s*,\s*'([^']*)'\s*,\s*(true|false)\s*\)\s*$/i.exec(op.stmt.text);
  return m ? { value: m[1], local: m[2].toLowerCase() === 'true' } : undefined;
}

function isOff(value: string): boolean {
  const v = value.trim().replace(/^'(.*)'$/, '$1').trim().toLowerCase();
  return v === 'default' || /^0+(\.0+)?\s*(us|ms|s|min|h|d)?$/.test(v);
}
