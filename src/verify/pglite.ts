import { readFile } from 'node:fs/promises';
import type { Extension } from '@electric-sql/pglite';
import type { EngineAdapter } from './adapter.js';
import { engineAsset } from './assets.js';

/**
 * Contrib extensions PGlite ships as bundles: CREATE EXTENSION name → bundle file. Loaded only
 * when the history asks for them (each one is unpacked into the engine at start).
 */
const EXTENSION_BUNDLES: Record<string, string> = {
  amcheck: 'amcheck', autoinc: 'autoinc', bloom: 'bloom', btree_gin: 'btree_gin', btree_gist: 'btree_gist',
  citext: 'citext', cube: 'cube', dict_int: 'dict_int', dict_xsyn: 'dict_xsyn', earthdistance: 'earthdistance',
  fuzzystrmatch: 'fuzzystrmatch', hstore: 'hstore', intarray: '_int', isn: 'isn', lo: 'lo', ltree: 'ltree',
  pg_buffercache: 'pg_buffercache', pg_freespacemap: 'pg_freespacemap', pg_ivm: 'pg_ivm', pg_prewarm: 'pg_prewarm',
  pg_stat_statements: 'pg_stat_statements', pg_surgery: 'pg_surgery', pg_trgm: 'pg_trgm', pg_uuidv7: 'pg_uuidv7',
  pg_visibility: 'pg_visibility', pg_walinspect: 'pg_walinspect', pgcrypto: 'pgcrypto', pgrowlocks: 'pgrowlocks',
  pgstattuple: 'pgstattuple', seg: 'seg', tablefunc: 'tablefunc', tcn: 'tcn', tsm_system_rows: 'tsm_system_rows',
  tsm_system_time: 'tsm_system_time', unaccent: 'unaccent', 'uuid-ossp': 'uuid-ossp', vector: 'vector', xml2: 'pgxml',
};

/** Bundle files of every extension PGlite ships (the bundler copies these). */
export const PGLITE_FILES = ['pglite.wasm', 'pglite.data', ...new Set(Object.values(EXTENSION_BUNDLES).map((b) => `${b}.tar.gz`))];

function pgliteHasExtension(name: string): boolean {
  return name.toLowerCase() in EXTENSION_BUNDLES;
}

/** Extension names written in CREATE EXTENSION statements of a history. */
export function extensionsIn(sqlTexts: Iterable<string>): string[] {
  const out = new Set<string>();
  const re = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?(?:"([^"]+)"|([\w-]+))/gi;
  for (const text of sqlTexts) for (const m of text.matchAll(re)) out.add((m[1] ?? m[2]).toLowerCase());
  return [...out].filter(pgliteHasExtension).sort();
}

let wasm: Promise<{ module: WebAssembly.Module; data: Buffer }> | undefined;

/** Compile PostgreSQL's WASM once per process; every engine of the run shares it. */
function runtime(): Promise<{ module: WebAssembly.Module; data: Buffer }> {
  wasm ??= (async () => {
    const [bytes, data] = await Promise.all([readFile(engineAsset('@electric-sql/pglite', 'pglite.wasm')), readFile(engineAsset('@electric-sql/pglite', 'pglite.data'))]);
    return { module: await WebAssembly.compile(bytes), data };
  })();
  return wasm;
}

/** An in-memory PostgreSQL (PGlite), with the extensions named; `image` restores a snapshot. */
export async function openPglite(opts: { extensions?: string[]; image?: Uint8Array } = {}): Promise<EngineAdapter> {
  const { module, data } = await runtime();
  const extensions: Record<string, Extension> = {};
  for (const name of opts.extensions ?? []) {
    const file = engineAsset('@electric-sql/pglite', `${EXTENSION_BUNDLES[name]}.tar.gz`);
    extensions[name.replace(/\W/g, '_')] = { name, setup: async () => ({ bundlePath: new URL(`file://${file}`) }) };
  }
  // Imported here, not at the top: the bundle keeps PGlite in a chunk that only verification loads.
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create({
    wasmModule: module,
    fsBundle: new Blob([data as Uint8Array<ArrayBuffer>]),
    extensions,
    loadDataDir: opts.image ? new Blob([opts.image as Uint8Array<ArrayBuffer>]) : undefined,
  });
  const v = (await pg.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
  return {
    name: `PostgreSQL ${v} (PGlite)`,
    version: v.split('.')[0],
    dialect: 'postgresql',
    async exec(sql) {
      await pg.exec(sql);
    },
    async query<T>(sql: string) {
      return (await pg.query<T>(sql)).rows;
    },
    async snapshot() {
      const blob = await pg.dumpDataDir('none');
      return new Uint8Array(await blob.arrayBuffer());
    },
    async close() {
      await pg.close();
    },
  };
}
