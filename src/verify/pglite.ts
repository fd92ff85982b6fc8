import { readFile } from 'node:fs/promises';
import type { Extension } from '@electric-sql/pglite';
import type { EngineAdapter } from './adapter.js';
import { engineAsset } from './assets.js';
import { setParserFlags } from '../frontends/v8-flags.js';
import { cacheKey, readCachedBase, writeCachedBase } from './cache.js';

/**
 * Contrib extensions PGlite ships as bundles: CREATE EXTENSION name → bundle file. Loaded only
 * when the history asks for them (each one is unpacked into the engine at start).
 */
const EXTENSION_BUNDLES: Record<string, string> = {
  age: 'age', amcheck: 'amcheck', auto_explain: 'auto_explain', bloom: 'bloom', btree_gin: 'btree_gin',
  btree_gist: 'btree_gist', citext: 'citext', cube: 'cube', dict_int: 'dict_int', dict_xsyn: 'dict_xsyn',
  earthdistance: 'earthdistance', file_fdw: 'file_fdw', fuzzystrmatch: 'fuzzystrmatch', hstore: 'hstore',
  intarray: 'intarray', isn: 'isn', lo: 'lo', ltree: 'ltree', pageinspect: 'pageinspect',
  pg_buffercache: 'pg_buffercache', pg_freespacemap: 'pg_freespacemap', pg_hashids: 'pg_hashids', pg_ivm: 'pg_ivm',
  pg_surgery: 'pg_surgery', pg_textsearch: 'pg_textsearch', pg_trgm: 'pg_trgm', pg_uuidv7: 'pg_uuidv7',
  pg_visibility: 'pg_visibility', pg_walinspect: 'pg_walinspect', pgcrypto: 'pgcrypto', pgtap: 'pgtap',
  postgres_fdw: 'postgres_fdw', seg: 'seg', tablefunc: 'tablefunc', tcn: 'tcn', tsm_system_rows: 'tsm_system_rows',
  tsm_system_time: 'tsm_system_time', unaccent: 'unaccent', 'uuid-ossp': 'uuid-ossp', vector: 'vector',
};

/** Bundle files of every extension PGlite ships (the bundler copies these). */
export const PGLITE_FILES = ['pglite.wasm', 'initdb.wasm', 'pglite.data', ...new Set(Object.values(EXTENSION_BUNDLES).map((b) => `${b}.tar.gz`))];

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

interface Runtime {
  module: WebAssembly.Module;
  /** initdb, a program of its own since PGlite 0.4: it builds a fresh data directory. */
  initdb: WebAssembly.Module;
  data: Buffer;
  /** Names this build of PGlite in the cache of its initialised data directory. */
  build: string;
}
let wasm: Promise<Runtime> | undefined;

/** Compile PostgreSQL's WASM once per process; every engine of the run shares it. */
function runtime(): Promise<Runtime> {
  wasm ??= (async () => {
    const asset = (name: string) => readFile(engineAsset('@electric-sql/pglite', name));
    const [bytes, initdb, data] = await Promise.all([asset('pglite.wasm'), asset('initdb.wasm'), asset('pglite.data')]);
    await setParserFlags();
    const [module, initdbModule] = await Promise.all([WebAssembly.compile(bytes), WebAssembly.compile(initdb)]);
    return { module, initdb: initdbModule, data, build: `${bytes.length}.${initdb.length}.${data.length}` };
  })();
  return wasm;
}

/**
 * An in-memory PostgreSQL (PGlite), with the extensions named; `image` restores a snapshot.
 * Without one, PGlite (0.4 and later) runs initdb, which costs seconds: with `cacheDir`, the fresh
 * data directory is kept there and later starts restore it (extensions live outside it).
 */
export async function openPglite(opts: { extensions?: string[]; image?: Uint8Array; cacheDir?: string } = {}): Promise<EngineAdapter> {
  const { module, initdb, data, build } = await runtime();
  const initdbKey = cacheKey(['pglite-initdb', build]);
  const fresh = !opts.image && opts.cacheDir ? await readCachedBase(opts.cacheDir, initdbKey) : undefined;
  const image = opts.image ?? fresh?.image;
  const extensions: Record<string, Extension> = {};
  for (const name of opts.extensions ?? []) {
    const file = engineAsset('@electric-sql/pglite', `${EXTENSION_BUNDLES[name]}.tar.gz`);
    extensions[name.replace(/\W/g, '_')] = { name, setup: async () => ({ bundlePath: new URL(`file://${file}`) }) };
  }
  // Imported here, not at the top: the bundle keeps PGlite in a chunk that only verification loads.
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create({
    pgliteWasmModule: module,
    // Given even with an image: PGlite otherwise starts reading initdb.wasm next to its own module.
    initdbWasmModule: initdb,
    fsBundle: new Blob([data as Uint8Array<ArrayBuffer>]),
    extensions,
    loadDataDir: image ? new Blob([image as Uint8Array<ArrayBuffer>]) : undefined,
  });
  if (!image && opts.cacheDir) {
    const dump = new Uint8Array(await (await pg.dumpDataDir('none')).arrayBuffer());
    await writeCachedBase(opts.cacheDir, initdbKey, { image: dump, skipped: [], ran: 0 });
  }
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
