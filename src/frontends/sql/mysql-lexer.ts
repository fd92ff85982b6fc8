import type { QName } from '../../model/operation.js';

/**
 * A small MySQL / MariaDB tokenizer. The statement mapper reads statement shapes from
 * tokens (keywords, names, parenthesized groups) and hands only table element lists to
 * node-sql-parser, so the tokens must agree with MySQL about what is a string, a quoted
 * name and a comment.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'var' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The source slice. */
  text: string;
  /**
   * word: upper case; quoted: the identifier without backticks; string: the unescaped
   * content (hex/bit literals keep their digits); number, var, punct: the text.
   */
  value: string;
  start: number;
  end: number;
}

/** Thrown for text MySQL would reject; the message names the place. */
export class MysqlSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = 'MysqlSyntaxError';
  }
}

export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function syntaxError(text: string, offset: number, message: string): MysqlSyntaxError {
  const { line, column } = lineCol(text, offset);
  return new MysqlSyntaxError(`${message} (line ${line}, column ${column})`, offset);
}

/** [A-Za-z0-9_$] and anything beyond ASCII, which MySQL allows in unquoted names. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}
// Sticky: matched in place, so long statements are not copied for every number.
const NUMBER = /0x[0-9a-fA-F]+|0b[01]+|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const EXEC_COMMENT = /\/\*M?!(\d*)/y;
const PUNCT3 = ['<=>', '->>'];
const PUNCT2 = ['<=', '>=', '<>', '!=', ':=', '||', '&&', '<<', '>>', '->'];

const BACKSLASH_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', Z: '\x1a' };

export function tokenize(text: string): Token[] {
  const toks: Token[] = [];
  const n = text.length;
  let i = 0;
  // Inside /*! … */ (and MariaDB /*M! … */): MySQL runs that text, so it is lexed as code.
  let inExecComment = false;

  const readQuoted = (quote: string, start: number): { value: string; end: number } => {
    const q = quote.charCodeAt(0);
    // Pieces joined once at the end: a string of a million doubled quotes must not cost a
    // million string concatenations (issue 12: linear on any input).
    const parts: string[] = [];
    let j = start + 1;
    let run = j; // start of the plain characters not yet copied into parts
    for (;;) {
      if (j >= n) {
        throw syntaxError(text, start, `Unterminated ${quote === '`' ? 'quoted name' : 'string'} starting here`);
      }
      const c = text.charCodeAt(j);
      if (c === q) {
        parts.push(text.slice(run, j));
        if (text.charCodeAt(j + 1) === q) {
          parts.push(quote);
          j += 2;
          run = j;
          continue;
        }
        return { value: parts.join(''), end: j + 1 };
      }
      if (c === 92 && quote !== '`' && j + 1 < n) {
        const e = text[j + 1];
        parts.push(text.slice(run, j), BACKSLASH_ESCAPES[e] ?? e);
        j += 2;
        run = j;
        continue;
      }
      j++;
    }
  };

  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#' || (c === '-' && text[i + 1] === '-' && (i + 2 >= n || /\s/.test(text[i + 2])))) {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      EXEC_COMMENT.lastIndex = i;
      const m = EXEC_COMMENT.exec(text);
      // Version 99.99.99 means "never" (mariadb-dump's /*M!999999\- enable the sandbox mode */).
      if (m && !inExecComment && !m[1].startsWith('9999')) {
        inExecComment = true;
        i += m[0].length;
        continue;
      }
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw syntaxError(text, i, 'Unterminated comment starting here');
      i = close + 2;
      continue;
    }
    if (c === '*' && text[i + 1] === '/' && inExecComment) {
      inExecComment = false;
      i += 2;
      continue;
    }
    const start = i;
    if (c === '`') {
      const q = readQuoted('`', i);
      toks.push({ kind: 'quoted', text: text.slice(start, q.end), value: q.value, start, end: q.end });
      i = q.end;
      continue;
    }
    if (c === "'" || c === '"') {
      const q = readQuoted(c, i);
      toks.push({ kind: 'string', text: text.slice(start, q.end), value: q.value, start, end: q.end });
      i = q.end;
      continue;
    }
    if (c === '@') {
      let j = i + 1;
      if (text[j] === '@') j++;
      if (text[j] === "'" || text[j] === '"' || text[j] === '`') {
        j = readQuoted(text[j], j).end;
      } else {
        while (j < n && (isWordChar(text[j]) || text[j] === '.')) j++;
      }
      toks.push({ kind: 'var', text: text.slice(start, j), value: text.slice(start, j), start, end: j });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const len = m ? m[0].length : 1;
      // MySQL names may start with a digit (`2fa_enabled`): then it is a word, not a number.
      if (!isWordChar(text[i + len])) {
        toks.push({ kind: 'number', text: text.slice(i, i + len), value: text.slice(i, i + len), start, end: i + len });
        i += len;
        continue;
      }
    }
    if (isWordChar(c)) {
      let j = i;
      while (j < n && isWordChar(text[j])) j++;
      const word = text.slice(i, j);
      // Introduced strings: x'1f', b'01', N'text', _utf8mb4'text'.
      if ((text[j] === "'" || (text[j] === '"' && word.startsWith('_'))) && /^([xXbBnN]|_[A-Za-z0-9]+)$/.test(word)) {
        const q = readQuoted(text[j], j);
        toks.push({ kind: 'string', text: text.slice(start, q.end), value: q.value, start, end: q.end });
        i = q.end;
        continue;
      }
      toks.push({ kind: 'word', text: word, value: word.toUpperCase(), start, end: j });
      i = j;
      continue;
    }
    const three = text.slice(i, i + 3);
    const two = text.slice(i, i + 2);
    const p = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c;
    toks.push({ kind: 'punct', text: p, value: p, start, end: i + p.length });
    i += p.length;
  }
  return toks;
}

