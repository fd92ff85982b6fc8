import { loadPgParser, mapPgStatementSync, readPgStatement } from '../../src/frontends/sql/pg-fallback.js';
import { readWithoutTree } from '../../src/frontends/sql/pg-json.js';
import { parsePgJson } from '../../src/frontends/sql/pg-wasm.js';

/**
 * readWithoutTree reads views and text-described statements from libpg-query's JSON text; the
 * operations must be exactly those the tree gives (mapPgStatementSync always builds the tree).
 */
const WITHOUT_TREE: string[] = [
  `CREATE VIEW v AS SELECT a FROM t`,
  `CREATE OR REPLACE VIEW s.v AS SELECT t.a, u.b FROM s.t JOIN u ON u.id = t.id LEFT JOIN s.t t2 ON true`,
  `CREATE VIEW "My ""View""" AS SELECT * FROM "Quoted ""Table""", "back\\slash", "é😀"`,
  `CREATE VIEW v AS SELECT * FROM cat.sch.tbl, sch.tbl, tbl`,
  `CREATE VIEW v AS WITH c AS (SELECT 1 AS x), d AS (SELECT * FROM c) SELECT * FROM c, d, s.c, real_table`,
  `CREATE RECURSIVE VIEW r (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 10`,
  `CREATE VIEW v AS SELECT replace(a, 'x', 'y'), '"RangeVar":{"relname":"fake"}' AS s, '"replace":true' AS r FROM t`,
  `CREATE VIEW v AS SELECT (SELECT max(b) FROM u WHERE u.a = t.a) FROM t WHERE EXISTS (SELECT 1 FROM w) AND a IN (SELECT a FROM x)`,
  `CREATE VIEW v WITH (security_barrier) AS SELECT 1 FROM ONLY t WITH CASCADED CHECK OPTION`,
  `CREATE TEMP VIEW v AS SELECT 1`,
  `CREATE VIEW v AS SELECT 1 FROM generate_series(1, 3) g, LATERAL (SELECT * FROM t WHERE t.n = g) l`,
  `CREATE VIEW v AS WITH t AS (SELECT 1) SELECT * FROM t UNION SELECT * FROM public.t`,
  `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$`,
  `CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := 1; RETURN NEW; END $body$ LANGUAGE plpgsql`,
  `CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()`,
  `GRANT SELECT ON t TO someone`,
  `COMMENT ON TABLE t IS 'a table'`,
  `DO $$ BEGIN PERFORM 1; END $$`,
  `CREATE EXTENSION IF NOT EXISTS pgcrypto`,
  `CREATE SEQUENCE s START 1`,
  `INSERT INTO s."Tbl" (a, b) VALUES (1, 'x'), (2, 'y') ON CONFLICT (a) WHERE a > 0 DO UPDATE SET b = excluded.b WHERE t.b IS NULL`,
  `INSERT INTO t SELECT * FROM u WHERE u.x > 1`,
  `UPDATE ONLY t SET a = 1, b = b + 1`,
  `UPDATE s.t AS x SET a = u.a FROM u WHERE u.id = x.id`,
  `UPDATE t SET a = 1 WHERE CURRENT OF c`,
  `DELETE FROM "é" WHERE id = 1`,
  `DELETE FROM t USING u`,
  `UPDATE t SET "whereClause" = '"whereClause":'`,
];

/** What the tree is still needed for: everything else the mapper reads, and texts of several statements. */
const WITH_TREE: string[] = [
  `CREATE TABLE t (a int)`,
  `ALTER TABLE t ADD COLUMN b int`,
  `CREATE MATERIALIZED VIEW m AS SELECT * FROM t`,
  `CREATE VIEW v AS SELECT 1; CREATE VIEW w AS SELECT 2`,
  `GRANT SELECT ON t TO a; GRANT SELECT ON u TO b`,
  `  CREATE VIEW v AS SELECT 1`,
  `UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = t.id)`,
  `UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = t.id) WHERE a IS NULL`,
  `WITH d AS (DELETE FROM u WHERE x RETURNING id) UPDATE t SET a = 1 FROM d`,
  `DELETE FROM t WHERE id IN (SELECT id FROM u)`,
];

describe('readWithoutTree: statements read from libpg-query JSON text', () => {
  beforeAll(async () => {
    await loadPgParser();
  });

  it.each(WITHOUT_TREE.map((q) => [q.slice(0, 70), q]))('gives what the tree gives: %s', (_, q) => {
    const quick = readWithoutTree(q, parsePgJson(q));
    expect(quick).toBeDefined();
    expect(JSON.stringify(quick)).toBe(JSON.stringify(mapPgStatementSync(q)));
    expect(readPgStatement(q)).toEqual({ ops: quick });
  });

  it.each(WITH_TREE.map((q) => [q.slice(0, 70), q]))('leaves it to the tree: %s', (_, q) => {
    expect(readWithoutTree(q, parsePgJson(q))).toBeUndefined();
    expect(readPgStatement(q)).toEqual({ ops: mapPgStatementSync(q) });
  });

  it('reads the relations a view reads in the tree\'s order (the WITH clause after FROM), its CTE names left out, schemas kept', () => {
    const q = `CREATE OR REPLACE VIEW app.v AS WITH recent AS (SELECT * FROM app.posts) SELECT * FROM recent JOIN "Users" u ON true, app.recent, posts`;
    expect(readWithoutTree(q, parsePgJson(q))).toEqual([
      { kind: 'create_view', name: { schema: 'app', name: 'v' }, materialized: false, orReplace: true, reads: [{ name: 'Users' }, { schema: 'app', name: 'recent' }, { name: 'posts' }, { schema: 'app', name: 'posts' }] },
    ]);
  });
});
