import { splitStatements, type RawStatement } from '../../src/frontends/sql/split.js';
import type { Dialect } from '../../src/model/dialect.js';

/** Statement text with its first and last line, the shape most assertions need. */
const lines = (text: string, dialect: Dialect): [string, number, number][] =>
  splitStatements(text, dialect).map((s) => [s.text, s.line, s.endLine]);

describe('splitStatements', () => {
  it('gives exact lines, columns and offsets, without surrounding comments or terminators', () => {
    const text = '-- header\n\n  CREATE TABLE a (id int);  -- trailing\nALTER TABLE a\n  ADD b int\n;\n';
    const got = splitStatements(text, 'postgresql');
    expect(got).toEqual<RawStatement[]>([
      { text: 'CREATE TABLE a (id int)', line: 3, endLine: 3, column: 3, start: 13, end: 36 },
      { text: 'ALTER TABLE a\n  ADD b int', line: 4, endLine: 5, column: 1, start: 51, end: 76 },
    ]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a statement without a trailing semicolon at end of file', () => {
    expect(lines('SELECT 1;\nSELECT 2', 'postgresql')).toEqual([
      ['SELECT 1', 1, 1],
      ['SELECT 2', 2, 2],
    ]);
  });

  it('drops comment-only files and statements', () => {
    expect(splitStatements('-- nothing here\n/* nor\nhere */\n;\n  ;', 'postgresql')).toEqual([]);
    expect(splitStatements('', 'sqlite')).toEqual([]);
    expect(splitStatements('# only a comment\n', 'mysql')).toEqual([]);
  });

  it('skips semicolons in PostgreSQL dollar quotes, tagged or not', () => {
    const text = [
      'CREATE FUNCTION f() RETURNS trigger AS $body$',
      'BEGIN',
      '  NEW.x := 1; -- inside',
      '  RETURN NEW;',
      'END;',
      '$body$ LANGUAGE plpgsql;',
      "DO $$ BEGIN RAISE NOTICE 'a;b'; END $$;",
      'SELECT $1, a$b FROM t;',
    ].join('\n');
    expect(lines(text, 'postgresql')).toEqual([
      [text.split('\n').slice(0, 6).join('\n').replace(/;$/, ''), 1, 6],
      ["DO $$ BEGIN RAISE NOTICE 'a;b'; END $$", 7, 7],
      ['SELECT $1, a$b FROM t', 8, 8],
    ]);
  });

  it('skips nested block comments in PostgreSQL but not in SQLite', () => {
    const pg = '/* outer /* inner; */ still comment; */ SELECT 1;';
    expect(lines(pg, 'postgresql')).toEqual([['SELECT 1', 1, 1]]);
    // SQLite ends the comment at the first */, so the rest is code.
    expect(lines('/* a /* b */ SELECT 1; */ SELECT 2;', 'sqlite').map((s) => s[0])).toEqual(['SELECT 1', '*/ SELECT 2']);
  });

  it("reads E'…' strings with backslash escapes and standard strings with doubled quotes", () => {
    const text = "SELECT E'it\\'s; fine';\nSELECT 'a''b;c', e'x\\\\';\nSELECT 'back\\';\nSELECT 2;";
    expect(lines(text, 'postgresql')).toEqual([
      ["SELECT E'it\\'s; fine'", 1, 1],
      ["SELECT 'a''b;c', e'x\\\\'", 2, 2],
      // In a standard string a backslash is an ordinary character.
      ["SELECT 'back\\'", 3, 3],
      ['SELECT 2', 4, 4],
    ]);
  });

  it('counts lines inside multi-line strings and quoted identifiers', () => {
    const text = "INSERT INTO t VALUES ('line 1\nline 2;\nline 3');\nCREATE TABLE \"we;ird\n\" (a int);\nSELECT 1;";
    expect(lines(text, 'postgresql')).toEqual([
      ["INSERT INTO t VALUES ('line 1\nline 2;\nline 3')", 1, 3],
      ['CREATE TABLE "we;ird\n" (a int)', 4, 5],
      ['SELECT 1', 6, 6],
    ]);
  });

  it('keeps BEGIN … END bodies of SQLite triggers whole, CASE … END included', () => {
    const text = [
      'CREATE TRIGGER t_ai AFTER INSERT ON t',
      'BEGIN',
      '  UPDATE u SET n = CASE WHEN new.a THEN 1 ELSE 2 END;',
      '  INSERT INTO [log;table] VALUES (new.id);',
      'END;',
      'BEGIN TRANSACTION;',
      'SELECT 1;',
      'END;',
    ].join('\n');
    expect(lines(text, 'sqlite')).toEqual([
      [text.split('\n').slice(0, 5).join('\n').replace(/;$/, ''), 1, 5],
      ['BEGIN TRANSACTION', 6, 6],
      ['SELECT 1', 7, 7],
      ['END', 8, 8],
    ]);
  });

  it('keeps a PostgreSQL BEGIN ATOMIC function body whole, but a plain BEGIN ends at its semicolon', () => {
    const text = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT CASE WHEN true THEN 2 END;\nEND;\nBEGIN;\nCOMMIT;';
    expect(lines(text, 'postgresql').map((s) => s.slice(1))).toEqual([
      [1, 5],
      [6, 6],
      [7, 7],
    ]);
  });

  it('follows MySQL DELIMITER changes and keeps the delimiter out of the text', () => {
    const text = [
      'DELIMITER //',
      'CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW',
      'BEGIN',
      "  IF NEW.a > 0 THEN SET NEW.b = 'x;'; END IF;",
      'END//',
      'DELIMITER ;',
      'CREATE TABLE a (id int);',
      'DELIMITER $$',
      'CREATE PROCEDURE p() BEGIN SELECT 1; END$$',
      'DELIMITER ;',
      'SELECT 2;',
    ].join('\n');
    expect(lines(text, 'mysql')).toEqual([
      [text.split('\n').slice(1, 5).join('\n').replace(/\/\/$/, ''), 2, 5],
      ['CREATE TABLE a (id int)', 7, 7],
      ['CREATE PROCEDURE p() BEGIN SELECT 1; END', 9, 9],
      ['SELECT 2', 11, 11],
    ]);
  });

  it('keeps MySQL BEGIN … END routine bodies whole without DELIMITER, with END IF / END CASE inside', () => {
    const text = [
      'CREATE DEFINER=`root`@`localhost` PROCEDURE p(x INT)',
      'BEGIN',
      '  DECLARE y INT;',
      '  IF x > 0 THEN SET y = IF(x > 1, 2, 3); END IF;',
      '  CASE x WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE;',
      'END;',
      'SELECT 3;',
    ].join('\n');
    expect(lines(text, 'mysql').map((s) => s.slice(1))).toEqual([
      [1, 6],
      [7, 7],
    ]);
  });

  it('reads MySQL comments, backslash escapes and backticks', () => {
    const text = "# hash comment;\nSELECT 'a\\'; b', \"c\\\"; d\", `e;f`;\nSELECT 1--1;\n-- real comment;\nSELECT 2;";
    expect(lines(text, 'mysql')).toEqual([
      ["SELECT 'a\\'; b', \"c\\\"; d\", `e;f`", 2, 2],
      // `--` without a following space is not a comment in MySQL.
      ['SELECT 1--1', 3, 3],
      ['SELECT 2', 5, 5],
    ]);
  });

  it('treats MySQL and MariaDB executable comments as code', () => {
    expect(lines('/*!40101 SET NAMES utf8 */;\n/* plain */;\n/*M!100100 SET x = 1 */;', 'mariadb')).toEqual([
      ['/*!40101 SET NAMES utf8 */', 1, 1],
      ['/*M!100100 SET x = 1 */', 3, 3],
    ]);
  });

  it('makes a psql meta-command its own statement, ending at its line', () => {
    expect(lines('\\set ON_ERROR_STOP on\nSELECT 1;', 'postgresql')).toEqual([
      ['\\set ON_ERROR_STOP on', 1, 1],
      ['SELECT 1', 2, 2],
    ]);
  });

  it('handles CRLF line endings and a byte order mark', () => {
    const got = splitStatements('\uFEFFSELECT 1;\r\n\r\n  SELECT 2;\r\n', 'postgresql');
    expect(got.map((s) => [s.text, s.line, s.column])).toEqual([
      ['SELECT 1', 1, 2],
      ['SELECT 2', 3, 3],
    ]);
  });

  it('does not take a table named like a routine keyword for a routine', () => {
    // `event` is a column here; a later BEGIN must not swallow the next statement.
    const text = 'CREATE TABLE log (event text, begin_at int);\nINSERT INTO log VALUES (1, 2);';
    expect(lines(text, 'mysql').map((s) => s[1])).toEqual([1, 2]);
  });
  // Issue 12, point 5: the shapes that were quadratic (the benchmark, npm run bench:split, times them).
  it('issue 12: a custom delimiter glued to a word or spanning its end still ends the statement', () => {
    expect(lines('DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nSELECT 2;', 'mysql')).toEqual([
      ['CREATE PROCEDURE p() BEGIN SELECT 1; END', 2, 2],
      ['SELECT 2', 4, 4],
    ]);
    expect(lines('DELIMITER a;\nSELECT xa;SELECT 3a;', 'mysql').map((s) => s[0])).toEqual(['SELECT x', 'SELECT 3']);
    // Never closed: the rest of the file is one statement, words and all.
    expect(lines('DELIMITER //\nSELECT 1; SELECT 2;\nSELECT 3;', 'mysql')).toEqual([['SELECT 1; SELECT 2;\nSELECT 3;', 2, 3]]);
  });

  it('issue 12: COPY … FROM STDIN; repeated on one line has no data blocks; on the next line it has', () => {
    expect(lines('COPY a (x) FROM STDIN; COPY b (x) FROM STDIN; COPY c (x) FROM STDIN;', 'postgresql').map((s) => s[0])).toEqual([
      'COPY a (x) FROM STDIN',
      'COPY b (x) FROM STDIN',
      'COPY c (x) FROM STDIN',
    ]);
    // As psql reads it: the data of the first COPY starts on the next line, whatever follows on its own.
    expect(lines('COPY a (x) FROM STDIN; COPY b (x) FROM STDIN;\n1\n\\.\nSELECT 1;', 'postgresql')).toEqual([
      ['COPY a (x) FROM STDIN; COPY b (x) FROM STDIN;\n1\n\\.', 1, 3],
      ['SELECT 1', 4, 4],
    ]);
  });

  it('issue 12: a backslash after other text on its line is not a psql meta-command', () => {
    expect(lines('SELECT 1;\\x;\n  \\set a 1\nSELECT 2;', 'postgresql').map((s) => s[0])).toEqual(['SELECT 1', '\\x', '\\set a 1', 'SELECT 2']);
  });
});