/** Index of the matching ')' for every '(' (and the reverse); throws on unbalanced parentheses. */
export function matchParens(text: string, toks: Token[]): Int32Array {
  const match = new Int32Array(toks.length).fill(-1);
  const stack: number[] = [];
  toks.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    if (t.value === '(') stack.push(i);
    else if (t.value === ')') {
      const open = stack.pop();
      if (open === undefined) throw syntaxError(text, t.start, 'Unexpected ")"');
      match[open] = i;
      match[i] = open;
    }
  });
  if (stack.length) throw syntaxError(text, toks[stack[stack.length - 1]].start, 'Unclosed "("');
  return match;
}

function describe(t: Token | undefined): string {
  return t ? `"${t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text}"` : 'end of input';
}

/**
 * A read position over the tokens of one statement, limited to [from, to).
 * Methods that expect something throw a MysqlSyntaxError naming the token found instead.
 */
export class Cursor {
  i: number;

  constructor(
    readonly src: string,
    readonly toks: Token[],
    readonly parens: Int32Array,
    from = 0,
    readonly to = toks.length,
  ) {
    this.i = from;
  }

  sub(from: number, to: number): Cursor {
    return new Cursor(this.src, this.toks, this.parens, from, to);
  }

  peek(k = 0): Token | undefined {
    return this.i + k < this.to ? this.toks[this.i + k] : undefined;
  }

  atEnd(): boolean {
    return this.i >= this.to;
  }

  /** Whether the tokens ahead are exactly these unquoted words. */
  isWord(...words: string[]): boolean {
    return words.every((w, k) => {
      const t = this.peek(k);
      return t !== undefined && t.kind === 'word' && t.value === w;
    });
  }

  isAnyWord(words: ReadonlySet<string> | readonly string[]): boolean {
    const t = this.peek();
    if (!t || t.kind !== 'word') return false;
    return Array.isArray(words) ? words.includes(t.value) : (words as ReadonlySet<string>).has(t.value);
  }

  /** Consumes the words if they are next, in order. */
  eat(...words: string[]): boolean {
    if (!this.isWord(...words)) return false;
    this.i += words.length;
    return true;
  }

