import type { Dialect } from '../../src/model/dialect.js';
import { tokenize } from '../../src/frontends/sql/lexer.js';

/** Each token as `kind:text` (and `=UPPER` where `upper` is not the text itself or empty). */
function toks(text: string, dialect: Dialect = 'postgresql'): string[] {
  return tokenize(text, dialect).map((t) => {
    const s = `${t.kind}:${text.slice(t.start, t.end)}`;
    return t.upper && t.upper !== text.slice(t.start, t.end) ? `${s}=${t.upper}` : s;
  });
}

describe('tokenize', () => {
  it('reads words, quoted names, numbers, punctuation and operator runs', () => {
    expect(toks('ALTER TABLE "Users" ADD x numeric(10,2) DEFAULT 1.5e3 CHECK (x >= -1);')).toEqual([
      'word:ALTER', 'word:TABLE', 'ident:"Users"', 'word:ADD', 'word:x=X', 'word:numeric=NUMERIC', 'punct:(', 'number:10', 'punct:,', 'number:2', 'punct:)',
      'word:DEFAULT', 'number:1.5e3', 'word:CHECK', 'punct:(', 'word:x=X', 'op:>=', 'op:-', 'number:1', 'punct:)', 'punct:;',
    ]);
    // A number takes a dot only before a digit: `1.` then `.x`.
    expect(toks('t.1 1.x a$b $1 $')).toEqual(['word:t=T', 'punct:.', 'number:1', 'number:1', 'punct:.', 'word:x=X', 'word:a$b=A$B', 'param:$1', 'op:$']);
  });

  it('drops comments, nested ones in PostgreSQL, and ends an operator run where one starts', () => {
    expect(toks('a /* x /* y */ z */ b -- c\nd')).toEqual(['word:a=A', 'word:b=B', 'word:d=D']);
    expect(toks('a /* x /* y */ z */ b', 'mysql')).toEqual(['word:a=A', 'word:z=Z', 'op:*/', 'word:b=B']);
    expect(toks('a+-- c\nb<>/* d */c')).toEqual(['word:a=A', 'op:+', 'word:b=B', 'op:<>', 'word:c=C']);
    expect(toks('a # b\nc', 'mysql')).toEqual(['word:a=A', 'word:c=C']);
    expect(toks('a # b')).toEqual(['word:a=A', 'op:#', 'word:b=B']);
  });

  it('reads strings: doubled quotes, E-strings with backslashes, MySQL backslashes and double quotes', () => {
    expect(toks("'it''s' E'a\\'b' e'\\\\' x")).toEqual(["string:'it''s'", "string:E'a\\'b'", "string:e'\\\\'", 'word:x=X']);
    // Not an E-string: the E is part of a longer word, or stands apart.
    expect(toks("THE'a' E 'b'")).toEqual(['word:THE', "string:'a'", 'word:E', "string:'b'"]);
    expect(toks("'a\\'b' \"c\\\"d\"", 'mysql')).toEqual(["string:'a\\'b'", 'string:"c\\"d"']);
    expect(toks("'unterminated")).toEqual(["string:'unterminated"]);
  });

  it('reads dollar quotes whose tag fits in 65 characters, and nothing else as one', () => {
    expect(toks('AS $$ a; $x$ $$ b')).toEqual(['word:AS', 'string:$$ a; $x$ $$', 'word:b=B']);
    expect(toks('$fn_1$ body $fn_1$;')).toEqual(['string:$fn_1$ body $fn_1$', 'punct:;']);
    expect(toks('$é$x$é$')).toEqual(['string:$é$x$é$']);
    const tag63 = `$t${'a'.repeat(62)}$`;
    expect(toks(`${tag63}x${tag63}`)).toEqual([`string:${tag63}x${tag63}`]);
    const tag64 = `$t${'a'.repeat(63)}$`;
    expect(toks(`${tag64}x`)[0]).toBe('op:$');
    // A tag starts with a letter or `_`; `$1$` is a parameter then an operator.
    expect(toks('$1$')).toEqual(['param:$1', 'op:$']);
    expect(toks('$$ never closed')).toEqual(['string:$$ never closed']);
    expect(toks('$$x$$', 'mysql')).toEqual(['op:$', 'op:$', 'word:x$$=X$$']);
  });

  it('reads backquoted names outside PostgreSQL and bracketed names in SQLite', () => {
    expect(toks('`a``b` [c]', 'mysql')).toEqual(['ident:`a``b`', 'punct:[', 'word:c=C', 'punct:]']);
    expect(toks('`a` [c d]', 'sqlite')).toEqual(['ident:`a`', 'ident:[c d]']);
    expect(toks('`a`')).toEqual(['op:`', 'word:a=A', 'op:`']);
  });

  it('skips the spaces PostgreSQL skips, and takes any other character as an operator', () => {
    expect(toks('\u00a0a \ufeffb\f\r\tc')).toEqual(['word:a=A', 'word:b=B', 'word:c=C']);
    // Past ASCII, a character inside a word is part of it (PostgreSQL's identifiers take any).
    expect(toks('a\u00a0b')).toEqual(['word:a\u00a0b=A\u00a0B']);
    expect(toks('a {b} \\c')).toEqual(['word:a=A', 'op:{', 'word:b=B', 'op:}', 'op:\\', 'word:c=C']);
    expect(toks('naïve ünïcode')).toEqual(['word:naïve=NAÏVE', 'word:ünïcode=ÜNÏCODE']);
  });

  it('stops at `limit` tokens, all but the last the same as those of the whole text', () => {
    const text = "COMMENT ON COLUMN t.c IS E'it''s' -- x\n";
    const whole = tokenize(text, 'postgresql');
    expect(whole.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word', 'punct', 'word', 'word', 'string']);
    for (let limit = 1; limit <= whole.length + 1; limit++) {
      const cut = tokenize(text, 'postgresql', limit);
      expect(cut).toHaveLength(Math.min(limit, whole.length));
      expect(cut.slice(0, -1)).toEqual(whole.slice(0, cut.length - 1));
    }
    // Cut just before its string, an E-string is still the word E.
    expect(tokenize(text, 'postgresql', 8)[7]).toEqual({ kind: 'word', start: 25, end: 26, upper: 'E' });
  });
});
