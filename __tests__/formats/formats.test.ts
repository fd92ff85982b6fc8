import { detectSets } from '../../src/formats/detect.js';
import type { FormatId, MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';

async function detect(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet[]> {
  return detectSets(memoryTree(files), opts);
}

function only(sets: MigrationSet[]): MigrationSet {
  expect(sets).toHaveLength(1);
  return sets[0];
}

const lines = (s: string) => s.split('\n').length;

describe('golang-migrate', () => {
  it('orders by integer version (10 after 9) and uses down files only for hasDown', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 10; i++) files[`db/migrations/${i}_step${i}.up.sql`] = `create table t${i} (id int);`;
    files['db/migrations/9_step9.down.sql'] = 'drop table t9;';
    files['db/migrations/10_step10.down.sql'] = '-- nothing to undo\n';
    const set = only(await detect(files));
    expect(set).toMatchObject({ dir: 'db/migrations', id: 'db/migrations', format: 'golang-migrate', supportsDown: true });
    expect(set.files.map((f) => f.version)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(set.files.every((f) => f.path.endsWith('.up.sql'))).toBe(true);
    const byVersion = new Map(set.files.map((f) => [f.version, f]));
    expect(byVersion.get('9')!.hasDown).toBe(true);
    // A down file with only a comment reverts nothing.
    expect(byVersion.get('10')!.hasDown).toBe(false);
    expect(byVersion.get('1')!.hasDown).toBe(false);
    expect(byVersion.get('10')).toMatchObject({ name: 'step10', transaction: 'implicit', language: 'sql', up: 'create table t10 (id int);' });
  });

  it('keeps versions as written and orders zero-padded ones numerically', async () => {
    const set = only(await detect({ 'migrations/000010_b.up.sql': 'select 2;', 'migrations/000002_a.up.sql': 'select 1;', 'migrations/000002_a.down.sql': 'select 0;' }));
    expect(set.files.map((f) => [f.version, f.name, f.hasDown])).toEqual([
      ['000002', 'a', true],
      ['000010', 'b', false],
    ]);
  });
});

describe('Flyway', () => {
  it('orders versions part by part, repeatables last by description', async () => {
    const set = only(
      await detect({
        'src/main/resources/db/migration/V1__init.sql': 'create table a (id int);',
        'src/main/resources/db/migration/V1_1__underscore.sql': 'select 11;',
        'src/main/resources/db/migration/V1.9__nine.sql': 'select 19;',
        'src/main/resources/db/migration/V1.10__ten.sql': 'select 110;',
        'src/main/resources/db/migration/V2__two.sql': 'select 2;',
        'src/main/resources/db/migration/U2__two.sql': 'select -2;',
        'src/main/resources/db/migration/R__views.sql': 'create or replace view v as select 1;',
        'src/main/resources/db/migration/R__a_functions.sql': 'select 1;',
        'src/main/resources/db/migration/README.md': '# notes',
      }),
    );
    expect(set).toMatchObject({ dir: 'src/main/resources/db/migration', format: 'flyway', supportsDown: true });
    expect(set.files.map((f) => f.path.split('/').pop())).toEqual([
      'V1__init.sql',
      'V1_1__underscore.sql',
      'V1.9__nine.sql',
      'V1.10__ten.sql',
      'V2__two.sql',
      'R__a_functions.sql',
      'R__views.sql',
    ]);
    expect(set.files.map((f) => f.version)).toEqual(['1', '1_1', '1.9', '1.10', '2', '', '']);
    expect(set.files.filter((f) => f.repeatable).map((f) => f.name)).toEqual(['a_functions', 'views']);
    expect(set.files.filter((f) => f.hasDown).map((f) => f.version)).toEqual(['2']);
    expect(set.files.every((f) => f.transaction === 'implicit')).toBe(true);
  });

  it('treats subfolders of one location as one set and honours executeInTransaction=false', async () => {
    const set = only(
      await detect({
        'db/migration/release-1/V1__a.sql': 'select 1;',
        'db/migration/release-2/V2__b.sql': 'create index concurrently i on t (c);',
        'db/migration/release-2/V2__b.sql.conf': 'executeInTransaction=false\n',
      }),
    );
    expect(set.dir).toBe('db/migration');
    expect(set.files.map((f) => [f.version, f.transaction])).toEqual([
      ['1', 'implicit'],
      ['2', 'none'],
    ]);
  });

  it('starts from the newest baseline and skips the versions it covers', async () => {
    const set = only(
      await detect({
        'db/migration/V1__a.sql': 'select 1;',
        'db/migration/V2__b.sql': 'select 2;',
        'db/migration/B2__base_old.sql': 'select 0;',
        'db/migration/V3__c.sql': 'select 3;',
        'db/migration/B3__base.sql': 'create table a (id int);',
        'db/migration/V3_1__d.sql': 'select 31;',
        'db/migration/V4__e.sql': 'select 4;',
      }),
    );
    expect(set.files.map((f) => f.path.split('/').pop())).toEqual(['B3__base.sql', 'V3_1__d.sql', 'V4__e.sql']);
  });
});

describe('dbmate', () => {
  const file = ['-- migrate:up', 'create table users (id int);', '', '-- migrate:down', 'drop table users;', ''].join('\n');

  it('blanks the down block and keeps every line number', async () => {
    const set = only(await detect({ 'db/migrations/20240102000000_users.sql': file }));
    expect(set.format).toBe('dbmate');
    const f = set.files[0];
    expect(lines(f.up)).toBe(lines(file));
    expect(f.up).toBe(['-- migrate:up', 'create table users (id int);', '', '', '', ''].join('\n'));
    expect(f).toMatchObject({ version: '20240102000000', name: 'users', hasDown: true, transaction: 'per-file' });
    expect(set.supportsDown).toBe(true);
  });

  it('reads transaction:false, several blocks, CRLF line ends and an empty down block', async () => {
    const multi = [
      '-- migrate:up transaction:false',
      'create index concurrently i on t (c);',
      '-- migrate:down',
      '-- nothing',
      '-- migrate:up',
      'create table x (id int);',
      '-- migrate:down',
      '',
    ].join('\r\n');
    const set = only(await detect({ 'db/migrations/001_a.sql': multi, 'db/migrations/002_b.sql': file.replace('drop table users;', '') }));
    const [a, b] = set.files;
    expect(a.transaction).toBe('none');
    expect(a.up).toBe(['-- migrate:up transaction:false', 'create index concurrently i on t (c);', '', '', '-- migrate:up', 'create table x (id int);', '', ''].join('\r\n'));
    expect(a.hasDown).toBe(false);
    expect(b.hasDown).toBe(false);
    expect(b.transaction).toBe('per-file');
  });

  it('orders by file name, as dbmate does', async () => {
    const up = '-- migrate:up\nselect 1;\n-- migrate:down\n';
    const set = only(await detect({ 'db/migrations/20240101_b.sql': up, 'db/migrations/20231231_a.sql': up, 'db/migrations/20240101_a.sql': up }));
    expect(set.files.map((f) => f.path)).toEqual(['db/migrations/20231231_a.sql', 'db/migrations/20240101_a.sql', 'db/migrations/20240101_b.sql']);
  });
});

describe('goose', () => {
  it('blanks the Down section, keeps StatementBegin/End and line numbers', async () => {
    const text = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      'create function f() returns int as $$ begin return 1; end $$ language plpgsql;',
      '-- +goose StatementEnd',
      '',
      '-- +goose Down',
      'drop function f();',
    ].join('\n');
    const set = only(await detect({ 'internal/store/sql/00001_f.sql': text }));
    expect(set).toMatchObject({ dir: 'internal/store/sql', format: 'goose', supportsDown: true });
    const f = set.files[0];
    expect(f.up).toBe(text.split('\n').slice(0, 5).concat(['', '']).join('\n'));
    expect(lines(f.up)).toBe(7);
    expect(f).toMatchObject({ version: '00001', name: 'f', hasDown: true, transaction: 'per-file' });
  });

  it('runs NO TRANSACTION files outside a transaction, matches annotations case-insensitively, orders by integer', async () => {
    const set = only(
      await detect({
        'migrations/9_nine.sql': '-- +goose up\nselect 9;\n-- +goose down\n',
        'migrations/10_ten.sql': '-- +goose NO TRANSACTION\n-- +goose Up\ncreate index concurrently i on t (c);\n',
      }),
    );
    expect(set.files.map((f) => [f.version, f.transaction, f.hasDown])).toEqual([
      ['9', 'per-file', false],
      ['10', 'none', false],
    ]);
  });
});

