import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { alembicUpgradePr } from '../helpers/alembic.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'redundant-index';
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, created_at timestamptz, tags text[], note text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('redundant-index', () => {
  it('reports a new index that is a leading prefix of an existing one', async () => {
    const before = `${ORDERS}\nCREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);`;
    const [f, ...rest] = await hits({ before, sql: 'SELECT 1;\nCREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'low', category: 'integrity' });
    expect(f.message).toBe('Index orders_customer_id_idx on orders (customer_id) is redundant: index orders_customer_created_idx (customer_id, created_at) starts with the same columns and serves every lookup it can.');
    expect(f.fix).toContain('Leave this index out');
  });

  it('reports a new index that makes an existing one redundant, naming the one to drop separately', async () => {
    const before = `${ORDERS}\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);`;
    const [f] = await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_customer_status_idx ON orders (customer_id, status);' });
    expect(f.message).toBe('The new index orders_customer_status_idx on orders (customer_id, status) makes existing index orders_customer_id_idx (customer_id) redundant: it can be dropped.');
    expect(f.fix).toContain('in a separate change');
    expect(f.fix).toContain('DROP INDEX CONCURRENTLY orders_customer_id_idx;');
  });

  it('reports an exact duplicate of an existing index, and of a primary key', async () => {
    const before = `${ORDERS}\nCREATE INDEX orders_status_idx ON orders (status);`;
    const [f] = await hits({ before, sql: 'CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);' });
    expect(f.message).toBe('Index idx_orders_status on orders (status) duplicates index orders_status_idx (status), which already serves every lookup on those columns.');
    const [g] = await hits({ before: ORDERS, sql: 'CREATE UNIQUE INDEX CONCURRENTLY orders_id_key ON orders (id);' });
    expect(g.message).toContain('duplicates the index of constraint orders_pkey (id)');
  });

  it('reports an index beside the UNIQUE constraint of the same new table', async () => {
    const [f] = await hits({ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE INDEX users_email_idx ON users (email);' });
    expect(f.line).toBe(2);
    expect(f.message).toContain('Index users_email_idx on users (email) duplicates the index of constraint users_email_key (email)');
  });

  it('reports a new UNIQUE constraint that duplicates an existing unique index, with USING INDEX as the way to keep one', async () => {
    const before = `${ORDERS}\nCREATE UNIQUE INDEX orders_note_idx ON orders (note);`;
    const [f] = await hits({ before, sql: 'ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE (note);' });
    expect(f.message).toContain('The index of constraint orders_note_key on orders (note) duplicates unique index orders_note_idx (note)');
    expect(f.fix).toContain('ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_idx;');
  });

  it('reports two identical indexes of one pull request once, on the later one', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: 'CREATE INDEX CONCURRENTLY a_idx ON orders (status);\nCREATE INDEX CONCURRENTLY b_idx ON orders (status);' });
    expect(rest).toEqual([]);
    expect(f.line).toBe(2);
  });

  it('reports Alembic create_unique_constraint plus create_index(unique=True) on the same column once, on the index', async () => {
    const report = await runExample(alembicUpgradePr("op.create_unique_constraint('uq_users_email', 'users', ['email'])\n    op.create_index('ix_users_email', 'users', ['email'], unique=True)"), RULES);
    const mine = report.findings.filter((f) => f.rule === ID);
    expect(mine).toHaveLength(1);
    expect(mine[0].message).toContain('Index ix_users_email on users (email) duplicates the index of constraint uq_users_email');
  });

  it('reports on MySQL, with ALTER TABLE … DROP INDEX for the index made redundant', async () => {
    const before = 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status varchar(20), KEY orders_customer_id (customer_id));';
    const [f] = await hits({ dialect: 'mysql', before, sql: 'ALTER TABLE orders ADD INDEX orders_customer_status (customer_id, status);' });
    expect(f.fix).toContain('ALTER TABLE orders DROP INDEX orders_customer_id;');
  });

  it('reports an index on a SQLite INTEGER PRIMARY KEY, which is the rowid', async () => {
    const [f] = await hits({ dialect: 'sqlite', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\nCREATE INDEX notes_id_idx ON notes (id);' });
    expect(f.message).toContain('Index notes_id_idx on notes (id) duplicates');
  });

  describe('stays quiet', () => {
    it('when the shorter index is unique and the longer one is not', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_note_status_idx ON orders (note, status);`;
      expect(await hits({ before, sql: 'CREATE UNIQUE INDEX CONCURRENTLY orders_note_key ON orders (note);' })).toEqual([]);
      expect(await hits({ before: ORDERS, sql: 'CREATE UNIQUE INDEX CONCURRENTLY orders_note_status_key ON orders (note, status);\nCREATE UNIQUE INDEX CONCURRENTLY orders_note_key ON orders (note);' })).toEqual([]);
    });

    it('for partial indexes with another predicate, or beside a full one', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_customer_status_idx ON orders (customer_id, status) WHERE status <> 'done';`;
      expect(await hits({ before, sql: "CREATE INDEX CONCURRENTLY orders_open_idx ON orders (customer_id) WHERE status = 'open';" })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);' })).toEqual([]);
    });

    it('but reports a partial index beside a longer one with the same predicate', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_customer_status_idx ON orders (customer_id, status) WHERE status <> 'done';`;
      expect(await hits({ before, sql: "CREATE INDEX CONCURRENTLY orders_open_customer_idx ON orders (customer_id) WHERE (status <> 'done');" })).toHaveLength(1);
    });

    it('for different methods, non-B-tree prefixes, expressions, operator classes and sort orders', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_tags_idx ON orders USING gin (tags, note);\nCREATE INDEX orders_note_idx ON orders (note);\nCREATE INDEX orders_created_status_idx ON orders (created_at, status);`;
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_tags_only_idx ON orders USING gin (tags);' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_note_hash_idx ON orders USING hash (note);' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_lower_note_idx ON orders (lower(note));' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_note_pattern_idx ON orders (note text_pattern_ops);' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_note_c_idx ON orders (note COLLATE "C");' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_created_desc_idx ON orders (created_at DESC);' })).toEqual([]);
    });

    it('for an INCLUDE index whose extra columns the other one lacks', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);`;
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_customer_cover_idx ON orders (customer_id) INCLUDE (note);' })).toEqual([]);
    });

    it('for the indexes Django creates by itself (ForeignKey, the _like index of a unique CharField)', async () => {
      const report = await runExample(djangoChange(`migrations.CreateModel(
            name='Line',
            fields=[
                ('id', models.BigAutoField(primary_key=True)),
                ('order', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.order')),
                ('sku', models.CharField(max_length=20, unique=True)),
            ],
            options={'unique_together': {('order', 'sku')}},
        )`, '0002_lines'), RULES);
      expect(report.findings.filter((f) => f.rule === ID)).toEqual([]);
    });

    it('for the index InnoDB made for a foreign key', async () => {
      const before = 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, status varchar(20), CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id));';
      expect(await hits({ dialect: 'mysql', before, sql: 'CREATE INDEX orders_user_status ON orders (user_id, status);' })).toEqual([]);
    });

    it('for a redundancy that existed at base already (a SQLite rebuild restating the indexes)', async () => {
      const before = 'CREATE TABLE notes (id INTEGER PRIMARY KEY, author TEXT, at TEXT);\nCREATE INDEX notes_author_idx ON notes (author);\nCREATE INDEX notes_author_at_idx ON notes (author, at);';
      const sql = [
        'CREATE TABLE new_notes (id INTEGER PRIMARY KEY, author TEXT, at TEXT, body TEXT);',
        'INSERT INTO new_notes (id, author, at) SELECT id, author, at FROM notes;',
        'DROP TABLE notes;',
        'ALTER TABLE new_notes RENAME TO notes;',
        'CREATE INDEX notes_author_idx ON notes (author);',
        'CREATE INDEX notes_author_at_idx ON notes (author, at);',
      ].join('\n');
      expect(await hits({ dialect: 'sqlite', before, sql })).toEqual([]);
    });

    it('when the index, or the longer one, is dropped later in the pull request', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);`;
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);\nDROP INDEX CONCURRENTLY orders_customer_created_idx;' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);\nDROP INDEX CONCURRENTLY orders_customer_id_idx;' })).toEqual([]);
    });

    it('when code Migra cannot follow names the other index (a stored procedure that drops it)', async () => {
      const before = 'CREATE TABLE devices (id int PRIMARY KEY, username varchar(100), UNIQUE KEY username (username));';
      const sql = "CALL PROC_DROP_INDEX('devices', 'username');\nCREATE UNIQUE INDEX devices_username_key ON devices (username);";
      expect(await hits({ dialect: 'mysql', before, sql })).toEqual([]);
    });

    it('when code Migra cannot follow names the index in another case, or a quoted name of other characters', async () => {
      const sql = (code: string) => `${code}\nCREATE INDEX CONCURRENTLY orders_customer_status_idx ON orders (customer_id, status);`;
      const word = `${ORDERS}\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);`;
      expect(await hits({ before: word, sql: sql("DO $$ BEGIN EXECUTE 'DROP INDEX ORDERS_CUSTOMER_ID_IDX'; END $$;") })).toEqual([]);
      // A longer word that starts with the name is another name.
      const [f] = await hits({ before: word, sql: sql("DO $$ BEGIN EXECUTE 'DROP INDEX orders_customer_id_idx_old'; END $$;") });
      expect(f.message).toContain('makes existing index orders_customer_id_idx (customer_id) redundant');
      const quoted = `${ORDERS}\nCREATE INDEX "orders customer-id" ON orders (customer_id);`;
      expect(await hits({ before: quoted, sql: sql("DO $$ BEGIN EXECUTE 'DROP INDEX \"orders customer-id\"'; END $$;") })).toEqual([]);
      const [g] = await hits({ before: quoted, sql: sql("DO $$ BEGIN EXECUTE 'DROP INDEX \"orders customer-id2\"'; END $$;") });
      expect(g.message).toContain('makes existing index orders customer-id (customer_id) redundant');
    });

    it('for IF NOT EXISTS of an index that is already there', async () => {
      const before = `${ORDERS}\nCREATE INDEX orders_status_idx ON orders (status);\nCREATE INDEX orders_status_created_idx ON orders (status, created_at);`;
      expect(await hits({ before, sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);' })).toEqual([]);
    });
  });

  it('in a realistic history, reports what the pull request makes redundant and nothing older', async () => {
    const base = {
      'migrations/001_init.sql': `${ORDERS}\nCREATE INDEX orders_status_idx ON orders (status);\nCREATE INDEX orders_status_created_idx ON orders (status, created_at);`,
      'migrations/002_customer.sql': 'CREATE INDEX orders_customer_id_idx ON orders (customer_id);',
    };
    const report = await reviewPr(base, {
      'migrations/003_reporting.sql': 'CREATE INDEX CONCURRENTLY orders_customer_created_idx ON orders (customer_id, created_at);',
      'migrations/004_lookup.sql': 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);',
    });
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual([`${ID}@003_reporting.sql:1`]);
    expect(report.findings.find((f) => f.rule === ID)!.message).toContain('makes existing index orders_customer_id_idx (customer_id) redundant');
  });
});
