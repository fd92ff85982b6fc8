import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'set-not-null-scan';
const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text NOT NULL);';
const SET = 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

function withCheck(expr: string, validated = true): string {
  return `${USERS}\nALTER TABLE users ADD CONSTRAINT users_email_nn CHECK ${expr} NOT VALID;${validated ? '\nALTER TABLE users VALIDATE CONSTRAINT users_email_nn;' : ''}`;
}

describe('set-not-null-scan on PostgreSQL', () => {
  it('reports SET NOT NULL on an existing nullable column, with the lock and the check-constraint recipe', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: `ALTER TABLE users ADD COLUMN bio text;\n${SET}` });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 2, endLine: 2, severity: 'high', category: 'locking' });
    expect(f.message).toBe('Setting users.email NOT NULL scans every row of users while holding ACCESS EXCLUSIVE on users: reads and writes wait until the scan finishes, and it fails if any row holds NULL.');
    const recipe = [
      'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      'ALTER TABLE users DROP CONSTRAINT users_email_not_null;',
    ].join('\n');
    expect(f.fix).toBe(recipe);
    expect(f.replacement).toBe(recipe);
  });

  it('in a transactional file, splits VALIDATE into a later migration and offers no rewrite', async () => {
    const [f] = await hits({ before: USERS, sql: SET, format: 'goose' });
    expect(f.line).toBe(2);
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('-- in a later migration');
  });

  it('stays quiet on PostgreSQL 12+ when a validated CHECK (col IS NOT NULL) exists', async () => {
    expect(await hits({ before: withCheck('(email IS NOT NULL)'), sql: SET })).toEqual([]);
  });

  it.each([
    ['extra parentheses and quotes', '((("email")) IS NOT NULL)'],
    ['other spacing and case', '(email   is  not null)'],
    ['one conjunct of an AND', '(email IS NOT NULL AND id > 0)'],
    ['NOT (col IS NULL)', '(NOT (email IS NULL))'],
  ])('matches the check expression loosely: %s', async (_name, expr) => {
    expect(await hits({ before: withCheck(expr), sql: SET })).toEqual([]);
  });

  it('does not take a check on another column as proof', async () => {
    const before = `${USERS}\nALTER TABLE users ADD CONSTRAINT users_name_nn CHECK (name IS NOT NULL);`;
    expect(await hits({ before, sql: SET })).toHaveLength(1);
  });

  it('does not take an OR as proof', async () => {
    expect(await hits({ before: withCheck('(email IS NOT NULL OR id > 0)'), sql: SET })).toHaveLength(1);
  });

  it('reports when the check is still NOT VALID, and says to validate it', async () => {
    const [f] = await hits({ before: withCheck('(email IS NOT NULL)', false), sql: SET });
    expect(f.message).toContain('is still NOT VALID');
  });

  it('stays quiet when the check is added and validated earlier in the same pull request', async () => {
    const sql = 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;';
    expect(await hits({ before: USERS, sql })).toEqual([]);
  });

  it('reports on PostgreSQL 11 even with the validated check, which 11 cannot use', async () => {
    const [f] = await hits({ before: withCheck('(email IS NOT NULL)'), sql: SET, version: '11' });
    expect(f.message).toContain('PostgreSQL 11 cannot use the validated CHECK (email IS NOT NULL)');
    expect(f.replacement).toBeUndefined();
  });

  it('on PostgreSQL 11 the recipe keeps the check instead of promising a scan-free SET NOT NULL', async () => {
    const [f] = await hits({ before: USERS, sql: SET, version: '11' });
    expect(f.fix).not.toContain('SET NOT NULL;');
    expect(f.fix).toContain('before 12');
  });

  it('reports a column added earlier in the pull request to an existing table, suggesting NOT NULL DEFAULT', async () => {
    const [f] = await hits({ before: USERS, sql: "ALTER TABLE users ADD COLUMN locale text DEFAULT 'en';\nALTER TABLE users ALTER COLUMN locale SET NOT NULL;" });
    expect(f.line).toBe(2);
    expect(f.fix).toContain('declare it NOT NULL with a constant default in the ADD COLUMN');
  });

  it('reports a table that predates the migration history (no replayed migration created it)', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE legacy_accounts ALTER COLUMN owner_id SET NOT NULL;' });
    expect(f.message).toContain('Setting legacy_accounts.owner_id NOT NULL scans every row of legacy_accounts');
  });

  describe('stays quiet', () => {
    it('for a table made by CREATE TABLE … AS in the pull request', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE TABLE users_copy AS SELECT * FROM users;\nALTER TABLE users_copy ALTER COLUMN email SET NOT NULL;' })).toEqual([]);
    });

    it('when the column is NOT NULL already', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL;' })).toEqual([]);
    });

    it('when the table is created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE invites (id bigint, email text);\nALTER TABLE invites ALTER COLUMN email SET NOT NULL;' })).toEqual([]);
    });
  });
});

describe('set-not-null-scan on MySQL and MariaDB', () => {
  const MY_USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NULL, name varchar(100) NOT NULL);';

  it('reports MODIFY … NOT NULL of a nullable column as a table rebuild', async () => {
    const [f] = await hits({ before: MY_USERS, sql: 'ALTER TABLE users MODIFY email varchar(255) NOT NULL;', dialect: 'mysql' });
    expect(f).toMatchObject({ line: 1, severity: 'medium' });
    expect(f.message).toContain('Making users.email NOT NULL rebuilds users: MySQL copies every row');
    expect(f.message).toContain('Invalid use of NULL value');
    expect(f.fix).toContain('ALGORITHM=INPLACE, LOCK=NONE');
  });

  it('reports CHANGE … NOT NULL on MariaDB', async () => {
    const [f] = await hits({ before: MY_USERS, sql: 'ALTER TABLE users CHANGE email email varchar(255) NOT NULL;', dialect: 'mariadb' });
    expect(f.message).toContain('MariaDB copies every row');
  });

  it('stays quiet when MODIFY restates a column that was NOT NULL already', async () => {
    expect(await hits({ before: MY_USERS, sql: 'ALTER TABLE users MODIFY name varchar(200) NOT NULL;', dialect: 'mysql' })).toEqual([]);
  });

  it('stays quiet for MODIFY on a table that predates the history: MODIFY restates NOT NULL whether or not it changes', async () => {
    expect(await hits({ before: MY_USERS, sql: 'ALTER TABLE legacy_accounts MODIFY owner_id bigint NOT NULL;', dialect: 'mysql' })).toEqual([]);
  });

  it('stays quiet when MODIFY keeps the column nullable', async () => {
    expect(await hits({ before: MY_USERS, sql: 'ALTER TABLE users MODIFY email varchar(320) NULL;', dialect: 'mysql' })).toEqual([]);
  });

  it('stays quiet on a table created in the pull request', async () => {
    expect(await hits({ sql: 'CREATE TABLE invites (id bigint, email varchar(255));\nALTER TABLE invites MODIFY email varchar(255) NOT NULL;', dialect: 'mysql' })).toEqual([]);
  });
});
