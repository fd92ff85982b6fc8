import { readFile } from 'node:fs/promises';
import type initSqlJs from 'sql.js';
import type { EngineAdapter } from './adapter.js';
import { engineAsset } from './assets.js';
import { setParserFlags } from '../frontends/v8-flags.js';

/** The files sql.js loads at run time (the bundler copies these). */
export const SQLJS_FILES = ['sql-wasm.wasm'];

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

/** A real SQLite (sql.js: SQLite compiled to WASM, the same on Node 20 and 24), in memory. */
export async function openSqlite(opts: { image?: Uint8Array } = {}): Promise<EngineAdapter> {
  // Imported here, not at the top: the bundle keeps sql.js in a chunk that only verification loads.
  sqlJs ??= Promise.all([setParserFlags().then(() => import('sql.js')), readFile(engineAsset('sql.js', 'sql-wasm.wasm'))]).then(([m, wasmBinary]) => m.default({ wasmBinary: wasmBinary as unknown as ArrayBuffer }));
  const SQL = await sqlJs;
  const db = new SQL.Database(opts.image);
  // The tools run SQLite with foreign keys enforced per connection where they turn it on; the engine's default (off) is kept.
  const version = String(db.exec('SELECT sqlite_version()')[0].values[0][0]);
  return {
    name: `SQLite ${version} (sql.js)`,
    version: version.split('.').slice(0, 2).join('.'),
    dialect: 'sqlite',
    async exec(sql) {
      db.exec(sql);
    },
    async query<T>(sql: string) {
      const [r] = db.exec(sql);
      if (!r) return [] as T[];
      return r.values.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])) as T);
    },
    async snapshot() {
      return db.export();
    },
    async close() {
      db.close();
    },
  };
}
