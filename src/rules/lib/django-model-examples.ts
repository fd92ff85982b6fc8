/** The Django app the missing-migration examples start from: one model, its initial migration. */

const SHOP_MODELS = `from django.db import models


class Order(models.Model):
    total = models.DecimalField(max_digits=10, decimal_places=2)

    def __str__(self):
        return f"Order {self.pk}"
`;

export const SHOP_FILES = {
  'shop/models.py': SHOP_MODELS,
  'shop/migrations/0001_initial.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(primary_key=True)),
                ('total', models.DecimalField(max_digits=10, decimal_places=2)),
            ],
        ),
    ]
`,
};

/** shop/models.py with `line` added after the total field. */
export function shopModelsWith(line: string): string {
  return SHOP_MODELS.replace('decimal_places=2)\n', `decimal_places=2)\n    ${line}\n`);
}

/** A second migration of the example app adding one field to Order. */
export function addFieldMigration(name: string, field: string): string {
  return `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.AddField(
            model_name='order',
            name='${name}',
            field=${field},
        ),
    ]
`;
}
