import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';

// A realistic history: two migrations already ran, the pull request adds five. Only the
// statements a reviewer would stop are reported; the safe recipes right next to them are not.

const MINE = new Set([
  'drop-index-non-concurrently',
  'concurrently-in-transaction',
  'foreign-key-without-not-valid',
  'check-without-not-valid',
  'unique-constraint-without-index',
  'set-not-null-scan',
  'add-column-volatile-default',
  'lock-timeout-missing',
]);

const INIT = `CREATE TABLE customers (
  id bigint PRIMARY KEY,
  email text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  total_cents bigint NOT NULL
);
`;

const STATUS = `ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';
CREATE INDEX orders_status_idx ON orders (status);
`;

const FK = `SET lock_timeout = '5s';

ALTER TABLE orders
  ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
`;

const EMAIL = `-- Make customers.email required without a long ACCESS EXCLUSIVE scan.
ALTER TABLE customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_email_not_null;
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_email_not_null;
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
`;

const INDEXES = `DROP INDEX orders_status_idx;

BEGIN;
CREATE INDEX CONCURRENTLY orders_status_created_idx ON orders (status, id);
COMMIT;
`;

const PAYMENTS = `CREATE TABLE payments (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  amount_cents bigint NOT NULL
);
ALTER TABLE payments ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0);
ALTER TABLE payments ADD CONSTRAINT payments_order_key UNIQUE (order_id);
ALTER TABLE payments ALTER COLUMN amount_cents SET NOT NULL;
`;

const PUBLIC_ID = `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
ALTER TABLE orders ADD COLUMN amount_check_cents bigint CHECK (amount_check_cents >= 0);
`;

describe('a pull request with several migrations', () => {
  it('reports exactly the risky statements, at their lines', async () => {
    const before = {
      'migrations/001_init.sql': INIT,
      'migrations/002_order_status.sql': STATUS,
    };
    const head = {
      ...before,
      'migrations/003_orders_customer_fk.sql': FK,
      'migrations/004_customer_email.sql': EMAIL,
      'migrations/005_order_indexes.sql': INDEXES,
      'migrations/006_payments.sql': PAYMENTS,
      'migrations/007_order_public_id.sql': PUBLIC_ID,
    };
    const report = await runExample({ sql: '', files: { before, head } }, RULES);
    const mine = report.findings.filter((f) => MINE.has(f.rule)).map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(mine).toEqual([
      'migrations/004_customer_email.sql:2 lock-timeout-missing',
      'migrations/004_customer_email.sql:6 unique-constraint-without-index',
      'migrations/005_order_indexes.sql:1 drop-index-non-concurrently',
      'migrations/005_order_indexes.sql:4 concurrently-in-transaction',
      'migrations/007_order_public_id.sql:2 add-column-volatile-default',
      'migrations/007_order_public_id.sql:3 check-without-not-valid',
    ]);
    const lockTimeout = report.findings.find((f) => f.rule === 'lock-timeout-missing' && f.file === 'migrations/004_customer_email.sql')!;
    expect(lockTimeout.message).toContain('4 statements in this file take such a lock (lines 2, 4, 5, 6, on customers).');
  });
});
