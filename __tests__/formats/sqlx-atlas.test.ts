import { analyze } from '../../src/analyze/engine.js';
import { parseCli } from '../../src/cli/args.js';
import { runCheck } from '../../src/cli/check.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { atlasDirective, atlasTransaction } from '../../src/formats/atlas.js';
import { setForPath } from '../../src/formats/membership.js';
import { cargoUsesSqlx, sqlxConfigDir } from '../../src/formats/sqlx.js';
import type { MigrationSet } from '../../src/model/migration.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { detect, only } from '../helpers/detect.js';
import { found, reviewPr } from '../helpers/review.js';

const names = (set: MigrationSet) => set.files.map((f) => f.path.split('/').pop());

/** `atlas migrate hash` output: a sum of the directory, then one line per file. */
const ATLAS_SUM = 'h1:7b3Q2m3x4vJ0Qe9W0m1cHc0mB1vO1cK0Y2bq8mJfQ4E=\n20220101000000_init.sql h1:abc=\n20220201000000_orders.sql h1:def=\n';

/** What `cargo new` + `cargo add sqlx --features runtime-tokio,postgres` leave in Cargo.toml. */
const CARGO = `[package]
name = "shop"
version = "0.1.0"
edition = "2021"

[dependencies]
sqlx = { version = "0.8", features = ["runtime-tokio", "postgres", "macros"] }
tokio = { version = "1", features = ["full"] }
`;

const SQLX: Record<string, string> = {
  'Cargo.toml': CARGO,
  'src/main.rs': 'fn main() {}\n',
  'migrations/20220101000000_init.sql': '-- Add migration script here\nCREATE TABLE users (id bigint PRIMARY KEY);\n',
  'migrations/20220201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, status text, user_id bigint);\nINSERT INTO orders VALUES (1, \'new\', 1);\n',
};

