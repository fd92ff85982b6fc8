import { analyze } from '../../src/analyze/engine.js';
import { parseCli } from '../../src/cli/args.js';
import { runCheck } from '../../src/cli/check.js';
import { describeSets } from '../../src/formats/describe.js';
import { dieselConfigDir, dieselRunsInTransaction, dieselSetDir, dieselVersion } from '../../src/formats/diesel.js';
import { isMigrationPath, setForPath } from '../../src/formats/membership.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { MigrationSet } from '../../src/model/migration.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { detect, only } from '../helpers/detect.js';
import { found, reviewPr } from '../helpers/review.js';

const folders = (set: MigrationSet) => set.files.map((f) => f.path.split('/').slice(-2, -1)[0]);

/** What `diesel setup` writes on PostgreSQL (abridged). */
const INITIAL_SETUP_UP = `-- This file was automatically created by Diesel to setup helper functions
-- and other internal bookkeeping.
CREATE OR REPLACE FUNCTION diesel_manage_updated_at(_tbl regclass) RETURNS VOID AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s
                    FOR EACH ROW EXECUTE PROCEDURE diesel_set_updated_at()', _tbl);
END;
$$ LANGUAGE plpgsql;
`;
const INITIAL_SETUP_DOWN = 'DROP FUNCTION IF EXISTS diesel_manage_updated_at(_tbl regclass);\n';
/** The down.sql `diesel migration generate` writes: a comment, nothing that reverts. */
const GENERATED_DOWN = '-- This file should undo anything in `up.sql`\n';

const DIESEL_TOML = `# For documentation on how to configure this file,
# see https://diesel.rs/guides/configuring-diesel-cli

[print_schema]
file = "src/schema.rs"
custom_type_derives = ["diesel::query_builder::QueryId", "Clone"]

[migrations_directory]
dir = "migrations"
`;

const PROJECT: Record<string, string> = {
  'Cargo.toml': '[package]\nname = "shop"\n',
  'diesel.toml': DIESEL_TOML,
  'migrations/.keep': '',
  'migrations/00000000000000_diesel_initial_setup/up.sql': INITIAL_SETUP_UP,
  'migrations/00000000000000_diesel_initial_setup/down.sql': INITIAL_SETUP_DOWN,
  'migrations/2024-01-10-090000_create_orders/up.sql': 'CREATE TABLE orders (id bigserial PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n',
  'migrations/2024-01-10-090000_create_orders/down.sql': 'DROP TABLE orders;\n',
  'migrations/2024-02-01-120000_add_note/up.sql': 'ALTER TABLE orders ADD COLUMN note text;\n',
  'migrations/2024-02-01-120000_add_note/down.sql': 'ALTER TABLE orders DROP COLUMN note;\n',
};

