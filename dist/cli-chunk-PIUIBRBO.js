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
  connectionOptions: () => connectionOptions,
  openMysql: () => openMysql
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_IQHQ5Z2X = require("./cli-chunk-IQHQ5Z2X.js");
var import_cli_chunk_AOIVHG3Z = require("./cli-chunk-AOIVHG3Z.js");
var import_cli_chunk_5X2YZSA6 = require("./cli-chunk-5X2YZSA6.js");
var import_cli_chunk_S27X2337 = require("./cli-chunk-S27X2337.js");
var import_cli_chunk_7IZGFUAT = require("./cli-chunk-7IZGFUAT.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
// src/live/mysql.ts
var import_promise = (0, import_cli_chunk_3ASQ7OCF.__toESM)((0, import_cli_chunk_IQHQ5Z2X.require_promise)(), 1);
async function openMysql(secret, opts) {
  let conn;
  let broken = false;
  const kill = () => {
    broken = true;
    conn?.destroy();
  };
  const run = async (sql, params = []) => {
    if (broken || !conn) throw new Error("the connection was closed after a timeout");
    try {
      const [rows] = await (0, import_cli_chunk_5X2YZSA6.within)(conn.query(sql, params), Math.min(opts.deadline.left(), opts.statementTimeoutMs + 2e3), "waiting for the server", kill);
      return rows;
    } catch (e) {
      throw new Error((0, import_cli_chunk_7IZGFUAT.errorText)(e, secret));
    }
  };
  try {
    conn = await (0, import_cli_chunk_5X2YZSA6.within)(import_promise.default.createConnection(connectionOptions(secret.url, opts)), opts.deadline.left(), "connecting", kill);
    conn.on("error", () => void 0);
  } catch (e) {
    kill();
    throw new Error((0, import_cli_chunk_7IZGFUAT.errorText)(e, secret));
  }
  let engine;
  try {
    const [v] = await run("SELECT VERSION() AS v");
    const version = String(v?.v ?? "");
    const maria = /mariadb/i.test(version);
    engine = `${maria ? "MariaDB" : "MySQL"} ${version.split("-")[0]}`;
    const ms = Math.round(opts.statementTimeoutMs);
    await run(maria ? `SET SESSION max_statement_time = ${(ms / 1e3).toFixed(3)}` : `SET SESSION max_execution_time = ${ms}`);
    await run(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(Math.min(ms, 2e3) / 1e3))}`);
    await run("SET SESSION TRANSACTION READ ONLY");
    const [ro] = await run("SELECT @@session.transaction_read_only AS ro").catch(() => run("SELECT @@session.tx_read_only AS ro"));
    if (Number(ro?.ro) !== 1) throw new import_cli_chunk_AOIVHG3Z.NotReadOnly(`transaction_read_only is ${String(ro?.ro)}`);
    await run("START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT");
  } catch (e) {
    kill();
    throw e;
  }
  const size = async (table) => {
    const [r] = await run(
      `SELECT TABLE_ROWS AS est, DATA_LENGTH + INDEX_LENGTH AS bytes FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'`,
      [table.schema ?? null, table.name]
    );
    if (!r) return void 0;
    return { rows: r.est === null ? void 0 : Number(r.est), bytes: r.bytes === null ? void 0 : Number(r.bytes) };
  };
  return {
    dialect: "mysql",
    engine,
    query: run,
    size,
    async columnStats() {
      return void 0;
    },
    async columns() {
      const rows = await run(
        `SELECT c.TABLE_NAME AS tbl, c.COLUMN_NAME AS col, c.COLUMN_TYPE AS type FROM information_schema.COLUMNS c
         JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
         WHERE c.TABLE_SCHEMA = DATABASE() ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`
      );
      return rows.map((r) => ({ table: String(r.tbl), column: String(r.col), type: String(r.type) }));
    },
    async close() {
      if (broken || !conn) return;
      const c = conn;
      await (0, import_cli_chunk_5X2YZSA6.within)(run("ROLLBACK").catch(() => void 0), 2e3, "closing", kill).catch(() => void 0);
      await (0, import_cli_chunk_5X2YZSA6.within)(c.end(), 2e3, "closing", kill).catch(() => void 0);
    }
  };
}
function connectionOptions(url, opts) {
  const u = new URL(url);
  const param = (name) => u.searchParams.get(name) ?? void 0;
  const mode = (param("ssl-mode") ?? param("sslmode") ?? param("ssl") ?? "").toLowerCase().replace(/-/g, "_");
  let ssl;
  if (["required", "require", "true", "1"].includes(mode)) ssl = { rejectUnauthorized: false };
  else if (["verify_ca", "verify_identity", "verify_full"].includes(mode)) ssl = { rejectUnauthorized: true };
  return {
    host: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "localhost",
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || void 0,
    connectTimeout: Math.max(1, Math.min(opts.deadline.left(), 1e4)),
    ...ssl ? { ssl } : {},
    // Numbers as numbers, and no multiple statements in one query: every probe is one SELECT.
    supportBigNumbers: true,
    bigNumberStrings: false,
    multipleStatements: false
  };
}

})