// The live stage against a real MariaDB 10.11 (Debian's package, on loopback, a throwaway data
// directory): the numbers, the severities, read-only for certain, and the password never shown.
import mysql from 'mysql2/promise';
import { Deadline } from '../../src/live/budget.js';
import { connectionOptions, openMysql } from '../../src/live/mysql.js';
import { secretOf } from '../../src/model/url-secret.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { startMariadb, type TestServer } from '../helpers/servers.js';
import { findingAt, reviewLive } from '../helpers/live.js';

const READER_PW = 'my-Rd-pw-5512';
const MARIADB = { dialect: 'mariadb' as const };
let server: TestServer;
let readerUrl: string;
let writerUrl: string;

const BASE = {
  'db/migrations/001_init.sql': `
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100), legacy_code varchar(20), nickname varchar(40));
CREATE TABLE tags (id int PRIMARY KEY, name varchar(40));
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
`,
};

async function admin(sql: string): Promise<Record<string, unknown>[]> {
  const c = await mysql.createConnection({ uri: server.adminUrl.replace(/\/mysql$/, '/app'), multipleStatements: true });
  try {
    const [rows] = await c.query(sql);
    return rows as Record<string, unknown>[];
  } finally {
    await c.end();
  }
}

async function fingerprint(): Promise<string> {
  const rows = await admin(`CHECKSUM TABLE users, tags, orders EXTENDED`);
  const counts = await admin('SELECT (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM tags) AS t, (SELECT count(*) FROM orders) AS o');
  return JSON.stringify([rows, counts]);
}

