import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { readModelsModule } from '../../src/frontends/python/django-models.js';

const ID = 'missing-migration';

const MODELS = `from django.db import models


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Customer(TimeStamped):
    email = models.EmailField(unique=True)
    name = models.CharField(max_length=100, help_text='Full name')


class Tag(models.Model):
    label = models.CharField(max_length=30)


class Order(TimeStamped):
    STATUSES = [('new', 'New'), ('paid', 'Paid')]

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    code = models.CharField(max_length=20, db_column='order_code')
    status = models.CharField(max_length=10, choices=STATUSES, default='new')
    total = models.DecimalField(max_digits=10, decimal_places=2)
    note = models.TextField(null=True, blank=True)
    tags = models.ManyToManyField(Tag, blank=True)

    def __str__(self):
        return self.code
`;

const INITIAL = `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='Customer',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('email', models.EmailField(max_length=254, unique=True)),
                ('name', models.CharField(help_text='Full name', max_length=100)),
            ],
            options={'abstract': False},
        ),
        migrations.CreateModel(
            name='Tag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.CharField(max_length=30)),
            ],
        ),
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('code', models.CharField(db_column='order_code', max_length=20)),
                ('status', models.CharField(choices=[('new', 'New'), ('paid', 'Paid')], default='new', max_length=10)),
                ('total', models.DecimalField(decimal_places=2, max_digits=10)),
                ('note', models.TextField(blank=True, null=True)),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer')),
                ('tags', models.ManyToManyField(blank=True, to='shop.tag')),
            ],
            options={'abstract': False},
        ),
    ]
`;

const BASE = { 'shop/models.py': MODELS, 'shop/migrations/0001_initial.py': INITIAL };

/** A migration of the shop app after 0001 with these operations. */
function migration(ops: string, extra = ''): string {
  return `from django.db import migrations, models
import django.db.models.deletion
${extra}

class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
${ops}
    ]
`;
}

