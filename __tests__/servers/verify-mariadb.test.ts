// Verification on a real MariaDB server (`--verify-url mysql://…`): the only way a MySQL or MariaDB
// set is verified. One server for the file, started on loopback from Debian's package.
import mysql from 'mysql2/promise';
import { ADMIN_PASSWORD, startMariadb, type TestServer } from '../helpers/servers.js';
import { failures, reviewOnServer } from '../helpers/verify-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startMariadb();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

async function scratchDatabases(): Promise<string[]> {
  const conn = await mysql.createConnection(server.adminUrl);
  const [rows] = await conn.query("SHOW DATABASES LIKE 'migra\\_verify\\_%'");
  await conn.end();
  return (rows as Record<string, string>[]).map((r) => Object.values(r)[0]);
}

const SHOP = 'CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100));\nCREATE TABLE orders (id INT PRIMARY KEY, user_id INT, total INT, FOREIGN KEY (user_id) REFERENCES users (id));';

describe('verification on a MariaDB server', () => {
  it('a MODIFY MariaDB refuses is migration-fails-to-apply at its line, quoting the server', async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'mariadb', before: SHOP, sql: 'ALTER TABLE users ADD COLUMN nickname VARCHAR(50);\n\nALTER TABLE users MODIFY id VARCHAR(10);' });
    const [f, more] = failures(r);
    expect(more).toBeUndefined();
    expect(f).toMatchObject({ severity: 'critical', file: 'migrations/002_change.sql', line: 3 });
    expect(f.message).toMatch(/^This statement fails on MariaDB 10\.11\.\d+: Cannot change column 'id': used in a foreign key constraint 'orders_ibfk_1' of table 'orders'\.$/);
    expect(await scratchDatabases()).toEqual([]);
  });

  it('a foreign key to a missing column fails with the server message, without the scratch database name', async () => {
    const r = await reviewOnServer(server.adminUrl, {
      dialect: 'mariadb',
      before: SHOP,
      sql: 'CREATE TABLE refunds (id INT PRIMARY KEY, user_id INT, FOREIGN KEY (user_id) REFERENCES users (uid));',
    });
    const [f] = failures(r);
    expect(f).toMatchObject({ line: 1 });
    expect(f.message).toContain("Can't create table `refunds` (errno: 150 \"Foreign key constraint is incorrectly formed\")");
    expect(f.message).not.toContain('migra_verify_');
  });

  it('a safe migration verifies quietly; a rebuild MariaDB did is said on the finding that predicted it', async () => {
    const quiet = await reviewOnServer(server.adminUrl, { dialect: 'mariadb', before: SHOP, sql: 'ALTER TABLE users ADD COLUMN nickname VARCHAR(50);\nCREATE INDEX users_email ON users (email);' });
    expect(failures(quiet)).toEqual([]);
    expect(quiet.notes ?? []).toEqual([]);
    const rebuilt = await reviewOnServer(server.adminUrl, { dialect: 'mariadb', before: SHOP, sql: 'ALTER TABLE orders MODIFY total BIGINT;' });
    const f = rebuilt.findings.find((x) => x.rule === 'table-rewrite-type-change');
    expect(f?.verified).toMatch(/^verified on MariaDB 10\.11\.\d+: applied, table rebuilt: orders$/);
    expect(await scratchDatabases()).toEqual([]);
  });

  it('history statements that leave the scratch database are skipped with a note, not run', async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'mariadb', before: `USE mysql;\n${SHOP}`, sql: 'ALTER TABLE users ADD COLUMN nickname VARCHAR(50);' });
    expect(failures(r)).toEqual([]);
    expect(r.notes).toEqual([expect.stringMatching(/skipped migrations\/001_initial\.sql:1 `USE mysql`: it switches database/)]);
    const conn = await mysql.createConnection(server.adminUrl);
    const [rows] = await conn.query("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'mysql' AND TABLE_NAME IN ('users', 'orders')");
    await conn.end();
    expect((rows as Array<{ n: number }>)[0].n).toBe(0);
  });

  it('a wrong password or a dead port costs one note naming the host, never the password; the review completes', async () => {
    const wrong = server.adminUrl.replace(ADMIN_PASSWORD, 'not-the-pw-77');
    const r = await reviewOnServer(wrong, { dialect: 'mariadb', before: SHOP, sql: 'ALTER TABLE orders MODIFY total BIGINT;' });
    expect(r.notes).toEqual([expect.stringMatching(new RegExp(`^migrations: not verified on the MySQL/MariaDB server at 127\\.0\\.0\\.1:${server.port}: Access denied for user 'root'@'127\\.0\\.0\\.1' \\(using password: YES\\)\\.$`))]);
    expect(r.findings.map((f) => f.rule)).toContain('table-rewrite-type-change');
    expect(JSON.stringify(r)).not.toContain('not-the-pw-77');
    const dead = await reviewOnServer(`mysql://root:${ADMIN_PASSWORD}@127.0.0.1:1/`, { dialect: 'mysql', before: SHOP, sql: 'ALTER TABLE orders MODIFY total BIGINT;' });
    expect(dead.notes).toEqual([expect.stringMatching(/^migrations: not verified on the MySQL\/MariaDB server at 127\.0\.0\.1:1: .*ECONNREFUSED/)]);
    expect(JSON.stringify(dead)).not.toContain(ADMIN_PASSWORD);
  });

  it('a user that may not create databases costs a note, and nothing is left behind', async () => {
    const conn = await mysql.createConnection(server.adminUrl);
    await conn.query("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'reader-pw-5'");
    await conn.end();
    const r = await reviewOnServer(`mysql://reader:reader-pw-5@127.0.0.1:${server.port}/`, { dialect: 'mariadb', before: SHOP, sql: 'ALTER TABLE users ADD COLUMN nickname VARCHAR(50);' });
    expect(r.notes).toEqual([expect.stringMatching(/^migrations: not verified on the MySQL\/MariaDB server at 127\.0\.0\.1:\d+: Access denied for user 'reader'@'127\.0\.0\.1' to database 'migra_verify_[0-9a-f]+'\.$/)]);
    expect(JSON.stringify(r)).not.toContain('reader-pw-5');
    expect(await scratchDatabases()).toEqual([]);
  });

  it('a statement over the per-statement timeout stops verification with a note, and the database is still dropped', async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'mariadb', before: SHOP, sql: "SELECT BENCHMARK(10000000000, MD5('x'));\nALTER TABLE users MODIFY id VARCHAR(10);" }, { statementTimeoutMs: 1000 });
    expect(failures(r)).toEqual([]);
    expect(r.notes).toEqual([expect.stringMatching(/^Verification of migrations stopped on MariaDB 10\.11\.\d+: a statement ran longer than 1 s\.$/)]);
    expect(await scratchDatabases()).toEqual([]);
  });
});
