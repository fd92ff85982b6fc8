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
  openMysqlServer: () => openMysqlServer
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_IQHQ5Z2X = require("./cli-chunk-IQHQ5Z2X.js");
var import_cli_chunk_ZOVCW6IF = require("./cli-chunk-ZOVCW6IF.js");
var import_cli_chunk_S27X2337 = require("./cli-chunk-S27X2337.js");
var import_cli_chunk_7IZGFUAT = require("./cli-chunk-7IZGFUAT.js");
var import_cli_chunk_DRPTPCMK = require("./cli-chunk-DRPTPCMK.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
// src/verify/mysql-server.ts
var import_promise = (0, import_cli_chunk_3ASQ7OCF.__toESM)((0, import_cli_chunk_IQHQ5Z2X.require_promise)(), 1);
var TIMED_OUT = /* @__PURE__ */ new Set(["ER_STATEMENT_TIMEOUT", "ER_QUERY_TIMEOUT", "ER_QUERY_INTERRUPTED"]);
async function openMysqlServer(server, budget) {
  const name = `migra_verify_${(0, import_cli_chunk_ZOVCW6IF.randomBytes)(6).toString("hex")}`;
  const conn = await connect(server);
  try {
    await conn.query(`CREATE DATABASE \`${name}\``);
    await conn.query(`USE \`${name}\``);
  } catch (e) {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => void 0);
    await (0, import_cli_chunk_ZOVCW6IF.settle)(conn.end());
    throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(e, server);
  }
  const [rows] = await conn.query("SELECT VERSION() AS v");
  const raw = String(rows[0].v);
  const mariadb = /mariadb/i.test(raw);
  const version = raw.split("-")[0];
  const seconds = Math.max(1, Math.round(budget.statementMs / 1e3));
  await conn.query(mariadb ? `SET SESSION max_statement_time = ${seconds}` : `SET SESSION max_execution_time = ${seconds * 1e3}`).catch(() => void 0);
  await conn.query(`SET SESSION lock_wait_timeout = ${seconds}`).catch(() => void 0);
  let broken = false;
  const run = async (sql) => {
    if (broken) throw new import_cli_chunk_ZOVCW6IF.VerifyBudgetError("the server stopped answering after a statement ran out of time");
    try {
      const started = performance.now();
      const [result] = await budget.race(() => conn.query(sql), () => broken = true);
      if (performance.now() - started >= seconds * 1e3) throw new import_cli_chunk_ZOVCW6IF.VerifyBudgetError(`a statement ran longer than ${seconds} s`);
      return Array.isArray(result) ? result : [];
    } catch (e) {
      if (e instanceof import_cli_chunk_ZOVCW6IF.VerifyBudgetError) throw e;
      if (TIMED_OUT.has(String(e.code))) throw new import_cli_chunk_ZOVCW6IF.VerifyBudgetError(`a statement ran longer than ${seconds} s`);
      throw unscratched((0, import_cli_chunk_ZOVCW6IF.scrubbed)(e, server), name);
    }
  };
  let idSource = void 0;
  const storage = async () => {
    if (idSource === null) return void 0;
    for (const table of idSource ? [idSource] : ["INNODB_TABLES", "INNODB_SYS_TABLES"]) {
      try {
        const list = await run(`SELECT NAME AS name, TABLE_ID AS id FROM information_schema.${table} WHERE NAME LIKE '${name}/%'`);
        idSource = table;
        const out = /* @__PURE__ */ new Map();
        for (const r of list) if (!r.name.includes("#")) out.set(r.name.slice(name.length + 1), String(r.id));
        return out;
      } catch (e) {
        if (e instanceof import_cli_chunk_ZOVCW6IF.VerifyBudgetError) throw e;
      }
    }
    idSource = null;
    return void 0;
  };
  return {
    name: `${mariadb ? "MariaDB" : "MySQL"} ${version}`,
    version: version.split(".").slice(0, 2).join("."),
    dialect: "mysql",
    server: true,
    async exec(sql) {
      await run(sql);
    },
    query: run,
    storage,
    async snapshot() {
      throw new Error("a server database is not cached");
    },
    async close() {
      let dropper = conn;
      if (broken) {
        conn.destroy();
        dropper = await connect(server);
      }
      try {
        await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } catch (e) {
        throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(new Error(`could not drop the scratch database ${name} on ${server.where}: ${e.message}`), server);
      } finally {
        await (0, import_cli_chunk_ZOVCW6IF.settle)(dropper.end());
      }
    }
  };
}
async function connect(server) {
  try {
    const conn = await import_promise.default.createConnection({ uri: server.url, connectTimeout: 15e3, multipleStatements: false, supportBigNumbers: true, bigNumberStrings: true });
    conn.on("error", () => void 0);
    return conn;
  } catch (e) {
    throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(e, server);
  }
}
function unscratched(e, name) {
  const re = new RegExp(`\`?${name}\`?\\.`, "g");
  e.message = e.message.replace(re, "");
  if (typeof e.sqlMessage === "string") e.sqlMessage = e.sqlMessage.replace(re, "");
  return e;
}

})