import { runExample } from '../../src/analyze/run-example.js';
import { parseConfig } from '../../src/config/config.js';
import { RULES } from '../../src/rules/index.js';
import { ALEMBIC_BEFORE, DJANGO_BEFORE } from '../../src/rules/lib/python-examples.js';
import { found, reviewPr } from '../helpers/review.js';

// The hygiene rules users turn on: off by default, on with one line of config, and judging only
// what the pull request writes.

const HYGIENE = [
  'prefer-bigint-over-int',
  'prefer-identity-over-serial',
  'prefer-text-over-varchar',
  'prefer-timestamptz',
  'prefer-jsonb-over-json',
  'ban-char-type',
  'prefer-robust-statements',
  'require-table-schema',
];
const ON = { rules: Object.fromEntries(HYGIENE.map((id) => [id, 'low' as const])) };

const EVERYTHING = `CREATE TABLE invoices (
  id serial PRIMARY KEY,
  number varchar(32) NOT NULL,
  currency char(3) NOT NULL,
  issued_at timestamp NOT NULL,
  lines json
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_issued_at_idx ON invoices (issued_at);`;

describe('hygiene rules', () => {
  it('are registered, off by default, low and in the hygiene category', () => {
    for (const id of HYGIENE) {
      const rule = RULES.find((r) => r.id === id);
      expect(rule).toMatchObject({ id, category: 'hygiene', severity: 'low', defaultOff: true });
    }
    expect(RULES.find((r) => r.id === 'identifier-too-long')?.defaultOff).toBeFalsy();
  });

  it('produce no finding unless turned on, and every one of them once turned on', async () => {
    const off = await runExample({ sql: EVERYTHING }, RULES);
    expect(off.findings.filter((f) => HYGIENE.includes(f.rule))).toEqual([]);
    const on = await runExample({ sql: EVERYTHING }, RULES, ON);
    expect([...new Set(on.findings.map((f) => f.rule).filter((id) => HYGIENE.includes(id)))].sort()).toEqual([...HYGIENE].sort());
  });

  it('are accepted by the repository config, with a severity of the user\'s choice', async () => {
    const ids = RULES.map((r) => r.id);
    const config = parseConfig('rules:\n  prefer-timestamptz: low\n  require-table-schema: medium\n  ban-char-type: "off"\n', '.github/migra.yml', ids);
    expect(config.rules).toEqual({ 'prefer-timestamptz': 'low', 'require-table-schema': 'medium', 'ban-char-type': 'off' });
    expect(() => parseConfig('rules:\n  prefer-timestampz: low\n', '.github/migra.yml', ids)).toThrow(/did you mean prefer-timestamptz/);
    const report = await runExample({ sql: EVERYTHING }, RULES, config);
    const rules = new Set(report.findings.map((f) => f.rule));
    expect(rules.has('prefer-timestamptz')).toBe(true);
    expect(rules.has('ban-char-type')).toBe(false);
    expect(report.findings.find((f) => f.rule === 'require-table-schema')?.severity).toBe('medium');
  });

  describe('on Django and Alembic migrations', () => {
    it('Django: an AutoField id is reported, DateTimeField (timestamptz) and a BigAutoField foreign key are not', async () => {
      const migration = `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.CreateModel(
            name='Invoice',
            fields=[
                ('id', models.AutoField(primary_key=True)),
                ('issued_at', models.DateTimeField()),
                ('data', models.JSONField(default=dict)),
                ('order', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.order')),
            ],
        ),
    ]
`;
      const report = await runExample({ sql: '', files: { before: DJANGO_BEFORE, head: { ...DJANGO_BEFORE, 'shop/migrations/0002_invoice.py': migration } } }, RULES, ON);
      const mine = report.findings.filter((f) => HYGIENE.includes(f.rule));
      expect(mine.map((f) => `${f.rule}:${f.line}`)).toEqual(['prefer-bigint-over-int:9']);
      expect(mine[0].message).toContain('shop_invoice.id (integer, identity, primary key)');
      expect(mine[0].replacement).toBeUndefined();
    });

    it('Alembic: sa.DateTime() is reported, sa.DateTime(timezone=True) is not', async () => {
      const revision = `"""events"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f'
down_revision = '1a2b3c'


def upgrade():
    op.add_column('users', sa.Column('seen_at', sa.DateTime(), nullable=True), schema='public')
    op.add_column('users', sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True), schema='public')


def downgrade():
    op.drop_column('users', 'paid_at', schema='public')
    op.drop_column('users', 'seen_at', schema='public')
`;
      const report = await runExample({ sql: '', files: { before: ALEMBIC_BEFORE, head: { ...ALEMBIC_BEFORE, 'alembic/versions/4d5e6f_events.py': revision } } }, RULES, ON);
      const mine = report.findings.filter((f) => HYGIENE.includes(f.rule));
      expect(mine.map((f) => `${f.rule}:${f.line}`)).toEqual(['prefer-timestamptz:10']);
      expect(mine[0].message).toContain('users.seen_at');
    });
  });

  it('judge only what a pull request writes in a realistic history', async () => {
    const base = {
      'migrations/001_init.sql': `CREATE TABLE public.customers (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  email varchar(255) NOT NULL,
  created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE public.orders (
  id serial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES public.customers,
  code char(8),
  meta json
);
`,
      'migrations/002_order_status.sql': "ALTER TABLE public.orders ADD COLUMN status text NOT NULL DEFAULT 'new';\n",
    };
    const pr = {
      'migrations/003_invoices.sql': `-- Invoices, one per order.
CREATE TABLE public.invoices (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES public.orders (id),
  customer_id integer NOT NULL REFERENCES public.customers (id),
  number varchar(32) NOT NULL,
  currency char(3) NOT NULL,
  issued_at timestamp NOT NULL,
  payload jsonb,
  lines json
);

CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_order_id_idx ON public.invoices (order_id);
`,
      'migrations/004_customer_note.sql': "SET lock_timeout = '5s';\nALTER TABLE customers ADD COLUMN IF NOT EXISTS note text;\n",
    };
    const report = await reviewPr(base, pr, ON);
    expect(found(report).filter((f) => HYGIENE.some((id) => f.startsWith(`${id}@`)))).toEqual([
      'ban-char-type@003_invoices.sql:2',
      'prefer-bigint-over-int@003_invoices.sql:2',
      'prefer-identity-over-serial@003_invoices.sql:2',
      'prefer-jsonb-over-json@003_invoices.sql:2',
      'prefer-robust-statements@003_invoices.sql:2',
      'prefer-text-over-varchar@003_invoices.sql:2',
      'prefer-timestamptz@003_invoices.sql:2',
      'require-table-schema@004_customer_note.sql:2',
    ]);
    const bigint = report.findings.find((f) => f.rule === 'prefer-bigint-over-int')!;
    expect(bigint.message).toContain('invoices.id (serial, primary key)');
    expect(bigint.message).toContain('invoices.customer_id is integer but references customers.id (bigint)');
    // orders.id is an old serial: a reference of the same type is not this change's choice.
    expect(bigint.message).not.toContain('order_id');
    expect(bigint.replacement).toContain('customer_id bigint NOT NULL');
    expect(bigint.replacement).toContain('order_id integer NOT NULL');
  });
});
