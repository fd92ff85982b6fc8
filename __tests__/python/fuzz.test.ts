import { parseMigrationFile } from '../../src/frontends/index.js';
import { readPython } from '../../src/python/reader.js';
import type { MigrationFile } from '../../src/model/migration.js';
import { found, reviewPr } from '../helpers/review.js';

const DJANGO = `from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


def forwards(apps, schema_editor):
    for o in apps.get_model('shop', 'Order').objects.all():
        o.save()


class Migration(migrations.Migration):
    atomic = False
    dependencies = [
        ('shop', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Line',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('qty', models.PositiveIntegerField(default=1)),
                ('order', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='lines', to='shop.order')),
                ('tags', models.ManyToManyField(to='shop.tag')),
            ],
            options={'db_table': 'lines', 'unique_together': {('order', 'qty')}},
        ),
        migrations.AddField(model_name='order', name='note', field=models.TextField(blank=True, default="a" 'b')),
        migrations.RunSQL("""UPDATE shop_order SET note = '' WHERE note IS NULL;""", reverse_sql=migrations.RunSQL.noop),
        migrations.RunPython(forwards, lambda apps, se: None),
        migrations.AddIndexConcurrently(model_name='order', index=models.Index(fields=['-note'], name='order_note_idx', condition=models.Q(note__gt=''))),
    ]
`;

const ALEMBIC = `"""mixed

Revision ID: 4f2a
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision: str = '4f2a'
down_revision: str | None = ('1a', '2b')
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('things', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('data', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb")))
    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(sa.Column('x', sa.String(10), nullable=False, server_default='y'))
        batch_op.alter_column('name', new_column_name='full_name', existing_type=sa.String(50))
    with op.get_context().autocommit_block():
        op.create_index('ix_things_data', 'things', [sa.text("(data->>'k')")], postgresql_concurrently=True, postgresql_using='gin')
    op.execute(f"ALTER TABLE {name} ADD COLUMN y int")
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')


def downgrade() -> None:
    op.drop_table('things')
`;

/** A small deterministic PRNG, so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function garble(text: string, seed: number): string {
  const r = rng(seed);
  const chars = [...text];
  const edits = 1 + Math.floor(r() * 6);
  const junk = ['(', ')', '[', ']', '"', "'", '"""', ':', ',', '=', '\n', '    ', '#', '\\', 'def ', 'class ', '\t', 'é', '\u0000'];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * chars.length);
    const what = r();
    if (what < 0.4) chars.splice(at, 1 + Math.floor(r() * 8));
    else if (what < 0.8) chars.splice(at, 0, junk[Math.floor(r() * junk.length)]);
    else chars.splice(at, 0, ...chars.slice(Math.floor(r() * chars.length), Math.floor(r() * chars.length)));
  }
  return chars.join('');
}

function fileOf(text: string, format: 'django' | 'alembic'): MigrationFile {
  const path = format === 'django' ? 'shop/migrations/0002_x.py' : 'alembic/versions/4f2a_x.py';
  return { path, version: '1', name: 'x', language: 'python', up: text, hasDown: true, transaction: 'per-file', blobId: String(text.length), graph: { format, app: 'shop', id: 'x', parents: [] } };
}

const variants: [string, 'django' | 'alembic', string][] = [];
for (const [format, text] of [['django', DJANGO], ['alembic', ALEMBIC]] as const) {
  for (let cut = 0; cut < text.length; cut += 23) variants.push([`${format} truncated at ${cut}`, format, text.slice(0, cut)]);
  for (let seed = 1; seed <= 60; seed++) variants.push([`${format} garbled #${seed}`, format, garble(text, seed)]);
}

describe('Python front end under truncated and garbled input', () => {
  it('reads both sample files cleanly', () => {
    expect(readPython(DJANGO).errors).toEqual([]);
    expect(readPython(ALEMBIC).errors).toEqual([]);
  });

  it.each(variants)('%s: never throws; a syntax error is reported', async (_name, format, text) => {
    const ops = await parseMigrationFile(fileOf(text, format), 'postgresql');
    const mod = readPython(text);
    if (mod.errors.length) expect(ops.some((o) => o.kind === 'unparsed')).toBe(true);
    for (const o of ops) {
      expect(o.stmt.line).toBeGreaterThanOrEqual(1);
      expect(o.stmt.endLine).toBeGreaterThanOrEqual(o.stmt.line);
    }
  });

  it('survives garbled files through the whole engine, with a finding for each', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const text = garble(DJANGO, 1000 + seed);
      if (!readPython(text).errors.length) continue;
      const report = await reviewPr({ 'shop/migrations/0001_initial.py': 'from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = []\n' }, { 'shop/migrations/0002_x.py': text });
      expect(found(report).length).toBeGreaterThan(0);
    }
    for (let seed = 1; seed <= 25; seed++) {
      const text = garble(ALEMBIC, 2000 + seed);
      if (!readPython(text).errors.length || !/^revision/m.test(text) || !/^down_revision/m.test(text)) continue;
      const report = await reviewPr({}, { 'alembic/versions/4f2a_x.py': text });
      expect(found(report).length).toBeGreaterThan(0);
    }
  });
});
