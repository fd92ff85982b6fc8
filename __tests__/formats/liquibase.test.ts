import { describeSets } from '../../src/formats/describe.js';
import { detectSets } from '../../src/formats/detect.js';
import { changelogRefs, loadChangelogReaders } from '../../src/formats/liquibase-changelog.js';
import { readFormattedSql, runsOn } from '../../src/formats/liquibase-sql.js';
import { splitStatements } from '../../src/frontends/sql/split.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { LIQUIBASE_USERS } from '../helpers/liquibase.js';
import { found, reviewPr } from '../helpers/review.js';

// The document parsers are loaded on demand (detectSets does it for a Liquibase set).
beforeAll(loadChangelogReaders);

async function only(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet> {
  const sets = await detectSets(memoryTree(files), opts);
  expect(sets).toHaveLength(1);
  return sets[0];
}

const names = (set: MigrationSet) => set.files.map((f) => f.path.split('/').pop());
const lineCount = (s: string) => s.split('\n').length;

const USERS = LIQUIBASE_USERS;

const ORDERS = `--liquibase formatted sql
--changeset bob:orders-1
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text);
/* liquibase rollback
DROP TABLE orders;
*/
`;

const ROOT = 'src/main/resources/db/changelog';

/** Spring Boot's default layout: a YAML master naming each file, in an order their names do not sort in. */
const SPRING: Record<string, string> = {
  [`${ROOT}/db.changelog-master.yaml`]: `databaseChangeLog:
  - include:
      file: db/changelog/changes/zz-users.sql
  - include:
      file: changes/aa-orders.sql
      relativeToChangelogFile: true
`,
  [`${ROOT}/changes/zz-users.sql`]: USERS,
  [`${ROOT}/changes/aa-orders.sql`]: ORDERS,
  [`${ROOT}/changes/bb-unused.sql`]: '--liquibase formatted sql\n--changeset x:1\nDROP TABLE users;\n',
};

describe('Liquibase formatted SQL', () => {
  it('follows the master changelog: its order, not file names, and only the files it includes', async () => {
    const set = await only(SPRING);
    expect(set).toMatchObject({ dir: ROOT, format: 'liquibase', supportsDown: true });
    expect(names(set)).toEqual(['zz-users.sql', 'aa-orders.sql']);
    expect(set.files.map((f) => [f.version, f.name, f.hasDown, f.transaction])).toEqual([
      ['zz-users', 'zz-users', true, 'per-file'],
      ['aa-orders', 'aa-orders', true, 'per-file'],
    ]);
  });

  it('reads XML and JSON masters: include, includeAll (in path order, recursively) and sqlFile', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <!-- <include file="old/ignored.sql"/> -->
  <include file="2024/users.sql" relativeToChangelogFile="true"/>
  <changeSet id="fn" author="carol" runInTransaction="false">
    <sqlFile path="raw/functions.sql" relativeToChangelogFile="true" splitStatements="false"/>
  </changeSet>
  <includeAll path="db/releases/" />
</databaseChangeLog>`;
    const set = await only({
      'db/changelog.xml': xml,
      'db/2024/users.sql': USERS,
      'db/raw/functions.sql': 'CREATE INDEX CONCURRENTLY users_email ON users (email);',
      'db/releases/2.0/b.sql': '--liquibase formatted sql\n--changeset d:2\nSELECT 2;\n',
      'db/releases/10.0/a.sql': '--liquibase formatted sql\n--changeset d:10\nSELECT 10;\n',
      'db/releases/1.0/orders.sql': ORDERS,
    });
    expect(set.dir).toBe('db');
    expect(set.files.map((f) => [f.path, f.transaction, f.hasDown])).toEqual([
      ['db/2024/users.sql', 'per-file', true],
      ['db/raw/functions.sql', 'none', false],
      ['db/releases/1.0/orders.sql', 'per-file', true],
      ['db/releases/10.0/a.sql', 'per-file', false],
      ['db/releases/2.0/b.sql', 'per-file', false],
    ]);
    expect(changelogRefs('m.json', '{"databaseChangeLog": [{"include": {"file": "a.sql"}}, {"includeAll": {"path": "more/", "relativeToChangelogFile": true}}]}')).toEqual([
      { kind: 'include', ref: 'a.sql', relative: false },
      { kind: 'includeAll', ref: 'more/', relative: true },
    ]);
    const yaml = `databaseChangeLog:
  - changeSet:
      id: fn
      author: carol
      runInTransaction: false
      dbms: postgresql
      changes:
        - sqlFile:
            path: sql/functions.sql
            relativeToChangelogFile: true
      rollback:
        - sql:
            sql: DROP FUNCTION f;
  - include: { file: "later.sql" }
`;
    expect(changelogRefs('m.yaml', yaml)).toEqual([
      { kind: 'sqlFile', ref: 'sql/functions.sql', relative: true, runInTransaction: false, hasRollback: true, dbms: 'postgresql' },
      { kind: 'include', ref: 'later.sql', relative: false },
    ]);
  });

  it('without a master, takes every formatted SQL file of the folder in path order', async () => {
    const set = await only({
      'db/migrations/002_orders.sql': ORDERS,
      'db/migrations/001_users.sql': USERS,
      'db/migrations/README.md': '# notes',
    });
    expect(set).toMatchObject({ dir: 'db/migrations', format: 'liquibase' });
    expect(set.files.map((f) => [f.version, f.name])).toEqual([
      ['001', 'users'],
      ['002', 'orders'],
    ]);
  });

  it('blanks rollback lines and blocks, and text outside changesets, keeping every line number', () => {
    const r = readFormattedSql(ORDERS);
    expect(lineCount(r.up)).toBe(lineCount(ORDERS));
    expect(r.up).toBe('--liquibase formatted sql\n--changeset bob:orders-1\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text);\n\n\n\n');
    const u = readFormattedSql(USERS);
    expect(u.up.split('\n')[8]).toBe('');
    expect(splitStatements(u.up, 'postgresql').map((s) => [s.line, s.endLine])).toEqual([
      [5, 8],
      [12, 12],
    ]);
    const before = readFormattedSql('--liquibase formatted sql\n-- migra:ignore-file reason: legacy\nSELECT 1;\n--changeset a:1\nSELECT 2;\n');
    expect(before.up).toBe('--liquibase formatted sql\n-- migra:ignore-file reason: legacy\n\n--changeset a:1\nSELECT 2;\n');
  });

  it('turns a line holding only the endDelimiter into a statement end', () => {
    const text = '--liquibase formatted sql\n--changeset a:1 endDelimiter:/\nCREATE TABLE a (id int)\n/\nCREATE TABLE b (id int)\n/\n';
    const up = readFormattedSql(text).up;
    expect(up.length).toBe(text.length);
    expect(splitStatements(up, 'postgresql').map((s) => s.line)).toEqual([3, 5]);
  });

  it('leaves out changesets for other databases (dbms:) and ignore:true ones, once the dialect is known', async () => {
    expect(runsOn(undefined, 'postgresql')).toBe(true);
    expect(runsOn('postgresql,h2', 'postgresql')).toBe(true);
    expect(runsOn('mysql', 'postgresql')).toBe(false);
    expect(runsOn('!h2', 'postgresql')).toBe(true);
    expect(runsOn('!postgresql', 'postgresql')).toBe(false);
    expect(runsOn('all', 'sqlite')).toBe(true);
    expect(runsOn('none,postgresql', 'postgresql')).toBe(false);
    expect(runsOn('h2', undefined)).toBe(false);

    const text = `--liquibase formatted sql
--changeset a:1 dbms:postgresql
CREATE INDEX CONCURRENTLY a_pg ON a (id);
--changeset a:2 dbms:mysql
CREATE INDEX a_my ON a (id) ALGORITHM=INPLACE;
--changeset a:3 dbms:h2
CREATE INDEX a_h2 ON a (id);
--changeset a:4 ignore:true
DROP TABLE a;
--changeset a:5
SELECT 5;
`;
    const pg = readFormattedSql(text, 'postgresql');
    expect(pg.applied.map((c) => c.line)).toEqual([1, 9]);
    expect(pg.up.split('\n').filter((l) => l && !l.startsWith('--'))).toEqual(['CREATE INDEX CONCURRENTLY a_pg ON a (id);', 'SELECT 5;']);
    expect(lineCount(pg.up)).toBe(lineCount(text));

    const files = { 'db/migrations/001_a.sql': text };
    expect((await only(files, { config: { dialect: 'postgresql' } })).files[0].up).toBe(pg.up);
    expect((await only(files, { config: { dialect: 'mysql' } })).files[0].up).toContain('ALGORITHM=INPLACE');
    expect((await only(files, { config: { dialect: 'mysql' } })).files[0].up).not.toContain('a_pg');
  });

  it('gives a file one transaction mode: per-file unless a changeset says runInTransaction:false', async () => {
    const set = await only({
      'db/migrations/001_a.sql': '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE a (id int);\n--changeset a:2\nALTER TABLE a ADD COLUMN b int;\n',
      'db/migrations/002_b.sql': '--liquibase formatted sql\n--changeset a:3\nALTER TABLE a ADD COLUMN c int;\n--changeset a:4 runInTransaction:false\nCREATE INDEX CONCURRENTLY a_c ON a (c);\n',
      // The non-transactional changeset runs on MySQL only: on PostgreSQL the file is transactional.
      'db/migrations/003_c.sql': '--liquibase formatted sql\n--changeset a:5\nSELECT 1;\n--changeset a:6 runInTransaction:false dbms:mysql\nSELECT 2;\n',
    });
    expect(set.files.map((f) => f.transaction)).toEqual(['per-file', 'none', 'per-file']);
  });

  it('has a down step only when every changeset has a rollback ("empty" and "not required" count)', async () => {
    const set = await only({
      'db/migrations/001_a.sql': USERS,
      'db/migrations/002_b.sql': '--liquibase formatted sql\n--changeset a:3\nSELECT 1;\n--rollback not required\n--changeset a:4\nSELECT 2;\n--rollback empty\n',
      'db/migrations/003_c.sql': '--liquibase formatted sql\n--changeset a:5\nSELECT 1;\n--rollback SELECT 0;\n--changeset a:6\nSELECT 2;\n',
    });
    expect(set.files.map((f) => f.hasDown)).toEqual([true, true, false]);
  });

  it('treats a file of runOnChange changesets as repeatable: editing it is how it works', async () => {
    const set = await only({
      'db/migrations/001_a.sql': USERS,
      'db/migrations/002_views.sql': '--liquibase formatted sql\n--changeset a:v1 runOnChange:true\nCREATE OR REPLACE VIEW v AS SELECT 1;\n',
    });
    expect(set.files.map((f) => !!f.repeatable)).toEqual([false, true]);
  });

  it('detects the dialect from the SQL and honours the configured one; printed with its format', async () => {
    const my = await only({ 'db/migrations/001_a.sql': '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE `a` (id int AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n' });
    expect(my).toMatchObject({ dialect: 'mysql', dialectSource: 'content' });
    const configured = await only(SPRING, { config: { sets: [{ path: ROOT, dialect: 'postgresql' }] } });
    expect(configured).toMatchObject({ dir: ROOT, format: 'liquibase', dialect: 'postgresql', dialectSource: 'config' });
    expect(names(configured)).toEqual(['zz-users.sql', 'aa-orders.sql']);
    const named = await only({ 'sql/changes/create-users.sql': USERS }, { config: { sets: [{ path: 'sql/changes', format: 'liquibase' }] } });
    expect(names(named)).toEqual(['create-users.sql']);
    expect(describeSets([await only(SPRING)])).toEqual([`${ROOT}: liquibase, postgresql (default), 2 files`]);
  });

  it('does not take a changelog.json that is not a Liquibase changelog, nor plain numbered SQL', async () => {
    const sets = await detectSets(
      memoryTree({
        'changelog.json': '{"versions": []}',
        'db/migrations/001_a.sql': 'CREATE TABLE a (id int);',
      }),
    );
    expect(sets.map((s) => [s.dir, s.format])).toEqual([['db/migrations', 'plain']]);
  });
});

describe('reviewing a pull request that adds a Liquibase changelog', () => {
  const master = (files: string[]) => `databaseChangeLog:\n${files.map((f) => `  - include:\n      file: ${f}\n      relativeToChangelogFile: true\n`).join('')}`;
  const BASE: Record<string, string> = {
    'db/changelog/db.changelog-master.yaml': master(['changes/001-users.sql', 'changes/002-orders.sql']),
    'db/changelog/changes/001-users.sql': USERS,
    'db/changelog/changes/002-orders.sql': ORDERS,
  };

  it('reports a blocking index build on its line, and CONCURRENTLY in a transactional changeset', async () => {
    const report = await reviewPr(BASE, {
      'db/changelog/db.changelog-master.yaml': master(['changes/001-users.sql', 'changes/002-orders.sql', 'changes/003-status.sql']),
      'db/changelog/changes/003-status.sql': '--liquibase formatted sql\n\n--changeset carol:3\n--comment: look orders up by status\nCREATE INDEX orders_status_idx ON orders (status);\n--rollback DROP INDEX orders_status_idx;\n',
    });
    expect(report.sets).toEqual([{ dir: 'db/changelog', format: 'liquibase', dialect: 'postgresql', dialectSource: 'default', files: 3 }]);
    expect(found(report).filter((f) => !f.startsWith('lock-timeout-missing'))).toEqual(['create-index-non-concurrently@003-status.sql:5']);

    const inTx = await reviewPr(BASE, {
      'db/changelog/db.changelog-master.yaml': master(['changes/001-users.sql', 'changes/002-orders.sql', 'changes/003-status.sql']),
      'db/changelog/changes/003-status.sql': '--liquibase formatted sql\n--changeset carol:3\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n--rollback DROP INDEX orders_status_idx;\n',
    });
    expect(found(inTx)).toEqual(['concurrently-in-transaction@003-status.sql:3']);
    expect(inTx.findings[0].message).toContain('runInTransaction:false');
  });

  it('is quiet about CONCURRENTLY with runInTransaction:false, and about a safe changeset', async () => {
    const add = (text: string) => ({
      'db/changelog/db.changelog-master.yaml': master(['changes/001-users.sql', 'changes/002-orders.sql', 'changes/003-status.sql']),
      'db/changelog/changes/003-status.sql': text,
    });
    const quiet = await reviewPr(BASE, add('--liquibase formatted sql\n--changeset carol:3 runInTransaction:false\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n--rollback DROP INDEX CONCURRENTLY orders_status_idx;\n'));
    expect(quiet.sets.map((s) => [s.format, s.files])).toEqual([['liquibase', 3]]);
    expect(found(quiet)).toEqual([]);
    expect(found(await reviewPr(BASE, add('--liquibase formatted sql\n--changeset carol:3 runInTransaction:false\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n--rollback DROP INDEX CONCURRENTLY orders_status_idx;\n')))).toEqual([]);
    expect(found(await reviewPr(BASE, add('--liquibase formatted sql\n--changeset carol:3\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n--rollback ALTER TABLE orders DROP COLUMN shipped_at;\n')))).toEqual([]);
  });

  it('does not review a file the master does not include', async () => {
    const report = await reviewPr(BASE, { 'db/changelog/changes/003-status.sql': '--liquibase formatted sql\n--changeset carol:3\nCREATE INDEX orders_status_idx ON orders (status);\n' });
    expect(report.sets.map((s) => [s.format, s.files])).toEqual([['liquibase', 2]]);
    expect(found(report)).toEqual([]);
  });
});
