import { parseCopy } from '../../src/analyze/copy-columns.js';
import { runExample } from '../../src/analyze/run-example.js';
import type { Dialect } from '../../src/model/dialect.js';
import { RULES } from '../../src/rules/index.js';
import { TWO_REBUILDS_BEFORE, TWO_REBUILDS_SQL } from '../helpers/sqlite-rebuilds.js';

// Rollback SQL of table rebuilds, as text: the dialect-specific parts and the edge cases. The
// round trips on a real database are in rollback-rebuild-db.test.ts.

const review = (before: string, sql: string, dialect: Dialect = 'sqlite', version?: string) => runExample({ before, sql, dialect, version }, RULES);

describe('parseCopy: which column fills which in the copy of a rebuild', () => {
  it('pairs the column list with the select list, unquoting and dropping qualifiers and aliases', () => {
    expect(parseCopy('INSERT INTO "new_T" ("id", "full_name", n) SELECT t."id", "name" AS "full_name", [nick] FROM "T"', [], [])).toEqual([
      { to: 'id', from: { kind: 'column', name: 'id' } },
      { to: 'full_name', from: { kind: 'column', name: 'name' } },
      { to: 'n', from: { kind: 'column', name: 'nick' } },
    ]);
  });

  it('tells literals (new values) from expressions (converted values)', () => {
    expect(parseCopy("INSERT INTO new_t (a, b, c, d) SELECT 0, 'x', NULL, coalesce(d, ', FROM ') FROM t", [], [])).toEqual([
      { to: 'a', from: { kind: 'literal' } },
      { to: 'b', from: { kind: 'literal' } },
      { to: 'c', from: { kind: 'literal' } },
      { to: 'd', from: { kind: 'expr', text: "coalesce(d, ', FROM ')" } },
    ]);
  });

  it('falls back to the tables’ own columns for a missing column list and for SELECT *', () => {
    expect(parseCopy('INSERT INTO new_t SELECT * FROM t', ['a', 'b'], ['x', 'y'])).toEqual([
      { to: 'a', from: { kind: 'column', name: 'x' } },
      { to: 'b', from: { kind: 'column', name: 'y' } },
    ]);
  });

  it('gives up on shapes it does not know, so the copy is followed by name', () => {
    expect(parseCopy('INSERT INTO new_t (a) SELECT DISTINCT a FROM t', [], [])).toBeUndefined();
    expect(parseCopy('INSERT INTO new_t (a, b) SELECT a FROM t', [], [])).toBeUndefined();
    expect(parseCopy('INSERT INTO new_t (a) VALUES (1)', [], [])).toBeUndefined();
  });
});

