import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  esm_default
} from "./index-chunk-HID65SQK.js";
import {
  VerifyBudgetError,
  randomBytes,
  scrubbed,
  settle
} from "./index-chunk-377JEMZA.js";
import "./index-chunk-VV2U2JW4.js";
import "./index-chunk-QE6ZQZC3.js";
import "./index-chunk-VLRJM3VG.js";
import "./index-chunk-A2GLISHG.js";

// src/verify/pg-server.ts
var QUERY_CANCELED = "57014";
var INSUFFICIENT_PRIVILEGE = "42501";
async function openPgServer(server, budget) {
  const name = `migra_verify_${randomBytes(6).toString("hex")}`;
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
    if (work) await settle(work.end());
    await drop(admin, mode, name).catch(() => void 0);
    await settle(admin.end());
    throw scrubbed(e, server);
  }
  const client = work;
  const raw = (await client.query("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n")).rows[0];
  const version = raw.v.split(/\s/)[0];
  let broken = false;
  const run = async (sql) => {
    if (broken) throw new VerifyBudgetError("the server stopped answering after a statement ran out of time");
    try {
      const r = await budget.race(() => client.query(sql), () => broken = true);
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return last?.rows ?? [];
    } catch (e) {
      if (e instanceof VerifyBudgetError) throw e;
      if (e.code === QUERY_CANCELED) throw new VerifyBudgetError(`a statement ran longer than ${Math.round(budget.statementMs / 1e3)} s`);
      throw scrubbed(e, server);
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
      await settle(client.end());
      try {
        await drop(admin, mode, name, Number(raw.n) >= 13e4);
      } catch (e) {
        throw scrubbed(new Error(`could not drop the scratch ${mode} ${name} on ${server.where}: ${e.message}`), server);
      } finally {
        await settle(admin.end());
      }
    }
  };
}
async function connect(server, url, budget) {
  const client = new esm_default.Client({
    connectionString: url,
    application_name: "migra-verify",
    connectionTimeoutMillis: 15e3,
    statement_timeout: budget?.statementMs
  });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (e) {
    await settle(client.end());
    throw scrubbed(e, server);
  }
  return client;
}
async function drop(admin, mode, name, force = false) {
  if (mode === "schema") await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  else await admin.query(`DROP DATABASE IF EXISTS "${name}"${force ? " WITH (FORCE)" : ""}`);
}
export {
  openPgServer
};
