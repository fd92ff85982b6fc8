import { renderMarkdown } from '../../src/render/markdown.js';
import { djangoLibrary } from '../helpers/django-library.js';
import { alembicUpgradePr } from '../helpers/alembic.js';
import { reviewPr } from '../helpers/review.js';

// report.files[i].sql: the SQL a Django or Alembic migration of the pull request will run, as sqlmigrate / alembic --sql would show it.

const migration = (...ops: string[]) => `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('library', '0001_initial')]

    operations = [
        ${ops.join('\n        ')}
    ]
`;

function onPostgres(): Record<string, string> {
  const files = djangoLibrary();
  files['mysite/settings.py'] = files['mysite/settings.py'].replace('django.db.backends.sqlite3', 'django.db.backends.postgresql');
  return files;
}

describe('the SQL of a Django migration in the report', () => {
  it("PostgreSQL: Django's steps per operation, RunSQL as written, RunPython named as Python", async () => {
    const r = await reviewPr(onPostgres(), {
      'library/migrations/0002_pages.py': migration(
        "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0)),",
        "migrations.AlterField(model_name='book', name='blurb', field=models.TextField(default='')),",
        "migrations.RunSQL('UPDATE library_book SET pages = 1'),",
        'migrations.RunPython(forwards),',
      ),
    });
    expect(r.files).toHaveLength(1);
    expect(r.files[0].sql).toEqual({
      dialect: 'postgresql',
      text: [
        "-- line 8: migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0))",
        'ALTER TABLE library_book ADD COLUMN pages integer DEFAULT 0 NOT NULL;',
        'ALTER TABLE library_book ALTER COLUMN pages DROP DEFAULT;',
        '',
        "-- line 9: migrations.AlterField(model_name='book', name='blurb', field=models.TextField(default=''))",
        "ALTER TABLE library_book ALTER COLUMN blurb SET DEFAULT '';",
        "UPDATE library_book SET blurb = '' WHERE blurb IS NULL;",
        'ALTER TABLE library_book ALTER COLUMN blurb SET NOT NULL;',
        'ALTER TABLE library_book ALTER COLUMN blurb DROP DEFAULT;',
        '',
        '-- line 10',
        'UPDATE library_book SET pages = 1;',
        '',
        '-- line 11: migrations.RunPython(forwards)',
        '-- Python code, not SQL: RunPython(forwards) without reverse_code',
      ].join('\n'),
    });
    expect(renderMarkdown(r)).toContain('<details><summary>SQL of <code>library/migrations/0002_pages.py</code> on PostgreSQL (rendered by Migra)</summary>');
  });

  it("SQLite: a field change is Django's table remake, the rows copied from the columns the table had", async () => {
    const r = await reviewPr(djangoLibrary(), { 'library/migrations/0002_pages.py': migration("migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0)),") });
    const text = r.files[0].sql?.text ?? '';
    expect(text).toContain('CREATE TABLE new__library_book (');
    expect(text).toContain('INSERT INTO new__library_book (id, title, blurb, editor_id) SELECT id, title, blurb, editor_id FROM library_book;\nDROP TABLE library_book;\nALTER TABLE new__library_book RENAME TO library_book;\nCREATE INDEX library_book_editor_id_03910eb0 ON library_book (editor_id);');
    expect(text).not.toMatch(/ALTER COLUMN|DROP DEFAULT/);
  });

  it('a SQL migration has none', async () => {
    const r = await reviewPr({}, { 'migrations/001_init.sql': 'CREATE TABLE a (id int);' });
    expect(r.files[0].sql).toBeUndefined();
  });
});

describe('the SQL of an Alembic revision in the report', () => {
  it('op calls rendered, op.execute as written', async () => {
    const ex = alembicUpgradePr("op.add_column('users', sa.Column('nickname', sa.String(40), nullable=True))\n    op.create_index('ix_users_nickname', 'users', ['nickname'], unique=True)\n    op.execute(\"UPDATE users SET nickname = ''\")");
    const before = ex.files!.before;
    const pr = Object.fromEntries(Object.entries(ex.files!.head).filter(([path]) => !(path in before)));
    const r = await reviewPr(before, pr);
    expect(r.files.map((f) => f.path)).toEqual(['alembic/versions/4d5e6f_email.py']);
    const text = r.files[0].sql?.text ?? '';
    expect(text).toContain("ALTER TABLE users ADD COLUMN nickname varchar(40);\n\n-- line 9: op.create_index('ix_users_nickname', 'users', ['nickname'], unique=True)\nCREATE UNIQUE INDEX ix_users_nickname ON users (nickname);");
    expect(text).toContain("UPDATE users SET nickname = '';");
  });

  it('regression_ctfd_unnamed_foreign_key: op.create_foreign_key(None, …) lets the database name the key', async () => {
    const ex = alembicUpgradePr("op.add_column('users', sa.Column('manager_id', sa.Integer(), nullable=True))\n    op.create_foreign_key(None, 'users', 'users', ['manager_id'], ['id'], ondelete='SET NULL')");
    const before = ex.files!.before;
    const r = await reviewPr(before, Object.fromEntries(Object.entries(ex.files!.head).filter(([path]) => !(path in before))));
    expect(r.files[0].sql?.text).toContain('ALTER TABLE users ADD FOREIGN KEY (manager_id) REFERENCES users (id) ON DELETE SET NULL;');
  });
});
