import { detectSets } from '../../src/formats/detect.js';
import { popFilesFor } from '../../src/formats/pop.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';

/**
 * gobuffalo/pop and Ory popx per-dialect files (Kratos, Hydra, Keto):
 * `{version}_{name}[.{dialect}][.autocommit].{up|down}.sql`.
 */
const ORY: Record<string, string> = {
  'persistence/sql/migrations/sql/20150100000001000000_networks.postgres.up.sql': 'CREATE TABLE networks (id UUID NOT NULL PRIMARY KEY);',
  'persistence/sql/migrations/sql/20150100000001000000_networks.mysql.up.sql': 'CREATE TABLE `networks` (`id` CHAR(36) NOT NULL, PRIMARY KEY(`id`)) ENGINE=InnoDB;',
  'persistence/sql/migrations/sql/20150100000001000000_networks.sqlite3.up.sql': 'CREATE TABLE "networks" ("id" TEXT PRIMARY KEY);',
  'persistence/sql/migrations/sql/20150100000001000000_networks.cockroach.up.sql': 'CREATE TABLE networks (id UUID NOT NULL PRIMARY KEY);',
  'persistence/sql/migrations/sql/20150100000001000000_networks.postgres.down.sql': 'DROP TABLE networks;',
  // One file for every database that has none of its own.
  'persistence/sql/migrations/sql/20230313141439000001_token_length.up.sql': 'ALTER TABLE sessions ALTER COLUMN token TYPE varchar(39);',
  'persistence/sql/migrations/sql/20230313141439000001_token_length.mysql.up.sql': 'ALTER TABLE sessions MODIFY token varchar(39);',
  'persistence/sql/migrations/sql/20230313141439000001_token_length.down.sql': '',
  // Run outside a transaction.
  'persistence/sql/migrations/sql/20241029153900000001_identities.postgres.autocommit.up.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON identities (nid);',
  'persistence/sql/migrations/sql/20241029153900000001_identities.mysql.autocommit.up.sql': 'CREATE INDEX i ON identities (nid);',
  'persistence/sql/migrations/sql/20241029153900000001_identities.sqlite.autocommit.up.sql': 'CREATE INDEX IF NOT EXISTS i ON identities (nid);',
};

async function only(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet> {
  const sets = await detectSets(memoryTree(files), opts);
  expect(sets).toHaveLength(1);
  return sets[0];
}

const names = (set: MigrationSet) => set.files.map((f) => f.path.split('/').pop());

describe('gobuffalo/pop per-dialect files', () => {
  it('replays only what the configured database runs: its own file, else the generic one', async () => {
    const pg = await only(ORY, { config: { dialect: 'postgresql' } });
    expect(pg).toMatchObject({ format: 'golang-migrate', dialect: 'postgresql', dialectSource: 'config' });
    expect(names(pg)).toEqual([
      '20150100000001000000_networks.postgres.up.sql',
      '20230313141439000001_token_length.up.sql',
      '20241029153900000001_identities.postgres.autocommit.up.sql',
    ]);
    expect(pg.files.map((f) => [f.hasDown, f.transaction])).toEqual([
      [true, 'per-file'],
      [false, 'per-file'],
      [false, 'none'],
    ]);

    const my = await only(ORY, { config: { dialect: 'mysql' } });
    expect(names(my)).toEqual([
      '20150100000001000000_networks.mysql.up.sql',
      '20230313141439000001_token_length.mysql.up.sql',
      '20241029153900000001_identities.mysql.autocommit.up.sql',
    ]);

    const lite = await only(ORY, { config: { dialect: 'sqlite' } });
    expect(names(lite)).toEqual([
      '20150100000001000000_networks.sqlite3.up.sql',
      '20230313141439000001_token_length.up.sql',
      '20241029153900000001_identities.sqlite.autocommit.up.sql',
    ]);
  });

  it('does not guess a dialect from mixed SQL: the default applies, and one named dialect decides', async () => {
    const mixed = await only(ORY);
    expect(mixed).toMatchObject({ dialect: 'postgresql', dialectSource: 'default' });
    expect(names(mixed)).toHaveLength(3);

    const mysqlOnly = await only({
      'db/migrations/1_init.mysql.up.sql': 'CREATE TABLE a (id int);',
      'db/migrations/2_more.up.sql': 'ALTER TABLE a ADD COLUMN b int;',
    });
    expect(mysqlOnly).toMatchObject({ dialect: 'mysql', dialectSource: 'content' });
    expect(names(mysqlOnly)).toEqual(['1_init.mysql.up.sql', '2_more.up.sql']);
  });

  it('leaves plain golang-migrate folders as they were', async () => {
    const set = await only({ 'migrations/1_a.up.sql': 'CREATE TABLE a (id serial);', 'migrations/1_a.down.sql': 'DROP TABLE a;' });
    expect(set).toMatchObject({ format: 'golang-migrate' });
    expect(set.files.map((f) => [f.version, f.transaction, f.hasDown])).toEqual([['1', 'implicit', true]]);
  });

  it('falls back from MariaDB to MySQL files before generic ones', () => {
    const files = [
      { path: 'm/1_a.up.sql', text: '', blobId: '' },
      { path: 'm/1_a.mysql.up.sql', text: '', blobId: '' },
      { path: 'm/2_b.mariadb.up.sql', text: '', blobId: '' },
      { path: 'm/2_b.mysql.up.sql', text: '', blobId: '' },
    ];
    expect(popFilesFor(files, 'mariadb').map((f) => f.path)).toEqual(['m/1_a.mysql.up.sql', 'm/2_b.mariadb.up.sql']);
  });
});
