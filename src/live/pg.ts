import pg from 'pg';
import type { QName } from '../model/operation.js';
import { qnameSql } from '../model/operation.js';
import { within } from './budget.js';
import { NotReadOnly, pgPlaceholders, type CatalogSize, type LiveDb, type OpenOptions } from './db.js';
import { errorText, type Secret } from '../model/url-secret.js';

/** Schemas that are PostgreSQL's own. */
const SYSTEM_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

/**
 * PostgreSQL through `pg`: TLS as the URL's sslmode asks; one REPEATABLE READ READ ONLY
 * transaction (one snapshot for every number), statement_timeout and lock_timeout set LOCAL in
 * it, each query in a savepoint so a timeout costs that query only; the transaction is rolled
 * back at the end.
 */
export async function openPostgres(secret: Secret, opts: OpenOptions): Promise<LiveDb> {
  const client = new pg.Client({
    connectionString: secret.url,
    connectionTimeoutMillis: Math.max(1, Math.min(opts.deadline.left(), 10_000)),
    application_name: 'migra (read-only review)',
  });
  // The driver reports a dropped socket here too; an unhandled 'error' event would end the process.
  client.on('error', () => undefined);
  let broken = false;
  const kill = () => {
    broken = true;
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  };
  const run = async (sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> => {
    if (broken) throw new Error('the connection was closed after a timeout');
    try {
      const r = await within(client.query(params.length ? pgPlaceholders(sql) : sql, params as unknown[]), Math.min(opts.deadline.left(), opts.statementTimeoutMs + 2_000), 'waiting for the server', kill);
      return r.rows as Record<string, unknown>[];
    } catch (e) {
      throw new Error(errorText(e, secret));
    }
  };
  try {
    await within(client.connect(), opts.deadline.left(), 'connecting', kill);
  } catch (e) {
    kill();
    throw new Error(errorText(e, secret));
  }
  try {
    await run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await run(`SET LOCAL statement_timeout = ${Math.round(opts.statementTimeoutMs)}`);
    // Reading takes ACCESS SHARE locks; behind a migration's ACCESS EXCLUSIVE they would wait the whole timeout.
    await run(`SET LOCAL lock_timeout = ${Math.round(Math.min(opts.statementTimeoutMs * 0.8, 2_000))}`);
    const [ro] = await run('SHOW transaction_read_only');
    if (ro?.transaction_read_only !== 'on') throw new NotReadOnly(`transaction_read_only is ${String(ro?.transaction_read_only)}`);
  } catch (e) {
    kill();
    throw e;
  }
  const [v] = await run('SHOW server_version');
  const version = String(v?.server_version ?? '').split(' ')[0];
  let n = 0;
  const query = async (sql: string, params: readonly unknown[] = []) => {
    const sp = `migra_${++n}`;
    await run(`SAVEPOINT ${sp}`);
    try {
      const rows = await run(sql, params);
      await run(`RELEASE SAVEPOINT ${sp}`);
      return rows;
    } catch (e) {
      if (!broken) await run(`ROLLBACK TO SAVEPOINT ${sp}`).catch(() => undefined);
      throw e;
    }
  };
  return {
    dialect: 'postgresql',
    engine: `PostgreSQL ${version}`,
    query,
    async size(table: QName): Promise<CatalogSize | undefined> {
      const [r] = await query(
        `SELECT c.relkind::text AS kind, c.reltuples::float8 AS est, pg_total_relation_size(c.oid)::float8 AS bytes
         FROM pg_class c WHERE c.oid = to_regclass(?)`, [qnameSql(table, 'postgresql')]);
      if (!r) return undefined;
      if (r.kind === 'p') {
        // A partitioned table holds no rows itself: its leaves do.
        const [p] = await query(
          `SELECT sum(greatest(c.reltuples, 0))::float8 AS est, sum(pg_total_relation_size(c.oid))::float8 AS bytes, bool_or(c.reltuples < 0) AS unanalysed
           FROM pg_partition_tree(to_regclass(?)) t JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf`, [qnameSql(table, 'postgresql')]);
        return { rows: p?.unanalysed ? undefined : Number(p?.est ?? 0), bytes: Number(p?.bytes ?? 0) };
      }
      const est = Number(r.est);
      return { rows: est >= 0 ? est : undefined, bytes: Number(r.bytes) };
    },
    async columnStats(table, column) {
      const [s] = await query(
        `SELECT s.null_frac::float8 AS null_frac, s.n_distinct::float8 AS n_distinct
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = ?
         WHERE c.oid = to_regclass(?)`, [column, qnameSql(table, 'postgresql')]);
      return s ? { nullFrac: Number(s.null_frac), nDistinct: Number(s.n_distinct) } : undefined;
    },
    async columns() {
      const rows = await query(
        `SELECT n.nspname AS schema, c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${SYSTEM_NS}
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
         ORDER BY 1, 2, a.attnum`);
      return rows.map((r) => ({ schema: String(r.schema), table: String(r.tbl), column: String(r.col), type: String(r.type) }));
    },
    async close() {
      if (broken) return;
      await within(run('ROLLBACK').catch(() => undefined), 2_000, 'closing', kill).catch(() => undefined);
      await within(client.end(), 2_000, 'closing', kill).catch(() => undefined);
    },
  };
}
