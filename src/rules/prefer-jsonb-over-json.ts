import type { Rule, RuleHit } from './rule.js';
import { arraySuffix, byStatement, columnList, isAre, rewriteColumnTypes, sameCase, writtenColumns } from './lib/written-columns.js';

export const preferJsonbOverJson: Rule = {
  id: 'prefer-jsonb-over-json',
  category: 'hygiene',
  severity: 'low',
  defaultOff: true,
  dialects: ['postgresql'],
  docs: {
    summary: 'A column this change creates or retypes is `json` instead of `jsonb`.',
    why: '`json` keeps the input text as it was and parses it again on every access. It has no equality operator (so no DISTINCT, GROUP BY, UNIQUE or plain index on it), no containment (`@>`) or key-existence operators, and no GIN index. `jsonb` is stored parsed, supports all of these, and is what almost every application means by a JSON column.',
    fix: 'Use `jsonb`. SQLAlchemy: `sqlalchemy.dialects.postgresql.JSONB`. Keep `json` only when the exact input text must be preserved (key order, duplicate keys, whitespace), and say so in an ignore comment.',
    bad: [
      { sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);' },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE orders ADD COLUMN metadata json;',
      },
    ],
    good: [
      { sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL);' },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, metadata json);',
        sql: 'ALTER TABLE orders ADD COLUMN note text;',
        note: 'The json column is old and left alone: only the types a pull request writes are judged.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, metadata json);',
        sql: 'ALTER TABLE orders ALTER COLUMN metadata TYPE jsonb USING metadata::jsonb;',
      },
    ],
  },
  check(ctx) {
    const cols = writtenColumns(ctx).filter((c) => c.type.name === 'json');
    return byStatement(cols).map((group): RuleHit => {
      const r = group[0].r;
      return {
        at: r.op.stmt,
        message: `${columnList(group)} ${isAre(group)} \`json\`: it is re-parsed on every access and cannot be compared, indexed with GIN or queried with \`@>\`; \`jsonb\` can.`,
        // A default or generated expression written for json may not be valid jsonb as it stands.
        replacement: rewriteColumnTypes(group, (c) => (c.def?.default || c.def?.generated ? undefined : sameCase(c.type.raw, `jsonb${arraySuffix(c.type)}`))),
      };
    });
  },
};
