// The live stage on a SQLite database file: the numbers, and that the file is never written.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/verify/sqlite.js';
import { findingAt, reviewLive } from '../helpers/live.js';

const BASE = {
  'migrations/001_init.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, legacy_code TEXT);\nCREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);',
};

/** Plain numbered SQL files, told to be SQLite. */
const SQLITE = { dialect: 'sqlite' as const };
let file: string;
const digest = () => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  const db = await openSqlite();
  await db.exec(BASE['migrations/001_init.sql']);
  // 25,000 users: 18,000 legacy codes, 3 e-mail addresses used twice; 12 tags.
  await db.exec(`WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 25000)
    INSERT INTO users SELECT n, CASE WHEN n > 24997 THEN 'u' || (n - 24997) || '@x' ELSE 'u' || n || '@x' END, CASE WHEN n <= 18000 THEN 'L' || n END FROM g;
    WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 12) INSERT INTO tags SELECT n, 'tag' || n FROM g;`);
  file = join(mkdtempSync(join(tmpdir(), 'migra-live-sqlite-')), 'app.db');
  writeFileSync(file, await db.snapshot());
  await db.close();
});

describe('live impact on a SQLite file', () => {
  it('says how many values a dropped column holds and fails a unique index the data violates; the file is not written', async () => {
    const before = digest();
    const report = await reviewLive(BASE, {
      'migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;\nCREATE UNIQUE INDEX users_email_key ON users (email);\nDELETE FROM tags;',
    }, { url: file }, SQLITE);
    const drop = findingAt(report, 'drop-column', 1);
    expect(drop.severity).toBe('high');
    expect(drop.impact).toBe('drops 18,000 non-null values of users.legacy_code, 25,000 rows');
    const unique = findingAt(report, 'unique-on-existing-data', 2);
    expect([unique.severity, unique.impact]).toEqual(['critical', 'fails: 3 duplicate groups of (email) in users']);
    expect(findingAt(report, 'unbounded-data-change', 3).impact).toBe('touches every row of tags: 12 rows');
    expect(report.live).toEqual({
      engine: expect.stringMatching(/^SQLite 3\./),
      destroys: ['users.legacy_code: 18,000 non-null values in 25,000 rows (migrations/002_change.sql:1)', 'tags: deletes 12 rows (migrations/002_change.sql:3)'],
    });
    expect(digest()).toBe(before);
  });

  it('a unique index over data without duplicates: counted clean, so it is minor', async () => {
    const report = await reviewLive(BASE, { 'migrations/002_change.sql': 'CREATE UNIQUE INDEX tags_name_key ON tags (name);' }, { url: `sqlite:${file}` }, SQLITE);
    const f = findingAt(report, 'unique-on-existing-data', 1);
    expect([f.severity, f.impact]).toEqual(['low', 'no duplicate groups of (name) in tags today; tags: 12 rows']);
  });

  it('a missing file or a file that is not a database costs one note', async () => {
    const other = join(mkdtempSync(join(tmpdir(), 'migra-live-sqlite-')), 'notes.txt');
    writeFileSync(other, 'hello, this is not a database at all');
    for (const url of [join(tmpdir(), 'does-not-exist.db'), other]) {
      const report = await reviewLive(BASE, { 'migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' }, { url }, SQLITE);
      expect(report.notes).toEqual([expect.stringMatching(/^Live impact not available: cannot read the SQLite database file: (ENOENT|not a SQLite database file)/)]);
      expect(report.notes![0]).not.toContain(url);
      expect(findingAt(report, 'drop-column', 1).impact).toBeUndefined();
    }
  });

  it('a PostgreSQL URL for SQLite migrations is not read', async () => {
    const report = await reviewLive(BASE, { 'migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' }, { url: 'postgres://u:p@127.0.0.1:1/db' }, SQLITE);
    expect(report.notes).toEqual(['migrations: live impact not read: the database URL is PostgreSQL, the migrations are sqlite.']);
  });
});
