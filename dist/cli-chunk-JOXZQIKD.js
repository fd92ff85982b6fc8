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
  SQLITE_MAX_BYTES: () => SQLITE_MAX_BYTES,
  openSqliteFile: () => openSqliteFile
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_GUM5DLHB = require("./cli-chunk-GUM5DLHB.js");
var import_cli_chunk_KRK3LX25 = require("./cli-chunk-KRK3LX25.js");
var import_cli_chunk_7IZGFUAT = require("./cli-chunk-7IZGFUAT.js");
var import_cli_chunk_LS4DEXVS = require("./cli-chunk-LS4DEXVS.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
var m = (0, import_cli_chunk_3ASQ7OCF.__require)("node:fs/promises");
var { readFile, stat } = m;
// src/live/sqlite.ts
var import_sql = (0, import_cli_chunk_3ASQ7OCF.__toESM)((0, import_cli_chunk_GUM5DLHB.require_sql_wasm)(), 1);
var SQLITE_MAX_BYTES = 1024 * 1024 * 1024;
async function openSqliteFile(secret, opts) {
  const path = secret.url.replace(/^(sqlite3?|file):(\/\/)?/i, "");
  let bytes;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error("not a file");
    if (st.size > SQLITE_MAX_BYTES) throw new Error(`the file is larger than ${SQLITE_MAX_BYTES / 1024 / 1024} MB, too large to load`);
    bytes = await readFile(path);
    if (bytes.length && !Buffer.from(bytes.subarray(0, 16)).toString("latin1").startsWith("SQLite format 3")) throw new Error("not a SQLite database file");
  } catch (e) {
    throw new Error(`cannot read the SQLite database file: ${(0, import_cli_chunk_7IZGFUAT.errorText)(e, secret)}`);
  }
  await (0, import_cli_chunk_LS4DEXVS.setParserFlags)();
  const SQL = await (0, import_sql.default)({ wasmBinary: await readFile((0, import_cli_chunk_KRK3LX25.engineAsset)("sql.js", "sql-wasm.wasm")) });
  const db = new SQL.Database(bytes);
  const rows = (sql, params = []) => {
    if (opts.deadline.spent) throw new Error("the time budget ran out");
    try {
      const stmt = db.prepare(sql);
      try {
        stmt.bind(params);
        const out = [];
        while (stmt.step()) out.push(stmt.getAsObject());
        return out;
      } finally {
        stmt.free();
      }
    } catch (e) {
      throw new Error((0, import_cli_chunk_7IZGFUAT.errorText)(e, secret));
    }
  };
  rows("PRAGMA query_only = 1");
  const version = String(rows("SELECT sqlite_version() AS v")[0]?.v ?? "");
  let dbstat;
  return {
    dialect: "sqlite",
    engine: `SQLite ${version}`,
    async query(sql, params) {
      return rows(sql, params);
    },
    async size(table) {
      const exists = rows(`SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)`, [table.name]);
      if (!exists.length) return void 0;
      if (dbstat !== false) {
        try {
          const [r] = rows(`SELECT sum(pgsize) AS b FROM dbstat WHERE name = ? OR name IN (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?)`, [table.name, table.name]);
          dbstat = true;
          return { bytes: Number(r?.b ?? 0) };
        } catch {
          dbstat = false;
        }
      }
      return {};
    },
    async columnStats() {
      return void 0;
    },
    async columns() {
      const out = [];
      for (const t of rows(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)) {
        for (const c of rows(`SELECT name, type FROM pragma_table_info(?)`, [String(t.name)])) out.push({ table: String(t.name), column: String(c.name), type: String(c.type ?? "") });
      }
      return out;
    },
    async close() {
      db.close();
    }
  };
}

})