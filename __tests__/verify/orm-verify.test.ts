import { analyze } from '../../src/analyze/engine.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { FileChange } from '../../src/model/migration.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { djangoLibrary } from '../helpers/django-library.js';

// Django and Alembic migrations verified on the embedded engines: the SQL Migra renders from their operations, and RunSQL / op.execute as written.

async function verifiedPr(base: Record<string, string>, pr: Record<string, string>): Promise<Report> {
  const head = { ...base, ...pr };
  const changes: FileChange[] = Object.keys(pr).map((path) => ({ path, status: path in base ? 'modified' : 'added' }));
  return analyze({ before: memoryTree(base, 'base'), head: memoryTree(head, 'head'), changes, config: EMPTY_CONFIG, rules: RULES, toolVersion: 'test', verify: { enabled: true, cacheDir: '' } });
}

const failures = (r: Report) => r.findings.filter((f) => f.rule === 'migration-fails-to-apply');

/** The library project on PostgreSQL, with a `pages` integer on Book. */
function pgLibrary(): Record<string, string> {
  const files = djangoLibrary();
  files['mysite/settings.py'] = files['mysite/settings.py'].replace('django.db.backends.sqlite3', 'django.db.backends.postgresql');
  files['library/migrations/0002_pages.py'] = migration('0001_initial', "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(null=True)),");
  return files;
}

function migration(after: string, ...operations: string[]): string {
  return `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('library', '${after}')]

    operations = [
        ${operations.join('\n        ')}
    ]
`;
}

describe('Django migrations verified on PostgreSQL (PGlite)', () => {
  it('a RunSQL the engine refuses is migration-fails-to-apply at its line, with the engine message', async () => {
    const r = await verifiedPr(pgLibrary(), {
      'library/migrations/0003_pages_check.py': migration(
        '0002_pages',
        "migrations.AddField(model_name='book', name='isbn', field=models.CharField(max_length=13, null=True)),",
        'migrations.RunSQL("ALTER TABLE library_book ADD CONSTRAINT pages_positive CHECK (pages > \'zero\')"),',
      ),
    });
    const [f] = failures(r);
    expect(f).toMatchObject({ file: 'library/migrations/0003_pages_check.py', line: 9, severity: 'critical' });
    expect(f.message).toContain('invalid input syntax for type integer: "zero"');
    expect(r.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/not verified/)]));
  });

  it('an AlterField to a type PostgreSQL cannot cast to fails on the engine at the AlterField', async () => {
    const r = await verifiedPr(pgLibrary(), {
      'library/migrations/0003_pages_date.py': migration('0002_pages', "migrations.AlterField(model_name='book', name='pages', field=models.DateTimeField(null=True)),"),
    });
    const [f] = failures(r);
    expect(f).toMatchObject({ file: 'library/migrations/0003_pages_date.py', line: 8 });
    expect(f.message).toContain('cannot cast type integer to timestamp with time zone');
  });

  it('a safe Django pull request verifies quietly', async () => {
    const r = await verifiedPr(pgLibrary(), {
      'library/migrations/0003_more.py': migration(
        '0002_pages',
        "migrations.AddField(model_name='book', name='isbn', field=models.CharField(max_length=13, default='', unique=True)),",
        "migrations.AlterField(model_name='book', name='pages', field=models.BigIntegerField(default=0)),",
        "migrations.RenameField(model_name='book', old_name='blurb', new_name='summary'),",
        "migrations.AddIndex(model_name='book', index=models.Index(fields=['pages'], name='book_pages_idx')),",
        "migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop),",
        // A value Django computes when it runs: a typed stand-in. A Q condition and Lower(): the SQL Django writes for them, verified too.
        "migrations.AddField(model_name='book', name='added', field=models.DateTimeField(auto_now_add=True, default=django.utils.timezone.now), preserve_default=False),",
        "migrations.AddConstraint(model_name='book', constraint=models.UniqueConstraint(fields=('title',), condition=models.Q(('pages__gt', 0)), name='book_title_paged')),",
        "migrations.AddIndex(model_name='book', index=models.Index(django.db.models.functions.text.Lower('title'), name='book_title_lower')),",
      ),
    });
    expect(failures(r)).toEqual([]);
    expect((r.notes ?? []).filter((n) => /PostgreSQL|PGlite|verif/i.test(n))).toEqual([]);
    const sql = r.files[0].sql?.text ?? '';
    expect(sql).toContain('ALTER TABLE library_book ADD COLUMN added timestamptz DEFAULT CURRENT_TIMESTAMP /* django.utils.timezone.now, computed when the migration runs */ NOT NULL;');
    expect(sql).toContain('CREATE UNIQUE INDEX book_title_paged ON library_book (title) WHERE pages > 0;');
    expect(sql).toContain('CREATE INDEX book_title_lower ON library_book (lower(title));');
  });
});

