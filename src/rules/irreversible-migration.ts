import type { FormatId } from '../model/migration.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';
import { ALEMBIC_BEFORE, backfillMigration, DJANGO_BEFORE } from './lib/python-examples.js';

const WITH_DOWNS = {
  'migrations/1_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
  'migrations/1_users.down.sql': 'DROP TABLE users;',
  'migrations/2_orders.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);',
  'migrations/2_orders.down.sql': 'DROP TABLE orders;',
};
const WITHOUT_DOWNS = {
  'migrations/1_users.up.sql': WITH_DOWNS['migrations/1_users.up.sql'],
  'migrations/2_orders.up.sql': WITH_DOWNS['migrations/2_orders.up.sql'],
};
const ADD_NAME = { 'migrations/3_name.up.sql': 'ALTER TABLE users ADD COLUMN name text;' };

export const irreversibleMigration: Rule = {
  id: 'irreversible-migration',
  category: 'process',
  severity: 'low',
  scope: 'history',
  dialects: 'all',
  docs: {
    summary: 'A migration cannot be rolled back: RunPython without reverse_code, RunSQL without reverse_sql, an Alembic downgrade() that only passes, or a SQL migration without the down step the rest of its history has.',
    why: 'When a deploy goes wrong, `migrate <app> <previous>` or `alembic downgrade -1` is the way back. Django refuses to unapply a RunPython / RunSQL without a reverse ("IrreversibleError"), and an empty downgrade() marks the revision as undone while leaving the schema as it is, so the next upgrade fails or, worse, runs against a schema it does not expect.',
    fix: 'Give the operation a way back: `reverse_code=` (use `migrations.RunPython.noop` when undoing needs no work) or `reverse_sql=` (`migrations.RunSQL.noop`), and write the inverse operations in Alembic\'s downgrade(). If it truly cannot be undone, say so by raising an exception in downgrade() rather than passing.',
    bad: [
      {
        sql: '',
        files: { before: WITH_DOWNS, head: { ...WITH_DOWNS, ...ADD_NAME } },
        note: 'Every migration before it has a down file: this one was forgotten.',
      },
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
        files: { before: WITH_DOWNS, head: { ...WITH_DOWNS, ...ADD_NAME, 'migrations/3_name.down.sql': 'ALTER TABLE users DROP COLUMN name;' } },
      },
      {
        sql: '',
        files: { before: WITHOUT_DOWNS, head: { ...WITHOUT_DOWNS, ...ADD_NAME } },
        note: 'The project does not write down migrations: one more without is its convention, not an omission.',
      },
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
    const convention = downConvention(ctx);
    return ctx.changes.flatMap((c): RuleHit[] => {
      const f = c.headFile;
      if (!f || c.baseFile) return [];
      if (f.language === 'sql') {
        if (f.hasDown || f.repeatable || !convention) return [];
        return [{
          at: { file: f.path, line: 1, endLine: 1 },
          message: `${f.path} has no down migration, while ${convention.withDown} of the ${convention.total} migrations before it have one: ${ROLLBACK[ctx.set.format] ?? 'rolling back past it'} cannot undo it.`,
          fix: 'Write the down step with the migration (drop what it creates, restore what it changes), or, if it truly cannot be undone, write a down step that fails with a message saying so, so the gap is a decision rather than an omission.',
        }];
      }
      if (!f.graph?.irreversible?.length) return [];
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

/** How each tool rolls back, for the message. */
const ROLLBACK: Partial<Record<FormatId, string>> = {
  'golang-migrate': '`migrate down`',
  goose: '`goose down`',
  dbmate: '`dbmate rollback`',
  flyway: '`flyway undo`',
  diesel: '`diesel migration revert`',
  liquibase: '`liquibase rollback`',
  sqitch: '`sqitch revert`',
};

/**
 * Whether the team writes down migrations: most SQL migrations that already ran have one. Many
 * projects never write them (and say so by having none); only a missing down in a history that
 * has them is an omission a reviewer would ask about.
 */
function downConvention(ctx: RuleContext): { withDown: number; total: number } | undefined {
  const files = (ctx.baseSet?.files ?? []).filter((f) => f.language === 'sql' && !f.repeatable);
  const withDown = files.filter((f) => f.hasDown).length;
  return files.length >= 2 && withDown * 2 > files.length ? { withDown, total: files.length } : undefined;
}
