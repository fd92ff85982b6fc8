import { escapeRegExp } from '../model/regex.js';
import { atLeast } from '../model/dialect.js';
import { qnameKey, sqlString } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { opsOf, type ReviewedOf } from './lib/reviewed.js';
import { flywayNonTransactional, openBegin, runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { capitalize } from './lib/prose.js';
import { sameTransaction, transactionOf, transactionPhrase } from './lib/transactions.js';
import { positionOf } from './lib/op-positions.js';

type AddValue = ReviewedOf<'add_enum_value'>;

export const enumAddValueInTransaction: Rule = {
  id: 'enum-add-value-in-transaction',
  category: 'locking',
  severity: 'medium',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'ALTER TYPE … ADD VALUE runs inside a transaction where PostgreSQL refuses it: at all before PostgreSQL 12, and from 12 on when the same transaction then uses the new value.',
    why: 'Before PostgreSQL 12, ALTER TYPE … ADD VALUE fails inside a transaction block ("ALTER TYPE ... ADD cannot run inside a transaction block") unless the enum type was created in the same transaction. From 12 on it may run in a transaction, but the new value cannot be used until that transaction has committed: an INSERT, UPDATE, DEFAULT or CHECK that names it in the same transaction fails with "unsafe use of new value". The transaction does not have to be written: goose, dbmate, Django, Alembic, Flyway and golang-migrate with several statements run the whole file in one. Either way the migration fails in production.',
    fix: 'Add the value in a migration of its own that runs outside a transaction before PostgreSQL 12 (goose `-- +goose NO TRANSACTION`, Django `atomic = False`, Alembic `with op.get_context().autocommit_block():`, golang-migrate a file with that statement only), and use the value (backfills, defaults, constraints) in a later migration, after the new value has been committed.',
    bad: [
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new');",
        sql: "ALTER TYPE order_status ADD VALUE 'shipped';\nUPDATE orders SET status = 'shipped' WHERE id IN (SELECT order_id FROM shipments);",
        format: 'goose',
        note: 'goose runs the file in one transaction: the UPDATE uses the value before it is committed.',
      },
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');",
        sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'shipped';\nCOMMIT;",
        version: '11',
        note: 'Before PostgreSQL 12 the statement cannot run in a transaction block at all.',
      },
    ],
    good: [
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new');",
        sql: "ALTER TYPE order_status ADD VALUE 'shipped';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
        format: 'goose',
        note: 'PostgreSQL 12+ adds the value inside the transaction; nothing uses it before the commit.',
      },
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new');",
        sql: "-- +goose NO TRANSACTION\nALTER TYPE order_status ADD VALUE 'shipped';\nUPDATE orders SET status = 'shipped' WHERE id IN (SELECT order_id FROM shipments);",
        format: 'goose',
        version: '11',
        note: 'Each statement commits on its own: the value exists by the time the UPDATE runs.',
      },
      {
        sql: "CREATE TYPE ticket_state AS ENUM ('open');\nALTER TYPE ticket_state ADD VALUE 'closed';\nCREATE TABLE tickets (id bigint PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'closed');",
        format: 'goose',
        version: '11',
        note: 'The type is created in the same transaction, so PostgreSQL allows adding to it and using the value at once.',
      },
    ],
  },
  check(ctx) {
    const pg12 = atLeast(ctx.target, '12');
    return opsOf(ctx, 'add_enum_value').flatMap((r): RuleHit[] => {
      if (transactionOf(r) === undefined || createdInSameTransaction(ctx, r)) return [];
      if (!pg12) return flywayRunsOutside(ctx, r) ? [] : [refused(ctx, r)];
      // IF NOT EXISTS of a value that is already there adds nothing new.
      if (r.before.enums.get(tableKey(r.op.name, 'postgresql'))?.includes(r.op.value)) return [];
      const uses = usesLater(ctx, r);
      return uses.length ? [unsafeUse(ctx, r, uses)] : [];
    });
  },
};

/** A CREATE TYPE of the same type earlier in the same transaction. */
function createdInSameTransaction(ctx: RuleContext, r: AddValue): boolean {
  const key = tableKey(r.op.name, 'postgresql');
  return ctx.ops.slice(0, positionOf(ctx, r)).some((o) => o.op.kind === 'create_enum' && tableKey(o.op.name, 'postgresql') === key && sameTransaction(o, r));
}

/** Flyway before PostgreSQL 12 runs a migration of nothing but such statements outside a transaction by itself. */
function flywayRunsOutside(ctx: RuleContext, r: AddValue): boolean {
  if (ctx.set.format !== 'flyway' || openBegin(r.fileOps, r.position)) return false;
  return r.fileOps.every((o) => flywayNonTransactional(o.stmt, ctx.target));
}

const ENUM_KINDS = new Set(['create_enum', 'add_enum_value', 'rename_enum_value', 'drop_type', 'rename_type']);