beforeAll(async () => {
  server = await startMariadb();
  const c = await mysql.createConnection({ uri: server.adminUrl, multipleStatements: true });
  await c.query('CREATE DATABASE app');
  await c.end();
  await admin(`
    ${BASE['db/migrations/001_init.sql']}
    SET SESSION max_recursive_iterations = 100000;
    INSERT INTO users WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 25000)
      SELECT n, IF(n > 24997, CONCAT('u', n - 24997, '@x'), CONCAT('u', n, '@x')), IF(n <= 18000, CONCAT('L', n), NULL), IF(n % 100 <> 0, CONCAT('n', n), NULL) FROM g;
    INSERT INTO tags WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 12) SELECT n, CONCAT('tag', n) FROM g;
    INSERT INTO orders WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 100) SELECT n, IF(n <= 5, 900000 + n, n) FROM g;
    ANALYZE TABLE users, tags, orders;
    CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY '${READER_PW}';
    GRANT SELECT ON app.* TO 'reader'@'127.0.0.1';`);
  readerUrl = `mysql://reader:${READER_PW}@127.0.0.1:${server.port}/app`;
  writerUrl = server.adminUrl.replace(/\/mysql$/, '/app');
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe('live impact on MariaDB', () => {
  it('regression_issue_14_done_when on MariaDB: values lost on a 25,000-row table, a violated unique key fails with the count, a table copy of 12 rows is minor', async () => {
    const before = await fingerprint();
    const report = await reviewLive(BASE, {
      'db/migrations/002_change.sql': [
        'ALTER TABLE users DROP COLUMN legacy_code;',
        'ALTER TABLE users ADD UNIQUE KEY users_email_key (email);',
        'ALTER TABLE tags MODIFY name varchar(40) NOT NULL, ALGORITHM=COPY;',
      ].join('\n'),
    }, { url: readerUrl }, MARIADB);
    const drop = findingAt(report, 'drop-column', 1);
    expect(drop.severity).toBe('high');
    expect(drop.impact).toBe('drops 18,000 non-null values of users.legacy_code, 25,000 rows');
    const unique = findingAt(report, 'unique-on-existing-data', 2);
    expect([unique.severity, unique.impact]).toEqual(['critical', 'fails: 3 duplicate groups of (email) in users']);
    const copy = findingAt(report, 'mysql-table-copy', 3);
    expect(copy.severity).toBe('low');
    expect(copy.impact).toMatch(/^minor here: tags has 12 rows \(\d+ kB\), so the lock is held for moments$/);
    expect(report.live?.engine).toMatch(/^MariaDB 10\.11\./);
    expect(await fingerprint()).toBe(before);
  });

  it('NULLs under NOT NULL and orphans under a foreign key are counted', async () => {
    const report = await reviewLive(BASE, {
      'db/migrations/002_change.sql': 'ALTER TABLE users MODIFY nickname varchar(40) NOT NULL;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\nALTER TABLE users MODIFY email varchar(5);',
    }, { url: readerUrl }, MARIADB);
    const notes = JSON.stringify(report.findings.map((f) => [f.rule, f.line, f.severity, f.impact]));
    expect(notes).toContain('250 rows of users with NULL in nickname');
    expect(notes).toContain('5 rows of orders whose (user_id) has no match in users');
    expect(notes).toContain('fails: at least 1,000 values of users.email longer than 5 characters');
    expect(report.findings.filter((f) => f.severity === 'critical').map((f) => f.line).sort()).toEqual([1, 2, 3]);
  });

  it('a user that can write still reads in a read-only transaction', async () => {
    const before = await fingerprint();
    const db = await openMysql(secretOf(writerUrl), { deadline: new Deadline(20_000), statementTimeoutMs: 5_000 });
    try {
      await expect(db.query('DELETE FROM tags')).rejects.toThrow(/READ ONLY/i);
      expect(await db.query('SELECT count(*) AS n FROM tags')).toEqual([{ n: 12 }]);
    } finally {
      await db.close();
    }
    expect(await fingerprint()).toBe(before);
  });

  it('a query slower than the statement timeout is stopped (max_statement_time) and the connection goes on', async () => {
    const db = await openMysql(secretOf(readerUrl), { deadline: new Deadline(20_000), statementTimeoutMs: 500 });
    try {
      await expect(db.query('SELECT SLEEP(5) AS s FROM tags LIMIT 1')).rejects.toThrow(/max_statement_time|interrupted|exceeded/i);
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('a wrong password costs one note, without the password or the user', async () => {
    const url = readerUrl.replace(READER_PW, 'Nope-pw-99');
    const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' }, { url }, MARIADB);
    expect(report.notes).toEqual([expect.stringMatching(/^Live impact not available: Access denied for user '\*\*\*'/)]);
    for (const o of [JSON.stringify(report), renderMarkdown(report), renderText(report, { color: false, notes: report.notes })]) {
      expect(o).not.toContain('Nope-pw-99');
      expect(o).not.toContain(READER_PW);
    }
  });

  it('TLS as the URL asks', () => {
    const d = new Deadline(1_000);
    expect(connectionOptions('mysql://u:p%40ss@db.example:3307/app?ssl-mode=REQUIRED', { deadline: d })).toMatchObject({ host: 'db.example', port: 3307, user: 'u', password: 'p@ss', database: 'app', ssl: { rejectUnauthorized: false } });
    expect(connectionOptions('mysql://u:p@db.example/app?sslmode=verify_identity', { deadline: d }).ssl).toEqual({ rejectUnauthorized: true });
    expect(connectionOptions('mysql://u:p@db.example/app', { deadline: d }).ssl).toBeUndefined();
  });

  it('drift on MySQL/MariaDB: tables and columns of the URL\'s database against the migrations, tool tables left out', async () => {
    await admin("CREATE TABLE audit_log (id int); CREATE TABLE flyway_schema_history (installed_rank int); ALTER TABLE tags ADD COLUMN color varchar(10); GRANT SELECT ON app.* TO 'reader'@'127.0.0.1';");
    try {
      const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'ALTER TABLE tags ADD INDEX tags_name_idx (name);' }, { url: readerUrl }, MARIADB);
      expect((report.notes ?? []).filter((n) => n.startsWith('Drift:'))).toEqual([expect.stringMatching(/^Drift: the database \(MariaDB 10\.11\.\d+\) is not the schema the migrations build at the base commit, so the numbers and the verdict were made against a different database: tables only in the database: audit_log; columns only in the database: tags\.color\.$/)]);
    } finally {
      await admin('DROP TABLE audit_log; DROP TABLE flyway_schema_history; ALTER TABLE tags DROP COLUMN color;');
    }
  });
});