const addField = (model: string, name: string, field: string) => `        migrations.AddField(model_name='${model}', name='${name}', field=${field}),`;
/** An unrelated migration of the app, so the app counts as "got a migration". */
const UNRELATED = { 'shop/migrations/0002_tag_color.py': migration(addField('tag', 'color', "models.CharField(max_length=7, default='#000')")) };
const TAG_COLOR = "    label = models.CharField(max_length=30)\n    color = models.CharField(max_length=7, default='#000')\n";
/** MODELS with the unrelated migration's field declared too, and `edit` applied. */
const withColor = (text: string) => text.replace('    label = models.CharField(max_length=30)\n', TAG_COLOR);

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function hits(before: Record<string, string>, pr: Record<string, string>): Promise<Finding[]> {
  const report = await runExample({ sql: '', files: { before, head: { ...before, ...pr } } }, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('missing-migration', () => {
  describe('models changed and no migration added (part 1)', () => {
    it('reports the changed model once, at its class, with what no migration makes', async () => {
      const models = MODELS.replace('    total =', "    coupon = models.ForeignKey('Coupon', null=True, on_delete=models.SET_NULL)\n    total =").replace('class Tag(', "class Coupon(models.Model):\n    code = models.CharField(max_length=20)\n\n\nclass Tag(");
      const [f, ...rest] = await hits(BASE, { 'shop/models.py': models });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', file: 'shop/models.py', line: lineOf(models, 'class Coupon') });
      expect(f.message).toBe(
        'The models of shop changed (Coupon, Order) but this pull request adds no migration to shop/migrations: the deployed code will use columns the database does not have. No migration creates shop.Coupon (table shop_coupon); no migration adds shop.Order.coupon (column coupon_id).',
      );
    });

    it('merges a removed field into the same finding', async () => {
      const models = MODELS.replace("    note = models.TextField(null=True, blank=True)\n", '').replace('    total =', '    paid_at = models.DateTimeField(null=True)\n    total =');
      const [f, ...rest] = await hits(BASE, { 'shop/models.py': models });
      expect(rest).toEqual([]);
      expect(f.line).toBe(lineOf(models, 'class Order'));
      expect(f.message).toContain('No migration adds shop.Order.paid_at (column paid_at); the migrations create shop.Order.note (column note), which the model does not declare.');
    });

    it('reports a garbled models.py honestly, without throwing', async () => {
      const models = MODELS.replace('    total = models.DecimalField(max_digits=10, decimal_places=2)', '    total = models.DecimalField(max_digits=10, decimal_places=2\n    broken = = (');
      const found = await hits(BASE, { 'shop/models.py': models });
      expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^The models of shop changed \(Order\) but this pull request adds no migration/)]);
    });
  });

  describe('the migrations disagree with the models (part 2)', () => {
    it('reports a field the model gains when the migration of the PR adds another one', async () => {
      const models = MODELS.replace('    total =', "    region = models.CharField(max_length=20, default='eu')\n    total =");
      const found = await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_order_area.py': migration(addField('order', 'area', "models.CharField(max_length=20, default='eu')")) });
      expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([
        [lineOf(models, 'class Order'), 'high', expect.stringMatching(/^The migrations create shop.Order.area \(column area, NOT NULL without a database default\), which the model does not declare: Django leaves it out of its INSERTs, so every new shop.Order row fails/)],
        [lineOf(models, 'region ='), 'high', 'No migration adds shop.Order.region (column region): Django selects every field of a model, so every query on shop.Order fails until a migration adds the column.'],
      ]);
      expect(found[0].fix).toMatch(/^The migration of this pull request does not match the models: regenerate it with `python manage.py makemigrations shop`/);
      expect(found[1].fix).toContain('makemigrations shop');
    });

    it('names the _id column of a foreign key, the db_column of a field and the join table of a many-to-many field', async () => {
      const models = withColor(MODELS).replace('    total =', "    coupon = models.OneToOneField(Customer, null=True, on_delete=models.SET_NULL, related_name='+')\n    ref = models.CharField(max_length=10, null=True, db_column='order_ref')\n    labels = models.ManyToManyField(Tag, related_name='+')\n    total =");
      const [f, ...rest] = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(rest).toEqual([]);
      expect(f.line).toBe(lineOf(models, 'coupon ='));
      expect(f.message).toBe('No migration adds shop.Order.coupon (column coupon_id); no migration adds shop.Order.ref (column order_ref); no migration adds shop.Order.labels (join table shop_order_labels): Django selects every field of a model, so every query on shop.Order fails until a migration adds the column.');
    });

    it('reports a new model no migration creates, at its class, with its table', async () => {
      const models = `${withColor(MODELS)}

class Invoice(models.Model):
    number = models.CharField(max_length=20)

    class Meta:
        db_table = 'billing_invoice'
`;
      const [f, ...rest] = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: lineOf(models, 'class Invoice'), severity: 'high' });
      expect(f.message).toBe('No migration creates shop.Invoice (table billing_invoice): every query on shop.Invoice fails until a migration creates its table.');
    });

    it('reports a field removed from the model that the migrations keep: high when NOT NULL, medium when nullable', async () => {
      const models = withColor(MODELS).replace("    note = models.TextField(null=True, blank=True)\n", '').replace("    code = models.CharField(max_length=20, db_column='order_code')\n", '');
      const [f, ...rest] = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: lineOf(models, 'class Order'), severity: 'high' });
      expect(f.fix).toMatch(/make it nullable \(or give it a db_default\)/);
      expect(f.message).toMatch(/^The migrations create shop.Order.code \(column order_code, NOT NULL without a database default\), which the model does not declare; the migrations create shop.Order.note \(column note\), which the model does not declare: Django leaves it out/);
      const nullable = await hits(BASE, { 'shop/models.py': withColor(MODELS).replace("    note = models.TextField(null=True, blank=True)\n", ''), ...UNRELATED });
      expect(nullable.map((x) => [x.severity, x.message])).toEqual([['medium', 'The migrations create shop.Order.note (column note), which the model does not declare: Django does not read or write it, and the next makemigrations generates its removal.']]);
    });

    it('reports a model class removed while the migrations keep its table', async () => {
      const models = withColor(MODELS).replace("    tags = models.ManyToManyField(Tag, blank=True)\n", '').replace(/class Tag\(models.Model\):\n[^\n]*\n[^\n]*\n\n\n/, '');
      const found = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([
        [1, 'medium', expect.stringMatching(/^The migrations create shop.Tag \(table shop_tag\), which the models do not declare/)],
        [lineOf(models, 'class Order'), 'medium', expect.stringMatching(/^The migrations create shop.Order.tags \(join table shop_order_tags\), which the model does not declare/)],
      ]);
    });

    it('reports a field added to an abstract base on every model that inherits it without a migration', async () => {
      const models = MODELS.replace('    created_at = models.DateTimeField(auto_now_add=True)\n', '    created_at = models.DateTimeField(auto_now_add=True)\n    updated_at = models.DateTimeField(auto_now=True)\n');
      const found = await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_updated_at.py': migration(addField('customer', 'updated_at', 'models.DateTimeField(auto_now=True)')) });
      expect(found.map((f) => [f.line, f.message])).toEqual([[lineOf(models, 'updated_at ='), expect.stringMatching(/^No migration adds shop.Order.updated_at \(column updated_at\)/)]]);
    });

    it('reports column options the migrations do not apply, at medium', async () => {
      const models = withColor(MODELS).replace("max_length=20, db_column='order_code'", "max_length=40, db_column='order_code', unique=True").replace('models.TextField(null=True, blank=True)', 'models.CharField(max_length=200, null=True, blank=True)').replace('max_digits=10', 'max_digits=12');
      const [f, ...rest] = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'medium', line: lineOf(models, 'code =') });
      expect(f.message).toBe(
        'The model declares shop.Order.code with unique=True and max_length=40, the migrations with unique=False and max_length=20; the model declares shop.Order.total with max_digits=12, the migrations with max_digits=10; the model declares shop.Order.note as a CharField, the migrations as a TextField: the database keeps the old column definition, and the next makemigrations folds the change into an unrelated migration.',
      );
    });

    it('reports null, db_index and db_column changes', async () => {
      const models = withColor(MODELS).replace("db_column='order_code'", "db_column='code'").replace('models.TextField(null=True, blank=True)', 'models.TextField(blank=True)').replace('on_delete=models.CASCADE)', 'on_delete=models.CASCADE, db_index=False)');
      const [f] = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(f.message).toMatch(/^The model declares shop.Order.customer with db_index=False, the migrations with db_index=True; the model declares shop.Order.code with db_column='code', the migrations with db_column='order_code'; the model declares shop.Order.note with null=False, the migrations with null=True:/);
    });

    it('reports a Meta.db_table no migration applies', async () => {
      const models = withColor(MODELS).replace(TAG_COLOR, `${TAG_COLOR}\n    class Meta:\n        db_table = 'tags'\n`);
      const found = await hits(BASE, { 'shop/models.py': models, ...UNRELATED });
      expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([[lineOf(models, 'class Tag'), 'medium', expect.stringMatching(/^The model names the table of shop.Tag tags, the migrations shop_tag:/)]]);
    });

    it('reads a models/ package: the changed module, and a new module __init__ imports', async () => {
      const pkg = {
        'shop/models/__init__.py': 'from .customer import Customer\nfrom .order import Order, Tag\n',
        'shop/models/customer.py': `from django.db import models\n\nfrom .base import TimeStamped\n\n\n${MODELS.slice(MODELS.indexOf('class Customer'), MODELS.indexOf('class Tag'))}`,
        'shop/models/base.py': MODELS.slice(0, MODELS.indexOf('class Customer')),
        'shop/models/order.py': `from django.db import models\n\nfrom .base import TimeStamped\nfrom .customer import Customer\n\n\n${MODELS.slice(MODELS.indexOf('class Tag'))}`,
        'shop/migrations/0001_initial.py': INITIAL,
      };
      const order = withColor(pkg['shop/models/order.py']).replace('    total =', '    weight = models.IntegerField(null=True)\n    total =');
      const found = await hits(pkg, { 'shop/models/order.py': order, ...UNRELATED });
      expect(found.map((f) => [f.file, f.line, f.message])).toEqual([['shop/models/order.py', lineOf(order, 'weight ='), expect.stringMatching(/^No migration adds shop.Order.weight \(column weight\)/)]]);
      const invoice = 'from django.db import models\n\n\nclass Invoice(models.Model):\n    number = models.CharField(max_length=20)\n';
      const imported = await hits(pkg, { 'shop/models/invoice.py': invoice, 'shop/models/__init__.py': `${pkg['shop/models/__init__.py']}from .invoice import Invoice\n`, 'shop/models/order.py': withColor(pkg['shop/models/order.py']), ...UNRELATED });
      expect(imported.map((f) => [f.file, f.line, f.message])).toEqual([['shop/models/invoice.py', 4, expect.stringMatching(/^No migration creates shop.Invoice \(table shop_invoice\)/)]]);
      // Without the import Django never loads the module, so no migration is owed.
      const notImported = await hits(pkg, { 'shop/models/invoice.py': invoice, 'shop/models/order.py': withColor(pkg['shop/models/order.py']), ...UNRELATED });
      expect(notImported).toEqual([]);
    });
  });

  describe('stays quiet', () => {
    it('when the migration of the PR adds exactly what the model gains (a foreign key, a many-to-many field, a model)', async () => {
      const models = `${MODELS.replace('    total =', "    coupon = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL, related_name='+')\n    labels = models.ManyToManyField(Tag, related_name='+')\n    total =")}

class Invoice(models.Model):
    order = models.OneToOneField(Order, on_delete=models.PROTECT)
    number = models.CharField(max_length=20, unique=True)
`;
      const ops = [
        addField('order', 'coupon', "models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='shop.customer')"),
        addField('order', 'labels', "models.ManyToManyField(related_name='+', to='shop.tag')"),
        `        migrations.CreateModel(
            name='Invoice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.CharField(max_length=20, unique=True)),
                ('order', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, to='shop.order')),
            ],
        ),`,
      ].join('\n');
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_invoice.py': migration(ops) })).toEqual([]);
    });

    it('when only help_text, verbose_name, choices or methods change, with or without a migration', async () => {
      const models = MODELS.replace("help_text='Full name'", "help_text='Given and family name', verbose_name='full name'")
        .replace("STATUSES = [('new', 'New'), ('paid', 'Paid')]", "STATUSES = [('paid', 'Paid'), ('new', 'New')]")
        .replace("choices=STATUSES, default='new'", "choices=STATUSES, default='new', help_text='Workflow state'")
        .replace('return self.code', 'return f"#{self.code}"');
      expect(await hits(BASE, { 'shop/models.py': models })).toEqual([]);
      expect(await hits(BASE, { 'shop/models.py': withColor(models), ...UNRELATED })).toEqual([]);
    });

    it('when the field is removed with its RemoveField, or renamed with its RenameField', async () => {
      const removed = MODELS.replace("    note = models.TextField(null=True, blank=True)\n", '');
      expect(await hits(BASE, { 'shop/models.py': removed, 'shop/migrations/0002_remove_note.py': migration("        migrations.RemoveField(model_name='order', name='note'),") })).toEqual([]);
      const renamed = MODELS.replace('    note = models.TextField(', '    remark = models.TextField(');
      expect(await hits(BASE, { 'shop/models.py': renamed, 'shop/migrations/0002_rename_note.py': migration("        migrations.RenameField(model_name='order', old_name='note', new_name='remark'),") })).toEqual([]);
    });

    it('for abstract, proxy and unmanaged models, and models of another app label', async () => {
      const models = `${withColor(MODELS)}

class Auditable(models.Model):
    audited_at = models.DateTimeField(null=True)

    class Meta:
        abstract = True


class PaidOrder(Order):
    class Meta:
        proxy = True


class LegacyOrder(models.Model):
    number = models.CharField(max_length=20)

    class Meta:
        managed = False
        db_table = 'legacy_orders'


class Country(models.Model):
    code = models.CharField(max_length=2)

    class Meta:
        app_label = 'geo'
`;
      expect(await hits(BASE, { 'shop/models.py': models, ...UNRELATED })).toEqual([]);
    });

    it('for classes whose bases come from other modules: maybe not models, maybe with inherited fields', async () => {
      const models = withColor(MODELS)
        .replace('from django.db import models\n', 'from django.db import models\n\nfrom core.models import AuditMixin, Base\n')
        .replace('class Order(TimeStamped):', 'class Order(AuditMixin, TimeStamped):')
        .replace("    note = models.TextField(null=True, blank=True)\n", '')
        .concat('\n\nclass Report(Base):\n    title = models.CharField(max_length=20)\n');
      // Order may get `note` from AuditMixin; Report may be an abstract model or no model at all.
      expect(await hits(BASE, { 'shop/models.py': models, ...UNRELATED })).toEqual([]);
    });

    it('when a field is added outside the class body, or the module star-imports', async () => {
      const dynamic = `${withColor(MODELS).replace("    note = models.TextField(null=True, blank=True)\n", '')}\nOrder.add_to_class('note', models.TextField(null=True, blank=True))\n`;
      expect(await hits(BASE, { 'shop/models.py': dynamic, ...UNRELATED })).toEqual([]);
      const star = withColor(MODELS).replace("    tags = models.ManyToManyField(Tag, blank=True)\n", "    tags = models.ManyToManyField('Tag', blank=True)\n").replace(/class Tag\(models.Model\):\n[^\n]*\n[^\n]*\n\n\n/, '').replace('from django.db import models\n', 'from django.db import models\n\nfrom .tagging import *\n');
      expect(await hits(BASE, { 'shop/models.py': star, ...UNRELATED })).toEqual([]);
    });

    it('for a class defined inside an if block, or moved to another module and imported', async () => {
      const tagless = withColor(MODELS).replace(/class Tag\(models.Model\):\n[^\n]*\n[^\n]*\n\n\n/, '');
      const conditional = tagless.replace('class Order(', 'if True:\n    class Tag(models.Model):\n        label = models.CharField(max_length=30)\n\n\nclass Order(');
      expect(await hits(BASE, { 'shop/models.py': conditional, ...UNRELATED })).toEqual([]);
      const moved = tagless.replace('from django.db import models\n', 'from django.db import models\n\nfrom .tagging import Tag\n');
      expect(await hits(BASE, { 'shop/models.py': moved, ...UNRELATED })).toEqual([]);
    });

    it('for columns a third-party field adds next to its own (MoneyField price → price_currency)', async () => {
      const before = { ...BASE, 'shop/migrations/0002_price.py': migration([addField('order', 'price', 'djmoney.models.fields.MoneyField(max_digits=10, decimal_places=2, null=True)'), addField('order', 'price_currency', "djmoney.models.fields.CurrencyField(default='EUR', max_length=3)")].join('\n')) };
      const models = MODELS.replace('    total =', '    price = MoneyField(max_digits=10, decimal_places=2, null=True)\n    total =').replace('from django.db import models\n', 'from django.db import models\nfrom djmoney.models.fields import MoneyField\n');
      const added = { 'shop/migrations/0003_tag_color.py': migration(addField('tag', 'color', "models.CharField(max_length=7, default='#000')")).replace("('shop', '0001_initial')", "('shop', '0002_price')") };
      expect(await hits({ ...before, 'shop/models.py': models }, { 'shop/models.py': withColor(models), ...added })).toEqual([]);
    });

    it('for columns a translation package adds next to a declared field (title → title_en, title_de)', async () => {
      const models = MODELS.replace('    label = models.CharField(max_length=30)\n', '    label = models.CharField(max_length=30)\n    title = models.CharField(max_length=50, null=True)\n');
      const ops = ['title', 'title_en', 'title_de'].map((n) => addField('tag', n, 'models.CharField(max_length=50, null=True)')).join('\n');
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_tag_title.py': migration(ops) })).toEqual([]);
    });

    it('for options written differently but meaning the same (class defaults makemigrations leaves out)', async () => {
      const models = MODELS.replace('    label = models.CharField(max_length=30)\n', '    label = models.CharField(max_length=30)\n    contact = models.EmailField(null=True)\n    slug = models.SlugField(db_index=True, null=True)\n    site = models.URLField(max_length=200, null=True)\n    owner = models.OneToOneField(Customer, unique=True, null=True, on_delete=models.SET_NULL)\n    size = models.IntegerField("size", null=True)\n');
      const ops = [
        addField('tag', 'contact', 'models.EmailField(max_length=254, null=True)'),
        addField('tag', 'slug', 'models.SlugField(null=True)'),
        addField('tag', 'site', 'models.URLField(null=True)'),
        addField('tag', 'owner', "models.OneToOneField(null=True, on_delete=django.db.models.deletion.SET_NULL, to='shop.customer')"),
        addField('tag', 'size', "models.IntegerField(null=True, verbose_name='size')"),
      ].join('\n');
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_tag_fields.py': migration(ops) })).toEqual([]);
    });

    it('for a many-to-many field through a model of its own (no table to miss)', async () => {
      const models = `${withColor(MODELS).replace("    tags = models.ManyToManyField(Tag, blank=True)\n", "    tags = models.ManyToManyField(Tag, blank=True)\n    buyers = models.ManyToManyField(Customer, through='Purchase', related_name='+')\n")}

class Purchase(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
`;
      const create = `        migrations.CreateModel(
            name='Purchase',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('order', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.order')),
                ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.customer')),
            ],
        ),`;
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_purchase.py': migration(`${addField('tag', 'color', "models.CharField(max_length=7, default='#000')")}\n${create}`) })).toEqual([]);
    });

    it('for the table name of a model whose base comes from another module (its Meta may name the table)', async () => {
      const models = `${MODELS.replace('from django.db import models\n', 'from django.db import models\n\nfrom core.models import LegacyBase\n')}

class Legacy(LegacyBase):
    code = models.CharField(max_length=5)
`;
      const create = "        migrations.CreateModel(name='Legacy', fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False)), ('code', models.CharField(max_length=5))], options={'db_table': 'legacy'}),";
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_legacy.py': migration(create) })).toEqual([]);
    });

    it('for a GenericForeignKey, which has no column of its own', async () => {
      const gfk = "    content_type = models.ForeignKey('contenttypes.ContentType', null=True, on_delete=models.CASCADE)\n    object_id = models.PositiveIntegerField(null=True)\n    target = GenericForeignKey('content_type', 'object_id')\n";
      const header = 'from django.contrib.contenttypes.fields import GenericForeignKey\nfrom django.db import models\n';
      const models = withColor(MODELS).replace('from django.db import models\n', header).replace(TAG_COLOR, `${TAG_COLOR}${gfk}`);
      const ops = [addField('tag', 'color', "models.CharField(max_length=7, default='#000')"), addField('tag', 'content_type', "models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')"), addField('tag', 'object_id', 'models.PositiveIntegerField(null=True)')].join('\n');
      const before = { ...BASE, 'shop/migrations/0002_tag_target.py': migration(ops) };
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_tag_target.py': before['shop/migrations/0002_tag_target.py'] })).toEqual([]);
      // The descriptor alone, over fields that exist, needs no migration.
      const withoutTarget = models.replace("    target = GenericForeignKey('content_type', 'object_id')\n", '');
      expect(await hits({ ...before, 'shop/models.py': withoutTarget }, { 'shop/models.py': models })).toEqual([]);
    });

    it('for a drift that already existed at base', async () => {
      // The model never declared `note` although 0001 creates it: not this pull request's doing.
      const base = { ...BASE, 'shop/models.py': MODELS.replace("    note = models.TextField(null=True, blank=True)\n", '') };
      expect(await hits(base, { 'shop/models.py': withColor(base['shop/models.py']), ...UNRELATED })).toEqual([]);
    });

    it('when a migration of the PR cannot be read', async () => {
      const models = withColor(MODELS).replace('    total =', "    region = models.CharField(max_length=20, default='eu')\n    total =");
      const unreadable = migration(`${addField('tag', 'color', "models.CharField(max_length=7, default='#000')")}\n        migrations.AddField(model_name='order', name='region', field=REGION_FIELD),`);
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_region.py': unreadable })).toEqual([]);
    });

    it('for a garbled models.py when the PR adds a migration', async () => {
      const models = withColor(MODELS).replace('class Order(TimeStamped):', 'class Order(TimeStamped:').replace('    total =', '    total = = models.(\n    total =');
      expect(await hits(BASE, { 'shop/models.py': models, ...UNRELATED })).toEqual([]);
    });

    it('for a multi-table child whose migration creates it with its parent link', async () => {
      const models = `${withColor(MODELS)}

class GiftOrder(Order):
    message = models.TextField()
`;
      const create = `        migrations.CreateModel(
            name='GiftOrder',
            fields=[
                ('order_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='shop.order')),
                ('message', models.TextField()),
            ],
            bases=('shop.order',),
        ),`;
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_giftorder.py': migration(`${addField('tag', 'color', "models.CharField(max_length=7, default='#000')")}\n${create}`) })).toEqual([]);
    });

    it('for a foreign key to the swappable user model added with its migration', async () => {
      const models = MODELS.replace('from django.db import models\n', 'from django.conf import settings\nfrom django.db import models\n').replace('    total =', '    clerk = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)\n    total =');
      const mig = migration(addField('order', 'clerk', 'models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL)'), 'from django.conf import settings\n');
      expect(await hits(BASE, { 'shop/models.py': models, 'shop/migrations/0002_order_clerk.py': mig })).toEqual([]);
    });
  });
});

