import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'validate-in-same-transaction';
const SHOP = 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, amount_cents bigint);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);';
const ADD_CHECK = 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID;';
const VALIDATE_CHECK = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;';
const ADD_FK = 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;';
const VALIDATE_FK = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('validate-in-same-transaction', () => {
  it('reports a CHECK validated inside the BEGIN … COMMIT that added it, at the VALIDATE, naming the lock', async () => {
    const [f, ...rest] = await hits({ before: SHOP, sql: `BEGIN;\n${ADD_CHECK}\n${VALIDATE_CHECK}\nCOMMIT;` });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 3, endLine: 3, severity: 'medium', category: 'locking' });
    expect(f.message).toBe(
      'VALIDATE CONSTRAINT orders_amount_positive runs in the transaction opened by BEGIN on line 1, the same as the ADD … NOT VALID on line 2, so the ACCESS EXCLUSIVE lock the ADD took on orders is still held while the validation scans every row of orders: every read and write of orders waits until the scan finishes, which is what NOT VALID was meant to avoid.',
    );
    expect(f.why).toMatch(/SHARE UPDATE EXCLUSIVE on orders/);
    expect(f.fix).toContain('COMMIT after the ADD … NOT VALID and run `ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;` after the COMMIT');
    expect(f.replacement).toBeUndefined();
  });

  it('reports a foreign key in a goose file, naming both tables and their SHARE ROW EXCLUSIVE locks', async () => {
    const [f] = await hits({ before: SHOP, sql: `${ADD_FK}\n${VALIDATE_FK}`, format: 'goose' });
    expect(f.message).toContain('runs in the transaction goose wraps this file in');
    expect(f.message).toContain('the SHARE ROW EXCLUSIVE locks the ADD took on orders and customers are still held while the validation checks every row of orders against customers: every write to orders and customers waits');
    expect(f.why).toContain('ROW SHARE on customers');
    expect(f.fix).toBe('Move `ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;` into a later migration, which runs in a transaction of its own; keep the ADD … NOT VALID here: it protects new rows at once.');
  });

  it('reports a golang-migrate file of several statements, which PostgreSQL runs as one transaction', async () => {
    const [f] = await hits({ before: SHOP, sql: `${ADD_CHECK}\n${VALIDATE_CHECK}`, format: 'golang-migrate' });
    expect(f.message).toContain('the one transaction golang-migrate runs this file in');
  });

  it('matches a constraint added without a name by the name PostgreSQL gives it', async () => {
    const sql = 'ALTER TABLE orders ADD CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_cents_check;';
    expect(await hits({ before: SHOP, sql, format: 'goose' })).toHaveLength(1);
  });

  it('reports each constraint validated in the transaction that added it', async () => {
    const sql = `${ADD_CHECK}\n${ADD_FK}\n${VALIDATE_CHECK}\n${VALIDATE_FK}`;
    expect((await hits({ before: SHOP, sql, format: 'goose' })).map((f) => f.line)).toEqual([4, 5]);
  });

  describe('stays quiet', () => {
    it('in a plain SQL file, where each statement commits on its own', async () => {
      expect(await hits({ before: SHOP, sql: `${ADD_CHECK}\n${VALIDATE_CHECK}` })).toEqual([]);
    });

    it('when a COMMIT ends the transaction between the ADD and the VALIDATE', async () => {
      expect(await hits({ before: SHOP, sql: `BEGIN;\n${ADD_CHECK}\nCOMMIT;\nBEGIN;\n${VALIDATE_CHECK}\nCOMMIT;` })).toEqual([]);
      // A COMMIT inside a goose file ends goose's transaction too.
      expect(await hits({ before: SHOP, sql: `${ADD_CHECK}\nCOMMIT;\n${VALIDATE_CHECK}`, format: 'goose' })).toEqual([]);
    });

    it('when the constraint was added NOT VALID by an earlier migration', async () => {
      expect(await hits({ before: `${SHOP}\n${ADD_CHECK}`, sql: VALIDATE_CHECK, format: 'goose' })).toEqual([]);
    });

    it('when the file runs without a transaction (goose NO TRANSACTION)', async () => {
      expect(await hits({ before: SHOP, sql: `-- +goose NO TRANSACTION\n${ADD_FK}\n${VALIDATE_FK}`, format: 'goose' })).toEqual([]);
    });

    it('for a table created in the pull request, which is empty', async () => {
      const sql = `CREATE TABLE refunds (id bigint PRIMARY KEY, amount_cents bigint);\nALTER TABLE refunds ADD CONSTRAINT refunds_positive CHECK (amount_cents > 0) NOT VALID;\nALTER TABLE refunds VALIDATE CONSTRAINT refunds_positive;`;
      expect(await hits({ before: SHOP, sql, format: 'goose' })).toEqual([]);
    });

    it('when the VALIDATE is of another constraint than the one added', async () => {
      const before = `${SHOP}\n${ADD_FK}`;
      expect(await hits({ before, sql: `${ADD_CHECK}\n${VALIDATE_FK}`, format: 'goose' })).toEqual([]);
    });

    it('for a constraint added already validated (no NOT VALID)', async () => {
      const sql = 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0);\nALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;';
      expect(await hits({ before: SHOP, sql, format: 'goose' })).toEqual([]);
    });
  });

  it('in an Alembic history, reports the revision that validates in its own transaction and not the one using autocommit_block', async () => {
    const base = {
      'alembic.ini': '[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql+psycopg://app@localhost/app\n',
      'alembic/env.py': 'from alembic import context\n',
      'alembic/versions/a001_orders.py': `revision = 'a001'\ndown_revision = None\n\n\ndef upgrade():\n    op.execute("CREATE TABLE customers (id bigint PRIMARY KEY)")\n    op.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, amount_cents bigint)")\n    op.execute("CREATE INDEX orders_customer_id_idx ON orders (customer_id)")\n\n\ndef downgrade():\n    pass\n`,
      'alembic/versions/a002_note.py': `revision = 'a002'\ndown_revision = 'a001'\n\n\ndef upgrade():\n    op.execute("ALTER TABLE orders ADD COLUMN note text")\n\n\ndef downgrade():\n    op.execute("ALTER TABLE orders DROP COLUMN note")\n`,
    };
    const pr = {
      'alembic/versions/a003_checks.py': `revision = 'a003'
down_revision = 'a002'


def upgrade():
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.create_foreign_key('orders_customer_fk', 'orders', 'customers', ['customer_id'], ['id'], postgresql_not_valid=True)
    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk")
    op.execute("ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount_cents > 0) NOT VALID")
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive")


def downgrade():
    pass
`,
    };
    const report = await reviewPr(base, pr);
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual([`${ID}@a003_checks.py:8`]);
    expect(report.findings.find((f) => f.rule === ID)!.message).toContain('the transaction Alembic wraps this file in');
  });
});