describe('Django migrations verified on SQLite (sql.js)', () => {
  it("the table remakes of Django's SQLite schema editor run, and a safe pull request verifies quietly", async () => {
    const r = await verifiedPr(djangoLibrary(), {
      'library/migrations/0002_more.py': migration(
        '0001_initial',
        "migrations.AddField(model_name='book', name='pages', field=models.IntegerField(default=0)),",
        "migrations.AlterField(model_name='book', name='title', field=models.CharField(max_length=300, unique=True)),",
        "migrations.RemoveField(model_name='book', name='blurb'),",
      ),
    });
    expect(failures(r)).toEqual([]);
    expect((r.notes ?? []).filter((n) => /SQLite|verif/i.test(n))).toEqual([]);
  });

  it('a RunSQL SQLite refuses is reported', async () => {
    const r = await verifiedPr(djangoLibrary(), {
      'library/migrations/0002_bad.py': migration('0001_initial', 'migrations.RunSQL("CREATE INDEX book_missing ON library_book (isbn)"),'),
    });
    expect(failures(r).map((f) => [f.line, f.message])).toEqual([[8, expect.stringContaining('no such column: isbn')]]);
  });
});

const ALEMBIC_BASE = {
  'alembic.ini': '[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql://localhost/app\n',
  'alembic/versions/1a2b3c_orders.py': `from alembic import op
import sqlalchemy as sa

revision = '1a2b3c'
down_revision = None


def upgrade():
    op.create_table(
        'orders',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('note', sa.Text(), nullable=True),
    )


def downgrade():
    op.drop_table('orders')
`,
};

function alembicRevision(body: string): Record<string, string> {
  return {
    'alembic/versions/4d5e6f_change.py': `from alembic import op
import sqlalchemy as sa

revision = '4d5e6f'
down_revision = '1a2b3c'


def upgrade():
${body}


def downgrade():
    pass
`,
  };
}

describe('Alembic revisions verified on PostgreSQL (PGlite)', () => {
  it('an alter_column to a type PostgreSQL cannot cast automatically fails at its line', async () => {
    const r = await verifiedPr(ALEMBIC_BASE, alembicRevision("    op.add_column('orders', sa.Column('total', sa.Numeric(10, 2), nullable=True))\n    op.alter_column('orders', 'note', type_=sa.Integer())"));
    const [f] = failures(r);
    expect(f).toMatchObject({ file: 'alembic/versions/4d5e6f_change.py', line: 10 });
    expect(f.message).toContain('column "note" cannot be cast automatically to type integer');
  });

  it('op.execute and rendered operations that are sound verify quietly', async () => {
    const r = await verifiedPr(ALEMBIC_BASE, alembicRevision("    op.add_column('orders', sa.Column('total', sa.Numeric(10, 2), server_default='0', nullable=False))\n    op.create_index('ix_orders_total', 'orders', ['total'])\n    op.execute('UPDATE orders SET total = 1')"));
    expect(failures(r)).toEqual([]);
    expect((r.notes ?? []).filter((n) => /verif|PGlite|PostgreSQL 17/i.test(n))).toEqual([]);
  });

  it('an id keyed by sa.PrimaryKeyConstraint is SERIAL and a sa.func default keeps its arguments, as SQLAlchemy sends them', async () => {
    const body = `    op.create_table(
        'items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(), server_default=sa.func.timezone('utc', sa.func.now()), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.execute("INSERT INTO items (name) VALUES ('first')")`;
    const r = await verifiedPr(ALEMBIC_BASE, alembicRevision(body));
    expect(failures(r)).toEqual([]);
    expect((r.notes ?? []).filter((n) => /verif|PGlite|PostgreSQL 17/i.test(n))).toEqual([]);
  });
});
