import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { readCreateFunction } from '../../src/rules/lib/user-functions.js';
import { DJANGO_BEFORE } from '../../src/rules/lib/python-examples.js';

const ID = 'immutable-function-calls-volatile';
const POSTS = 'CREATE TABLE posts (id bigint PRIMARY KEY, score numeric, published timestamp, token text);';
// Lemmy's hot_rank (migrations/2021-01-05-200932_add_hot_rank_indexes): IMMUTABLE "in order to index by it", and it reads now().
const HOT_RANK = [
  'CREATE OR REPLACE FUNCTION hot_rank (score numeric, published timestamp without time zone)',
  '    RETURNS integer',
  '    AS $$',
  'BEGIN',
  "    RETURN floor(10000 * log(greatest (1, score + 3)) / power(((EXTRACT(EPOCH FROM (timezone('utc', now()) - published)) / 3600) + 2), 1.8))::integer;",
  'END;',
  '$$',
  'LANGUAGE plpgsql',
  'IMMUTABLE;',
].join('\n');

async function hits(ex: RuleExample): Promise<Finding[]> {
  return (await runExample(ex, RULES)).findings.filter((f) => f.rule === ID);
}

describe('immutable-function-calls-volatile', () => {
  it('regression_lemmy_hot_rank_index: an index on an IMMUTABLE function that reads now() is high, at the index', async () => {
    const sql = `${HOT_RANK}\n\nCREATE INDEX idx_post_hot ON posts (hot_rank (score, published) DESC, published DESC);`;
    const [f, ...rest] = await hits({ before: POSTS, sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'integrity', line: 11 });
    expect(f.message).toBe("Index idx_post_hot on posts is built on hot_rank(), which is declared IMMUTABLE but calls now(): each row's entry is computed when the row is written and never again: as time passes the index holds values the function no longer returns, and queries that use it return wrong rows (a REINDEX gives a different index). (hot_rank is created on line 1.)");
  });

  it('finds the function in the history before the pull request', async () => {
    const [f] = await hits({ before: `${POSTS}\n${HOT_RANK}`, sql: 'CREATE INDEX idx_post_hot ON posts (hot_rank (score, published));' });
    expect(f.severity).toBe('high');
    expect(f.message).not.toContain('is created on line');
  });

  it('reports a stored generated column, a CHECK and a partial index predicate', async () => {
    const fn = "CREATE FUNCTION cutoff() RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT clock_timestamp()::timestamp - interval '30 days' $$;";
    const gen = await hits({ before: `${POSTS}\n${fn}`, sql: 'ALTER TABLE posts ADD COLUMN fresh boolean GENERATED ALWAYS AS (published > cutoff()) STORED;' });
    expect(gen.map((f) => f.message)).toEqual([expect.stringMatching(/^Generated column posts\.fresh is built on cutoff\(\), which is declared IMMUTABLE but calls clock_timestamp\(\): the stored value/)]);
    const check = await hits({ before: `${POSTS}\n${fn}`, sql: 'ALTER TABLE posts ADD CONSTRAINT posts_recent CHECK (published > cutoff()) NOT VALID;' });
    expect(check.map((f) => f.message)).toEqual([expect.stringMatching(/^CHECK posts_recent on posts is built on cutoff\(\).*restoring a dump/)]);
    const partial = await hits({ before: `${POSTS}\n${fn}`, sql: 'CREATE INDEX CONCURRENTLY posts_recent_idx ON posts (published) WHERE published > cutoff();' });
    expect(partial.map((f) => f.message)).toEqual([expect.stringMatching(/^The predicate of index posts_recent_idx on posts is built on cutoff\(\)/)]);
  });

  it('reports the CREATE FUNCTION itself at low when nothing in the pull request is built on it (SQL-standard RETURN body)', async () => {
    const sql = "CREATE FUNCTION r.hot_rank (score numeric, published_at timestamp with time zone)\n  RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN\n  CASE WHEN (now() - published_at) > '0 days' THEN score ELSE 0 END;";
    const [f, ...rest] = await hits({ sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'low', line: 1 });
    expect(f.message).toMatch(/^Function hot_rank\(\) is declared IMMUTABLE but calls now\(\)/);
  });

  it('names several unstable calls (random, nextval, CURRENT_TIMESTAMP without parentheses)', async () => {
    expect(readCreateFunction("CREATE FUNCTION t() RETURNS text IMMUTABLE LANGUAGE plpgsql AS 'BEGIN RETURN md5(random()::text) || nextval(''s'') || CURRENT_TIMESTAMP; END'")).toEqual({
      name: 't',
      declared: 'immutable',
      unstable: ['random()', 'nextval()', 'current_timestamp'],
    });
  });

  describe('stays quiet', () => {
    it('for a truly immutable function, and for an index on it', async () => {
      const fn = 'CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(t)) $$;';
      expect(await hits({ before: POSTS, sql: `${fn}\nCREATE INDEX posts_token_idx ON posts (norm(token));` })).toEqual([]);
    });

    it('for a STABLE or VOLATILE function that reads the clock (PostgreSQL refuses to index it)', async () => {
      expect(await hits({ sql: 'CREATE FUNCTION age_days(d date) RETURNS int LANGUAGE sql STABLE AS $$ SELECT current_date - d $$;' })).toEqual([]);
      expect(await hits({ sql: 'CREATE FUNCTION token() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;' })).toEqual([]);
    });

    it('for an immutable function that takes the time as an argument', async () => {
      expect(await hits({ before: POSTS, sql: 'CREATE FUNCTION rank_at(s numeric, p timestamp, at timestamp) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT s / extract(epoch FROM at - p) $$;' })).toEqual([]);
    });

    it('for a column or a schema-qualified user function that happens to be called now', async () => {
      expect(await hits({ sql: 'CREATE FUNCTION f(r posts) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT app.now(1) + r.random $$;' })).toEqual([]);
    });

    it('for an index on a history function that a later migration made honest', async () => {
      const fixed = HOT_RANK.replace('IMMUTABLE;', 'STABLE;');
      expect(await hits({ before: `${POSTS}\n${HOT_RANK}\n${fixed}`, sql: 'CREATE INDEX posts_published_idx ON posts (published);' })).toEqual([]);
    });
  });
});

