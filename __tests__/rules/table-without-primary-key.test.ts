import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { alembicPr } from '../helpers/alembic.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'table-without-primary-key';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('table-without-primary-key', () => {
  it('reports a new table without a key, anchored at its CREATE TABLE', async () => {
    const [f, ...rest] = await hits({ sql: 'SELECT 1;\nCREATE TABLE audit_log (\n  happened_at timestamptz NOT NULL,\n  action text\n);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, endLine: 5, severity: 'low', category: 'integrity' });
    expect(f.message).toBe('Table audit_log is created without a primary key (nor a UNIQUE key over NOT NULL columns).');
    expect(f.why).toContain('Logical replication');
    expect(f.fix).toContain('id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY');
  });

  it('suggests the pair as the key of a link table', async () => {
    const [f] = await hits({ before: 'CREATE TABLE posts (id bigint PRIMARY KEY);\nCREATE TABLE tags (id bigint PRIMARY KEY);', sql: 'CREATE TABLE post_tags (post_id bigint REFERENCES posts, tag_id bigint REFERENCES tags);' });
    expect(f.fix).toContain('`PRIMARY KEY (post_id, tag_id)` (the columns become NOT NULL: post_id, tag_id)');
  });

  it('reports a unique key over a nullable column as no substitute', async () => {
    expect(await hits({ sql: 'CREATE TABLE settings (name text UNIQUE, value text);' })).toHaveLength(1);
  });

  it('reports DROP CONSTRAINT of the primary key, and a dropped key column', async () => {
    const before = 'CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);';
    const [f] = await hits({ before, sql: 'ALTER TABLE events DROP CONSTRAINT events_pkey;' });
    expect(f.message).toBe('Dropping primary key events_pkey leaves events without a primary key (nor a UNIQUE key over NOT NULL columns), and nothing later in the pull request adds one.');
    const [g] = await hits({ before, sql: 'ALTER TABLE events DROP COLUMN id;' });
    expect(g.message).toContain('Dropping column events.id drops the primary key events_pkey with it');
  });

  it('reports MySQL DROP PRIMARY KEY, with the MySQL reasons and surrogate', async () => {
    const [f] = await hits({ dialect: 'mysql', before: 'CREATE TABLE events (id bigint NOT NULL, payload json, PRIMARY KEY (id));', sql: 'ALTER TABLE events DROP PRIMARY KEY;' });
    expect(f.why).toContain('sql_require_primary_key');
    expect(f.fix).toContain('id bigint AUTO_INCREMENT PRIMARY KEY');
  });

  it('reports a SQLite rebuild that leaves the key out of a table that had one', async () => {
    const before = 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);';
    const sql = 'CREATE TABLE new_notes (id INTEGER, body TEXT);\nINSERT INTO new_notes SELECT id, body FROM notes;\nDROP TABLE notes;\nALTER TABLE new_notes RENAME TO notes;';
    const [f] = await hits({ dialect: 'sqlite', before, sql });
    expect(f.line).toBe(1);
    expect(f.message).toBe('Table notes is created without a primary key (nor a UNIQUE key over NOT NULL columns). It replaces notes, which had one.');
    expect(f.why).toContain('VACUUM');
  });

  it('reports an Alembic association table without a key', async () => {
    const [f] = await hits(alembicPr('alembic/versions/4d5e6f_follows.py', "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '4d5e6f'\ndown_revision = '1a2b3c'\n\n\ndef upgrade():\n    op.create_table('follows', sa.Column('follower_id', sa.Integer(), sa.ForeignKey('users.id')), sa.Column('followed_id', sa.Integer(), sa.ForeignKey('users.id')))\n\n\ndef downgrade():\n    op.drop_table('follows')\n"));
    expect(f.message).toContain('Table follows is created without a primary key');
  });

  describe('reads every way of declaring a key', () => {
    it.each([
      ['postgresql', 'CREATE TABLE t (id bigint PRIMARY KEY, v text);'],
      ['postgresql', 'CREATE TABLE t (a text, b text, CONSTRAINT t_pk PRIMARY KEY (a, b));'],
      ['postgresql', 'CREATE TABLE t (a text);\nALTER TABLE t ADD PRIMARY KEY (a);'],
      ['postgresql', 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, v text);\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);'],
      ['mysql', 'CREATE TABLE t (id int AUTO_INCREMENT, v text, PRIMARY KEY (id));'],
      ['mysql', 'CREATE TABLE t (id int NOT NULL, v text, UNIQUE KEY t_id (id));'],
      ['sqlite', 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);'],
      ['sqlite', 'CREATE TABLE t (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;'],
      ['sqlite', 'CREATE TABLE t (id integer primary key desc, v text);'],
      ['sqlite', 'CREATE TABLE t (code TEXT NOT NULL UNIQUE, v TEXT);'],
    ] as const)('%s: %s', async (dialect, sql) => {
      expect(await hits({ dialect, sql })).toEqual([]);
    });
  });

  describe('stays quiet', () => {
    it('for a unique index over NOT NULL columns (usable as REPLICA IDENTITY)', async () => {
      expect(await hits({ sql: 'CREATE TABLE post_tags (post_id bigint NOT NULL, tag_id bigint NOT NULL);\nCREATE UNIQUE INDEX post_tags_key ON post_tags (post_id, tag_id);' })).toEqual([]);
    });

    it('for temporary tables, partitions and CREATE TABLE … AS SELECT', async () => {
      expect(await hits({ sql: 'CREATE TEMP TABLE batch (line text);' })).toEqual([]);
      const parent = 'CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);';
      expect(await hits({ before: parent, sql: "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');" })).toEqual([]);
      expect(await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);', sql: 'CREATE TABLE users_emails AS SELECT id, email FROM users;' })).toEqual([]);
    });

    it('for the bookkeeping table of a migration tool', async () => {
      expect(await hits({ sql: 'CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) NOT NULL);' })).toEqual([]);
      // One list of the tools' names (knowledge/tool-tables.ts) with live drift: Liquibase's too.
      expect(await hits({ sql: 'CREATE TABLE DATABASECHANGELOGLOCK (ID int NOT NULL, LOCKED boolean NOT NULL);' })).toEqual([]);
      expect(await hits({ sql: 'CREATE TABLE changelog (id int NOT NULL);' })).toHaveLength(1);
    });

    it('for tables dropped again later in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE scratch (v text);\nINSERT INTO scratch VALUES (1);\nDROP TABLE scratch;' })).toEqual([]);
    });

    it('when a later statement adds the key, or the dropped key is added back', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (id bigint NOT NULL, v text);\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);' })).toEqual([]);
      const before = 'CREATE TABLE events (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);';
      expect(await hits({ before, sql: 'ALTER TABLE events DROP CONSTRAINT events_pkey;\nALTER TABLE events ADD PRIMARY KEY (tenant_id, id);' })).toEqual([]);
    });

    it('for a table renamed away to a backup while a new one with a key takes its name', async () => {
      const before = 'CREATE TABLE totp (id serial PRIMARY KEY, secret bytea NOT NULL);';
      const sql = 'ALTER TABLE totp DROP CONSTRAINT totp_pkey;\nALTER TABLE totp RENAME TO _bkp_totp;\nCREATE TABLE totp (id serial PRIMARY KEY, secret bytea NOT NULL, issuer text);\nINSERT INTO totp (id, secret) SELECT id, secret FROM _bkp_totp;';
      expect(await hits({ before, sql })).toEqual([]);
    });

    it('for IF NOT EXISTS of a table that is already there', async () => {
      expect(await hits({ before: 'CREATE TABLE logs (line text);', sql: 'CREATE TABLE IF NOT EXISTS logs (line text);' })).toEqual([]);
    });

    it('for a rebuild of a table that had no key at base either (old debt)', async () => {
      const before = 'CREATE TABLE notes (body TEXT);';
      const sql = 'CREATE TABLE new_notes (body TEXT, tag TEXT);\nINSERT INTO new_notes (body) SELECT body FROM notes;\nDROP TABLE notes;\nALTER TABLE new_notes RENAME TO notes;';
      expect(await hits({ dialect: 'sqlite', before, sql })).toEqual([]);
    });

    it('for dropping another constraint, or a key of a table created in this pull request', async () => {
      const before = 'CREATE TABLE events (id bigint PRIMARY KEY, code text UNIQUE);';
      expect(await hits({ before, sql: 'ALTER TABLE events DROP CONSTRAINT events_code_key;' })).toEqual([]);
      // The CREATE TABLE reports the table once; the DROP adds no second finding.
      const created = await hits({ sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, body text);\nALTER TABLE drafts DROP CONSTRAINT drafts_pkey;' });
      expect(created.map((f) => f.line)).toEqual([1]);
    });
  });

  it('in a realistic history, reports only the keyless table the pull request creates', async () => {
    const base = {
      'migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE TABLE legacy_stats (day date, hits int);',
      'migrations/002_sessions.sql': 'CREATE TABLE sessions (token text NOT NULL UNIQUE, user_id bigint NOT NULL REFERENCES users (id));',
    };
    const report = await reviewPr(base, {
      'migrations/003_stats.sql': 'ALTER TABLE legacy_stats ADD COLUMN source text;\nCREATE TABLE page_views (user_id bigint REFERENCES users (id), url text, at timestamptz);\nCREATE INDEX page_views_user_id_idx ON page_views (user_id);',
    });
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual([`${ID}@003_stats.sql:2`]);
  });
});
