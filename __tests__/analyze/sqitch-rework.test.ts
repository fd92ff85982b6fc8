import { checkRepo } from '../../src/analyze/check-repo.js';
import { detectSets } from '../../src/formats/detect.js';
import type { Report } from '../../src/model/report.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { found, reviewPr } from '../helpers/review.js';

/**
 * `sqitch rework users` copies deploy/users.sql to deploy/users@<tag>.sql (the instance that
 * already ran), appends `users` to the plan again, and the new deploy/users.sql is the new
 * instance: a new migration, not an edit of the old one.
 */

const deploy = (change: string, body: string) => [`-- Deploy flipr:${change} to pg`, '', 'BEGIN;', '', body, '', 'COMMIT;', ''].join('\n');
const revert = (change: string, body: string) => [`-- Revert flipr:${change} from pg`, '', 'BEGIN;', '', body, '', 'COMMIT;', ''].join('\n');

const PLAN = `%syntax-version=1.0.0
%project=flipr

appschema 2012-07-17T20:45:36Z Marge <marge@example.com> # Add schema for all flipr objects.
users [appschema] 2012-07-17T21:20:35Z Marge <marge@example.com> # Creates table to track our users.
insert_user [users] 2012-07-17T21:30:00Z Marge <marge@example.com> # Creates a function to insert a user.
@v1.0.0 2012-07-18T00:00:00Z Marge <marge@example.com> # Tag v1.0.0.

flips [users] 2012-07-18T01:02:03Z Marge <marge@example.com> # Adds table for storing flips.
`;

const INSERT_USER_V1 = `CREATE OR REPLACE FUNCTION flipr.insert_user(nickname TEXT, password TEXT) RETURNS VOID LANGUAGE SQL SECURITY DEFINER AS $$
    INSERT INTO flipr.users VALUES($1, $2);
$$;`;

const BASE: Record<string, string> = {
  'db/sqitch.conf': '[core]\n\tengine = pg\n',
  'db/sqitch.plan': PLAN,
  'db/deploy/appschema.sql': deploy('appschema', 'CREATE SCHEMA flipr;'),
  'db/deploy/users.sql': deploy('users', 'CREATE TABLE flipr.users (\n    nickname  TEXT        PRIMARY KEY,\n    password  TEXT        NOT NULL\n);'),
  'db/deploy/insert_user.sql': deploy('insert_user', INSERT_USER_V1),
  'db/deploy/flips.sql': deploy('flips', 'CREATE TABLE flipr.flips (\n    id        BIGSERIAL   PRIMARY KEY,\n    nickname  TEXT        NOT NULL REFERENCES flipr.users(nickname)\n);'),
  'db/revert/appschema.sql': revert('appschema', 'DROP SCHEMA flipr;'),
  'db/revert/users.sql': revert('users', 'DROP TABLE flipr.users;'),
  'db/revert/insert_user.sql': revert('insert_user', 'DROP FUNCTION flipr.insert_user(TEXT, TEXT);'),
  'db/revert/flips.sql': revert('flips', 'DROP TABLE flipr.flips;'),
};

/** What `sqitch rework <change> -n …` leaves behind once the new deploy script is written. */
function rework(change: string, body: string, tag = 'v1.0.0'): Record<string, string> {
  return {
    'db/sqitch.plan': `${PLAN}${change} [${change}@${tag}] 2024-03-01T10:00:00Z Dev <dev@example.com> # Rework ${change}.\n`,
    [`db/deploy/${change}@${tag}.sql`]: BASE[`db/deploy/${change}.sql`],
    [`db/revert/${change}@${tag}.sql`]: BASE[`db/revert/${change}.sql`],
    [`db/deploy/${change}.sql`]: deploy(change, body),
    [`db/revert/${change}.sql`]: BASE[`db/deploy/${change}.sql`].replace('-- Deploy', '-- Revert'),
  };
}

const of = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);

