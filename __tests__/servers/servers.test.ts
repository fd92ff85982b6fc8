// The real servers the database features are tested against start, answer on loopback, and stop
// without leaving their data directories behind.
import { existsSync } from 'node:fs';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { startMariadb, startPostgres, type TestServer } from '../helpers/servers.js';

describe('test servers', () => {
  let server: TestServer | undefined;
  afterEach(async () => { await server?.stop(); server = undefined; });

  it('starts PostgreSQL on loopback with a password', async () => {
    server = await startPostgres();
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    const r = await client.query<{ v: string; a: string }>("SELECT version() AS v, inet_server_addr()::text AS a");
    await client.end();
    expect(r.rows[0]!.v).toMatch(/^PostgreSQL \d+/);
    expect(r.rows[0]!.a).toMatch(/^127\.0\.0\.1/);
    const bad = new pg.Client({ connectionString: server.adminUrl.replace('secret-pw', 'wrong') });
    await expect(bad.connect()).rejects.toThrow(/password authentication failed/);
  });

  it('starts MariaDB on loopback with a password', async () => {
    server = await startMariadb();
    const conn = await mysql.createConnection(server.adminUrl);
    const [rows] = await conn.query('SELECT VERSION() AS v');
    await conn.end();
    expect((rows as Array<{ v: string }>)[0]!.v).toMatch(/MariaDB/);
    expect(server.version).toMatch(/MariaDB/);
  });

  it('removes the data directory when stopped', async () => {
    const s = await startPostgres();
    const dataDir = s.dataDir;
    expect(existsSync(dataDir)).toBe(true);
    await s.stop();
    const again = new pg.Client({ connectionString: s.adminUrl, connectionTimeoutMillis: 2000 });
    await expect(again.connect()).rejects.toThrow();
    expect(existsSync(dataDir)).toBe(false);
  });
});
