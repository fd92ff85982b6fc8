import { loadPgParser, mapPgStatementSync } from '../../src/frontends/sql/pg-fallback.js';
import { tokenize } from '../../src/frontends/sql/lexer.js';
import { COLUMN_STOPS, CONSTRAINT_STOPS, PgText } from '../../src/frontends/sql/pg-text.js';

/**
 * PgText reads a column's type and default from a window (tokens lexed from the node's location
 * on, a few at a time) instead of the whole statement's tokens: what it reads must be the same.
 */
const TEXTS: string[] = [
  `CREATE TABLE t (id serial PRIMARY KEY, name varchar(20) NOT NULL, at timestamp with time zone DEFAULT now() NOT NULL, n numeric(10, 2)[] DEFAULT '{}')`,
  `CREATE TABLE t (a text DEFAULT E'it''s \\' here' NOT NULL, b text DEFAULT e'x', c int DEFAULT (1 + (2 * (3 - 4))) CHECK (c > 0), d int GENERATED ALWAYS AS (c * 2) STORED)`,
  `CREATE TABLE t (a int DEFAULT 1 -- a comment, with a comma
    /* and a block /* nested */ comment */ NOT NULL, b "My Type" COLLATE "C", c double precision DEFAULT 1.5e10, d interval(3))`,
  `CREATE TABLE t (a text DEFAULT $$a;b,c$$, b text DEFAULT $tag$x$tag$ || 'y', c int DEFAULT $1, d time without time zone, e bit varying(8))`,
  `CREATE TABLE "é" ("ü" text DEFAULT 'ñandú' NOT NULL, b varchar(10) DEFAULT 'x' || 'é😀', c int CONSTRAINT c_pos CHECK (c > 0) DEFAULT 0)`,
  `ALTER TABLE t ADD COLUMN a int DEFAULT 0 NOT NULL, ADD COLUMN b text[] DEFAULT ARRAY['a', 'b']::text[], ALTER COLUMN c TYPE bigint USING c::bigint`,
  `CREATE TABLE t (a int, CONSTRAINT ex EXCLUDE USING gist (a WITH =) WHERE (a > 0) DEFERRABLE, CHECK (a <> 1) NOT VALID)`,
  `CREATE TABLE t (a int DEFAULT E'\\'' , b int)`,
  `ALTER TABLE t ALTER COLUMN a SET DEFAULT nextval('s'::regclass), ALTER COLUMN b TYPE varchar(40)`,
];
/** Texts PostgreSQL refuses, read token by token all the same: an `E` at the end, WITH OPTIONS outside a typed table. */
const FRAGMENTS: string[] = [`CREATE TABLE t (a int DEFAULT f(E'a', e'b', E'c') , b int DEFAULT E`, `CREATE TABLE t (d interval(3) WITH OPTIONS, e timestamp WITH TIME ZONE WITH OPTIONS NOT NULL)`];

describe('PgText windows', () => {
  beforeAll(async () => {
    await loadPgParser();
  });

  it.each([...TEXTS, ...FRAGMENTS].map((q) => [q.slice(0, 60), q]))('read what the whole statement\'s tokens read, from every token: %s', (_, q) => {
    const bytes = Buffer.from(q, 'utf8');
    // Every token's start, as libpg-query would give it (a UTF-8 byte offset).
    for (const tok of tokenize(q, 'postgresql')) {
      const location = Buffer.byteLength(q.slice(0, tok.start), 'utf8');
      expect(bytes.subarray(location).toString('utf8').startsWith(q.slice(tok.start, tok.end))).toBe(true);
      for (const [stops, after] of [[COLUMN_STOPS, undefined], [COLUMN_STOPS, 'DEFAULT'], [CONSTRAINT_STOPS, 'EXCLUDE'], [COLUMN_STOPS, 'USING']] as const) {
        expect(new PgText(q).runAt(location, stops, after)).toBe(new PgText(q, true).runAt(location, stops, after));
      }
      for (const after of ['CHECK', 'AS', 'DEFAULT']) expect(new PgText(q).innerAt(location, after)).toBe(new PgText(q, true).innerAt(location, after));
    }
  });

  it('reads a type and a default that run past a window\'s first batch', () => {
    const q = `CREATE TABLE t (a numeric(10, 2) [ ] DEFAULT round(((1 + 2) * 3)::numeric, 2) NOT NULL)`;
    const t = new PgText(q);
    expect(t.runAt(q.indexOf('numeric'), COLUMN_STOPS)).toBe('numeric(10, 2) [ ]');
    expect(t.runAt(q.indexOf('DEFAULT'), COLUMN_STOPS, 'DEFAULT')).toBe('round(((1 + 2) * 3)::numeric, 2)');
  });

  it.each(TEXTS.map((q) => [q.slice(0, 60), q]))('maps statements to the same operations: %s', (_, q) => {
    expect(JSON.stringify(mapPgStatementSync(q))).toBe(JSON.stringify(mapPgStatementSync(q, true)));
  });
});