describe('rollback of a SQLite rebuild', () => {
  const T = 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);';
  const ADD_B = (b: string) => `CREATE TABLE new_t (id INTEGER PRIMARY KEY, a TEXT, ${b});\nINSERT INTO new_t (id, a) SELECT id, a FROM t;\nDROP TABLE t;\nALTER TABLE new_t RENAME TO t;`;

  it('drops a column the rebuild only added from SQLite 3.35.5 on, and rebuilds back before that', async () => {
    expect((await review(T, ADD_B('b TEXT'), 'sqlite', '3.35.5')).rollback).toBe(
      ['-- migrations/002_change.sql:1', '-- the rebuild of t through new_t only added b: dropping it in place undoes it and keeps the rows', 'ALTER TABLE t DROP COLUMN b;'].join('\n'),
    );
    const old = (await review(T, ADD_B('b TEXT'), 'sqlite', '3.35.4')).rollback;
    expect(old).not.toMatch(/DROP COLUMN/);
    expect(old).toMatch(/INSERT INTO new__t \(id, a\) SELECT id, a FROM t;/);
  });

  it('rebuilds back when the added column is UNIQUE, which SQLite cannot drop in place', async () => {
    expect((await review(T, ADD_B('b TEXT UNIQUE'))).rollback).toBe(
      [
        '-- migrations/002_change.sql:1',
        '-- undoes the rebuild of t through new_t with a rebuild back to the table as it was, copying the rows',
        'CREATE TABLE new__t (',
        '  id integer NOT NULL,',
        '  a text,',
        '  PRIMARY KEY (id)',
        ');',
        'INSERT INTO new__t (id, a) SELECT id, a FROM t;',
        'DROP TABLE t;',
        'PRAGMA legacy_alter_table=ON;',
        'ALTER TABLE new__t RENAME TO t;',
        'PRAGMA legacy_alter_table=OFF;',
      ].join('\n'),
    );
  });

  it('says the rows are gone when the rebuild never copied them; the drop-table finding carries that rollback', async () => {
    const report = await review('CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);', 'CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);\nDROP TABLE "User";\nALTER TABLE "new_User" RENAME TO "User";');
    const sql = [
      '-- undoes the rebuild of User through new_User with a rebuild back to the table as it was',
      '-- the rebuild did not copy the rows of User: they cannot be restored by this script; restore from backup',
      'CREATE TABLE "new__User" (',
      '  id integer NOT NULL,',
      '  name text,',
      '  PRIMARY KEY (id)',
      ');',
      'DROP TABLE "User";',
      'PRAGMA legacy_alter_table=ON;',
      'ALTER TABLE "new__User" RENAME TO "User";',
      'PRAGMA legacy_alter_table=OFF;',
    ].join('\n');
    expect(report.rollback).toBe(`-- migrations/002_change.sql:1\n${sql}`);
    expect(report.findings.map((f) => [f.rule, f.rollback])).toEqual([['drop-table', sql]]);
  });

  it('undoes two rebuilds in one file each as one change, newest first, with what ran after them on its own', async () => {
    const before = TWO_REBUILDS_BEFORE;
    const sql = TWO_REBUILDS_SQL;
    expect((await review(before, sql)).rollback).toBe(
      [
        '-- migrations/002_change.sql:12',
        'ALTER TABLE "A" DROP COLUMN w;',
        '',
        '-- migrations/002_change.sql:7',
        '-- undoes the rebuild of B through new_B with a rebuild back to the table as it was, copying the rows',
        '-- data in B.y cannot be restored by this script; restore from backup',
        '-- y was NOT NULL without a default: it comes back nullable',
        `-- the rebuild filled B.z with coalesce("z", ''): its values come back as that made them`,
        'CREATE TABLE "new__B" (',
        '  id integer NOT NULL,',
        '  y text,',
        '  z text,',
        '  PRIMARY KEY (id)',
        ');',
        'INSERT INTO "new__B" (id, z) SELECT id, z FROM "B";',
        'DROP TABLE "B";',
        'PRAGMA legacy_alter_table=ON;',
        'ALTER TABLE "new__B" RENAME TO "B";',
        'PRAGMA legacy_alter_table=OFF;',
        '',
        '-- migrations/002_change.sql:2',
        '-- the rebuild of A through new_A only added code: dropping it in place undoes it and keeps the rows',
        'DROP INDEX "A_code_key";',
        'ALTER TABLE "A" DROP COLUMN code;',
      ].join('\n'),
    );
  });

  it('says so when rows were changed between the steps', async () => {
    const report = await review(T, 'CREATE TABLE new_t (id INTEGER PRIMARY KEY, a TEXT NOT NULL);\nUPDATE t SET a = \'\' WHERE a IS NULL;\nINSERT INTO new_t (id, a) SELECT id, a FROM t;\nDROP TABLE t;\nALTER TABLE new_t RENAME TO t;');
    expect(report.rollback.split('\n').slice(0, 3)).toEqual([
      '-- migrations/002_change.sql:1',
      '-- undoes the rebuild of t through new_t with a rebuild back to the table as it was, copying the rows',
      '-- rows changed by UPDATE of t during the rebuild cannot be restored by this script; restore from backup',
    ]);
  });

  it('undoes the steps one by one when the table before the rebuild is not fully known', async () => {
    const report = await review('ALTER TABLE legacy ADD COLUMN note TEXT;', 'CREATE TABLE new_legacy (id INTEGER PRIMARY KEY, note TEXT);\nINSERT INTO new_legacy (id, note) SELECT id, note FROM legacy;\nDROP TABLE legacy;\nALTER TABLE new_legacy RENAME TO legacy;');
    expect(report.rollback).not.toMatch(/new__legacy/);
    expect(report.rollback).toMatch(/^-- migrations\/002_change.sql:4\nALTER TABLE legacy RENAME TO new_legacy;/);
    expect(report.rollback).toMatch(/legacy was not created by the replayed migrations/);
  });
});

