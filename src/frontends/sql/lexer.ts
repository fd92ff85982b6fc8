import { isMysqlFamily, type Dialect } from '../../model/dialect.js';

/**
 * A token of one statement. `word` is an unquoted identifier or keyword (`upper` holds it
 * upper-cased); `ident` a quoted identifier; `punct` one of ( ) [ ] , ; . ; `op` any other
 * operator run.
 */
export interface Token {
  kind: 'word' | 'ident' | 'string' | 'number' | 'punct' | 'op' | 'param';
  start: number;
  end: number;
  upper: string;
}

const NL = 10;
const DASH = 45;
const SLASH = 47;
const STAR = 42;
const HASH = 35;
const SQUOTE = 39;
const DQUOTE = 34;
const BACKTICK = 96;
const LBRACKET = 91;
const RBRACKET = 93;
const DOLLAR = 36;
const BACKSLASH = 92;
const DOT = 46;

/** Char codes of `+-*\/<>=~!@#%^&|\`?:`, the characters an operator run is made of. */
const OP_CODE = new Uint8Array(128);
for (const ch of '+-*/<>=~!@#%^&|`?:') OP_CODE[ch.charCodeAt(0)] = 1;
/** `( ) [ ] , ; .`: one-character punctuation tokens. */
const PUNCT_CODE = new Uint8Array(128);
for (const ch of '()[],;.') PUNCT_CODE[ch.charCodeAt(0)] = 1;
/** The punctuation tokens' `upper`, the same string for every token of a kind. */
const PUNCT_TEXT: string[] = [];
for (const ch of '()[],;.') PUNCT_TEXT[ch.charCodeAt(0)] = ch;

/**
 * Character classes of ASCII codes, read inline in the loops below: a cold review tokenizes
 * hundreds of statements before V8 optimizes this function, and two calls per character of
 * every name were most of its time then.
 */
const IDENT_START = 1;
const IDENT_CHAR = 2;
const DIGIT = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  const digit = c >= 48 && c <= 57;
  CLASS[c] = (letter ? IDENT_START | IDENT_CHAR : 0) | (digit ? DIGIT | IDENT_CHAR : 0) | (c === DOLLAR ? IDENT_CHAR : 0);
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isOpChar(c: number): boolean {
  return c < 128 && OP_CODE[c] === 1;
}

/** A dollar-quote tag's characters after the first: letters, digits, `_`, anything past ASCII. */
function isTagChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

/**
 * End (past the closing `$`) of the dollar-quote tag opening at `i` (`$$`, `$body$`), or -1: a
 * tag's name starts with a letter or `_`, and the whole tag is at most 65 characters.
 */
function dollarTagEnd(text: string, i: number): number {
  let k = i + 1;
  const c = text.charCodeAt(k);
  if (c !== DOLLAR) {
    if (!isIdentStart(c)) return -1;
    k++;
    while (k < i + 64 && isTagChar(text.charCodeAt(k))) k++;
  }
  return k < i + 65 && text.charCodeAt(k) === DOLLAR ? k + 1 : -1;
}

/**
 * Tokens of a short SQL text (one statement or expression), comments dropped. Used to find
 * where an expression starts and ends when the parser gives only its start, and to read
 * leading keywords; the file-level splitter has its own, faster loop. One pass over char codes:
 * libpg-query's mapper tokenizes most DDL statements of a history.
 */
