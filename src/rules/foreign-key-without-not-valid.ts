import { atLeast } from '../model/dialect.js';
import { qnameSql, quoteIdent, type Constraint, type QName } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { appendClause, pgConstraintName, rewritable } from './lib/statement-text.js';

export const foreignKeyWithoutNotValid: Rule = {
  id: 'foreign-key-without-not-valid',
  category: 'locking',
  severity: 'high',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A foreign key is added to a table that exists in production without NOT VALID.',
    why: 'ADD FOREIGN KEY checks every existing row of the table against the referenced table before it commits, and holds a SHARE ROW EXCLUSIVE lock on both tables for the whole check: every INSERT, UPDATE and DELETE on either table waits until it finishes, which on a large table is minutes.',
    fix: 'Add the constraint with NOT VALID, which checks new and updated rows from then on and holds its lock only for a moment: `ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;`. Then, in a separate transaction (its own migration when the tool wraps files in one), check the existing rows: `ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;` takes SHARE UPDATE EXCLUSIVE on orders and ROW SHARE on customers, which let reads and writes go on. On a partitioned table before PostgreSQL 18, do this per partition, then add the constraint to the parent: it adopts the validated ones.',
    bad: [
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;',
      },
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY);',
        sql: 'CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);\nALTER TABLE invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);',
        note: 'The referencing table is new and empty: there are no rows to check, even though customers exists.',
      },
      {
        sql: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\nALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);',
        note: 'Both tables are created in this pull request.',
      },
      {
        before: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);',
        note: 'A new column without a default is NULL in every row, so PostgreSQL skips the check (any DEFAULT, even DEFAULT NULL, makes it check). The locks are those of the NOT VALID form, SHARE ROW EXCLUSIVE on customers included; holding ACCESS EXCLUSIVE on orders while waiting for it is what lock-timeout-missing reports.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'add_constraint')) {
      const c = r.op.constraint;
      if (c.kind !== 'foreign' || c.notValid || !c.references) continue;
      if (!existingTable(ctx, r, r.op.table)) continue;
      hits.push(finding(ctx, r, r.op.table, c, rewritable(r)));
    }
    // PostgreSQL skips the check for a REFERENCES column added without a default (every value
    // is NULL); any DEFAULT, even DEFAULT NULL, makes it check every row (measured on 15).
    for (const r of opsOf(ctx, 'add_column')) {
      if (!r.op.column.default || !existingTable(ctx, r, r.op.table)) continue;
      for (const c of r.op.column.constraints) {
        if (c.kind !== 'foreign' || !c.references || c.notValid) continue;
        const col = r.op.column;
        const definition = `${quoteIdent(col.name)} ${col.type.raw}${col.nullable ? '' : ' NOT NULL'} DEFAULT ${col.default!.text}`;
        hits.push(finding(ctx, r, r.op.table, { ...c, columns: c.columns.length ? c.columns : [col.name] }, false, { name: col.name, definition }));
      }
    }
    return hits;
  },
};

