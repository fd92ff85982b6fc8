import type { SqlType } from '../model/sql-type.js';
import type { Rule, RuleHit } from './rule.js';
import { arraySuffix, byStatement, columnList, isAre, rewriteColumnTypes, sameCase, writtenColumns } from './lib/written-columns.js';

export const banCharType: Rule = {
  id: 'ban-char-type',
  category: 'hygiene',
  severity: 'low',
  defaultOff: true,
  // MySQL's CHAR is a sound choice for fixed-length codes (and what Django writes for UUIDs
  // there); SQLite ignores the length altogether. Only PostgreSQL's blank-padded type misleads.
  dialects: ['postgresql'],
  docs: {
    summary: 'A column this change creates or retypes is `char(n)` / `character(n)` (blank-padded) instead of `text` or `varchar`.',
    why: 'PostgreSQL pads `char(n)` values with spaces to n characters, ignores trailing spaces when comparing, and drops them when converting to text, so `\'ab\'` and `\'ab  \'` are equal but `LIKE` and `length()` see different things. It is never faster than `text` or `varchar` in PostgreSQL and usually bigger; a value longer than n is an error, exactly as with `varchar(n)`. Plain `char` / `character` without a length is `char(1)`. (The internal single-byte type `"char"`, written in quotes, is a different type and is not reported. Neither is MySQL\'s CHAR, a sound choice there for fixed-length codes.)',
    fix: 'Use `text` (with `CHECK (char_length(col) = n)` if the values really have a fixed length) or `varchar(n)`. SQLAlchemy: `sa.String(n)` or `sa.Text()` instead of `sa.CHAR(n)`.',
    bad: [
      { sql: 'CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL);' },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE orders ADD COLUMN currency character(3);',
      },
    ],
    good: [
      { sql: 'CREATE TABLE countries (id bigint PRIMARY KEY, code text NOT NULL CHECK (char_length(code) = 2));' },
      { sql: 'CREATE TABLE countries (id bigint PRIMARY KEY, code varchar(2) NOT NULL, name character varying(100));', note: '`character varying` is varchar, not char.' },
      { sql: 'CREATE TABLE flags (id bigint PRIMARY KEY, kind "char" NOT NULL);', note: 'The quoted `"char"` is PostgreSQL\'s one-byte internal type, not blank-padded character.' },
      {
        before: 'CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL);',
        sql: 'ALTER TABLE countries ADD COLUMN name text;',
        note: 'countries.code is an old column this change does not touch.',
      },
    ],
  },
  check(ctx) {
    const cols = writtenColumns(ctx).filter((c) => isBlankPadded(c.type));
    return byStatement(cols).map((group): RuleHit => {
      const r = group[0].r;
      return {
        at: r.op.stmt,
        message: `${columnList(group)} ${isAre(group)} blank-padded \`${group[0].type.raw}\`: values are padded with spaces and compared ignoring them, with no gain over \`text\` or \`varchar\` in PostgreSQL.`,
        replacement: rewriteColumnTypes(group, (c) => sameCase(c.type.raw, `${c.type.args.length ? `varchar(${c.type.args[0]})` : 'text'}${arraySuffix(c.type)}`)),
      };
    });
  },
};

/** char(n) / character(n) / bpchar, but not the quoted internal type "char". */
function isBlankPadded(t: SqlType): boolean {
  return t.name === 'char' && !/"char"/i.test(t.raw);
}