describe('readModelsModule', () => {
  it('reads models, inherited fields and Meta, and marks what it cannot judge', () => {
    const mod = readModelsModule(MODELS.replace('from django.db import models\n', 'from django.db import models\nfrom core.models import *\n'));
    expect([...mod.classes.keys()]).toEqual(['TimeStamped', 'Customer', 'Tag', 'Order']);
    expect(mod.star).toBe(true);
    const order = mod.classes.get('Order')!;
    expect(order).toMatchObject({ status: 'model', complete: true, hasPk: false });
    expect([...order.fields.keys()]).toEqual(['created_at', 'customer', 'code', 'status', 'total', 'note', 'tags']);
    expect(mod.classes.get('TimeStamped')!.status).toBe('abstract');
  });

  it('never throws on garbage', () => {
    for (const text of ['class (', 'class A(models.Model):\n    x = models.CharField(\n', '\u0000\u0001', 'class A(models.Model):\n  class Meta(Unknown.Meta):\n    pass\n']) expect(() => readModelsModule(text)).not.toThrow();
    expect(readModelsModule('class A(models.Model):\n    x = models.CharField(\n').garbled).toBe(true);
    expect(readModelsModule('class A(models.Model):\n  class Meta(Unknown.Meta):\n    pass\n').classes.get('A')!.status).toBe('skip');
  });
});
