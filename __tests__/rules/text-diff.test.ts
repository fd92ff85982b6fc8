import { changedRange, codeTokens, sameCode, sameFlywayChecksum } from '../../src/rules/lib/text-diff.js';

describe('changedRange', () => {
  it('spans the changed block of the new text', () => {
    expect(changedRange('a\nb\nc\nd\n', 'a\nB\nC\nd\n')).toEqual({ line: 2, endLine: 3 });
  });
  it('points at the inserted lines', () => {
    expect(changedRange('a\nd\n', 'a\nb\nc\nd\n')).toEqual({ line: 2, endLine: 3 });
  });
  it('points at the line after a deletion, clamped to the last real line', () => {
    expect(changedRange('a\nb\nc\n', 'a\nc\n')).toEqual({ line: 2, endLine: 2 });
    expect(changedRange('a\nb\n', 'a\n')).toEqual({ line: 1, endLine: 1 });
  });
  it('is line 1 for an emptied file', () => {
    expect(changedRange('a\n', '')).toEqual({ line: 1, endLine: 1 });
  });
});

describe('sameCode (SQL)', () => {
  const same = (a: string, b: string, mysql = false) => sameCode(a, b, 'sql', { mysql });
  it('ignores whitespace and line comments', () => {
    expect(same('CREATE TABLE t (id int);', '-- users\nCREATE TABLE t (\n  id int\n);')).toBe(true);
    expect(same('SELECT a,b FROM t;', 'SELECT a , b FROM t ;')).toBe(true);
  });
  it('ignores nested block comments on PostgreSQL', () => {
    expect(same('SELECT 1;', '/* outer /* inner */ still comment */ SELECT 1;')).toBe(true);
  });
  it('treats # as a comment only on MySQL', () => {
    expect(same('SELECT 1;', '# note\nSELECT 1;', true)).toBe(true);
    expect(same('SELECT 1;', '# note\nSELECT 1;', false)).toBe(false);
  });
  it('sees changes inside strings and quoted names, even ones that look like comments', () => {
    expect(same("SELECT '-- a';", "SELECT '-- b';")).toBe(false);
    expect(same("SELECT 'it''s';", "SELECT 'it''s' ;")).toBe(true);
    expect(same('SELECT "a  b";', 'SELECT "a b";')).toBe(false);
    expect(same('CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 -- x\n $$ LANGUAGE sql;', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 -- y\n $$ LANGUAGE sql;')).toBe(false);
  });
  it('sees a changed word', () => {
    expect(same('ALTER TABLE t ADD COLUMN a int;', 'ALTER TABLE t ADD COLUMN a bigint;')).toBe(false);
    expect(same('SELECT ab;', 'SELECT a b;')).toBe(false);
  });
  it('tokenizes MySQL backslash escapes inside strings', () => {
    expect(codeTokens("SELECT 'a\\'b -- c';", 'sql', { mysql: true })).toEqual(['SELECT', "'a\\'b -- c'", ';']);
  });
});

describe('sameCode (Python)', () => {
  const same = (a: string, b: string) => sameCode(a, b, 'python');
  it('ignores comments, blank lines and spacing inside a line', () => {
    expect(same('ops = [\n    migrations.RunSQL("x"),\n]\n', '# note\nops = [\n\n    migrations.RunSQL( "x" ),  # why\n]\n')).toBe(true);
  });
  it('keeps indentation, which is syntax', () => {
    expect(same('if a:\n    b()\nc()\n', 'if a:\n    b()\n    c()\n')).toBe(false);
  });
  it('keeps # inside strings', () => {
    expect(same('x = "#1"\n', 'x = "#2"\n')).toBe(false);
  });
});

describe('sameFlywayChecksum', () => {
  it('ignores line endings and blank lines, as Flyway does', () => {
    expect(sameFlywayChecksum('a\nb\n', 'a\r\nb\r\n')).toBe(true);
    expect(sameFlywayChecksum('a\nb\n', 'a\n\nb\n')).toBe(true);
  });
  it('sees any other whitespace and comments', () => {
    expect(sameFlywayChecksum('a\nb\n', 'a \nb\n')).toBe(false);
    expect(sameFlywayChecksum('a\n', '-- x\na\n')).toBe(false);
  });
});