describe('immutable-function-calls-volatile: a new body for an IMMUTABLE function something is built on', () => {
  const NORM = 'CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(e) $$;';
  const USERS = `CREATE TABLE users (id bigint PRIMARY KEY, email text);\n${NORM}\nCREATE UNIQUE INDEX users_email_norm ON users (norm_email(email));`;
  const REPLACE = 'CREATE OR REPLACE FUNCTION norm_email(e text)\n  RETURNS text LANGUAGE sql IMMUTABLE\n  AS $$ SELECT lower(trim(e)) $$;';

  it('is high at the CREATE OR REPLACE, naming the index and the REINDEX fix', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: REPLACE });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', line: 1 });
    expect(f.message).toBe('CREATE OR REPLACE FUNCTION norm_email() gives an IMMUTABLE function a new body while index users_email_norm on users is built on it: PostgreSQL trusts IMMUTABLE and recomputes nothing, so the index keeps entries computed with the old body, and queries that use it return rows by the old definition until a REINDEX.');
    expect(f.fix).toContain('REINDEX the indexes that use it in the same migration: `REINDEX INDEX users_email_norm;`');
  });

  it('names stored generated columns and CHECK constraints built on it too', async () => {
    const before = `CREATE TABLE users (id bigint PRIMARY KEY, email text CHECK (norm_email(email) <> ''));\n${NORM}\nALTER TABLE users ADD COLUMN email_norm text GENERATED ALWAYS AS (norm_email(email)) STORED;`;
    const [f] = await hits({ before: `${NORM}\n${before.replace(NORM, '')}`, sql: REPLACE });
    expect(f.severity).toBe('high');
    expect(f.message).toContain('generated column users.email_norm');
    expect(f.message).toMatch(/CHECK \S+ on users/);
    expect(f.message).toContain('rows already stored are never re-checked against the new body');
  });

  it('replaces the low finding at a replaced function that reads the clock with the high one', async () => {
    const before = `${POSTS}\n${HOT_RANK}\nCREATE INDEX idx_post_hot ON posts (hot_rank (score, published) DESC);`;
    const sql = HOT_RANK.replace('+ 2), 1.8)', '+ 2), 1.5)');
    const all = await hits({ before, sql });
    expect(all.map((f) => f.severity)).toEqual(['high']);
    expect(all[0].message).toMatch(/^CREATE OR REPLACE FUNCTION hot_rank\(\) gives an IMMUTABLE function a new body while index idx_post_hot on posts/);
  });

  describe('stays quiet', () => {
    it('when the pull request rebuilds the index afterwards (REINDEX of the index or its table, or drops it)', async () => {
      for (const after of ['REINDEX INDEX users_email_norm;', 'REINDEX TABLE users;', 'DROP INDEX users_email_norm;\nCREATE UNIQUE INDEX users_email_norm ON users (norm_email(email));']) {
        expect(await hits({ before: USERS, sql: `${REPLACE}\n${after}` })).toEqual([]);
      }
    });

    it('when only layout or comments change, or the parameter list differs (an overload)', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE OR REPLACE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE\n  AS $$\n    SELECT lower(e) -- folded\n  $$;' })).toEqual([]);
      expect(await hits({ before: USERS, sql: 'CREATE OR REPLACE FUNCTION norm_email(e text, keep boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(e)) $$;' })).toEqual([]);
    });

    it('when nothing of an existing table is built on it', async () => {
      expect(await hits({ before: `CREATE TABLE users (id bigint PRIMARY KEY, email text);\n${NORM}`, sql: REPLACE })).toEqual([]);
    });
  });
});

