import { found, reviewPr } from '../helpers/review.js';

// A FastAPI / SQLAlchemy project with Alembic; revision ids do not sort in graph order.
const BASE = {
  'alembic.ini': '[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql+psycopg://app@localhost/app\n',
  'alembic/env.py': 'from alembic import context\n',
  'alembic/versions/f3a1_create_users.py': `"""create users

Revision ID: f3a1
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = 'f3a1'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True)


def downgrade() -> None:
    op.drop_index(op.f('ix_users_email'), table_name='users')
    op.drop_table('users')
`,
  'alembic/versions/0b7c_posts.py': `"""posts"""
from alembic import op
import sqlalchemy as sa

revision: str = '0b7c'
down_revision: str | None = 'f3a1'


def upgrade() -> None:
    op.create_table(
        'posts',
        sa.Column('id', sa.BigInteger(), primary_key=True),
        sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), nullable=False),
        sa.Column('body', sa.Text()),
    )


def downgrade() -> None:
    op.drop_table('posts')
`,
};

describe('Alembic pull requests', () => {
  it('orders revisions by down_revision and stays quiet on a safe change', async () => {
    const report = await reviewPr(BASE, {
      'alembic/versions/9e2d_add_title.py': `"""add title"""
from alembic import op
import sqlalchemy as sa

revision = '9e2d'
down_revision = '0b7c'


def upgrade() -> None:
    op.add_column('posts', sa.Column('title', sa.String(200), nullable=True))
    op.add_column('posts', sa.Column('published', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.get_context().autocommit_block():
        op.create_index('ix_posts_user_id', 'posts', ['user_id'], postgresql_concurrently=True)


def downgrade() -> None:
    op.drop_index('ix_posts_user_id', table_name='posts')
    op.drop_column('posts', 'published')
    op.drop_column('posts', 'title')
`,
    });
    expect(report.sets).toEqual([expect.objectContaining({ format: 'alembic', dialect: 'postgresql', dialectSource: 'settings', files: 3 })]);
    expect(found(report)).toEqual([]);
  });

  it('finds the risks of a dangerous revision on their lines', async () => {
    const report = await reviewPr(BASE, {
      'alembic/versions/1c4e_risky.py': `"""risky"""
from alembic import op
import sqlalchemy as sa

revision = '1c4e'
down_revision = '0b7c'


def upgrade() -> None:
    op.add_column('users', sa.Column('plan', sa.String(20), nullable=False))
    op.drop_column('posts', 'body')
    op.create_index('ix_posts_user_id', 'posts', ['user_id'], postgresql_concurrently=True)
    op.alter_column('users', 'email', type_=sa.String(100), existing_type=sa.String(255))
    op.execute("UPDATE posts SET user_id = 1")


def downgrade() -> None:
    pass
`,
    });
    expect(found(report)).toEqual(
      [
        'add-required-column@1c4e_risky.py:10',
        'drop-column@1c4e_risky.py:11',
        'concurrently-in-transaction@1c4e_risky.py:12',
        'narrowing-type-change@1c4e_risky.py:13',
        'unbounded-data-change@1c4e_risky.py:14',
        'irreversible-migration@1c4e_risky.py:17',
        'lock-timeout-missing@1c4e_risky.py:10',
        'many-statements-under-exclusive-lock@1c4e_risky.py:10',
        'table-rewrite-type-change@1c4e_risky.py:13',
      ].sort(),
    );
  });

  it('reports a second head', async () => {
    const rev = (id: string, down: string) => `revision = '${id}'\ndown_revision = '${down}'\n\n\ndef upgrade():\n    op.add_column('posts', sa.Column('n_${id}', sa.Integer(), nullable=True))\n\n\ndef downgrade():\n    op.drop_column('posts', 'n_${id}')\n`;
    const base = { ...BASE, 'alembic/versions/aaaa_one.py': rev('aaaa', '0b7c') };
    const report = await reviewPr(base, { 'alembic/versions/bbbb_two.py': rev('bbbb', '0b7c') });
    expect(found(report)).toEqual(['migration-order-conflict@bbbb_two.py:1']);
    expect(report.findings[0].message).toContain('Multiple head revisions');
    const merged = await reviewPr(base, { 'alembic/versions/bbbb_two.py': rev('bbbb', 'aaaa') });
    expect(found(merged)).toEqual([]);
  });

  it('reads SQL given to op.execute at its own lines, and sees dynamic SQL as opaque', async () => {
    const report = await reviewPr(BASE, {
      'alembic/versions/77aa_sql.py': `revision = '77aa'
down_revision = '0b7c'


def upgrade():
    op.execute(
        """
        ALTER TABLE users ADD COLUMN nickname text;
        DELETE FROM posts;
        """
    )
    for table in ['users', 'posts']:
        op.execute(f"ANALYZE {table}")


def downgrade():
    op.drop_column('users', 'nickname')
`,
    });
    expect(found(report)).toEqual(['lock-timeout-missing@77aa_sql.py:8', 'many-statements-under-exclusive-lock@77aa_sql.py:8', 'opaque-code-migration@77aa_sql.py:12', 'unbounded-data-change@77aa_sql.py:9']);
  });
  it('reviews a revision in a version_locations folder that alembic.ini names', async () => {
    const base = {
      'alembic.ini': '[alembic]\nscript_location = %(here)s/alembic\nversion_locations = %(here)s/alembic/versions %(here)s/plugins/audit/schema\nsqlalchemy.url = postgresql://app@localhost/app\n',
      'alembic/env.py': BASE['alembic/env.py'],
      'alembic/versions/f3a1_create_users.py': BASE['alembic/versions/f3a1_create_users.py'],
      'alembic/versions/0b7c_posts.py': BASE['alembic/versions/0b7c_posts.py'],
    };
    const report = await reviewPr(base, {
      'plugins/audit/schema/5d5d_audit.py': `revision = '5d5d'\ndown_revision = '0b7c'\n\n\ndef upgrade():\n    op.drop_column('posts', 'body')\n\n\ndef downgrade():\n    op.add_column('posts', sa.Column('body', sa.Text()))\n`,
    });
    expect(report.sets).toEqual([expect.objectContaining({ format: 'alembic', dialect: 'postgresql', dialectSource: 'settings', files: 3 })]);
    expect(found(report)).toEqual(['drop-column@5d5d_audit.py:6']);
  });
});
