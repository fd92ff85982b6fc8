import { jest } from '@jest/globals';
import { mapCstStatement } from '../../src/frontends/sql/cst-map.js';
import { loadCstParser } from '../../src/frontends/sql/cst-parser.js';
import { parseSqlFile } from '../../src/frontends/sql/index.js';
import { loadPgParser, mapPgStatementSync } from '../../src/frontends/sql/pg-fallback.js';
import type { Operation } from '../../src/model/operation.js';

/**
 * CREATE TABLE … AS: the query's shape (which types the new table's columns at replay) read from
 * libpg-query's tree must be what sql-parser-cst's mapping reads, so a PostgreSQL set never needs
 * to load sql-parser-cst for it (issue 11).
 */
const SHARED = [
  `CREATE TABLE t1 AS SELECT a.x, count(*), coalesce(b, 0) c, greatest(1, 2), -1 AS neg, 3000000000 AS big, 1.5 AS f, 'a' AS s, true AS b, false AS bf, 0 AS z, NULL::int, NULL AS n, now() FROM a JOIN (SELECT 1 AS one) s ON true`,
  `CREATE TABLE t1 AS SELECT x IS NULL AS isn, NOT y AS noty, a = b AS eq, a <> b AS ne, a + 1 AS plus, a LIKE 'x%' AS lk, a IN (1, 2) AS inn, a BETWEEN 1 AND 2 AS btw, a AND b AS an, min(a.z), max(y) FROM a`,
  `CREATE TABLE t2 AS SELECT x::bigint, CAST(y AS varchar(20)) AS yy, z::timestamp with time zone AS ts, NULL::text[] AS arr, 1::numeric(10,2) AS num FROM public.tab t, other o`,
  `CREATE TABLE t3 AS SELECT id, name FROM a UNION SELECT id, NULL FROM b`,
  `CREATE TABLE t5 AS WITH q AS (SELECT 1) SELECT * FROM q`,
  `CREATE TABLE t6 AS SELECT * FROM a`,
  `CREATE TABLE t7 (p, q) AS SELECT 1, 2`,
  `CREATE TEMP TABLE IF NOT EXISTS t9 AS SELECT "Quoted", a."B" AS "Cee" FROM "Tab" a WITH NO DATA`,
  `CREATE TABLE t10 AS SELECT a.* FROM a`,
  `CREATE TABLE t12 AS SELECT x FROM (SELECT 1 AS x) AS sub`,
  `CREATE TABLE t13 AS SELECT NULL::int, NULL::boolean, 1::double precision, 'x'::character varying, NULL::timestamptz FROM a`,
  `CREATE TABLE t14 AS SELECT a.id, b.id AS bid FROM a LEFT JOIN b USING (id) WHERE a.x > 1 GROUP BY 1, 2 ORDER BY 1`,
  `CREATE TABLE t15 AS SELECT x IS DISTINCT FROM y AS d, x IS NOT NULL AS nn, x IS TRUE AS it, least(a, b), upper(s), x || y AS cat FROM a`,
  `CREATE UNLOGGED TABLE t16 AS SELECT id FROM ONLY a`,
  `CREATE TABLE t17 AS SELECT x FROM a INTERSECT SELECT y FROM b`,
  `CREATE TABLE t20 AS SELECT x::"MyType" "Y", y::int "z", z::varchar(3) w FROM a`,
  `CREATE TABLE comment_aggregates_fast AS SELECT ca.*, c.creator_id FROM comment_aggregates_view ca JOIN comment c ON c.id = ca.id`,
  `CREATE TABLE person_actions AS SELECT cast(NULL AS timestamptz) AS followed, person_id, target_id FROM person_follower`,
];

beforeAll(() => Promise.all([loadPgParser(), loadCstParser()]));

const shape = (ops: Operation[]) => (ops[0]?.kind === 'create_table' ? ops[0].select : undefined);