describe('Diesel detection', () => {
  it('reads `<version>_<name>/up.sql` folders as a diesel set, in version order, companions and stray files left out', async () => {
    const s = await only({ ...PROJECT, 'migrations/README.md': '# migrations', 'target/debug/build/migrations/2024-01-01-000000_x/up.sql': 'select 1;' });
    expect(s).toMatchObject({ dir: 'migrations', id: 'migrations', format: 'diesel', supportsDown: true, dialect: 'postgresql' });
    expect(s.files.map((f) => [f.path, f.version, f.name])).toEqual([
      ['migrations/00000000000000_diesel_initial_setup/up.sql', '00000000000000', 'diesel_initial_setup'],
      ['migrations/2024-01-10-090000_create_orders/up.sql', '20240110090000', 'create_orders'],
      ['migrations/2024-02-01-120000_add_note/up.sql', '20240201120000', 'add_note'],
    ]);
    expect(s.files.every((f) => f.language === 'sql' && f.transaction === 'per-file' && f.hasDown)).toBe(true);
    expect(s.files[1].up).toContain('CREATE TABLE orders');
  });

  it('takes the version as Diesel does: the folder name up to the first `_`, dashes removed', () => {
    expect(dieselVersion('2019-09-12-100000_create_tables')).toBe('20190912100000');
    expect(dieselVersion('20151219180527_create_users')).toBe('20151219180527');
    expect(dieselVersion('2024-01-01-120000-0001_add_index')).toBe('202401011200000001');
    expect(dieselVersion('00000000000000_diesel_initial_setup')).toBe('00000000000000');
    expect(dieselSetDir('db/migrations/2019-09-12-100000_create_tables/up.sql')).toBe('db/migrations');
    expect(dieselSetDir('db/migrations/2019-09-12-100000_create_tables/down.sql')).toBeUndefined();
    expect(dieselSetDir('db/migrations/create_tables/up.sql')).toBeUndefined();
    expect(dieselSetDir('up.sql')).toBeUndefined();
  });

  it('orders by version, not by folder name, comparing versions as text like Diesel', async () => {
    const set = await only({
      // By name `2019-09-12-…` sorts first ('-' < '0'); by version 20190912090000 < 20190912100000.
      'migrations/2019-09-12-100000_create_tables/up.sql': 'CREATE TABLE a (id int);',
      'migrations/20190912090000_earlier/up.sql': 'CREATE TABLE b (id int);',
      'migrations/2024-01-01-120000-0001_second_in_second/up.sql': 'select 2;',
      'migrations/2024-01-01-120000-0000_first_in_second/up.sql': 'select 1;',
    });
    expect(folders(set)).toEqual(['20190912090000_earlier', '2019-09-12-100000_create_tables', '2024-01-01-120000-0000_first_in_second', '2024-01-01-120000-0001_second_in_second']);
    // `MigrationVersion` is a string: version 10 runs before version 9.
    const numbered = await only({ 'migrations/9_nine/up.sql': 'select 9;', 'migrations/10_ten/up.sql': 'select 10;' });
    expect(numbered.files.map((f) => f.version)).toEqual(['10', '9']);
  });

  it('knows which migrations have a way back: a down.sql with statements', async () => {
    const set = await only({
      'migrations/2024-01-01-000000_with_down/up.sql': 'CREATE TABLE a (id int);',
      'migrations/2024-01-01-000000_with_down/down.sql': 'DROP TABLE a;',
      'migrations/2024-01-02-000000_no_down/up.sql': 'CREATE TABLE b (id int);',
      'migrations/2024-01-03-000000_template_down/up.sql': 'CREATE TABLE c (id int);',
      'migrations/2024-01-03-000000_template_down/down.sql': GENERATED_DOWN,
    });
    expect(set.files.map((f) => [f.name, f.hasDown])).toEqual([
      ['with_down', true],
      ['no_down', false],
      ['template_down', false],
    ]);
    // A folder with only a down.sql or a metadata.toml is not a migration.
    const partial = await only({
      'migrations/2024-01-01-000000_a/up.sql': 'select 1;',
      'migrations/2024-01-02-000000_b/down.sql': 'select 0;',
      'migrations/2024-01-03-000000_c/metadata.toml': 'run_in_transaction = false\n',
    });
    expect(folders(partial)).toEqual(['2024-01-01-000000_a']);
  });

  it('reads run_in_transaction from metadata.toml the way diesel_migrations deserialises it', async () => {
    expect(dieselRunsInTransaction(undefined)).toBe(true);
    expect(dieselRunsInTransaction('run_in_transaction = false\n')).toBe(false);
    expect(dieselRunsInTransaction('# index build\nrun_in_transaction = false # CONCURRENTLY\n')).toBe(false);
    expect(dieselRunsInTransaction('run_in_transaction = true\n')).toBe(true);
    expect(dieselRunsInTransaction('"run_in_transaction"=false')).toBe(false);
    // A file that parses without the key: `#[serde(default)]` on a bool is false.
    expect(dieselRunsInTransaction('')).toBe(false);
    expect(dieselRunsInTransaction('# nothing here\n')).toBe(false);
    expect(dieselRunsInTransaction('[other]\nrun_in_transaction = true\n')).toBe(false);
    // A file that does not deserialise falls back to the default, a transaction.
    expect(dieselRunsInTransaction('run_in_transaction = "false"\n')).toBe(true);
    expect(dieselRunsInTransaction('run_in_transaction = false\nrun_in_transaction = false\n')).toBe(true);
    expect(dieselRunsInTransaction('run_in_transaction: false\n')).toBe(true);

    const set = await only({
      'migrations/2024-01-01-000000_plain/up.sql': 'CREATE TABLE a (id int);',
      'migrations/2024-01-02-000000_no_tx/up.sql': 'CREATE INDEX CONCURRENTLY a_id ON a (id);',
      'migrations/2024-01-02-000000_no_tx/metadata.toml': 'run_in_transaction = false\n',
      'migrations/2024-01-03-000000_tx/up.sql': 'select 1;',
      'migrations/2024-01-03-000000_tx/metadata.toml': 'run_in_transaction = true\n',
    });
    expect(set.files.map((f) => [f.name, f.transaction])).toEqual([
      ['plain', 'per-file'],
      ['no_tx', 'implicit'],
      ['tx', 'per-file'],
    ]);
  });

  it('reads the folder diesel.toml names, relative to the diesel.toml, even with unversioned folder names', async () => {
    expect(dieselConfigDir('diesel.toml', DIESEL_TOML)).toBe('migrations');
    expect(dieselConfigDir('backend/diesel.toml', '[migrations_directory]\ndir = "db/sql" # where\n')).toBe('backend/db/sql');
    expect(dieselConfigDir('crates/api/diesel.toml', '[migrations_directory]\ndir = "../../migrations"\n')).toBe('migrations');
    expect(dieselConfigDir('diesel.toml', 'migrations_directory.dir = "db"\n')).toBe('db');
    expect(dieselConfigDir('diesel.toml', 'migrations_directory = { dir = "sql" }\n')).toBe('sql');
    expect(dieselConfigDir('diesel.toml', '[print_schema]\nfile = "src/schema.rs"\n')).toBeUndefined();
    // `dir` of another table is not the migrations folder; an absolute path is outside the repository.
    expect(dieselConfigDir('diesel.toml', '[print_schema]\ndir = "x"\n')).toBeUndefined();
    expect(dieselConfigDir('diesel.toml', '[migrations_directory]\ndir = "/srv/app/migrations"\n')).toBeUndefined();

    const set = await only({
      'backend/diesel.toml': '[migrations_directory]\ndir = "db/sql"\n',
      'backend/db/sql/create_users/up.sql': 'CREATE TABLE users (id int);',
      'backend/db/sql/create_users/down.sql': 'DROP TABLE users;',
      'backend/db/sql/2024-01-01-000000_add_email/up.sql': 'ALTER TABLE users ADD COLUMN email text;',
    });
    expect(set).toMatchObject({ dir: 'backend/db/sql', format: 'diesel' });
    // Without a `_`, the whole folder name is the version, as Diesel reads it.
    expect(set.files.map((f) => [f.version, f.name])).toEqual([
      ['20240101000000', 'add_email'],
      ['create', 'users'],
    ]);
    // The same unversioned folders without a diesel.toml are nobody's migrations.
    expect(await detect({ 'backend/db/sql/create_users/up.sql': 'CREATE TABLE users (id int);' })).toEqual([]);
  });

  it('takes the dialect from diesel.toml settings, else the SQL, else the default', async () => {
    const sqlite = await only({
      'diesel.toml': '[print_schema]\nfile = "src/schema.rs"\nsqlite_integer_primary_key_is_bigint = true\n',
      'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY NOT NULL);',
    });
    expect(sqlite).toMatchObject({ dialect: 'sqlite', dialectSource: 'settings' });
    const pg = await only(PROJECT);
    expect(pg).toMatchObject({ dialect: 'postgresql', dialectSource: 'content' });
    const mysql = await only({ 'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id INTEGER AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;' });
    expect(mysql).toMatchObject({ dialect: 'mysql', dialectSource: 'content' });
    const unknown = await only({ 'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id int);' });
    expect(unknown).toMatchObject({ dialect: 'postgresql', dialectSource: 'default' });
    const configured = await only(PROJECT, { config: { dialect: 'mysql' } });
    expect(configured).toMatchObject({ dialect: 'mysql', dialectSource: 'config' });
  });

  it('leaves Prisma, drizzle-kit 1.0, sqitch and golang-migrate folders to their own formats', async () => {
    const sets = await detect({
      ...PROJECT,
      'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE p (id int);',
      'drizzle/20250102030405_init/migration.sql': 'CREATE TABLE d (id int);',
      'drizzle/20250102030405_init/snapshot.json': '{}',
      'sqitch/sqitch.plan': '%syntax-version=1.0.0\n%project=app\n\nusers 2024-01-01T00:00:00Z A <a@example.com> # users\n',
      'sqitch/deploy/users.sql': 'BEGIN;\nCREATE TABLE s (id int);\nCOMMIT;\n',
      'sqitch/revert/users.sql': 'BEGIN;\nDROP TABLE s;\nCOMMIT;\n',
      'go/migrations/000001_init.up.sql': 'CREATE TABLE g (id int);',
      'go/migrations/000001_init.down.sql': 'DROP TABLE g;',
    });
    expect(sets.map((s) => [s.dir, s.format])).toEqual([
      ['drizzle', 'drizzle'],
      ['go/migrations', 'golang-migrate'],
      ['migrations', 'diesel'],
      ['prisma/migrations', 'prisma'],
      ['sqitch', 'sqitch'],
    ]);
    // Hasura lays out migrations the same way, next to its config.yaml and metadata/.
    const hasura = {
      'hasura/config.yaml': 'version: 3\nendpoint: http://localhost:8080\nmetadata_directory: metadata\n',
      'hasura/metadata/version.yaml': 'version: 3\n',
      'hasura/migrations/default/1620000000000_init/up.sql': 'CREATE TABLE h (id int);',
      'hasura/migrations/default/1620000000000_init/down.sql': 'DROP TABLE h;',
    };
    expect(await detect(hasura)).toEqual([]);
    const { 'hasura/metadata/version.yaml': _version, ...withoutMetadata } = hasura;
    expect((await detect(withoutMetadata)).map((s) => s.format)).toEqual(['diesel']);
    // A Prisma folder holding an up.sql next to its migration.sql stays Prisma's.
    const prisma = await only({
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE p (id int);',
      'prisma/migrations/20240101000000_init/up.sql': 'CREATE TABLE p (id int);',
    });
    expect(prisma.format).toBe('prisma');
  });

  it('reads a configured folder as diesel, and a configured crate folder by its diesel.toml or migrations/', async () => {
    const nested = Object.fromEntries(Object.entries(PROJECT).map(([p, t]) => [`services/shop/${p}`, t]));
    const byDir = await only(nested, { config: { sets: [{ path: 'services/shop/migrations' }] } });
    expect(byDir).toMatchObject({ dir: 'services/shop/migrations', format: 'diesel', dialectSource: 'content' });
    expect(byDir.files).toHaveLength(3);
    const byCrate = await only(nested, { config: { sets: [{ path: 'services/shop', dialect: 'postgresql' }] } });
    expect(byCrate).toMatchObject({ dir: 'services/shop/migrations', format: 'diesel', dialectSource: 'config' });
    const named = await only(
      { 'api/diesel.toml': '[migrations_directory]\ndir = "sql"\n', 'api/sql/2024-01-01-000000_a/up.sql': 'select 1;' },
      { config: { sets: [{ path: 'api', format: 'diesel' }] } },
    );
    expect(named).toMatchObject({ dir: 'api/sql', format: 'diesel' });
  });

  it('maps a migration folder\'s up.sql, down.sql and metadata.toml to the set', async () => {
    const sets = await detect(PROJECT);
    expect(setForPath(sets, 'migrations/2024-03-01-000000_new/up.sql')?.format).toBe('diesel');
    expect(setForPath(sets, 'migrations/2024-01-10-090000_create_orders/down.sql')?.format).toBe('diesel');
    expect(setForPath(sets, 'migrations/2024-01-10-090000_create_orders/metadata.toml')?.format).toBe('diesel');
    expect(setForPath(sets, 'migrations/.keep')).toBeUndefined();
    expect(setForPath(sets, 'diesel.toml')).toBeUndefined();
    expect(isMigrationPath('migrations/2024-03-01-000000_new/metadata.toml')).toBe(true);
    expect(isMigrationPath('migrations/notes/up.sql')).toBe(false);
    expect(describeSets(sets)).toEqual(['migrations: diesel, postgresql (content), 3 files']);
  });
});

