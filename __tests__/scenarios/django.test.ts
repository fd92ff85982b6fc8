import { found, reviewPr } from '../helpers/review.js';

// A Django project with two apps (a custom user model and a shop that depends on it).
const BASE = {
  'manage.py': 'import os\n',
  'mysite/settings.py': `AUTH_USER_MODEL = 'accounts.User'
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
    }
}
`,
  'accounts/apps.py': `from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = 'accounts'
`,
  'accounts/migrations/__init__.py': '',
  'accounts/migrations/0001_initial.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='User',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('email', models.EmailField(max_length=254, unique=True)),
                ('name', models.CharField(max_length=100)),
            ],
        ),
    ]
`,
  'shop/apps.py': `from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = 'shop'
    label = 'store'
`,
  'shop/migrations/0001_initial.py': `from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('total', models.DecimalField(decimal_places=2, max_digits=10)),
                ('note', models.TextField(blank=True)),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
        ),
    ]
`,
};

describe('Django pull requests', () => {
  it('detects one set for the project, in graph order, on PostgreSQL from settings', async () => {
    const report = await reviewPr(BASE, {
      'shop/migrations/0002_order_status.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ('store', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='status',
            field=models.CharField(default='new', max_length=20),
        ),
        migrations.AddField(
            model_name='order',
            name='shipped_at',
            field=models.DateTimeField(null=True),
        ),
    ]
`,
    });
    expect(report.sets).toEqual([expect.objectContaining({ format: 'django', dialect: 'postgresql', dialectSource: 'settings', files: 3 })]);
    // AddField(default='new') of a NOT NULL field: Django drops the default again (issue 10).
    expect(found(report)).toEqual(['add-required-column@0002_order_status.py:10']);
  });

  it('finds the risks of a dangerous migration on their lines', async () => {
    const report = await reviewPr(BASE, {
      'shop/migrations/0002_risky.py': `from django.db import migrations, models


def backfill(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ('store', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='region',
            field=models.CharField(max_length=20),
        ),
        migrations.RemoveField(
            model_name='order',
            name='note',
        ),
        migrations.AddIndex(
            model_name='order',
            index=models.Index(fields=['total'], name='store_order_total_idx'),
        ),
        migrations.RunPython(backfill),
    ]
`,
    });
    expect(found(report)).toEqual([
      'add-required-column@0002_risky.py:14',
      'drop-column@0002_risky.py:19',
      'create-index-non-concurrently@0002_risky.py:23',
      'irreversible-migration@0002_risky.py:27',
      'lock-timeout-missing@0002_risky.py:14',
      'opaque-code-migration@0002_risky.py:27',
    ].sort());
  });

  it('reports AddField of a NOT NULL field with a default (or blank=True): Django adds it with the default, then drops the default (issue 10)', async () => {
    const report = await reviewPr(BASE, {
      'shop/migrations/0002_flag.py': migration([['store', '0001_initial']], `        migrations.AddField(
            model_name='order',
            name='paid',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='order',
            name='coupon',
            field=models.CharField(blank=True, max_length=20),
        ),`),
    });
    expect(found(report)).toEqual(['add-required-column@0002_flag.py:10', 'add-required-column@0002_flag.py:15']);
    // The rollback knows Django's table and column names.
    expect(report.rollback).toContain('ALTER TABLE store_order DROP COLUMN paid;');
  });

  it('flags AddIndexConcurrently in an atomic migration, and not with atomic = False', async () => {
    const op = `        AddIndexConcurrently(
            model_name='order',
            index=models.Index(fields=['total'], name='store_order_total_idx'),
        ),`;
    const atomic = await reviewPr(BASE, { 'shop/migrations/0002_idx.py': migration([['store', '0001_initial']], op, 'from django.contrib.postgres.operations import AddIndexConcurrently\n') });
    expect(found(atomic)).toEqual(['concurrently-in-transaction@0002_idx.py:11']);
    expect(atomic.findings[0].fix).toContain('atomic = False');
    const nonAtomic = await reviewPr(BASE, { 'shop/migrations/0002_idx.py': migration([['store', '0001_initial']], op, 'from django.contrib.postgres.operations import AddIndexConcurrently\n', '    atomic = False\n') });
    expect(found(nonAtomic)).toEqual([]);
  });

  it('replays in graph order when file names sort differently, across apps', async () => {
    // accounts.0002 depends on store.0002, which adds the column accounts.0002 indexes.
    const report = await reviewPr(BASE, {
      'shop/migrations/0002_order_ref.py': migration([['store', '0001_initial']], `        migrations.AddField(model_name='order', name='ref', field=models.CharField(max_length=20, null=True)),`),
      'accounts/migrations/0002_user_ref.py': migration([['accounts', '0001_initial'], ['store', '0002_order_ref']], `        migrations.RunSQL(
            "CREATE INDEX CONCURRENTLY store_order_ref ON store_order (ref);",
            reverse_sql="DROP INDEX store_order_ref;",
        ),`, '', '    atomic = False\n'),
    });
    expect(report.sets[0]).toEqual(expect.objectContaining({ files: 4 }));
    // Without the graph, accounts.0002 would run before the column exists and replay would not know it.
    expect(found(report)).toEqual([]);
  });

  it('reports two leaf migrations in one app', async () => {
    const base = { ...BASE, 'shop/migrations/0002_a.py': migration([['store', '0001_initial']], `        migrations.AddField(model_name='order', name='a', field=models.IntegerField(null=True)),`) };
    const report = await reviewPr(base, {
      'shop/migrations/0002_b.py': migration([['store', '0001_initial']], `        migrations.AddField(model_name='order', name='b', field=models.IntegerField(null=True)),`),
    });
    expect(found(report)).toEqual(['migration-order-conflict@0002_b.py:1']);
    expect(report.findings[0].message).toContain('Conflicting migrations detected');
  });

  it('reports models changed without a migration, and stays quiet for help_text and methods', async () => {
    const models = `from django.db import models


class Order(models.Model):
    total = models.DecimalField(max_digits=10, decimal_places=2)
    note = models.TextField(blank=True)

    def __str__(self):
        return str(self.pk)
`;
    const base = { ...BASE, 'shop/models.py': models };
    const changed = await reviewPr(base, { 'shop/models.py': models.replace('    note =', "    status = models.CharField(max_length=20, default='new')\n    note =") });
    expect(found(changed)).toEqual(['missing-migration@models.py:4']);
    const cosmetic = await reviewPr(base, { 'shop/models.py': models.replace('blank=True)', 'blank=True, help_text="Shown on the invoice")').replace('str(self.pk)', 'f"#{self.pk}"') });
    expect(found(cosmetic)).toEqual([]);
  });

  it('honours # migra:ignore above an operation', async () => {
    const report = await reviewPr(BASE, {
      'shop/migrations/0002_drop.py': migration([['store', '0001_initial']], `        # migra:ignore drop-column reason: the note column was never used
        migrations.RemoveField(model_name='order', name='note'),`),
    });
    expect(found(report)).toEqual([]);
    expect(report.acknowledged.map((f) => f.rule)).toEqual(['drop-column']);
  });
});

function migration(deps: [string, string][], operations: string, imports = '', extra = ''): string {
  return `from django.db import migrations, models
${imports}

class Migration(migrations.Migration):
${extra}    dependencies = [
${deps.map(([a, n]) => `        ('${a}', '${n}'),`).join('\n')}
    ]

    operations = [
${operations}
    ]
`;
}
