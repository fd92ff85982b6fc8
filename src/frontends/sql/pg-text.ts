import { tokenize, type Token } from './lexer.js';

/** Words that end a column's type or a DEFAULT expression in a column definition. */
export const COLUMN_STOPS = new Set(['NOT', 'NULL', 'DEFAULT', 'PRIMARY', 'REFERENCES', 'CHECK', 'UNIQUE', 'CONSTRAINT', 'COLLATE', 'GENERATED', 'USING', 'DEFERRABLE', 'INITIALLY', 'COMPRESSION', 'STORAGE', 'ENFORCED']);
/** Words that end a table constraint's body. */
export const CONSTRAINT_STOPS = new Set(['NOT', 'DEFERRABLE', 'INITIALLY', 'ENFORCED', 'NO']);

/**
 * The tokens of one PostgreSQL statement, for reading expression text back from the source:
 * libpg-query gives only where a node starts (in UTF-8 bytes), and for operators not even
 * that, so expressions are cut at the keywords and commas that end them.
 *
 * The statement is tokenized whole only when a reading needs it (an index's expressions, ALTER
 * TABLE's commands, a CHECK, a select list's casts). A column's type and default, which every
 * CREATE TABLE and ADD COLUMN reads, are read by runAt from a window: tokens lexed from the node's
 * location on, a few at a time, only as far as the run goes (issue 11: tokenizing each such
 * statement whole was most of what mapping it cost on a cold review). The tokens of a window are
 * the statement's own from there on, so what is read is the same.
 */
export class PgText {
  private tokens?: Token[];
  private byteToChar?: Int32Array | null;
  /** A window's lexing state: where the next batch starts, and whether the text is all lexed. */
  private lexing?: { at: number; done: boolean };

  constructor(
    readonly text: string,
    /** Always tokenize the whole statement (no windows): the reference the windows are tested against. */
    private readonly whole = false,
  ) {}

  /**
   * Tokenized on first use: most statements of a history (inserts, updates, functions, most
   * creates) are mapped from the tree alone, and tokenizing every one was a tenth of a cold parse.
   */
  get toks(): Token[] {
    return (this.tokens ??= tokenize(this.text, 'postgresql'));
  }

  /** Index of the first token at or after a libpg-query location. */
  tokAt(location: number | undefined): number {
    const pos = this.charAt(location);
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * `run(tokAt(location), stops)`, or with `after`, the run after the first depth-0 `after` word
   * from there (`run(find(after, tokAt(location)) + 1, stops)`): from a window when it can be.
   */
  runAt(location: number | undefined, stops: Set<string>, after?: string): string {
    const w = this.window(location);
    if (w) {
      const k = after === undefined ? 0 : w.find(after, 0);
      // Not found: the statement's tokens say where the run then starts (before the window).
      if (k >= 0) return w.run(after === undefined ? k : k + 1, stops);
    }
    const at = this.tokAt(location);
    return this.run(after === undefined ? at : this.find(after, at) + 1, stops);
  }

  /** `inner(find(after, tokAt(location)) + 1)`: the text inside the brackets after that word. */
  innerAt(location: number | undefined, after: string): string {
    const w = this.window(location);
    if (w) {
      const k = w.find(after, 0);
      if (k >= 0) return w.inner(k + 1);
    }
    return this.inner(this.find(after, this.tokAt(location)) + 1);
  }

  /**
   * The statement's text from a location on, lexed lazily: undefined when the whole statement is
   * tokenized anyway, or when the location may not start one of its tokens (the window's tokens
   * would then not be the statement's). libpg-query's locations start tokens outside quotes and
   * comments; one after a space, `(` or `,` starts a token of the statement's too.
   */
  private window(location: number | undefined): PgText | undefined {
    if (this.tokens || this.whole || location === undefined || location < 0) return undefined;
    const pos = this.charAt(location);
    const c = this.text.charCodeAt(pos);
    if (pos >= this.text.length || isSpace(c) || pos === 0) return undefined;
    const p = this.text.charCodeAt(pos - 1);
    if (!isSpace(p) && p !== 40 && p !== 44) return undefined;
    const w = new PgText(this.text, true);
    w.tokens = [];
    w.lexing = { at: pos, done: false };
    return w;
  }

  /** Whether token k exists; a window lexes on until it does or the text ends. */
  private has(k: number): boolean {
    const toks = this.toks;
    if (k < toks.length) return true;
    const lexing = this.lexing;
    while (lexing && !lexing.done && k >= toks.length) {
      const batch = tokenize(this.text, 'postgresql', WINDOW_BATCH, lexing.at);
      if (batch.length < WINDOW_BATCH) lexing.done = true;
      const last = batch[batch.length - 1];
      // An `E` right before a quote is the prefix of the string after it (E'…'): lexed again with it.
      if (!lexing.done && last.kind === 'word' && last.upper === 'E' && this.text.charCodeAt(last.end) === 39) {
        batch.pop();
        lexing.at = last.start;
      } else if (last) lexing.at = last.end;
      for (const t of batch) toks.push(t);
    }
    return k < toks.length;
  }

  /** Char offset of a libpg-query location (UTF-8 bytes). */
  private charAt(location: number | undefined): number {
    const map = (this.byteToChar ??= /[^\x00-\x7f]/.test(this.text) ? byteMap(this.text) : null);
    return location === undefined || location < 0 ? 0 : map ? map[Math.min(location, map.length - 1)] : location;
  }

  upper(k: number): string {
    return this.has(k) ? this.toks[k].upper : '';
  }

  /** Source text from token a to token b, both included. */
  slice(a: number, b: number): string {
    if (a > b || !this.has(a)) return '';
    return this.text.slice(this.toks[a].start, this.toks[b].end);
  }

  /** Index of the token closing the bracket opened at `open`. */
  close(open: number): number {
    let depth = 0;
    for (let k = open; this.has(k); k++) {
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
    while (this.has(k)) {
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
  find(word: string, from: number, to = Infinity): number {
    let depth = 0;
    for (let k = from; k < to && this.has(k); k++) {
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
    while (this.upper(i) === '.' && this.has(i + 1)) i += 2;
    return i;
  }

  /** `timestamp WITH TIME ZONE`: a type's own WITH, not a stop. */
  private withTimeZone(k: number): boolean {
    return (this.upper(k) === 'WITH' || this.upper(k) === 'WITHOUT') && this.upper(k + 1) === 'TIME';
  }
}

/** Tokens a window lexes at a time: a column's type or default is rarely longer. */
const WINDOW_BATCH = 6;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
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
