import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';

const hits = async (ex: RuleExample) => (await runExample(ex, RULES)).findings.filter((f) => f.rule === 'add-required-column');

const ACCOUNTS = 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);';

describe('add-required-column', () => {
  it('reports ADD COLUMN NOT NULL without a default on PostgreSQL, on its line', async () => {
    const [f, ...rest] = await hits({ before: ACCOUNTS, sql: "SET lock_timeout = '1s';\nALTER TABLE accounts ADD COLUMN plan text NOT NULL;" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'compatibility', line: 2, endLine: 2 });
    expect(f.message).toBe("Adding NOT NULL column accounts.plan (text) without a default fails if accounts has any row, and the running application's inserts, which do not set plan, fail once it exists.");
    expect(f.fix).toMatch(/NOT VALID, then VALIDATE CONSTRAINT, then SET NOT NULL/);
    expect(f.rollback).toMatch(/DROP COLUMN plan/);
  });

  it('explains the implicit default on MySQL', async () => {
    const [f] = await hits({ before: ACCOUNTS, sql: 'ALTER TABLE accounts ADD COLUMN seats int NOT NULL;', dialect: 'mysql' });
    expect(f.message).toBe("Adding NOT NULL column accounts.seats (integer) without a default gives every existing row of accounts the implicit default of integer instead of a real value, and the running application's inserts, which do not set seats, fail in strict mode.");
  });

  it('reports it on MariaDB', async () => {
    expect(await hits({ before: ACCOUNTS, sql: 'ALTER TABLE accounts ADD COLUMN seats int NOT NULL;', dialect: 'mariadb' })).toHaveLength(1);
  });

  it('reports that SQLite refuses it outright, even on a table created in the pull request', async () => {
    const existing = await hits({ before: 'CREATE TABLE accounts (id integer PRIMARY KEY);', sql: 'ALTER TABLE accounts ADD COLUMN plan text NOT NULL;', dialect: 'sqlite' });
    expect(existing.map((f) => f.message)).toEqual(['Adding NOT NULL column accounts.plan (text) without a default fails outright on SQLite: "Cannot add a NOT NULL column with default value NULL".']);
    const fresh = await hits({ sql: 'CREATE TABLE t (id integer PRIMARY KEY);\nALTER TABLE t ADD COLUMN plan text NOT NULL;', dialect: 'sqlite' });
    expect(fresh.map((f) => f.line)).toEqual([2]);
  });

  it('treats an explicit DEFAULT NULL as no default', async () => {
    expect(await hits({ before: ACCOUNTS, sql: 'ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT NULL;' })).toHaveLength(1);
  });

  it('follows a table rename made earlier in the pull request', async () => {
    const found = await hits({ before: ACCOUNTS, sql: 'ALTER TABLE accounts RENAME TO orgs;\nALTER TABLE orgs ADD COLUMN plan text NOT NULL;' });
    expect(found.map((f) => f.line)).toEqual([2]);
  });

  describe('a default the same migration drops again (issue 10)', () => {
    const ADD_THEN_DROP = 'ALTER TABLE accounts ADD COLUMN foo integer DEFAULT 10 NOT NULL;\nALTER TABLE accounts ALTER COLUMN foo DROP DEFAULT;';
    it('reports it on PostgreSQL at the ADD COLUMN, naming the line that drops the default', async () => {
      const [f, ...rest] = await hits({ before: ACCOUNTS, sql: ADD_THEN_DROP });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', line: 1 });
      expect(f.message).toBe("NOT NULL column accounts.foo (integer) is added with DEFAULT 10, and line 2 drops that default again, so the running application's inserts, which do not set foo, fail as soon as the migration ends.");
      expect(f.fix).toMatch(/drop it in a later migration/);
    });
    it('reports it on MySQL', async () => {
      expect(await hits({ before: ACCOUNTS, sql: ADD_THEN_DROP, dialect: 'mysql' })).toHaveLength(1);
    });
    it('reports it on SQLite (Django rebuilds the table without the default)', async () => {
      const found = await hits({ ...djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(default=0))"), dialect: 'sqlite' });
      expect(found).toHaveLength(1);
    });
    it('reports Django AddField(default=…) of a NOT NULL field without db_default, with the db_default fix', async () => {
      const [f, ...rest] = await hits(djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(default=0))"));
      expect(rest).toEqual([]);
      expect(f.message).toContain('Django drops the database default again in the same migration');
      expect(f.fix).toContain('db_default');
      expect(f.fix).toContain('null=True');
    });
    it('stays quiet for Django db_default, which the database keeps', async () => {
      expect(await hits(djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(db_default=0))"))).toEqual([]);
    });
    it('stays quiet for a nullable Django field with a default', async () => {
      expect(await hits(djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(default=0, null=True))"))).toEqual([]);
    });
    it('stays quiet when a later statement sets a default again', async () => {
      expect(await hits({ before: ACCOUNTS, sql: `${ADD_THEN_DROP}\nALTER TABLE accounts ALTER COLUMN foo SET DEFAULT 0;` })).toEqual([]);
    });
    it('stays quiet on a table created in the pull request', async () => {
      expect(await hits({ sql: `CREATE TABLE accounts (id bigint PRIMARY KEY);\n${ADD_THEN_DROP}` })).toEqual([]);
    });
  });

  describe('quiet', () => {
    it.each([
      ['a constant default', "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';"],
      ['a volatile default (add-column-volatile-default covers it)', 'ALTER TABLE accounts ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();'],
      ['a nullable column', 'ALTER TABLE accounts ADD COLUMN plan text;'],
      ['an identity column', 'ALTER TABLE accounts ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;'],
      ['a serial column', 'ALTER TABLE accounts ADD COLUMN seq bigserial NOT NULL;'],
      ['a generated column', 'ALTER TABLE accounts ADD COLUMN name_len integer NOT NULL GENERATED ALWAYS AS (length(name)) STORED;'],
    ])('with %s', async (_what, sql) => {
      expect(await hits({ before: ACCOUNTS, sql })).toEqual([]);
    });
    it('for a table created in the same pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE invoices (id bigint PRIMARY KEY);\nALTER TABLE invoices ADD COLUMN number text NOT NULL;' })).toEqual([]);
    });
    it('on MySQL for a table created in the same pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE invoices (id bigint PRIMARY KEY);\nALTER TABLE invoices ADD COLUMN number int NOT NULL;', dialect: 'mysql' })).toEqual([]);
    });
    it('on MySQL with a constant default', async () => {
      expect(await hits({ before: ACCOUNTS, sql: 'ALTER TABLE accounts ADD COLUMN seats int NOT NULL DEFAULT 1;', dialect: 'mysql' })).toEqual([]);
    });
    it('on SQLite with a constant default', async () => {
      expect(await hits({ before: 'CREATE TABLE accounts (id integer PRIMARY KEY);', sql: "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';", dialect: 'sqlite' })).toEqual([]);
    });
    it('for ADD COLUMN IF NOT EXISTS of a column that is already there', async () => {
      expect(await hits({ before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text NOT NULL);', sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS plan text NOT NULL;' })).toEqual([]);
    });
  });
});
