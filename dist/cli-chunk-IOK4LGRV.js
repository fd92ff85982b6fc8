(function (exports, require, module, __migraUrl, __migraFilename, __migraDirname, __migraImport) {"use strict";var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  openPostgres: () => openPostgres
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_F4VDZI4E = require("./cli-chunk-F4VDZI4E.js");
var import_cli_chunk_AOIVHG3Z = require("./cli-chunk-AOIVHG3Z.js");
var import_cli_chunk_5X2YZSA6 = require("./cli-chunk-5X2YZSA6.js");
var import_cli_chunk_S27X2337 = require("./cli-chunk-S27X2337.js");
var import_cli_chunk_7IZGFUAT = require("./cli-chunk-7IZGFUAT.js");
var import_cli_chunk_Z72UDS4B = require("./cli-chunk-Z72UDS4B.js");
var import_cli_chunk_TZNB3U7Y = require("./cli-chunk-TZNB3U7Y.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
// src/live/pg.ts
var SYSTEM_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
async function openPostgres(secret, opts) {
  const client = new import_cli_chunk_F4VDZI4E.esm_default.Client({
    connectionString: secret.url,
    connectionTimeoutMillis: Math.max(1, Math.min(opts.deadline.left(), 1e4)),
    application_name: "migra (read-only review)"
  });
  client.on("error", () => void 0);
  let broken = false;
  const kill = () => {
    broken = true;
    client.connection?.stream?.destroy();
  };
  const run = async (sql, params = []) => {
    if (broken) throw new Error("the connection was closed after a timeout");
    try {
      const r = await (0, import_cli_chunk_5X2YZSA6.within)(client.query(params.length ? (0, import_cli_chunk_AOIVHG3Z.pgPlaceholders)(sql) : sql, params), Math.min(opts.deadline.left(), opts.statementTimeoutMs + 2e3), "waiting for the server", kill);
      return r.rows;
    } catch (e) {
      throw new Error((0, import_cli_chunk_7IZGFUAT.errorText)(e, secret));
    }
  };
  try {
    await (0, import_cli_chunk_5X2YZSA6.within)(client.connect(), opts.deadline.left(), "connecting", kill);
  } catch (e) {
    kill();
    throw new Error((0, import_cli_chunk_7IZGFUAT.errorText)(e, secret));
  }
  try {
    await run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await run(`SET LOCAL statement_timeout = ${Math.round(opts.statementTimeoutMs)}`);
    await run(`SET LOCAL lock_timeout = ${Math.round(Math.min(opts.statementTimeoutMs * 0.8, 2e3))}`);
    const [ro] = await run("SHOW transaction_read_only");
    if (ro?.transaction_read_only !== "on") throw new import_cli_chunk_AOIVHG3Z.NotReadOnly(`transaction_read_only is ${String(ro?.transaction_read_only)}`);
  } catch (e) {
    kill();
    throw e;
  }
  const [v] = await run("SHOW server_version");
  const version = String(v?.server_version ?? "").split(" ")[0];
  let n = 0;
  const query = async (sql, params = []) => {
    const sp = `migra_${++n}`;
    await run(`SAVEPOINT ${sp}`);
    try {
      const rows = await run(sql, params);
      await run(`RELEASE SAVEPOINT ${sp}`);
      return rows;
    } catch (e) {
      if (!broken) await run(`ROLLBACK TO SAVEPOINT ${sp}`).catch(() => void 0);
      throw e;
    }
  };
  return {
    dialect: "postgresql",
    engine: `PostgreSQL ${version}`,
    query,
    async size(table) {
      const [r] = await query(
        `SELECT c.relkind::text AS kind, c.reltuples::float8 AS est, pg_total_relation_size(c.oid)::float8 AS bytes
         FROM pg_class c WHERE c.oid = to_regclass(?)`,
        [(0, import_cli_chunk_Z72UDS4B.qnameSql)(table, "postgresql")]
      );
      if (!r) return void 0;
      if (r.kind === "p") {
        const [p] = await query(
          `SELECT sum(greatest(c.reltuples, 0))::float8 AS est, sum(pg_total_relation_size(c.oid))::float8 AS bytes, bool_or(c.reltuples < 0) AS unanalysed
           FROM pg_partition_tree(to_regclass(?)) t JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf`,
          [(0, import_cli_chunk_Z72UDS4B.qnameSql)(table, "postgresql")]
        );
        return { rows: p?.unanalysed ? void 0 : Number(p?.est ?? 0), bytes: Number(p?.bytes ?? 0) };
      }
      const est = Number(r.est);
      return { rows: est >= 0 ? est : void 0, bytes: Number(r.bytes) };
    },
    async columnStats(table, column) {
      const [s] = await query(
        `SELECT s.null_frac::float8 AS null_frac, s.n_distinct::float8 AS n_distinct
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = ?
         WHERE c.oid = to_regclass(?)`,
        [column, (0, import_cli_chunk_Z72UDS4B.qnameSql)(table, "postgresql")]
      );
      return s ? { nullFrac: Number(s.null_frac), nDistinct: Number(s.n_distinct) } : void 0;
    },
    async columns() {
      const rows = await query(
        `SELECT n.nspname AS schema, c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${SYSTEM_NS}
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
         ORDER BY 1, 2, a.attnum`
      );
      return rows.map((r) => ({ schema: String(r.schema), table: String(r.tbl), column: String(r.col), type: String(r.type) }));
    },
    async close() {
      if (broken) return;
      await (0, import_cli_chunk_5X2YZSA6.within)(run("ROLLBACK").catch(() => void 0), 2e3, "closing", kill).catch(() => void 0);
      await (0, import_cli_chunk_5X2YZSA6.within)(client.end(), 2e3, "closing", kill).catch(() => void 0);
    }
  };
}

})