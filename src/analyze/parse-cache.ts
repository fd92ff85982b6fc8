import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { upDigest } from '../formats/up-text.js';
import { sha256Hex } from '../model/sha256.js';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Statement } from '../model/operation.js';
import { openPacks, PackBuffer, removePack, writePack, type PackSet } from './pack-store.js';

/**
 * Operations of SQL migration files kept between runs: most of a review's time goes into parsing
 * a history that did not change since the last run. An entry is keyed by everything the
 * operations depend on: the parser build, the file's path, blob id and the text that runs,
 * the dialect and the transaction mode. It is read back only when it is whole and carries its
 * own key; anything else (a torn write, another build's format, a hand-edited file) is ignored
 * and written again. On disk the entries a run writes go into one pack file (pack-store.ts),
 * written when the review is done (flush).
 */
export interface ParseCache {
  get(file: MigrationFile, dialect: Dialect): LocatedOp[] | undefined;
  set(file: MigrationFile, dialect: Dialect, ops: readonly LocatedOp[]): void;
  /**
   * The file was not parsed this run (a replay snapshot stood in for it), yet its entry is worth
   * keeping: a later pull request that changes an older file parses it again.
   */
  retain?(file: MigrationFile, dialect: Dialect): void;
  /** The review is done: write what set() gathered (a cache in a folder writes it as one file). */
  flush?(): void;
}

/** Bumped when the entry layout changes. */
const FORMAT = 'migra-parse-cache/3';

declare const __MIGRA_PARSER_ID__: string | undefined;

/** One cache folder for the parse cache and the verifying engine's database. */
export { defaultCacheDir } from '../verify/cache.js';

/**
 * What identifies the parser: the bundle carries a hash of the front-end sources and parser
 * versions made when it was built (src/tools/bundle.ts); run from source, the same hash is
 * computed from the files.
 */
export function parserId(): string {
  if (typeof __MIGRA_PARSER_ID__ === 'string') return __MIGRA_PARSER_ID__;
  parserIdFromSources ??= sourceParserId(join(dirname(fileURLToPath(import.meta.url)), '..'));
  return parserIdFromSources;
}

let parserIdFromSources: string | undefined;

/**
 * Hash of what decides the operations of a file: the front ends, the model, and the parsers'
 * versions; `sources` (folders or files under src/) widens it (the replay cache adds replay's).
 */
export function sourceParserId(srcDir: string, sources: readonly string[] = ['frontends', 'model', 'python']): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (p.endsWith('.ts')) h.update(p.slice(srcDir.length)).update('\0').update(readFileSync(p)).update('\0');
  };
  for (const sub of sources) walk(join(srcDir, sub));
  const lock = join(srcDir, '..', 'package-lock.json');
  try {
    const packages = (JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { version?: string }> }).packages ?? {};
    for (const dep of ['sql-parser-cst', 'libpg-query', 'node-sql-parser', '@lezer/python']) h.update(`${dep}@${packages[`node_modules/${dep}`]?.version ?? '?'}\0`);
  } catch {
    h.update('no-lock');
  }
  return h.digest('hex').slice(0, 24);
}

interface Entry {
  format: string;
  key: string;
  stmts: Statement[];
  /** Each operation without its statement, and the position of that statement in `stmts`. */
  ops: [number, Omit<LocatedOp, 'stmt'>][];
}

/** A parse cache in a folder, and what a run did with it (the action keeps the folder between runs). */
export interface DiskParseCache extends ParseCache {
  /**
   * Files of the folder (relative to it) that hold what this run read, wrote or retained, once
   * flushed: the packs it read entries from and the one it wrote; with `keepOnlyUsed`, that one
   * pack alone.
   */
  readonly used: ReadonlySet<string>;
  /** Keys of the entries this run read, wrote or retained. */
  readonly usedKeys: ReadonlySet<string>;
  /** Entries written by this run (missing, corrupt or foreign ones before). */
  readonly written: number;
  /**
   * Write what set() gathered since the last flush as one pack (the engine flushes at the end of a
   * review). Errors only cost the time saved.
   */
  flush(): void;
}

export interface DiskParseCacheOptions {
  /**
   * The action's folder, saved with only what a run used: entries of files a replay snapshot
   * stood in for count as used (a later pull request that changes an older file parses it
   * again), and a flush that writes anything writes one pack of every used entry (copied from
   * the packs that hold them) and removes the other packs of this parser build.
   */
  keepOnlyUsed?: boolean;
}

/** The folder inside a cache folder where the parse cache keeps its packs (analyze/pack-store.ts). */
export const PARSE_PACKS = 'packs';

/** A cold run writes one pack; later runs write small ones, merged once there are more than this many. */
const MAX_PACKS = 8;
/** How many packs merging leaves (the largest ones), so that it does not run again the next run. */
const MERGED_PACKS = 4;

/** Packs of the parser build `id`: another build (or entry layout) writes packs of another kind, never read nor merged. */
export function packKind(id: string = parserId()): string {
  return sha256Hex(`${FORMAT}\0${id}`).slice(0, 16);
}

