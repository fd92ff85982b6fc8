import { detectSets } from '../../src/formats/detect.js';
import { setForPath } from '../../src/formats/membership.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { found, reviewPr } from '../helpers/review.js';

async function detect(files: Record<string, string>): Promise<MigrationSet[]> {
  return detectSets(memoryTree(files));
}

async function only(files: Record<string, string>): Promise<MigrationSet> {
  const sets = await detect(files);
  expect(sets).toHaveLength(1);
  return sets[0];
}

const names = (set: MigrationSet) => set.files.map((f) => f.path.split('/').pop());

/** `atlas migrate hash` output: a sum of the directory, then one line per file. */
const ATLAS_SUM = 'h1:7b3Q2m3x4vJ0Qe9W0m1cHc0mB1vO1cK0Y2bq8mJfQ4E=\n20220101000000_init.sql h1:abc=\n20220201000000_orders.sql h1:def=\n';

describe('sqlx migrations', () => {
  it('reads simple `<version>_<name>.sql` files as plain numbered migrations, by integer version', async () => {
    const set = await only({
      'migrations/20220201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      'migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);',
      'migrations/20220301000000_index.sql': '-- no-transaction\nCREATE INDEX CONCURRENTLY orders_id ON orders (id);',
    });
    expect(set).toMatchObject({ dir: 'migrations', format: 'plain', supportsDown: false });
    expect(names(set)).toEqual(['20220101000000_init.sql', '20220201000000_orders.sql', '20220301000000_index.sql']);
    expect(set.files.map((f) => f.version)).toEqual(['20220101000000', '20220201000000', '20220301000000']);
    // sqlx parses the version as an i64, so 10 comes after 9 whatever the padding.
    const small = await only({ 'migrations/10_c.sql': 'select 10;', 'migrations/9_b.sql': 'select 9;', 'migrations/1_a.sql': 'select 1;' });
    expect(small.files.map((f) => f.version)).toEqual(['1', '9', '10']);
  });

  it('reads reversible `.up.sql` / `.down.sql` pairs as golang-migrate: up files in order, down files only as the way back', async () => {
    const set = await only({
      'migrations/20220101000000_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);',
      'migrations/20220101000000_init.down.sql': 'DROP TABLE users;',
      'migrations/20220201000000_orders.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      'migrations/20220201000000_orders.down.sql': '-- Add down migration script here\n',
    });
    expect(set).toMatchObject({ format: 'golang-migrate', supportsDown: true });
    expect(set.files.map((f) => [f.path.split('/').pop(), f.hasDown])).toEqual([
      ['20220101000000_init.up.sql', true],
      ['20220201000000_orders.up.sql', false],
    ]);
  });
});

describe('Atlas migration directories', () => {
  const ATLAS: Record<string, string> = {
    'atlas.hcl': 'env "local" {\n  migration { dir = "file://migrations" }\n}\n',
    'migrations/20220201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n',
    'migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE audit (id bigint PRIMARY KEY);\n',
    'migrations/atlas.sum': ATLAS_SUM,
  };

  it('reads the .sql files in name order and leaves atlas.sum out of the set', async () => {
    const set = await only(ATLAS);
    expect(set).toMatchObject({ dir: 'migrations', format: 'plain' });
    expect(names(set)).toEqual(['20220101000000_init.sql', '20220201000000_orders.sql']);
    expect(setForPath([set], 'migrations/atlas.sum')).toBeUndefined();
    expect(setForPath([set], 'migrations/20220301000000_new.sql')).toBe(set);
  });

  it('takes atlas.sum as the sign of a migration directory, whatever the folder is called', async () => {
    const files = { 'schema/versions/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);' };
    expect(await detect(files)).toEqual([]);
    const set = await only({ ...files, 'schema/versions/atlas.sum': 'h1:x=\n20220101000000_init.sql h1:y=\n' });
    expect(set).toMatchObject({ dir: 'schema/versions', format: 'plain' });
    // ent keeps its Atlas directory under ent/migrate/migrations.
    const ent = await only({ 'ent/migrate/migrations/20220101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);', 'ent/migrate/migrations/atlas.sum': 'h1:x=\n' });
    expect(ent.dir).toBe('ent/migrate/migrations');
  });

  it('does not review a pull request that only re-hashes atlas.sum', async () => {
    const report = await reviewPr(ATLAS, { 'migrations/atlas.sum': `${ATLAS_SUM}# rehashed\n` });
    expect(report.findings).toEqual([]);
    const added = await reviewPr(ATLAS, {
      'migrations/20220301000000_status.sql': 'ALTER TABLE orders DROP COLUMN status;\n',
      'migrations/atlas.sum': `${ATLAS_SUM}20220301000000_status.sql h1:ghi=\n`,
    });
    expect(found(added)).toEqual(['drop-column@20220301000000_status.sql:1']);
  });
});