describe('sqlx detection', () => {
  it('reads `<version>_<name>.sql` files of a crate that depends on sqlx as sqlx, by integer version', async () => {
    const set = await only({
      ...SQLX,
      'migrations/20220301000000_index.sql': '-- no-transaction\nCREATE INDEX CONCURRENTLY orders_id ON orders (id);',
    });
    expect(set).toMatchObject({ dir: 'migrations', format: 'sqlx', supportsDown: true });
    expect(names(set)).toEqual(['20220101000000_init.sql', '20220201000000_orders.sql', '20220301000000_index.sql']);
    expect(set.files.map((f) => [f.version, f.name, f.transaction])).toEqual([
      ['20220101000000', 'init', 'per-file'],
      ['20220201000000', 'orders', 'per-file'],
      ['20220301000000', 'index', 'implicit'],
    ]);
    // sqlx parses the version as an i64, so 10 comes after 9 whatever the padding.
    const small = await only({ 'Cargo.toml': CARGO, 'migrations/10_c.sql': 'select 10;', 'migrations/9_b.sql': 'select 9;', 'migrations/1_a.sql': 'select 1;' });
    expect(small.format).toBe('sqlx');
    expect(small.files.map((f) => f.version)).toEqual(['1', '9', '10']);
  });

  it('stays plain without a sign of sqlx: numbered files alone do not say which tool runs them', async () => {
    const files = { ...SQLX, 'Cargo.toml': '[package]\nname = "shop"\n\n[dependencies]\n# sqlx = "0.8"\ntokio = "1"\n' };
    const set = await only(files);
    expect(set).toMatchObject({ dir: 'migrations', format: 'plain', supportsDown: false });
    expect(set.files.map((f) => f.transaction)).toEqual(['none', 'none']);
    // A reversible pair without the hint stays golang-migrate, as before.
    const pair = await only({
      'migrations/20220101000000_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);',
      'migrations/20220101000000_init.down.sql': 'DROP TABLE users;',
    });
    expect(pair.format).toBe('golang-migrate');
    // A Cargo.toml next to the files (not above them) or in a sibling crate says nothing about them.
    expect((await only({ ...SQLX, 'Cargo.toml': '[workspace]\n', 'migrations/Cargo.toml': CARGO })).format).toBe('plain');
    expect((await only({ ...SQLX, 'Cargo.toml': '[workspace]\n', 'api/Cargo.toml': CARGO })).format).toBe('plain');
  });

  it('takes the workspace or crate Cargo.toml above the folder, a `.sqlx/` query cache or a sqlx.toml as the sign', async () => {
    const migrations = { 'crates/db/migrations/1_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);' };
    const ws = await only({ ...migrations, 'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies.sqlx]\nversion = "0.8"\n', 'crates/db/Cargo.toml': '[package]\nname = "db"\n' });
    expect(ws).toMatchObject({ dir: 'crates/db/migrations', format: 'sqlx' });
    const member = await only({ ...migrations, 'Cargo.toml': '[workspace]\n', 'crates/db/Cargo.toml': '[package]\nname = "db"\n\n[dependencies]\nsqlx.workspace = true\n' });
    expect(member.format).toBe('sqlx');
    const cache = await only({ ...migrations, 'crates/db/.sqlx/query-4f1c.json': '{}' });
    expect(cache.format).toBe('sqlx');
    // sqlx.toml may name a folder that is not called migrations.
    const configured = await only({ 'db/sqlx.toml': '[migrate]\nmigrations-dir = "schema/history"\n', 'db/schema/history/1_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);' });
    expect(configured).toMatchObject({ dir: 'db/schema/history', format: 'sqlx' });
  });

  it('recognises a dependency on sqlx in its TOML spellings, and nothing else', () => {
    expect(cargoUsesSqlx('[dependencies]\nsqlx = "0.8"\n')).toBe(true);
    expect(cargoUsesSqlx('[dependencies]\nsqlx = { version = "0.8", features = ["postgres"] }\n')).toBe(true);
    expect(cargoUsesSqlx('[dependencies.sqlx]\nversion = "0.8"\n')).toBe(true);
    expect(cargoUsesSqlx('[target.\'cfg(unix)\'.dependencies.sqlx]\nversion = "0.8"\n')).toBe(true);
    expect(cargoUsesSqlx('[dependencies]\ndb = { package = "sqlx", version = "0.8" }\n')).toBe(true);
    expect(cargoUsesSqlx('[package]\nname = "sqlx-example"\n')).toBe(false);
    expect(cargoUsesSqlx('[dependencies]\nsqlx-ext = "1"\n# sqlx = "0.8"\n')).toBe(false);
    expect(sqlxConfigDir('sqlx.toml', 'migrate.migrations-dir = "db/m"\n')).toBe('db/m');
    expect(sqlxConfigDir('app/sqlx.toml', '[migrate]\ntable-name = "x"\nmigrations-dir = "./m"\n')).toBe('app/m');
    expect(sqlxConfigDir('sqlx.toml', '[other]\nmigrations-dir = "m"\n')).toBeUndefined();
  });

  it('reads reversible `.up.sql` / `.down.sql` pairs of a sqlx crate as sqlx: up files in order, down files as the way back', async () => {
    const set = await only({
      'Cargo.toml': CARGO,
      'migrations/20220101000000_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);',
      'migrations/20220101000000_init.down.sql': 'DROP TABLE users;',
      'migrations/20220201000000_orders.up.sql': '-- no-transaction\nCREATE TABLE orders (id bigint PRIMARY KEY);',
      'migrations/20220201000000_orders.down.sql': '-- Add down migration script here\n',
    });
    expect(set).toMatchObject({ format: 'sqlx', supportsDown: true });
    expect(set.files.map((f) => [f.path.split('/').pop(), f.name, f.hasDown, f.transaction])).toEqual([
      ['20220101000000_init.up.sql', 'init', true, 'per-file'],
      ['20220201000000_orders.up.sql', 'orders', false, 'implicit'],
    ]);
    expect(setForPath([set], 'migrations/20220101000000_init.down.sql')).toBe(set);
  });

  it('turns the transaction off only for a file that starts with `-- no-transaction`, as sqlx does', async () => {
    const set = await only({
      'Cargo.toml': CARGO,
      'migrations/1_a.sql': '-- no-transaction\nselect 1;',
      'migrations/2_b.sql': '\n-- no-transaction\nselect 1;',
      'migrations/3_c.sql': '-- comment\n-- no-transaction\nselect 1;',
      'migrations/4_d.sql': '--no-transaction\nselect 1;',
    });
    expect(set.files.map((f) => f.transaction)).toEqual(['implicit', 'per-file', 'per-file', 'per-file']);
  });

  it('leaves files sqlx ignores out, and a configured folder of a sqlx crate is read as sqlx', async () => {
    const set = await only({ ...SQLX, 'migrations/README.md': '# notes', 'migrations/0001-legacy.sql': 'select 1;' });
    expect(names(set)).toEqual(['20220101000000_init.sql', '20220201000000_orders.sql']);
    const configured = await only({ 'Cargo.toml': CARGO, 'sql/1_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);' }, { config: { sets: [{ path: 'sql' }] } });
    expect(configured).toMatchObject({ dir: 'sql', format: 'sqlx' });
    const named = await only({ 'sql/1_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);' }, { config: { sets: [{ path: 'sql', format: 'sqlx' }] } });
    expect(named).toMatchObject({ format: 'sqlx' });
    expect(named.files[0].transaction).toBe('per-file');
  });

  it('leaves goose, Diesel and Prisma folders of a Rust repository to their own formats', async () => {
    const sets = await detect({
      'Cargo.toml': CARGO,
      'goose/migrations/1_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY);\n',
      'diesel/migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    });
    expect(sets.map((s) => [s.dir, s.format])).toEqual([
      ['diesel/migrations', 'diesel'],
      ['goose/migrations', 'goose'],
      ['prisma/migrations', 'prisma'],
    ]);
  });
});

describe('Atlas detection', () => {
  const ATLAS: Record<string, string> = {
    'atlas.hcl': 'env "local" {\n  migration { dir = "file://migrations" }\n}\n',
    'migrations/20220201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n',
    'migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE audit (id bigint PRIMARY KEY);\n',
    'migrations/atlas.sum': ATLAS_SUM,
  };

  it('reads the .sql files in name order, each in a transaction of its own, and leaves atlas.sum out of the set', async () => {
    const set = await only(ATLAS);
    expect(set).toMatchObject({ dir: 'migrations', format: 'atlas', supportsDown: false });
    expect(names(set)).toEqual(['20220101000000_init.sql', '20220201000000_orders.sql']);
    expect(set.files.map((f) => [f.version, f.name, f.transaction])).toEqual([
      ['20220101000000', 'init', 'per-file'],
      ['20220201000000', 'orders', 'per-file'],
    ]);
    expect(setForPath([set], 'migrations/atlas.sum')).toBeUndefined();
    expect(setForPath([set], 'migrations/20220301000000_new.sql')).toBe(set);
  });

  it('orders by file name as text, as Atlas does (10_c.sql before 1_a.sql, 9 last)', async () => {
    const set = await only({ 'm/atlas.sum': 'h1:x=\n', 'm/9_b.sql': 'select 9;', 'm/10_c.sql': 'select 10;', 'm/1_a.sql': 'select 1;' });
    expect(set.format).toBe('atlas');
    expect(set.files.map((f) => f.version)).toEqual(['10', '1', '9']);
  });

  it('takes atlas.sum as the sign of a migration directory, whatever the folder is called', async () => {
    const files = { 'schema/versions/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);' };
    expect(await detect(files)).toEqual([]);
    const set = await only({ ...files, 'schema/versions/atlas.sum': 'h1:x=\n20220101000000_init.sql h1:y=\n' });
    expect(set).toMatchObject({ dir: 'schema/versions', format: 'atlas' });
    // ent keeps its Atlas directory under ent/migrate/migrations.
    const ent = await only({ 'ent/migrate/migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);', 'ent/migrate/migrations/atlas.sum': 'h1:x=\n' });
    expect(ent).toMatchObject({ dir: 'ent/migrate/migrations', format: 'atlas' });
    // Without atlas.sum a migrations folder stays plain.
    const { 'migrations/atlas.sum': _sum, ...plain } = ATLAS;
    expect((await only(plain)).format).toBe('plain');
  });

  it('takes the atlas.sum in a folder of a sqlx crate over the Cargo.toml above it, unless sqlx.toml names the folder', async () => {
    const files = { 'Cargo.toml': CARGO, 'migrations/1_init.sql': 'CREATE TABLE t (id int);', 'migrations/atlas.sum': 'h1:x=\n' };
    expect((await only(files)).format).toBe('atlas');
    expect((await only({ ...files, 'sqlx.toml': '[migrate]\nmigrations-dir = "migrations"\n' })).format).toBe('sqlx');
  });

  it('leaves directories Atlas writes in another tool\'s format to that tool', async () => {
    const gm = await only({ 'migrations/atlas.sum': 'h1:x=\n', 'migrations/1_init.up.sql': 'CREATE TABLE t (id int);', 'migrations/1_init.down.sql': 'DROP TABLE t;' });
    expect(gm.format).toBe('golang-migrate');
    const goose = await only({ 'migrations/atlas.sum': 'h1:x=\n', 'migrations/1_init.sql': '-- +goose Up\nCREATE TABLE t (id int);\n' });
    expect(goose.format).toBe('goose');
    const flyway = await only({ 'migrations/atlas.sum': 'h1:x=\n', 'migrations/V1__init.sql': 'CREATE TABLE t (id int);' });
    expect(flyway.format).toBe('flyway');
  });

  it('reads `-- atlas:txmode none` only as a file directive: top comments that an empty line ends', () => {
    expect(atlasTransaction('-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (c);\n')).toBe('none');
    expect(atlasTransaction('-- atlas:txmode none\n \t\nCREATE INDEX CONCURRENTLY i ON t (c);\n')).toBe('none');
    expect(atlasTransaction('-- Create an index.\n-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (c);\n')).toBe('none');
    expect(atlasTransaction('# atlas:txmode none\n\nselect 1;')).toBe('none');
    expect(atlasTransaction('-- atlas:txmode file\n\nselect 1;')).toBe('per-file');
    // Attached to the statement: a comment of the statement, not of the file.
    expect(atlasTransaction('-- atlas:txmode none\nCREATE INDEX CONCURRENTLY i ON t (c);\n')).toBe('per-file');
    // Below a statement, after a leading blank line, or in a CRLF file (Atlas looks for "\n" after spaces and tabs only).
    expect(atlasTransaction('select 1;\n\n-- atlas:txmode none\n\nselect 2;')).toBe('per-file');
    expect(atlasTransaction('\n-- atlas:txmode none\n\nselect 1;')).toBe('per-file');
    expect(atlasTransaction('-- atlas:txmode none\r\n\r\nselect 1;\r\n')).toBe('per-file');
    // Atlas refuses the file for an unknown value or two txmode directives: no "none" to go by.
    expect(atlasTransaction('-- atlas:txmode nope\n\nselect 1;')).toBe('per-file');
    expect(atlasTransaction('-- atlas:txmode none\n-- atlas:txmode none\n\nselect 1;')).toBe('per-file');
    expect(atlasDirective('-- atlas:delimiter \\n\\n\n-- atlas:txmode none\n\nselect 1;', 'delimiter')).toEqual(['\\n\\n']);
  });

  it('reads a configured folder with an atlas.sum as atlas, and `format: atlas` anywhere', async () => {
    const guessed = await only(ATLAS, { config: { sets: [{ path: 'migrations' }] } });
    expect(guessed.format).toBe('atlas');
    const named = await only({ 'db/1_init.sql': 'CREATE TABLE t (id int);' }, { config: { sets: [{ path: 'db', format: 'atlas' }] } });
    expect(named.format).toBe('atlas');
  });
});

describe('sqlx pull request review', () => {
  const INDEX = 'migrations/20220301000000_orders_status.sql';

  it('reports a lone CREATE INDEX CONCURRENTLY in a sqlx migration, with sqlx\'s way out', async () => {
    const report = await reviewPr(SQLX, { [INDEX]: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n' });
    expect(found(report)).toEqual(['concurrently-in-transaction@20220301000000_orders_status.sql:1']);
    const f = report.findings[0];
    expect(f).toMatchObject({ file: INDEX, severity: 'critical' });
    expect(f.message).toContain('sqlx runs every migration in a transaction unless the file starts with `-- no-transaction`');
    expect(f.fix).toMatch(/^Add `-- no-transaction` as the first line/);
  });

  it('stays quiet when the file starts with `-- no-transaction` and holds only the index', async () => {
    const report = await reviewPr(SQLX, { [INDEX]: '-- no-transaction\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n' });
    expect(found(report)).toEqual([]);
  });

  it('still reports it next to another statement: sqlx sends a `-- no-transaction` file as one string, one transaction for PostgreSQL', async () => {
    const report = await reviewPr(SQLX, { [INDEX]: '-- no-transaction\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n' });
    expect(found(report)).toEqual(['concurrently-in-transaction@20220301000000_orders_status.sql:3']);
    expect(report.findings[0].message).toContain('the file starts with `-- no-transaction`, but sqlx then sends it as one multi-statement string');
    expect(report.findings[0].fix).toContain('migration of its own');
  });

  it('reads a crate without a sign of sqlx as plain: a lone CONCURRENTLY there is not reported', async () => {
    const report = await reviewPr({ ...SQLX, 'Cargo.toml': '[package]\nname = "shop"\n' }, { [INDEX]: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n' });
    expect(found(report)).toEqual([]);
  });

  it('says that sqlx applies an older pending version after the newer ones, and what a shared version does', async () => {
    const late = await reviewPr(SQLX, { 'migrations/20220115000000_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n' });
    expect(found(late)).toEqual(['migration-order-conflict@20220115000000_email.sql:1']);
    expect(late.findings[0]).toMatchObject({ severity: 'medium' });
    expect(late.findings[0].message).toContain('`sqlx migrate run`');
    const dup = await reviewPr(SQLX, { 'migrations/20220201000000_other.sql': 'ALTER TABLE users ADD COLUMN email text;\n' });
    expect(found(dup)).toEqual(['migration-order-conflict@20220201000000_other.sql:1']);
    expect(dup.findings[0].message).toContain('sqlx keys _sqlx_migrations by version');
  });

  it('reports an edit of an applied migration with the checksum error sqlx stops on, even a cosmetic one', async () => {
    const edit = await reviewPr(SQLX, { 'migrations/20220101000000_init.sql': '-- Add migration script here\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n' });
    expect(found(edit)).toEqual(['edited-applied-migration@20220101000000_init.sql:2']);
    expect(edit.findings[0].message).toContain('previously applied but has been modified');
    const cosmetic = await reviewPr(SQLX, { 'migrations/20220101000000_init.sql': '-- Create the users table.\nCREATE TABLE users (id bigint PRIMARY KEY);\n' });
    expect(found(cosmetic)).toEqual(['edited-applied-migration@20220101000000_init.sql:1']);
    expect(cosmetic.findings[0]).toMatchObject({ severity: 'high' });
    expect(cosmetic.findings[0].message).toContain('sqlx checksums the whole text of applied migrations');
  });

  it('takes a renamed description with the same version and text as the same migration', async () => {
    const rename = (from: string, to: string): Promise<Report> => {
      const head = Object.fromEntries(Object.entries(SQLX).map(([p, t]) => [p === from ? to : p, t]));
      return analyze({ before: memoryTree(SQLX, 'base'), head: memoryTree(head, 'head'), changes: [{ path: to, status: 'renamed', oldPath: from }], config: EMPTY_CONFIG, rules: RULES, toolVersion: 'test' });
    };
    expect(found(await rename('migrations/20220201000000_orders.sql', 'migrations/20220201000000_create_orders.sql'))).toEqual([]);
    const moved = await rename('migrations/20220201000000_orders.sql', 'migrations/20220202000000_orders.sql');
    expect(found(moved)).toEqual(['edited-applied-migration@20220202000000_orders.sql:1']);
    expect(moved.findings[0].message).toContain('previously applied but is missing in the resolved migrations');
  });
});

describe('Atlas pull request review', () => {
  const ATLAS: Record<string, string> = {
    'migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'migrations/20220201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nINSERT INTO orders VALUES (1, \'new\');\n',
    'migrations/atlas.sum': ATLAS_SUM,
  };
  const INDEX = 'migrations/20220301000000_orders_status.sql';
  const SUM = { 'migrations/atlas.sum': `${ATLAS_SUM}20220301000000_orders_status.sql h1:ghi=\n` };

  it('reports a lone CREATE INDEX CONCURRENTLY in an Atlas migration, with the txmode directive as the way out', async () => {
    const report = await reviewPr(ATLAS, { [INDEX]: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n', ...SUM });
    expect(found(report)).toEqual(['concurrently-in-transaction@20220301000000_orders_status.sql:1']);
    const f = report.findings[0];
    expect(f.message).toContain('`atlas migrate apply` runs every migration file in a transaction of its own');
    expect(f.fix).toMatch(/^Add `-- atlas:txmode none` at the top of the file, followed by an empty line/);
  });

  it('stays quiet with `-- atlas:txmode none` as a file directive, even next to other statements (Atlas runs them one by one)', async () => {
    expect(found(await reviewPr(ATLAS, { [INDEX]: '-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n', ...SUM }))).toEqual([]);
    const two = await reviewPr(ATLAS, { [INDEX]: '-- atlas:txmode none\n\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n', ...SUM });
    expect(found(two)).toEqual([]);
  });

  it('reports a txmode directive Atlas does not see, and says why', async () => {
    const attached = await reviewPr(ATLAS, { [INDEX]: '-- atlas:txmode none\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n', ...SUM });
    expect(found(attached)).toEqual(['concurrently-in-transaction@20220301000000_orders_status.sql:2']);
    expect(attached.findings[0].fix).toContain('with an empty line');
    const crlf = await reviewPr(ATLAS, { [INDEX]: '-- atlas:txmode none\r\n\r\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\r\n', ...SUM });
    expect(found(crlf)).toEqual(['concurrently-in-transaction@20220301000000_orders_status.sql:3']);
    expect(crlf.findings[0].fix).toContain('LF line endings');
  });

  it('does not review a pull request that only re-hashes atlas.sum', async () => {
    const report = await reviewPr(ATLAS, { 'migrations/atlas.sum': `${ATLAS_SUM}# rehashed\n` });
    expect(report.findings).toEqual([]);
    const added = await reviewPr(ATLAS, { 'migrations/20220301000000_status.sql': 'ALTER TABLE orders DROP COLUMN status;\n', ...SUM });
    expect(found(added)).toEqual(['drop-column@20220301000000_status.sql:1']);
  });

  it('says that Atlas refuses a file added out of order, and what a shared version does', async () => {
    const late = await reviewPr(ATLAS, { 'migrations/20220115000000_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n' });
    expect(found(late)).toEqual(['migration-order-conflict@20220115000000_email.sql:1']);
    expect(late.findings[0]).toMatchObject({ severity: 'high' });
    expect(late.findings[0].message).toContain('`atlas migrate apply` refuses to run');
    expect(late.findings[0].message).toContain('--exec-order non-linear');
    const dup = await reviewPr(ATLAS, { 'migrations/20220201000000_other.sql': 'ALTER TABLE users ADD COLUMN email text;\n' });
    expect(found(dup)).toEqual(['migration-order-conflict@20220201000000_other.sql:1']);
    expect(dup.findings[0].message).toContain('Atlas records revisions by version');
  });

  it('reports an edit of an applied migration, noting that re-hashing atlas.sum does not re-run it', async () => {
    const edit = await reviewPr(ATLAS, { 'migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' });
    expect(found(edit)).toEqual(['edited-applied-migration@20220101000000_init.sql:1']);
    expect(edit.findings[0].message).toContain('atlas migrate hash');
  });
});

describe('migra check on sqlx and Atlas projects', () => {
  it('lists the sqlx set and the Atlas set with their findings', async () => {
    const repo = TempRepo.create('migra-sqlx-atlas-');
    try {
      repo.commit('base', {
        ...SQLX,
        'tools/atlas/migrations/20220101000000_init.sql': 'CREATE TABLE events (id bigint PRIMARY KEY, kind text);\n',
        'tools/atlas/migrations/atlas.sum': 'h1:x=\n20220101000000_init.sql h1:y=\n',
      });
      repo.checkout('pr', true);
      repo.commit('index', {
        'migrations/20220301000000_orders_status.sql': 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n',
        'tools/atlas/migrations/20220301000000_kind.sql': '-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);\n',
      });
      let out = '';
      const code = await runCheck(parseCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr'], false), (s) => (out += s));
      expect(out).toMatch(/set migrations: sqlx, postgresql \(\w+\), 3 files/);
      expect(out).toMatch(/set tools\/atlas\/migrations: atlas, postgresql \(\w+\), 2 files/);
      expect(out).toContain('concurrently-in-transaction');
      expect(out).not.toContain('events_kind_idx');
      expect(code).toBe(1);
    } finally {
      repo.remove();
    }
  });
});