describe('immutable-function-calls-volatile: functions created by Django RunSQL in the history', () => {
  const runSql = (name: string, dep: string, sql: string) => `from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '${dep}')]

    operations = [
        migrations.RunSQL(
            """${sql}""",
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
`;
  const FN = "CREATE FUNCTION order_age(s text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM now())::integer + length(s) $$;";
  const before = { 'manage.py': '', ...DJANGO_BEFORE, 'shop/migrations/0002_order_age.py': runSql('0002_order_age', '0001_initial', FN) };

  it('an index on a history RunSQL function that reads now() is high', async () => {
    const head = { ...before, 'shop/migrations/0003_order_age_idx.py': runSql('0003', '0002_order_age', 'CREATE INDEX shop_order_age ON shop_order (order_age(status));') };
    const [f, ...rest] = await hits({ sql: '', files: { before, head } });
    expect(rest).toEqual([]);
    expect(f.severity).toBe('high');
    expect(f.message).toMatch(/^Index shop_order_age on shop_order is built on order_age\(\), which is declared IMMUTABLE but calls now\(\)/);
  });

  it('a new body for a history RunSQL function an index is built on is high', async () => {
    const norm = "CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(s) $$;\nCREATE INDEX shop_order_norm ON shop_order (norm(status));";
    const base = { 'manage.py': '', ...DJANGO_BEFORE, 'shop/migrations/0002_norm.py': runSql('0002_norm', '0001_initial', norm) };
    const head = { ...base, 'shop/migrations/0003_norm_trim.py': runSql('0003', '0002_norm', 'CREATE OR REPLACE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(s)) $$;') };
    const [f] = await hits({ sql: '', files: { before: base, head } });
    expect(f.severity).toBe('high');
    expect(f.message).toMatch(/^CREATE OR REPLACE FUNCTION norm\(\) gives an IMMUTABLE function a new body while index shop_order_norm on shop_order/);
  });
});
