import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { VerifyBudgetError, type EngineAdapter } from './adapter.js';
import { settle, type Budget } from './budget.js';
import { scrubbed, type ServerUrl } from './server-url.js';

/** Errors of a statement stopped by the server's own timeout (MariaDB max_statement_time, MySQL max_execution_time). */
const TIMED_OUT = new Set(['ER_STATEMENT_TIMEOUT', 'ER_QUERY_TIMEOUT', 'ER_QUERY_INTERRUPTED']);

/**
 * A MySQL or MariaDB server of the user's (`--verify-url mysql://…`), empty and disposable: Migra
 * creates a database of its own, `migra_verify_<random>`, works only in it, and drops it in close().
 * DDL commits by itself there, so statements apply in order with nothing to roll back. Locks cannot
 * be observed; a table rebuild can, as a new InnoDB table id (`storage`).
 */
export async function openMysqlServer(server: ServerUrl, budget: Budget): Promise<EngineAdapter> {
  const name = `migra_verify_${randomBytes(6).toString('hex')}`;
  const conn = await connect(server);
  try {
    await conn.query(`CREATE DATABASE \`${name}\``);
    await conn.query(`USE \`${name}\``);
  } catch (e) {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined);
    await settle(conn.end());
    throw scrubbed(e, server);
  }
  const [rows] = await conn.query('SELECT VERSION() AS v');
  const raw = String((rows as Array<{ v: string }>)[0].v);
  const mariadb = /mariadb/i.test(raw);
  const version = raw.split('-')[0];
  const seconds = Math.max(1, Math.round(budget.statementMs / 1000));
  // The server stops a statement over its timeout where it can (MariaDB: any statement; MySQL: SELECT only); lock waits too.
  await conn.query(mariadb ? `SET SESSION max_statement_time = ${seconds}` : `SET SESSION max_execution_time = ${seconds * 1000}`).catch(() => undefined);
  await conn.query(`SET SESSION lock_wait_timeout = ${seconds}`).catch(() => undefined);

  let broken = false;
  const run = async <T>(sql: string): Promise<T[]> => {
    if (broken) throw new VerifyBudgetError('the server stopped answering after a statement ran out of time');
    try {
      const started = performance.now();
      const [result] = await budget.race(() => conn.query(sql), () => (broken = true));
      // MariaDB's max_statement_time may stop a statement without an error (a BENCHMARK() comes back
      // 0): one that took the whole timeout was stopped, whatever the server answered.
      if (performance.now() - started >= seconds * 1000) throw new VerifyBudgetError(`a statement ran longer than ${seconds} s`);
      return (Array.isArray(result) ? result : []) as T[];
    } catch (e) {
      if (e instanceof VerifyBudgetError) throw e;
      if (TIMED_OUT.has(String((e as { code?: string }).code))) throw new VerifyBudgetError(`a statement ran longer than ${seconds} s`);
      throw unscratched(scrubbed(e, server), name);
    }
  };

  // InnoDB's table ids (MySQL 8: INNODB_TABLES; MariaDB: INNODB_SYS_TABLES); reading them needs the PROCESS privilege.
  let idSource: string | undefined | null = undefined;
  const storage = async (): Promise<Map<string, string> | undefined> => {
    if (idSource === null) return undefined;
    for (const table of idSource ? [idSource] : ['INNODB_TABLES', 'INNODB_SYS_TABLES']) {
      try {
        const list = await run<{ name: string; id: string | number }>(`SELECT NAME AS name, TABLE_ID AS id FROM information_schema.${table} WHERE NAME LIKE '${name}/%'`);
        idSource = table;
        const out = new Map<string, string>();
        // Partitions (`t#P#p0`) and InnoDB's temporary names (`#sql-…`) are not tables of the schema.
        for (const r of list) if (!r.name.includes('#')) out.set(r.name.slice(name.length + 1), String(r.id));
        return out;
      } catch (e) {
        if (e instanceof VerifyBudgetError) throw e;
      }
    }
    idSource = null;
    return undefined;
  };

  return {
    name: `${mariadb ? 'MariaDB' : 'MySQL'} ${version}`,
    version: version.split('.').slice(0, 2).join('.'),
    dialect: 'mysql',
    server: true,
    async exec(sql) {
      await run(sql);
    },
    query: run,
    storage,
    async snapshot() {
      throw new Error('a server database is not cached');
    },
    async close() {
      // A connection a timed-out statement left busy cannot drop anything: a new one does.
      let dropper = conn;
      if (broken) {
        conn.destroy();
        dropper = await connect(server);
      }
      try {
        await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } catch (e) {
        throw scrubbed(new Error(`could not drop the scratch database ${name} on ${server.where}: ${(e as Error).message}`), server);
      } finally {
        await settle(dropper.end());
      }
    },
  };
}

async function connect(server: ServerUrl): Promise<mysql.Connection> {
  try {
    const conn = await mysql.createConnection({ uri: server.url, connectTimeout: 15_000, multipleStatements: false, supportBigNumbers: true, bigNumberStrings: true });
    // A connection the server closes later must not crash the process.
    conn.on('error', () => undefined);
    return conn;
  } catch (e) {
    throw scrubbed(e, server);
  }
}

/** MySQL names tables with their database (`migra_verify_…`.`orders`): the scratch name means nothing to the reader. */
function unscratched(e: Error & Record<string, unknown>, name: string): Error {
  const re = new RegExp(`\`?${name}\`?\\.`, 'g');
  e.message = e.message.replace(re, '');
  if (typeof e.sqlMessage === 'string') e.sqlMessage = e.sqlMessage.replace(re, '');
  return e;
}
