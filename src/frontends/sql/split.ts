import { isMysqlFamily, type Dialect } from '../../model/dialect.js';

/** One statement of a SQL file, located in the file's text. */
export interface RawStatement {
  /** From its first token to its last: no surrounding comments, no terminator. */
  text: string;
  /** 1-based line of the first token and of the last token. */
  line: number;
  endLine: number;
  /** 1-based column of the first token on `line`. */
  column: number;
  /** Offsets of `text` in the file. */
  start: number;
  end: number;
}

const NL = 10;
const SEMI = 59;
const SQUOTE = 39;
const DQUOTE = 34;
const BACKTICK = 96;
const DOLLAR = 36;
const DASH = 45;
const SLASH = 47;
const STAR = 42;
const HASH = 35;
const BACKSLASH = 92;
const LBRACKET = 91;
const RBRACKET = 93;
const DOT = 46;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff || c === 0xa0;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === DOLLAR;
}

/**
 * A custom delimiter ends a word it is glued to (`END$$`, `END//`). Only the word itself is
 * searched (a delimiter that starts inside it may end past it): searching on to the end of the
 * file would make every word of an unclosed `DELIMITER //` section cost the rest of the file.
 */
function cutAtDelimiter(text: string, delimiter: string, from: number, to: number): number {
  const d = text.slice(from + 1, to + delimiter.length - 1).indexOf(delimiter);
  return d >= 0 ? from + 1 + d : to;
}

/** Words that may sit between CREATE and the object keyword of a routine or trigger. */
const HEADER_SKIP = new Set(['OR', 'REPLACE', 'TEMP', 'TEMPORARY', 'AGGREGATE', 'CONSTRAINT', 'IF', 'NOT', 'EXISTS']);
/** Statements whose body may hold `;` inside BEGIN … END. */
const COMPOUND = new Set(['TRIGGER', 'PROCEDURE', 'FUNCTION', 'EVENT']);
/** `END IF` / `END LOOP` … close blocks whose opening keyword is not counted (IF is also a function). */
const END_SUFFIX_IGNORED = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT']);

const COPY_FROM_STDIN = /\bFROM\s+STDIN\b/i;

/**
 * What a PostgreSQL statement's text is mostly made of: characters that neither end it, nor open a
 * quote, a comment or a dollar quote, nor start a line (names, spaces, operators, numbers).
 */
const PG_PLAIN_RUN = /[^\n;'"$/-]+/y;

/**
 * End of the data block of a `COPY … FROM STDIN;` whose `;` is just before `from`: the data
 * starts on the next line and ends with the line `\.` (the end offset is right after it), or
 * at the end of the file, as psql reads it. Without a next line there is no data block. `nl` is
 * the offset of the first line feed at or after `from` (-1: none).
 */
function copyDataEnd(text: string, from: number, nl: number): number {
  if (nl < 0) return from;
  let at = nl + 1;
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const lineEnd = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    if (lineEnd - at === 2 && text.charCodeAt(at) === BACKSLASH && text.charCodeAt(at + 1) === DOT) return lineEnd;
    at = eol + 1;
  }
  let end = text.length;
  while (end > from && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === NL)) end--;
  return end;
}

/**
 * Split a SQL file into statements on `;` (or the MySQL client's current DELIMITER; in
 * PostgreSQL a DELIMITER line adds its delimiter to `;`),
 * skipping what may hold a `;` that ends nothing: comments (nested in PostgreSQL),
 * strings (`''` doubling; backslash escapes in E'…' and in MySQL), quoted identifiers,
 * PostgreSQL dollar quotes, and BEGIN … END bodies of triggers and routines. The data rows
 * of a PostgreSQL `COPY … FROM STDIN;` (pg_dump) belong to it, through the closing `\.` line.
 * Statements made only of comments are dropped. One pass over char codes: it runs
 * over every migration of a repository.
 */