describe('Diesel pull request review', () => {
  const FOLDER = 'migrations/2024-03-01-120000_index_status';

  it('reports CREATE INDEX CONCURRENTLY in a migration Diesel wraps in a transaction, with Diesel\'s way out', async () => {
    const report = await reviewPr(PROJECT, {
      [`${FOLDER}/up.sql`]: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n',
      [`${FOLDER}/down.sql`]: 'DROP INDEX CONCURRENTLY orders_status_idx;\n',
    });
    expect(found(report)).toEqual(['concurrently-in-transaction@up.sql:1']);
    const f = report.findings[0];
    expect(f).toMatchObject({ file: `${FOLDER}/up.sql`, severity: 'critical' });
    expect(f.message).toContain('Diesel runs every migration in a transaction');
    expect(f.fix).toContain('metadata.toml');
    expect(f.fix).toContain('`run_in_transaction = false`');
  });

  it('stays quiet when metadata.toml says run_in_transaction = false and the index is alone in up.sql', async () => {
    const report = await reviewPr(PROJECT, {
      [`${FOLDER}/up.sql`]: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n',
      [`${FOLDER}/down.sql`]: 'DROP INDEX CONCURRENTLY orders_status_idx;\n',
      [`${FOLDER}/metadata.toml`]: 'run_in_transaction = false\n',
    });
    expect(found(report)).toEqual([]);
  });

  it('still reports it next to another statement: PostgreSQL runs the string Diesel sends as one transaction', async () => {
    const report = await reviewPr(PROJECT, {
      [`${FOLDER}/up.sql`]: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n',
      [`${FOLDER}/down.sql`]: 'DROP INDEX orders_status_idx;\nALTER TABLE orders DROP COLUMN shipped_at;\n',
      [`${FOLDER}/metadata.toml`]: 'run_in_transaction = false\n',
    });
    expect(found(report)).toEqual(['concurrently-in-transaction@up.sql:2']);
    expect(report.findings[0].fix).toContain('migration of its own');
  });

  it('reports an edit to an up.sql that is already on the base branch', async () => {
    const report = await reviewPr(PROJECT, { 'migrations/2024-02-01-120000_add_note/up.sql': "ALTER TABLE orders ADD COLUMN note text NOT NULL DEFAULT '';\n" });
    expect(found(report)).toEqual(['edited-applied-migration@up.sql:1']);
  });

  it('says what Diesel does with a migration older than the newest applied one, and with a shared version', async () => {
    const late = await reviewPr(PROJECT, {
      'migrations/2024-01-20-120000_add_x/up.sql': 'ALTER TABLE orders ADD COLUMN x text;\n',
      'migrations/2024-01-20-120000_add_x/down.sql': 'ALTER TABLE orders DROP COLUMN x;\n',
    });
    expect(found(late)).toEqual(['migration-order-conflict@up.sql:1']);
    expect(late.findings[0].severity).toBe('medium');
    expect(late.findings[0].message).toContain('`diesel migration run` applies it after the newer ones');
    // 20240201120000 is 2024-02-01-120000 without its dashes: one version for Diesel.
    const dup = await reviewPr(PROJECT, { 'migrations/20240201120000_other/up.sql': 'ALTER TABLE orders ADD COLUMN y text;\n', 'migrations/20240201120000_other/down.sql': 'ALTER TABLE orders DROP COLUMN y;\n' });
    expect(found(dup)).toEqual(['migration-order-conflict@up.sql:1']);
    expect(dup.findings[0].message).toContain('Diesel records migrations by version');
  });

  it('takes a renamed folder with the same version and up.sql as the same migration; a new version is a new one', async () => {
    const rename = (from: string, to: string): Promise<Report> => {
      const head = Object.fromEntries(Object.entries(PROJECT).map(([p, t]) => [p.replace(from, to), t]));
      return analyze({
        before: memoryTree(PROJECT, 'base'),
        head: memoryTree(head, 'head'),
        changes: [{ path: `${to}/up.sql`, status: 'renamed', oldPath: `${from}/up.sql` }],
        config: EMPTY_CONFIG,
        rules: RULES,
        toolVersion: 'test',
      });
    };
    // Diesel records 20240201120000 either way.
    expect(found(await rename('migrations/2024-02-01-120000_add_note', 'migrations/20240201120000_add_order_note'))).toEqual([]);
    const moved = await rename('migrations/2024-02-01-120000_add_note', 'migrations/2024-02-02-120000_add_note');
    expect(found(moved)).toEqual(['edited-applied-migration@up.sql:1']);
    expect(moved.findings[0].message).toContain('is renamed to migrations/2024-02-02-120000_add_note/up.sql');
  });

  it('stays quiet on a new migration that only touches a table it creates', async () => {
    const report = await reviewPr(PROJECT, {
      [`${FOLDER}/up.sql`]: 'CREATE TABLE refunds (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));\nCREATE INDEX refunds_order_id_idx ON refunds (order_id);\n',
      [`${FOLDER}/down.sql`]: 'DROP TABLE refunds;\n',
    });
    expect(found(report)).toEqual([]);
  });
});

describe('migra check on a Diesel project', () => {
  it('lists the diesel set and its findings', async () => {
    const repo = TempRepo.create('migra-diesel-');
    try {
      repo.commit('base', PROJECT);
      repo.checkout('pr', true);
      repo.commit('index', { 'migrations/2024-03-01-120000_index_status/up.sql': 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n' });
      let out = '';
      const code = await runCheck(parseCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr'], false), (s) => (out += s));
      expect(out).toContain('set migrations: diesel, postgresql (content), 4 files');
      expect(out).toContain('concurrently-in-transaction');
      expect(code).toBe(1);
    } finally {
      repo.remove();
    }
  });
});
