/** The bundled example: a small PostgreSQL app on main, and a pull request that changes it. */
export const DEMO_BASE: Record<string, string> = {
  'db/migrations/001_create_users.sql': `CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE,
  name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
  'db/migrations/002_create_orders.sql': `CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  status text NOT NULL DEFAULT 'new',
  total numeric(12, 2) NOT NULL,
  note text
);

CREATE INDEX orders_user_id_idx ON orders (user_id);
`,
  'db/migrations/003_users_legacy_code.sql': `ALTER TABLE users ADD COLUMN legacy_code varchar(32);
`,
};

export const DEMO_PR: Record<string, string> = {
  'db/migrations/004_orders_cleanup.sql': `-- Faster status filters on the admin page
CREATE INDEX orders_status_idx ON orders (status);

ALTER TABLE users DROP COLUMN legacy_code;

ALTER TABLE orders ALTER COLUMN total TYPE numeric(10, 2);

ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);

UPDATE orders SET note = NULL;
`,
  'db/migrations/005_coupons.sql': `CREATE TABLE coupons (
  id bigserial PRIMARY KEY,
  code text NOT NULL,
  order_id bigint REFERENCES orders (id)
);

CREATE UNIQUE INDEX coupons_code_idx ON coupons (code);
CREATE INDEX coupons_order_id_idx ON coupons (order_id);
`,
};
