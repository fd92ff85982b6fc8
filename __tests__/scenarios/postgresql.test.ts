import { found, reviewPr } from '../helpers/review.js';

// A golang-migrate PostgreSQL project: the kind of pull request Migra is judged on.
const BASE = {
  'db/migrations/000001_init.up.sql': `CREATE TABLE accounts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  plan text NOT NULL DEFAULT 'free',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
`,
  'db/migrations/000001_init.down.sql': 'DROP TABLE accounts;\n',
  'db/migrations/000002_invoices.up.sql': `CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  amount_cents integer NOT NULL,
  memo varchar(200)
);
CREATE INDEX invoices_account_id_idx ON invoices (account_id);
`,
  'db/migrations/000002_invoices.down.sql': 'DROP TABLE invoices;\n',
};

describe('PostgreSQL pull requests', () => {
  it('stays quiet on an additive, well-written change', async () => {
    const report = await reviewPr(BASE, {
      'db/migrations/000003_coupons.up.sql': `SET lock_timeout = '3s';
CREATE TABLE coupons (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  account_id bigint REFERENCES accounts (id)
);
CREATE INDEX coupons_account_id_idx ON coupons (account_id);
ALTER TABLE invoices ADD COLUMN coupon_id bigint;
ALTER TABLE invoices ADD COLUMN status text NOT NULL DEFAULT 'open';
ALTER TABLE invoices ALTER COLUMN memo TYPE text;
`,
      'db/migrations/000003_coupons.down.sql': 'ALTER TABLE invoices DROP COLUMN coupon_id;\nALTER TABLE invoices DROP COLUMN status;\nDROP TABLE coupons;\n',
    });
    expect(found(report)).toEqual([]);
    expect(report.score).toBe(0);
    expect(report.level).toBe('none');
  });

  it('finds every risk of a dangerous change on its line', async () => {
    const report = await reviewPr(BASE, {
      'db/migrations/000003_billing.up.sql': `ALTER TABLE invoices ALTER COLUMN amount_cents TYPE bigint;
ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount_cents > 0);
CREATE INDEX invoices_memo_idx ON invoices (memo);
ALTER TABLE accounts DROP COLUMN plan;
ALTER TABLE accounts ADD COLUMN region text NOT NULL;
CREATE INDEX CONCURRENTLY accounts_created_at_idx ON accounts (created_at);
`,
      'db/migrations/000003_billing.down.sql': 'SELECT 1;\n',
    });
    expect(found(report)).toEqual([
      'add-required-column@000003_billing.up.sql:5',
      'check-without-not-valid@000003_billing.up.sql:2',
      'concurrently-in-transaction@000003_billing.up.sql:6',
      'create-index-non-concurrently@000003_billing.up.sql:3',
      'drop-column@000003_billing.up.sql:4',
      'lock-timeout-missing@000003_billing.up.sql:1',
      'table-rewrite-type-change@000003_billing.up.sql:1',
    ]);
    expect(report.level).toBe('critical');
    expect(report.rollback).toContain("ALTER TABLE accounts ADD COLUMN plan text DEFAULT 'free' NOT NULL;");
  });

  it('flags an edit of a migration that already ran and a new one that sorts before it', async () => {
    const report = await reviewPr(BASE, {
      'db/migrations/000002_invoices.up.sql': BASE['db/migrations/000002_invoices.up.sql'].replace('varchar(200)', 'varchar(500)'),
      'db/migrations/000001_hotfix.up.sql': 'ALTER TABLE accounts ADD COLUMN note text;\n',
    });
    expect(found(report)).toEqual(expect.arrayContaining(['edited-applied-migration@000002_invoices.up.sql:5', 'migration-order-conflict@000001_hotfix.up.sql:1']));
  });
});
