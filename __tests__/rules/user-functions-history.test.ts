import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadSets, type LoadedSet } from '../../src/analyze/load.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { functionsAfter, readCreateFunction, type UserFunction } from '../../src/rules/lib/user-functions.js';
import { loadRevisions, memoryTree } from '../../src/source/index.js';

/*
 * functionsAfter reads a parsed PostgreSQL file's functions from the statements its parse made
 * (issue 11); without operations or a dialect it splits the file's text again, as it always did.
 * Both must give the same functions, statement texts and order.
 */

/** Functions of `l`'s head files read from their parsed statements. */
function fromStatements(l: LoadedSet): UserFunction[] {
  const set = l.head!;
  return functionsAfter([], set.files, (f) => l.ops.get(f), set.dialect);
}

/** The same files read by splitting their text (fresh file objects: nothing read before is reused). */
function fromSplitting(l: LoadedSet): UserFunction[] {
  const copies = new Map<MigrationFile, MigrationFile>(l.head!.files.map((f) => [{ ...f }, f]));
  // Python migrations have no SQL text of their own: their parsed statements are the only source.
  return functionsAfter([], [...copies.keys()], (f) => (f.language === 'sql' ? undefined : l.ops.get(copies.get(f)!)));
}

const PG = { ...EMPTY_CONFIG, dialect: 'postgresql' as const };

const HISTORY: Record<string, string> = {
  'migrations/001_clock.sql': [
    '-- create function helpers below; the comment names it too',
    'CREATE TABLE posts (id bigint PRIMARY KEY, published timestamp);',
    "CREATE FUNCTION cutoff() RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT now() - interval '1 day'; $$;",
    'create or replace function "Mixed Name"(a int) returns int as $body$ begin return a + nextval(\'s\'); end; $body$ language plpgsql stable;',
  ].join('\n'),
  // Replaces cutoff: the later one wins, in the first one's place.
  'migrations/002_replace.sql': "CREATE OR REPLACE FUNCTION cutoff() RETURNS timestamp LANGUAGE sql STABLE AS 'SELECT clock_timestamp()';\n",
  // PostgreSQL's grammar refuses it (LANGUAG): an unparsed statement, read as written all the same.
  'migrations/003_unparsed.sql': 'CREATE FUNCTION broken() RETURNS int AS $$ SELECT random()::int $$ LANGUAG sql IMMUTABLE;\nSELECT 1;\n',
  // Templates are masked before the front end splits: these files are split again as written.
  'migrations/004_template.sql': 'CREATE FUNCTION {{ .Schema }}.stamp() RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ SELECT now() $$;\n',
  'migrations/005_flyway.sql': "CREATE FUNCTION ${schema}.tick() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 1 $$;\nCOMMENT ON FUNCTION tick IS 'x;y';\n",
  'migrations/006_psql.sql': 'CREATE FUNCTION :APP_SCHEMA.later() RETURNS date IMMUTABLE LANGUAGE sql AS $$ SELECT CURRENT_DATE + 1 $$;\n',
  // A DELIMITER line, an E'' body, a COPY whose data rows mention a function.
  'migrations/007_delimiter.sql': [
    'DELIMITER //',
    "CREATE FUNCTION esc() RETURNS text IMMUTABLE LANGUAGE sql AS E'SELECT \\'a\\' || timeofday()'//",
    'DELIMITER ;',
    'CREATE TABLE notes (body text);',
    'COPY notes (body) FROM stdin;',
    'create function not_one() returns int',
    '\\.',
    'CREATE FUNCTION last_one() RETURNS int LANGUAGE sql RETURN 1;',
  ].join('\n'),
};

