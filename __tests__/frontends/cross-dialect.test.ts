import { parseSqlStatement } from '../../src/frontends/sql/index.js';
import type { Operation } from '../../src/model/operation.js';

// Statements every dialect writes the same way must give the same Operations from every parser:
// sql-parser-cst for PostgreSQL and SQLite, node-sql-parser plus our reader for MySQL/MariaDB.
const PORTABLE = [
  'CREATE TABLE t (id int NOT NULL, name varchar(20), price numeric(10,2) DEFAULT 0)',
  'ALTER TABLE t ADD COLUMN x int',
  'ALTER TABLE t DROP COLUMN x',
  'ALTER TABLE t RENAME COLUMN a TO b',
  'ALTER TABLE t RENAME TO u',
  'DROP TABLE t',
  'DROP TABLE IF EXISTS t',
  'CREATE INDEX i ON t (a, b)',
  'CREATE UNIQUE INDEX i ON t (a)',
  'UPDATE t SET a = 1 WHERE b = 2',
  'DELETE FROM t',
  'INSERT INTO t (a) VALUES (1)',
];
// Where SQLite has no such ALTER, only PostgreSQL and MySQL are compared.
const PG_AND_MYSQL = [
  'ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id)',
  'ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)',
  'TRUNCATE TABLE t',
  'CREATE VIEW v AS SELECT a FROM t',
];

/** PostgreSQL states the default index method and what a view reads (for DROP … CASCADE); the others do not. */
function comparable(ops: Operation[]): Operation[] {
  return ops.map((op) => {
    if (op.kind === 'create_index' && op.method === 'btree') return { ...op, method: undefined };
    if (op.kind === 'create_view') {
      const { reads: _, ...rest } = op;
      return rest;
    }
    return op;
  });
}

describe('the same statement gives the same operations in every dialect', () => {
  it.each(PORTABLE)('%s', async (sql) => {
    const pg = comparable(await parseSqlStatement(sql, 'postgresql'));
    expect(pg.every((o) => o.kind !== 'unparsed' && o.kind !== 'other')).toBe(true);
    expect(comparable(await parseSqlStatement(sql, 'sqlite'))).toEqual(pg);
    expect(comparable(await parseSqlStatement(sql, 'mysql'))).toEqual(pg);
    expect(comparable(await parseSqlStatement(sql, 'mariadb'))).toEqual(pg);
  });
  it.each(PG_AND_MYSQL)('%s (PostgreSQL and MySQL)', async (sql) => {
    const pg = comparable(await parseSqlStatement(sql, 'postgresql'));
    expect(pg.every((o) => o.kind !== 'unparsed')).toBe(true);
    expect(comparable(await parseSqlStatement(sql, 'mysql'))).toEqual(pg);
  });
});
