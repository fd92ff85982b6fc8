import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { ALEMBIC_BEFORE, djangoChange } from '../../src/rules/lib/python-examples.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'irreversible-migration';
const DJANGO = (what: string) => `${what}: Django cannot unapply this migration ("IrreversibleError"), so there is no way back from it with \`migrate\`.`;
const ALEMBIC = (what: string) => `alembic/versions/4d5e6f_change.py: ${what}, so \`alembic downgrade\` past this revision leaves its changes in place while recording them as undone.`;
const ADD_NAME = "    op.add_column('users', sa.Column('name', sa.String(100), nullable=True))";

/** A pull request adding one Alembic revision after ALEMBIC_BEFORE; `downgrade` is the text after upgrade(). */
function alembic(upgrade: string, downgrade: string): RuleExample {
  const file = `"""change"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = '4d5e6f'\ndown_revision = '1a2b3c'\n\n\ndef upgrade():\n${upgrade}\n\n\n${downgrade}`;
  return { sql: '', files: { before: ALEMBIC_BEFORE, head: { ...ALEMBIC_BEFORE, 'alembic/versions/4d5e6f_change.py': file } } };
}

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

const lines = (fs: Finding[]) => fs.map((f) => `${f.line} ${f.message}`);

describe('irreversible-migration', () => {
  describe('Django', () => {
    it('reports RunPython without reverse_code, positional or keyword code, at its line', async () => {
      const [f, ...rest] = await hits(djangoChange('migrations.RunPython(backfill)'));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 10, endLine: 10, severity: 'low', category: 'process', file: 'shop/migrations/0002_change.py', message: DJANGO('RunPython without reverse_code') });
      expect(lines(await hits(djangoChange('migrations.RunPython(code=backfill)')))).toEqual([`10 ${DJANGO('RunPython without reverse_code')}`]);
    });

    it('reports RunSQL without reverse_sql', async () => {
      expect(lines(await hits(djangoChange("migrations.RunSQL(\"UPDATE shop_order SET status = 'new' WHERE status IS NULL\")")))).toEqual([`10 ${DJANGO('RunSQL without reverse_sql')}`]);
    });

    it('reports each irreversible operation of a migration, also inside SeparateDatabaseAndState', async () => {
      expect(lines(await hits(djangoChange('migrations.RunSQL("SELECT 1"),\n        migrations.RunPython(backfill)')))).toEqual([
        `10 ${DJANGO('RunSQL without reverse_sql')}`,
        `11 ${DJANGO('RunPython without reverse_code')}`,
      ]);
      expect(lines(await hits(djangoChange('migrations.SeparateDatabaseAndState(database_operations=[migrations.RunSQL("SELECT 1")], state_operations=[])')))).toEqual([
        `10 ${DJANGO('RunSQL without reverse_sql')}`,
      ]);
    });
  });

  describe('Alembic', () => {
    it('reports a downgrade() that only passes, at its def line', async () => {
      const [f] = await hits(alembic(ADD_NAME, 'def downgrade():\n    pass\n'));
      expect(f).toMatchObject({ line: 13, severity: 'low', message: ALEMBIC('downgrade() only passes') });
    });

    it('counts a docstring before the pass as passing only', async () => {
      expect(lines(await hits(alembic(ADD_NAME, 'def downgrade():\n    """Nothing to undo."""\n    pass\n')))).toEqual([`13 ${ALEMBIC('downgrade() only passes')}`]);
    });

    it('reports a revision without downgrade() at line 1', async () => {
      expect(lines(await hits(alembic(ADD_NAME, '')))).toEqual([`1 ${ALEMBIC('no downgrade()')}`]);
    });
  });

  describe('stays quiet', () => {
    it('for RunPython with reverse_code, positional or keyword, noop included', async () => {
      expect(await hits(djangoChange('migrations.RunPython(backfill, migrations.RunPython.noop)'))).toEqual([]);
      expect(await hits(djangoChange('migrations.RunPython(backfill, reverse_code=unfill)'))).toEqual([]);
    });

    it('for RunSQL with reverse_sql, positional or keyword', async () => {
      expect(await hits(djangoChange('migrations.RunSQL("SELECT 1", "SELECT 2")'))).toEqual([]);
      expect(await hits(djangoChange('migrations.RunSQL("SELECT 1", reverse_sql=migrations.RunSQL.noop)'))).toEqual([]);
    });

    it('for schema operations, which Django reverses itself', async () => {
      expect(await hits(djangoChange("migrations.AddField('order', 'note', models.TextField(null=True))"))).toEqual([]);
    });

    it('for an Alembic downgrade() that undoes the upgrade, or raises to say it cannot', async () => {
      expect(await hits(alembic(ADD_NAME, "def downgrade():\n    op.drop_column('users', 'name')\n"))).toEqual([]);
      expect(await hits(alembic(ADD_NAME, "def downgrade():\n    raise NotImplementedError('one way')\n"))).toEqual([]);
    });

    it('for formats without a down step, and for SQL histories that do not write down steps', async () => {
      expect(await hits({ before: 'CREATE TABLE t (id int PRIMARY KEY);', sql: 'ALTER TABLE t ADD COLUMN x int;' })).toEqual([]);
      expect(await hits({ format: 'goose', before: 'CREATE TABLE t (id int PRIMARY KEY);', sql: 'ALTER TABLE t ADD COLUMN x int;' })).toEqual([]);
      const prisma = await reviewPr(
        { 'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" INTEGER NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));', 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n' },
        { 'prisma/migrations/20240201000000_name/migration.sql': 'ALTER TABLE "User" ADD COLUMN "name" TEXT;' },
      );
      expect(prisma.sets.map((s) => s.format)).toEqual(['prisma']);
      expect(found(prisma).filter((f) => f.startsWith(`${ID}@`))).toEqual([]);
    });

    it('for a migration that already ran and is only edited in this pull request', async () => {
      const ex = djangoChange('migrations.RunPython(backfill)');
      const old = ex.files!.head;
      const edited = { ...old, 'shop/migrations/0002_change.py': old['shop/migrations/0002_change.py'].replace('RunPython(backfill)', 'RunPython(backfill)  # slow') };
      expect(await hits({ sql: '', files: { before: old, head: edited } })).toEqual([]);
    });
  });

  it('in a realistic Django history, reports only the new migrations’ operations that have no way back', async () => {
    const migration = (deps: string, ops: string) => `from django.db import migrations, models\n\n\ndef forwards(apps, schema_editor):\n    pass\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n${ops}\n    ]\n`;
    const base = {
      'manage.py': '',
      'shop/migrations/0001_initial.py': migration('', "        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(primary_key=True)), ('status', models.CharField(max_length=20, null=True))]),"),
      'shop/migrations/0002_status_default.py': migration("('shop', '0001_initial')", '        migrations.RunPython(forwards),'),
      'shop/migrations/0003_note.py': migration("('shop', '0002_status_default')", "        migrations.AddField('order', 'note', models.TextField(null=True)),"),
    };
    const report = await reviewPr(base, {
      'shop/migrations/0004_backfill.py': migration("('shop', '0003_note')", [
        '        migrations.RunPython(forwards, migrations.RunPython.noop),',
        "        migrations.RunSQL(\"UPDATE shop_order SET note = '' WHERE note IS NULL AND id < 1000\"),",
      ].join('\n')),
      'shop/migrations/0005_index.py': migration("('shop', '0004_backfill')", [
        '        migrations.RunSQL("CREATE INDEX CONCURRENTLY shop_order_note ON shop_order (note)", reverse_sql="DROP INDEX shop_order_note"),',
        '        migrations.RunPython(forwards),',
      ].join('\n')).replace('class Migration(migrations.Migration):\n', 'class Migration(migrations.Migration):\n    atomic = False\n'),
    });
    expect(found(report).filter((f) => f.startsWith(`${ID}@`))).toEqual([`${ID}@0004_backfill.py:13`, `${ID}@0005_index.py:14`]);
    expect(report.findings.filter((f) => f.rule === ID).map((f) => f.message)).toEqual([DJANGO('RunSQL without reverse_sql'), DJANGO('RunPython without reverse_code')]);
  });

  describe('SQL migrations without the down step their history has', () => {
    const GOOSE_BASE = {
      'db/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE users;\n',
      'db/00002_orders.sql': '-- +goose Up\nCREATE TABLE orders (id bigint PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE orders;\n',
      'db/00003_notes.sql': '-- +goose Up\nCREATE TABLE notes (id bigint PRIMARY KEY);\n',
    };

    it('reports a goose file without a Down section when most earlier ones have one, at line 1, naming the tool', async () => {
      const report = await reviewPr(GOOSE_BASE, { 'db/00004_name.sql': '-- +goose Up\nALTER TABLE users ADD COLUMN name text;\n' });
      const [f, ...rest] = report.findings.filter((x) => x.rule === ID);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ file: 'db/00004_name.sql', line: 1, severity: 'low' });
      expect(f.message).toBe('db/00004_name.sql has no down migration, while 2 of the 3 migrations before it have one: `goose down` cannot undo it.');
    });

    it('reports a golang-migrate up file whose .down.sql is missing', async () => {
      const base = { 'm/1_a.up.sql': 'CREATE TABLE a (id int);', 'm/1_a.down.sql': 'DROP TABLE a;', 'm/2_b.up.sql': 'CREATE TABLE b (id int);', 'm/2_b.down.sql': 'DROP TABLE b;' };
      const report = await reviewPr(base, { 'm/3_c.up.sql': 'CREATE TABLE c (id int);' });
      expect(found(report).filter((f) => f.startsWith(`${ID}@`))).toEqual([`${ID}@3_c.up.sql:1`]);
      const withDown = await reviewPr(base, { 'm/3_c.up.sql': 'CREATE TABLE c (id int);', 'm/3_c.down.sql': 'DROP TABLE c;' });
      expect(found(withDown).filter((f) => f.startsWith(`${ID}@`))).toEqual([]);
    });

    it('stays quiet when down steps are the exception, when the history is too short to tell, and for edits of applied files', async () => {
      const mostlyNone = { ...GOOSE_BASE, 'db/00002_orders.sql': '-- +goose Up\nCREATE TABLE orders (id bigint PRIMARY KEY);\n' };
      expect(found(await reviewPr(mostlyNone, { 'db/00004_name.sql': '-- +goose Up\nALTER TABLE users ADD COLUMN name text;\n' })).filter((f) => f.startsWith(`${ID}@`))).toEqual([]);
      const one = { 'db/00001_users.sql': GOOSE_BASE['db/00001_users.sql'] };
      expect(found(await reviewPr(one, { 'db/00002_name.sql': '-- +goose Up\nALTER TABLE users ADD COLUMN name text;\n' })).filter((f) => f.startsWith(`${ID}@`))).toEqual([]);
      const edited = await reviewPr(GOOSE_BASE, { 'db/00003_notes.sql': '-- +goose Up\nCREATE TABLE notes (id bigint PRIMARY KEY, body text);\n' });
      expect(found(edited).filter((f) => f.startsWith(`${ID}@`))).toEqual([]);
    });
  });
});