describe('CREATE TABLE … AS through libpg-query', () => {
  it.each(SHARED)('reads the query as sql-parser-cst does: %s', (sql) => {
    expect(mapPgStatementSync(sql)).toEqual(mapCstStatement(sql, 'postgresql'));
  });

  it('types the select list: names as PostgreSQL gives them, casts, literals, count and joins', () => {
    const select = shape(mapPgStatementSync(`CREATE TABLE t AS SELECT a.x, count(*), NULL::int, 2.5 AS f, y::int "Y" FROM s.a a JOIN (SELECT 1 AS one) q ON true`));
    expect(select?.columns.map((c) => c.name)).toEqual(['x', 'count', 'int4', 'f', 'Y']);
    expect(select?.columns.map((c) => (c.value.kind === 'type' ? `${c.value.type.name}:${c.value.type.raw}` : c.value.kind))).toEqual(['column', 'bigint:bigint', 'integer:int', 'numeric:numeric', 'integer:int']);
    expect(select?.from.map((f) => [f.alias, f.table?.schema ?? '', f.table?.name ?? '', !!f.sub])).toEqual([['a', 's', 'a', false], ['q', '', '', true]]);
  });

  it('reads SELECT … INTO as the CREATE TABLE … AS PostgreSQL runs it', () => {
    const [op] = mapPgStatementSync(`SELECT p.id, length(p.name) * 2 AS w INTO TEMP person_weights FROM person p`);
    expect(op).toMatchObject({ kind: 'create_table', table: { name: 'person_weights' }, asSelect: true, temporary: true, columns: [] });
    expect(shape([op])?.columns).toEqual([{ name: 'id', value: { kind: 'column', rel: 'p', column: 'id' } }, { name: 'w', value: { kind: 'unknown' } }]);
    expect(mapPgStatementSync('SELECT 1')).toEqual([{ kind: 'other', description: expect.any(String) }]);
  });

  it('leaves a query it cannot follow without a shape: a function in FROM, a parenthesised query is followed', () => {
    expect(shape(mapPgStatementSync(`CREATE TABLE t AS SELECT x FROM generate_series(1, 3) x`))).toBeUndefined();
    expect(shape(mapPgStatementSync(`CREATE TABLE t AS (SELECT id FROM a)`))?.columns).toEqual([{ name: 'id', value: { kind: 'column', column: 'id' } }]);
  });

  it('does not hand a PostgreSQL CREATE TABLE … AS to sql-parser-cst', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    process.env.MIGRA_TRACE_CST = '1';
    try {
      const ops = await parseSqlFile(`CREATE TABLE t AS SELECT id, now() AS at FROM a;\nCREATE TABLE u AS SELECT 1 AS one;\n`, { file: 'f.sql', dialect: 'postgresql' });
      expect(ops.map((o) => o.kind === 'create_table' && o.select?.columns.map((c) => c.name))).toEqual([['id', 'at'], ['one']]);
      // The trace itself works: SQLite still goes to sql-parser-cst.
      await parseSqlFile(`CREATE TABLE v AS SELECT 1 AS one;\n`, { file: 'g.sql', dialect: 'sqlite' });
    } finally {
      delete process.env.MIGRA_TRACE_CST;
      spy.mockRestore();
    }
    expect(written.filter((w) => w.includes('sql-parser-cst'))).toEqual(['migra: sql-parser-cst: CREATE TABLE v AS SELECT 1 AS one\n']);
  });

  it('does not hand sql-parser-cst what PostgreSQL\'s grammar refuses: unparsed with libpg-query\'s message, parsed once', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    process.env.MIGRA_TRACE_CST = '1';
    let ops: Operation[];
    try {
      // sql-parser-cst accepts the first (a column without a type) and refuses the second.
      ops = await parseSqlFile(`CREATE TABLE t (a);\nSELEC 1;\n\\set x 1\n`, { file: 'f.sql', dialect: 'postgresql' });
    } finally {
      delete process.env.MIGRA_TRACE_CST;
      spy.mockRestore();
    }
    expect(ops.map((o) => (o.kind === 'unparsed' ? o.message : o.kind === 'other' ? o.description : o.kind))).toEqual(['syntax error at end of input', 'syntax error at or near "SELEC"', 'psql \\set']);
    expect(written.filter((w) => w.includes('sql-parser-cst'))).toEqual([]);
  });
});