describe('sqitch rework', () => {
  it('reviews the reworked change as a new migration, with no history finding', async () => {
    const INSERT_USER_V2 = INSERT_USER_V1.replace('VALUES($1, $2)', "VALUES($1, md5($2))");
    const report = await reviewPr(BASE, rework('insert_user', INSERT_USER_V2));
    expect(found(report)).toEqual([]);
    // The new instance is the only changed migration: the old one moved to insert_user@v1.0.0.sql unchanged.
    expect(report.files).toEqual([{ path: 'db/deploy/insert_user.sql', status: 'added', set: 'db', statements: 3, unparsed: 0 }]);
  });

  it('reviews the new script on the schema the plan built before it', async () => {
    const report = await reviewPr(BASE, rework('users', 'CREATE INDEX users_password_idx ON flipr.users (password);'));
    expect(found(report).filter((f) => !f.startsWith('lock-timeout-missing'))).toEqual(['create-index-non-concurrently@users.sql:5']);
    expect(report.findings.find((f) => f.rule === 'create-index-non-concurrently')!.message).toContain('flipr.users');
    expect(of(report, 'edited-applied-migration')).toEqual([]);
    expect(of(report, 'migration-order-conflict')).toEqual([]);
  });

  it('keys each plan instance, so the moved script pairs with the one that ran', async () => {
    const [set] = await detectSets(memoryTree({ ...BASE, ...rework('users', 'SELECT 1;') }));
    expect(set.files.map((f) => [f.path.slice('db/deploy/'.length), f.key])).toEqual([
      ['appschema.sql', 'appschema#1'],
      ['users@v1.0.0.sql', 'users#1'],
      ['insert_user.sql', 'insert_user#1'],
      ['flips.sql', 'flips#1'],
      ['users.sql', 'users#2'],
    ]);
  });

  it('still reports an edit of the deployed script without a rework in the plan', async () => {
    const report = await reviewPr(BASE, { 'db/deploy/insert_user.sql': deploy('insert_user', INSERT_USER_V1.replace('VALUES($1, $2)', 'VALUES($1, md5($2))')) });
    const [f, ...rest] = of(report, 'edited-applied-migration');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'critical', file: 'db/deploy/insert_user.sql', line: 6 });
    expect(f.message).toMatch(/^Migration db\/deploy\/insert_user.sql is already on the base branch and was changed/);
    expect(found(report)).toEqual(['edited-applied-migration@insert_user.sql:6']);
  });

  it('reports the old instance when the rework also changed it', async () => {
    const pr = rework('insert_user', INSERT_USER_V1.replace('$2', 'md5($2)'));
    pr['db/deploy/insert_user@v1.0.0.sql'] = pr['db/deploy/insert_user@v1.0.0.sql'].replace('$1, $2', '$1, upper($2)');
    const report = await reviewPr(BASE, pr);
    expect(found(report)).toEqual(['edited-applied-migration@insert_user@v1.0.0.sql:6']);
    expect(report.findings[0].message).toMatch(/^Migration db\/deploy\/insert_user@v1\.0\.0\.sql \(db\/deploy\/insert_user\.sql on the base branch\) is already on the base branch and was changed/);
  });

  it('reviews a second rework of a change reworked before', async () => {
    const once = { ...BASE, ...rework('insert_user', INSERT_USER_V1.replace('$2', 'md5($2)')) };
    const plan = `${once['db/sqitch.plan']}@v1.1.0 2024-04-01T00:00:00Z Dev <dev@example.com>\n\ninsert_user [insert_user@v1.1.0] 2024-05-01T10:00:00Z Dev <dev@example.com> # Rework again.\n`;
    const report = await reviewPr(once, {
      'db/sqitch.plan': plan,
      'db/deploy/insert_user@v1.1.0.sql': once['db/deploy/insert_user.sql'],
      'db/deploy/insert_user.sql': deploy('insert_user', 'CREATE INDEX users_nick_pw_idx ON flipr.users (nickname, password);'),
    });
    expect(found(report).filter((f) => !f.startsWith('lock-timeout-missing'))).toEqual(['create-index-non-concurrently@insert_user.sql:5']);
  });

  it('reports a deleted deploy script of a change that stays in the plan as before', async () => {
    const head = { ...BASE };
    delete head['db/deploy/flips.sql'];
    const { analyze } = await import('../../src/analyze/engine.js');
    const { EMPTY_CONFIG } = await import('../../src/config/config.js');
    const { RULES } = await import('../../src/rules/index.js');
    const report = await analyze({ before: memoryTree(BASE, 'b'), head: memoryTree(head, 'h'), changes: [{ path: 'db/deploy/flips.sql', status: 'deleted' }], config: EMPTY_CONFIG, rules: RULES, toolVersion: 't' });
    expect(found(report)).toEqual(['edited-applied-migration@flips.sql:1']);
  });

  it('works from a real git history', async () => {
    const repo = TempRepo.create('migra-sqitch-');
    try {
      repo.commit('base', BASE);
      repo.checkout('rework', true);
      repo.commit('rework users', rework('users', 'CREATE INDEX users_password_idx ON flipr.users (password);'));
      const { report } = await checkRepo({ repo: repo.dir, base: 'main', head: 'rework' });
      expect(found(report).filter((f) => !f.startsWith('lock-timeout-missing'))).toEqual(['create-index-non-concurrently@users.sql:5']);
      expect(report.files.map((f) => [f.path, f.status])).toEqual([['db/deploy/users.sql', 'added']]);

      repo.checkout('main');
      repo.checkout('edit', true);
      repo.commit('edit users in place', { 'db/deploy/users.sql': deploy('users', 'CREATE TABLE flipr.users (nickname TEXT PRIMARY KEY);') });
      const edited = await checkRepo({ repo: repo.dir, base: 'main', head: 'edit' });
      expect(found(edited.report)).toEqual(['edited-applied-migration@users.sql:5']);
    } finally {
      repo.remove();
    }
  });
});
