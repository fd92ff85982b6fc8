import type { Report } from '../../src/model/report.js';
import { detectSets } from '../../src/formats/detect.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { LIQUIBASE_USERS } from '../helpers/liquibase.js';
import { found, reviewPr } from '../helpers/review.js';

/**
 * A Liquibase changelog grows by appending changesets: a pull request that modifies a changelog
 * is reviewed changeset by changeset (new ones like a new migration, edited ones as history).
 */

const MASTER = 'db/changelog/db.changelog-master.yaml';
const USERS_PATH = 'db/changelog/changes/001-users.sql';
const ORDERS_PATH = 'db/changelog/changes/002-orders.sql';

const USERS = LIQUIBASE_USERS;

const ORDERS = `--liquibase formatted sql

--changeset bob:orders-1
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text);
--rollback DROP TABLE orders;

--changeset bob:orders-2 runOnChange:true
CREATE OR REPLACE VIEW open_orders AS SELECT id, user_id FROM orders WHERE status = 'open';
--rollback DROP VIEW open_orders;
`;

const BASE: Record<string, string> = {
  [MASTER]: 'databaseChangeLog:\n  - include:\n      file: changes/001-users.sql\n      relativeToChangelogFile: true\n  - include:\n      file: changes/002-orders.sql\n      relativeToChangelogFile: true\n',
  [USERS_PATH]: USERS,
  [ORDERS_PATH]: ORDERS,
};

const STATUS_INDEX = '\n--changeset carol:orders-3\nCREATE INDEX orders_status_idx ON orders (status);\n--rollback DROP INDEX orders_status_idx;\n';
/** Line of the CREATE INDEX once STATUS_INDEX is appended to ORDERS. */
const STATUS_INDEX_LINE = ORDERS.split('\n').length + 2;

const of = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a pull request that appends changesets to a Liquibase changelog', () => {
  it('reviews the new changeset like a new migration, on its own line, and nothing else', async () => {
    const report = await reviewPr(BASE, { [ORDERS_PATH]: ORDERS + STATUS_INDEX });
    expect(found(report)).toEqual([`create-index-non-concurrently@002-orders.sql:${STATUS_INDEX_LINE}`]);
    expect(report.findings[0].message).toContain('orders');
    // Only the new changeset's statement is under review; the file is reported as modified.
    expect(report.files).toEqual([{ path: ORDERS_PATH, status: 'modified', set: 'db/changelog', statements: 1, unparsed: 0 }]);
  });

  it('is quiet about a pure append of a safe changeset, and about appends to two files', async () => {
    const safe = '\n--changeset carol:orders-3\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n--rollback ALTER TABLE orders DROP COLUMN shipped_at;\n';
    expect(found(await reviewPr(BASE, { [ORDERS_PATH]: ORDERS + safe }))).toEqual([]);
    const users = '\n--changeset alice:3\nALTER TABLE users ADD COLUMN phone text;\n';
    expect(found(await reviewPr(BASE, { [USERS_PATH]: USERS + users, [ORDERS_PATH]: ORDERS + safe }))).toEqual([]);
  });

  it('replays everything before the new changeset: a table created in an earlier changeset of the same PR is new', async () => {
    const pr = '\n--changeset carol:audit-1\nCREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz);\n\n--changeset carol:audit-2\nCREATE INDEX audit_at_idx ON audit (at);\n';
    expect(found(await reviewPr(BASE, { [ORDERS_PATH]: ORDERS + pr }))).toEqual([]);
    // The old changesets are the base schema: an index on a table one of them created blocks writes.
    const old = '\n--changeset carol:orders-3\nCREATE INDEX orders_user_idx ON orders (user_id);\n';
    expect(found(await reviewPr(BASE, { [ORDERS_PATH]: ORDERS + old }))).toEqual([`create-index-non-concurrently@002-orders.sql:${STATUS_INDEX_LINE}`]);
  });

  it('works for a single formatted SQL changelog without a master', async () => {
    const base = { 'db/changelog.sql': `${USERS}\n${ORDERS.replace('--liquibase formatted sql\n', '')}` };
    const text = base['db/changelog.sql'] + STATUS_INDEX;
    const report = await reviewPr(base, { 'db/changelog.sql': text });
    expect(report.sets.map((s) => s.format)).toEqual(['liquibase']);
    expect(found(report)).toEqual([`create-index-non-concurrently@changelog.sql:${lineOf(text, 'CREATE INDEX')}`]);
  });

  it('checks migra:ignore directives of the new changeset only', async () => {
    const old = ORDERS.replace('--changeset bob:orders-1\n', '--changeset bob:orders-1\n-- migra:ignore table-without-primary-key\n');
    const base = { ...BASE, [ORDERS_PATH]: old };
    const pr = '\n--changeset carol:orders-3\n-- migra:ignore create-index-non-concurrently\nCREATE INDEX orders_status_idx ON orders (status);\n';
    const text = old + pr;
    const report = await reviewPr(base, { [ORDERS_PATH]: text });
    expect(found(report)).toEqual([`ignore-without-reason@002-orders.sql:${lineOf(text, 'migra:ignore create-index')}`]);
    expect(report.acknowledged.map((f) => f.rule)).toEqual(['create-index-non-concurrently']);
  });
});

