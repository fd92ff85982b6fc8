import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { alembicUpgradePr } from '../helpers/alembic.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'unique-on-existing-data';
const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, handle text, tenant_id bigint NOT NULL, deleted_at timestamptz);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

function djangoPr(operations: string): RuleExample {
  return djangoChange(operations);
}

describe('unique-on-existing-data', () => {
  it('reports a unique index on an existing table, with the duplicate query and the INVALID index CONCURRENTLY leaves', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: 'SELECT 1;\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'medium', category: 'integrity' });
    expect(f.message).toBe('Adding unique index users_email_key on users (email) fails if two existing rows share a value of (email): the migration aborts partway through the deploy, leaving the INVALID index users_email_key behind.');
    expect(f.fix).toContain('SELECT email, count(*) FROM users WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1;');
    expect(f.fix).toContain('DROP INDEX CONCURRENTLY users_email_key;');
    expect(f.replacement).toBeUndefined();
  });

  it('reports ADD CONSTRAINT UNIQUE beside the lock finding of the same statement, with a distinct message', async () => {
    const report = await runExample({ before: USERS, sql: 'ALTER TABLE users ADD CONSTRAINT users_tenant_handle_key UNIQUE (tenant_id, handle);' }, RULES);
    const mine = report.findings.find((f) => f.rule === ID)!;
    const lock = report.findings.find((f) => f.rule === 'unique-constraint-without-index')!;
    expect(mine.message).toBe('Adding unique constraint users_tenant_handle_key on users (tenant_id, handle) fails if two existing rows share a value of (tenant_id, handle): the migration aborts partway through the deploy.');
    expect(mine.fix).toContain('SELECT tenant_id, handle, count(*) FROM users WHERE tenant_id IS NOT NULL AND handle IS NOT NULL GROUP BY tenant_id, handle HAVING count(*) > 1;');
    expect(lock.message).toContain('ACCESS EXCLUSIVE');
    expect(mine.message).not.toContain('ACCESS EXCLUSIVE');
  });

  it('keeps the predicate and expressions of a partial expression index in the query', async () => {
    const [f] = await hits({ before: USERS, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_lower_email_key ON users (lower(email)) WHERE deleted_at IS NULL;' });
    expect(f.message).toContain('(lower(email))');
    expect(f.fix).toContain('SELECT (lower(email)), count(*) FROM users WHERE (deleted_at IS NULL) AND (lower(email)) IS NOT NULL GROUP BY (lower(email)) HAVING count(*) > 1;');
  });

  it('reports a PRIMARY KEY on a nullable column for NULLs and duplicates, with both queries', async () => {
    const [f] = await hits({ before: 'CREATE TABLE events (id bigint, payload jsonb);', sql: 'ALTER TABLE events ADD PRIMARY KEY (id);' });
    expect(f.message).toBe('Adding primary key events_pkey on events (id) fails if two existing rows share a value of (id) or a row holds NULL in id: the migration aborts partway through the deploy.');
    expect(f.fix).toContain('SELECT id, count(*) FROM events GROUP BY id HAVING count(*) > 1;');
    expect(f.fix).toContain('SELECT count(*) FROM events WHERE id IS NULL;');
  });

  it('reports a new UNIQUE column whose constant default gives every row the same value', async () => {
    const [f] = await hits({ before: USERS, sql: "ALTER TABLE users ADD COLUMN plan text DEFAULT 'free' UNIQUE;" });
    expect(f.message).toBe("Adding column users.plan with UNIQUE and the constant default 'free' gives every existing row of users the same value: it fails as soon as users holds two rows.");
    expect(f.fix).toMatch(/^Add plan without the key first, give every existing row its own value/);
  });

  it('reports a PRIMARY KEY over a column added without a default: every existing row holds NULL', async () => {
    const [f] = await hits({ before: 'CREATE TABLE events (payload jsonb);', sql: 'ALTER TABLE events ADD COLUMN id bigint;\nALTER TABLE events ADD PRIMARY KEY (id);' });
    expect(f.message).toBe('Adding primary key events_pkey fails on any row of events: id is NULL in every existing row, which a primary key refuses.');
    expect(f.fix).toMatch(/^Give id a value in every existing row first/);
  });

  it('reports a column added earlier in the pull request once a backfill may have filled it', async () => {
    const sql = 'ALTER TABLE users ADD COLUMN slug text;\nUPDATE users SET slug = lower(handle);\nCREATE UNIQUE INDEX CONCURRENTLY users_slug_key ON users (slug);';
    const [f] = await hits({ before: USERS, sql });
    expect(f.line).toBe(3);
  });

  it('reports NULLS NOT DISTINCT even on a column that is NULL everywhere', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN ext_id text;\nCREATE UNIQUE INDEX CONCURRENTLY users_ext_id_key ON users (ext_id) NULLS NOT DISTINCT;' });
    expect(f.fix).toContain('SELECT ext_id, count(*) FROM users GROUP BY ext_id HAVING count(*) > 1;');
  });

  it('reports a partial unique index as no guarantee for a full key', async () => {
    const before = `${USERS}\nCREATE UNIQUE INDEX users_live_email_key ON users (email) WHERE deleted_at IS NULL;`;
    expect(await hits({ before, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);' })).toHaveLength(1);
  });

  it('reports MySQL ADD UNIQUE and SQLite CREATE UNIQUE INDEX', async () => {
    const my = await hits({ dialect: 'mysql', before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200) NOT NULL);', sql: 'ALTER TABLE users ADD UNIQUE INDEX users_email_key (email);' });
    expect(my[0].fix).toContain('SELECT email, count(*) FROM users WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1;');
    const lite = await hits({ dialect: 'sqlite', before: 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);', sql: 'CREATE UNIQUE INDEX users_email_key ON users (email);' });
    expect(lite[0].message).toContain('unique index users_email_key on users (email)');
  });

  it('reports the unique index a SQLite rebuild adds over the rows it copied', async () => {
    const sql = [
      'CREATE TABLE "new_users" ("id" INTEGER NOT NULL PRIMARY KEY, "email" TEXT NOT NULL);',
      'INSERT INTO "new_users" ("id", "email") SELECT "id", "email" FROM "users";',
      'DROP TABLE "users";',
      'ALTER TABLE "new_users" RENAME TO "users";',
      'CREATE UNIQUE INDEX "users_email_key" ON "users"("email");',
    ].join('\n');
    const [f] = await hits({ dialect: 'sqlite', before: 'CREATE TABLE "users" ("id" INTEGER NOT NULL PRIMARY KEY, "email" TEXT NOT NULL);', sql });
    expect(f.line).toBe(5);
    expect(f.message).toContain('among the rows copied from users');
  });

  describe('Django and Alembic', () => {
    it('reports AddField(unique=True) with a callable default: Django evaluates it once for every row', async () => {
      const [f] = await hits(djangoPr("migrations.AddField(model_name='order', name='token', field=models.UUIDField(unique=True, default=uuid.uuid4))"));
      expect(f.message).toContain('shop_order.token with UNIQUE and the constant default');
    });

    it('reports AlterUniqueTogether and AddConstraint(UniqueConstraint)', async () => {
      const together = await hits(djangoPr("migrations.AlterUniqueTogether(name='order', unique_together={('status', 'id')})"));
      // id is the primary key: rows are unique already.
      expect(together).toEqual([]);
      const [f] = await hits(djangoPr("migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(fields=['status'], name='order_status_uniq'))"));
      expect(f.message).toContain('unique constraint order_status_uniq on shop_order (status)');
    });

    it('stays quiet for AddField(unique=True, null=True) without a default', async () => {
      expect(await hits(djangoPr("migrations.AddField(model_name='order', name='ref', field=models.CharField(max_length=10, null=True, unique=True))"))).toEqual([]);
    });

    it('reports Alembic create_unique_constraint and create_index(unique=True)', async () => {
      const up = alembicUpgradePr;
      const [c] = await hits(up("op.create_unique_constraint('uq_users_email', 'users', ['email'])"));
      expect(c.message).toContain('unique constraint uq_users_email on users (email)');
      const [i] = await hits(up("op.create_index('ix_users_email', 'users', ['email'], unique=True)"));
      expect(i.message).toContain('unique index ix_users_email on users (email)');
    });
  });

  describe('stays quiet', () => {
    it('for a column just filled by a volatile, unique default (issue 10, Lemmy generate_unique_changeme())', async () => {
      const sql = 'ALTER TABLE users ADD COLUMN inbox_url varchar(255) NOT NULL DEFAULT generate_unique_changeme();\nALTER TABLE users ADD CONSTRAINT idx_user_inbox_url UNIQUE (inbox_url);';
      expect(await hits({ before: USERS, sql })).toEqual([]);
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE;' })).toEqual([]);
    });

    it('for a table created in this pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (id bigint, code text);\nCREATE UNIQUE INDEX t_code_key ON t (code);\nALTER TABLE t ADD PRIMARY KEY (id);' })).toEqual([]);
    });

    it('for a new column that is NULL in every row, alone or with old columns', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN api_key text UNIQUE;' })).toEqual([]);
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN ext_id text;\nALTER TABLE users ADD CONSTRAINT users_tenant_ext_key UNIQUE (tenant_id, ext_id);' })).toEqual([]);
    });

    it('for a new column the database fills with distinct values', async () => {
      expect(await hits({ before: 'CREATE TABLE events (payload jsonb);', sql: 'ALTER TABLE events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;' })).toEqual([]);
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE;' })).toEqual([]);
      expect(await hits({ before: 'CREATE TABLE events (payload jsonb);', sql: 'ALTER TABLE events ADD COLUMN id bigserial PRIMARY KEY;' })).toEqual([]);
    });

    it('for a NOT NULL or PRIMARY KEY column added without a default (add-required-column reports it)', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN code text NOT NULL UNIQUE;' })).toEqual([]);
      const report = await runExample({ before: 'CREATE TABLE events (payload jsonb);', sql: 'ALTER TABLE events ADD COLUMN id bigint PRIMARY KEY;' }, RULES);
      expect(report.findings.map((f) => f.rule)).toContain('add-required-column');
      expect(report.findings.filter((f) => f.rule === ID)).toEqual([]);
    });

    it('when a unique key on a subset of the columns already exists', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_id_email_key ON users (email, id);' })).toEqual([]);
      const before = `${USERS}\nCREATE UNIQUE INDEX users_email_key ON users (email);`;
      expect(await hits({ before, sql: 'ALTER TABLE users ADD CONSTRAINT users_email_tenant_key UNIQUE (tenant_id, email);' })).toEqual([]);
      expect(await hits({ before, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_lower_email_email_key ON users (lower(handle), email);' })).toEqual([]);
    });

    it('for a PRIMARY KEY over NOT NULL columns that are unique already', async () => {
      const before = 'CREATE TABLE events (id bigint NOT NULL UNIQUE, payload jsonb);';
      expect(await hits({ before, sql: 'ALTER TABLE events ADD PRIMARY KEY (id);' })).toEqual([]);
    });

    it('for UNIQUE / PRIMARY KEY USING INDEX of an index that is unique already', async () => {
      const before = 'CREATE TABLE events (id bigint NOT NULL, code text);\nCREATE UNIQUE INDEX events_id_idx ON events (id);\nCREATE UNIQUE INDEX events_code_idx ON events (code);';
      expect(await hits({ before, sql: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;' })).toEqual([]);
      expect(await hits({ before, sql: 'ALTER TABLE events ADD CONSTRAINT events_code_key UNIQUE USING INDEX events_code_idx;' })).toEqual([]);
    });

    it('but reports PRIMARY KEY USING INDEX over a nullable column, for its NULLs only', async () => {
      const before = 'CREATE TABLE events (id bigint, code text);\nCREATE UNIQUE INDEX events_id_idx ON events (id);';
      const [f] = await hits({ before, sql: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;' });
      expect(f.message).toContain('fails if a row holds NULL in id');
      expect(f.fix).not.toContain('GROUP BY');
    });

    it('for a unique index recreated under another name right after dropping the same definition', async () => {
      const before = `${USERS}\nCREATE UNIQUE INDEX users_email_idx ON users (email);`;
      expect(await hits({ before, sql: 'DROP INDEX users_email_idx;\nCREATE UNIQUE INDEX users_email_key ON users (email);' })).toEqual([]);
      const constraint = `${USERS}\nALTER TABLE users ADD CONSTRAINT users_email_uq UNIQUE (email);`;
      expect(await hits({ before: constraint, sql: 'ALTER TABLE users DROP CONSTRAINT users_email_uq;\nALTER TABLE users ADD CONSTRAINT users_email_tenant_uq UNIQUE (email, tenant_id);' })).toEqual([]);
    });

    it('for IF NOT EXISTS of an index that is already there', async () => {
      const before = `${USERS}\nCREATE UNIQUE INDEX users_email_key ON users (email);`;
      expect(await hits({ before, sql: 'CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (email);' })).toEqual([]);
    });

    it('for a SQLite rebuild that restates a unique index the table had at base', async () => {
      const base = 'CREATE TABLE "users" ("id" INTEGER NOT NULL PRIMARY KEY, "email" TEXT NOT NULL);\nCREATE UNIQUE INDEX "users_email_key" ON "users"("email");';
      const sql = [
        'CREATE TABLE "new_users" ("id" INTEGER NOT NULL PRIMARY KEY, "email" TEXT NOT NULL, "name" TEXT);',
        'INSERT INTO "new_users" ("id", "email") SELECT "id", "email" FROM "users";',
        'DROP TABLE "users";',
        'ALTER TABLE "new_users" RENAME TO "users";',
        'CREATE UNIQUE INDEX "users_email_key" ON "users"("email");',
      ].join('\n');
      expect(await hits({ dialect: 'sqlite', before: base, sql })).toEqual([]);
    });

    it('when the pull request removes duplicates first (DELETE, a duplicate-hunting DO block, RunPython)', async () => {
      expect(await hits({ before: USERS, sql: 'DELETE FROM users a USING users b WHERE a.id > b.id AND a.email = b.email;\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);' })).toEqual([]);
      const block = [
        'DO $$',
        'BEGIN',
        '  WHILE EXISTS (SELECT count(*) FROM users GROUP BY handle HAVING count(*) > 1) LOOP',
        "    UPDATE users AS u SET handle = handle || '_' || v.seq FROM (SELECT id, row_number() OVER (PARTITION BY handle ORDER BY id) AS seq FROM users) AS v WHERE u.id = v.id AND v.seq > 1;",
        '  END LOOP;',
        'END $$;',
        'ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);',
      ].join('\n');
      expect(await hits({ before: USERS, sql: block })).toEqual([]);
      const runPython = "migrations.RunPython(migrations.RunPython.noop),\n        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(fields=['status'], name='order_status_uniq'))";
      expect(await hits(djangoPr(runPython))).toEqual([]);
    });

    it('when every row was given a value derived from its primary key first', async () => {
      expect(await hits({ before: USERS, sql: "UPDATE users SET handle = CONCAT('user_', id);\nALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);" })).toEqual([]);
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN ref text;\nUPDATE users SET ref = gen_random_uuid()::text WHERE ref IS NULL;\nALTER TABLE users ADD CONSTRAINT users_ref_key UNIQUE (ref);' })).toEqual([]);
      // A backfill that does not derive from the key proves nothing.
      expect(await hits({ before: USERS, sql: 'UPDATE users SET handle = lower(email);\nALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);' })).toHaveLength(1);
    });

    it('for a new table filled from another one that stays (not a rebuild: the columns may not correspond)', async () => {
      const sql = 'CREATE TABLE accounts (id bigint PRIMARY KEY, handle text);\nINSERT INTO accounts (id, handle) SELECT id, handle FROM users;\nCREATE UNIQUE INDEX accounts_handle_key ON accounts (handle);';
      expect(await hits({ before: USERS, sql })).toEqual([]);
    });

    it('for a table emptied earlier in the pull request', async () => {
      expect(await hits({ before: USERS, sql: 'TRUNCATE users;\nCREATE UNIQUE INDEX users_handle_key ON users (handle);' })).toEqual([]);
    });

    it('for the unique index of a materialized view', async () => {
      const before = `${USERS}\nCREATE MATERIALIZED VIEW user_counts AS SELECT tenant_id, count(*) AS n FROM users GROUP BY tenant_id;`;
      expect(await hits({ before, sql: 'CREATE UNIQUE INDEX CONCURRENTLY user_counts_tenant_key ON user_counts (tenant_id);' })).toEqual([]);
    });

    it('for non-unique indexes', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' })).toEqual([]);
    });
  });

  it('in a realistic history, reports only the keys the pull request adds over production rows', async () => {
    const base = {
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, handle text);',
      'db/migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), number text NOT NULL);\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
      'db/migrations/003_email_unique.sql': 'CREATE UNIQUE INDEX users_email_key ON users (email);',
    };
    const report = await reviewPr(base, {
      'db/migrations/004_coupons.sql': 'CREATE TABLE coupons (id bigint PRIMARY KEY, code text NOT NULL UNIQUE);',
      'db/migrations/005_keys.sql': [
        'ALTER TABLE users ADD CONSTRAINT users_email_handle_key UNIQUE (email, handle);',
        'CREATE UNIQUE INDEX CONCURRENTLY orders_number_key ON orders (number);',
        'CREATE UNIQUE INDEX CONCURRENTLY users_handle_key ON users (handle);',
      ].join('\n'),
    });
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual([`${ID}@005_keys.sql:2`, `${ID}@005_keys.sql:3`]);
  });
});