describe('Prisma', () => {
  it('takes the dialect from migration_lock.toml and orders folders by name', async () => {
    const set = only(
      await detect({
        'prisma/schema.prisma': 'datasource db { provider = "mysql" }',
        'prisma/migrations/migration_lock.toml': '# Please do not edit this file manually\nprovider = "mysql"\n',
        'prisma/migrations/20240201000000_add_posts/migration.sql': 'CREATE TABLE posts (id int);',
        'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE users (id int);',
      }),
    );
    expect(set).toMatchObject({ dir: 'prisma/migrations', format: 'prisma', dialect: 'mysql', dialectSource: 'migration_lock.toml', supportsDown: false });
    expect(set.files.map((f) => [f.version, f.name, f.transaction, f.hasDown])).toEqual([
      ['20240101000000', 'init', 'implicit', false],
      ['20240201000000', 'add_posts', 'implicit', false],
    ]);
  });

  it('lets a set-level config dialect win over the lock file, and the lock file over the repository dialect', async () => {
    const files = {
      'prisma/migrations/migration_lock.toml': 'provider = "sqlite"\n',
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE users (id int);',
    };
    expect(only(await detect(files, { config: { dialect: 'postgresql' } }))).toMatchObject({ dialect: 'sqlite', dialectSource: 'migration_lock.toml' });
    const viaSet = only(await detect(files, { config: { sets: [{ path: 'prisma', dialect: 'postgresql' }] } }));
    expect(viaSet).toMatchObject({ dir: 'prisma/migrations', format: 'prisma', dialect: 'postgresql', dialectSource: 'config' });
  });
});

