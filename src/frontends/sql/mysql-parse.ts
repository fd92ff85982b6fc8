// Only the two grammars we use: the package's main entry bundles every dialect (2.4 MB).
import mysqlBuild from 'node-sql-parser/build/mysql.js';
import mariadbBuild from 'node-sql-parser/build/mariadb.js';
import type { Dialect } from '../../model/dialect.js';
import { lineCol, MysqlSyntaxError, type Token } from './mysql-lexer.js';

/** One parser per grammar for the process: building it is the expensive part. */
const parsers: Record<string, { astify(sql: string, opts: { database: string }): unknown }> = {
  MySQL: new mysqlBuild.Parser(),
  MariaDB: new mariadbBuild.Parser(),
};

/**
 * Text handed to node-sql-parser, built from tokens of the original statement (plus a few
 * synthetic words), remembering where each piece came from so that a parse error can be
 * reported at the user's line and column.
 */
export class ParseText {
  private out = '';
  private readonly marks: { out: number; orig: number; len: number }[] = [];

  constructor(readonly src: string) {}

  /** Appends a token of the source, as written. */
  tok(t: Token, replacement?: string): this {
    const s = replacement ?? t.text;
    this.sep();
    this.marks.push({ out: this.out.length, orig: t.start, len: s.length });
    this.out += s;
    return this;
  }

  /** Appends synthetic text that has no place in the source. */
  raw(s: string): this {
    this.sep();
    this.out += s;
    return this;
  }

  private sep(): void {
    if (this.out.length) this.out += ' ';
  }

  get text(): string {
    return this.out;
  }

  /** Source offset for an offset into the built text (synthetic text maps to the next source token). */
  origin(offset: number): number | undefined {
    let best: { out: number; orig: number; len: number } | undefined;
    for (const m of this.marks) {
      if (m.out <= offset) best = m;
      else {
        if (!best || offset >= best.out + best.len) return m.orig;
        break;
      }
    }
    if (!best) return undefined;
    return best.orig + Math.min(offset - best.out, best.len);
  }
}

interface PegError {
  message: string;
  expected?: { type: string; text?: string; description?: string }[] | null;
  location?: { start: { offset: number } };
}

/**
 * Noise in node-sql-parser's "Expected" lists: comment starts, statement ends, operators
 * (any of twenty could continue an expression), and the type flags of the INT that stands
 * in for the real column type (the real one was already read, flags included).
 */
const NOISE = new Set(['"GO"', '"SIGNED"', '"UNSIGNED"', '"ZEROFILL"']);
const KEPT_PUNCT = new Set(['"("', '")"', '","', '"="']);

function shortenExpected(e: PegError): string[] {
  const list = (e.expected ?? [])
    .map((x) => (x.type === 'literal' && x.text !== undefined ? `"${x.text.toUpperCase()}"` : x.type === 'other' ? x.description ?? '' : ''))
    .filter((s) => s !== '' && !NOISE.has(s) && s !== 'whitespace' && (/[A-Za-z]/.test(s) || KEPT_PUNCT.has(s)));
  return [...new Set(list)];
}

/** The whole word at `offset` in the source, for "but "X" found" (the parser reports a single character). */
function wordAt(src: string, offset: number): string {
  if (offset >= src.length) return 'end of input';
  const m = /^(`[^`]*`|'[^']*'|"[^"]*"|[A-Za-z0-9_$\u0080-\uffff]+|\S)/.exec(src.slice(offset));
  const w = m ? m[0] : src[offset];
  return `"${w.length > 40 ? `${w.slice(0, 40)}…` : w}"`;
}

function describeError(e: PegError, pt: ParseText): MysqlSyntaxError {
  const builtOffset = e.location?.start.offset ?? 0;
  let offset = pt.origin(builtOffset) ?? pt.src.length;
  // The grammar may stop inside a word (`FORM` read as FOR + M): name the whole word.
  while (offset > 0 && offset < pt.src.length && /[A-Za-z0-9_$]/.test(pt.src[offset - 1]) && /[A-Za-z0-9_$]/.test(pt.src[offset])) offset--;
  const { line, column } = lineCol(pt.src, offset);
  const expected = shortenExpected(e);
  const shown = expected.slice(0, 6).join(', ') + (expected.length > 6 ? ', …' : '');
  const head = expected.length ? `Expected ${shown} but ${wordAt(pt.src, offset)} found` : `Unexpected ${wordAt(pt.src, offset)}`;
  return new MysqlSyntaxError(`${head} (line ${line}, column ${column})`, offset);
}

/** Minimal shape of the node-sql-parser nodes this front end reads. */
export interface AstNode {
  [key: string]: unknown;
}

/**
 * Parses a synthetic statement. The MySQL grammar of node-sql-parser is used for MariaDB too
 * (its MariaDB grammar rejects plain ALTER TABLE … ADD CONSTRAINT); the MariaDB grammar is only
 * a second chance.
 */
export function astify(pt: ParseText, dialect: Dialect): AstNode {
  const attempt = (database: string): AstNode => {
    const ast = parsers[database].astify(pt.text, { database }) as unknown;
    return (Array.isArray(ast) ? ast[0] : ast) as AstNode;
  };
  try {
    return attempt('MySQL');
  } catch (first) {
    if (dialect === 'mariadb') {
      try {
        return attempt('MariaDB');
      } catch {
        // Report the MySQL grammar's message: it is the more complete grammar.
      }
    }
    if (first && typeof first === 'object' && 'location' in first) throw describeError(first as PegError, pt);
    throw first;
  }
}

/**
 * The grammar's verdict on a whole statement (a SELECT, VALUES or TABLE statement that maps to
 * no operation): undefined when node-sql-parser's MySQL or MariaDB grammar accepts it, else its
 * message at the user's line and column. `text` starts at `offset` in `src`, the statement.
 * An internal failure of the parser (anything but a syntax error) is no verdict.
 */
export function grammarError(text: string, dialect: Dialect, offset: number, src: string): MysqlSyntaxError | undefined {
  const pt = new ParseText(src);
  pt.tok({ kind: 'word', text, value: text, start: offset, end: offset + text.length });
  try {
    astify(pt, dialect);
    return undefined;
  } catch (e) {
    return e instanceof MysqlSyntaxError ? e : undefined;
  }
}
