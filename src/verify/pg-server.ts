import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { VerifyBudgetError, type EngineAdapter } from './adapter.js';
import { settle, type Budget } from './budget.js';
import { scrubbed, type ServerUrl } from './server-url.js';

/** SQLSTATE of a statement cancelled by statement_timeout: the budget, not the migration. */
const QUERY_CANCELED = '57014';
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * A PostgreSQL server of the user's (`--verify-url postgres://…`), empty and disposable. Migra
 * works in a database of its own, `migra_verify_<random>`, when it may create databases; else in a
 * schema of that name in the URL's database, with search_path set to it. Either is dropped by close().
 */
export async function openPgServer(server: ServerUrl, budget: Budget): Promise<EngineAdapter> {
  const name = `migra_verify_${randomBytes(6).toString('hex')}`;
  // The admin session creates and drops the scratch database: the per-statement timeout is for the migrations, not for it.
  const admin = await connect(server, server.url);
  let mode: 'database' | 'schema' = 'database';
  let work: pg.Client | undefined;
  try {
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } catch (e) {
      if ((e as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw e;
      // No CREATEDB: a schema of our own in the URL's database.
      await admin.query(`CREATE SCHEMA "${name}"`);
      mode = 'schema';
    }
    const u = new URL(server.url);
    if (mode === 'database') u.pathname = `/${name}`;
    work = await connect(server, u.toString(), budget);
    if (mode === 'schema') await work.query(`SET search_path TO "${name}"`);
  } catch (e) {
    if (work) await settle(work.end());
    await drop(admin, mode, name).catch(() => undefined);
    await settle(admin.end());
    throw scrubbed(e, server);
  }
  const client = work;
  const raw = (await client.query<{ v: string; n: string }>("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n")).rows[0];
  const version = raw.v.split(/\s/)[0];
  let broken = false;
  const run = async <T>(sql: string): Promise<T[]> => {
    if (broken) throw new VerifyBudgetError('the server stopped answering after a statement ran out of time');
    try {
      const r = await budget.race(() => client.query(sql), () => (broken = true));
      // Several statements in one string answer with one result each.
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return (last?.rows ?? []) as T[];
    } catch (e) {
      if (e instanceof VerifyBudgetError) throw e;
      if ((e as { code?: string }).code === QUERY_CANCELED) throw new VerifyBudgetError(`a statement ran longer than ${Math.round(budget.statementMs / 1000)} s`);
      throw scrubbed(e, server);
    }
  };
  return {
    name: `PostgreSQL ${version}`,
    version: version.split('.')[0],
    dialect: 'postgresql',
    server: true,
    schema: mode === 'schema' ? name : 'public',
    async exec(sql) {
      await run(sql);
    },
    query: run,
    async snapshot() {
      throw new Error('a server database is not cached');
    },
    async close() {
      await settle(client.end());
      try {
        await drop(admin, mode, name, Number(raw.n) >= 130000);
      } catch (e) {
        throw scrubbed(new Error(`could not drop the scratch ${mode} ${name} on ${server.where}: ${(e as Error).message}`), server);
      } finally {
        await settle(admin.end());
      }
    },
  };
}

async function connect(server: ServerUrl, url: string, budget?: Budget): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    application_name: 'migra-verify',
    connectionTimeoutMillis: 15_000,
    statement_timeout: budget?.statementMs,
  });
  // A connection the server closes later (a restart) must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await settle(client.end());
    throw scrubbed(e, server);
  }
  return client;
}

async function drop(admin: pg.Client, mode: 'database' | 'schema', name: string, force = false): Promise<void> {
  if (mode === 'schema') await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  // WITH (FORCE) (PostgreSQL 13+) ends a session a timed-out statement left behind.
  else await admin.query(`DROP DATABASE IF EXISTS "${name}"${force ? ' WITH (FORCE)' : ''}`);
}
