import { djangoLibrary } from '../helpers/django-library.js';
import { reviewPr } from '../helpers/review.js';

// Django's SQLite schema editor writes unique_together, and the pair of a many-to-many join
// table, as CREATE UNIQUE INDEX …_uniq (sql_create_unique), not as a table constraint.

const migration = (...ops: string[]) => `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('library', '0001_initial')]

    operations = [
        ${ops.join('\n        ')}
    ]
`;

describe('regression_sqlite_unique_together_is_an_index', () => {
  it('AlterUniqueTogether and a join table create unique indexes on SQLite', async () => {
    const r = await reviewPr(djangoLibrary(), {
      'library/migrations/0002_unique.py': migration(
        "migrations.AlterUniqueTogether(name='book', unique_together={('title', 'editor')}),",
        "migrations.CreateModel(name='Shelf', fields=[('id', models.BigAutoField(primary_key=True, serialize=False)), ('books', models.ManyToManyField(to='library.book'))]),",
      ),
    });
    const sql = r.files[0].sql?.text ?? '';
    expect(sql).toContain('CREATE UNIQUE INDEX library_book_title_editor_id_a84536c8_uniq ON library_book (title, editor_id);');
    expect(sql).toContain('CREATE UNIQUE INDEX library_shelf_books_shelf_id_book_id_99d4a8d3_uniq ON library_shelf_books (shelf_id, book_id);');
    expect(sql).not.toMatch(/CONSTRAINT \w+_uniq|SQLite cannot add a constraint/);
  });

  it('on PostgreSQL they stay constraints', async () => {
    const files = djangoLibrary();
    files['mysite/settings.py'] = files['mysite/settings.py'].replace('django.db.backends.sqlite3', 'django.db.backends.postgresql');
    const r = await reviewPr(files, { 'library/migrations/0002_unique.py': migration("migrations.AlterUniqueTogether(name='book', unique_together={('title', 'editor')}),") });
    expect(r.files[0].sql?.text).toContain('ALTER TABLE library_book ADD CONSTRAINT library_book_title_editor_id_a84536c8_uniq UNIQUE (title, editor_id);');
  });
});

describe('regression_django_like_index: the _like index of PostgreSQL', () => {
  const pg = () => {
    const files = djangoLibrary();
    files['mysite/settings.py'] = files['mysite/settings.py'].replace('django.db.backends.sqlite3', 'django.db.backends.postgresql');
    return files;
  };

  it('a CharField primary key gets one', async () => {
    const r = await reviewPr(pg(), { 'library/migrations/0002_code.py': migration("migrations.CreateModel(name='Code', fields=[('code', models.CharField(max_length=10, primary_key=True, serialize=False))]),") });
    expect(r.files[0].sql?.text).toMatch(/CREATE INDEX library_code_code_[0-9a-f]{8}_like ON library_code \(code varchar_pattern_ops\);/);
  });

  it('a field AlterField makes unique gets one; one made neither unique nor indexed loses it', async () => {
    const made = await reviewPr(pg(), { 'library/migrations/0002_title.py': migration("migrations.AlterField(model_name='book', name='title', field=models.CharField(max_length=200, unique=True)),") });
    expect(made.files[0].sql?.text).toMatch(/ADD CONSTRAINT library_book_title_[0-9a-f]{8}_uniq UNIQUE \(title\);\nCREATE INDEX library_book_title_[0-9a-f]{8}_like ON library_book \(title varchar_pattern_ops\);/);
    const base = pg();
    base['library/migrations/0002_title.py'] = migration("migrations.AlterField(model_name='book', name='title', field=models.CharField(max_length=200, unique=True)),");
    const unmade = await reviewPr(base, { 'library/migrations/0003_title.py': migration("migrations.AlterField(model_name='book', name='title', field=models.CharField(max_length=200)),").replace("'0001_initial'", "'0002_title'") });
    expect(unmade.files[0].sql?.text).toMatch(/DROP INDEX library_book_title_[0-9a-f]{8}_like;/);
  });
});
