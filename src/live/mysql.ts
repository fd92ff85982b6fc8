import mysql from 'mysql2/promise';
import type { QName } from '../model/operation.js';
import { within } from './budget.js';
import { NotReadOnly, type LiveDb, type OpenOptions } from './db.js';
import { errorText, type Secret } from '../model/url-secret.js';

/**
 * MySQL and MariaDB through `mysql2`: TLS as the URL asks (ssl-mode / sslmode: REQUIRED,
 * VERIFY_CA, VERIFY_IDENTITY; DISABLED or none: plain), the session made read-only
 * (SET SESSION TRANSACTION READ ONLY, and proved so) before START TRANSACTION READ ONLY with a
 * consistent snapshot, and a per-query limit: max_execution_time (MySQL, milliseconds, SELECTs)
 * or max_statement_time (MariaDB, seconds).
 */
export async function openMysql(secret: Secret, opts: OpenOptions): Promise<LiveDb> {
  let conn: mysql.Connection | undefined;
  let broken = false;
  const kill = () => {
    broken = true;
    conn?.destroy();
  };
  const run = async (sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> => {
    if (broken || !conn) throw new Error('the connection was closed after a timeout');
    try {
      const [rows] = await within(conn.query(sql, params as unknown[]), Math.min(opts.deadline.left(), opts.statementTimeoutMs + 2_000), 'waiting for the server', kill);
      return rows as Record<string, unknown>[];
    } catch (e) {
      throw new Error(errorText(e, secret));
    }
  };
  try {
    conn = await within(mysql.createConnection(connectionOptions(secret.url, opts)), opts.deadline.left(), 'connecting', kill);
    conn.on('error', () => undefined);
  } catch (e) {
    kill();
    throw new Error(errorText(e, secret));
  }
  let engine: string;
  try {
    const [v] = await run('SELECT VERSION() AS v');
    const version = String(v?.v ?? '');
    const maria = /mariadb/i.test(version);
    engine = `${maria ? 'MariaDB' : 'MySQL'} ${version.split('-')[0]}`;
    const ms = Math.round(opts.statementTimeoutMs);
    await run(maria ? `SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}` : `SET SESSION max_execution_time = ${ms}`);
    // Reads take metadata locks; behind a migration's ALTER they would wait lock_wait_timeout (a year by default).
    await run(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(Math.min(ms, 2_000) / 1000))}`);
    await run('SET SESSION TRANSACTION READ ONLY');
    const [ro] = await run('SELECT @@session.transaction_read_only AS ro').catch(() => run('SELECT @@session.tx_read_only AS ro'));
    if (Number(ro?.ro) !== 1) throw new NotReadOnly(`transaction_read_only is ${String(ro?.ro)}`);
    await run('START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT');
  } catch (e) {
    kill();
    throw e;
  }
  const size = async (table: QName) => {
    const [r] = await run(
      `SELECT TABLE_ROWS AS est, DATA_LENGTH + INDEX_LENGTH AS bytes FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'`, [table.schema ?? null, table.name]);
    if (!r) return undefined;
    return { rows: r.est === null ? undefined : Number(r.est), bytes: r.bytes === null ? undefined : Number(r.bytes) };
  };
  return {
    dialect: 'mysql',
    engine,
    query: run,
    size,
    async columnStats() {
      return undefined;
    },
    async columns() {
      const rows = await run(
        `SELECT c.TABLE_NAME AS tbl, c.COLUMN_NAME AS col, c.COLUMN_TYPE AS type FROM information_schema.COLUMNS c
         JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
         WHERE c.TABLE_SCHEMA = DATABASE() ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`);
      return rows.map((r) => ({ table: String(r.tbl), column: String(r.col), type: String(r.type) }));
    },
    async close() {
      if (broken || !conn) return;
      const c = conn;
      await within(run('ROLLBACK').catch(() => undefined), 2_000, 'closing', kill).catch(() => undefined);
      await within(c.end(), 2_000, 'closing', kill).catch(() => undefined);
    },
  };
}

/** mysql2's options from the URL, with TLS as its ssl-mode (or sslmode / ssl) parameter asks. */
export function connectionOptions(url: string, opts: Pick<OpenOptions, 'deadline'>): mysql.ConnectionOptions {
  const u = new URL(url);
  const param = (name: string) => u.searchParams.get(name) ?? undefined;
  const mode = (param('ssl-mode') ?? param('sslmode') ?? param('ssl') ?? '').toLowerCase().replace(/-/g, '_');
  let ssl: mysql.SslOptions | undefined;
  if (['required', 'require', 'true', '1'].includes(mode)) ssl = { rejectUnauthorized: false };
  else if (['verify_ca', 'verify_identity', 'verify_full'].includes(mode)) ssl = { rejectUnauthorized: true };
  return {
    host: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, '')) || 'localhost',
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    connectTimeout: Math.max(1, Math.min(opts.deadline.left(), 10_000)),
    ...(ssl ? { ssl } : {}),
    // Numbers as numbers, and no multiple statements in one query: every probe is one SELECT.
    supportBigNumbers: true,
    bigNumberStrings: false,
    multipleStatements: false,
  };
}
