import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'drop-column';
const USERS = [
  'CREATE TABLE orgs (id bigint PRIMARY KEY);',
  "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_name varchar(100) DEFAULT 'anon' CHECK (legacy_name <> ''), score integer NOT NULL DEFAULT 0, org_id bigint REFERENCES orgs (id));",
  'CREATE INDEX users_legacy_name_idx ON users (legacy_name);',
].join('\n');
const LOSS = (col: string) => `-- data in ${col} cannot be restored by this script; restore from backup`;

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('drop-column', () => {
  describe('DROP TYPE … CASCADE (issue 10)', () => {
    const MOOD = "CREATE TYPE mood AS ENUM ('happy', 'sad');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood, moods mood[]);";
    it('reports every column of the type that CASCADE drops', async () => {
      const found = await hits({ before: MOOD, sql: 'DROP TYPE mood CASCADE;' });
      expect(found.map((f) => f.message)).toEqual([
        'DROP TYPE mood CASCADE drops column people.mood (mood), and with it its data.',
        'DROP TYPE mood CASCADE drops column people.moods (mood[]), and with it its data.',
      ]);
      expect(found[0].fix).toContain('without CASCADE');
    });
    it('stays quiet without CASCADE (PostgreSQL refuses while columns use it), and for a type no column uses', async () => {
      expect(await hits({ before: MOOD, sql: 'DROP TYPE mood;' })).toEqual([]);
      expect(await hits({ before: "CREATE TYPE mood AS ENUM ('happy');", sql: 'DROP TYPE mood CASCADE;' })).toEqual([]);
    });
    it('stays quiet for columns added in the pull request', async () => {
      expect(await hits({ before: "CREATE TYPE mood AS ENUM ('happy');\nCREATE TABLE people (id bigint PRIMARY KEY);", sql: 'ALTER TABLE people ADD COLUMN mood mood;\nDROP TYPE mood CASCADE;' })).toEqual([]);
    });
  });

  it('reports a production column with its type, and restores its default, CHECK and index in the rollback', async () => {
    const [f, ...rest] = await hits({ before: USERS, sql: 'SELECT 1;\nALTER TABLE users DROP COLUMN legacy_name;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'high', category: 'data-loss', message: 'Dropping column users.legacy_name (varchar(100)) deletes its data.' });
    expect(f.rollback).toBe([
      LOSS('users.legacy_name'),
      "ALTER TABLE users ADD COLUMN legacy_name varchar(100) DEFAULT 'anon';",
      'CREATE INDEX users_legacy_name_idx ON users (legacy_name);',
      "ALTER TABLE users ADD CONSTRAINT users_legacy_name_check CHECK (legacy_name <> '');",
    ].join('\n'));
  });

  it('names NOT NULL and restores the foreign key of the dropped column', async () => {
    const [nn] = await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN score;' });
    expect(nn.message).toBe('Dropping column users.score (integer NOT NULL) deletes its data.');
    expect(nn.rollback).toBe(`${LOSS('users.score')}\nALTER TABLE users ADD COLUMN score integer DEFAULT 0 NOT NULL;`);
    const [fk] = await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN org_id;' });
    expect(fk.rollback).toBe(`${LOSS('users.org_id')}\nALTER TABLE users ADD COLUMN org_id bigint;\nALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id);`);
  });

  it('reports every column of a multi-action ALTER TABLE, and IF EXISTS of a column that does exist', async () => {
    expect((await hits({ before: USERS, sql: 'ALTER TABLE users\n  DROP COLUMN legacy_name,\n  DROP COLUMN score;' })).map((f) => `${f.line} ${f.message}`)).toEqual([
      '1 Dropping column users.legacy_name (varchar(100)) deletes its data.',
      '1 Dropping column users.score (integer NOT NULL) deletes its data.',
    ]);
    expect((await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN IF EXISTS score;' })).map((f) => f.line)).toEqual([1]);
  });

  it('follows a table rename and a column rename earlier in the pull request back to production data', async () => {
    const [t] = await hits({ before: USERS, sql: 'ALTER TABLE users RENAME TO accounts;\nALTER TABLE accounts DROP COLUMN score;' });
    expect(t).toMatchObject({ line: 2, message: 'Dropping column accounts.score (integer NOT NULL) deletes its data.' });
    const [c] = await hits({ before: USERS, sql: 'ALTER TABLE users RENAME COLUMN score TO points;\nALTER TABLE users DROP COLUMN points;' });
    expect(c).toMatchObject({ line: 2, message: 'Dropping column users.points (integer NOT NULL) deletes its data.' });
  });

  it('reports only the first drop of a column dropped, added again and dropped again', async () => {
    const sql = 'ALTER TABLE users DROP COLUMN score;\nALTER TABLE users ADD COLUMN score int;\nALTER TABLE users DROP COLUMN score;';
    expect((await hits({ before: USERS, sql })).map((f) => f.line)).toEqual([1]);
  });

  it('on MySQL (with or without the COLUMN keyword, any case) and SQLite', async () => {
    const [my] = await hits({ dialect: 'mysql', before: "CREATE TABLE users (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, nick varchar(40) NOT NULL DEFAULT 'x', KEY idx_nick (nick));", sql: 'ALTER TABLE users DROP COLUMN nick;' });
    expect(my.message).toBe('Dropping column users.nick (varchar(40) NOT NULL) deletes its data.');
    expect(my.rollback).toBe(`${LOSS('users.nick')}\nALTER TABLE users ADD COLUMN nick varchar(40) NOT NULL DEFAULT 'x';\nCREATE INDEX idx_nick ON users (nick);`);
    expect((await hits({ dialect: 'mysql', before: 'CREATE TABLE users (id bigint PRIMARY KEY, Nick varchar(40));', sql: 'ALTER TABLE users DROP nick;' })).map((f) => f.message)).toEqual([
      'Dropping column users.nick (varchar(40)) deletes its data.',
    ]);
    const [lite] = await hits({ dialect: 'sqlite', before: "CREATE TABLE users (id INTEGER PRIMARY KEY, nick TEXT NOT NULL DEFAULT '');", sql: 'ALTER TABLE users DROP COLUMN nick;' });
    expect(lite.message).toBe('Dropping column users.nick (text NOT NULL) deletes its data.');
    expect(lite.rollback).toBe(`${LOSS('users.nick')}\nALTER TABLE users ADD COLUMN nick text NOT NULL DEFAULT '';`);
  });

  it('reports each column a SQLite rebuild leaves out, at the DROP TABLE', async () => {
    const before = 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT, "nickname" TEXT NOT NULL DEFAULT \'\', "bio" TEXT);';
    const sql = 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);\nINSERT INTO "new_User" ("id", "name") SELECT "id", "name" FROM "User";\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";';
    expect((await hits({ dialect: 'sqlite', before, sql })).map((f) => `${f.line} ${f.severity} ${f.message}`)).toEqual([
      '3 high Rebuilding table User without column nickname (text NOT NULL) deletes its data.',
      '3 high Rebuilding table User without column bio (text) deletes its data.',
    ]);
  });

  it('names the probable new name of a drop plus an add of the same type, saying it starts with its default', async () => {
    const [f] = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);', sql: "ALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users ADD COLUMN full_name text DEFAULT '';" });
    expect(f.message).toBe('Dropping column users.fullname (text) deletes its data. users.full_name, added with the same type in the same migration, looks like its new name: if this is a rename, full_name starts with its default and the values of fullname are lost.');
    expect(f.fix).toMatch(/^If it is a rename, write it as one \(ALTER TABLE … RENAME COLUMN fullname TO full_name\)/);
  });

  it('does not call unrelated names or another type a rename', async () => {
    const [plan] = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, plan text);', sql: 'ALTER TABLE users DROP COLUMN plan;\nALTER TABLE users ADD COLUMN region text;' });
    expect(plan.message).toBe('Dropping column users.plan (text) deletes its data.');
    const [typed] = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);', sql: 'ALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users ADD COLUMN full_name integer;' });
    expect(typed.message).toBe('Dropping column users.fullname (text) deletes its data.');
  });

  it('reports a Django RemoveField at its line', async () => {
    const report = await runExample(djangoChange("migrations.RemoveField(model_name='order', name='status')"), RULES);
    expect(found(report)).toEqual([`${ID}@0002_change.py:10`]);
    expect(report.findings[0].message).toBe('Dropping column shop_order.status (varchar(20)) deletes its data.');
  });

  describe('stays quiet', () => {
    it('for a column added in this pull request', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;' })).toEqual([]);
    });

    it('for a column of a table created in this pull request, also after renaming it', async () => {
      expect(await hits({ before: USERS, sql: 'CREATE TABLE drafts (id int PRIMARY KEY, x int);\nALTER TABLE drafts DROP COLUMN x;' })).toEqual([]);
      expect(await hits({ before: USERS, sql: 'CREATE TABLE drafts (id int PRIMARY KEY, x int);\nALTER TABLE drafts RENAME TO notes;\nALTER TABLE notes DROP COLUMN x;' })).toEqual([]);
    });

    it('for IF EXISTS of a column that is not there, and for a column an earlier migration dropped', async () => {
      expect(await hits({ before: USERS, sql: 'ALTER TABLE users DROP COLUMN IF EXISTS nickname;' })).toEqual([]);
      expect(await hits({ before: `${USERS}\nALTER TABLE users DROP COLUMN score;`, sql: 'ALTER TABLE users DROP COLUMN IF EXISTS score;' })).toEqual([]);
    });

    it('for the columns of a dropped table (drop-table reports it)', async () => {
      expect(await hits({ before: USERS, sql: 'DROP TABLE users;' })).toEqual([]);
    });

    it('when the values are copied into the new column first (rename-column reports it)', async () => {
      const report = await runExample({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, plan text);', sql: 'ALTER TABLE users ADD COLUMN region text;\nUPDATE users SET region = plan;\nALTER TABLE users DROP COLUMN plan;' }, RULES);
      expect(report.findings.map((f) => f.rule)).not.toContain(ID);
      expect(report.findings.map((f) => f.rule)).toContain('rename-column');
    });

    it('for the one of several dropped columns of the type whose values an UPDATE copies into the new column', async () => {
      const sql = 'ALTER TABLE users ADD COLUMN display_name text;\nUPDATE users SET display_name = fullname;\nALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users DROP COLUMN nickname;';
      const fs = await hits({ before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text, nickname text);', sql });
      expect(fs.map((f) => `${f.line} ${f.message}`)).toEqual(['4 Dropping column users.nickname (text) deletes its data.']);
    });

    it('for a SQLite rebuild that keeps every column, or leaves out only one added in this pull request', async () => {
      const before = 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);';
      const rebuild = 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL DEFAULT \'\');\nINSERT INTO "new_User" ("id", "name") SELECT "id", "name" FROM "User";\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";';
      expect(await hits({ dialect: 'sqlite', before, sql: rebuild })).toEqual([]);
      expect(await hits({ dialect: 'sqlite', before, sql: `ALTER TABLE "User" ADD COLUMN "tmp" TEXT;\n${rebuild}` })).toEqual([]);
    });

    it('for a SQLite rebuild of a table created in this pull request', async () => {
      const sql = 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);\nCREATE TABLE new_t (id INTEGER PRIMARY KEY, a TEXT);\nINSERT INTO new_t (id, a) SELECT id, a FROM t;\nDROP TABLE t;\nALTER TABLE new_t RENAME TO t;';
      expect(await hits({ dialect: 'sqlite', sql })).toEqual([]);
    });
  });

  it('in a realistic history, reports the production columns dropped and nothing else', async () => {
    const base = {
      'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, fullname text, avatar_url text);',
      'db/migrations/000001_users.down.sql': 'DROP TABLE users;',
      'db/migrations/000002_profiles.up.sql': 'CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users (id), bio text, theme varchar(20) NOT NULL DEFAULT \'light\');',
      'db/migrations/000002_profiles.down.sql': 'DROP TABLE profiles;',
      'db/migrations/000003_flags.up.sql': 'ALTER TABLE users ADD COLUMN beta boolean NOT NULL DEFAULT false;',
      'db/migrations/000003_flags.down.sql': 'ALTER TABLE users DROP COLUMN beta;',
    };
    const report = await reviewPr(base, {
      'db/migrations/000004_cleanup.up.sql': [
        'ALTER TABLE users ADD COLUMN display_name text;',
        'UPDATE users SET display_name = fullname;',
        'ALTER TABLE users DROP COLUMN fullname;',
        'ALTER TABLE users DROP COLUMN avatar_url;',
        'ALTER TABLE profiles DROP COLUMN IF EXISTS avatar;',
      ].join('\n'),
      'db/migrations/000004_cleanup.down.sql': 'ALTER TABLE users ADD COLUMN avatar_url text;\nALTER TABLE users ADD COLUMN fullname text;\nALTER TABLE users DROP COLUMN display_name;',
      'db/migrations/000005_theme.up.sql': 'ALTER TABLE profiles ADD COLUMN scratch int;\nALTER TABLE profiles DROP COLUMN scratch;\nALTER TABLE profiles DROP COLUMN theme;',
      'db/migrations/000005_theme.down.sql': "ALTER TABLE profiles ADD COLUMN theme varchar(20) NOT NULL DEFAULT 'light';",
    });
    expect(found(report).filter((f) => f.startsWith(`${ID}@`))).toEqual([`${ID}@000004_cleanup.up.sql:4`, `${ID}@000005_theme.up.sql:3`]);
    expect(report.findings.filter((f) => f.rule === ID).map((f) => f.message)).toEqual([
      'Dropping column users.avatar_url (text) deletes its data.',
      'Dropping column profiles.theme (varchar(20) NOT NULL) deletes its data.',
    ]);
    expect(found(report)).toContain('rename-column@000004_cleanup.up.sql:1');
  });
});
