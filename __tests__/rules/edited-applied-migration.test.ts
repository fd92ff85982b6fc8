import { EMPTY_CONFIG } from '../../src/config/config.js';
import { analyze } from '../../src/analyze/engine.js';
import { runExample } from '../../src/analyze/run-example.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';

const ID = 'edited-applied-migration';
const of = (r: Report, rule = ID) => r.findings.filter((f) => f.rule === rule);
const run = (before: Record<string, string>, head: Record<string, string>, dialect: Dialect = 'postgresql') => runExample({ sql: '', files: { before, head }, dialect }, RULES);

/** runExample reports a moved file as a deletion plus an addition; git reports a rename. */
function runRename(before: Record<string, string>, head: Record<string, string>, from: string, to: string): Promise<Report> {
  return analyze({
    before: memoryTree(before, 'before'),
    head: memoryTree(head, 'head'),
    changes: [{ path: to, status: 'renamed', oldPath: from }],
    config: { ...EMPTY_CONFIG, dialect: 'postgresql' },
    rules: RULES,
    toolVersion: 'test',
  });
}

const INIT = 'CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text\n);\n\nCREATE INDEX users_email_idx ON users (email);\n';

describe('edited-applied-migration', () => {
  describe('modified', () => {
    it('is critical and points at the changed lines of the head file', async () => {
      const head = INIT.replace('  email text\n', '  email text NOT NULL,\n  name text\n');
      const [f, ...rest] = of(await run({ 'migrations/001_init.sql': INIT }, { 'migrations/001_init.sql': head }));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'critical', category: 'process', file: 'migrations/001_init.sql', line: 3, endLine: 4 });
      expect(f.message).toBe('Migration migrations/001_init.sql is already on the base branch and was changed: databases that ran it will not run it again, so they keep the old version while databases built from scratch get the new one.');
    });

    it('is low when only comments changed', async () => {
      const head = `-- Users of the shop\n${INIT.replace('CREATE INDEX', '/* lookup by mail */ CREATE INDEX')}`;
      const [f] = of(await run({ 'migrations/001_init.sql': INIT }, { 'migrations/001_init.sql': head }));
      expect(f).toMatchObject({ severity: 'low', line: 1 });
      expect(f.message).toMatch(/^Only whitespace or comments changed in migrations\/001_init.sql/);
    });

    it('is low when only whitespace changed, anchored on the first changed line', async () => {
      const head = INIT.replace('  email text', '    email   text');
      const [f] = of(await run({ 'migrations/001_init.sql': INIT }, { 'migrations/001_init.sql': head }));
      expect(f).toMatchObject({ severity: 'low', line: 3, endLine: 3 });
    });

    it('is critical when the edit is inside a string that looks like a comment', async () => {
      const base = "INSERT INTO settings (k, v) VALUES ('motd', '-- welcome');\n";
      const [f] = of(await run(
        { 'migrations/001_init.sql': 'CREATE TABLE settings (k text, v text);\n', 'migrations/002_seed.sql': base },
        { 'migrations/001_init.sql': 'CREATE TABLE settings (k text, v text);\n', 'migrations/002_seed.sql': base.replace('welcome', 'hello') },
      ));
      expect(f.severity).toBe('critical');
    });

    it('is high for a cosmetic edit under Flyway, which fails on the checksum', async () => {
      const v1 = 'CREATE TABLE users (id bigint PRIMARY KEY);\n';
      const [f] = of(await run({ 'db/migration/V1__init.sql': v1 }, { 'db/migration/V1__init.sql': `-- owner: team-a\n${v1}` }));
      expect(f.severity).toBe('high');
      expect(f.message).toMatch(/Migration checksum mismatch/);
    });

    it('mentions the checksum for a real edit under Flyway', async () => {
      const v1 = 'CREATE TABLE users (id bigint PRIMARY KEY);\n';
      const [f] = of(await run({ 'db/migration/V1__init.sql': v1 }, { 'db/migration/V1__init.sql': v1.replace('bigint', 'integer') }));
      expect(f.severity).toBe('critical');
      expect(f.message).toMatch(/Flyway also stops migrating those databases/);
    });

    it('is critical on MySQL and SQLite too', async () => {
      for (const dialect of ['mysql', 'sqlite'] as const) {
        const found = of(await run({ 'migrations/001_init.sql': 'CREATE TABLE t (id int);\n' }, { 'migrations/001_init.sql': 'CREATE TABLE t (id bigint);\n' }, dialect));
        expect(found.map((f) => f.severity)).toEqual(['critical']);
      }
    });

    it('treats # as a comment on MySQL only', async () => {
      const before = { 'migrations/001_init.sql': 'CREATE TABLE t (id int);\n' };
      const head = { 'migrations/001_init.sql': '# table t\nCREATE TABLE t (id int);\n' };
      expect(of(await run(before, head, 'mysql')).map((f) => f.severity)).toEqual(['low']);
    });
  });

  describe('deleted', () => {
    it('is critical and points at line 1 of the deleted file', async () => {
      const [f] = of(await run(
        { 'migrations/001_init.sql': INIT, 'migrations/002_more.sql': 'ALTER TABLE users ADD COLUMN age int;\n' },
        { 'migrations/001_init.sql': INIT },
      ));
      expect(f).toMatchObject({ severity: 'critical', file: 'migrations/002_more.sql', line: 1, endLine: 1 });
      expect(f.message).toBe('Migration migrations/002_more.sql, already on the base branch, is deleted: databases that ran it keep its changes, while databases built from the migrations from now on never get them.');
    });

    it('reports a squashed history once, not once per file', async () => {
      const before = { 'migrations/001_a.sql': 'CREATE TABLE a (id int);\n', 'migrations/002_b.sql': 'CREATE TABLE b (id int);\n', 'migrations/003_c.sql': 'CREATE TABLE c (id int);\n', 'migrations/004_d.sql': 'CREATE TABLE d (id int);\n' };
      const head = { 'migrations/004_d.sql': before['migrations/004_d.sql'], 'migrations/005_baseline.sql': 'CREATE TABLE IF NOT EXISTS a (id int);\n' };
      const found = of(await run(before, head));
      expect(found.map((f) => [f.file, f.line, f.severity])).toEqual([['migrations/001_a.sql', 1, 'critical']]);
      expect(found[0].message).toMatch(/^3 migrations already on the base branch are deleted \(migrations\/001_a.sql, migrations\/002_b.sql, migrations\/003_c.sql\)/);
    });

    it('names the Flyway error', async () => {
      const [f] = of(await run(
        { 'db/migration/V1__init.sql': INIT, 'db/migration/V2__more.sql': 'ALTER TABLE users ADD COLUMN age int;\n' },
        { 'db/migration/V1__init.sql': INIT },
      ));
      expect(f.message).toMatch(/Detected applied migration not resolved locally/);
    });
  });

  describe('renamed', () => {
    it('is critical for a plain set, which keys migrations by file name', async () => {
      const before = { 'migrations/001_init.sql': INIT };
      const [f] = of(await runRename(before, { 'migrations/001_create_users.sql': INIT }, 'migrations/001_init.sql', 'migrations/001_create_users.sql'));
      expect(f).toMatchObject({ severity: 'critical', file: 'migrations/001_create_users.sql', line: 1 });
      expect(f.message).toMatch(/^Migration migrations\/001_init.sql, already on the base branch, is renamed to migrations\/001_create_users.sql: the tool no longer recognises it as applied/);
    });

    it('is high under Flyway when only the description changed', async () => {
      const [f] = of(await runRename({ 'db/migration/V1__init.sql': INIT }, { 'db/migration/V1__users.sql': INIT }, 'db/migration/V1__init.sql', 'db/migration/V1__users.sql'));
      expect(f.severity).toBe('high');
      expect(f.message).toMatch(/description mismatch until `flyway repair`/);
    });

    it('is quiet for golang-migrate when the version and content stay', async () => {
      const report = await runRename({ 'migrations/1_init.up.sql': INIT }, { 'migrations/1_users.up.sql': INIT }, 'migrations/1_init.up.sql', 'migrations/1_users.up.sql');
      expect(report.sets.map((s) => s.format)).toEqual(['golang-migrate']);
      expect(of(report)).toEqual([]);
    });

    it('is critical for golang-migrate when the version changes', async () => {
      const report = await runRename(
        { 'migrations/1_init.up.sql': INIT, 'migrations/2_more.up.sql': 'SELECT 1;\n' },
        { 'migrations/1_init.up.sql': INIT, 'migrations/3_more.up.sql': 'SELECT 1;\n' },
        'migrations/2_more.up.sql',
        'migrations/3_more.up.sql',
      );
      expect(of(report).map((f) => [f.file, f.severity])).toEqual([['migrations/3_more.up.sql', 'critical']]);
    });
  });

  describe('quiet', () => {
    it('for new migrations', async () => {
      expect(of(await run({ 'migrations/001_init.sql': INIT }, { 'migrations/001_init.sql': INIT, 'migrations/002_more.sql': 'SELECT 1;\n' }))).toEqual([]);
    });
    it('for an edit of the Down section of a goose migration, which never ran', async () => {
      const v = (down: string) => `-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\n${down}\n`;
      const report = await run({ 'migrations/00001_init.sql': v('DROP TABLE t;') }, { 'migrations/00001_init.sql': v('DROP TABLE IF EXISTS t;\n-- cleaned up') });
      expect(report.sets.map((s) => s.format)).toEqual(['goose']);
      expect(of(report)).toEqual([]);
    });
    it('for a changed Flyway repeatable migration, which is meant to run again', async () => {
      const before = { 'db/migration/V1__init.sql': INIT, 'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT id FROM users;\n' };
      const head = { ...before, 'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT id, email FROM users;\n' };
      expect(of(await run(before, head))).toEqual([]);
    });
  });
});