/** A cache in a folder, in pack files. Errors reading or writing only cost the time saved. */
export function diskParseCache(dir: string, id: string = parserId(), options: DiskParseCacheOptions = {}): DiskParseCache {
  // A miss is followed by set() for the same file: its key (a hash of the whole text) is kept for it.
  const keys = new WeakMap<MigrationFile, { dialect: Dialect; key: string }>();
  const keyOf = (f: MigrationFile, dialect: Dialect) => {
    const known = keys.get(f);
    if (known?.dialect === dialect) return known.key;
    const key = sha256Hex(`${FORMAT}\0${id}\0${f.path}\0${f.blobId}\0${dialect}\0${f.transaction}\0${f.language}\0${upDigest(f)}`);
    keys.set(f, { dialect, key });
    return key;
  };
  const packDir = join(dir, PARSE_PACKS);
  const kind = packKind(id);
  let packs: PackSet | undefined;
  const opened = () => (packs ??= openPacks(packDir, kind));
  const pending = new PackBuffer();
  const usedKeys = new Set<string>();
  const used = new Set<string>();
  /** Pack each key read came from. */
  const readFrom = new Set<string>();
  let written = 0;
  return {
    used,
    usedKeys,
    get written() {
      return written;
    },
    get(file, dialect) {
      const key = keyOf(file, dialect);
      const at = opened().get(key, (bytes) => decode(bytes.toString('utf8'), key));
      if (!at) return undefined;
      usedKeys.add(key);
      readFrom.add(at.pack);
      return at.value;
    },
    retain(file, dialect) {
      // Not looked for here: a flush keeps what a pack holds of them.
      if (options.keepOnlyUsed) usedKeys.add(keyOf(file, dialect));
    },
    set(file, dialect, ops) {
      const key = keyOf(file, dialect);
      pending.add(key, encode(ops, key));
      usedKeys.add(key);
    },
    flush() {
      try {
        flushPending();
      } finally {
        // Packs are read again if the cache is asked again (a flushed cache is usually done).
        packs?.close();
        packs = undefined;
      }
    },
  };

  function flushPending(): void {
    const set = opened();
    // What pruning goes by (cli/cache-prune.ts): the packs this run read entries from were used.
    for (const p of readFrom) set.touch(p);
    if (!pending.size) {
      // Nothing new: the packs that hold what was used stay as they are.
      for (const key of options.keepOnlyUsed ? usedKeys : []) for (const p of set.packsOf(key)) readFrom.add(p);
      for (const p of readFrom) used.add(`${PARSE_PACKS}/${p}`);
      return;
    }
    const fresh = pending.size;
    const merged: string[] = [];
    if (options.keepOnlyUsed) {
      for (const key of usedKeys) if (!pending.has(key)) copy(set, key, pending);
      merged.push(...set.packs.map((p) => p.name));
    } else if (set.packs.length + 1 > MAX_PACKS) {
      // The smallest packs (runs that wrote a few entries) are copied into this run's.
      for (const p of set.packs.slice(0, set.packs.length + 1 - MERGED_PACKS)) {
        for (const key of set.keysOf(p.name)) if (!pending.has(key)) copy(set, key, pending);
        merged.push(p.name);
      }
    }
    const name = writePack(packDir, kind, pending.entries());
    pending.clear();
    if (!name) return;
    written += fresh;
    for (const m of merged) {
      removePack(packDir, m);
      readFrom.delete(m);
    }
    used.clear();
    for (const p of options.keepOnlyUsed ? [name] : [...readFrom, name]) used.add(`${PARSE_PACKS}/${p}`);
  }
}

/** Copy an entry's checked bytes from the packs into `entries`, if a pack holds it whole. */
function copy(set: PackSet, key: string, entries: PackBuffer): void {
  const at = set.get(key);
  if (at) entries.addBytes(key, at.value);
}

function encode(ops: readonly LocatedOp[], key: string): string {
  const stmts: Statement[] = [];
  const at = new Map<Statement, number>();
  const out: Entry['ops'] = [];
  for (const { stmt, ...op } of ops) {
    let i = at.get(stmt);
    if (i === undefined) at.set(stmt, (i = stmts.push(stmt) - 1));
    out.push([i, op]);
  }
  const entry: Entry = { format: FORMAT, key, stmts, ops: out };
  return JSON.stringify(entry);
}

/** The operations of an entry, or undefined for anything but a whole entry written under this key. */
function decode(text: string, key: string): LocatedOp[] | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return undefined;
  }
  if (!entry || typeof entry !== 'object' || entry.format !== FORMAT || entry.key !== key) return undefined;
  if (!Array.isArray(entry.stmts) || !Array.isArray(entry.ops)) return undefined;
  const stmts = entry.stmts;
  if (!stmts.every((s) => s && typeof s === 'object' && typeof s.file === 'string' && typeof s.text === 'string' && Number.isInteger(s.line) && Number.isInteger(s.index))) return undefined;
  const ops: LocatedOp[] = [];
  for (const item of entry.ops) {
    if (!Array.isArray(item) || item.length !== 2) return undefined;
    const [i, op] = item;
    if (!Number.isInteger(i) || i < 0 || i >= stmts.length || !op || typeof op !== 'object' || typeof op.kind !== 'string') return undefined;
    ops.push({ ...op, stmt: stmts[i] } as LocatedOp);
  }
  return ops;
}
