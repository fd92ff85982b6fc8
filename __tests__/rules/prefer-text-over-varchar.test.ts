import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'prefer-text-over-varchar';
const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, bio text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES, { rules: { [ID]: 'low' } });
  return report.findings.filter((f) => f.rule === ID);
}

describe('prefer-text-over-varchar', () => {
  it('reports varchar(n) of a new table, naming it, rewritten to text with the same limit as a CHECK', async () => {
    const [f, ...rest] = await hits({ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, "Nick" CHARACTER VARYING(40));' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 1, severity: 'low', category: 'hygiene' });
    expect(f.message).toContain('users.email and users.Nick are varchar(255) / varchar(40)');
    expect(f.message).toContain('ACCESS EXCLUSIVE');
    expect(f.replacement).toBe('CREATE TABLE users (id bigint PRIMARY KEY, email text check (char_length(email) <= 255) NOT NULL, "Nick" TEXT CHECK (char_length("Nick") <= 40));');
  });

  it('reports char varying(n) too', async () => {
    const [f] = await hits({ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email char varying(100));' });
    expect(f.message).toContain('users.email');
  });

  it('reports ADD COLUMN on an existing table without a one-line rewrite (the inline CHECK would scan the table under its lock)', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN nickname varchar(40);' });
    expect(f.message).toContain('users.nickname');
    expect(f.replacement).toBeUndefined();
  });

  it('reports a type change to varchar(n)', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users ALTER COLUMN bio TYPE varchar(500);' });
    expect(f.message).toContain('users.bio is varchar(500)');
  });

  it('offers no rewrite where COLLATE must follow the type', async () => {
    const [f] = await hits({ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) COLLATE "C" NOT NULL);' });
    expect(f.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('for varchar without a length, which is text', async () => {
      expect(await hits({ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar NOT NULL, name character varying);' })).toEqual([]);
    });

    it('for text with a CHECK', async () => {
      expect(await hits({ sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL CHECK (char_length(email) <= 255));' })).toEqual([]);
    });

    it('for old varchar columns the pull request does not touch', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN age integer;\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;' })).toEqual([]);
    });

    it('for a varchar column moved to text', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ALTER COLUMN email TYPE text;' })).toEqual([]);
    });

    it('for CREATE TABLE IF NOT EXISTS of a table that exists', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);' })).toEqual([]);
    });

    it('on MySQL, where VARCHAR is the usual string type', async () => {
      expect(await hits({ dialect: 'mysql', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);' })).toEqual([]);
    });
  });
});
