import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import { emptySchema, type Schema } from '../../src/model/schema.js';
import { cloneSchema } from '../../src/schema/clone.js';
import { applyOp } from '../../src/schema/replay.js';

/**
 * A schema's name index is brought up to date only once a few tables changed (schema/names.ts
 * OWN_PENDING), so the tables the last statements changed are looked at one by one. Every
 * statement must still choose the names and find the objects that a schema indexing all its
 * tables afresh (a deep clone, whose index is built on its first lookup) chooses and finds.
 */

async function checkEachStatement(sql: string, dialect: Dialect): Promise<Schema> {
  const s = emptySchema(dialect);
  for (const op of await parseSqlFile(sql, { file: 'm.sql', dialect })) {
    const fresh = cloneSchema(s);
    const issues = applyOp(s, op).map((i) => i.message);
    expect(issues).toEqual(applyOp(fresh, op).map((i) => i.message));
    expect(s).toStrictEqual(fresh);
  }
  return s;
}

const names = (s: Schema, table: string) => {
  const t = s.tables.get(table)!;
  return { constraints: t.constraints.map((c) => c.name), indexes: t.indexes.map((i) => i.name) };
};

describe('the name index between updates', () => {
  it('sees names that statements on one table in a row, and then on a few, gave out (PostgreSQL)', async () => {
    const s = await checkEachStatement(
      `
CREATE TABLE a (id int PRIMARY KEY, x int, y int);
ALTER TABLE a ADD UNIQUE (x);
CREATE TABLE a_x_key1 (id int);
ALTER TABLE a ADD UNIQUE (x);
ALTER TABLE a RENAME CONSTRAINT a_x_key TO b_pkey;
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
CREATE INDEX ON a (x);
CREATE INDEX ON a (x);
ALTER INDEX a_x_idx RENAME TO c_y_idx;
CREATE TABLE c (id int, y int);
CREATE INDEX ON c (y);
DROP INDEX a_x_idx1;
CREATE INDEX ON a (x);
ALTER TABLE a RENAME COLUMN id TO a_id;
ALTER TABLE b DROP CONSTRAINT b_a_id_fkey;
ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a;
CREATE TABLE d (id int);
CREATE TABLE e (id int);
CREATE TABLE f (id int, y int);
CREATE INDEX ON f (y);
ALTER TABLE f RENAME TO a_pkey;
CREATE TABLE g (id int PRIMARY KEY);
ALTER TABLE a DROP CONSTRAINT a_pkey;
ALTER TABLE a ADD PRIMARY KEY (a_id);
`,
      'postgresql',
    );
    expect(names(s, 'a')).toEqual({ constraints: ['b_pkey', 'a_x_key2', 'a_pkey1'], indexes: ['b_pkey', 'a_x_key2', 'c_y_idx', 'a_x_idx', 'a_pkey1'] });
    // Dropping a's key took b's foreign key to it along.
    expect(names(s, 'b').constraints).toEqual(['b_pkey1']);
    expect(names(s, 'c').indexes).toEqual(['c_y_idx1']);
  });

  it('finds indexes by name across the database on SQLite as statements change a few tables', async () => {
    const s = await checkEachStatement(
      `
CREATE TABLE a (id integer PRIMARY KEY, v int UNIQUE);
CREATE INDEX i1 ON a (v);
CREATE TABLE b (id int, v int UNIQUE);
DROP INDEX i1;
CREATE INDEX i1 ON b (v);
CREATE TABLE c (id int);
CREATE TABLE d (id int);
CREATE TABLE e (id int);
DROP INDEX i1;
CREATE INDEX i1 ON a (id, v);
`,
      'sqlite',
    );
    expect(names(s, 'a').indexes).toEqual(['sqlite_autoindex_a_1', 'i1']);
    expect(names(s, 'b').indexes).toEqual(['sqlite_autoindex_b_1']);
  });
});
