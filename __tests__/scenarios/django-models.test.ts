import { found, reviewPr } from '../helpers/review.js';

// A Django shop: a custom user model (accounts), a catalog whose models live in a models/ package,
// and orders (label `store`) with an abstract base, foreign keys across apps and a many-to-many field.
const ACCOUNTS_MODELS = `from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A customer or a member of staff."""

    display_name = models.CharField(max_length=80, blank=True)

    def __str__(self):
        return self.display_name or self.username
`;

const ORDERS_MODELS = `from django.conf import settings
from django.db import models

from catalog.models import Product


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Order(TimeStamped):
    class Status(models.TextChoices):
        NEW = 'new', 'New'
        PAID = 'paid', 'Paid'

    customer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='orders')
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    total = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        ordering = ['-created_at']


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name='lines')
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    quantity = models.PositiveIntegerField(default=1)
`;

const CATALOG_PRODUCT = `from django.db import models

from .category import Category


class Product(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    categories = models.ManyToManyField(Category, blank=True)

    def __str__(self):
        return self.name
`;

const BASE = {
  'manage.py': 'import os\n',
  'shop/settings.py': `AUTH_USER_MODEL = 'accounts.User'
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
    }
}
`,
  'accounts/models.py': ACCOUNTS_MODELS,
  'accounts/migrations/__init__.py': '',
  'accounts/migrations/0001_initial.py': `import django.contrib.auth.models
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.CreateModel(
            name='User',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('password', models.CharField(max_length=128, verbose_name='password')),
                ('last_login', models.DateTimeField(blank=True, null=True, verbose_name='last login')),
                ('username', models.CharField(max_length=150, unique=True, verbose_name='username')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='email address')),
                ('is_staff', models.BooleanField(default=False, verbose_name='staff status')),
                ('display_name', models.CharField(blank=True, max_length=80)),
            ],
            managers=[
                ('objects', django.contrib.auth.models.UserManager()),
            ],
        ),
    ]
`,
  'catalog/models/__init__.py': 'from .category import Category\nfrom .product import Product\n',
  'catalog/models/category.py': `from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
`,
  'catalog/models/product.py': CATALOG_PRODUCT,
  'catalog/migrations/__init__.py': '',
  'catalog/migrations/0001_initial.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='Category',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100)),
                ('slug', models.SlugField(unique=True)),
            ],
        ),
        migrations.CreateModel(
            name='Product',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sku', models.CharField(max_length=32, unique=True)),
                ('name', models.CharField(max_length=200)),
                ('categories', models.ManyToManyField(blank=True, to='catalog.category')),
            ],
        ),
    ]
`,
  'orders/apps.py': `from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = 'orders'
    label = 'store'
`,
  'orders/models.py': ORDERS_MODELS,
  'orders/migrations/__init__.py': '',
  'orders/migrations/0001_initial.py': `from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ('catalog', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('status', models.CharField(choices=[('new', 'New'), ('paid', 'Paid')], default='new', max_length=10)),
                ('total', models.DecimalField(decimal_places=2, max_digits=10)),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='orders', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-created_at'],
            },
        ),
    ]
`,
  'orders/migrations/0002_orderline.py': `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [
        ('catalog', '0001_initial'),
        ('store', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='OrderLine',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('quantity', models.PositiveIntegerField(default=1)),
                ('order', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='lines', to='store.order')),
                ('product', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='catalog.product')),
            ],
        ),
    ]
`,
};

function migration(deps: [string, string][], operations: string): string {
  return `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [
${deps.map(([a, n]) => `        ('${a}', '${n}'),`).join('\n')}
    ]

    operations = [
${operations}
    ]
