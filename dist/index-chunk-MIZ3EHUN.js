import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  require_sql_wasm
} from "./index-chunk-C6NDWQPG.js";
import {
  engineAsset,
  readFile,
  stat
} from "./index-chunk-FAJEAFLB.js";
import {
  errorText
} from "./index-chunk-QE6ZQZC3.js";
import {
  setParserFlags
} from "./index-chunk-INAR34EY.js";
import {
  __toESM
} from "./index-chunk-A2GLISHG.js";

// src/live/sqlite.ts
var import_sql = __toESM(require_sql_wasm(), 1);
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
    throw new Error(`cannot read the SQLite database file: ${errorText(e, secret)}`);
  }
  await setParserFlags();
  const SQL = await (0, import_sql.default)({ wasmBinary: await readFile(engineAsset("sql.js", "sql-wasm.wasm")) });
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
      throw new Error(errorText(e, secret));
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
export {
  SQLITE_MAX_BYTES,
  openSqliteFile
};