function finding(ctx: RuleContext, r: ReviewedOp, table: QName, c: Constraint, canRewrite: boolean, newColumn?: { name: string; definition: string }): RuleHit {
  const ref = c.references!;
  const name = pgConstraintName(r, table, c);
  const t = shown(table);
  const other = shown(ref.table);
  const same = t === other;
  const mode = atLeast(ctx.target, '9.5') ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE';
  const blocked = mode === 'ACCESS EXCLUSIVE' ? 'every read and write' : 'every INSERT, UPDATE and DELETE';
  const onTables = same ? t : `${t} and ${other}`;
  // REFERENCES without columns means the referenced table's primary key.
  const refColumns = ref.columns.length ? ref.columns : (tableBefore(r, ref.table)?.constraints.find((k) => k.kind === 'primary')?.columns ?? []);
  const arrow = `${t}(${c.columns.join(', ')}) → ${other}(${refColumns.join(', ') || 'primary key'})`;
  const add = `ALTER TABLE ${qnameSql(table)} ADD CONSTRAINT ${quoteIdent(name)} FOREIGN KEY (${c.columns.map((x) => quoteIdent(x)).join(', ')}) REFERENCES ${qnameSql(ref.table)}${ref.columns.length ? ` (${ref.columns.map((x) => quoteIdent(x)).join(', ')})` : ''}${ref.onDelete ? ` ON DELETE ${ref.onDelete.toUpperCase()}` : ''}${ref.onUpdate ? ` ON UPDATE ${ref.onUpdate.toUpperCase()}` : ''} NOT VALID;`;
  const validate = `ALTER TABLE ${qnameSql(table)} VALIDATE CONSTRAINT ${quoteIdent(name)};`;
  const inTx = r.op.stmt.inTransaction;
  const partitions = partitionsOf(r, table);
  if (partitions.length && !atLeast(ctx.target, '18')) {
    // PostgreSQL refuses NOT VALID foreign keys on a partitioned table before 18, so the
    // usual rewrite would fail; the constraint can be prepared on each partition instead.
    const each = partitions.map((p) => `ALTER TABLE ${qnameSql(p)} ADD CONSTRAINT ${quoteIdent(`${p.name}_${c.columns.join('_')}_fkey`)} FOREIGN KEY (${c.columns.map((x) => quoteIdent(x)).join(', ')}) REFERENCES ${qnameSql(ref.table)}${ref.columns.length ? ` (${ref.columns.map((x) => quoteIdent(x)).join(', ')})` : ''} NOT VALID;  -- then VALIDATE CONSTRAINT it`);
    return {
      at: r.op.stmt,
      op: r,
      message: `Adding foreign key ${name} (${arrow}) to partitioned table ${t} checks every row of every partition while holding ${mode} on ${onTables}: ${blocked} on ${same ? 'it' : 'both tables'} waits until the check finishes.`,
      fix: `PostgreSQL ${ctx.target.version} does not accept NOT VALID for a foreign key on a partitioned table (18 does). Add the constraint NOT VALID to each partition and VALIDATE it there, one partition at a time; then add it to ${t}, which attaches the partitions' matching constraints:\n${each.join('\n')}`,
    };
  }
  const fix = newColumn
    ? `Add the column without REFERENCES, then the constraint NOT VALID, then validate it in a separate transaction:\nALTER TABLE ${qnameSql(table)} ADD COLUMN ${newColumn.definition};\n${add}\n${validate}${inTx ? '\n(The VALIDATE must run in a later migration: in the same transaction the lock of the ADD is still held.)' : ''}`
    : `${add}\n${inTx ? '-- in a later migration (in this transaction the lock of the ADD would still be held):\n' : ''}${validate}`;
  // In a transaction the VALIDATE would run under the ADD's lock, so the rewrite leaves it to a later migration.
  const replacement = canRewrite ? `${appendClause(r.op.stmt.text, 'NOT VALID')};${inTx ? '' : `\n${validate}`}` : undefined;
  const message = newColumn
    ? `Adding column ${t}.${newColumn.name} with a default and REFERENCES ${other} checks every row of ${t} against ${other} while holding ACCESS EXCLUSIVE on ${t} (reads and writes wait) and ${mode} on ${other} until the check finishes.`
    : `Adding foreign key ${name} (${arrow}) without NOT VALID checks every existing row of ${t} while holding ${mode} on ${onTables}: ${blocked} on ${same ? 'it' : 'both tables'} waits until the check finishes.`;
  return { at: r.op.stmt, op: r, message, fix, replacement };
}

/** The partitions of the table as it stands before the statement (empty when it is not partitioned, as far as replay knows). */
function partitionsOf(r: ReviewedOp, table: QName): QName[] {
  const key = tableKey(table, r.before.dialect);
  return [...r.before.tables.values()].filter((t) => t.partitionOf && tableKey(t.partitionOf, r.before.dialect) === key).map((t) => t.name);
}
