import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, crc32Js, openPacks, PackBuffer, writePack } from '../../src/analyze/pack-store.js';

/* Pack files (analyze/pack-store.ts) on a real folder: what a reader trusts of them. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'migra-packs-'));
  dirs.push(d);
  return d;
}

const KIND = '0123456789abcdef';
const key = (n: number) => createHash('sha256').update(String(n)).digest('hex');

/** `n` entries of different sizes, from a few bytes to a few hundred kilobytes. */
function sample(n: number): Map<string, Buffer> {
  return new Map(Array.from({ length: n }, (_, i) => [key(i), Buffer.from(`entry ${i} `.repeat(1 + ((i * 7919) % 30000)))]));
}

function readAll(dir: string, kind = KIND): Map<string, string> {
  const set = openPacks(dir, kind);
  const out = new Map<string, string>();
  for (const k of set.keys()) {
    const got = set.get(k);
    if (got) out.set(k, got.value.toString());
  }
  set.close();
  return out;
}

describe('pack files', () => {
  it('reads back every entry written, and only the packs of its kind', () => {
    const dir = tempDir();
    const entries = sample(40);
    const name = writePack(dir, KIND, entries)!;
    expect(name).toMatch(/^0123456789abcdef\.[0-9a-f]{26}\.pack$/);
    writePack(dir, 'fedcba9876543210', new Map([[key(99), Buffer.from('another build')]]));
    expect(readAll(dir)).toEqual(new Map([...entries].map(([k, v]) => [k, v.toString()])));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('ignores a pack whose index or trailer does not check out, and an entry whose bytes do not', () => {
    const dir = tempDir();
    const entries = sample(5);
    const name = writePack(dir, KIND, entries)!;
    const path = join(dir, name);
    const whole = readFileSync(path);
    // A byte of the index (just before the 16-byte trailer) changed: the index's CRC fails, the pack is no pack.
    const badIndex = Buffer.from(whole);
    badIndex[whole.length - 16 - 3] ^= 0xff;
    writeFileSync(path, badIndex);
    expect(readAll(dir).size).toBe(0);
    // Another file format under a pack's name.
    const foreign = Buffer.from(whole);
    foreign.write('NOTAPACK', whole.length - 16);
    writeFileSync(path, foreign);
    expect(readAll(dir).size).toBe(0);
    // Entry bytes changed: that entry is missing, the others are read.
    const badEntry = Buffer.from(whole);
    badEntry[1] ^= 0xff;
    writeFileSync(path, badEntry);
    const read = readAll(dir);
    expect(read.size).toBe(4);
    expect(read.has([...entries.keys()][0])).toBe(false);
  });

  it('tries the next pack holding a key when the caller turns an entry down', () => {
    const dir = tempDir();
    writePack(dir, KIND, new Map([[key(1), Buffer.from('good')]]));
    writePack(dir, KIND, new Map([[key(1), Buffer.from('foreign')]]));
    const set = openPacks(dir, KIND);
    expect(set.packsOf(key(1))).toHaveLength(2);
    expect(set.get(key(1), (b) => (b.toString() === 'good' ? 'ok' : undefined))?.value).toBe('ok');
    set.close();
  });

  it('gathers entries, each kept whole, a key kept again keeping the later one', () => {
    const buffer = new PackBuffer();
    const entries = sample(60);
    let i = 0;
    for (const [k, v] of entries) {
      if (i++ % 2) buffer.add(k, v.toString());
      else buffer.addBytes(k, v);
    }
    buffer.add(key(0), 'written again');
    const got = buffer.entries();
    expect(got.size).toBe(60);
    expect(got.get(key(0))!.toString()).toBe('written again');
    for (const [k, v] of entries) if (k !== key(0)) expect(got.get(k)!.equals(v)).toBe(true);
  });

  it('computes the CRC-32 zlib does, with or without zlib.crc32 (Node 20 before 20.15)', () => {
    for (const crc of [crc32, crc32Js]) expect(crc(Buffer.from('123456789'))).toBe(0xcbf43926);
    const bytes = randomBytes(10_000);
    expect(crc32Js(bytes)).toBe(crc32(bytes));
  });
});
