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

const OP_CHARS = new Set('+-*/<>=~!@#%^&|`?:'.split(''));

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 36;
}

/**
 * Tokens of a short SQL text (one statement or expression), comments dropped. Used to find
 * where an expression starts and ends when the parser gives only its start, and to read
 * leading keywords; the file-level splitter has its own, faster loop.
 */
export function tokenize(text: string, dialect: Dialect): Token[] {
  const mysql = isMysqlFamily(dialect);
  const pg = dialect === 'postgresql';
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (kind: Token['kind'], start: number, end: number, upper = ''): void => {
    out.push({ kind, start, end, upper });
  };
  const quoted = (at: number, close: string, backslash: boolean): number => {
    let k = at + 1;
    while (k < n) {
      const ch = text[k];
      if (backslash && ch === '\\') k += 2;
      else if (ch === close) {
        if (text[k + 1] === close && close !== ']') k += 2;
        else return k + 1;
      } else k++;
    }
    return n;
  };
  while (i < n) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || c === 0xfeff || c === 0xa0) {
      i++;
    } else if (ch === '-' && text[i + 1] === '-') {
      while (i < n && text[i] !== '\n') i++;
    } else if (ch === '#' && mysql) {
      while (i < n && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      let depth = 1;
      let k = i + 2;
      while (k < n && depth > 0) {
        if (text[k] === '*' && text[k + 1] === '/') {
          depth--;
          k += 2;
        } else if (pg && text[k] === '/' && text[k + 1] === '*') {
          depth++;
          k += 2;
        } else k++;
      }
      i = k;
    } else if (ch === "'") {
      const prev = text[i - 1];
      const e = pg && (prev === 'E' || prev === 'e') && out.length > 0 && out[out.length - 1].end === i && out[out.length - 1].upper === 'E';
      if (e) out.pop();
      const start = e ? i - 1 : i;
      i = quoted(i, "'", mysql || e);
      push('string', start, i);
    } else if (ch === '"') {
      const start = i;
      i = quoted(i, '"', mysql);
      push(mysql ? 'string' : 'ident', start, i);
    } else if (ch === '`' && !pg) {
      const start = i;
      i = quoted(i, '`', false);
      push('ident', start, i);
    } else if (ch === '[' && dialect === 'sqlite') {
      const start = i;
      i = quoted(i, ']', false);
      push('ident', start, i);
    } else if (ch === '$' && pg && /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.test(text.slice(i, i + 65))) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 65))![0];
      const close = text.indexOf(tag, i + tag.length);
      const start = i;
      i = close < 0 ? n : close + tag.length;
      push('string', start, i);
    } else if (ch === '$' && /[0-9]/.test(text[i + 1] ?? '')) {
      const start = i++;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      push('param', start, i);
    } else if (isIdentStart(c)) {
      const start = i++;
      while (i < n && isIdentChar(text.charCodeAt(i))) i++;
      push('word', start, i, text.slice(start, i).toUpperCase());
    } else if (c >= 48 && c <= 57) {
      const start = i++;
      while (i < n && (isIdentChar(text.charCodeAt(i)) || (text[i] === '.' && /[0-9]/.test(text[i + 1] ?? '')))) i++;
      push('number', start, i);
    } else if ('()[],;.'.includes(ch)) {
      push('punct', i, i + 1, ch);
      i++;
    } else if (OP_CHARS.has(ch)) {
      const start = i++;
      while (i < n && OP_CHARS.has(text[i]) && !(text[i] === '-' && text[i + 1] === '-') && !(text[i] === '/' && text[i + 1] === '*')) i++;
      push('op', start, i, text.slice(start, i));
    } else {
      push('op', i, i + 1, ch);
      i++;
    }
  }
  return out;
}
