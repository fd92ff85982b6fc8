import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { upDigest } from '../formats/up-text.js';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Statement } from '../model/operation.js';

/**
 * Operations of SQL migration files kept between runs: most of a review's time goes into parsing
 * a history that did not change since the last run. An entry is keyed by everything the
 * operations depend on: the parser build, the file's path, blob id and the text that runs,
 * the dialect and the transaction mode. It is read back only when it is whole and carries its
 * own key; anything else (a torn write, another build's format, a hand-edited file) is ignored
 * and written again.
 */
export interface ParseCache {
  get(file: MigrationFile, dialect: Dialect): LocatedOp[] | undefined;
  set(file: MigrationFile, dialect: Dialect, ops: readonly LocatedOp[]): void;
  /**
   * The file was not parsed this run (a replay snapshot stood in for it), yet its entry is worth
   * keeping: a later pull request that changes an older file parses it again.
   */
  retain?(file: MigrationFile, dialect: Dialect): void;
}

/** Bumped when the entry layout changes. */
const FORMAT = 'migra-parse-cache/2';

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
  /** Entry files this run read whole, wrote or retained (these may not exist), relative to the folder. */
  readonly used: ReadonlySet<string>;
  /** Entries written by this run (missing, corrupt or foreign ones before). */
  readonly written: number;
  /** Settles once every entry set so far is written (or failed): at once unless writing in the background. */
  settled(): Promise<void>;
}

export interface DiskParseCacheOptions {
  /**
   * Write entries in the background (libuv's threads) while the review goes on, instead of
   * waiting for each: a cold run writes one file for each migration, which on Lemmy (342 files)
   * held the review up for about a quarter of a second. The process still waits for them
   * before it exits. Off when the caller reads the folder once the review is done (the action
   * saves it to the Actions cache; tests look at it).
   */
  background?: boolean;
  /**
   * Count entries of files a replay snapshot stood in for as used (the action saves only what was
   * used; a folder nobody prunes, like the CLI's, keeps them anyway).
   */
  retainUnread?: boolean;
}

/** A cache in a folder, one file an entry. Errors reading or writing only cost the time saved. */
export function diskParseCache(dir: string, id: string = parserId(), options: DiskParseCacheOptions = {}): DiskParseCache {
  // A miss is followed by set() for the same file: its key (a hash of the whole text) is kept for it.
  const keys = new WeakMap<MigrationFile, { dialect: Dialect; key: string }>();
  const keyOf = (f: MigrationFile, dialect: Dialect) => {
    const known = keys.get(f);
    if (known?.dialect === dialect) return known.key;
    const key = createHash('sha256').update(`${FORMAT}\0${id}\0${f.path}\0${f.blobId}\0${dialect}\0${f.transaction}\0${f.language}\0`).update(upDigest(f)).digest('hex');
    keys.set(f, { dialect, key });
    return key;
  };
  const relOf = (key: string) => `${key.slice(0, 2)}/${key}.json`;
  const pathOf = (key: string) => join(dir, relOf(key));
  // Each of the 256 sub-folders is made once a run, not once an entry (a cold run writes hundreds).
  const folders = new Map<string, Promise<unknown> | true>();
  const used = new Set<string>();
  let written = 0;
  // Temporary names: unique to this run without asking for random bytes per entry.
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  let sequence = 0;
  const wrote = (key: string) => {
    used.add(relOf(key));
    written++;
  };
  const writeSync = (key: string, path: string, body: string) => {
    try {
      const folder = dirname(path);
      if (folders.get(folder) !== true) {
        mkdirSync(folder, { recursive: true });
        folders.set(folder, true);
      }
      // Written aside and renamed: a reader never sees half an entry, and concurrent runs do not mix theirs.
      const tmp = `${path}.${tag}.${sequence++}.tmp`;
      writeFileSync(tmp, body);
      renameSync(tmp, path);
      wrote(key);
    } catch {
      // A read-only or full disk: the next run parses again.
    }
  };
  const pending: Promise<unknown>[] = [];
  const writeLater = (key: string, path: string, body: string) => {
    const folder = dirname(path);
    let ready = folders.get(folder);
    if (!ready) folders.set(folder, (ready = mkdir(folder, { recursive: true })));
    const tmp = `${path}.${tag}.${sequence++}.tmp`;
    pending.push(
      Promise.resolve(ready)
        .then(() => writeFile(tmp, body))
        .then(() => rename(tmp, path))
        .then(
          () => wrote(key),
          () => rm(tmp, { force: true }).catch(() => undefined),
        ),
    );
  };
  return {
    used,
    get written() {
      return written;
    },
    async settled() {
      await Promise.all(pending);
    },
    get(file, dialect) {
      const key = keyOf(file, dialect);
      let text: string;
      try {
        text = readFileSync(pathOf(key), 'utf8');
      } catch {
        return undefined;
      }
      const ops = decode(text, key);
      if (ops) used.add(relOf(key));
      return ops;
    },
    retain(file, dialect) {
      // Not looked for: what is kept of the folder is what exists of `used` (the action's prune).
      if (options.retainUnread) used.add(relOf(keyOf(file, dialect)));
    },
    set(file, dialect, ops) {
      const key = keyOf(file, dialect);
      (options.background ? writeLater : writeSync)(key, pathOf(key), encode(ops, key));
    },
  };
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