  /** Consumes one word if it is any of these; returns it (upper case). */
  eatAny(...words: string[]): string | undefined {
    const t = this.peek();
    if (!t || t.kind !== 'word' || !words.includes(t.value)) return undefined;
    this.i++;
    return t.value;
  }

  expect(...words: string[]): void {
    words.forEach((w, k) => {
      if (!this.isWord(w)) throw this.error(`Expected "${words.slice(k).join(' ')}"`);
      this.i++;
    });
  }

  isPunct(p: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === 'punct' && t.value === p;
  }

  eatPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.i++;
    return true;
  }

  expectPunct(p: string): void {
    if (!this.eatPunct(p)) throw this.error(`Expected "${p}"`);
  }

  next(): Token {
    const t = this.peek();
    if (!t) throw this.error('Unexpected end of statement');
    this.i++;
    return t;
  }

  /** A name: a plain word or a `quoted` identifier (a 'string' too, which MySQL accepts in a few places). */
  ident(what = 'a name'): string {
    const t = this.peek();
    if (!t || !(t.kind === 'word' || t.kind === 'quoted')) throw this.error(`Expected ${what}`);
    this.i++;
    return t.kind === 'word' ? t.text : t.value;
  }

  /** A character set or collation name: a word, a `quoted` name or a 'string' (Laravel writes collate 'utf8mb4_unicode_ci'). */
  nameOrString(what: string): string {
    const t = this.peek();
    if (t && t.kind === 'string') {
      this.i++;
      return t.value;
    }
    return this.ident(what);
  }

  isIdent(): boolean {
    const t = this.peek();
    return t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
  }

  qname(what = 'a table name'): QName {
    const first = this.ident(what);
    if (this.isPunct('.') && this.peek(1) && (this.peek(1)!.kind === 'word' || this.peek(1)!.kind === 'quoted')) {
      this.i++;
      return { schema: first, name: this.ident(what) };
    }
    return { name: first };
  }

  /** At '(': returns the token range inside the parentheses and moves past ')'. */
  group(): { from: number; to: number } {
    if (!this.isPunct('(')) throw this.error('Expected "("');
    const close = this.parens[this.i];
    const r = { from: this.i + 1, to: close };
    this.i = close + 1;
    return r;
  }

  /** Moves past one token, or past a whole parenthesized group. */
  skipOne(): void {
    if (this.isPunct('(')) this.i = this.parens[this.i] + 1;
    else this.i++;
  }

  /** Source text of tokens [from, to), as written. */
  text(from: number, to: number): string {
    if (from >= to) return '';
    return this.src.slice(this.toks[from].start, this.toks[to - 1].end);
  }

  restText(): string {
    return this.text(this.i, this.to);
  }

  error(message: string): MysqlSyntaxError {
    const t = this.peek();
    const offset = t ? t.start : this.i > 0 && this.toks[this.i - 1] ? this.toks[this.i - 1].end : 0;
    return syntaxError(this.src, offset, `${message} but ${describe(t)} found`);
  }

  expectEnd(): void {
    if (!this.atEnd()) throw this.error('Expected end of statement');
  }
}

/** Splits [from, to) at commas outside parentheses. Empty pieces are kept so callers can report them. */
export function splitTopLevel(toks: Token[], parens: Int32Array, from: number, to: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t.kind !== 'punct') continue;
    if (t.value === '(') i = parens[i];
    else if (t.value === ',') {
      out.push({ from: start, to: i });
      start = i + 1;
    }
  }
  out.push({ from: start, to });
  return out;
}

/** Index of the first unquoted word `w` outside parentheses in [from, to), or -1. */
export function findTopLevelWord(toks: Token[], parens: Int32Array, from: number, to: number, w: string): number {
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t.kind === 'punct' && t.value === '(') i = parens[i];
    else if (t.kind === 'word' && t.value === w) return i;
  }
  return -1;
}
