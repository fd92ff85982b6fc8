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
const FORMAT = 'migra-parse-cache/4';

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

/**
 * An entry: the file's statements, then each operation without its statement and the position of
 * that statement in `stmts`. A statement is a row, [line, endLine, column, index, inTransaction
 * (1, 0 or null when unset), text, rest]: the text is its length when it stands in the file's
 * text at its line and column (it always does for a file the SQL front end parsed), which the
 * file the entry is read for gives back (its key holds the text's hash), and `rest` holds any
 * other field (a `file` other than the file's path, MySQL's algorithm and lock, directives).
 * Statements' texts were most of an entry's bytes, and so of its encoding time (issue 11).
 */
interface Entry {
  format: string;
  key: string;
  stmts: StatementRow[];
  ops: [number, Omit<LocatedOp, 'stmt'>][];
}

type StatementRow = [line: number, endLine: number, column: number, index: number, inTransaction: 0 | 1 | null, text: string | number, rest?: Partial<Statement>];

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
      const at = opened().get(key, (bytes) => decode(bytes.toString('utf8'), key, file));
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
      pending.add(key, encode(ops, key, file));
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

function encode(ops: readonly LocatedOp[], key: string, file: MigrationFile): string {
  const stmts: StatementRow[] = [];
  const out: Entry['ops'] = [];
  let lines: LineStarts | undefined;
  let last: Statement | undefined;
  for (const { stmt, ...op } of ops) {
    // A statement's operations follow one another (parseSqlFile); another order only repeats a row.
    if (stmt !== last) {
      last = stmt;
      stmts.push(rowOf(stmt, file, (lines ??= new LineStarts(file.up))));
    }
    out.push([stmts.length - 1, op]);
  }
  const entry: Entry = { format: FORMAT, key, stmts, ops: out };
  return JSON.stringify(entry);
}

/** The fields every statement has, written in a row's first places. */
const ROW_FIELDS = new Set(['file', 'line', 'endLine', 'column', 'text', 'index', 'inTransaction']);

function rowOf(stmt: Statement, file: MigrationFile, lines: LineStarts): StatementRow {
  const { line, endLine, column, text, index, inTransaction } = stmt;
  const at = lines.offset(line, column);
  const written: string | number = at !== undefined && file.up.startsWith(text, at) ? text.length : text;
  const tx = inTransaction === undefined ? null : inTransaction ? 1 : 0;
  // Other fields are rare (directives, MySQL's ALTER options): a rest object only for them.
  let rest: Record<string, unknown> | undefined;
  for (const k in stmt) if (!ROW_FIELDS.has(k)) (rest ??= {})[k] = stmt[k as keyof Statement];
  if (stmt.file !== file.path) (rest ??= {}).file = stmt.file;
  return rest ? [line, endLine, column, index, tx, written, rest as Partial<Statement>] : [line, endLine, column, index, tx, written];
}

/** Offsets of a text's lines, found as far as asked (a statement's line and column locate its text). */
class LineStarts {
  private readonly starts = [0];

  constructor(private readonly text: string) {}

  /** The offset of 1-based `column` on 1-based `line`; undefined past the end of the text. */
  offset(line: number, column: number): number | undefined {
    const { starts, text } = this;
    if (line < 1 || column < 1) return undefined;
    while (starts.length < line) {
      const nl = text.indexOf('\n', starts[starts.length - 1]);
      if (nl < 0) return undefined;
      starts.push(nl + 1);
    }
    const at = starts[line - 1] + column - 1;
    return at <= text.length ? at : undefined;
  }
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** The operations of an entry, or undefined for anything but a whole entry written under this key. */
function decode(text: string, key: string, file: MigrationFile): LocatedOp[] | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return undefined;
  }
  if (!entry || typeof entry !== 'object' || entry.format !== FORMAT || entry.key !== key) return undefined;
  if (!Array.isArray(entry.stmts) || !Array.isArray(entry.ops)) return undefined;
  const stmts: Statement[] = [];
  let lines: LineStarts | undefined;
  for (const row of entry.stmts) {
    if (!Array.isArray(row) || row.length < 6 || row.length > 7) return undefined;
    const [line, endLine, column, index, tx, written, rest] = row;
    if (!isCount(line) || !isCount(endLine) || !isCount(column) || !isCount(index) || (tx !== 0 && tx !== 1 && tx !== null)) return undefined;
    if (rest !== undefined && (!rest || typeof rest !== 'object' || Array.isArray(rest) || (rest.file !== undefined && typeof rest.file !== 'string'))) return undefined;
    let stmtText: string;
    if (typeof written === 'string') stmtText = written;
    else {
      const at = isCount(written) ? (lines ??= new LineStarts(file.up)).offset(line, column) : undefined;
      if (at === undefined || at + (written as number) > file.up.length) return undefined;
      stmtText = file.up.slice(at, at + (written as number));
    }
    // The fields in the order the front end makes them (statementOf, then what it and later stages add).
    const stmt = { file: file.path, line, endLine, column, text: stmtText, index } as Statement;
    if (tx !== null) stmt.inTransaction = tx === 1;
    stmts.push(rest ? Object.assign(stmt, rest) : stmt);
  }
  const ops: LocatedOp[] = [];
  for (const item of entry.ops) {
    if (!Array.isArray(item) || item.length !== 2) return undefined;
    const [i, op] = item;
    if (!Number.isInteger(i) || i < 0 || i >= stmts.length || !op || typeof op !== 'object' || typeof op.kind !== 'string') return undefined;
    // The parsed object is this entry's own: it takes its statement rather than being copied.
    (op as LocatedOp).stmt = stmts[i];
    ops.push(op as LocatedOp);
  }
  return ops;
}