describe('functions of the history from parsed statements', () => {
  it('reads a parsed PostgreSQL file from its statements instead of splitting it again', async () => {
    const [l] = await loadSets(memoryTree({}, 'b'), memoryTree(HISTORY, 'h'), PG);
    const set = l.head!;
    let reads = 0;
    // The same statements, counting who reads their text.
    const watched = new Map<MigrationFile, LocatedOp[]>();
    for (const f of set.files) {
      const stmts = new Map<object, object>();
      watched.set(f, l.ops.get(f)!.map((op) => {
        let stmt = stmts.get(op.stmt);
        if (!stmt) {
          const { text, ...rest } = op.stmt;
          stmt = { ...rest, get text() { reads++; return text; } };
          stmts.set(op.stmt, stmt);
        }
        return { ...op, stmt } as LocatedOp;
      }));
    }
    const copies = set.files.map((f) => ({ ...f }));
    const fns = functionsAfter([], copies, (f) => watched.get(set.files[copies.indexOf(f)]), 'postgresql');
    expect(reads).toBeGreaterThan(0);
    expect(fns).toEqual(fromSplitting(l));
  });

  it('gives what splitting every file gives: boundaries, texts, order, templates, unparsed statements', async () => {
    const [l] = await loadSets(memoryTree({}, 'b'), memoryTree(HISTORY, 'h'), PG);
    const fns = fromStatements(l);
    expect(fns.map((f) => [f.name, f.declared, f.unstable])).toEqual([
      // Bodies of functions not declared IMMUTABLE are not read (see readCreateFunction).
      ['cutoff', 'stable', []],
      ['Mixed Name', 'stable', []],
      ['broken', 'immutable', ['random()']],
      ['stamp', 'immutable', ['now()']],
      ['tick', 'volatile', []],
      ['later', 'immutable', ['current_date']],
      ['esc', 'immutable', ['timeofday()']],
      ['last_one', 'volatile', []],
    ]);
    expect(fns.find((f) => f.name === 'stamp')?.text).toContain('{{ .Schema }}');
    expect(fns).toEqual(fromSplitting(l));
  });

  it('reads the body of IMMUTABLE functions only, the label those calls contradict', () => {
    const body = "AS $$ SELECT random() + extract(epoch FROM now()) $$ LANGUAGE sql";
    expect(readCreateFunction(`CREATE FUNCTION a() RETURNS float ${body} IMMUTABLE`)).toEqual({ name: 'a', declared: 'immutable', unstable: ['random()', 'now()'] });
    expect(readCreateFunction(`CREATE FUNCTION a() RETURNS float ${body} STABLE`)).toEqual({ name: 'a', declared: 'stable', unstable: [] });
    expect(readCreateFunction(`CREATE FUNCTION a() RETURNS float ${body}`)).toEqual({ name: 'a', declared: 'volatile', unstable: [] });
  });

  it('outside PostgreSQL splits the file as before', async () => {
    const [l] = await loadSets(memoryTree({}, 'b'), memoryTree({ 'migrations/001.sql': HISTORY['migrations/001_clock.sql'] }, 'h'), { ...EMPTY_CONFIG, dialect: 'mysql' });
    expect(fromStatements(l)).toEqual(fromSplitting(l));
    expect(fromStatements(l).map((f) => f.name)).toEqual(['cutoff', 'Mixed Name']);
  });

  // Real histories when this machine has them (/work/ext: Lemmy's 64 functions, documenso's Prisma SQL, Django's RunSQL).
  const REAL = ['/work/ext/lemmy', '/work/ext/documenso', '/work/ext/CTFd+CTFd'].filter((d) => existsSync(`${d}/.git`));
  (REAL.length ? it : it.skip)('gives what splitting gives on real histories (%s)'.replace('%s', REAL.join(', ')), async () => {
    let compared = 0;
    for (const repo of REAL) {
      const rev = await loadRevisions({ repo, base: 'HEAD', head: 'HEAD' });
      try {
        for (const l of await loadSets(rev.before, rev.head, EMPTY_CONFIG)) {
          const [fast, slow] = [fromStatements(l), fromSplitting(l)];
          if (!isDeepStrictEqual(fast, slow)) throw new Error(`${repo} ${l.head!.dir}: the functions differ`);
          compared += fast.length;
        }
      } finally {
        await rev.close();
      }
    }
    expect(compared).toBeGreaterThan(0);
  }, 120_000);
});
