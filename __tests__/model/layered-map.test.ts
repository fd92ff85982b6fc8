import { LayeredMap } from '../../src/model/layered-map.js';

/** A small deterministic generator, so a failure replays the same way. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function contents<K, V>(m: Map<K, V>) {
  return { entries: [...m], keys: [...m.keys()], values: [...m.values()], size: m.size, each: eachOf(m) };
}

function eachOf<K, V>(m: Map<K, V>): [K, V][] {
  const out: [K, V][] = [];
  m.forEach((v, k) => out.push([k, v]));
  return out;
}

describe('LayeredMap', () => {
  it('behaves as a Map through sets, deletes and re-sets (order included), across many forks', () => {
    const next = random(7);
    // Each pair is a LayeredMap and a plain Map given the same history; forks get copies.
    const pairs: [LayeredMap<string, number>, Map<string, number>][] = [[new LayeredMap(), new Map()]];
    for (let step = 0; step < 20000; step++) {
      const [layered, plain] = pairs[Math.floor(next() * pairs.length)];
      const key = `k${Math.floor(next() * 60)}`;
      const r = next();
      if (r < 0.5) {
        layered.set(key, step);
        plain.set(key, step);
      } else if (r < 0.8) {
        expect(layered.delete(key)).toBe(plain.delete(key));
      } else if (r < 0.83 && pairs.length < 200) {
        pairs.push([layered.fork(), new Map(plain)]);
      } else {
        expect(layered.get(key)).toBe(plain.get(key));
        expect(layered.has(key)).toBe(plain.has(key));
      }
    }
    expect(pairs.length).toBeGreaterThan(100);
    for (const [layered, plain] of pairs) expect(contents(layered)).toEqual(contents(plain));
  });

  it('leaves a fork as it was while the map it came from changes, and the other way round', () => {
    const m = new LayeredMap([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const fork = m.fork();
    m.set('b', 20);
    m.delete('a');
    m.set('a', 10);
    fork.set('d', 4);
    fork.delete('c');
    expect([...m]).toEqual([
      ['b', 20],
      ['c', 3],
      ['a', 10],
    ]);
    expect([...fork]).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 4],
    ]);
  });

  it('keeps undefined values and clears', () => {
    const m = new LayeredMap<string, number | undefined>([['a', undefined]]);
    const fork = m.fork();
    expect(fork.has('a')).toBe(true);
    expect(fork.get('a')).toBeUndefined();
    fork.set('a', undefined);
    expect([...fork]).toEqual([['a', undefined]]);
    fork.clear();
    expect(fork.size).toBe(0);
    expect(m.size).toBe(1);
  });
});
