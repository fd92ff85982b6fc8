import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'disable-trigger';
const BASE = 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE comment (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), path text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  return (await runExample(ex, RULES)).findings.filter((f) => f.rule === ID);
}

describe('disable-trigger', () => {
  it('DISABLE TRIGGER ALL left off is high: foreign keys unenforced for every session', async () => {
    const [f, ...rest] = await hits({ before: BASE, sql: 'ALTER TABLE comment DISABLE TRIGGER ALL;\nUPDATE comment SET path = id::text WHERE id > 0;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'integrity', line: 1 });
    expect(f.message).toBe('DISABLE TRIGGER ALL switches off every trigger of comment, foreign-key checks included, for every session, and nothing in this migration turns them back on: rows written meanwhile are never checked against the foreign keys, and triggers skip their work. ALL also needs superuser.');
  });

  it('regression_lemmy_disable_trigger_all: ALL re-enabled in the same transaction (a Diesel migration) is low', async () => {
    const sql = 'ALTER TABLE comment DISABLE TRIGGER ALL;\nUPDATE comment SET path = id::text WHERE id > 0;\nALTER TABLE comment ENABLE TRIGGER ALL;';
    const [f, ...rest] = await hits({ before: BASE, sql, format: 'golang-migrate' });
    expect(rest).toEqual([]);
    expect(f.severity).toBe('low');
    expect(f.message).toMatch(/^DISABLE TRIGGER ALL switches off every trigger of comment, foreign-key checks included, until line 3 turns them back on: rows this migration writes in between are never checked/);
  });

  it('ALL re-enabled only after a COMMIT stays high: other sessions write unchecked in between', async () => {
    const sql = 'BEGIN;\nALTER TABLE comment DISABLE TRIGGER ALL;\nCOMMIT;\nUPDATE comment SET path = id::text WHERE id > 0;\nALTER TABLE comment ENABLE TRIGGER ALL;';
    const [f] = await hits({ before: BASE, sql });
    expect(f.severity).toBe('high');
    expect(f.message).toContain('until line 5 turns them back on in a later transaction');
  });

  it('USER or a named trigger left off is medium', async () => {
    expect((await hits({ before: BASE, sql: 'ALTER TABLE comment DISABLE TRIGGER USER;' })).map((f) => f.severity)).toEqual(['medium']);
    const [named] = await hits({ before: BASE, sql: 'ALTER TABLE ONLY public.comment DISABLE TRIGGER comment_aggregates_trg;' });
    expect(named.message).toMatch(/^DISABLE TRIGGER comment_aggregates_trg switches off trigger comment_aggregates_trg on comment for every session/);
  });

  describe('stays quiet', () => {
    it('regression_lemmy_comment_ltrees: DISABLE TRIGGER USER … ENABLE TRIGGER USER in one transaction', async () => {
      const sql = 'ALTER TABLE comment DISABLE TRIGGER USER;\nUPDATE comment SET path = id::text WHERE id > 0;\nALTER TABLE comment ENABLE TRIGGER USER;';
      expect(await hits({ before: BASE, sql, format: 'golang-migrate' })).toEqual([]);
    });

    it('for ENABLE TRIGGER alone, and on a table created in the pull request', async () => {
      expect(await hits({ before: BASE, sql: 'ALTER TABLE comment ENABLE TRIGGER ALL;' })).toEqual([]);
      expect(await hits({ sql: 'CREATE TABLE imports (id bigint PRIMARY KEY);\nALTER TABLE imports DISABLE TRIGGER ALL;' })).toEqual([]);
    });
  });
});

describe('disable-trigger: session_replication_role = replica', () => {
  it('SET left on to the end of the session is high', async () => {
    const [f, ...rest] = await hits({ before: BASE, sql: "SET session_replication_role = 'replica';\nDELETE FROM users WHERE id < 100;" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', line: 1 });
    expect(f.message).toMatch(/^SET session_replication_role = replica switches off foreign-key checks and every trigger of every table for the rest of the session/);
  });

  it('SET LOCAL left on to the end of the transaction is high, also when set back only after COMMIT', async () => {
    const [f] = await hits({ before: BASE, sql: 'BEGIN;\nSET LOCAL session_replication_role = replica;\nDELETE FROM users WHERE id < 100;\nCOMMIT;' });
    expect(f).toMatchObject({ severity: 'high', line: 2 });
    expect(f.message).toContain('to the end of the transaction');
    const late = await hits({ before: BASE, sql: 'BEGIN;\nSET LOCAL session_replication_role = replica;\nDELETE FROM users WHERE id < 100;\nCOMMIT;\nSET session_replication_role = origin;' });
    expect(late.map((h) => h.severity)).toEqual(['high']);
  });

  it('set back to origin, DEFAULT or RESET in the same transaction is low', async () => {
    for (const back of ['SET LOCAL session_replication_role = origin;', 'SET session_replication_role TO DEFAULT;', 'RESET session_replication_role;']) {
      const [f, ...rest] = await hits({ before: BASE, sql: `BEGIN;\nSET LOCAL session_replication_role = replica;\nUPDATE comment SET path = id::text;\n${back}\nCOMMIT;` });
      expect(rest).toEqual([]);
      expect(f.severity).toBe('low');
      expect(f.message).toContain('until line 4 sets it back');
    }
  });

  it('ALTER ROLE … SET session_replication_role = replica is high: every later session of the role', async () => {
    const [f] = await hits({ before: BASE, sql: 'ALTER ROLE app SET session_replication_role = replica;' });
    expect(f.severity).toBe('high');
    expect(f.message).toContain('makes every later session of role app run with session_replication_role = replica');
  });

  it('stays quiet for origin, local and DEFAULT', async () => {
    const sql = "SET session_replication_role = origin;\nSET LOCAL session_replication_role = 'local';\nSET session_replication_role TO DEFAULT;\nALTER ROLE app RESET session_replication_role;";
    expect(await hits({ before: BASE, sql })).toEqual([]);
  });
});
