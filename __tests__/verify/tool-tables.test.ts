import { analyze } from '../../src/analyze/engine.js';
import { parseCli } from '../../src/cli/args.js';
import { runSchema } from '../../src/cli/schema.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { FileChange } from '../../src/model/migration.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { TempRepo } from '../../src/source/temp-repo.js';

/*
 * A migration tool's own bookkeeping table exists before the first migration, in the model and
 * in the engine (knowledge/tool-tables.ts). Named after the case that taught it: Lemmy's
 * 2025-08-01-000017_forbid_diesel_cli puts a trigger on __diesel_schema_migrations.
 */

const INIT = 'migrations/2024-01-01-000000_init/up.sql';
const FORBID = 'migrations/2025-08-01-000017_forbid_diesel_cli/up.sql';
const FORBID_SQL = `CREATE FUNCTION forbid_diesel_cli () RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  RAISE 'migrations must be managed using lemmy_server instead of diesel CLI';
END;
$$;

CREATE TRIGGER forbid_diesel_cli
  BEFORE INSERT OR UPDATE OR DELETE ON __diesel_schema_migrations
  FOR EACH STATEMENT
  EXECUTE FUNCTION forbid_diesel_cli ();
`;
const BASE = {
  'diesel.toml': '[print_schema]\nfile = "src/schema.rs"\n',
  [INIT]: 'CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL);\n',
  'migrations/2024-01-01-000000_init/down.sql': 'DROP TABLE person;\n',
};

async function schema(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runSchema(parseCli(['schema', ...argv], false), (s) => void (out += s));
  return { code, out };
}

describe('regression: Lemmy forbid_diesel_cli (Diesel __diesel_schema_migrations)', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create('migra-tool-table-');
    repo.commit('init', BASE);
    repo.commit('forbid diesel cli', { [FORBID]: FORBID_SQL });
  });
  afterAll(() => repo.remove());

  it('migra schema --verify: the engine has the table too, nothing is refused and every fact agrees', async () => {
    const r = await schema(['--repo', repo.dir, '--verify']);
    expect(r.out).toMatch(/-- verified on PostgreSQL [\d.]+ \(PGlite\): \d+ statements applied, 0 refused by the engine/);
    expect(r.out).toMatch(/-- (\d+)\/\1 facts equal \(100\.00 %\)/);
    expect(r.code).toBe(0);
  });

  it('migra schema shows the table once a migration names it, and only then', async () => {
    const now = await schema(['--repo', repo.dir]);
    expect(now.out).toContain('CREATE TABLE __diesel_schema_migrations (\n  version varchar(50) NOT NULL,\n  run_on timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,\n  CONSTRAINT __diesel_schema_migrations_pkey PRIMARY KEY (version)\n);');
    const before = await schema(['--repo', repo.dir, '--at', 'HEAD~1']);
    expect(before.out).toContain('CREATE TABLE person');
    expect(before.out).not.toContain('__diesel_schema_migrations');
  });

  it('migra check --verify: a trigger on the tool table verifies quietly', async () => {
    const head = { ...BASE, [FORBID]: FORBID_SQL };
    const changes: FileChange[] = [{ path: FORBID, status: 'added' }];
    const report = await analyze({ before: memoryTree(BASE, 'base'), head: memoryTree(head, 'head'), changes, config: EMPTY_CONFIG, rules: RULES, toolVersion: 'test', verify: { enabled: true, cacheDir: '' } });
    expect(report.sets).toEqual([expect.objectContaining({ format: 'diesel', dialect: 'postgresql' })]);
    expect(report.findings.filter((f) => f.rule === 'migration-fails-to-apply')).toEqual([]);
    expect((report.notes ?? []).join('\n')).not.toMatch(/__diesel_schema_migrations/);
    // Not part of the pull request's change either.
    expect(report.schemaDiff.tables).toEqual([]);
  });
});

describe('tool tables of other formats', () => {
  it('a Django RunSQL that cleans django_migrations applies on the engine', async () => {
    const base = {
      'manage.py': 'import os\n',
      'shop/__init__.py': '',
      'shop/migrations/__init__.py': '',
      'shop/migrations/0001_initial.py':
        'from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n    operations = [\n        migrations.CreateModel(name="Item", fields=[("id", models.BigAutoField(primary_key=True)), ("name", models.TextField())]),\n    ]\n',
    };
    const pr = {
      'shop/migrations/0002_forget_old.py':
        'from django.db import migrations\n\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0001_initial")]\n    operations = [\n        migrations.RunSQL("DELETE FROM django_migrations WHERE app = \'legacy\'"),\n    ]\n',
    };
    const changes: FileChange[] = Object.keys(pr).map((path) => ({ path, status: 'added' }));
    const report = await analyze({ before: memoryTree(base, 'base'), head: memoryTree({ ...base, ...pr }, 'head'), changes, config: { ...EMPTY_CONFIG, dialect: 'postgresql' }, rules: RULES, toolVersion: 'test', verify: { enabled: true, cacheDir: '' } });
    expect(report.sets).toEqual([expect.objectContaining({ format: 'django' })]);
    expect(report.findings.filter((f) => f.rule === 'migration-fails-to-apply')).toEqual([]);
  });
});
