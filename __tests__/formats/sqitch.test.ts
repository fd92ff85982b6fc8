import { describeSets } from '../../src/formats/describe.js';
import { detectSets } from '../../src/formats/detect.js';
import { parseSqitchPlan, sqitchConfEngine } from '../../src/formats/sqitch.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { found, reviewPr } from '../helpers/review.js';

async function only(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet> {
  const sets = await detectSets(memoryTree(files), opts);
  expect(sets).toHaveLength(1);
  return sets[0];
}

const paths = (set: MigrationSet) => set.files.map((f) => f.path);

/** A deploy script as sqitch's pg template writes it. */
const deploy = (change: string, body: string, requires: string[] = []) =>
  [`-- Deploy flipr:${change} to pg`, ...requires.map((r) => `-- requires: ${r}`), '', 'BEGIN;', '', body, '', 'COMMIT;', ''].join('\n');
const revert = (change: string, body: string) => [`-- Revert flipr:${change} from pg`, '', 'BEGIN;', '', body, '', 'COMMIT;', ''].join('\n');

const PLAN = `%syntax-version=1.0.0
%project=flipr
%uri=https://github.com/sqitchers/sqitch-intro/

appschema 2012-07-17T20:45:36Z Marge N. O’Vera <marge@example.com> # Add schema for all flipr objects.
users [appschema] 2012-07-17T21:20:35Z Marge N. O’Vera <marge@example.com> # Creates table to track our users.
@v1.0.0-dev1 2012-07-17T22:00:00Z Marge N. O’Vera <marge@example.com> # Tag v1.0.0-dev1.

flips [appschema users] 2012-07-18T01:02:03Z Marge N. O’Vera <marge@example.com> # Adds table for storing flips.
`;

const CONF = `[core]
\tengine = pg
\t# plan_file = sqitch.plan
[engine "pg"]
\ttarget = db:pg:flipr
`;

const BASE: Record<string, string> = {
  'db/sqitch.conf': CONF,
  'db/sqitch.plan': PLAN,
  'db/deploy/appschema.sql': deploy('appschema', 'CREATE SCHEMA flipr;'),
  'db/deploy/users.sql': deploy('users', 'CREATE TABLE flipr.users (\n    nickname  TEXT        PRIMARY KEY,\n    password  TEXT        NOT NULL\n);', ['appschema']),
  'db/deploy/flips.sql': deploy('flips', 'CREATE TABLE flipr.flips (\n    id        BIGSERIAL   PRIMARY KEY,\n    nickname  TEXT        NOT NULL REFERENCES flipr.users(nickname),\n    body      TEXT        NOT NULL DEFAULT \'\'\n);', ['appschema', 'users']),
  'db/revert/appschema.sql': revert('appschema', 'DROP SCHEMA flipr;'),
  'db/revert/users.sql': revert('users', 'DROP TABLE flipr.users;'),
  'db/revert/flips.sql': revert('flips', '-- XXX Add DDLs here.'),
  'db/verify/users.sql': '-- Verify flipr:users on pg\n\nBEGIN;\nSELECT nickname FROM flipr.users WHERE FALSE;\nROLLBACK;\n',
};

describe('sqitch', () => {
  it('orders deploy scripts by the plan, not by name, with revert scripts as the down step', async () => {
    const set = await only(BASE);
    expect(set).toMatchObject({ dir: 'db', format: 'sqitch', dialect: 'postgresql', dialectSource: 'settings', supportsDown: true });
    expect(paths(set)).toEqual(['db/deploy/appschema.sql', 'db/deploy/users.sql', 'db/deploy/flips.sql']);
    expect(set.files.map((f) => [f.version, f.name, f.hasDown, f.transaction])).toEqual([
      ['appschema', 'appschema', true, 'none'],
      ['users', 'users', true, 'none'],
      // A revert script with only the template's BEGIN / COMMIT reverts nothing.
      ['flips', 'flips', false, 'none'],
    ]);
    // Scripts keep their text and lines: the BEGIN / COMMIT is what puts them in a transaction.
    expect(set.files[1].up).toBe(BASE['db/deploy/users.sql']);
  });

  it('reads the engine from sqitch.conf, above the plan or next to it, else from the deploy header', async () => {
    expect(sqitchConfEngine(CONF)).toBe('pg');
    expect(sqitchConfEngine('[engine "mysql"]\n\ttarget = db:mysql://x/flipr\n')).toBe('mysql');
    expect(sqitchConfEngine('[engine "pg"]\n[engine "sqlite"]\n')).toBeUndefined();

    const above = { ...BASE, 'sqitch.conf': '[core]\n\tengine = sqlite\n\ttop_dir = db\n' };
    delete (above as Record<string, string>)['db/sqitch.conf'];
    expect(await only(above)).toMatchObject({ dir: 'db', dialect: 'sqlite', dialectSource: 'settings' });

    const noConf = { ...BASE };
    delete (noConf as Record<string, string>)['db/sqitch.conf'];
    expect(await only(noConf)).toMatchObject({ dialect: 'postgresql', dialectSource: 'settings' });
    const mysql = Object.fromEntries(Object.entries(noConf).map(([p, t]) => [p, t.replace(/ to pg$/m, ' to mysql')]));
    expect(await only(mysql)).toMatchObject({ dialect: 'mysql', dialectSource: 'settings' });
    expect(await only(BASE, { config: { dialect: 'mysql' } })).toMatchObject({ dialect: 'mysql', dialectSource: 'config' });
  });

  it('maps reworked changes to their `<change>@<tag>` scripts and skips pragmas, notes and tags', async () => {
    const plan = `${PLAN}@v1.0.0-dev2 2012-07-19T00:00:00Z Marge <marge@example.com>\n\nusers [users@v1.0.0-dev2] 2012-07-20T00:00:00Z Marge <marge@example.com> # Add a column.\n`;
    expect(parseSqitchPlan(plan, (c) => c === 'users@v1.0.0-dev2')).toEqual([
      { name: 'appschema' },
      { name: 'users', reworkTag: 'v1.0.0-dev2', reworkTags: ['v1.0.0-dev2', 'v1.0.0-dev1'] },
      { name: 'flips' },
      { name: 'users' },
    ]);
    // With no script for the newest tag, sqitch takes the first tag whose script exists.
    expect(parseSqitchPlan(plan, (c) => c === 'users@v1.0.0-dev1')[1].reworkTag).toBe('v1.0.0-dev1');

    const set = await only({
      ...BASE,
      'db/sqitch.plan': plan,
      'db/deploy/users@v1.0.0-dev2.sql': BASE['db/deploy/users.sql'],
      'db/revert/users@v1.0.0-dev2.sql': BASE['db/revert/users.sql'],
      'db/deploy/users.sql': deploy('users', 'ALTER TABLE flipr.users ADD COLUMN fullname TEXT;'),
      'db/revert/users.sql': revert('users', 'ALTER TABLE flipr.users DROP COLUMN fullname;'),
    });
    expect(paths(set)).toEqual(['db/deploy/appschema.sql', 'db/deploy/users@v1.0.0-dev2.sql', 'db/deploy/flips.sql', 'db/deploy/users.sql']);
    expect(set.files.map((f) => [f.version, f.hasDown])).toEqual([
      ['appschema', true],
      ['users@v1.0.0-dev2', true],
      ['flips', false],
      ['users', true],
    ]);
  });

  it('reads changes in subfolders and leaves out plan entries without a deploy script', async () => {
    const set = await only({
      'sqitch.plan': '%project=x\n\nschemas/core 2020-01-01T00:00:00Z A <a@b.c>\nmissing 2020-01-01T00:00:01Z A <a@b.c>\n',
      'deploy/schemas/core.sql': 'CREATE SCHEMA core;',
    });
    expect(set).toMatchObject({ dir: '', format: 'sqitch' });
    expect(paths(set)).toEqual(['deploy/schemas/core.sql']);
  });

  it('is configured by path, with or without the format, and printed with its format', async () => {
    for (const sets of [[{ path: 'db', format: 'sqitch' as const }], [{ path: 'db/' }]]) {
      const set = await only(BASE, { config: { sets } });
      expect(set).toMatchObject({ dir: 'db', format: 'sqitch', dialect: 'postgresql' });
      expect(set.files).toHaveLength(3);
    }
    expect(describeSets([await only(BASE)])).toEqual(['db: sqitch, postgresql (settings), 3 files']);
  });
});

describe('reviewing a pull request that adds a sqitch change', () => {
  const addChange = (name: string, body: string, withRevert = true): Record<string, string> => ({
    'db/sqitch.plan': `${PLAN}${name} [flips] 2024-03-01T10:00:00Z Dev <dev@example.com> # ${name}\n`,
    [`db/deploy/${name}.sql`]: deploy(name, body, ['flips']),
    ...(withRevert ? { [`db/revert/${name}.sql`]: revert(name, `DROP INDEX flipr.${name};`) } : {}),
    [`db/verify/${name}.sql`]: '-- Verify\nSELECT 1;\n',
  });

  it('reports a blocking index build on its line, and CONCURRENTLY inside the script\'s BEGIN', async () => {
    const report = await reviewPr(BASE, addChange('flips_nickname_idx', 'CREATE INDEX flips_nickname_idx ON flipr.flips (nickname);'));
    expect(report.sets).toEqual([{ dir: 'db', format: 'sqitch', dialect: 'postgresql', dialectSource: 'settings', files: 4 }]);
    expect(found(report).filter((f) => !f.startsWith('lock-timeout-missing'))).toEqual(['create-index-non-concurrently@flips_nickname_idx.sql:6']);

    const concurrent = await reviewPr(BASE, addChange('flips_nickname_idx', 'CREATE INDEX CONCURRENTLY flips_nickname_idx ON flipr.flips (nickname);'));
    expect(found(concurrent)).toEqual(['concurrently-in-transaction@flips_nickname_idx.sql:6']);
    expect(concurrent.findings[0].message).toContain('BEGIN on line 4');
  });

  it('is quiet about CONCURRENTLY in a script without BEGIN, and about a safe change', async () => {
    const noTx = await reviewPr(BASE, {
      ...addChange('flips_nickname_idx', ''),
      'db/deploy/flips_nickname_idx.sql': '-- Deploy flipr:flips_nickname_idx to pg\n-- requires: flips\n\nCREATE INDEX CONCURRENTLY flips_nickname_idx ON flipr.flips (nickname);\n',
    });
    expect(found(noTx)).toEqual([]);

    const safe = await reviewPr(BASE, addChange('flips_note', 'ALTER TABLE flipr.flips ADD COLUMN note TEXT;'));
    expect(found(safe)).toEqual([]);
  });
});
