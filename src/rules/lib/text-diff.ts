/**
 * Text comparisons for process rules: which lines of a file changed, and whether a change
 * touches only whitespace and comments.
 */

export interface ChangedRange {
  /** 1-based first and last changed line in the new text. */
  line: number;
  endLine: number;
}

/** The changed block of `after` compared to `before` (common prefix and suffix lines removed), clamped to real lines. */
export function changedRange(before: string, after: string): ChangedRange {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const lines = after.endsWith('\n') ? b.length - 1 : b.length;
  const last = Math.max(1, lines);
  const line = Math.min(start + 1, last);
  return { line, endLine: Math.min(Math.max(endB + 1, line), last) };
}

export type Language = 'sql' | 'python';

/**
 * The tokens of a migration without whitespace and comments. Strings and quoted identifiers are
 * single tokens, so comment markers inside them are kept. Python keeps each line's indentation,
 * which is syntax there.
 */
export function codeTokens(text: string, language: Language, opts: { mysql?: boolean } = {}): string[] {
  return language === 'python' ? pythonTokens(text) : sqlTokens(text, !!opts.mysql);
}

export function sameCode(a: string, b: string, language: Language, opts: { mysql?: boolean } = {}): boolean {
  const ta = codeTokens(a, language, opts);
  const tb = codeTokens(b, language, opts);
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}

const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

function sqlTokens(s: string, mysql: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && s[i + 1] === '-') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === '#' && mysql) {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === '/' && s[i + 1] === '*') {
      // PostgreSQL nests block comments; MySQL does not, and closes at the first */.
      let depth = 1;
      i += 2;
      while (i < s.length && depth > 0) {
        if (!mysql && s[i] === '/' && s[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (s[i] === '*' && s[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (c === "'" || c === '"' || c === '`') {
      const escapes = c === "'" && (mysql || /[eE]/.test(s[i - 1] ?? '') && !WORD.test(s[i - 2] ?? ''));
      const start = i++;
      while (i < s.length) {
        if (escapes && s[i] === '\\') i += 2;
        else if (s[i] === c && s[i + 1] === c) i += 2;
        else if (s[i] === c) {
          i++;
          break;
        } else i++;
      }
      out.push(s.slice(start, i));
    } else if (c === '$' && !mysql && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(s.slice(i)) && !WORD.test(s[i - 1] ?? '')) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(s.slice(i))![0];
      const end = s.indexOf(tag, i + tag.length);
      const stop = end < 0 ? s.length : end + tag.length;
      out.push(s.slice(i, stop));
      i = stop;
    } else if (WORD.test(c)) {
      const start = i;
      while (i < s.length && WORD.test(s[i])) i++;
      out.push(s.slice(start, i));
    } else {
      out.push(c);
      i++;
    }
  }
  return out;
}

function pythonTokens(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  let lineStart = true;
  let depth = 0; // inside brackets, line breaks and indentation mean nothing
  while (i < s.length) {
    const c = s[i];
    if (c === '\n') {
      i++;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      let j = i;
      while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
      // Blank and comment-only lines carry no indentation token.
      if (s[j] !== '\n' && s[j] !== '#' && s[j] !== '\r' && j < s.length && depth === 0) out.push(`\n${s.slice(i, j)}`);
      i = j;
      lineStart = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || (c === '\\' && s[i + 1] === '\n')) {
      i += c === '\\' ? 2 : 1;
    } else if (c === '#') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const triple = s.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      const start = i;
      i += q.length;
      while (i < s.length && !s.startsWith(q, i)) i += s[i] === '\\' ? 2 : 1;
      i += q.length;
      out.push(s.slice(start, i));
    } else if (/[A-Za-z0-9_]/.test(c)) {
      const start = i;
      while (i < s.length && /[A-Za-z0-9_]/.test(s[i])) i++;
      out.push(s.slice(start, i));
    } else {
      if ('([{'.includes(c)) depth++;
      if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      out.push(c);
      i++;
    }
  }
  return out;
}

/**
 * Whether Flyway computes the same checksum for both texts: it feeds each line without its line
 * ending into a CRC32, after dropping a byte-order mark, so only line endings and blank lines may differ.
 */
export function sameFlywayChecksum(a: string, b: string): boolean {
  const lines = (s: string) => s.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).join('');
  return lines(a) === lines(b);
}
