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
  openPgServer: () => openPgServer
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_F4VDZI4E = require("./cli-chunk-F4VDZI4E.js");
var import_cli_chunk_ZOVCW6IF = require("./cli-chunk-ZOVCW6IF.js");
var import_cli_chunk_S27X2337 = require("./cli-chunk-S27X2337.js");
var import_cli_chunk_7IZGFUAT = require("./cli-chunk-7IZGFUAT.js");
var import_cli_chunk_DRPTPCMK = require("./cli-chunk-DRPTPCMK.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
// src/verify/pg-server.ts
var QUERY_CANCELED = "57014";
var INSUFFICIENT_PRIVILEGE = "42501";
async function openPgServer(server, budget) {
  const name = `migra_verify_${(0, import_cli_chunk_ZOVCW6IF.randomBytes)(6).toString("hex")}`;
  const admin = await connect(server, server.url);
  let mode = "database";
  let work;
  try {
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } catch (e) {
      if (e.code !== INSUFFICIENT_PRIVILEGE) throw e;
      await admin.query(`CREATE SCHEMA "${name}"`);
      mode = "schema";
    }
    const u = new URL(server.url);
    if (mode === "database") u.pathname = `/${name}`;
    work = await connect(server, u.toString(), budget);
    if (mode === "schema") await work.query(`SET search_path TO "${name}"`);
  } catch (e) {
    if (work) await (0, import_cli_chunk_ZOVCW6IF.settle)(work.end());
    await drop(admin, mode, name).catch(() => void 0);
    await (0, import_cli_chunk_ZOVCW6IF.settle)(admin.end());
    throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(e, server);
  }
  const client = work;
  const raw = (await client.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n")).rows[0];
  const version = raw.v.split(/\s/)[0];
  let broken = false;
  const run = async (sql) => {
    if (broken) throw new import_cli_chunk_ZOVCW6IF.VerifyBudgetError("the server stopped answering after a statement ran out of time");
    try {
      const r = await budget.race(() => client.query(sql), () => broken = true);
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return last?.rows ?? [];
    } catch (e) {
      if (e instanceof import_cli_chunk_ZOVCW6IF.VerifyBudgetError) throw e;
      if (e.code === QUERY_CANCELED) throw new import_cli_chunk_ZOVCW6IF.VerifyBudgetError(`a statement ran longer than ${Math.round(budget.statementMs / 1e3)} s`);
      throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(e, server);
    }
  };
  return {
    name: `PostgreSQL ${version}`,
    version: version.split(".")[0],
    dialect: "postgresql",
    server: true,
    schema: mode === "schema" ? name : "public",
    async exec(sql) {
      await run(sql);
    },
    query: run,
    async snapshot() {
      throw new Error("a server database is not cached");
    },
    async close() {
      await (0, import_cli_chunk_ZOVCW6IF.settle)(client.end());
      try {
        await drop(admin, mode, name, Number(raw.n) >= 13e4);
      } catch (e) {
        throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(new Error(`could not drop the scratch ${mode} ${name} on ${server.where}: ${e.message}`), server);
      } finally {
        await (0, import_cli_chunk_ZOVCW6IF.settle)(admin.end());
      }
    }
  };
}
async function connect(server, url, budget) {
  const client = new import_cli_chunk_F4VDZI4E.esm_default.Client({
    connectionString: url,
    application_name: "migra-verify",
    connectionTimeoutMillis: 15e3,
    statement_timeout: budget?.statementMs
  });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (e) {
    await (0, import_cli_chunk_ZOVCW6IF.settle)(client.end());
    throw (0, import_cli_chunk_ZOVCW6IF.scrubbed)(e, server);
  }
  return client;
}
async function drop(admin, mode, name, force = false) {
  if (mode === "schema") await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  else await admin.query(`DROP DATABASE IF EXISTS "${name}"${force ? " WITH (FORCE)" : ""}`);
}

})