import { tokenize, type Token } from './lexer.js';

/** Words that end a column's type or a DEFAULT expression in a column definition. */
export const COLUMN_STOPS = new Set(['NOT', 'NULL', 'DEFAULT', 'PRIMARY', 'REFERENCES', 'CHECK', 'UNIQUE', 'CONSTRAINT', 'COLLATE', 'GENERATED', 'USING', 'DEFERRABLE', 'INITIALLY', 'COMPRESSION', 'STORAGE', 'ENFORCED']);
/** Words that end a table constraint's body. */
export const CONSTRAINT_STOPS = new Set(['NOT', 'DEFERRABLE', 'INITIALLY', 'ENFORCED', 'NO']);

/**
 * The tokens of one PostgreSQL statement, for reading expression text back from the source:
 * libpg-query gives only where a node starts (in UTF-8 bytes), and for operators not even
 * that, so expressions are cut at the keywords and commas that end them.
 */
export class PgText {
  private tokens?: Token[];
  private byteToChar?: Int32Array | null;

  constructor(readonly text: string) {}

  /**
   * Tokenized on first use: most statements of a history (inserts, updates, functions, most
   * creates) are mapped from the tree alone, and tokenizing every one was a tenth of a cold parse.
   */
  get toks(): Token[] {
    return (this.tokens ??= tokenize(this.text, 'postgresql'));
  }

  /** Index of the first token at or after a libpg-query location. */
  tokAt(location: number | undefined): number {
    const map = (this.byteToChar ??= /[^\x00-\x7f]/.test(this.text) ? byteMap(this.text) : null);
    const pos = location === undefined || location < 0 ? 0 : map ? map[Math.min(location, map.length - 1)] : location;
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  upper(k: number): string {
    return this.toks[k]?.upper ?? '';
  }

  /** Source text from token a to token b, both included. */
  slice(a: number, b: number): string {
    if (a > b || a >= this.toks.length) return '';
    return this.text.slice(this.toks[a].start, this.toks[b].end);
  }

  /** Index of the token closing the bracket opened at `open`. */
  close(open: number): number {
    let depth = 0;
    for (let k = open; k < this.toks.length; k++) {
      const u = this.toks[k].upper;
      if (u === '(' || u === '[') depth++;
      else if (u === ')' || u === ']') {
        if (--depth === 0) return k;
      }
    }
    return this.toks.length - 1;
  }

  /**
   * Last token of the run starting at `from` that stops before a depth-0 comma, an unopened
   * closing bracket, `;`, or (once the run is not empty) one of `stops`.
   */
  runEnd(from: number, stops?: Set<string>): number {
    let k = from;
    while (k < this.toks.length) {
      const t = this.toks[k];
      if (t.upper === ',' || t.upper === ')' || t.upper === ']' || t.upper === ';') break;
      if (k > from && t.kind === 'word' && stops?.has(t.upper) && !this.withTimeZone(k)) break;
      if (t.upper === 'WITH' && this.upper(k + 1) === 'OPTIONS') break;
      k = t.upper === '(' || t.upper === '[' ? this.close(k) + 1 : k + 1;
    }
    return k - 1;
  }

  /** The text of the run starting at `from` (see runEnd). */
  run(from: number, stops?: Set<string>): string {
    return this.slice(from, this.runEnd(from, stops));
  }

  /** First depth-0 token with this upper-case text in [from, to), or -1. */
  find(word: string, from: number, to = this.toks.length): number {
    let depth = 0;
    for (let k = from; k < to && k < this.toks.length; k++) {
      const u = this.toks[k].upper;
      if (depth === 0 && u === word) return k;
      if (u === '(' || u === '[') depth++;
      else if (u === ')' || u === ']') {
        if (--depth < 0) return -1;
      }
    }
    return -1;
  }

  /** Text inside the parentheses that open at `open`. */
  inner(open: number): string {
    return this.slice(open + 1, this.close(open) - 1);
  }

  /** [first, last] token ranges of the depth-0 comma-separated items in [from, to]. */
  items(from: number, to: number): [number, number][] {
    const out: [number, number][] = [];
    let start = from;
    let k = from;
    while (k <= to) {
      const u = this.toks[k].upper;
      if (u === '(' || u === '[') {
        k = this.close(k) + 1;
        continue;
      }
      if (u === ',') {
        out.push([start, k - 1]);
        start = k + 1;
      }
      k++;
    }
    if (start <= to) out.push([start, to]);
    return out;
  }

  /** Skip a possibly qualified name (`a`, `"a".b`, `a.b.c`) starting at `k`; returns the next index. */
  skipName(k: number): number {
    let i = k + 1;
    while (this.upper(i) === '.' && i + 1 < this.toks.length) i += 2;
    return i;
  }

  /** `timestamp WITH TIME ZONE`: a type's own WITH, not a stop. */
  private withTimeZone(k: number): boolean {
    return (this.upper(k) === 'WITH' || this.upper(k) === 'WITHOUT') && this.upper(k + 1) === 'TIME';
  }
}

function byteMap(text: string): Int32Array {
  const bytes = Buffer.byteLength(text, 'utf8');
  const map = new Int32Array(bytes + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const len = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
    for (let j = 0; j < len; j++) map[b + j] = i;
    b += len;
    if (len === 4) i++;
  }
  map[bytes] = text.length;
  return map;
}
