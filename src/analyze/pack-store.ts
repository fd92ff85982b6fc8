import { closeSync, constants, fstatSync, futimesSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';

/*
 * Entries kept in pack files: every entry a run writes goes into one file, written once, aside
 * and renamed, instead of one file an entry. On a cold review of Lemmy (342 files) creating a
 * file per entry (and up to 256 shard folders) cost 0.3–0.4 s of CPU (openat and mkdir took
 * ~0.5 ms each on the test machine), more than encoding the entries; one pack is one file.
 *
 * A pack: the entries' bytes one after another, then an index (for each entry its key, 32 bytes,
 * offset, length and CRC-32, 44 bytes), then a trailer (magic, entry count, CRC-32 of the index).
 * A reader opens every pack of its kind in the folder, reads only the index and trailer of each,
 * and reads an entry's bytes (pread) only when asked for it, checking their CRC. A pack whose
 * trailer or index does not check out is ignored whole; an entry whose bytes do not is a miss,
 * and the run that computes it again writes it into its own pack. Packs are never changed in
 * place, so concurrent runs never see half of one.
 *
 * Packs are named `<kind>.<unique>.pack` in their folder; `kind` (hex) keeps another build's
 * packs apart: they are neither read nor merged, and only pruning (cli/cache-prune.ts) or the
 * action's save removes them.
 */

const MAGIC = Buffer.from('MIGRAPK1');
const TRAILER = 16;
const ROW = 44;
/** Entries above 4 GiB or packs above it do not fit the index's 32-bit fields; they are not written. */
const MAX_U32 = 0xffffffff;

/** Where an entry's bytes are. */
interface Location {
  pack: Pack;
  offset: number;
  length: number;
  crc: number;
}

interface Pack {
  name: string;
  fd: number;
  mtime: Date;
  /** Bytes of the pack (entries, index and trailer): what merging it would copy. */
  size: number;
}

/** The packs of one kind in a folder, their indexes read. */
export interface PackSet {
  /**
   * The entry's bytes, checked, and the pack they came from, newest pack first; `accept` may turn
   * down bytes whose CRC matches (an entry the caller finds foreign), then the next pack holding
   * the key is tried. Undefined when no pack holds a whole, accepted one.
   */
  get<T = Buffer>(key: string, accept?: (bytes: Buffer) => T | undefined): { value: T; pack: string } | undefined;
  /** Names of the packs whose index holds the key. */
  packsOf(key: string): string[];
  /** Packs read (file names), smallest first. */
  readonly packs: readonly { name: string; size: number }[];
  /** The keys of every entry a pack's index holds (the bytes not checked). */
  keys(): IterableIterator<string>;
  /** Keys of the entries of the pack named. */
  keysOf(name: string): string[];
  /**
   * Mark the pack named as used now (its access time; its modification time stays): what the
   * CLI's pruning goes by. Reading a pack's index does not count (every run reads every index),
   * so packs are opened without updating their access time where the system allows.
   */
  touch(name: string): void;
  close(): void;
}

/** Open every pack of `kind` in `dir`; a missing folder or an unreadable pack is no pack. */
export function openPacks(dir: string, kind: string): PackSet {
  const index = new Map<string, Location[]>();
  const packs: Pack[] = [];
  const byPack = new Map<string, string[]>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  // Newest first (names start with the time they were written): an entry written again after a bad one is found first.
  for (const name of names.sort().reverse()) {
    if (!name.startsWith(`${kind}.`) || !name.endsWith('.pack')) continue;
    const pack = openPack(join(dir, name), name);
    if (!pack) continue;
    packs.push(pack.pack);
    byPack.set(name, pack.rows.map((r) => r.key));
    for (const row of pack.rows) {
      const at = index.get(row.key);
      if (at) at.push(row.loc);
      else index.set(row.key, [row.loc]);
    }
  }
  packs.sort((a, b) => a.size - b.size);
  return {
    packs: packs.map(({ name, size }) => ({ name, size })),
    get<T>(key: string, accept?: (bytes: Buffer) => T | undefined) {
      for (const loc of index.get(key) ?? []) {
        const bytes = readAt(loc);
        const value = bytes && (accept ? accept(bytes) : (bytes as T));
        if (value !== undefined) return { value, pack: loc.pack.name };
      }
      return undefined;
    },
    packsOf: (key) => (index.get(key) ?? []).map((l) => l.pack.name),
    keys: () => index.keys(),
    keysOf: (name) => byPack.get(name) ?? [],
    touch(name) {
      const p = packs.find((x) => x.name === name);
      try {
        if (p) futimesSync(p.fd, new Date(), p.mtime);
      } catch {
        // Pruning then goes by when it was written.
      }
    },
    close() {
      for (const p of packs) {
        try {
          closeSync(p.fd);
        } catch {
          // Already closed.
        }
      }
      packs.length = 0;
      index.clear();
    },
  };
}

function openPack(path: string, name: string): { pack: Pack; rows: { key: string; loc: Location }[] } | undefined {
  const fd = openQuietly(path);
  if (fd === undefined) return undefined;
  try {
    const { size, mtime } = fstatSync(fd);
    if (size < TRAILER) throw new Error('short');
    const trailer = readExactly(fd, size - TRAILER, TRAILER);
    if (!trailer.subarray(0, 8).equals(MAGIC)) throw new Error('not a pack');
    const count = trailer.readUInt32LE(8);
    const indexStart = size - TRAILER - count * ROW;
    if (indexStart < 0) throw new Error('short');
    const rowsBytes = readExactly(fd, indexStart, count * ROW);
    if (crc32(rowsBytes) !== trailer.readUInt32LE(12)) throw new Error('index torn');
    const pack: Pack = { name, fd, size, mtime };
    const rows: { key: string; loc: Location }[] = [];
    for (let i = 0, at = 0; i < count; i++, at += ROW) {
      const offset = rowsBytes.readUInt32LE(at + 32);
      const length = rowsBytes.readUInt32LE(at + 36);
      if (offset + length > indexStart) throw new Error('entry outside the pack');
      rows.push({ key: rowsBytes.toString('hex', at, at + 32), loc: { pack, offset, length, crc: rowsBytes.readUInt32LE(at + 40) } });
    }
    return { pack, rows };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/** Opened for reading without touching its access time (O_NOATIME: Linux, and only for the file's owner). */
function openQuietly(path: string): number | undefined {
  const noatime = constants.O_NOATIME ?? 0;
  try {
    return openSync(path, constants.O_RDONLY | noatime);
  } catch (e) {
    if (!noatime || (e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  try {
    return openSync(path, constants.O_RDONLY);
  } catch {
    return undefined;
  }
}

function readAt(loc: Location): Buffer | undefined {
  try {
    const bytes = readExactly(loc.pack.fd, loc.offset, loc.length);
    return crc32(bytes) === loc.crc ? bytes : undefined;
  } catch {
    return undefined;
  }
}

function readExactly(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error('short read');
    done += n;
  }
  return buf;
}

/**
 * Write `entries` (key: 64 hex digits) as one pack of `kind` in `dir`, aside and renamed; its
 * file name, or undefined when there was nothing to write or writing failed (a read-only or full
 * disk: the next run computes them again).
 */
export function writePack(dir: string, kind: string, entries: ReadonlyMap<string, Buffer>): string | undefined {
  if (!entries.size) return undefined;
  const rows = Buffer.alloc(entries.size * ROW);
  const chunks: Buffer[] = [];
  let offset = 0;
  let i = 0;
  for (const [key, bytes] of entries) {
    if (!/^[0-9a-f]{64}$/.test(key) || offset + bytes.length > MAX_U32) continue;
    const at = i++ * ROW;
    rows.write(key, at, 32, 'hex');
    rows.writeUInt32LE(offset, at + 32);
    rows.writeUInt32LE(bytes.length, at + 36);
    rows.writeUInt32LE(crc32(bytes), at + 40);
    chunks.push(bytes);
    offset += bytes.length;
  }
  if (!i) return undefined;
  const index = rows.subarray(0, i * ROW);
  const trailer = Buffer.alloc(TRAILER);
  MAGIC.copy(trailer, 0);
  trailer.writeUInt32LE(i, 8);
  trailer.writeUInt32LE(crc32(index), 12);
  chunks.push(index, trailer);
  const name = `${kind}.${Date.now().toString(16).padStart(12, '0')}${process.pid.toString(16).padStart(6, '0')}${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')}.pack`;
  const path = join(dir, name);
  const tmp = `${path}.${process.pid}.tmp`;
  // One write of the whole pack: a write per entry costs a system call each.
  const body = Buffer.concat(chunks);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, 'w');
    for (let done = 0; done < body.length; ) done += writeSync(fd, body, done, body.length - done);
    closeSync(fd);
    fd = undefined;
    // Renamed once whole: a reader never sees half a pack.
    renameSync(tmp, path);
    return name;
  } catch {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    return undefined;
  }
}

/**
 * Entries gathered for a pack, each encoded to UTF-8 as it comes; the pack concatenates them once.
 * Writing every entry into one growing buffer instead cost a cold review of Lemmy 10-15 ms more
 * (its UTF-8 writes into a large buffer, and a copy at each growth).
 */
export class PackBuffer {
  private readonly at = new Map<string, Buffer>();

  get size(): number {
    return this.at.size;
  }

  has(key: string): boolean {
    return this.at.has(key);
  }

  /** Keep `text` (UTF-8) under `key`; a key kept again keeps the later text. */
  add(key: string, text: string): void {
    this.at.set(key, Buffer.from(text, 'utf8'));
  }

  /** Keep bytes under `key`; they are the caller's no longer (not copied). */
  addBytes(key: string, bytes: Buffer): void {
    this.at.set(key, bytes);
  }

  entries(): ReadonlyMap<string, Buffer> {
    return this.at;
  }

  clear(): void {
    this.at.clear();
  }
}

/** Remove a pack (merged into another, or not used); a pack another run still reads stays readable to it where the system allows. */
export function removePack(dir: string, name: string): void {
  try {
    rmSync(join(dir, name), { force: true });
  } catch {
    // In use where the system forbids removing it (Windows): its entries are duplicates, merged again later.
  }
}

// Node 20.15 and later have zlib.crc32; earlier 20.x compute it here.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Int32Array | undefined;

export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) : crc32Js(data);
}

/** CRC-32 (the one of zlib and gzip) where zlib lacks it. */
export function crc32Js(data: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
