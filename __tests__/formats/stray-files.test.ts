import { djangoLibrary } from '../helpers/django-library.js';
import { alembicPr } from '../helpers/alembic.js';
import { reviewPr } from '../helpers/review.js';
import { quoteName, strayMigrationFiles } from '../../src/formats/stray.js';
import type { Report } from '../../src/model/report.js';

/** Issue 12, point 6: files that look like migrations but are not reviewed are named in the report's notes. */

const FLYWAY_BASE = { 'db/migration/V1__init.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n' };
const reviewed = (r: Report) => r.files.map((f) => f.path);

describe('issue 12: files a pull request adds that are not reviewed', () => {
  it('names a Flyway file whose name Flyway rejects, and reviews nothing of it', async () => {
    const report = await reviewPr(FLYWAY_BASE, { 'db/migration/V1.1_bad.sql': 'DROP TABLE users;\n', 'db/migration/V2__ok.sql': 'SELECT 1;\n' });
    expect(reviewed(report)).toEqual(['db/migration/V2__ok.sql']);
    expect(report.notes).toEqual([
      'Not reviewed: "db/migration/V1.1_bad.sql" is in the flyway set "db/migration" but is not a migration: flyway runs files named V<version>__<description>.sql or R__<description>.sql.',
    ]);
    expect(report.findings.filter((f) => f.file.includes('V1.1'))).toEqual([]);
  });

  it('reviews a migration whose name holds a line break or a carriage return, like any other', async () => {
    const path = 'db/migration/V2__drop\n::error title=x::users\r.sql';
    const report = await reviewPr(FLYWAY_BASE, { [path]: 'ALTER TABLE users DROP COLUMN email;\n' });
    expect(reviewed(report)).toEqual([path]);
    expect(report.findings.some((f) => f.file === path && f.rule === 'drop-column')).toBe(true);
    expect(report.notes).toBeUndefined();
  });

  it('names a file with control characters that is no migration, escaped to one line', async () => {
    const path = 'db/migration/V3_x\n\u0000\u2028.sql';
    const report = await reviewPr(FLYWAY_BASE, { [path]: 'DROP TABLE users;\n' });
    expect(reviewed(report)).toEqual([]);
    expect(report.notes).toHaveLength(1);
    const note = report.notes![0];
    expect(note).toContain('"db/migration/V3_x\\n\\u0000\\u2028.sql"');
    expect(note).toContain('its name holds control characters');
    expect(note).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
  });

  it('leaves companions, other extensions and deleted files out of the notes', async () => {
    const base = { 'migrations/000001_init.up.sql': 'CREATE TABLE t (id int);\n', 'migrations/000001_init.down.sql': 'DROP TABLE t;\n' };
    const report = await reviewPr(base, {
      'migrations/000002_more.up.sql': 'ALTER TABLE t ADD COLUMN a int;\n',
      'migrations/000002_more.down.sql': 'ALTER TABLE t DROP COLUMN a;\n',
      'migrations/README.md': '# notes\n',
      'migrations/000003 bad.sql': 'DROP TABLE t;\n',
    });
    expect(report.notes).toEqual([
      'Not reviewed: "migrations/000003 bad.sql" is in the golang-migrate set "migrations" but is not a migration: golang-migrate runs files named <version>_<title>.up.sql.',
    ]);
  });

  it('names an Alembic script without a revision identifier', async () => {
    const pr = alembicPr('alembic/versions/9f9f_no_revision.py', "from alembic import op\n\ndown_revision = '1a2b3c'\n\n\ndef upgrade():\n    op.drop_table('users')\n");
    const added = Object.fromEntries(Object.entries(pr.files!.head).filter(([p]) => !(p in pr.files!.before)));
    const report = await reviewPr(pr.files!.before, added);
    expect(report.notes).toEqual([
      'Not reviewed: "alembic/versions/9f9f_no_revision.py" is in the alembic set "alembic" but is not a migration: it does not assign both `revision` and `down_revision`, so Alembic does not load it as a revision.',
    ]);
  });

  it('names a Django migrations module Migra does not read, and reports one without a Migration class', async () => {
    const base = djangoLibrary();
    const app = Object.keys(base).find((p) => /\/migrations\/0001_/.test(p))!.replace(/\/migrations\/.*$/, '');
    const report = await reviewPr(base, {
      [`${app}/migrations/add_isbn.py`]: 'from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = []\n',
      [`${app}/migrations/0009_no_class.py`]: 'from django.db import migrations\n\noperations = []\n',
      [`${app}/migrations/__init__.py`]: '',
    });
    expect(report.notes).toEqual([
      `Not reviewed: "${app}/migrations/add_isbn.py" is in the django set at the repository root but is not a migration: Migra reads the migrations named \`NNNN_<name>.py\`; Django loads every module of the folder.`,
    ]);
    expect(report.findings.some((f) => f.file.endsWith('0009_no_class.py'))).toBe(true);
  });

  it('quotes names as one line of data', () => {
    expect(quoteName('a\nb\r"c\\\u001b\u2029')).toBe('"a\\nb\\r\\"c\\\\\\u001b\\u2029"');
    expect(strayMigrationFiles([], [{ path: 'x.sql', status: 'added' }])).toEqual([]);
  });
});
