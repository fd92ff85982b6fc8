import type { RuleExample } from '../rule.js';

/** Histories the Django and Alembic rules' examples start from. */

export const DJANGO_BEFORE = {
  'shop/migrations/0001_initial.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(primary_key=True)),
                ('status', models.CharField(max_length=20, null=True)),
            ],
        ),
    ]
`,
};

export const ALEMBIC_BEFORE = {
  'alembic/versions/1a2b3c_users.py': `"""users"""
from alembic import op
import sqlalchemy as sa

revision = '1a2b3c'
down_revision = None


def upgrade():
    op.create_table('users', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('email', sa.String(255)))


def downgrade():
    op.drop_table('users')
`,
};

/** A Django data migration of the example app whose only operation is `operation`. */
export function backfillMigration(operation: string): string {
  return `from django.db import migrations


def backfill(apps, schema_editor):
    apps.get_model('shop', 'Order').objects.filter(status__isnull=True).update(status='new')


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
        ${operation},
    ]
`;
}

/**
 * A pull request adding one migration to the example Django app: `operations` go into its list,
 * after the imports most field definitions need.
 */
export function djangoChange(operations: string, name = '0002_change'): RuleExample {
  const migration = `import uuid
from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
        ${operations},
    ]
`;
  return { sql: '', files: { before: { 'manage.py': '', ...DJANGO_BEFORE }, head: { 'manage.py': '', ...DJANGO_BEFORE, [`shop/migrations/${name}.py`]: migration } } };
}
