import { isMysqlFamily } from '../model/dialect.js';
import type { Index, Table } from '../model/schema.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';
import { tableKey } from '../model/schema.js';
import { shown, tableBefore } from './lib/reviewed.js';
import { rewritesUnlessUtc } from '../knowledge/timestamp-relabel.js';
import { bytesPerChar, sameColumnType, showType } from '../knowledge/type-change.js';
import { validatedChecksOn } from '../knowledge/type-change-statement.js';
import { reviewedTypeChanges, type ReviewedTypeChange } from './lib/reviewed-type-changes.js';

const PG_FIX =
  'Do not change the type in place on a large table. Expand and contract instead: add a new column of the new type (nullable, no default), keep it in sync with a trigger or from the application, backfill existing rows in batches, make it NOT NULL through a CHECK (…) NOT VALID that you then VALIDATE, build its indexes CONCURRENTLY, switch the application to the new column (or swap the names in one short transaction), and drop the old column in a later migration. For an integer primary key running out of range, the same steps end with ADD CONSTRAINT … PRIMARY KEY USING INDEX on a unique index built CONCURRENTLY. Only for a small table: set lock_timeout and run it as is.';
const MYSQL_FIX =
  'Run the change with an online schema change tool (gh-ost, pt-online-schema-change), which copies the table in the background and swaps it in with a short lock, or expand and contract: add a new column of the new type, backfill it in batches, switch the application to it, and drop the old column later. A VARCHAR widening stays in place (ALGORITHM=INPLACE) only while its length prefix keeps its size: both lengths up to 255 bytes (63 characters in utf8mb4), or both above.';

