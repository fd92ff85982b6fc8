import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { ALEMBIC_BEFORE, DJANGO_BEFORE } from '../../src/rules/lib/python-examples.js';

const ID = 'require-table-schema';
const POSTS = 'CREATE TABLE public.posts (id bigint PRIMARY KEY, title text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES, { rules: { [ID]: 'low' } });
  return report.findings.filter((f) => f.rule === ID);
}

describe('require-table-schema', () => {
  it('reports CREATE TABLE without a schema, naming the table', async () => {
    const [f, ...rest] = await hits({ sql: 'SELECT 1;\nCREATE TABLE posts (id bigint PRIMARY KEY);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'low', category: 'hygiene' });
    expect(f.message).toBe('CREATE TABLE posts does not name a schema: the table lands in the first schema on the search_path of the role that runs the migration.');
    expect(f.replacement).toBeUndefined();
  });

  it('reports ALTER TABLE once per statement, whatever it does', async () => {
    const found = await hits({ before: POSTS, sql: 'ALTER TABLE posts ADD COLUMN body text, ALTER COLUMN title SET NOT NULL;\nALTER TABLE posts RENAME COLUMN body TO content;\nALTER TABLE posts ADD CONSTRAINT posts_title_check CHECK (title <> \'\');' });
    expect(found.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(found[0].message).toContain('ALTER TABLE posts does not name a schema: it changes whichever posts comes first');
  });

  it('reports DROP TABLE, listing only the unqualified names', async () => {
    const [f] = await hits({ before: POSTS + '\nCREATE TABLE public.drafts (id bigint);\nCREATE TABLE public.tags (id bigint);', sql: 'DROP TABLE public.posts, drafts, tags;' });
    expect(f.message).toContain('DROP TABLE drafts and tags do not name a schema: it drops whichever drafts and tags come first');
  });

  it('reports an Alembic operation without schema=', async () => {
    const revision = `"""add name"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f'
down_revision = '1a2b3c'


def upgrade():
    op.add_column('users', sa.Column('name', sa.Text(), nullable=True))
    op.add_column('users', sa.Column('nick', sa.Text(), nullable=True), schema='public')


def downgrade():
    op.drop_column('users', 'name')
`;
    const report = await runExample({ sql: '', files: { before: ALEMBIC_BEFORE, head: { ...ALEMBIC_BEFORE, 'alembic/versions/4d5e6f_name.py': revision } } }, RULES, { rules: { [ID]: 'low' } });
    expect(report.findings.filter((f) => f.rule === ID).map((f) => f.line)).toEqual([10]);
  });

  describe('stays quiet', () => {
    it('for qualified names, quoted or not', async () => {
      expect(await hits({ before: POSTS, sql: 'CREATE TABLE public.tags (id bigint);\nALTER TABLE "public"."posts" ADD COLUMN body text;\nDROP TABLE public.tags;' })).toEqual([]);
    });

    it('after SET search_path in the same file', async () => {
      expect(await hits({ before: POSTS, sql: "SET search_path TO public;\nALTER TABLE posts ADD COLUMN body text;\nCREATE TABLE tags (id bigint);" })).toEqual([]);
    });

    it('for temporary tables', async () => {
      expect(await hits({ sql: 'CREATE TEMP TABLE staging (id bigint);\nALTER TABLE staging ADD COLUMN n int;\nDROP TABLE staging;' })).toEqual([]);
    });

    it('for statements that name no table: CREATE INDEX, CREATE TYPE, UPDATE', async () => {
      expect(await hits({ before: POSTS, sql: "CREATE INDEX posts_title_idx ON public.posts (title);\nCREATE TYPE mood AS ENUM ('a');\nUPDATE posts SET title = '' WHERE title IS NULL;" })).toEqual([]);
    });

    it('for Django migrations, which never write a schema', async () => {
      const migration = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.AddField(model_name='order', name='note', field=models.TextField(null=True)),
    ]
`;
      const report = await runExample({ sql: '', files: { before: DJANGO_BEFORE, head: { ...DJANGO_BEFORE, 'shop/migrations/0002_note.py': migration } } }, RULES, { rules: { [ID]: 'low' } });
      expect(report.findings.filter((f) => f.rule === ID)).toEqual([]);
    });

    it('on MySQL and SQLite, where a schema qualifier would name one database', async () => {
      expect(await hits({ dialect: 'mysql', sql: 'CREATE TABLE posts (id bigint PRIMARY KEY);' })).toEqual([]);
      expect(await hits({ dialect: 'sqlite', sql: 'CREATE TABLE posts (id integer PRIMARY KEY);' })).toEqual([]);
    });
  });
});
