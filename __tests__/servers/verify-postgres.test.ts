// Verification on a real PostgreSQL server (`--verify-url postgres://…`): the same statement-by-
// statement application and pg_locks / relfilenode observations as the embedded engine, in a
// database (or, without CREATEDB, a schema) of Migra's own that is dropped afterwards.
import pg from 'pg';
import { ADMIN_PASSWORD, startPostgres, type TestServer } from '../helpers/servers.js';
import { failures, reviewOnServer } from '../helpers/verify-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

async function admin<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: server.adminUrl });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Databases and schemas named migra_verify_… anywhere Migra could have made them. */
async function leftovers(): Promise<string[]> {
  const dbs = await admin<{ n: string }>("SELECT datname AS n FROM pg_database WHERE datname LIKE 'migra\\_verify\\_%'");
  const schemas = await admin<{ n: string }>("SELECT nspname AS n FROM pg_namespace WHERE nspname LIKE 'migra\\_verify\\_%'");
  return [...dbs, ...schemas].map((r) => r.n);
}

const ORDERS = 'CREATE TABLE people (id bigint PRIMARY KEY, age text);\nCREATE TABLE orders (id bigint PRIMARY KEY, total integer, note text);';

describe('verification on a PostgreSQL server', () => {
  it('a cast PostgreSQL refuses is migration-fails-to-apply at its line, naming the server version', async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'postgresql', before: ORDERS, sql: 'ALTER TABLE people ADD COLUMN nickname text;\n\nALTER TABLE people\n  ALTER COLUMN age TYPE integer;' });
    const [f, more] = failures(r);
    expect(more).toBeUndefined();
    expect(f).toMatchObject({ severity: 'critical', file: 'migrations/002_change.sql', line: 3 });
    expect(f.message).toMatch(/^This statement fails on PostgreSQL 15\.\d+: column "age" cannot be cast automatically to type integer\.$/);
    expect(await leftovers()).toEqual([]);
  });

  it("findings say what the server observed: the lock and the rewrite, in the server's version", async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'postgresql', version: '15', before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN total TYPE bigint;' });
    expect(failures(r)).toEqual([]);
    const f = r.findings.find((x) => x.rule === 'table-rewrite-type-change');
    expect(f?.verified).toMatch(/^verified on PostgreSQL 15\.\d+: ACCESS EXCLUSIVE on orders, rewritten: orders$/);
    expect(await leftovers()).toEqual([]);
  });

  it('a safe migration verifies quietly on the server (its dblink, which PGlite lacks, is no note); CREATE INDEX CONCURRENTLY runs as written', async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'postgresql', before: `CREATE EXTENSION IF NOT EXISTS dblink;\n${ORDERS}`, sql: 'ALTER TABLE orders ADD COLUMN placed_at timestamptz;\nCREATE INDEX CONCURRENTLY orders_placed_at ON orders (placed_at);' });
    expect(failures(r)).toEqual([]);
    expect(r.notes ?? []).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('without CREATEDB it works in a schema of its own (names unqualified), and drops it', async () => {
    await admin("CREATE ROLE limited LOGIN PASSWORD 'limited-pw-3'");
    await admin('GRANT CREATE ON DATABASE postgres TO limited');
    const url = `postgres://limited:limited-pw-3@127.0.0.1:${server.port}/postgres`;
    const r = await reviewOnServer(url, { dialect: 'postgresql', version: '15', before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN total TYPE bigint;\nALTER TABLE people ALTER COLUMN age TYPE integer;' });
    expect(r.findings.find((x) => x.rule === 'table-rewrite-type-change' && x.line === 1)?.verified).toMatch(/: ACCESS EXCLUSIVE on orders, rewritten: orders$/);
    expect(failures(r).map((f) => [f.line, f.message])).toEqual([[2, expect.stringMatching(/PostgreSQL 15\.\d+: column "age" cannot be cast automatically/)]]);
    expect(await leftovers()).toEqual([]);
    // Nothing landed in the URL's own schema either.
    expect(await admin("SELECT relname FROM pg_class WHERE relname IN ('orders', 'people')")).toEqual([]);
  });

  it('a wrong password or a dead port costs one note naming the host, and the embedded engine verifies instead', async () => {
    const wrong = server.adminUrl.replace(ADMIN_PASSWORD, 'wrong-pw-91');
    const r = await reviewOnServer(wrong, { dialect: 'postgresql', before: ORDERS, sql: 'ALTER TABLE people ALTER COLUMN age TYPE integer;' });
    expect(r.notes).toEqual([`migrations: not verified on the PostgreSQL server at 127.0.0.1:${server.port}: password authentication failed for user "postgres"; verified on the embedded engine instead.`]);
    expect(failures(r)[0].message).toMatch(/PostgreSQL 17\.\d+ \(PGlite\)/);
    expect(JSON.stringify(r)).not.toContain('wrong-pw-91');
    const dead = await reviewOnServer(`postgres://postgres:${ADMIN_PASSWORD}@127.0.0.1:1/postgres`, { dialect: 'postgresql', before: ORDERS, sql: 'ALTER TABLE orders ADD COLUMN x int;' });
    expect(dead.notes).toEqual([expect.stringMatching(/^migrations: not verified on the PostgreSQL server at 127\.0\.0\.1:1: .*ECONNREFUSED.*; verified on the embedded engine instead\.$/)]);
    expect(JSON.stringify(dead)).not.toContain(ADMIN_PASSWORD);
  });

  it('a statement over the per-statement timeout stops verification with a note (even when the history turned the timeout off), and the database is still dropped', async () => {
    const r = await reviewOnServer(server.adminUrl, { dialect: 'postgresql', before: `SET statement_timeout = 0;\n${ORDERS}`, sql: 'SELECT pg_sleep(30);\nALTER TABLE people ALTER COLUMN age TYPE integer;' }, { statementTimeoutMs: 1000 });
    expect(failures(r)).toEqual([]);
    expect(r.notes).toEqual([expect.stringMatching(/^Verification of migrations stopped on PostgreSQL 15\.\d+: a statement ran longer than 1 s\.$/)]);
    expect(await leftovers()).toEqual([]);
  });

  it('a set of another dialect keeps its own engine: SQLite on sql.js, MySQL with its note', async () => {
    const lite = await reviewOnServer(server.adminUrl, { dialect: 'sqlite', before: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);', sql: 'CREATE INDEX notes_title ON notes (title);' });
    expect(failures(lite)[0].message).toMatch(/SQLite [\d.]+ \(sql\.js\): no such column: title/);
    const my = await reviewOnServer(server.adminUrl, { dialect: 'mysql', before: 'CREATE TABLE t (id INT PRIMARY KEY);', sql: 'ALTER TABLE t ADD COLUMN b INT;' });
    expect(my.notes).toEqual([expect.stringMatching(/^migrations: not verified on a real engine: there is no embedded MySQL; give a scratch server with verify-url/)]);
  });
});
