import { quoteIdent } from '../model/operation.js';
import type { Rule, RuleHit } from './rule.js';
import { byStatement, columnList, isAre, rewriteColumnTypes, sameCase, writtenColumns, type WrittenColumn } from './lib/written-columns.js';

export const preferTextOverVarchar: Rule = {
  id: 'prefer-text-over-varchar',
  category: 'hygiene',
  severity: 'low',
  defaultOff: true,
  dialects: ['postgresql'],
  docs: {
    summary: 'A column this change creates or retypes is `varchar(n)`: use `text` with a CHECK constraint where the limit matters.',
    why: 'In PostgreSQL `varchar(n)` is `text` plus a length check built into the type, with no storage or speed advantage. The limit is often an arbitrary 255 carried over from other databases, and changing it is an ALTER COLUMN TYPE: raising it takes an ACCESS EXCLUSIVE lock (blocking reads and writes while it waits and runs), lowering it rewrites the table. A CHECK constraint on a `text` column can be replaced online: add the new one NOT VALID, VALIDATE it (which only blocks schema changes), drop the old one. `varchar` without a length is the same as `text` and is not reported.',
    fix: 'Declare the column `text`; if the limit matters, add `CHECK (char_length(col) <= n)`. On an existing table add that constraint NOT VALID and VALIDATE it in a later statement, so no write is blocked while existing rows are checked. SQLAlchemy: `sa.Text()` plus `sa.CheckConstraint(\'char_length(col) <= n\')`; Django: `models.TextField()` plus a `CheckConstraint` on `Length(\'col\')`.',
    bad: [
      { sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);' },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN nickname character varying(40);',
      },
    ],
    good: [
      { sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL CHECK (char_length(email) <= 255));' },
      { sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar NOT NULL);', note: '`varchar` without a length is `text` under another name: there is no limit to change later.' },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);',
        sql: 'ALTER TABLE users ADD COLUMN bio text;',
        note: 'users.email is an old column this change does not touch.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);',
        sql: 'ALTER TABLE users ALTER COLUMN email TYPE text;',
        note: 'Moving away from varchar(n) is what the rule asks for.',
      },
    ],
  },
  check(ctx) {
    const cols = writtenColumns(ctx).filter((c) => c.type.name === 'varchar' && c.type.args.length > 0);
    return byStatement(cols).map((group): RuleHit => {
      const r = group[0].r;
      return {
        at: r.op.stmt,
        message: `${columnList(group)} ${isAre(group)} ${limits(group)}: changing the limit later is an ALTER COLUMN TYPE under an ACCESS EXCLUSIVE lock, while \`text\` with a CHECK constraint can be changed without blocking.`,
        // An inline CHECK on a column added to an existing table is checked against every row
        // under the ALTER's lock, so the one-line rewrite is offered only for a CREATE TABLE.
        replacement: r.op.kind === 'create_table' ? rewriteColumnTypes(group, textWithCheck) : undefined,
      };
    });
  },
};

function limits(group: readonly WrittenColumn[]): string {
  const shown = [...new Set(group.map((c) => `varchar(${c.type.args[0]})${'[]'.repeat(c.type.array)}`))];
  return shown.join(' / ');
}

/** `text CHECK (char_length(col) <= n)`: the same limit, counted in characters as varchar counts it. */
function textWithCheck(c: WrittenColumn): string | undefined {
  // COLLATE must come right after the type, before any constraint; arrays would need a check per element.
  if (c.type.array || c.def?.collation) return undefined;
  return `${sameCase(c.type.raw, 'text check')} (char_length(${quoteIdent(c.name)}) <= ${c.type.args[0]})`;
}
