import { parseSqlFile, parseSqlStatement, splitStatements } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { LocatedOp } from '../../src/model/operation.js';

const summary = (ops: LocatedOp[]) => ops.map((o) => [o.kind, o.stmt.index, o.stmt.line, o.stmt.endLine]);

describe('parseSqlFile', () => {
  it('attaches the statement, with exact lines, to every operation', async () => {
    const text = [
      '-- migra:ignore drop-column reason: unused since v2',
      'ALTER TABLE users',
      '  DROP COLUMN legacy,',
      '  ADD COLUMN note text;',
      '',
      '   CREATE INDEX CONCURRENTLY users_note_idx ON users (note);',
    ].join('\n');
    const ops = await parseSqlFile(text, { file: 'db/001.sql', dialect: 'postgresql' });
    expect(ops.map((o) => o.kind)).toEqual(['drop_column', 'add_column', 'create_index']);
    expect(ops[0].stmt).toEqual({
      file: 'db/001.sql',
      line: 2,
      endLine: 4,
      column: 1,
      text: 'ALTER TABLE users\n  DROP COLUMN legacy,\n  ADD COLUMN note text',
      index: 0,
      inTransaction: false,
    });
    // Operations of one statement share it; the next statement has its own.
    expect(ops[1].stmt).toBe(ops[0].stmt);
    expect(ops[2].stmt).toMatchObject({ line: 6, endLine: 6, column: 4, index: 1, text: 'CREATE INDEX CONCURRENTLY users_note_idx ON users (note)' });
  });

  it('turns one bad statement into one unparsed operation at its lines and reads the rest', async () => {
    const text = 'CREATE TABLE a (id int);\nALTER TABLE a\n  FROBNICATE b;\nDROP TABLE a;\nVACUUM FULL a;';
    const ops = await parseSqlFile(text, { file: 'm.sql', dialect: 'postgresql' });
    expect(summary(ops)).toEqual([
      ['create_table', 0, 1, 1],
      ['unparsed', 1, 2, 3],
      ['drop_table', 2, 4, 4],
      ['maintenance', 3, 5, 5],
    ]);
    expect(ops[1]).toMatchObject({ kind: 'unparsed', message: 'syntax error at or near "FROBNICATE"' });
  });

  it('quotes the sql-parser-cst message for SQLite', async () => {
    const ops = await parseSqlFile('CREATE TABLE a (id);\nALTER TABLE a FROBNICATE b;', { file: 'm.sql', dialect: 'sqlite' });
    expect(summary(ops)).toEqual([
      ['create_table', 0, 1, 1],
      ['unparsed', 1, 2, 2],
    ]);
    expect(ops[1]).toMatchObject({ kind: 'unparsed', message: 'Syntax Error: Unexpected "b"; was expecting to see: "(", "INDEXED", "NOT"' });
  });

  it('accounts for every statement, even one that maps to no operation', async () => {
    const cases: [string, Dialect][] = [
      ['/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE a (id int);\n/*!40014 SET FOREIGN_KEY_CHECKS=0 */;', 'mysql'],
      ['GRANT ALL ON a TO b;\nSELECT 1;\nCOMMENT ON TABLE a IS $$x$$;', 'postgresql'],
      ['PRAGMA table_info(a);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;', 'sqlite'],
    ];
    for (const [text, dialect] of cases) {
      const ops = await parseSqlFile(text, { file: 'm.sql', dialect });
      const statements = splitStatements(text, dialect).length;
      expect([dialect, [...new Set(ops.map((o) => o.stmt.index))]]).toEqual([dialect, [...Array(statements).keys()]]);
    }
  });

  it('returns nothing for a file of comments only', async () => {
    expect(await parseSqlFile('-- nothing\n/* to see */\n', { file: 'm.sql', dialect: 'postgresql' })).toEqual([]);
  });

  it('hands MySQL statements, split at DELIMITER, to the MySQL mapper and reads ALGORITHM / LOCK', async () => {
    const text = [
      'DELIMITER $$',
      'CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW',
      'BEGIN',
      '  SET NEW.a = 1;',
      'END$$',
      'DELIMITER ;',
      'ALTER TABLE t ADD COLUMN b int, ALGORITHM=INPLACE, LOCK=NONE;',
    ].join('\n');
    const ops = await parseSqlFile(text, { file: 'm.sql', dialect: 'mysql' });
    expect(ops.map((o) => [o.stmt.index, o.stmt.line, o.stmt.endLine])).toEqual([
      [0, 2, 5],
      [1, 7, 7],
    ]);
    expect(ops[1]).toMatchObject({ kind: 'add_column', stmt: { algorithm: 'inplace', lock: 'none' } });
  });
});

describe('parseSqlStatement', () => {
  it('uses sql-parser-cst first and libpg-query for what it rejects', async () => {
    expect(await parseSqlStatement('DROP TABLE t', 'postgresql')).toEqual([{ kind: 'drop_table', table: { name: 't' }, ifExists: false, cascade: false }]);
    expect(await parseSqlStatement('CLUSTER t', 'postgresql')).toEqual([{ kind: 'maintenance', action: 'cluster', table: { name: 't' } }]);
  });
});
