/**
 * A Django project on SQLite with one app, `library`: an Author, and a Book with an index on its
 * title and a nullable foreign key to Author. Django's schema editor remakes SQLite tables for most
 * field changes, which is what the tests built on this project exercise.
 *
 * `authorId` is the field of Author's primary key: with `AutoField` the foreign key column
 * `library_book.editor_id` is an `integer` (as in a database made by `manage.py migrate` with
 * that model); with `BigAutoField` (Django's default) it is a `bigint`.
 */
export function djangoLibrary(authorId: 'AutoField' | 'BigAutoField' = 'BigAutoField'): Record<string, string> {
  return {
    'manage.py': 'import os\n',
    'mysite/settings.py': `DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}
`,
    'library/apps.py': `from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = 'library'
`,
    'library/migrations/__init__.py': '',
    'library/migrations/0001_initial.py': `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='Author',
            fields=[
                ('id', models.${authorId}(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100)),
            ],
        ),
        migrations.CreateModel(
            name='Book',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=200)),
                ('blurb', models.TextField(null=True)),
                ('editor', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to='library.author')),
            ],
            options={
                'indexes': [models.Index(fields=['title'], name='book_title_idx')],
            },
        ),
    ]
`,
  };
}

/** The second migration of the `library` app; `operations` go into its list as given (indented by the caller). */
export function libraryMigration(operations: string): string {
  return `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('library', '0001_initial')]

    operations = [
${operations}
    ]
`;
}