export function splitStatements(text: string, dialect: Dialect): RawStatement[] {
  const pg = dialect === 'postgresql';
  const mysql = isMysqlFamily(dialect);
  const sqlite = dialect === 'sqlite';
  const out: RawStatement[] = [];
  const n = text.length;

  let i = 0;
  let line = 1;
  let lineStart = 0;
  let delimiter = ';';
  /**
   * PostgreSQL: a `DELIMITER x` line (MySQL client syntax that some runners, DolphinScheduler's
   * among them, accept for every database) makes `x` end statements too. `;` keeps ending them:
   * PostgreSQL bodies are dollar-quoted, so nothing needs the custom delimiter to hide a `;`.
   */
  let pgDelimiter = '';
  /**
   * The first line feed at or after some offset, found once and reused while it lies ahead:
   * `COPY … FROM STDIN;` repeated on one line would otherwise search the rest of the file each time.
   */
  let nextNl = -2;
  let nextNlFrom = 0;
  const lineFeedFrom = (from: number): number => {
    if (nextNl === -2 || from < nextNlFrom || (nextNl >= 0 && nextNl < from)) nextNl = text.indexOf('\n', from);
    nextNlFrom = from;
    return nextNl;
  };
  /** Whether only spaces stand between the start of the current line and `at` (scans back to the first other character). */
  const lineBlankBefore = (at: number): boolean => {
    for (let k = at - 1; k >= lineStart; k--) if (!isSpace(text.charCodeAt(k))) return false;
    return true;
  };

  // Current statement.
  let tokStart = -1;
  let firstLine = 0;
  let firstCol = 0;
  let lastEnd = 0;
  let lastLine = 0;
  // Header recognition and BEGIN … END depth; only meaningful while the delimiter is ';'.
  let headerWords = 0;
  let headerDone = false;
  let definer = false;
  let compound = false;
  let blockDepth = 0;
  /** Upper-cased first word of the current statement (only while the delimiter is ';'). */
  let firstWord = '';

  const begin = (at: number): void => {
    if (tokStart < 0) {
      tokStart = at;
      firstLine = line;
      firstCol = at - lineStart + 1;
    }
  };
  const finish = (): void => {
    if (tokStart >= 0) {
      out.push({ text: text.slice(tokStart, lastEnd), line: firstLine, endLine: lastLine, column: firstCol, start: tokStart, end: lastEnd });
    }
    tokStart = -1;
    headerWords = 0;
    headerDone = false;
    definer = false;
    compound = false;
    blockDepth = 0;
    firstWord = '';
  };
  /** Advance line bookkeeping over text[from, to), from line feed to line feed (dollar-quoted bodies are long). */
  const countLines = (from: number, to: number): void => {
    for (let nl = lineFeedFrom(from); nl >= 0 && nl < to; nl = lineFeedFrom(nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
  };
  /** End of a quoted run opened at `at`; `close` doubled is an escape, so is a backslash when `backslash`. */
  const skipQuoted = (at: number, close: number, backslash: boolean): number => {
    let k = at + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === NL) {
        line++;
        lineStart = k + 1;
      } else if (backslash && c === BACKSLASH) {
        if (text.charCodeAt(k + 1) === NL) {
          line++;
          lineStart = k + 2;
        }
        k += 2;
        continue;
      } else if (c === close) {
        if (text.charCodeAt(k + 1) === close && close !== RBRACKET) {
          k += 2;
          continue;
        }
        return k + 1;
      }
      k++;
    }
    return n;
  };
  /** The next word after whitespace and comments, upper-cased, or '' when something else comes; its end in `peekEnd`. */
  let peekEnd = 0;
  const peekWord = (from: number): string => {
    let k = from;
    for (;;) {
      while (k < n && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === NL)) k++;
      if (text.charCodeAt(k) === DASH && text.charCodeAt(k + 1) === DASH) {
        while (k < n && text.charCodeAt(k) !== NL) k++;
        continue;
      }
      if (text.charCodeAt(k) === SLASH && text.charCodeAt(k + 1) === STAR) {
        const e = text.indexOf('*/', k + 2);
        k = e < 0 ? n : e + 2;
        continue;
      }
      break;
    }
    if (k >= n || !isIdentStart(text.charCodeAt(k))) return '';
    let e = k + 1;
    while (e < n && isIdentChar(text.charCodeAt(e))) e++;
    peekEnd = e;
    return text.slice(k, e).toUpperCase();
  };

  while (i < n) {
    // PostgreSQL, past a statement's header and outside routine bodies: only line feeds, `;`,
    // quotes, `$` and comment starts matter until the statement ends, so the run of anything else
    // is skipped natively, its last character other than a space ending the statement so far.
    if (pg && headerDone && !compound && !pgDelimiter) {
      PG_PLAIN_RUN.lastIndex = i;
      if (PG_PLAIN_RUN.test(text)) {
        const to = PG_PLAIN_RUN.lastIndex;
        let end = to;
        while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
        if (end > i) {
          lastEnd = end;
          lastLine = line;
        }
        i = to;
        continue;
      }
    }
    const c = text.charCodeAt(i);

    if (c === NL) {
      line++;
      lineStart = ++i;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }

    if (delimiter !== ';' && c === delimiter.charCodeAt(0) && text.startsWith(delimiter, i)) {
      finish();
      i += delimiter.length;
      continue;
    }
    if (pgDelimiter && c === pgDelimiter.charCodeAt(0) && text.startsWith(pgDelimiter, i) && blockDepth === 0) {
      finish();
      i += pgDelimiter.length;
      continue;
    }

    // Comments.
    if (c === DASH && text.charCodeAt(i + 1) === DASH) {
      const after = text.charCodeAt(i + 2);
      // MySQL needs a space after `--`; `1--1` is arithmetic there. Like the mysql client,
      // `--` before any statement has begun is a comment all the same (`--DROP TABLE t;`).
      if (!mysql || i + 2 >= n || isSpace(after) || after === NL || tokStart < 0) {
        const nl = lineFeedFrom(i);
        i = nl < 0 ? n : nl;
        continue;
      }
    }
    if (c === HASH && mysql) {
      while (i < n && text.charCodeAt(i) !== NL) i++;
      continue;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      // MySQL runs `/*! … */` and MariaDB `/*M! … */` (version-gated SQL): code, not comments.
      const executable = mysql && (text.charCodeAt(i + 2) === 33 || (text.charCodeAt(i + 2) === 77 && text.charCodeAt(i + 3) === 33));
      let k = i + 2;
      let depth = 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === NL) {
          line++;
          lineStart = k + 1;
        } else if (d === STAR && text.charCodeAt(k + 1) === SLASH) {
          k += 2;
          if (--depth === 0) break;
          continue;
        } else if (pg && d === SLASH && text.charCodeAt(k + 1) === STAR) {
          depth++;
          k += 2;
          continue;
        }
        k++;
      }
      if (executable) {
        begin(i);
        lastEnd = Math.min(k, n);
        lastLine = line;
      }
      i = Math.min(k, n);
      continue;
    }

    if (c === SEMI && delimiter === ';') {
      if (blockDepth > 0) {
        begin(i);
        lastEnd = ++i;
        lastLine = line;
        continue;
      }
      if (pg && firstWord === 'COPY' && COPY_FROM_STDIN.test(text.slice(tokStart, i))) {
        // pg_dump / psql: the rows follow on the next line, up to a line holding only `\.`;
        // they are part of the statement, never statements of their own.
        const end = copyDataEnd(text, i + 1, lineFeedFrom(i + 1));
        if (end > i + 1) {
          countLines(i, end);
          lastEnd = i = end;
          lastLine = line;
          finish();
          continue;
        }
      }
      finish();
      i++;
      continue;
    }

    begin(i);

    if (c === SQUOTE) {
      const p = text.charCodeAt(i - 1);
      const eString = pg && (p === 69 || p === 101) && !isIdentChar(text.charCodeAt(i - 2));
      i = skipQuoted(i, SQUOTE, mysql || eString);
    } else if (c === DQUOTE) {
      i = skipQuoted(i, DQUOTE, mysql);
    } else if (c === BACKTICK && (mysql || sqlite)) {
      i = skipQuoted(i, BACKTICK, false);
    } else if (c === LBRACKET && sqlite) {
      i = skipQuoted(i, RBRACKET, false);
    } else if (c === DOLLAR && pg && !isIdentChar(text.charCodeAt(i - 1))) {
      let k = i + 1;
      const t0 = text.charCodeAt(k);
      if (t0 === DOLLAR || isIdentStart(t0)) {
        while (k < n && isIdentChar(text.charCodeAt(k)) && text.charCodeAt(k) !== DOLLAR) k++;
      }
      if (text.charCodeAt(k) === DOLLAR) {
        const tag = text.slice(i, k + 1);
        const close = text.indexOf(tag, k + 1);
        const end = close < 0 ? n : close + tag.length;
        countLines(k + 1, end);
        i = end;
      } else {
        i++; // a parameter such as $1
      }
    } else if (c === BACKSLASH && pg && tokStart === i && lineBlankBefore(i)) {
      // psql meta-command (\set, \connect …): ends at the end of its line, not at ';'.
      while (i < n && text.charCodeAt(i) !== NL) i++;
      lastEnd = i;
      while (lastEnd > tokStart && isSpace(text.charCodeAt(lastEnd - 1))) lastEnd--;
      lastLine = line;
      finish();
      continue;
    } else if (isIdentStart(c)) {
      let k = i + 1;
      while (k < n && isIdentChar(text.charCodeAt(k))) k++;
      if (delimiter !== ';') k = cutAtDelimiter(text, delimiter, i, k);
      if (delimiter === ';' || mysql) {
        const len = k - i;
        if ((mysql || pg) && tokStart === i && len === 9 && text.slice(i, k).toUpperCase() === 'DELIMITER') {
          // Client command: the rest of the line names the new delimiter.
          let s = k;
          while (s < n && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
          let e = s;
          while (e < n && !isSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== NL) e++;
          if (e > s && mysql) delimiter = text.slice(s, e);
          if (e > s && pg) pgDelimiter = text.slice(s, e) === ';' ? '' : text.slice(s, e);
          while (e < n && text.charCodeAt(e) !== NL) e++;
          tokStart = -1;
          i = e;
          continue;
        }
        // i > 0: charCodeAt(-1) would send V8's optimized code back to the interpreter (every file starts with a word).
        if (delimiter === ';' && (i === 0 || text.charCodeAt(i - 1) !== DOT)) {
          if (!headerDone) {
            const w = text.slice(i, k).toUpperCase();
            if (headerWords === 0) {
              firstWord = w;
              headerDone = w !== 'CREATE';
            } else if (COMPOUND.has(w)) {
              compound = true;
              headerDone = true;
            } else if (w === 'DEFINER') {
              definer = true;
            } else if (!definer && !HEADER_SKIP.has(w)) {
              headerDone = true;
            }
            if (++headerWords > 12) headerDone = true;
          } else if (compound && len >= 3 && len <= 5) {
            const w = text.slice(i, k).toUpperCase();
            if (blockDepth === 0) {
              if (w === 'BEGIN' && (!pg || peekWord(k) === 'ATOMIC')) blockDepth = 1;
            } else if (w === 'BEGIN' || w === 'CASE') {
              blockDepth++;
            } else if (w === 'END') {
              const next = peekWord(k);
              if (next === 'CASE' || END_SUFFIX_IGNORED.has(next)) {
                // `END CASE` / `END IF`: the suffix is part of the END, not an opener.
                countLines(k, peekEnd);
                k = peekEnd;
              }
              if (!END_SUFFIX_IGNORED.has(next)) blockDepth--;
            }
          }
        }
      }
      i = k;
    } else if (c >= 48 && c <= 57) {
      // Numbers, and MySQL identifiers that start with a digit: one token, never a keyword.
      let k = i + 1;
      while (k < n && isIdentChar(text.charCodeAt(k))) k++;
      i = delimiter !== ';' ? cutAtDelimiter(text, delimiter, i, k) : k;
    } else {
      i++;
    }
    lastEnd = i;
    lastLine = line;
  }
  finish();
  return out;
}

/**
 * A `COPY … FROM STDIN` statement without its data rows (the part a parser reads); any other
 * statement unchanged. The header ends at its first `;` outside quotes.
 */
export function withoutCopyData(text: string): string {
  if (!/^COPY\b/i.test(text)) return text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMI) return text.slice(0, i).trimEnd();
    if (c === SQUOTE || c === DQUOTE) {
      const p = text.charCodeAt(i - 1);
      const backslash = c === SQUOTE && (p === 69 || p === 101);
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (backslash && d === BACKSLASH) i++;
        else if (d === c) {
          if (text.charCodeAt(i + 1) !== c) break;
          i++;
        }
      }
    }
  }
  return text;
}
