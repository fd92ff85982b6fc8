import { djangoLibrary } from '../helpers/django-library.js';
import { reviewPr } from '../helpers/review.js';

// DEFAULT_AUTO_FIELD (settings) and AppConfig.default_auto_field: the key of a many-to-many join table Django creates.

const M2M = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('library', '0001_initial')]

    operations = [
        migrations.CreateModel(
            name='Shelf',
            fields=[
                ('id', models.AutoField(primary_key=True, serialize=False)),
                ('books', models.ManyToManyField(to='library.book')),
            ],
        ),
    ]
`;

function project(settings: string, appConfig = ''): Record<string, string> {
  const files = djangoLibrary('AutoField');
  files['mysite/settings.py'] = files['mysite/settings.py'].replace('django.db.backends.sqlite3', 'django.db.backends.postgresql') + settings;
  files['library/apps.py'] += appConfig;
  return files;
}

const joinTable = async (files: Record<string, string>) => (await reviewPr(files, { 'library/migrations/0002_shelf.py': M2M })).files[0].sql?.text.match(/CREATE TABLE library_shelf_books \(\n {2}id (\w+)/)?.[1];

describe('the default auto field of a Django project', () => {
  it('is BigAutoField when the project does not say', async () => {
    expect(await joinTable(project(''))).toBe('bigint');
  });

  it("is the project's DEFAULT_AUTO_FIELD", async () => {
    expect(await joinTable(project("DEFAULT_AUTO_FIELD = 'django.db.models.AutoField'\n"))).toBe('integer');
  });

  it("is the app's AppConfig.default_auto_field over the project's", async () => {
    expect(await joinTable(project("DEFAULT_AUTO_FIELD = 'django.db.models.AutoField'\n", "    default_auto_field = 'django.db.models.BigAutoField'\n"))).toBe('bigint');
  });
});
