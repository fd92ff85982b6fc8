import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { ALEMBIC_BEFORE, djangoChange } from '../../src/rules/lib/python-examples.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'opaque-code-migration';
const OPAQUE = (what: string) => `${what} runs Python code that Migra does not execute: whatever data it changes and whatever locks it holds are not part of this review.`;

/** A pull request adding one Alembic revision after ALEMBIC_BEFORE, whose upgrade() body is `upgrade` (line 10 on). */
function alembic(upgrade: string): RuleExample {
  const file = `"""change"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = '4d5e6f'\ndown_revision = '1a2b3c'\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n    pass\n`;
  return { sql: '', files: { before: ALEMBIC_BEFORE, head: { ...ALEMBIC_BEFORE, 'alembic/versions/4d5e6f_change.py': file } } };
}

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

const lines = (fs: Finding[]) => fs.map((f) => `${f.line} ${f.message}`);

describe('opaque-code-migration', () => {
  describe('Django', () => {
    it('reports RunPython, naming the function, with or without reverse_code', async () => {
      const [f, ...rest] = await hits(djangoChange('migrations.RunPython(backfill)'));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 10, severity: 'low', category: 'process', file: 'shop/migrations/0002_change.py', message: OPAQUE('RunPython(backfill)') });
      expect(lines(await hits(djangoChange('migrations.RunPython(backfill, reverse_code=unfill)')))).toEqual([`10 ${OPAQUE('RunPython(backfill)')}`]);
      expect(lines(await hits(djangoChange('migrations.RunPython(code=backfill)')))).toEqual([`10 ${OPAQUE('RunPython(backfill)')}`]);
    });

    it('reports RunSQL given SQL built at run time', async () => {
      expect(lines(await hits(djangoChange('migrations.RunSQL("UPDATE shop_order SET status = %s" % "x", reverse_sql=migrations.RunSQL.noop)')))).toEqual([`10 ${OPAQUE('SQL built at run time')}`]);
    });
  });

  describe('Alembic', () => {
    it('reports code run through op.get_bind() once, where it runs, not at the get_bind() line', async () => {
      const fs = await hits(alembic("    conn = op.get_bind()\n    conn.execute(sa.text('UPDATE users SET email = lower(email)'))"));
      expect(lines(fs)).toEqual([`11 ${OPAQUE('Python call conn.execute()')}`]);
    });

    it('reports op.execute of SQL built at run time', async () => {
      expect(lines(await hits(alembic("    table = 'users'\n    op.execute(f'UPDATE {table} SET email = lower(email)')")))).toEqual([`11 ${OPAQUE('SQL built at run time')}`]);
    });

    it('reports loops and calls outside op', async () => {
      expect(lines(await hits(alembic("    for t in ['users']:\n        op.execute('SELECT 1')")))).toEqual([`10 ${OPAQUE('Python for statement')}`]);
      expect(lines(await hits(alembic('    backfill_emails()')))).toEqual([`10 ${OPAQUE('Python call backfill_emails()')}`]);
    });
  });

  describe('stays quiet', () => {
    it('for Django RunSQL with literal SQL, which is read and checked', async () => {
      expect(await hits(djangoChange("migrations.RunSQL(\"UPDATE shop_order SET status = 'new' WHERE status IS NULL\")"))).toEqual([]);
    });

    it('for Django schema operations', async () => {
      expect(await hits(djangoChange("migrations.AddField('order', 'note', models.TextField(null=True))"))).toEqual([]);
    });

    it('for Alembic op.execute of literal SQL, also through sa.text', async () => {
      expect(await hits(alembic("    op.execute('UPDATE users SET email = lower(email) WHERE id < 100')"))).toEqual([]);
      expect(await hits(alembic('    op.execute(sa.text("UPDATE users SET email = lower(email) WHERE id < 100"))'))).toEqual([]);
    });

    it('for a get_bind() used only to test the dialect, and a branch Migra can decide', async () => {
      expect(await hits(alembic("    bind = op.get_bind()\n    if bind.dialect.name == 'postgresql':\n        op.execute('SELECT 1')"))).toEqual([]);
      expect(await hits(alembic("    if op.get_context().dialect.name == 'postgresql':\n        op.execute('SELECT 1')"))).toEqual([]);
    });

    it('for SQL migrations', async () => {
      expect(await hits({ before: 'CREATE TABLE t (id int PRIMARY KEY, x int);', sql: 'DO $$ BEGIN UPDATE t SET x = 1 WHERE id = 1; END $$;' })).toEqual([]);
    });
  });

  it('in a realistic Alembic history, reports each piece of code Migra cannot read in the new revisions', async () => {
    const rev = (id: string, down: string, upgrade: string, downgrade = '    pass') => `"""${id}"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = '${id}'\ndown_revision = ${down}\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n${downgrade}\n`;
    const base = {
      'alembic/env.py': 'from alembic import context\n',
      'alembic/versions/a001_users.py': rev('a001', 'None', "    op.create_table('users', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('email', sa.String(255)))", "    op.drop_table('users')"),
      'alembic/versions/a002_backfill.py': rev('a002', "'a001'", "    conn = op.get_bind()\n    conn.execute(sa.text('UPDATE users SET email = lower(email)'))"),
      'alembic/versions/a003_name.py': rev('a003', "'a002'", "    op.add_column('users', sa.Column('name', sa.String(100), nullable=True))", "    op.drop_column('users', 'name')"),
    };
    const report = await reviewPr(base, {
      'alembic/versions/a004_normalize.py': rev('a004', "'a003'", [
        "    op.execute(\"UPDATE users SET name = '' WHERE name IS NULL AND id < 1000\")",
        '    conn = op.get_bind()',
        "    for row in conn.execute(sa.text('SELECT id, email FROM users')):",
        "        conn.execute(sa.text('UPDATE users SET name = :n WHERE id = :i'), {'n': row.email.split('@')[0], 'i': row.id})",
      ].join('\n')),
      'alembic/versions/a005_index.py': rev('a005', "'a004'", "    op.create_index('ix_users_name', 'users', ['name'])", "    op.drop_index('ix_users_name')"),
    });
    expect(found(report).filter((f) => f.startsWith(`${ID}@`))).toEqual([`${ID}@a004_normalize.py:12`]);
    expect(report.findings.find((f) => f.rule === ID)!.message).toBe(OPAQUE('Python for statement'));
  });
});
