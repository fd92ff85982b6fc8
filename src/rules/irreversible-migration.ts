import type { Rule } from './rule.js';
import { ALEMBIC_BEFORE, backfillMigration, DJANGO_BEFORE } from './lib/python-examples.js';

export const irreversibleMigration: Rule = {
  id: 'irreversible-migration',
  category: 'process',
  severity: 'low',
  scope: 'history',
  dialects: 'all',
  docs: {
    summary: 'A Django or Alembic migration cannot be rolled back: RunPython without reverse_code, RunSQL without reverse_sql, or an Alembic downgrade() that only passes.',
    why: 'When a deploy goes wrong, `migrate <app> <previous>` or `alembic downgrade -1` is the way back. Django refuses to unapply a RunPython / RunSQL without a reverse ("IrreversibleError"), and an empty downgrade() marks the revision as undone while leaving the schema as it is, so the next upgrade fails or, worse, runs against a schema it does not expect.',
    fix: 'Give the operation a way back: `reverse_code=` (use `migrations.RunPython.noop` when undoing needs no work) or `reverse_sql=` (`migrations.RunSQL.noop`), and write the inverse operations in Alembic\'s downgrade(). If it truly cannot be undone, say so by raising an exception in downgrade() rather than passing.',
    bad: [
      {
        sql: '',
        files: {
          before: DJANGO_BEFORE,
          head: {
            ...DJANGO_BEFORE,
            'shop/migrations/0002_backfill.py': backfillMigration('migrations.RunPython(backfill)'),
          },
        },
      },
      {
        sql: '',
        files: {
          before: ALEMBIC_BEFORE,
          head: {
            ...ALEMBIC_BEFORE,
            'alembic/versions/4d5e6f_name.py': `"""add name"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f'
down_revision = '1a2b3c'


def upgrade():
    op.add_column('users', sa.Column('name', sa.String(100), nullable=True))


def downgrade():
    pass
`,
          },
        },
      },
    ],
    good: [
      {
        sql: '',
        files: {
          before: DJANGO_BEFORE,
          head: {
            ...DJANGO_BEFORE,
            'shop/migrations/0002_backfill.py': backfillMigration('migrations.RunPython(backfill, reverse_code=migrations.RunPython.noop)'),
          },
        },
      },
    ],
  },
  check(ctx) {
    if (!ctx.set.supportsDown) return [];
    return ctx.changes.flatMap((c) => {
      const f = c.headFile;
      if (!f || c.baseFile || !f.graph?.irreversible?.length) return [];
      return f.graph.irreversible.map((i) => ({
        at: { file: f.path, line: i.line, endLine: i.line },
        message:
          f.graph!.format === 'alembic'
            ? `${f.path}: ${i.what}, so \`alembic downgrade\` past this revision leaves its changes in place while recording them as undone.`
            : `${i.what}: Django cannot unapply this migration ("IrreversibleError"), so there is no way back from it with \`migrate\`.`,
      }));
    });
  },
};
