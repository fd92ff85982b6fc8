import type { Dialect } from '../../src/model/dialect.js';
import { GOLDEN_HISTORIES } from './golden-histories.js';

/**
 * Pull requests on real-looking histories for the replay cache (analyze/replay-cache.test.ts):
 * each gives the files at base and at head, so a pull request can change or delete an old
 * migration too (the history both commits share then ends before it).
 */
export interface SnapshotCase {
  name: string;
  base: Record<string, string>;
  head: Record<string, string>;
  dialect?: Dialect;
  /** A finding the report must hold, so the case shows that what the rule reads from the history survives. */
  expects?: string;
}

const PG = GOLDEN_HISTORIES.find((h) => h.name === 'postgresql-pr')!;
const pgHead = { ...PG.base, ...PG.pr };

/** An IMMUTABLE function that reads the clock, created early in the history; the PR indexes on it. */
const FUNCTION = "CREATE FUNCTION age_of(t timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM now() - t)::integer $$;\n";

/** An IMMUTABLE function of the history and an index built on it, which a later body leaves with stale entries. */
const NORMALIZE = "CREATE FUNCTION normalized(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;\nCREATE TABLE people (id int PRIMARY KEY, name text);\nCREATE INDEX people_normalized ON people (normalized(name));\n";

function without(files: Record<string, string>, path: string): Record<string, string> {
  const out = { ...files };
  delete out[path];
  return out;
}

// ---------------------------------------------------------------- Django

function djangoStep(i: number): string {
  const prev = i === 1 ? '' : `('shop', '${name(i - 1)}')`;
  const ops: string[] = [];
  if (i === 1) {
    ops.push("migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(primary_key=True)), ('status', models.CharField(max_length=20, null=True))])");
  } else if (i === 2) {
    // The key of the join table Django creates is the project's DEFAULT_AUTO_FIELD.
    ops.push("migrations.CreateModel(name='Item', fields=[('id', models.AutoField(primary_key=True, serialize=False)), ('orders', models.ManyToManyField(to='shop.order'))])");
  } else if (i === 3) {
    ops.push(`migrations.RunSQL(${JSON.stringify(FUNCTION.replace('t timestamptz', 's text').replace('now() - t', 'now()'))}, reverse_sql='DROP FUNCTION age_of(text);')`);
  } else {
    ops.push(`migrations.AddField(model_name='order', name='f${i}', field=models.IntegerField(null=True))`);
    ops.push(`migrations.AddIndex(model_name='order', index=models.Index(fields=['f${i}'], name='order_f${i}_idx'))`);
    if (i % 4 === 0) ops.push(`migrations.AlterField(model_name='order', name='f${i - 2}', field=models.BigIntegerField(null=True))`);
    if (i % 5 === 0) ops.push(`migrations.RemoveIndex(model_name='order', name='order_f${i - 1}_idx')`);
  }
  return `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [${prev}]

    operations = [
${ops.map((o) => `        ${o},`).join('\n')}
    ]
`;
}

function name(i: number): string {
  return i === 1 ? '0001_initial' : `${String(i).padStart(4, '0')}_step`;
}

function django(from: number, to: number): Record<string, string> {
  const out: Record<string, string> = { 'shop/migrations/__init__.py': '' };
  for (let i = from; i <= to; i++) out[`shop/migrations/${name(i)}.py`] = djangoStep(i);
  return out;
}

const DJANGO_PR = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0012_step')]

    operations = [
        migrations.RunSQL('CREATE INDEX shop_order_age ON shop_order (age_of(status));', reverse_sql='DROP INDEX shop_order_age;'),
        migrations.AddField(model_name='order', name='total', field=models.IntegerField()),
        migrations.RemoveField(model_name='order', name='f8'),
    ]
`;

// ---------------------------------------------------------------- Alembic

function alembicStep(i: number): string {
  const body: string[] = [];
  if (i === 1) body.push("op.create_table('users', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('email', sa.String(255)), sa.Column('created', sa.DateTime(timezone=True)))");
  else if (i === 2) body.push(`op.execute(${JSON.stringify(FUNCTION)})`);
  else {
    body.push(`op.add_column('users', sa.Column('c${i}', sa.Integer(), nullable=True))`);
    body.push(`op.create_index('ix_users_c${i}', 'users', ['c${i}'])`);
    if (i % 3 === 0) body.push(`op.alter_column('users', 'c${i - 1}', type_=sa.BigInteger())`);
    if (i % 4 === 0) body.push(`op.drop_index('ix_users_c${i - 2}', table_name='users')`);
  }
  return `"""step ${i}"""