export const tableRewriteTypeChange: Rule = {
  id: 'table-rewrite-type-change',
  category: 'locking',
  severity: 'high',
  dialects: ['postgresql', 'mysql', 'mariadb'],
  claims: 'rewrite',
  docs: {
    summary: 'ALTER COLUMN … TYPE that rewrites or copies a table that exists in production, or re-checks its CHECK constraints with a full scan.',
    why: 'Unless the old type is binary compatible with the new one, PostgreSQL rewrites the whole table and rebuilds every index on it while holding an ACCESS EXCLUSIVE lock: no read or write of the table gets through until it finishes, minutes to hours on a large table. MySQL copies the table (ALGORITHM=COPY) and blocks writes for the whole copy, and needs disk space for a second copy. Binary-compatible changes (varchar(n) → varchar(m ≥ n), varchar → text, numeric precision widened with the same scale) are metadata only.',
    fix: PG_FIX,
    bad: [
      {
        before: 'CREATE TABLE events (id integer PRIMARY KEY, payload text);',
        sql: 'ALTER TABLE events ALTER COLUMN id TYPE bigint;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, bio varchar(50));',
        sql: 'ALTER TABLE users MODIFY bio varchar(100);',
        dialect: 'mysql',
        note: '50 characters take at most 200 bytes in utf8mb4, 100 take 400: the length prefix grows from 1 to 2 bytes, so MySQL copies the table.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, handle text CHECK (length(handle) <= 30));',
        sql: 'ALTER TABLE users ALTER COLUMN handle TYPE varchar;',
        note: 'No rewrite, but the CHECK constraint is re-checked on every row under ACCESS EXCLUSIVE.',
      },
      {
        before: 'CREATE TABLE jobs (id bigint PRIMARY KEY, took interval);',
        sql: 'ALTER TABLE jobs ALTER COLUMN took TYPE interval(0);',
        note: 'Lowering the fractional-seconds precision rewrites the table (and rounds the values).',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamp);',
        sql: 'ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;',
        note: 'Medium: PostgreSQL 12+ skips the rewrite only when the session running the migration has TimeZone UTC, which the migration does not say.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100));',
        sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(255);',
        note: 'Raising a varchar limit is a catalog change on PostgreSQL.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, bio varchar(200));',
        sql: 'ALTER TABLE users ALTER COLUMN bio TYPE text;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, code varchar(20));',
        sql: 'ALTER TABLE users MODIFY code varchar(60);',
        dialect: 'mysql',
        note: 'Both lengths fit in 255 bytes, so the 1-byte length prefix stays: MySQL widens it in place.',
      },
      {
        before: 'CREATE TABLE hosts (id bigint PRIMARY KEY, net cidr);',
        sql: 'ALTER TABLE hosts ALTER COLUMN net TYPE inet;',
        note: 'cidr → inet is binary coercible (pg_cast): a catalog change.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamp);',
        sql: "SET TimeZone = 'UTC';\nALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;",
        note: 'In a UTC session PostgreSQL 12+ only changes the catalog (and reads the stored values as UTC times).',
      },
      {
        sql: 'CREATE TABLE events (id integer PRIMARY KEY);\nALTER TABLE events ALTER COLUMN id TYPE bigint;',
        note: 'A table created in the same pull request is empty.',
      },
    ],
  },
  check(ctx) {
    const mysql = isMysqlFamily(ctx.target.dialect);
    const hits: RuleHit[] = [];
    // One ALTER TABLE that changes several columns rewrites (or copies) the table once: one finding per statement and table.
    const rewrites = new Map<string, ReviewedTypeChange[]>();
    for (const tc of reviewedTypeChanges(ctx)) {
      if (!tc.tableExisted) continue;
      const { r, column } = tc;
      if (tc.change.rewrite) {
        const key = `${r.file.path}\0${r.op.stmt.index}\0${tableKey(r.op.table, ctx.target.dialect)}`;
        rewrites.set(key, [...(rewrites.get(key) ?? []), tc]);
        continue;
      }
      // A relabel keeps the rows, but PostgreSQL adds every validated CHECK constraint on the
      // column back and re-checks it on every row (a full scan) under the same lock.
      if (!mysql) {
        const checks = validatedChecksOn(tableBefore(r, r.op.table), column.name);
        if (checks.length) {
          hits.push(checkScanHit(tc, ctx, checks));
          continue;
        }
      }
      // A relabel keeps the table, but an index whose operator class changes (text ↔ citext) is rebuilt under the same lock.
      if (!mysql && column.type.name !== r.op.type.name && (column.type.name === 'citext' || r.op.type.name === 'citext')) {
        const rebuilt = indexesOn(tableBefore(r, r.op.table), column.name);
        if (!rebuilt.length) continue;
        const t = shown(r.op.table);
        hits.push({
          at: r.op.stmt,
          op: r,
          message: `${describeChange(tc, ctx)} keeps the rows but rebuilds ${rebuilt.length === 1 ? 'index' : 'indexes'} ${rebuilt.map((i) => i.name).join(', ')} (the operator class changes): ACCESS EXCLUSIVE on ${t} blocks reads and writes until ${rebuilt.length === 1 ? 'it is' : 'they are'} rebuilt.`,
          fix: `Build the index for the new type separately: add a new column of type ${showType(r.op.type)}, backfill it in batches, create its index CONCURRENTLY, switch the application, and drop the old column later.`,
        });
      }
    }
    for (const group of rewrites.values()) hits.push(mysql ? mysqlHit(group, ctx) : pgHit(group, ctx));
    return hits;
  },
};

/** "Changing t.c from a to b", or "Recomputing t.c with USING …" when only the values change. */
function describeChange({ r, column }: ReviewedTypeChange, ctx: RuleContext): string {
  const name = `${shown(r.op.table)}.${r.op.column}`;
  return sameColumnType(column.type, r.op.type, ctx.target) && r.op.using !== undefined
    ? `Recomputing ${name} with USING ${r.op.using.trim()}`
    : `Changing ${name} from ${showType(column.type)} to ${showType(r.op.type)}`;
}

/** The changes of one statement, joined: "Changing t.a from x to y and t.b from x to y". */
function describeAll(group: ReviewedTypeChange[], ctx: RuleContext): string {
  const [first, ...rest] = group.map((tc) => describeChange(tc, ctx));
  if (!rest.length) return first;
  const t = `${shown(group[0].r.op.table)}.`;
  const tail = rest.map((d) => d.replace(/^(Changing|Recomputing) /, '').replace(t, ''));
  return `${first}${tail.length > 1 ? `, ${tail.slice(0, -1).join(', ')},` : ''} and ${tail[tail.length - 1]}`;
}