describe('Supabase', () => {
  it('runs each file as one transactional batch (CONCURRENTLY on its own), in file-name order', async () => {
    const set = only(
      await detect({
        'supabase/migrations/20240102000000_b.sql': 'alter table a add column b int;',
        'supabase/migrations/20240101000000_a.sql': 'create table a (id serial);',
        'supabase/seed.sql': 'insert into a default values;',
        'supabase/config.toml': '',
      }),
    );
    expect(set).toMatchObject({ dir: 'supabase/migrations', format: 'supabase', dialect: 'postgresql', supportsDown: false });
    expect(set.files.map((f) => [f.version, f.name, f.transaction])).toEqual([
      ['20240101000000', 'a', 'batch'],
      ['20240102000000', 'b', 'batch'],
    ]);
  });
});

describe('plain numbered SQL', () => {
  it('accepts the usual number styles in a migrations folder and orders numerically', async () => {
    const set = only(
      await detect({
        'database/migrations/9_nine.sql': 'select 9;',
        'database/migrations/10-ten.sql': 'select 10;',
        'database/migrations/0001_one.sql': 'select 1;',
        'database/migrations/notes.txt': 'x',
      }),
    );
    expect(set).toMatchObject({ format: 'plain', supportsDown: false });
    expect(set.files.map((f) => [f.version, f.name, f.transaction, f.hasDown])).toEqual([
      ['0001', 'one', 'none', false],
      ['9', 'nine', 'none', false],
      ['10', 'ten', 'none', false],
    ]);
  });
});

describe('several sets, config and ignored paths', () => {
  const repo = {
    'db/migrations/1_core.up.sql': 'create table core (id int);',
    'db/migrations/1_core.down.sql': 'drop table core;',
    'db/schema.sql': 'create table core (id int);',
    'apps/billing/migrations/00001_invoices.sql': '-- +goose Up\ncreate table invoices (id int);\n',
    'apps/billing/migrations/00002_lines.sql': '-- +goose Up\ncreate table lines (id int);\n',
    'legacy/migrations/001_old.sql': 'create table old (id int);',
    'sql/changes/01_x.sql': 'select 1;',
  };

  it('finds each set on its own', async () => {
    const sets = await detect(repo);
    expect(sets.map((s) => [s.dir, s.format, s.files.length])).toEqual([
      ['apps/billing/migrations', 'goose', 2],
      ['db/migrations', 'golang-migrate', 1],
      ['legacy/migrations', 'plain', 1],
    ]);
  });

  it('regression_umami_clickhouse: a folder named after a database Migra does not review is not a set, unless configured', async () => {
    const files = {
      'prisma/migrations/01_init/migration.sql': 'CREATE TABLE "website" ("id" UUID NOT NULL);',
      'db/clickhouse/migrations/01_edit_keys.sql': 'ALTER TABLE "event_data" ADD COLUMN "job_id" UUID AFTER "created_at";',
    };
    expect((await detect(files)).map((s) => s.dir)).toEqual(['prisma/migrations']);
    const configured = await detect(files, { config: { sets: [{ path: 'db/clickhouse/migrations' }], ignorePaths: [] } });
    expect(configured.map((s) => s.dir)).toEqual(['db/clickhouse/migrations']);
  });

  it('skips ignored paths (prefixes with * and **)', async () => {
    expect((await detect(repo, { config: { ignorePaths: ['legacy'] } })).map((s) => s.dir)).toEqual(['apps/billing/migrations', 'db/migrations']);
    expect((await detect(repo, { config: { ignorePaths: ['apps/*/migrations', './legacy/'] } })).map((s) => s.dir)).toEqual(['db/migrations']);
    expect((await detect(repo, { config: { ignorePaths: ['**/migrations/00002_*'] } })).find((s) => s.format === 'goose')!.files).toHaveLength(1);
    expect((await detect(repo, { config: { ignorePaths: ['**'] } })).length).toBe(0);
  });

  it('reads only the configured sets when sets are configured', async () => {
    const sets = await detect(repo, { config: { sets: [{ path: 'sql/changes', format: 'plain', dialect: 'mysql' }, { path: './apps/billing/migrations/' }] } });
    expect(sets.map((s) => [s.dir, s.format, s.dialect, s.dialectSource, s.files.length])).toEqual([
      ['apps/billing/migrations', 'goose', 'postgresql', 'default', 2],
      ['sql/changes', 'plain', 'mysql', 'config', 1],
    ]);
  });

  it('explains a configured folder it cannot read and a format it does not support', async () => {
    await expect(detect({ 'db/x/create.sql': 'select 1;' }, { config: { sets: [{ path: 'db/x' }] } })).rejects.toThrow(/sets\[0\] \(db\/x\): no file there is named like a migration/);
    // Every format id is read now; an id from elsewhere (a config read without validation) is still refused.
    await expect(detect(repo, { config: { sets: [{ path: 'knex', format: 'knex' as FormatId }] } })).rejects.toThrow(/format 'knex' is not supported yet/);
    // Configured folders are read even where auto-detection would not look.
    expect(only(await detect({ 'test/migrations/001_a.sql': 'select 1;' }, { config: { sets: [{ path: 'test/migrations' }] } }))).toMatchObject({ format: 'plain', dir: 'test/migrations' });
    // A configured folder that does not exist yet (the PR adds it) is simply absent.
    expect(await detect(repo, { config: { sets: [{ path: 'db/new' }] } })).toEqual([]);
  });
});