from alembic import op
import sqlalchemy as sa

revision = 'r${i}'
down_revision = ${i === 1 ? 'None' : `'r${i - 1}'`}


def upgrade():
${body.map((b) => `    ${b}`).join('\n')}


def downgrade():
    pass
`;
}

function alembic(from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = from; i <= to; i++) out[`alembic/versions/${String(i).padStart(4, '0')}_step.py`] = alembicStep(i);
  return out;
}

const ALEMBIC_PR = `"""pr"""
from alembic import op
import sqlalchemy as sa

revision = 'r13'
down_revision = 'r12'


def upgrade():
    op.execute('CREATE INDEX ix_users_age ON users (age_of(created))')
    op.drop_column('users', 'c7')


def downgrade():
    pass
`;

// ---------------------------------------------------------------- cases

export const SNAPSHOT_CASES: SnapshotCase[] = [
  ...GOLDEN_HISTORIES.map((h) => ({ name: h.name, base: h.base, head: { ...h.base, ...h.pr }, dialect: h.dialect })),
  {
    name: 'a PR that changes an old migration (the shared history ends before it) and adds one',
    base: PG.base,
    head: { ...pgHead, 'db/migrations/0010_step.sql': `${PG.base['db/migrations/0010_step.sql']}ALTER TABLE t9 DROP COLUMN c10;\n` },
  },
  {
    name: 'a PR that deletes an old migration',
    base: pgHead,
    head: without(pgHead, 'db/migrations/0020_step.sql'),
  },
  {
    name: 'a function of an old SQL migration that the PR indexes on',
    base: { 'db/migrations/0000_function.sql': FUNCTION, ...PG.base },
    head: { 'db/migrations/0000_function.sql': FUNCTION, ...PG.base, 'db/migrations/0041_step.sql': 'CREATE INDEX t40_age_idx ON t40 (age_of(created_at));\n' },
    expects: 'immutable-function-calls-volatile',
  },
  {
    name: 'a function of an old SQL migration, indexed on there, whose body the PR replaces',
    base: { 'db/migrations/0000_function.sql': NORMALIZE, ...PG.base },
    head: { 'db/migrations/0000_function.sql': NORMALIZE, ...PG.base, 'db/migrations/0041_step.sql': NORMALIZE.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace('lower(', 'upper(').split('\n')[0] + '\n' },
    expects: 'immutable-function-calls-volatile',
  },
  { name: 'Django', base: django(1, 12), head: { ...django(1, 12), 'shop/migrations/0013_pr.py': DJANGO_PR }, expects: 'immutable-function-calls-volatile' },
  {
    name: 'Django, a PR that changes an old migration',
    base: django(1, 12),
    head: { ...django(1, 12), 'shop/migrations/0006_step.py': djangoStep(6).replace("name='f6'", "name='g6'").replace("fields=['f6']", "fields=['g6']"), 'shop/migrations/0013_pr.py': DJANGO_PR },
  },
  {
    // The PR changes no migration of the history, yet every one reads differently: the shared history is empty.
    name: 'Django, a PR that changes DEFAULT_AUTO_FIELD',
    base: { ...django(1, 12), 'mysite/settings.py': "DEFAULT_AUTO_FIELD = 'django.db.models.AutoField'\n" },
    head: { ...django(1, 12), 'mysite/settings.py': "DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'\n", 'shop/migrations/0013_pr.py': DJANGO_PR },
  },
  { name: 'Alembic', base: alembic(1, 12), head: { ...alembic(1, 12), 'alembic/versions/0013_pr.py': ALEMBIC_PR }, expects: 'immutable-function-calls-volatile' },
  { name: 'Alembic, a PR that deletes an old revision', base: alembic(1, 12), head: { ...without(alembic(1, 12), 'alembic/versions/0012_step.py'), 'alembic/versions/0013_pr.py': ALEMBIC_PR.replace("'r12'", "'r11'") } },
];

/** The pull request's file changes between two trees given as path → content. */
export function changesBetween(base: Record<string, string>, head: Record<string, string>): { path: string; status: 'added' | 'modified' | 'deleted' }[] {
  const out: { path: string; status: 'added' | 'modified' | 'deleted' }[] = [];
  for (const [path, text] of Object.entries(head)) if (base[path] !== text) out.push({ path, status: path in base ? 'modified' : 'added' });
  for (const path of Object.keys(base)) if (!(path in head)) out.push({ path, status: 'deleted' });
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
