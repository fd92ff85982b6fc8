import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';

const hits = async (ex: RuleExample, rule = 'table-rewrite-type-change') => (await runExample(ex, RULES)).findings.filter((f) => f.rule === rule);

const EVENTS = 'CREATE TABLE events (id integer PRIMARY KEY, kind varchar(20), body varchar(200), amount numeric(10,2), at timestamp, email text);';

describe('table-rewrite-type-change', () => {
  describe('PostgreSQL', () => {
    it('reports integer → bigint with the lock it takes, on its line', async () => {
      const [f, ...rest] = await hits({ before: EVENTS, sql: "SET lock_timeout = '1s';\nALTER TABLE events ALTER COLUMN id TYPE bigint;" });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', category: 'locking', line: 2, endLine: 2 });
      expect(f.message).toBe('Changing events.id from integer to bigint rewrites events and all its indexes: ACCESS EXCLUSIVE on events blocks reads and writes until the table is rewritten.');
      expect(f.fix).toMatch(/add a new column of the new type/);
      expect(f.rollback).toMatch(/ALTER TABLE events ALTER COLUMN id TYPE integer/);
    });

    it.each([
      ['a shorter varchar', 'kind TYPE varchar(10)'],
      ['text to a bounded varchar', 'email TYPE varchar(320)'],
      ['a numeric scale change', 'amount TYPE numeric(12,3)'],
      ['varchar to integer', 'kind TYPE integer USING kind::integer'],
      ['char from varchar', 'kind TYPE char(20)'],
    ])('reports %s', async (_what, change) => {
      expect(await hits({ before: EVENTS, sql: `ALTER TABLE events ALTER COLUMN ${change};` })).toHaveLength(1);
    });

    it('reports a relabel that a USING expression turns into a rewrite', async () => {
      const found = await hits({ before: EVENTS, sql: 'ALTER TABLE events ALTER COLUMN kind TYPE varchar(64) USING upper(kind);\nALTER TABLE events ALTER COLUMN email TYPE text USING lower(email);' });
      expect(found.map((f) => f.message)).toEqual([
        'Changing events.kind from varchar(20) to varchar(64) rewrites events and all its indexes: ACCESS EXCLUSIVE on events blocks reads and writes until the table is rewritten.',
        'Recomputing events.email with USING lower(email) rewrites events and all its indexes: ACCESS EXCLUSIVE on events blocks reads and writes until the table is rewritten.',
      ]);
    });

    it('stays quiet for a relabel with a plain cast in USING', async () => {
      expect(await hits({ before: EVENTS, sql: 'ALTER TABLE events ALTER COLUMN kind TYPE varchar(64) USING kind::varchar(64);' })).toEqual([]);
    });

    describe('timestamp ↔ timestamptz (a relabel on PostgreSQL 12+ only when the session TimeZone is UTC)', () => {
      it('is medium on 12+, with the condition in the message and SET TimeZone in the fix', async () => {
        const [f, ...rest] = await hits({ before: EVENTS, sql: 'ALTER TABLE events ALTER COLUMN at TYPE timestamptz;' });
        expect(rest).toEqual([]);
        expect(f.severity).toBe('medium');
        expect(f.message).toBe('Changing events.at from timestamp to timestamptz rewrites events and all its indexes under ACCESS EXCLUSIVE (reads and writes wait until it finishes) unless the session that runs the migration has TimeZone set to UTC: only then does PostgreSQL 16 change the catalog alone.');
        expect(f.fix).toMatch(/^If the stored values are UTC times .*SET LOCAL TimeZone = 'UTC';/);
      });

      it('regression_lemmy_fix_timezones: SET timezone = \'UTC\' then TYPE timestamptz USING published is a relabel (82 false rewrites before)', async () => {
        const sql = "SET timezone = 'UTC';\nALTER TABLE events\n    ALTER COLUMN at TYPE timestamptz\n    USING at;";
        expect(await hits({ before: EVENTS, sql, format: 'golang-migrate' })).toEqual([]);
        expect(await hits({ before: EVENTS, sql, format: 'golang-migrate' }, 'lock-timeout-missing')).toEqual([]);
      });

      it('is quiet when the migration sets TimeZone to UTC before it', async () => {
        expect(await hits({ before: EVENTS, sql: "SET TIME ZONE 'UTC';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;" })).toEqual([]);
        expect(await hits({ before: EVENTS, sql: "SET LOCAL timezone = 'Etc/UTC';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;", format: 'goose' })).toEqual([]);
      });

      it('is high again when the UTC setting does not reach the statement (a SET LOCAL of a committed transaction, another zone)', async () => {
        const committed = await hits({ before: EVENTS, sql: "BEGIN;\nSET LOCAL TimeZone = 'UTC';\nCOMMIT;\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;" });
        expect(committed.map((f) => f.severity)).toEqual(['medium']);
        const paris = await hits({ before: EVENTS, sql: "SET TimeZone = 'Europe/Paris';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;" });
        expect(paris.map((f) => f.severity)).toEqual(['medium']);
      });

      it('is a plain rewrite (high) before PostgreSQL 12, or when the precision drops too', async () => {
        const [old] = await hits({ before: EVENTS, sql: 'ALTER TABLE events ALTER COLUMN at TYPE timestamptz;', version: '11' });
        expect(old.severity).toBe('high');
        expect(old.message).not.toMatch(/UTC/);
        const [rounded] = await hits({ before: EVENTS, sql: 'ALTER TABLE events ALTER COLUMN at TYPE timestamptz(0);' });
        expect(rounded.severity).toBe('high');
      });

      it('lock-timeout-missing states the same condition', async () => {
        const [f] = await hits({ before: EVENTS, sql: 'ALTER TABLE events ALTER COLUMN at TYPE timestamptz;' }, 'lock-timeout-missing');
        expect(f.message).toContain("then holds the lock while it rewrites events (unless the session's TimeZone is UTC).");
      });
    });

    it.each([
      ['varchar(n) → varchar(m ≥ n)', 'kind TYPE varchar(64)'],
      ['varchar(n) → varchar', 'kind TYPE varchar'],
      ['varchar → text', 'body TYPE text'],
      ['text → varchar', 'email TYPE varchar'],
      ['text → citext without an index', 'email TYPE citext'],
      ['numeric precision widened with the same scale', 'amount TYPE numeric(14,2)'],
      ['numeric(p,s) → numeric', 'amount TYPE numeric'],
      ['the same type spelled differently', 'id TYPE int4'],
    ])('stays quiet for %s', async (_what, change) => {
      expect(await hits({ before: EVENTS, sql: `ALTER TABLE events ALTER COLUMN ${change};` })).toEqual([]);
    });

    it('reports the index rebuild of text → citext on an indexed column', async () => {
      const [f] = await hits({ before: `${EVENTS}\nCREATE UNIQUE INDEX events_email_key ON events (email);`, sql: 'ALTER TABLE events ALTER COLUMN email TYPE citext;' });
      expect(f.message).toBe('Changing events.email from text to citext keeps the rows but rebuilds index events_email_key (the operator class changes): ACCESS EXCLUSIVE on events blocks reads and writes until it is rebuilt.');
    });

    it('reports a column added in this pull request when the table holds production rows', async () => {
      const found = await hits({ before: EVENTS, sql: 'ALTER TABLE events ADD COLUMN n integer DEFAULT 0;\nALTER TABLE events ALTER COLUMN n TYPE bigint;' });
      expect(found.map((f) => f.line)).toEqual([2]);
    });

    it('stays quiet for a table created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (id integer);\nALTER TABLE t ALTER COLUMN id TYPE bigint;' })).toEqual([]);
    });
  });

  describe('issue 10: binary-coercible casts, CHECK re-checks, interval precision', () => {
    const NET = "CREATE TABLE hosts (id bigint PRIMARY KEY, net cidr, rel oid, name text CHECK (length(name) < 64), note text, CONSTRAINT note_nonempty CHECK (note <> '') NOT VALID, span interval, span2 interval(3));";

    it('judges a type change inside Django RunSQL like SQL', async () => {
      const [f] = await hits(djangoChange('migrations.RunSQL("ALTER TABLE shop_order ALTER COLUMN status TYPE integer USING status::integer", reverse_sql=migrations.RunSQL.noop)'));
      expect(f.message).toBe('Changing shop_order.status from varchar(20) to integer rewrites shop_order and all its indexes: ACCESS EXCLUSIVE on shop_order blocks reads and writes until the table is rewritten.');
    });

    it('stays quiet for cidr → inet and the other binary-coercible casts of pg_cast', async () => {
      expect(await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN net TYPE inet;' })).toEqual([]);
      expect(await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN rel TYPE regclass;' })).toEqual([]);
    });

    it('reports a relabel that re-checks a validated CHECK constraint with a full scan under ACCESS EXCLUSIVE', async () => {
      const [f, ...rest] = await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN name TYPE varchar;' });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', line: 1 });
      expect(f.message).toBe('Changing hosts.name from text to varchar keeps the rows, but re-checks CHECK constraint hosts_name_check on every row of hosts (a full scan) while holding ACCESS EXCLUSIVE on hosts: reads and writes wait until the scan finishes.');
      expect(f.fix).toContain('NOT VALID');
    });

    it('stays quiet for a relabel whose only CHECK constraint is NOT VALID (it is added back unvalidated)', async () => {
      expect(await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN note TYPE varchar;' })).toEqual([]);
    });

    it('reports lowering interval precision as a rewrite, and stays quiet when raising it', async () => {
      const [f] = await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN span TYPE interval(0);' });
      expect(f.message).toBe('Changing hosts.span from interval to interval(0) rewrites hosts and all its indexes: ACCESS EXCLUSIVE on hosts blocks reads and writes until the table is rewritten.');
      expect(await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN span2 TYPE interval second(1);' })).toHaveLength(1);
      expect(await hits({ before: NET, sql: 'ALTER TABLE hosts ALTER COLUMN span2 TYPE interval(6);' })).toEqual([]);
    });
  });

  describe('MySQL', () => {
    const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, code varchar(20), bio varchar(50), about varchar(100), total decimal(10,2), state enum(\'a\',\'b\'));';
    const my = (sql: string, dialect: 'mysql' | 'mariadb' = 'mysql') => hits({ before: USERS, sql, dialect });

    it('reports a VARCHAR widening across 255 bytes, explaining the length prefix', async () => {
      const [f] = await my('ALTER TABLE users MODIFY bio varchar(100);');
      expect(f.message).toBe('Changing users.bio from varchar(50) to varchar(100) copies the whole users table (ALGORITHM=COPY): writes to users are blocked until the copy finishes. The length prefix grows from 1 to 2 bytes: 50 characters take at most 200 bytes, 100 take 400 (over 255).');
      expect(f.fix).toMatch(/gh-ost/);
    });

    it.each([
      ['a VARCHAR widening within 255 bytes', 'ALTER TABLE users MODIFY code varchar(60);'],
      ['a VARCHAR widening above 255 bytes', 'ALTER TABLE users MODIFY about varchar(500);'],
      ['an ENUM value appended', "ALTER TABLE users MODIFY state enum('a','b','c');"],
      ['the same type with another nullability', 'ALTER TABLE users MODIFY code varchar(20) NOT NULL;'],
    ])('stays quiet for %s', async (_what, sql) => {
      expect(await my(sql)).toEqual([]);
    });

    it.each([
      ['DECIMAL precision widening', 'ALTER TABLE users MODIFY total decimal(12,2);'],
      ['an ENUM reordered', "ALTER TABLE users MODIFY state enum('b','a');"],
      ['VARCHAR to TEXT', 'ALTER TABLE users MODIFY bio text;'],
    ])('reports %s', async (_what, sql) => {
      expect(await my(sql)).toHaveLength(1);
    });

    it('says the ALTER fails when ALGORITHM=INPLACE asks for the impossible', async () => {
      const [f] = await my('ALTER TABLE users MODIFY bio varchar(100), ALGORITHM=INPLACE, LOCK=NONE;');
      expect(f.message).toBe('Changing users.bio from varchar(50) to varchar(100) needs a table copy, so the ALTER with ALGORITHM=INPLACE fails instead of running.');
    });

    it('applies the same rules on MariaDB', async () => {
      expect(await my('ALTER TABLE users MODIFY code varchar(60);', 'mariadb')).toEqual([]);
      expect(await my('ALTER TABLE users MODIFY bio varchar(100);', 'mariadb')).toHaveLength(1);
    });
  });
});

describe('type-change rules over a realistic history', () => {
  const base = {
    'migrations/001_init.sql': 'CREATE TABLE accounts (id integer PRIMARY KEY, name varchar(100) NOT NULL, balance numeric(12,2), created_at timestamptz);\n',
    'migrations/002_settings.sql': "CREATE TABLE settings (account_id integer PRIMARY KEY REFERENCES accounts (id), prefs text DEFAULT '{}');\n",
    'migrations/003_name.sql': 'ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);\n',
  };
  const head = {
    ...base,
    'migrations/004_types.sql': [
      "SET lock_timeout = '3s';",
      'ALTER TABLE accounts ALTER COLUMN id TYPE bigint;',
      'ALTER TABLE accounts ALTER COLUMN name TYPE varchar(255);',
      'ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(10,2);',
      '',
    ].join('\n'),
    'migrations/005_prefs.sql': "CREATE TABLE tags (id integer, label text);\nALTER TABLE tags ALTER COLUMN id TYPE bigint;\nALTER TABLE settings ALTER COLUMN prefs TYPE jsonb USING prefs::jsonb;\n",
  };

  it('reports exactly the data and lock risks, each on its line', async () => {
    const report = await runExample({ sql: '', files: { before: base, head } }, RULES);
    const mine = new Set(['narrowing-type-change', 'lossy-type-change', 'table-rewrite-type-change']);
    const found = report.findings.filter((f) => mine.has(f.rule)).map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(found.sort()).toEqual([
      'migrations/004_types.sql:2 table-rewrite-type-change',
      'migrations/004_types.sql:4 narrowing-type-change',
      'migrations/004_types.sql:4 table-rewrite-type-change',
      'migrations/005_prefs.sql:3 lossy-type-change',
      'migrations/005_prefs.sql:3 table-rewrite-type-change',
    ]);
  });
});
