import type { Config } from '../../src/config/config.js';
import { MigraError } from '../../src/model/errors.js';
import { found, reviewPr } from '../helpers/review.js';

// A multi-app application: a core Alembic environment and an app environment with its own
// version table and folder; the app's revisions alter core tables, so they run after the core.
const rev = (id: string, down: string | null, upgrade: string) => `from alembic import op
import sqlalchemy as sa

revision = '${id}'
down_revision = ${down === null ? 'None' : `'${down}'`}


def upgrade():
${upgrade}


def downgrade():
    pass
`;

const BASE = {
  'core/alembic/versions/c001_users.py': rev(
    'c001',
    null,
    `    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('email', sa.String(255), nullable=False),
        sa.Column('legacy_flag', sa.Boolean(), nullable=True),
    )`,
  ),
  'apps/billing/alembic/versions/b001_invoices.py': rev(
    'b001',
    null,
    `    op.create_table(
        'invoices',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), nullable=False),
    )`,
  ),
};

const ORDERED: Partial<Config> = {
  sets: [
    { path: 'core/alembic', format: 'alembic', dialect: 'postgresql' },
    { path: 'apps/billing/alembic', format: 'alembic', dialect: 'postgresql', after: ['core/alembic'] },
  ],
};
const UNORDERED: Partial<Config> = { sets: ORDERED.sets!.map(({ after: _after, ...s }) => s) };

const APP_PR = {
  'apps/billing/alembic/versions/b002_plan.py': rev(
    'b002',
    'b001',
    `    op.add_column('users', sa.Column('plan', sa.String(20), nullable=False))
    op.drop_column('users', 'legacy_flag')`,
  ),
};

describe('Alembic environments ordered by config', () => {
  it("reviews an app's revision on a core table against the core's schema", async () => {
    const report = await reviewPr(BASE, APP_PR, ORDERED);
    expect(found(report)).toEqual(expect.arrayContaining(['add-required-column@b002_plan.py:9', 'drop-column@b002_plan.py:10']));
    expect(report.findings.find((f) => f.rule === 'drop-column')!.message).toMatch(/users\.legacy_flag \(boolean\)/);
    // The app set's diff is its own change, not the core's tables again.
    expect(report.schemaDiff.tables).toEqual([expect.objectContaining({ table: 'users', status: 'changed', columnsAdded: ['plan'], columnsDropped: ['legacy_flag'] })]);
    expect(report.rollback).toMatch(/legacy_flag boolean/);
  });

  it('without an order, each environment is a database of its own, as before', async () => {
    const report = await reviewPr(BASE, APP_PR, UNORDERED);
    // users is unknown to the app set: nothing can be said about it.
    expect(found(report).filter((f) => /^(add-required-column|drop-column)@/.test(f))).toEqual([]);
  });

  it('sees a core table created in the same pull request as new, not as existing', async () => {
    const report = await reviewPr(
      BASE,
      {
        'core/alembic/versions/c002_teams.py': rev('c002', 'c001', "    op.create_table('teams', sa.Column('id', sa.Integer(), primary_key=True))"),
        'apps/billing/alembic/versions/b002_team_plan.py': rev('b002', 'b001', "    op.add_column('teams', sa.Column('plan', sa.String(20), nullable=False))"),
      },
      ORDERED,
    );
    expect(found(report).filter((f) => /^(add-required-column|drop-table)@/.test(f))).toEqual([]);
    // The core set's diff adds teams; the app set's diff is only its column.
    expect(report.schemaDiff.tables.map((t) => `${t.table} ${t.status} ${t.columnsAdded.join(',')}`).sort()).toEqual(['teams added id', 'teams changed plan']);
  });

  it('follows a chain: a set after a set after the core starts from both', async () => {
    const chain: Partial<Config> = {
      sets: [
        { path: 'core/alembic', format: 'alembic', dialect: 'postgresql' },
        { path: 'apps/billing/alembic', format: 'alembic', dialect: 'postgresql', after: ['core/alembic'] },
        { path: 'apps/reports/alembic', format: 'alembic', dialect: 'postgresql', after: ['apps/billing/alembic'] },
      ],
    };
    const report = await reviewPr(BASE, { 'apps/reports/alembic/versions/r001_drop.py': rev('r001', null, "    op.drop_column('invoices', 'user_id')\n    op.drop_column('users', 'email')") }, chain);
    expect(found(report).filter((f) => f.startsWith('drop-column'))).toEqual(['drop-column@r001_drop.py:10', 'drop-column@r001_drop.py:9']);
  });

  it('refuses to order sets of different databases', async () => {
    const mixed: Partial<Config> = { sets: [ORDERED.sets![0], { ...ORDERED.sets![1], dialect: 'mysql' }] };
    await expect(reviewPr(BASE, APP_PR, mixed)).rejects.toThrow(MigraError);
    await expect(reviewPr(BASE, APP_PR, mixed)).rejects.toThrow(/sets\[1\] \(apps\/billing\/alembic\): after 'core\/alembic': a mysql set cannot run after a postgresql set/);
  });
});