/**
 * Later statements of the same transaction that use the new value: the quoted value together
 * with the type's name or a column of that type (INSERT, UPDATE, DEFAULT, CHECK …).
 */
function usesLater(ctx: RuleContext, r: AddValue): ReviewedOp[] {
  const literal = sqlString(r.op.value);
  const key = tableKey(r.op.name, 'postgresql');
  const seen = new Set<number>();
  return ctx.ops.slice(positionOf(ctx, r) + 1).filter((o) => {
    if (!sameTransaction(o, r) || ENUM_KINDS.has(o.op.kind) || seen.has(o.op.stmt.index)) return false;
    const text = o.op.stmt.text;
    if (!text.includes(literal)) return false;
    const names = [r.op.name.name, ...columnsOfType(o, key)];
    const used = names.some((n) => mentions(text, n)) || insertWithoutColumns(o, key);
    if (used) seen.add(o.op.stmt.index);
    return used;
  });
}

/** Names of the columns of that enum type, in any table, just before the statement. */
function columnsOfType(o: ReviewedOp, key: string): string[] {
  return [...o.before.tables.values()].flatMap((t) => t.columns.filter((c) => c.type.name === key).map((c) => c.name));
}

/** `INSERT INTO t VALUES (…)` into a table with a column of that type: the values fill the columns in order. */
function insertWithoutColumns(o: ReviewedOp, key: string): boolean {
  if (o.op.kind !== 'data_change' || o.op.verb !== 'insert') return false;
  const t = o.before.tables.get(tableKey(o.op.table, 'postgresql'));
  return !!t && t.columns.some((c) => c.type.name === key) && /^\s*insert\s+into\s+("[^"]+"|[\w$.]+)(\s*\.\s*("[^"]+"|[\w$]+))?\s+(values|select)\b/i.test(o.op.stmt.text);
}

function mentions(text: string, name: string): boolean {
  const esc = escapeRegExp(name);
  return new RegExp(`"${esc.replace(/"/g, '""')}"|(^|[^\\w$"])${esc}($|[^\\w$"])`, /^[a-z_][a-z0-9_$]*$/.test(name) ? 'i' : '').test(text);
}

function refused(ctx: RuleContext, r: AddValue): RuleHit {
  const t = qnameKey(r.op.name);
  if (ctx.set.format === 'flyway' && !openBegin(r.fileOps, r.position)) {
    const mixed = [...new Set(r.fileOps.filter((o) => !flywayNonTransactional(o.stmt, ctx.target)).map((o) => o.stmt.line))];
    return {
      at: r.op.stmt,
      op: r,
      message: `ALTER TYPE ${t} ADD VALUE '${r.op.value}' cannot run in a transaction on PostgreSQL ${ctx.target.version}, and this Flyway migration mixes it with transactional statements (line${mixed.length > 1 ? 's' : ''} ${mixed.join(', ')}): Flyway refuses to run it ("Detected both transactional and non-transactional statements within the same migration"), so the deploy fails.`,
      fix: 'Put it in a migration of its own: Flyway runs a migration whose every statement cannot run in a transaction outside one.',
    };
  }
  return {
    at: r.op.stmt,
    op: r,
    message: `ALTER TYPE ${t} ADD VALUE '${r.op.value}' runs inside ${transactionPhrase(r, ctx.set.format)}, which PostgreSQL ${ctx.target.version} refuses ("ALTER TYPE ... ADD cannot run inside a transaction block"): the migration fails.`,
    why: `Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run inside a transaction block at all, unless the enum type was created earlier in the same transaction; PostgreSQL 12 lifted the restriction. This database is ${ctx.target.version}.`,
    fix: `${capitalize(runOutsideAdvice(ctx.set.format, r.file))}; PostgreSQL 12 and later accept it in a transaction.`,
  };
}

function unsafeUse(ctx: RuleContext, r: AddValue, uses: ReviewedOp[]): RuleHit {
  const t = qnameKey(r.op.name);
  const lines = [...new Set(uses.map((u) => u.op.stmt.line))];
  return {
    at: r.op.stmt,
    op: r,
    message: `ALTER TYPE ${t} ADD VALUE '${r.op.value}' runs inside ${transactionPhrase(r, ctx.set.format)}, and line${lines.length > 1 ? 's' : ''} ${lines.join(', ')} of the same transaction use${lines.length > 1 ? '' : 's'} '${r.op.value}' before it is committed: PostgreSQL refuses with "unsafe use of new value '${r.op.value}' of enum type ${r.op.name.name}", and the migration fails.`,
    why: `Since PostgreSQL 12, ADD VALUE may run in a transaction, but the new value cannot be used until that transaction has committed (unless the enum type itself was created in it): any statement that turns '${r.op.value}' into a value of ${t}, an INSERT, UPDATE, DEFAULT or CHECK, fails, and the whole migration rolls back.`,
    fix: `Add the value in a migration of its own (or COMMIT right after the ALTER TYPE) and move what uses '${r.op.value}' (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}) to a later migration, which runs after the value is committed.`,
  };
}
