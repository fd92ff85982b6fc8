import { djangoLibrary, libraryMigration } from '../helpers/django-library.js';
import { found, reviewPr } from '../helpers/review.js';

// A Django project on SQLite: Django's schema editor remakes the table (CREATE "new__x",
// INSERT … SELECT, DROP "x", RENAME) for most field changes; the rows are copied, so a remake
// must never read as a dropped table or dropped columns.
const BASE = djangoLibrary();

const migration = libraryMigration;

const CHANGED = (r: Awaited<ReturnType<typeof reviewPr>>, table: string) => r.schemaDiff.tables.find((t) => t.table === table);

describe('Django on SQLite', () => {
  it('remakes the table for a NOT NULL field with a default: the table keeps its rows and its index, and the default is gone (issue 10)', async () => {
    const report = await reviewPr(BASE, {
      'library/migrations/0002_book_pages.py': migration("        migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0)),"),
    });
    // The remade table has no DEFAULT for pages: inserts of the running application that omit it fail.
    expect(found(report)).toEqual(['add-required-column@0002_book_pages.py:8']);
    expect(report.sets[0]).toMatchObject({ format: 'django', dialect: 'sqlite' });
    const book = CHANGED(report, 'library_book');
    expect(book).toMatchObject({ status: 'changed', columnsAdded: ['pages'], columnsDropped: [], columnsChanged: [], indexesAdded: [], indexesDropped: [], constraintsAdded: [], constraintsDropped: [] });
    // The remake (not an ALTER) is what the migration runs, and its rollback says what it is.
    expect(report.rollback).toMatch(/new__library_book/);
  });

  it('remakes the table for a unique field, and keeps the foreign key of the other columns', async () => {
    const report = await reviewPr(BASE, {
      'library/migrations/0002_book_isbn.py': migration("        migrations.AddField(model_name='book', name='isbn', field=models.CharField(max_length=13, null=True, unique=True)),"),
    });
    expect(found(report)).toEqual([]);
    const book = CHANGED(report, 'library_book')!;
    expect(book.columnsAdded).toEqual(['isbn']);
    expect(book.columnsDropped).toEqual([]);
    expect(book.indexesDropped).toEqual([]);
    expect(book.constraintsDropped).toEqual([]);
    expect(book.constraintsAdded.some((c) => /isbn/.test(c))).toBe(true);
  });

  it('adds a nullable field without a default with a plain ADD COLUMN', async () => {
    const report = await reviewPr(BASE, {
      'library/migrations/0002_book_subtitle.py': migration("        migrations.AddField(model_name='book', name='subtitle', field=models.CharField(max_length=200, null=True)),"),
    });
    expect(found(report)).toEqual([]);
    expect(report.rollback).not.toMatch(/new__/);
    expect(CHANGED(report, 'library_book')).toMatchObject({ columnsAdded: ['subtitle'], columnsDropped: [] });
  });

  it('reports a removed field once, whether SQLite drops the column in place or Django remakes the table', async () => {
    const report = await reviewPr(BASE, {
      'library/migrations/0002_remove.py': migration(`        migrations.RemoveField(model_name='book', name='blurb'),
        migrations.RemoveField(model_name='book', name='editor'),`),
    });
    // blurb: ALTER TABLE … DROP COLUMN (SQLite 3.45); editor, a foreign key: a remake. Neither is a dropped table.
    expect(found(report)).toEqual(['drop-column@0002_remove.py:8', 'drop-column@0002_remove.py:9']);
    expect(report.findings.map((f) => f.message)).toEqual([expect.stringContaining('library_book.blurb'), expect.stringContaining('library_book.editor_id')]);
    expect(CHANGED(report, 'library_book')).toMatchObject({ columnsAdded: [], indexesDropped: [expect.stringMatching(/editor_id/)] });
    expect(CHANGED(report, 'library_book')!.columnsDropped.sort()).toEqual(['blurb', 'editor_id']);
  });

  it('remakes for every removed field on SQLite before 3.35.5', async () => {
    const report = await reviewPr(BASE, { 'library/migrations/0002_remove.py': migration("        migrations.RemoveField(model_name='book', name='blurb'),") }, { version: '3.31' });
    expect(found(report)).toEqual(['drop-column@0002_remove.py:8']);
    expect(report.rollback).toMatch(/new__library_book/);
  });

  it('an AlterField remake keeps the findings of the change itself', async () => {
    const report = await reviewPr(BASE, {
      'library/migrations/0002_alter.py': migration("        migrations.AlterField(model_name='book', name='title', field=models.CharField(max_length=200, null=True)),"),
    });
    expect(found(report)).toEqual(['drop-not-null@0002_alter.py:8']);
    expect(CHANGED(report, 'library_book')).toMatchObject({ columnsDropped: [], indexesDropped: [] });
  });

  it('a renamed foreign key is a remake too, and reads as the rename it is', async () => {
    const report = await reviewPr(BASE, { 'library/migrations/0002_rename.py': migration("        migrations.RenameField(model_name='book', old_name='editor', new_name='reviewer'),") });
    expect(found(report)).toEqual(['rename-column@0002_rename.py:8']);
    expect(report.rollback).toMatch(/new__library_book/);
    expect(CHANGED(report, 'library_book')).toMatchObject({ columnsAdded: ['reviewer_id'], columnsDropped: ['editor_id'] });
  });

  it('a check constraint is written into a remade table, and a removed index stays removed', async () => {
    const report = await reviewPr(BASE, {
      'library/migrations/0002_checks.py': migration(`        migrations.RemoveIndex(model_name='book', name='book_title_idx'),
        migrations.AddConstraint(model_name='book', constraint=models.CheckConstraint(condition=models.Q(title__gt=''), name='book_title_not_empty')),`),
    });
    expect(found(report)).toEqual([]);
    expect(CHANGED(report, 'library_book')).toMatchObject({ columnsDropped: [], indexesDropped: ['book_title_idx'], indexesAdded: [], constraintsAdded: ['book_title_not_empty'], constraintsDropped: [] });
  });

  it('a remake leaves behind a column that RunSQL added without telling the migration state', async () => {
    const report = await reviewPr(
      {
        ...BASE,
        'library/migrations/0002_legacy.py': migration('        migrations.RunSQL("ALTER TABLE library_book ADD COLUMN legacy_code text"),').replace("('library', '0001_initial')", "('library', '0001_initial')"),
      },
      {
        'library/migrations/0003_book_pages.py': migration("        migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0)),").replace('0001_initial', '0002_legacy'),
      },
    );
    expect(found(report).sort()).toEqual(['add-required-column@0003_book_pages.py:8', 'drop-column@0003_book_pages.py:8']);
    expect(report.findings.find((f) => f.rule === 'drop-column')!.message).toMatch(/Rebuilding table library_book without column legacy_code/);
  });

  it('stays with the plain operations for a model the replay never saw created', async () => {
    const report = await reviewPr(
      { ...BASE, 'library/migrations/0001_initial.py': migration('').replace("dependencies = [('library', '0001_initial')]", 'dependencies = []') },
      { 'library/migrations/0002_book_pages.py': migration("        migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0)),") },
    );
    expect(found(report)).toEqual([]);
    expect(report.rollback).not.toMatch(/new__/);
  });
});
