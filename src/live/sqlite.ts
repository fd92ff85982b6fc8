import { readFile, stat } from 'node:fs/promises';
import initSqlJs from 'sql.js';
import { engineAsset } from '../verify/assets.js';
import { setParserFlags } from '../frontends/v8-flags.js';
import type { LiveDb, OpenOptions } from './db.js';
import { errorText, type Secret } from '../model/url-secret.js';

/** Larger files are not loaded: sql.js holds the whole database in memory. */
export const SQLITE_MAX_BYTES = 1024 * 1024 * 1024;

/**
 * A SQLite database file (a path, `file:path` or `sqlite:path`), read with sql.js: the file's
 * bytes are copied into memory once and the copy is queried, so nothing can ever be written to
 * the file. sql.js runs queries synchronously, so the statement timeout cannot interrupt one; the
 * file's size limit and the budget checked between queries bound the cost instead.
 */
export async function openSqliteFile(secret: Secret, opts: OpenOptions): Promise<LiveDb> {
  const path = secret.url.replace(/^(sqlite3?|file):(\/\/)?/i, '');
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error('not a file');
    if (st.size > SQLITE_MAX_BYTES) throw new Error(`the file is larger than ${SQLITE_MAX_BYTES / 1024 / 1024} MB, too large to load`);
    bytes = await readFile(path);
    if (bytes.length && !Buffer.from(bytes.subarray(0, 16)).toString('latin1').startsWith('SQLite format 3')) throw new Error('not a SQLite database file');
  } catch (e) {
    throw new Error(`cannot read the SQLite database file: ${errorText(e, secret)}`);
  }
  await setParserFlags();
  const SQL = await initSqlJs({ wasmBinary: (await readFile(engineAsset('sql.js', 'sql-wasm.wasm'))) as unknown as ArrayBuffer });
  const db = new SQL.Database(bytes);
  const rows = (sql: string, params: readonly unknown[] = []): Record<string, unknown>[] => {
    if (opts.deadline.spent) throw new Error('the time budget ran out');
    try {
      const stmt = db.prepare(sql);
      try {
        stmt.bind(params as never);
        const out: Record<string, unknown>[] = [];
        while (stmt.step()) out.push(stmt.getAsObject());
        return out;
      } finally {
        stmt.free();
      }
    } catch (e) {
      throw new Error(errorText(e, secret));
    }
  };
  // The in-memory copy is thrown away, but refuse writes anyway: a probe is a SELECT or nothing.
  rows('PRAGMA query_only = 1');
  const version = String(rows('SELECT sqlite_version() AS v')[0]?.v ?? '');
  let dbstat: boolean | undefined;
  return {
    dialect: 'sqlite',
    engine: `SQLite ${version}`,
    async query(sql, params) {
      return rows(sql, params);
    },
    async size(table) {
      const exists = rows(`SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)`, [table.name]);
      if (!exists.length) return undefined;
      // dbstat (page sizes per table) is compiled into some builds only.
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
      return undefined;
    },
    async columns() {
      const out: { table: string; column: string; type: string }[] = [];
      for (const t of rows(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)) {
        for (const c of rows(`SELECT name, type FROM pragma_table_info(?)`, [String(t.name)])) out.push({ table: String(t.name), column: String(c.name), type: String(c.type ?? '') });
      }
      return out;
    },
    async close() {
      db.close();
    },
  };
}