`;
}

const ORDER_NOTE = "    note = models.TextField(blank=True, default='')\n";
const ordersWithNote = ORDERS_MODELS.replace('    total = models.DecimalField(max_digits=10, decimal_places=2)\n', `    total = models.DecimalField(max_digits=10, decimal_places=2)\n${ORDER_NOTE}`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('Django models against their migrations', () => {
  it('stays quiet on a feature PR whose migrations match the models in every app', async () => {
    const report = await reviewPr(BASE, {
      'orders/models.py': ordersWithNote.replace("related_name='lines')", "related_name='lines')\n    unit_price = models.DecimalField(max_digits=10, decimal_places=2, null=True)"),
      'orders/migrations/0003_order_note_orderline_unit_price.py': migration(
        [['store', '0002_orderline']],
        `        migrations.AddField(model_name='order', name='note', field=models.TextField(blank=True, default='')),
        migrations.AddField(model_name='orderline', name='unit_price', field=models.DecimalField(decimal_places=2, max_digits=10, null=True)),`,
      ),
      'catalog/models/product.py': CATALOG_PRODUCT.replace('    name = models.CharField(max_length=200)\n', "    name = models.CharField(max_length=200, help_text='Shown in the shop')\n    barcode = models.CharField(max_length=13, null=True, db_index=True)\n"),
      'catalog/migrations/0002_product_barcode.py': migration([['catalog', '0001_initial']], "        migrations.AddField(model_name='product', name='barcode', field=models.CharField(db_index=True, max_length=13, null=True)),"),
    });
    expect(report.sets).toEqual([expect.objectContaining({ format: 'django', dialect: 'postgresql', files: 6 })]);
    // Other rules judge the migrations themselves (the index on barcode, the lock of AddField).
    expect(found(report).filter((f) => f.startsWith('missing-migration'))).toEqual([]);
    expect(found(report)).toContain('create-index-non-concurrently@0002_product_barcode.py:11');
  });

  it('reports a field added to the custom user model when only another app gets a migration', async () => {
    const accounts = ACCOUNTS_MODELS.replace("    display_name = models.CharField(max_length=80, blank=True)\n", "    display_name = models.CharField(max_length=80, blank=True)\n    phone = models.CharField(max_length=20, blank=True, default='')\n");
    const report = await reviewPr(BASE, {
      'accounts/models.py': accounts,
      'orders/models.py': ordersWithNote,
      'orders/migrations/0003_order_note.py': migration([['store', '0002_orderline']], "        migrations.AddField(model_name='order', name='note', field=models.TextField(blank=True, default='')),"),
    });
    // AddField(default='') of a NOT NULL field: Django drops the default again (add-required-column, issue 10).
    expect(found(report)).toEqual(['add-required-column@0003_order_note.py:11', `missing-migration@models.py:${lineOf(accounts, 'class User')}`]);
    const [f] = report.findings.filter((x) => x.rule === 'missing-migration');
    expect(f.file).toBe('accounts/models.py');
    expect(f.message).toBe(
      'The models of accounts changed (User) but this pull request adds no migration to accounts/migrations: the deployed code will use columns the database does not have. No migration adds accounts.User.phone (column phone).',
    );
  });

  it('reports a hand-written migration that adds another field than the model declares, under the app label', async () => {
    const orders = ORDERS_MODELS.replace('    total =', "    channel = models.CharField(max_length=10, default='web')\n    total =");
    const report = await reviewPr(BASE, {
      'orders/models.py': orders,
      'orders/migrations/0003_order_channel.py': migration([['store', '0002_orderline']], "        migrations.AddField(model_name='order', name='chanel', field=models.CharField(default='web', max_length=10)),"),
    });
    expect(found(report)).toEqual(['add-required-column@0003_order_channel.py:11', `missing-migration@models.py:${lineOf(orders, 'class Order(')}`, `missing-migration@models.py:${lineOf(orders, 'channel =')}`]);
    expect(report.findings.filter((f) => f.rule === 'missing-migration').map((f) => f.message)).toEqual([
      expect.stringMatching(/^The migrations create store.Order.chanel \(column chanel, NOT NULL without a database default\), which the model does not declare/),
      expect.stringMatching(/^No migration adds store.Order.channel \(column channel\)/),
    ]);
  });

  it('reports a new model in the catalog package that __init__ imports, when the migration forgets it', async () => {
    const report = await reviewPr(BASE, {
      'catalog/models/__init__.py': `${BASE['catalog/models/__init__.py']}from .brand import Brand\n`,
      'catalog/models/brand.py': 'from django.db import models\n\n\nclass Brand(models.Model):\n    name = models.CharField(max_length=100)\n',
      'catalog/models/product.py': CATALOG_PRODUCT.replace('    categories =', '    brand = models.ForeignKey(\'Brand\', null=True, on_delete=models.SET_NULL)\n    categories ='),
      'catalog/migrations/0002_product_brand.py': migration([['catalog', '0001_initial']], "        migrations.AddField(model_name='product', name='weight', field=models.IntegerField(null=True)),"),
    });
    expect(report.findings.filter((f) => f.rule === 'missing-migration').map((f) => [f.file, f.line, f.message.split(':')[0]])).toEqual([
      ['catalog/models/brand.py', 4, 'No migration creates catalog.Brand (table catalog_brand)'],
      ['catalog/models/product.py', 6, 'The migrations create catalog.Product.weight (column weight), which the model does not declare'],
      ['catalog/models/product.py', 9, 'No migration adds catalog.Product.brand (column brand_id)'],
    ]);
  });

  it('stays quiet when a field is removed together with its migration, while drop-column judges the migration', async () => {
    const report = await reviewPr(BASE, {
      'orders/models.py': ORDERS_MODELS.replace("    updated_at = models.DateTimeField(auto_now=True)\n", ''),
      'orders/migrations/0003_remove_order_updated_at.py': migration([['store', '0002_orderline']], "        migrations.RemoveField(model_name='order', name='updated_at'),"),
    });
    expect(found(report).filter((f) => f.startsWith('missing-migration'))).toEqual([]);
    expect(found(report)).toContain('drop-column@0003_remove_order_updated_at.py:11');
  });
});
