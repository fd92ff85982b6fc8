import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'unique-constraint-without-index';
const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, handle text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('unique-constraint-without-index', () => {
  it('reports ADD UNIQUE with the lock, and rewrites it as a concurrent index attached with USING INDEX', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN bio text;\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'migrations/002_change.sql', line: 2, severity: 'high', category: 'locking' });
    expect(f.message).toBe('Adding unique constraint users_email_key on users (email) builds its unique index while holding ACCESS EXCLUSIVE on users: reads and writes wait until every row is indexed.');
    expect(f.replacement).toBe('CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;');
  });

  it('names an unnamed constraint as PostgreSQL does', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users ADD UNIQUE (email, handle);' });
    expect(f.message).toContain('users_email_handle_key on users (email, handle)');
    expect(f.replacement).toBe('CREATE UNIQUE INDEX CONCURRENTLY users_email_handle_key ON users (email, handle);\nALTER TABLE users ADD CONSTRAINT users_email_handle_key UNIQUE USING INDEX users_email_handle_key;');
  });

  it('rewrites a PRIMARY KEY on NOT NULL columns', async () => {
    const [f] = await hits({ before: 'CREATE TABLE events (id bigint NOT NULL, payload jsonb);', sql: 'ALTER TABLE events ADD PRIMARY KEY (id);' });
    expect(f.message).toContain('Adding primary key events_pkey on events (id)');
    expect(f.replacement).toBe('CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);\nALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;');
  });

  it('explains the NOT NULL scan of a PRIMARY KEY on a nullable column, with the check recipe first', async () => {
    const [f] = await hits({ before: 'CREATE TABLE events (id bigint, payload jsonb);', sql: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (id);' });
    expect(f.message).toContain('after scanning it to set id NOT NULL');
    expect(f.replacement).toBeUndefined();
    const fix = f.fix.split('\n');
    expect(fix.findIndex((l) => l.includes('CHECK (id IS NOT NULL) NOT VALID'))).toBeLessThan(fix.findIndex((l) => l.startsWith('CREATE UNIQUE INDEX CONCURRENTLY')));
    expect(f.fix).toContain('ALTER TABLE events ALTER COLUMN id SET NOT NULL;');
  });

  it('reports a UNIQUE column added to an existing table', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN api_key text UNIQUE;' });
    expect(f.message).toContain('Adding column users.api_key with UNIQUE builds its unique index');
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('CREATE UNIQUE INDEX CONCURRENTLY users_api_key_key ON users (api_key);');
  });

  it('in a transactional file, gives the recipe with the goose remedy and no one-click rewrite', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', format: 'goose' });
    expect(f.line).toBe(2);
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('-- +goose NO TRANSACTION');
  });

  it('on a table that predates the migration history, says the PRIMARY KEY columns may first need NOT NULL', async () => {
    const [f] = await hits({ before: USERS, sql: 'ALTER TABLE legacy_events ADD PRIMARY KEY (id);' });
    expect(f.message).toContain('Adding primary key legacy_events_pkey on legacy_events (id)');
    expect(f.replacement).toBeUndefined();
    expect(f.fix).toContain('-- if id can hold NULL:');
  });

  describe('stays quiet', () => {
    it('with USING INDEX', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;' })).toEqual([]);
    });

    it('when the table is created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE accounts (id bigint, handle text);\nALTER TABLE accounts ADD PRIMARY KEY (id);\nALTER TABLE accounts ADD UNIQUE (handle);' })).toEqual([]);
    });

    it('for UNIQUE and PRIMARY KEY inside CREATE TABLE', async () => {
      expect(await hits({ sql: 'CREATE TABLE accounts (id bigint PRIMARY KEY, handle text UNIQUE, UNIQUE (id, handle));' })).toEqual([]);
    });

    it('for serial, identity and volatile-default columns, which rewrite the table and are reported by their own rules', async () => {
      const sql = 'ALTER TABLE users ADD COLUMN seq bigserial UNIQUE;\nALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY UNIQUE;\nALTER TABLE users ADD COLUMN public_id uuid DEFAULT gen_random_uuid() UNIQUE;';
      expect(await hits({ before: USERS, sql })).toEqual([]);
    });
  });
});