describe('a pull request that changes changesets already on the base branch', () => {
  it('reports an edited body as edited-applied-migration on the changed lines of that changeset', async () => {
    const head = USERS.replace('    email text NOT NULL\n', '    email text NOT NULL,\n    created_at timestamptz\n');
    const report = await reviewPr(BASE, { [USERS_PATH]: head });
    const [f, ...rest] = of(report, 'edited-applied-migration');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'critical', file: USERS_PATH, line: 7, endLine: 8 });
    expect(f.message).toBe(`Changeset alice:1 of ${USERS_PATH} is already on the base branch and its statements changed: Liquibase stops \`update\` on every database that ran it with a checksum validation failure, and databases built from scratch get the new statements while the others keep the old ones.`);
    expect(f.fix).toContain('append a new changeset');
    // An edited changeset is history, not a new migration: its statements are not reviewed.
    expect(found(report)).toEqual(['edited-applied-migration@001-users.sql:7']);
  });

  it('reports each edited changeset on its own lines, next to a reviewed append', async () => {
    const head = USERS.replace('bigint PRIMARY KEY', 'integer PRIMARY KEY').replace('ADD COLUMN name text', 'ADD COLUMN name varchar(100)') + '\n--changeset alice:3\nCREATE INDEX users_email_idx ON users (email);\n';
    const report = await reviewPr(BASE, { [USERS_PATH]: head });
    expect(found(report)).toEqual([
      `create-index-non-concurrently@001-users.sql:${lineOf(head, 'CREATE INDEX')}`,
      `edited-applied-migration@001-users.sql:${lineOf(head, 'varchar(100)')}`,
      `edited-applied-migration@001-users.sql:${lineOf(head, 'integer PRIMARY KEY')}`,
    ]);
    expect(of(report, 'edited-applied-migration').map((f) => f.message.split(' ')[1])).toEqual(['alice:1', 'alice:2']);
  });

  it('is low when only comments or whitespace of a changeset changed', async () => {
    const head = USERS.replace('ALTER TABLE users ADD COLUMN name text;', '-- display name\nALTER TABLE users ADD COLUMN name   text;');
    const [f, ...rest] = of(await reviewPr(BASE, { [USERS_PATH]: head }), 'edited-applied-migration');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'low', line: lineOf(head, '-- display name'), endLine: lineOf(head, 'name   text') });
    expect(f.message).toMatch(/^Only whitespace or comments changed in changeset alice:2 of /);
    expect(f.fix).toContain('--validCheckSum:');
  });

  it('is quiet about an edited runOnChange changeset, which runs again, and reviews it instead', async () => {
    const view = ORDERS.replace("WHERE status = 'open'", "WHERE status IN ('open', 'held')");
    expect(found(await reviewPr(BASE, { [ORDERS_PATH]: view }))).toEqual([]);
    const report = await reviewPr(BASE, { [ORDERS_PATH]: ORDERS.replace("CREATE OR REPLACE VIEW open_orders AS SELECT id, user_id FROM orders WHERE status = 'open';", 'DELETE FROM orders;') });
    expect(found(report)).toEqual([`unbounded-data-change@002-orders.sql:${lineOf(ORDERS, 'CREATE OR REPLACE VIEW')}`]);
  });

  it('is quiet about edits liquibase does not run: rollbacks, text outside changesets, changesets for other databases', async () => {
    const rollback = USERS.replace('--rollback DROP TABLE users;', '--rollback DROP TABLE users CASCADE;');
    expect(found(await reviewPr(BASE, { [USERS_PATH]: rollback }))).toEqual([]);
    const preamble = USERS.replace('--liquibase formatted sql\n', '--liquibase formatted sql\n-- owned by the accounts team\n');
    expect(found(await reviewPr(BASE, { [USERS_PATH]: preamble }))).toEqual([]);
    const h2 = `${USERS}\n--changeset alice:h2 dbms:h2\nCREATE ALIAS foo FOR "a.b";\n`;
    expect(found(await reviewPr({ ...BASE, [USERS_PATH]: h2 }, { [USERS_PATH]: h2.replace('a.b', 'c.d') }))).toEqual([]);
  });

  it('reports a removed changeset at the line where it stood', async () => {
    const head = USERS.replace('\n--changeset alice:2\nALTER TABLE users ADD COLUMN name text;\n--rollback ALTER TABLE users DROP COLUMN name;\n', '') + '\n--changeset alice:3\nALTER TABLE users ADD COLUMN phone text;\n';
    const report = await reviewPr(BASE, { [USERS_PATH]: head });
    const [f, ...rest] = of(report, 'edited-applied-migration');
    expect(rest).toEqual([]);
    // alice:2 stood between alice:1 and the end of the file: the end of alice:1 at head.
    expect(f).toMatchObject({ severity: 'critical', line: lineOf(head, 'DROP TABLE users') - 1 });
    expect(f.message).toBe(`Changeset alice:2, already on the base branch, was removed from ${USERS_PATH}: databases that ran it keep its changes (Liquibase undoes nothing), while databases built from the changelog from now on never get them.`);
    const first = USERS.replace('--changeset alice:1\n--comment: users table\nCREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL\n);\n--rollback DROP TABLE users;\n\n', '');
    const [g] = of(await reviewPr(BASE, { [USERS_PATH]: first }), 'edited-applied-migration');
    expect(g.line).toBe(lineOf(first, '--changeset alice:2'));
  });

  it('reports a changeset given a new id as run again, once, and does not review it as new', async () => {
    const head = USERS.replace('--changeset alice:2', '--changeset alice:2b');
    const report = await reviewPr(BASE, { [USERS_PATH]: head });
    expect(found(report)).toEqual([`edited-applied-migration@001-users.sql:${lineOf(head, 'alice:2b')}`]);
    expect(report.findings[0].message).toContain('is now alice:2b');
    expect(report.files[0].statements).toBe(0);
  });

  it('reports a new changeset inserted before applied ones as out of order (medium), and still reviews it', async () => {
    const head = USERS.replace('\n--changeset alice:2\n', '\n--changeset alice:1b\nCREATE INDEX users_email_idx ON users (email);\n\n--changeset alice:2\n');
    const report = await reviewPr(BASE, { [USERS_PATH]: head });
    expect(found(report)).toEqual([
      `create-index-non-concurrently@001-users.sql:${lineOf(head, 'CREATE INDEX')}`,
      `migration-order-conflict@001-users.sql:${lineOf(head, 'alice:1b')}`,
    ]);
    const conflict = of(report, 'migration-order-conflict')[0];
    expect(conflict.severity).toBe('medium');
    expect(conflict.message).toContain('New changeset alice:1b of db/changelog/changes/001-users.sql sits before changeset alice:2');
  });

  it('keeps treating a renamed or deleted changelog as a whole', async () => {
    const head = { ...BASE };
    delete head[ORDERS_PATH];
    const { analyze } = await import('../../src/analyze/engine.js');
    const { EMPTY_CONFIG } = await import('../../src/config/config.js');
    const { RULES } = await import('../../src/rules/index.js');
    const report = await analyze({ before: memoryTree(BASE, 'b'), head: memoryTree(head, 'h'), changes: [{ path: ORDERS_PATH, status: 'deleted' }], config: EMPTY_CONFIG, rules: RULES, toolVersion: 't' });
    expect(of(report, 'edited-applied-migration').map((f) => f.message)).toEqual([expect.stringContaining(`Migration ${ORDERS_PATH}, already on the base branch, is deleted`)]);
  });

  it('gives each changeset that runs a unit with its id, lines and body', async () => {
    const [set] = await detectSets(memoryTree(BASE));
    expect(set.files[0].units).toEqual([
      { id: 'alice:1', line: 3, endLine: 8, textLine: 4, text: '--comment: users table\nCREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL\n);' },
      { id: 'alice:2', line: 11, endLine: 12, textLine: 12, text: 'ALTER TABLE users ADD COLUMN name text;' },
    ]);
    expect(set.files[1].units?.map((u) => [u.id, !!u.rerunsOnChange])).toEqual([['bob:orders-1', false], ['bob:orders-2', true]]);
  });
});