describe('process rules over a realistic history', () => {
  const base = {
    'migrations/20240101000000_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'migrations/20240201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n',
    'migrations/20240301000000_audit.sql': 'CREATE TABLE audit (id bigint PRIMARY KEY);\n',
  };
  const head = {
    ...base,
    // A comment added to an applied migration, a real edit of another, and two new files:
    // one written before March and merged late, one with an unparsable line and an ignore without reason.
    'migrations/20240101000000_init.sql': '-- the first migration\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'migrations/20240201000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);\n',
    'migrations/20240215000000_email_index.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
    'migrations/20240401000000_cleanup.sql': '-- migra:ignore drop-column\nALTER TABLE users DROP COLUMN email;\nALTER TABLE audit ADD COLUM note text;\n',
  };

  it('reports exactly the history problems, each on its line', async () => {
    const report = await runExample({ sql: '', files: { before: base, head } }, RULES);
    const mine = new Set(['edited-applied-migration', 'migration-order-conflict', 'unparsed-statement', 'ignore-without-reason']);
    const found = report.findings.filter((f) => mine.has(f.rule)).map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`);
    expect(found.sort()).toEqual([
      'migrations/20240101000000_init.sql:1 edited-applied-migration low',
      'migrations/20240201000000_orders.sql:1 edited-applied-migration critical',
      'migrations/20240215000000_email_index.sql:1 migration-order-conflict high',
      'migrations/20240401000000_cleanup.sql:1 ignore-without-reason low',
      'migrations/20240401000000_cleanup.sql:3 unparsed-statement medium',
    ]);
    // The directive without a reason still acknowledges drop-column.
    expect(report.acknowledged.map((f) => f.rule)).toContain('drop-column');
  });
});
