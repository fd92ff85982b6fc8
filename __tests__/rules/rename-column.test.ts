import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample, rule = 'rename-column') => (await runExample(ex, RULES)).findings.filter((f) => f.rule === rule);

const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text, nick text, age integer, bio varchar(200));';

describe('rename-column', () => {
  describe('explicit renames', () => {
    it('reports RENAME COLUMN on its line, with the inverse as rollback', async () => {
      const [f, ...rest] = await hits({ before: USERS, sql: "SET lock_timeout = '1s';\nALTER TABLE users RENAME COLUMN fullname TO full_name;" });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', category: 'compatibility', line: 2, endLine: 2 });
      expect(f.message).toBe('Renaming column users.fullname to full_name breaks every query of the running application that still uses fullname.');
      expect(f.fix).toMatch(/add the new column.*write to both.*backfill.*switch reads.*drop it in a later migration/);
      expect(f.rollback).toMatch(/RENAME COLUMN full_name TO fullname/);
    });

    it.each([
      ['mysql', 'ALTER TABLE users RENAME COLUMN nick TO nickname;'],
      ['mysql', 'ALTER TABLE users CHANGE COLUMN nick nickname text;'],
      ['mariadb', 'ALTER TABLE users CHANGE nick nickname text;'],
      ['sqlite', 'ALTER TABLE users RENAME COLUMN nick TO nickname;'],
    ] as const)('reports it on %s: %s', async (dialect, sql) => {
      const found = await hits({ before: 'CREATE TABLE users (id integer PRIMARY KEY, nick text);', sql, dialect });
      expect(found.map((f) => f.message)).toEqual(['Renaming column users.nick to nickname breaks every query of the running application that still uses nick.']);
    });

    it('reports a column renamed twice once, at its first rename', async () => {
      const found = await hits({ before: USERS, sql: 'ALTER TABLE users RENAME COLUMN nick TO nick2;\nALTER TABLE users RENAME COLUMN nick2 TO nickname;' });
      expect(found.map((f) => f.line)).toEqual([1]);
    });

    it('quiet for a column added in the same pull request', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users RENAME COLUMN tmp TO status;' })).toEqual([]);
    });

    it('quiet for a table created in the same pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;' })).toEqual([]);
    });
  });

  describe('probable renames (drop plus add of the same type)', () => {
    // One finding for one change: drop-column reports the lost data and names the probable rename.
    it('reports a drop plus an add without a copy once, as drop-column naming the probable rename', async () => {
      const ex = { before: USERS, sql: 'ALTER TABLE users DROP COLUMN fullname;\n\nALTER TABLE users ADD COLUMN full_name text;' };
      expect(await hits(ex)).toEqual([]);
      const [f, ...rest] = await hits(ex, 'drop-column');
      expect(rest).toEqual([]);
      expect(f.line).toBe(1);
      expect(f.message).toBe('Dropping column users.fullname (text) deletes its data. users.full_name, added with the same type in the same migration, looks like its new name: if this is a rename, full_name starts empty and the values of fullname are lost.');
      expect(f.fix).toMatch(/RENAME COLUMN fullname TO full_name/);
    });

    it('finds it in one MySQL ALTER with both clauses', async () => {
      const found = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname varchar(100));', sql: 'ALTER TABLE users\n  DROP COLUMN fullname,\n  ADD COLUMN full_name varchar(100);', dialect: 'mysql' }, 'drop-column');
      expect(found.map((f) => [f.line, /looks like its new name/.test(f.message)])).toEqual([[1, true]]);
    });

    it('stays quiet when the names are unrelated and no data is copied', async () => {
      const found = await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN years integer;\nALTER TABLE users DROP COLUMN age;' });
      expect(found).toEqual([]);
    });

    it('finds it when the add comes first', async () => {
      const found = await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN age_years integer;\nALTER TABLE users DROP COLUMN age;' }, 'drop-column');
      expect(found.map((f) => [f.line, /age_years, added with the same type/.test(f.message)])).toEqual([[2, true]]);
    });

    it('says the data is kept when an UPDATE copies it over, and drop-column stays quiet', async () => {
      const ex = { before: USERS, sql: 'ALTER TABLE users ADD COLUMN full_name text;\nUPDATE users SET full_name = fullname;\nALTER TABLE users DROP COLUMN fullname;' };
      const [f] = await hits(ex);
      expect(f.line).toBe(1);
      expect(f.message).toBe('users.fullname is copied into the new column full_name (text) and dropped in the same migration: in effect a rename, and queries of the running application that still use fullname fail.');
      expect(await hits(ex, 'drop-column')).toEqual([]);
    });

    it('quiet when the types differ', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN age;\nALTER TABLE users ADD COLUMN age_label text;' })).toEqual([]);
    });
    it('quiet when the pairing is ambiguous', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users DROP COLUMN nick;\nALTER TABLE users ADD COLUMN display_name text;' })).toEqual([]);
    });
    it('quiet for a column dropped and added again under the same name', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN nick;\nALTER TABLE users ADD COLUMN nick text;' })).toEqual([]);
    });
    it('quiet across different tables', async () => {
      expect(await hits({ before: `${USERS}\nCREATE TABLE posts (id bigint PRIMARY KEY);`, sql: 'ALTER TABLE users DROP COLUMN nick;\nALTER TABLE posts ADD COLUMN nickname text;' })).toEqual([]);
    });
    it('quiet across different migration files', async () => {
      const base = { 'migrations/001_init.sql': `${USERS}\n` };
      const head = { ...base, 'migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN nick;\n', 'migrations/003_add.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n' };
      expect(await hits({ sql: '', files: { before: base, head } })).toEqual([]);
    });
    it('quiet when the dropped column was itself added in the pull request', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp;\nALTER TABLE users ADD COLUMN status text;' })).toEqual([]);
    });
  });
});

describe('compatibility rules over a realistic history', () => {
  const base = {
    'migrations/001_init.sql': 'CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, mail text);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));\n',
    'migrations/002_status.sql': "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';\n",
  };
  const head = {
    ...base,
    'migrations/003_rename.sql': [
      'ALTER TABLE customers RENAME COLUMN mail TO email;',
      'ALTER TABLE customers RENAME TO clients;',
      'ALTER TABLE orders ADD COLUMN channel text NOT NULL;',
      "ALTER TABLE orders ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR';",
      '',
    ].join('\n'),
    'migrations/004_refunds.sql': 'CREATE TABLE refunds (id bigint PRIMARY KEY);\nALTER TABLE refunds ADD COLUMN amount numeric(10,2) NOT NULL;\nALTER TABLE refunds RENAME TO order_refunds;\n',
  };

  it('reports exactly what breaks the running application, each on its line', async () => {
    const report = await runExample({ sql: '', files: { before: base, head } }, RULES);
    const mine = new Set(['rename-column', 'rename-table', 'add-required-column']);
    const found = report.findings.filter((f) => mine.has(f.rule)).map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(found.sort()).toEqual([
      'migrations/003_rename.sql:1 rename-column',
      'migrations/003_rename.sql:2 rename-table',
      'migrations/003_rename.sql:3 add-required-column',
    ]);
  });
});

describe('probable renames need similar names unless the data is copied', () => {
  it.each([
    ['fullname', 'full_name', true],
    ['email', 'email_address', true],
    ['colour', 'color', true],
    ['createdAt', 'created_on', true],
    ['plan', 'region', false],
    ['notes', 'status', false],
  ])('%s ~ %s: %s', async (a, b, similar) => {
    const { similarNames } = await import('../../src/rules/rename-column.js');
    expect(similarNames(a, b)).toBe(similar);
  });
});