describe('rollback of a shadow-table swap on PostgreSQL and MySQL', () => {
  it('PostgreSQL: keys and indexes after the rename (their names are the old table’s until it is dropped), identity values and sequences kept', async () => {
    const before = 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, legacy text);\nCREATE TABLE orders (id serial PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX users_legacy_idx ON users (legacy);';
    const sql = `CREATE TABLE users_new (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, legacy text, created_at timestamptz NOT NULL DEFAULT now());
INSERT INTO users_new (id, email, legacy) OVERRIDING SYSTEM VALUE SELECT id, email, legacy FROM users;
ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;`;
    expect((await review(before, sql, 'postgresql')).rollback).toBe(
      [
        '-- migrations/002_change.sql:1',
        '-- undoes the rebuild of users through users_new with a rebuild back to the table as it was, copying the rows',
        'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;',
        'CREATE TABLE new__users (',
        '  id bigint GENERATED ALWAYS AS IDENTITY,',
        '  email text NOT NULL,',
        '  legacy text',
        ');',
        'INSERT INTO new__users (id, email, legacy) OVERRIDING SYSTEM VALUE SELECT id, email, legacy FROM users;',
        'DROP TABLE users;',
        'ALTER TABLE new__users RENAME TO users;',
        'ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id);',
        'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
        'CREATE INDEX users_legacy_idx ON users (legacy);',
        "SELECT setval(pg_get_serial_sequence('users', 'id'), max(id)) FROM users;",
        'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
      ].join('\n'),
    );
  });

  it('MySQL: foreign keys and checks after the rename (their names are per database), the referencing key dropped and added back', async () => {
    const before = "CREATE TABLE users (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(255) NOT NULL, legacy text, UNIQUE KEY users_email (email), CONSTRAINT users_chk CHECK (email <> ''));\nCREATE TABLE orders (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id bigint, CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id));";
    const sql = 'CREATE TABLE users_new (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(255) NOT NULL, UNIQUE KEY users_email (email));\nINSERT INTO users_new (id, email) SELECT id, email FROM users;\nSET FOREIGN_KEY_CHECKS = 0;\nDROP TABLE users;\nRENAME TABLE users_new TO users;\nSET FOREIGN_KEY_CHECKS = 1;';
    const report = await review(before, sql, 'mysql');
    const inverse = [
      '-- undoes the rebuild of users through users_new with a rebuild back to the table as it was, copying the rows',
      '-- data in users.legacy cannot be restored by this script; restore from backup',
      'ALTER TABLE orders DROP FOREIGN KEY orders_user;',
      'CREATE TABLE new__users (',
      '  id bigint NOT NULL AUTO_INCREMENT,',
      '  email varchar(255) NOT NULL,',
      '  legacy text,',
      '  PRIMARY KEY (id),',
      '  UNIQUE KEY users_email (email)',
      ');',
      'INSERT INTO new__users (id, email) SELECT id, email FROM users;',
      'DROP TABLE users;',
      'RENAME TABLE new__users TO users;',
      "ALTER TABLE users ADD CONSTRAINT users_chk CHECK (email <> '');",
      'ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);',
    ].join('\n');
    expect(report.rollback).toBe(`-- migrations/002_change.sql:1\n${inverse}`);
    expect(report.findings.map((f) => [f.rule, f.rollback])).toEqual([['drop-column', inverse]]);
  });
});