describe('no false detection', () => {
  it('ignores schema dumps, fixtures, dependencies and numbered SQL outside migration folders', async () => {
    const sets = await detect({
      'schema.sql': 'create table a (id int);',
      'db/schema.sql': 'create table a (id int);',
      'db/structure.sql': 'create table a (id int);',
      'test/fixtures/migrations/001_fixture.sql': 'select 1;',
      'src/__tests__/migrations/1_x.up.sql': 'select 1;',
      'node_modules/some-lib/migrations/001_lib.sql': 'select 1;',
      'vendor/github.com/x/y/migrations/1_init.up.sql': 'select 1;',
      'sql/01_seed.sql': 'insert into a values (1);',
      'scripts/2024_cleanup.sql': 'delete from a;',
      'docs/V1__example.md': '# not sql',
    });
    expect(sets).toEqual([]);
  });
});

describe('dialect', () => {
  it('reads MySQL and SQLite hints from the SQL, not from comments', async () => {
    const mysql = only(await detect({ 'migrations/001_a.sql': 'CREATE TABLE `users` (id int AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;' }));
    expect([mysql.dialect, mysql.dialectSource]).toEqual(['mysql', 'content']);
    const sqlite = only(await detect({ 'migrations/001_a.sql': 'PRAGMA foreign_keys = ON;\nCREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);' }));
    expect([sqlite.dialect, sqlite.dialectSource]).toEqual(['sqlite', 'content']);
    const commented = only(await detect({ 'migrations/001_a.sql': "-- like `mysql` AUTO_INCREMENT\nCREATE TABLE t (note text default 'ENGINE=InnoDB');" }));
    expect([commented.dialect, commented.dialectSource]).toEqual(['postgresql', 'default']);
  });

  it('prefers the repository config over hints, and hints over the default', async () => {
    const files = { 'migrations/001_a.sql': 'CREATE TABLE `users` (id int AUTO_INCREMENT);' };
    expect(only(await detect(files, { config: { dialect: 'mariadb' } }))).toMatchObject({ dialect: 'mariadb', dialectSource: 'config' });
    expect(only(await detect({ 'migrations/001_a.sql': 'select 1;' }, { defaultDialect: 'sqlite' }))).toMatchObject({ dialect: 'sqlite', dialectSource: 'default' });
  });
});

describe('layouts the engine examples rely on', () => {
  it.each([
    ['plain', { 'migrations/001_initial.sql': 'select 1;', 'migrations/002_change.sql': 'select 2;' }],
    ['golang-migrate', { 'migrations/1_initial.up.sql': 'select 1;', 'migrations/2_change.up.sql': 'select 2;' }],
    ['goose', { 'migrations/00001_initial.sql': '-- +goose Up\nselect 1;\n', 'migrations/00002_change.sql': '-- +goose Up\nselect 2;\n' }],
    ['flyway', { 'db/migration/V1__initial.sql': 'select 1;', 'db/migration/V2__change.sql': 'select 2;' }],
  ])('%s', async (format, files) => {
    const set = only(await detect(files));
    expect(set.format).toBe(format);
    expect(set.files.map((f) => f.path)).toEqual(Object.keys(files));
  });
});
