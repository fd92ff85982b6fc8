/**
 * A Map whose copies share what they did not change: the schema keeps its tables in one, and
 * replay keeps the schema as it stood before every reviewed operation (schema/clone.ts
 * forkSchema). Copying a plain Map of every table for each of them made a pull request of 2,400
 * statements on a 1,300-table history hold 2,400 maps of 1,300 entries (most of its 500 MiB
 * peak) and spend most of its time in the garbage collector.
 *
 * A LayeredMap is a frozen `base` map, shared with other LayeredMaps, and the changes made since
 * it was frozen: `over` for keys of the base (a new value, or GONE once deleted), `added` for
 * keys that are not in the base (or were deleted from it and set again, which moves them to the
 * end, as in a Map). fork() copies only the changes; once they grow past about √(2n) entries
 * it first folds them into a new base, so a fork costs O(√n) time and memory, amortized.
 * Iteration order, sizes and every method behave exactly as a Map's with the same history.
 */
const GONE: unique symbol = Symbol('gone');

export class LayeredMap<K, V> extends Map<K, V> {
  private base: ReadonlyMap<K, V>;
  private over: Map<K, V | typeof GONE>;
  private added: Map<K, V>;
  private gone: number;

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    super();
    this.base = EMPTY as ReadonlyMap<K, V>;
    this.over = new Map();
    this.added = new Map();
    this.gone = 0;
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** A map equal to this one; changing either later leaves the other as it was. */
  fork(): LayeredMap<K, V> {
    const changes = this.over.size + this.added.size;
    if (changes > 0 && changes * changes > 2 * this.size) this.fold();
    const out = new LayeredMap<K, V>();
    out.base = this.base;
    out.over = new Map(this.over);
    out.added = new Map(this.added);
    out.gone = this.gone;
    return out;
  }

  /** The changes become a new base (the old one stays with the maps that still share it). */
  private fold(): void {
    const base = new Map<K, V>();
    for (const [k, v] of this.entries()) base.set(k, v);
    this.base = base;
    this.over = new Map();
    this.added = new Map();
    this.gone = 0;
  }

  override get size(): number {
    return this.base.size - this.gone + this.added.size;
  }

  override get(key: K): V | undefined {
    if (this.added.size) {
      const a = this.added.get(key);
      if (a !== undefined || this.added.has(key)) return a;
    }
    if (this.over.size) {
      const o = this.over.get(key);
      if (o !== undefined) return o === GONE ? undefined : o;
      if (this.over.has(key)) return undefined;
    }
    return this.base.get(key);
  }

  override has(key: K): boolean {
    if (this.added.has(key)) return true;
    if (this.over.has(key)) return this.over.get(key) !== GONE;
    return this.base.has(key);
  }

  override set(key: K, value: V): this {
    // `added` is only set up once the constructor's super() has run (Map's constructor calls no set here).
    if (this.added.has(key) || !this.base.has(key) || this.over.get(key) === GONE) this.added.set(key, value);
    else this.over.set(key, value);
    return this;
  }

  override delete(key: K): boolean {
    if (this.added.delete(key)) return true;
    if (!this.base.has(key) || this.over.get(key) === GONE) return false;
    this.over.set(key, GONE);
    this.gone++;
    return true;
  }

  override clear(): void {
    this.base = EMPTY as ReadonlyMap<K, V>;
    this.over = new Map();
    this.added = new Map();
    this.gone = 0;
  }

  // Iterators are objects rather than generators: replay walks every table for some statements,
  // and a generator made that several times slower than a Map. Like a Map's, they see changes
  // made while they run.
  override entries(): MapIterator<[K, V]> {
    return new Walk<K, V, [K, V]>(this.base, this.over, this.added, ENTRY) as unknown as MapIterator<[K, V]>;
  }

  override keys(): MapIterator<K> {
    return new Walk<K, V, K>(this.base, this.over, this.added, KEY) as unknown as MapIterator<K>;
  }

  override values(): MapIterator<V> {
    return new Walk<K, V, V>(this.base, this.over, this.added, VALUE) as unknown as MapIterator<V>;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }
}

const EMPTY: ReadonlyMap<unknown, unknown> = new Map();

const ENTRY = 0;
const KEY = 1;
const VALUE = 2;

/** The base's entries (as changed by `over`), then the added ones. */
class Walk<K, V, T> {
  private it: Iterator<[K, V]>;
  private inAdded = false;

  constructor(
    base: ReadonlyMap<K, V>,
    private readonly over: Map<K, V | typeof GONE>,
    private readonly added: Map<K, V>,
    private readonly pick: typeof ENTRY | typeof KEY | typeof VALUE,
  ) {
    this.it = base.entries();
  }

  next(): IteratorResult<T, undefined> {
    for (;;) {
      const r = this.it.next();
      if (r.done) {
        if (this.inAdded) return { done: true, value: undefined };
        this.inAdded = true;
        this.it = this.added.entries();
        continue;
      }
      let entry = r.value;
      if (!this.inAdded && this.over.size) {
        const o = this.over.get(entry[0]);
        if (o !== undefined || this.over.has(entry[0])) {
          if (o === GONE) continue;
          entry = [entry[0], o as V];
        }
      }
      return { done: false, value: (this.pick === ENTRY ? entry : this.pick === KEY ? entry[0] : entry[1]) as T };
    }
  }

  [Symbol.iterator](): this {
    return this;
  }
}
