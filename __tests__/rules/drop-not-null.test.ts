import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'drop-not-null';
const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, bio text);';
const MY_USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, bio varchar(100));';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('drop-not-null', () => {
  it('reports DROP NOT NULL on an existing NOT NULL column, naming it', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: 'SELECT 1;\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'low', category: 'compatibility' });
    expect(f.message).toContain('users.email');
    expect(f.message).toContain('NOT NULL');
  });

  it('reports MySQL MODIFY that leaves NOT NULL out of a NOT NULL column', async () => {
    const [f] = await hits({ dialect: 'mysql', before: MY_USERS, sql: 'ALTER TABLE users MODIFY email varchar(255);' });
    expect(f.message).toContain('users.email');
  });

  it('follows a rename of the column made earlier in the pull request', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users RENAME COLUMN email TO mail;\nALTER TABLE users ALTER COLUMN mail DROP NOT NULL;' });
    expect(f.message).toContain('users.mail');
  });

  describe('stays quiet', () => {
    it('for a column that is already nullable', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ALTER COLUMN bio DROP NOT NULL;' })).toEqual([]);
    });

    it('for MySQL MODIFY restating a nullable column, or keeping NOT NULL', async () => {
      expect(await hits({ dialect: 'mysql', before: MY_USERS, sql: 'ALTER TABLE users MODIFY bio varchar(500);' })).toEqual([]);
      expect(await hits({ dialect: 'mysql', before: MY_USERS, sql: 'ALTER TABLE users MODIFY email varchar(500) NOT NULL;' })).toEqual([]);
    });

    it('for a column added in this pull request', async () => {
      const sql = "ALTER TABLE users ADD COLUMN nickname text NOT NULL DEFAULT '';\nALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;";
      expect(await hits({ before: USERS, sql })).toEqual([]);
    });

    it('for a table created in this pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text NOT NULL);\nALTER TABLE drafts ALTER COLUMN title DROP NOT NULL;' })).toEqual([]);
    });

    it('for a column made NOT NULL earlier in this pull request (production never had it)', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ALTER COLUMN bio SET NOT NULL;\nALTER TABLE users ALTER COLUMN bio DROP NOT NULL;' })).toEqual([]);
    });
  });
});
