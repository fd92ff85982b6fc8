import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample, rule = 'unbounded-data-change') => (await runExample(ex, RULES)).findings.filter((f) => f.rule === rule);

const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, active boolean);';

describe('unbounded-data-change', () => {
  it('reports UPDATE without WHERE on an existing table, on its lines', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: 'SELECT 1;\nUPDATE users\n   SET active = true;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'data-loss', line: 2, endLine: 3 });
    expect(f.message).toBe('UPDATE without WHERE rewrites every row of users in one transaction, locking each row until the migration commits.');
  });

  it('reports DELETE without WHERE', async () => {
    const [f] = await hits({ before: USERS, sql: 'DELETE FROM users;' });
    expect(f.message).toBe('DELETE without WHERE deletes every row of users.');
  });

  it.each(['mysql', 'mariadb', 'sqlite'] as const)('reports it on %s', async (dialect) => {
    const found = await hits({ before: 'CREATE TABLE users (id integer PRIMARY KEY, email text);', sql: 'UPDATE users SET email = NULL;\nDELETE FROM users;', dialect });
    expect(found.map((f) => f.line)).toEqual([1, 2]);
  });

  it('follows a rename made earlier in the pull request', async () => {
    const found = await hits({ before: USERS, sql: 'ALTER TABLE users RENAME TO accounts;\nDELETE FROM accounts;' });
    expect(found.map((f) => f.line)).toEqual([2]);
  });

  describe('quiet', () => {
    it('with a WHERE clause', async () => {
      expect(await hits({ before: USERS, sql: "UPDATE users SET active = false WHERE email LIKE '%@test';\nDELETE FROM users WHERE id < 0;" })).toEqual([]);
    });
    it('for INSERT, with or without SELECT', async () => {
      expect(await hits({ before: `${USERS}\nCREATE TABLE archive (id bigint);`, sql: "INSERT INTO users (id) VALUES (1);\nINSERT INTO archive SELECT id FROM users;" })).toEqual([]);
    });
    it('for UPDATE … LIMIT on MySQL, which bounds the statement', async () => {
      expect(await hits({ before: USERS, sql: 'UPDATE users SET active = true LIMIT 1000;', dialect: 'mysql' })).toEqual([]);
    });
    it('for a table created in the same pull request', async () => {
      expect(await hits({ sql: "CREATE TABLE flags (name text, enabled boolean);\nINSERT INTO flags VALUES ('a', true);\nUPDATE flags SET enabled = false;\nDELETE FROM flags;" })).toEqual([]);
    });
    it('for a table created in an earlier file of the pull request', async () => {
      const base = { 'migrations/001_init.sql': `${USERS}\n` };
      const head = { ...base, 'migrations/002_flags.sql': 'CREATE TABLE flags (name text);\n', 'migrations/003_reset.sql': 'DELETE FROM flags;\n' };
      expect(await hits({ sql: '', files: { before: base, head } })).toEqual([]);
    });
  });
});

describe('data-loss rules over a realistic history', () => {
  // Three migrations already ran; the pull request adds a cleanup migration and a backfill.
  const base = {
    'migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_flags integer);\nCREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n',
    'migrations/002_reporting.sql': 'CREATE SCHEMA reporting;\nCREATE TABLE reporting.daily (day date PRIMARY KEY, signups integer);\n',
    'migrations/003_audit.sql': 'CREATE TABLE audit_log (id bigint PRIMARY KEY, body text);\n',
  };
  const head = {
    ...base,
    'migrations/004_cleanup.sql': [
      '-- sessions are rebuilt from the cache on login',
      'TRUNCATE sessions;',
      'DROP SCHEMA reporting CASCADE;',
      'CREATE TABLE tmp_backfill (id bigint);',
      'TRUNCATE tmp_backfill;',
      '',
    ].join('\n'),
    'migrations/005_backfill.sql': 'ALTER TABLE users ADD COLUMN active boolean;\nUPDATE users SET active = true;\nDELETE FROM audit_log WHERE id < 1000;\nDELETE FROM tmp_backfill;\n',
  };

  it('reports exactly the risky statements, each on its line', async () => {
    const report = await runExample({ sql: '', files: { before: base, head } }, RULES);
    const mine = new Set(['drop-schema', 'truncate-table', 'unbounded-data-change']);
    const found = report.findings.filter((f) => mine.has(f.rule)).map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`);
    expect(found.sort()).toEqual([
      'migrations/004_cleanup.sql:2 truncate-table high',
      'migrations/004_cleanup.sql:3 drop-schema critical',
      'migrations/005_backfill.sql:2 unbounded-data-change high',
    ]);
    expect(report.dataLoss.some((d) => d.startsWith('migrations/004_cleanup.sql:3 Dropping schema reporting'))).toBe(true);
  });
});
