import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { DJANGO_BEFORE } from '../../src/rules/lib/python-examples.js';

const ID = 'prefer-robust-statements';
const BASE = `CREATE TABLE accounts (id bigint PRIMARY KEY, email text, legacy text);
CREATE TABLE legacy_accounts (id bigint PRIMARY KEY);
CREATE TABLE old_sessions (id bigint PRIMARY KEY);
CREATE INDEX accounts_legacy_idx ON accounts (legacy);
CREATE TYPE plan AS ENUM ('free');`;

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample({ before: BASE, ...ex }, RULES, { rules: { [ID]: 'low' } });
  return report.findings.filter((f) => f.rule === ID);
}

describe('prefer-robust-statements', () => {
  it('reports an unguarded statement that a later one can leave half-applied, with the guarded rewrite', async () => {
    const sql = 'ALTER TABLE accounts ADD COLUMN billing_email text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_billing_email_idx ON accounts (billing_email);';
    const [f, ...rest] = await hits({ sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 1, severity: 'low', category: 'hygiene' });
    expect(f.message).toContain('ADD COLUMN accounts.billing_email has no IF NOT EXISTS and runs outside a transaction');
    expect(f.message).toContain('“column "billing_email" of relation "accounts" already exists”');
    expect(f.replacement).toBe('ALTER TABLE accounts ADD COLUMN IF NOT EXISTS billing_email text;');
  });

  it('writes each guard where PostgreSQL expects it, in the statement\'s case', async () => {
    const sql = [
      'create table invoices (id bigint primary key);',
      'CREATE UNIQUE INDEX accounts_email_key ON accounts (email);',
      'ALTER TABLE ONLY accounts DROP COLUMN legacy;',
      'DROP TABLE legacy_accounts, old_sessions;',
      'DROP INDEX CONCURRENTLY accounts_legacy_idx;',
      "ALTER TYPE plan ADD VALUE 'pro';",
      'CREATE VIEW active_accounts AS SELECT id FROM accounts;',
      'CREATE SCHEMA billing;',
      'SELECT 1;',
    ].join('\n');
    const found = await hits({ sql });
    expect(found.map((f) => f.replacement)).toEqual([
      'create table if not exists invoices (id bigint primary key);',
      'CREATE UNIQUE INDEX IF NOT EXISTS accounts_email_key ON accounts (email);',
      'ALTER TABLE ONLY accounts DROP COLUMN IF EXISTS legacy;',
      'DROP TABLE IF EXISTS legacy_accounts, old_sessions;',
      'DROP INDEX CONCURRENTLY IF EXISTS accounts_legacy_idx;',
      "ALTER TYPE plan ADD VALUE IF NOT EXISTS 'pro';",
      'CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts;',
      'CREATE SCHEMA IF NOT EXISTS billing;',
    ]);
  });

  it('reports CREATE INDEX CONCURRENTLY without IF NOT EXISTS even alone: a failed build leaves an INVALID index under its name', async () => {
    const [f] = await hits({ sql: 'CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);' });
    expect(f.message).toContain('INVALID index');
    expect(f.message).toContain('“relation "accounts_email_idx" already exists”');
    expect(f.fix).toContain('DROP INDEX CONCURRENTLY IF EXISTS accounts_email_idx;');
    // IF NOT EXISTS would let a retry keep an INVALID index: no one-click rewrite.
    expect(f.replacement).toBeUndefined();
  });

  it('reports an unnamed index, whose retry builds a duplicate', async () => {
    const [f] = await hits({ sql: 'CREATE INDEX CONCURRENTLY ON accounts (email);' });
    expect(f.message).toContain('has no name');
    expect(f.message).toContain('one more index');
  });

  it('reports ADD CONSTRAINT that no DROP CONSTRAINT IF EXISTS precedes', async () => {
    const sql = "ALTER TABLE accounts ADD CONSTRAINT accounts_email_check CHECK (email <> '') NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_check;";
    const [f] = await hits({ sql });
    expect(f.message).toContain('“constraint "accounts_email_check" for relation "accounts" already exists”');
    expect(f.fix).toContain('ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_email_check;');
  });

  it('reports statements of a goose NO TRANSACTION file and those before an explicit BEGIN', async () => {
    const goose = await hits({ format: 'goose', sql: '-- +goose NO TRANSACTION\nALTER TABLE accounts ADD COLUMN plan text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_plan_idx ON accounts (plan);' });
    // The example wraps the goose file in `-- +goose Up`, one line above.
    expect(goose.map((f) => f.line)).toEqual([3]);
    const begin = await hits({ sql: 'DROP TABLE legacy_accounts;\nBEGIN;\nALTER TABLE accounts ADD COLUMN plan text;\nCOMMIT;' });
    expect(begin.map((f) => f.line)).toEqual([1]);
  });

  it('reports operations of a non-atomic Django migration, with advice for Django', async () => {
    const migration = `from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.AddField(model_name='order', name='paid', field=models.BooleanField(null=True)),
        AddIndexConcurrently(model_name='order', index=models.Index(fields=['paid'], name='shop_order_paid_idx')),
    ]
`;
    const report = await runExample({ sql: '', files: { before: DJANGO_BEFORE, head: { ...DJANGO_BEFORE, 'shop/migrations/0002_paid.py': migration } } }, RULES, { rules: { [ID]: 'low' } });
    const found = report.findings.filter((f) => f.rule === ID);
    expect(found.map((f) => f.line)).toEqual([10, 11]);
    expect(found[0].message).toContain('ADD COLUMN shop_order.paid');
    expect(found[0].fix).toContain('migration of its own');
    expect(found.every((f) => f.replacement === undefined)).toBe(true);
  });

  describe('stays quiet', () => {
    it('inside BEGIN … COMMIT', async () => {
      expect(await hits({ sql: 'BEGIN;\nALTER TABLE accounts ADD COLUMN plan text;\nDROP TABLE legacy_accounts;\nCOMMIT;' })).toEqual([]);
    });

    it('in files the tool runs in a transaction (goose, golang-migrate with several statements)', async () => {
      expect(await hits({ format: 'goose', sql: 'ALTER TABLE accounts ADD COLUMN plan text;\nDROP TABLE legacy_accounts;' })).toEqual([]);
      expect(await hits({ format: 'golang-migrate', sql: 'ALTER TABLE accounts ADD COLUMN plan text;\nDROP TABLE legacy_accounts;' })).toEqual([]);
    });

    it('on the last statement of a file, which either applies or not', async () => {
      expect(await hits({ sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS plan text;\nDROP TABLE legacy_accounts;' })).toEqual([]);
      expect(await hits({ sql: 'ALTER TABLE accounts ADD COLUMN plan text, ADD COLUMN tier text;' })).toEqual([]);
      expect(await hits({ sql: 'DROP INDEX CONCURRENTLY accounts_legacy_idx;' })).toEqual([]);
    });

    it('when every statement has its guard', async () => {
      const sql = [
        'CREATE TABLE IF NOT EXISTS invoices (id bigint PRIMARY KEY);',
        'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS plan text;',
        'ALTER TABLE accounts DROP COLUMN IF EXISTS legacy;',
        'DROP TABLE IF EXISTS legacy_accounts;',
        'DROP INDEX CONCURRENTLY IF EXISTS accounts_legacy_idx;',
        'ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_email_check;',
        "ALTER TABLE accounts ADD CONSTRAINT accounts_email_check CHECK (email <> '');",
        'CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts;',
        'CREATE MATERIALIZED VIEW IF NOT EXISTS account_counts AS SELECT count(*) FROM accounts;',
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_idx ON accounts (email);',
      ].join('\n');
      expect(await hits({ sql })).toEqual([]);
    });

    it('for statements that can run twice: temporary tables, settings, VALIDATE, SET NOT NULL', async () => {
      const sql = "SET lock_timeout = '5s';\nCREATE TEMP TABLE staging (id bigint);\nALTER TABLE accounts ALTER COLUMN email SET NOT NULL;\nALTER TABLE accounts VALIDATE CONSTRAINT accounts_pkey;\nSELECT 1;";
      expect(await hits({ sql })).toEqual([]);
    });

    it('on MySQL, whose DDL guards differ by version and flavour', async () => {
      const report = await runExample({ dialect: 'mysql', before: 'CREATE TABLE accounts (id bigint PRIMARY KEY);', sql: 'ALTER TABLE accounts ADD COLUMN plan text;\nDROP TABLE accounts;' }, RULES, { rules: { [ID]: 'low' } });
      expect(report.findings.filter((f) => f.rule === ID)).toEqual([]);
    });
  });
});
