import { qnameSql, quoteIdent, type ColumnDef, type Constraint, type QName } from '../model/operation.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { appendClause, parenthesized, pgConstraintName, rewritable } from './lib/statement-text.js';

export const checkWithoutNotValid: Rule = {
  id: 'check-without-not-valid',
  category: 'locking',
  severity: 'high',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A CHECK constraint is added to a table that exists in production without NOT VALID.',
    why: 'ADD CONSTRAINT … CHECK holds an ACCESS EXCLUSIVE lock on the table while it scans every row to prove the condition: no query can read or write the table until the scan finishes, which on a large table is minutes. A CHECK written on a column added to an existing table scans it just the same.',
    fix: 'Add the constraint with NOT VALID, which enforces it for new and updated rows at once and skips the scan, so the lock lasts a moment: `ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;`. Then, in a separate transaction (its own migration when the tool wraps files in one), `ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;` scans the existing rows under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on. For a CHECK on a new column, add the column first and the constraint in its own statement.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0);',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;',
      },
      {
        sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY, amount_cents bigint);\nALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount_cents > 0);',
        note: 'The table is created in the same pull request: there is nothing to scan.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'add_constraint')) {
      const c = r.op.constraint;
      if (c.kind !== 'check' || c.notValid || !c.expr) continue;
      if (!existingTable(ctx, r, r.op.table)) continue;
      hits.push(finding(ctx, r, r.op.table, c, rewritable(r)));
    }
    for (const r of opsOf(ctx, 'add_column')) {
      if (!existingTable(ctx, r, r.op.table)) continue;
      for (const c of r.op.column.constraints) {
        if (c.kind !== 'check' || c.notValid || !c.expr) continue;
        hits.push(finding(ctx, r, r.op.table, { ...c, columns: c.columns.length ? c.columns : [r.op.column.name] }, false, r.op.column));
      }
    }
    return hits;
  },
};

function finding(ctx: RuleContext, r: ReviewedOp, table: QName, c: Constraint, canRewrite: boolean, column?: ColumnDef): RuleHit {
  const name = pgConstraintName(r, table, c);
  const t = shown(table);
  const expr = parenthesized(c.expr!);
  const add = `ALTER TABLE ${qnameSql(table)} ADD CONSTRAINT ${quoteIdent(name)} CHECK ${expr} NOT VALID;`;
  const validate = `ALTER TABLE ${qnameSql(table)} VALIDATE CONSTRAINT ${quoteIdent(name)};`;
  const inTx = r.op.stmt.inTransaction;
  const later = inTx ? '-- in a later migration (in this transaction the ACCESS EXCLUSIVE lock of the ADD would still be held):\n' : '';
  if (column) {
    const def = `${quoteIdent(column.name)} ${column.type.raw}${column.nullable ? '' : ' NOT NULL'}${column.default ? ` DEFAULT ${column.default.text}` : ''}`;
    return {
      at: r.op.stmt,
      op: r,
      message: `Adding column ${t}.${column.name} with CHECK ${expr} scans every row of ${t} while holding ACCESS EXCLUSIVE on ${t}: reads and writes wait until the scan finishes.`,
      fix: `Add the column without the CHECK, then the constraint NOT VALID, then validate it:\nALTER TABLE ${qnameSql(table)} ADD COLUMN ${def};\n${add}\n${later}${validate}`,
    };
  }
  return {
    at: r.op.stmt,
    op: r,
    message: `Adding check constraint ${name} ${expr} without NOT VALID scans every row of ${t} while holding ACCESS EXCLUSIVE on ${t}: reads and writes wait until the scan finishes.`,
    fix: `${add}\n${later}${validate}`,
    // In a transaction the VALIDATE would run under the ADD's ACCESS EXCLUSIVE lock, so the rewrite leaves it to a later migration.
    replacement: canRewrite ? `${appendClause(r.op.stmt.text, 'NOT VALID')};${inTx ? '' : `\n${validate}`}` : undefined,
  };
}
