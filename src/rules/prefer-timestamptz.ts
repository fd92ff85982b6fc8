import type { Rule, RuleHit } from './rule.js';
import { arraySuffix, byStatement, columnList, isAre, rewriteColumnTypes, sameCase, writtenColumns } from './lib/written-columns.js';

export const preferTimestamptz: Rule = {
  id: 'prefer-timestamptz',
  category: 'hygiene',
  severity: 'low',
  defaultOff: true,
  dialects: ['postgresql'],
  docs: {
    summary: 'A column this change creates or retypes is `timestamp` (without time zone) instead of `timestamptz`.',
    why: '`timestamp without time zone` stores the wall-clock reading and throws the UTC offset away: `2024-03-01 10:00+01` and `2024-03-01 10:00-05` are stored as the same value, five hours apart in reality. What a value means then depends on the TimeZone setting of whichever session wrote it, and arithmetic across daylight-saving changes is off by an hour. `timestamptz` stores an absolute instant in the same 8 bytes and converts on the way in and out.',
    fix: 'Use `timestamptz` (`timestamp with time zone`). SQLAlchemy: `sa.DateTime(timezone=True)`. Only columns this change writes are reported; converting an existing column is a table rewrite and needs the session TimeZone the old values were written in (`ALTER COLUMN … TYPE timestamptz USING col AT TIME ZONE \'UTC\'`).',
    bad: [
      { sql: 'CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL);' },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE orders ADD COLUMN shipped_at timestamp without time zone;',
      },
    ],
    good: [
      { sql: 'CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL);' },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamp NOT NULL);',
        sql: 'ALTER TABLE orders ADD COLUMN note text;',
        note: 'orders.created_at is an old column this change does not touch: only the types a pull request writes are judged.',
      },
      {
        sql: 'CREATE TABLE opening_hours (id bigint PRIMARY KEY, opens time NOT NULL, day date NOT NULL);',
        note: '`time` and `date` are not instants; only `timestamp` is reported.',
      },
    ],
  },
  check(ctx) {
    const cols = writtenColumns(ctx).filter((c) => c.type.name === 'timestamp');
    return byStatement(cols).map((group): RuleHit => {
      const r = group[0].r;
      return {
        at: r.op.stmt,
        message: `${columnList(group)} ${isAre(group)} \`timestamp without time zone\`: the UTC offset of every value written is dropped, so the stored times mean different instants depending on the session's TimeZone.`,
        replacement: rewriteColumnTypes(group, (c) => sameCase(c.type.raw, `timestamptz${c.type.args.length ? `(${c.type.args[0]})` : ''}${arraySuffix(c.type)}`)),
      };
    });
  },
};
