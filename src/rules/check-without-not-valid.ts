import { qnameSql, quoteIdent, type ColumnDef, type Constraint, type QName } from '../model/operation.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { appendClause, parenthesized, pgConstraintName, rewritable } from './lib/statement-text.js';
import { positionOf } from './lib/op-positions.js';

export const checkWithoutNotValid: Rule = {
  id: 'check-without-not-valid',
  category: 'locking',
  severity: 'high',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A CHECK constraint is added without NOT VALID to a table that exists in production, or to a domain its columns use.',
    why: 'ADD CONSTRAINT … CHECK holds an ACCESS EXCLUSIVE lock on the table while it scans every row to prove the condition: no query can read or write the table until the scan finishes, which on a large table is minutes. A CHECK written on a column added to an existing table scans it just the same.',
    fix: 'Add the constraint with NOT VALID, which enforces it for new and updated rows at once and skips the scan, so the lock lasts a moment: `ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;`. Then, in a separate transaction (its own migration when the tool wraps files in one), `ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;` scans the existing rows under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on. For a CHECK on a new column, add the column first and the constraint in its own statement.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount_cents bigint);',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0);',
      },
      {
        before: 'CREATE DOMAIN cents AS bigint;\nCREATE TABLE orders (id bigint PRIMARY KEY, amount cents);',
        sql: 'ALTER DOMAIN cents ADD CONSTRAINT cents_positive CHECK (VALUE > 0);',
        note: 'A domain check is checked against every column of the domain, in every table.',
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
    hits.push(...domainChecks(ctx));
    return hits;
  },
};

/** `ALTER DOMAIN name ADD [CONSTRAINT c] CHECK (…)` without NOT VALID: the front end keeps it as text. */
const DOMAIN_CHECK = /^\s*alter\s+domain\s+((?:"(?:[^"]|"")+"|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[\w$]+))?)\s+add\s+(?:constraint\s+("(?:[^"]|"")+"|[\w$]+)\s+)?check\b([\s\S]*)$/i;

function identPart(s: string): string {
  return s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s.toLowerCase();
}

/**
 * ALTER DOMAIN … ADD CONSTRAINT … CHECK checks every column of the domain, in every table,
 * under a lock that blocks writes to them. Quiet for a domain no column uses yet, or one this
 * pull request created.
 */
function domainChecks(ctx: RuleContext): RuleHit[] {
  return opsOf(ctx, 'other').flatMap((r): RuleHit[] => {
    const m = DOMAIN_CHECK.exec(r.op.stmt.text);
    if (!m || /\bnot\s+valid\s*;?\s*$/i.test(m[3])) return [];
    const parts = m[1].split(/\s*\.\s*/).map(identPart);
    const domain = parts[parts.length - 1];
    const earlier = ctx.ops.slice(0, positionOf(ctx, r));
    if (earlier.some((o) => o.op.kind === 'other' && new RegExp(`^\\s*create\\s+domain\\s+(?:[\\w$"]+\\s*\\.\\s*)?"?${domain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s`, 'i').test(o.op.stmt.text))) return [];
    const users = [...r.before.tables.values()].flatMap((t) => t.columns.filter((c) => c.type.name === domain).map((c) => ({ t, c })));
    const inProd = users.filter(({ t }) => existingTable(ctx, r, t.name));
    if (!inProd.length) return [];
    const cols = inProd.map(({ t, c }) => `${shown(t.name)}.${c.name}`);
    const name = m[2] ? identPart(m[2]) : undefined;
    const shownDomain = m[1];
    return [{
      at: r.op.stmt,
      op: r,
      message: `Adding ${name ? `check constraint ${name}` : 'a check constraint'} to domain ${shownDomain} without NOT VALID checks every row of ${cols.length === 1 ? 'column' : 'columns'} ${cols.join(', ')} while holding a lock that blocks writes to ${cols.length === 1 ? 'that table' : 'those tables'} until the scan finishes.`,
      fix: `Add it with NOT VALID, which enforces it for new values at once and skips the scan, then validate it in a later transaction, which scans without blocking writes: \`${r.op.stmt.text.trim().replace(/;\s*$/, '')} NOT VALID;\`, then \`ALTER DOMAIN ${shownDomain} VALIDATE CONSTRAINT ${name ?? '<name>'};\`.`,
      replacement: r.file.language === 'sql' ? `${appendClause(r.op.stmt.text, 'NOT VALID')};` : undefined,
    }];
  });
}

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
