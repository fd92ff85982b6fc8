import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../../src/source/temp-repo.js';

/*
 * Every dialect through the bundled CLI. The bundle loads sql-parser-cst (SQLite), the MySQL front
 * end and the verifying engines from chunks of their own, which the in-process tests never load:
 * once the sql-parser-cst chunk exported only `default`, and every SQLite set parsed to nothing
 * from dist/ while every test of the source passed.
 */
const CLI = join(process.cwd(), 'dist/cli.js');

interface Finding {
  rule: string;
  file: string;
  line: number;
  verified?: string;
}

function check(repo: TempRepo, extra: string[] = []): { report: { findings: Finding[]; notes?: string[] }; err: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--format', 'json', '--fail-on', 'never', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
  });
  if (r.status !== 0) throw new Error(`migra exited ${r.status}: ${r.stderr}`);
  return { report: JSON.parse(r.stdout), err: r.stderr };
}

function schema(repo: TempRepo, set: string): string {
  const r = spawnSync(process.execPath, [CLI, 'schema', '--repo', repo.dir, '--set', set], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`migra schema exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe('the bundled CLI reads every dialect', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create('migra-bundle-dialects-');
    repo.commit('base', {
      '.github/migra.yml': 'sets:\n  - path: pg\n    dialect: postgresql\n  - path: lite\n    dialect: sqlite\n  - path: my\n    dialect: mysql\n',
      'pg/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text, age text);\n',
      'lite/001_users.sql': 'CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`legacy` text\n);\n',
      'my/001_users.sql': 'CREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `legacy` varchar(20)) ENGINE=InnoDB;\n',
    });
    repo.checkout('pr', true);
    repo.commit('drops', {
      'pg/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\nALTER TABLE users ALTER COLUMN age TYPE integer;\n',
      'lite/002_drop.sql': 'ALTER TABLE `users` DROP COLUMN `legacy`;\n',
      'my/002_drop.sql': 'ALTER TABLE `users` DROP COLUMN `legacy`;\n',
    });
  });
  afterAll(() => repo.remove());

  it('replays each set: the schema holds the tables the migrations create', () => {
    expect(schema(repo, 'lite')).toContain('CREATE TABLE users (\n  id integer NOT NULL,\n  PRIMARY KEY (id)\n);');
    expect(schema(repo, 'my')).toMatch(/CREATE TABLE users \(\n  id bigint NOT NULL AUTO_INCREMENT,/);
    expect(schema(repo, 'pg')).toContain('CREATE TABLE users (\n  id bigint NOT NULL,\n  age integer,');
  });

  it('finds the dropped column in each dialect, with nothing left unparsed', () => {
    const { report } = check(repo);
    const at = report.findings.map((f) => `${f.rule}@${f.file}:${f.line}`);
    expect(at).toEqual(expect.arrayContaining(['drop-column@pg/002_drop.sql:1', 'drop-column@lite/002_drop.sql:1', 'drop-column@my/002_drop.sql:1']));
    expect(at.filter((a) => a.startsWith('unparsed-statement'))).toEqual([]);
  });

  it('verifies on the engines shipped in the bundle: PGlite refuses the cast, sql.js observes the SQLite drop', () => {
    const cache = mkdtempSync(join(tmpdir(), 'migra-bundle-cache-'));
    // Twice: the second start restores PGlite's initialised data directory from the cache folder.
    for (let run = 0; run < 2; run++) {
      const { report } = check(repo, ['--verify', '--cache-dir', cache]);
      const failed = report.findings.filter((f) => f.rule === 'migration-fails-to-apply');
      expect(failed.map((f) => `${f.file}:${f.line}`)).toEqual(['pg/002_drop.sql:2']);
      expect(report.findings.find((f) => f.rule === 'drop-column' && f.file === 'lite/002_drop.sql')?.verified).toMatch(/^verified on SQLite/);
    }
  });
});

/*
 * Python through the bundled CLI: the bundle evaluates @lezer/python (and builds its parse tables) on first use
 * (src/tools/lazy-packages.ts defers the package), which only a run from dist/ exercises.
 */
describe('the bundled CLI reads Alembic and Django migrations', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create('migra-bundle-python-');
    repo.commit('base', {
      'shop/migrations/__init__.py': '',
      'shop/migrations/0001_initial.py': [
        'from django.db import migrations, models',
        '',
        '',
        'class Migration(migrations.Migration):',
        '    initial = True',
        '    dependencies = []',
        '',
        '    operations = [',
        "        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(primary_key=True)), ('legacy', models.TextField())]),",
        '    ]',
        '',
      ].join('\n'),
      'alembic/versions/0001_init.py': [
        'from alembic import op',
        'import sqlalchemy as sa',
        '',
        "revision = 'r1'",
        'down_revision = None',
        '',
        '',
        'def upgrade():',
        "    op.create_table('users', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('legacy', sa.Text()))",
        '',
        '',
        'def downgrade():',
        "    op.drop_table('users')",
        '',
      ].join('\n'),
    });
    repo.checkout('pr', true);
    repo.commit('drops', {
      'shop/migrations/0002_drop.py': [
        'from django.db import migrations',
        '',
        '',
        'class Migration(migrations.Migration):',
        "    dependencies = [('shop', '0001_initial')]",
        '',
        '    operations = [',
        "        migrations.RemoveField(model_name='order', name='legacy'),",
        '    ]',
        '',
      ].join('\n'),
      'alembic/versions/0002_drop.py': ['from alembic import op', '', "revision = 'r2'", "down_revision = 'r1'", '', '', 'def upgrade():', "    op.drop_column('users', 'legacy')", '', '', 'def downgrade():', "    op.add_column('users', op.f('legacy'))", ''].join('\n'),
    });
  });
  afterAll(() => repo.remove());

  it('finds the dropped column in both, at the line of the operation', () => {
    const { report } = check(repo);
    const at = report.findings.map((f) => `${f.rule}@${f.file}:${f.line}`);
    expect(at).toEqual(expect.arrayContaining(['drop-column@shop/migrations/0002_drop.py:8', 'drop-column@alembic/versions/0002_drop.py:8']));
  });
});