export function tokenize(text: string, dialect: Dialect, limit = Infinity, from = 0): Token[] {
  const mysql = isMysqlFamily(dialect);
  const pg = dialect === 'postgresql';
  const sqlite = dialect === 'sqlite';
  const out: Token[] = [];
  const n = text.length;
  // `from`: lexing starts there, which must be where a token of the whole text starts (or space before one).
  let i = from;
  const quoted = (at: number, close: number, backslash: boolean): number => {
    let k = at + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (backslash && c === BACKSLASH) k += 2;
      else if (c === close) {
        if (close !== RBRACKET && k + 1 < n && text.charCodeAt(k + 1) === close) k += 2;
        else return k + 1;
      } else k++;
    }
    return n;
  };
  // `limit`: at most that many tokens. The last of them may differ from the same token of the
  // whole text (an `E` word that the string after it would have joined); the others are the same.
  while (i < n && out.length < limit) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === NL || c === 9 || c === 13 || c === 12 || c === 0xfeff || c === 0xa0) {
      i++;
    } else if (c === DASH && text.charCodeAt(i + 1) === DASH) {
      while (i < n && text.charCodeAt(i) !== NL) i++;
    } else if (c === HASH && mysql) {
      while (i < n && text.charCodeAt(i) !== NL) i++;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      let depth = 1;
      let k = i + 2;
      while (k < n && depth > 0) {
        const d = text.charCodeAt(k);
        if (d === STAR && text.charCodeAt(k + 1) === SLASH) {
          depth--;
          k += 2;
        } else if (pg && d === SLASH && text.charCodeAt(k + 1) === STAR) {
          depth++;
          k += 2;
        } else k++;
      }
      i = k;
    } else if (c === SQUOTE) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const last = out.length > 0 ? out[out.length - 1] : undefined;
      const e = pg && (prev === 69 || prev === 101) && last !== undefined && last.end === i && last.upper === 'E';
      if (e) out.pop();
      const start = e ? i - 1 : i;
      i = quoted(i, SQUOTE, mysql || e);
      out.push({ kind: 'string', start, end: i, upper: '' });
    } else if (c === DQUOTE) {
      const start = i;
      i = quoted(i, DQUOTE, mysql);
      out.push({ kind: mysql ? 'string' : 'ident', start, end: i, upper: '' });
    } else if (c === BACKTICK && !pg) {
      const start = i;
      i = quoted(i, BACKTICK, false);
      out.push({ kind: 'ident', start, end: i, upper: '' });
    } else if (c === LBRACKET && sqlite) {
      const start = i;
      i = quoted(i, RBRACKET, false);
      out.push({ kind: 'ident', start, end: i, upper: '' });
    } else if (c === DOLLAR && pg && dollarTagEnd(text, i) >= 0) {
      const tagEnd = dollarTagEnd(text, i);
      const close = text.indexOf(text.slice(i, tagEnd), tagEnd);
      const start = i;
      i = close < 0 ? n : close + (tagEnd - i);
      out.push({ kind: 'string', start, end: i, upper: '' });
    } else if (c === DOLLAR && isDigit(text.charCodeAt(i + 1))) {
      const start = i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      out.push({ kind: 'param', start, end: i, upper: '' });
    } else if (c >= 128 || (CLASS[c] & IDENT_START) !== 0) {
      const start = i++;
      // Never reads past the end: charCodeAt out of bounds sends V8's optimized code back to the interpreter.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 && (CLASS[d] & IDENT_CHAR) === 0) break;
        i++;
      }
      out.push({ kind: 'word', start, end: i, upper: text.slice(start, i).toUpperCase() });
    } else if ((CLASS[c] & DIGIT) !== 0) {
      const start = i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 128 || (CLASS[d] & IDENT_CHAR) !== 0 || (d === DOT && isDigit(text.charCodeAt(i + 1)))) i++;
        else break;
      }
      out.push({ kind: 'number', start, end: i, upper: '' });
    } else if (c < 128 && PUNCT_CODE[c] === 1) {
      out.push({ kind: 'punct', start: i, end: i + 1, upper: PUNCT_TEXT[c] });
      i++;
    } else if (isOpChar(c)) {
      const start = i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isOpChar(d) || (d === DASH && text.charCodeAt(i + 1) === DASH) || (d === SLASH && text.charCodeAt(i + 1) === STAR)) break;
        i++;
      }
      out.push({ kind: 'op', start, end: i, upper: text.slice(start, i) });
    } else {
      out.push({ kind: 'op', start: i, end: i + 1, upper: text[i] });
      i++;
    }
  }
  return out;
}