function pgHit(group: ReviewedTypeChange[], ctx: RuleContext): RuleHit {
  const { r } = group[0];
  const t = shown(r.op.table);
  // timestamp ↔ timestamptz is a relabel on 12+ when the migrating session's TimeZone is UTC,
  // and which session runs the migration is unknown: a condition to state, at medium.
  if (group.every((tc) => rewritesUnlessUtc(tc, ctx.target))) {
    return {
      at: r.op.stmt,
      op: r,
      severity: 'medium',
      claims: 'session-rewrite',
      message: `${describeAll(group, ctx)} rewrites ${t} and all its indexes under ACCESS EXCLUSIVE (reads and writes wait until it finishes) unless the session that runs the migration has TimeZone set to UTC: only then does PostgreSQL ${ctx.target.version} change the catalog alone.`,
      fix: `If the stored values are UTC times (the application wrote them in UTC), put \`SET LOCAL TimeZone = 'UTC';\` right before the ALTER in the same transaction (\`SET TimeZone = 'UTC';\` outside one): the change is then a catalog change, and each value is read as a UTC time. In any other TimeZone every value is reinterpreted in that zone and the table is rewritten; then ${PG_FIX.charAt(0).toLowerCase()}${PG_FIX.slice(1)}`,
    };
  }
  return {
    at: r.op.stmt,
    op: r,
    message: `${describeAll(group, ctx)} rewrites ${t} and all its indexes: ACCESS EXCLUSIVE on ${t} blocks reads and writes until the table is rewritten.`,
  };
}

function mysqlHit(group: ReviewedTypeChange[], ctx: RuleContext): RuleHit {
  const { r } = group[0];
  const t = shown(r.op.table);
  const algorithm = r.op.stmt.algorithm ?? '';
  const change = describeAll(group, ctx);
  const message = algorithm === 'inplace' || algorithm === 'instant'
    ? `${change} needs a table copy, so the ALTER with ALGORITHM=${algorithm.toUpperCase()} fails instead of running.`
    : `${change} copies the whole ${t} table (ALGORITHM=COPY): writes to ${t} are blocked until the copy finishes.${group.map(prefixNote).join('')}`;
  return { at: r.op.stmt, op: r, message, fix: MYSQL_FIX };
}

function checkScanHit(tc: ReviewedTypeChange, ctx: RuleContext, checks: string[]): RuleHit {
  const { r } = tc;
  const t = shown(r.op.table);
  const list = `${checks.length === 1 ? 'CHECK constraint' : 'CHECK constraints'} ${checks.join(', ')}`;
  return {
    at: r.op.stmt,
    op: r,
    message: `${describeChange(tc, ctx)} keeps the rows, but re-checks ${list} on every row of ${t} (a full scan) while holding ACCESS EXCLUSIVE on ${t}: reads and writes wait until the scan finishes.`,
    claims: 'scan',
    fix: `In one transaction, drop ${checks.length === 1 ? 'the constraint' : 'the constraints'}, change the type, and add ${checks.length === 1 ? 'it' : 'them'} back NOT VALID; then run ALTER TABLE … VALIDATE CONSTRAINT in a later transaction, which scans under SHARE UPDATE EXCLUSIVE while reads and writes go on.`,
  };
}

function indexesOn(t: Table | undefined, column: string): Index[] {
  if (!t) return [];
  return t.indexes.filter((i) => i.elems.some((e) => e.column === column || (e.expr !== undefined && new RegExp(`\\b${column}\\b`).test(e.expr))));
}

/** Why a MySQL VARCHAR widening is not in place: the length prefix grows from one to two bytes. */
function prefixNote({ r, column }: ReviewedTypeChange): string {
  const from = column.type;
  const to = r.op.type;
  if (from.name !== 'varchar' || to.name !== 'varchar' || !from.args.length || !to.args.length || to.args[0] < from.args[0]) return '';
  const bpc = bytesPerChar(column.collation);
  return ` The length prefix grows from 1 to 2 bytes: ${from.args[0]} characters take at most ${from.args[0] * bpc} bytes, ${to.args[0]} take ${to.args[0] * bpc} (over 255).`;
}
