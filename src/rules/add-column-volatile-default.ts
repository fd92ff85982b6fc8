import { atLeast } from '../model/dialect.js';
import { qnameSql, quoteIdent } from '../model/operation.js';
import { addColumnRewrite } from '../knowledge/predict.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { notNullRecipe } from './lib/not-null.js';
import { rewritable } from './lib/statement-text.js';

export const addColumnVolatileDefault: Rule = {
  id: 'add-column-volatile-default',
  category: 'locking',
  severity: 'high',
  dialects: ['postgresql'],
  claims: 'rewrite',
  docs: {
    summary: 'A column with a volatile default (any non-null default before PostgreSQL 11) is added to a table that exists in production.',
    why: 'PostgreSQL 11+ stores a constant or stable default (0, \'pending\', now()) once in the catalog, so adding the column is instant. A volatile default (gen_random_uuid(), random(), clock_timestamp(), nextval()) must be computed for every row, so PostgreSQL rewrites the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock: no query can read or write the table until the rewrite finishes. Before PostgreSQL 11 every non-null default rewrites the table.',
    fix: 'Add the column without the default (`ALTER TABLE orders ADD COLUMN public_id uuid;`), then set the default in a second statement, which applies to new rows only and rewrites nothing (`ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();`), then backfill the existing rows in small batches (`UPDATE orders SET public_id = gen_random_uuid() WHERE public_id IS NULL AND id BETWEEN … AND …;`). If the column must be NOT NULL, add that last with a NOT VALID check, VALIDATE CONSTRAINT and SET NOT NULL.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);',
        sql: 'ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);',
        sql: "ALTER TABLE orders ADD COLUMN status text DEFAULT 'pending';",
        version: '10',
        note: 'Before PostgreSQL 11 even a constant default rewrites the table.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);',
        sql: "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'pending';\nALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();",
        note: 'Constant and stable defaults are stored in the catalog on PostgreSQL 11+: no rewrite.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);',
        sql: 'ALTER TABLE orders ADD COLUMN ratio double precision NOT NULL DEFAULT pi();',
        note: 'pi() is immutable in PostgreSQL\'s catalogue (pg_proc.provolatile): one value for every row, no rewrite.',
      },
      {
        sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY);\nALTER TABLE refunds ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
        note: 'The table is created in the same pull request: there are no rows to rewrite.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);',
        sql: 'ALTER TABLE orders ADD COLUMN public_id uuid;\nALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();',
        note: 'SET DEFAULT applies to new rows only and does not rewrite.',
      },
    ],
  },
  check(ctx) {
    const pg11 = atLeast(ctx.target, '11');
    return opsOf(ctx, 'add_column').flatMap((r): RuleHit[] => {
      const col = r.op.column;
      if (!existingTable(ctx, r, r.op.table)) return [];
      const table = tableBefore(r, r.op.table);
      // serial, identity and generated columns rewrite for their own reasons: add-stored-generated-or-serial.
      if (col.generated) return [];
      const rewrite = addColumnRewrite(col, ctx.target);
      if (rewrite !== 'volatile-default' && rewrite !== 'default-before-11') return [];
      const t = shown(r.op.table);
      const tbl = qnameSql(r.op.table);
      const c = quoteIdent(col.name);
      const expr = col.default!.text;
      const pk = table?.constraints.find((k) => k.kind === 'primary')?.columns;
      const batch = pk?.length === 1
        ? `UPDATE ${tbl} SET ${c} = ${expr} WHERE ${c} IS NULL AND ${quoteIdent(pk[0])} BETWEEN :from AND :to;  -- repeat per range of ${pk[0]}`
        : `UPDATE ${tbl} SET ${c} = ${expr} WHERE ${c} IS NULL …;  -- in batches of a few thousand rows`;
      const add = `ALTER TABLE ${tbl} ADD COLUMN ${c} ${col.type.raw}${col.collation ? ` COLLATE ${quoteIdent(col.collation)}` : ''};`;
      const setDefault = `ALTER TABLE ${tbl} ALTER COLUMN ${c} SET DEFAULT ${expr};`;
      const steps = [add, setDefault, batch];
      if (!col.nullable) steps.push(notNullRecipe(r.op.table, col.name, ctx.target, r.op.stmt.inTransaction));
      const why = pg11
        ? `the default ${expr} is volatile, so PostgreSQL computes it for every row instead of storing it once`
        : `before PostgreSQL 11 every non-null default is written into every row (this database is ${ctx.target.version})`;
      // Only a nullable column without inline constraints can be split without changing what the statement declares.
      const canRewrite = col.nullable && col.constraints.length === 0 && rewritable(r);
      return [{
        at: r.op.stmt,
        op: r,
        message: `Adding column ${t}.${col.name} with DEFAULT ${expr} rewrites every row of ${t} and rebuilds its indexes while holding ACCESS EXCLUSIVE on ${t}: ${why}; reads and writes wait until the rewrite finishes.`,
        fix: `Add the column without the default, set the default for new rows, backfill the existing ones in batches:\n${steps.join('\n')}`,
        replacement: canRewrite ? `${add}\n${setDefault}\n-- existing rows hold NULL until they are backfilled in batches` : undefined,
      }];
    });
  },
};
