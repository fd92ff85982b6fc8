import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import { quoteIdent } from '../model/operation.js';

/**
 * Just enough SQL expression scanning to follow column names through CHECK expressions, index
 * expressions, partial-index predicates and generated columns: the database tracks those
 * dependencies internally, and a replay that missed them would leave stale names behind.
 * Strings and function names are skipped so `lower(email)` or `'email'` never count as a column.
 */

interface IdentToken {
  start: number;
  end: number;
  /** The name as the database sees it (unquoted ones folded to lower case on PostgreSQL). */
  name: string;
  /** A function name, a qualifier before `.`, or a type name after `::`: not a column of this table. */
  notColumn: boolean;
}

function scanIdents(expr: string, dialect: Dialect): IdentToken[] {
  const out: IdentToken[] = [];
  const doubleQuoteIsString = isMysqlFamily(dialect);
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (ch === "'" || (ch === '"' && doubleQuoteIsString)) {
      i = skipQuoted(expr, i, ch);
      continue;
    }
    if (ch === '-' && expr[i + 1] === '-') {
      const nl = expr.indexOf('\n', i);
      i = nl < 0 ? expr.length : nl;
      continue;
    }
    const start = i;
    let name: string | undefined;
    if (ch === '"' || ch === '`') {
      i = skipQuoted(expr, i, ch);
      name = expr.slice(start + 1, i - 1).split(ch + ch).join(ch);
    } else if (/[A-Za-z_]/.test(ch)) {
      while (i < expr.length && /[A-Za-z0-9_$]/.test(expr[i])) i++;
      const word = expr.slice(start, i);
      name = dialect === 'postgresql' ? word.toLowerCase() : word;
    } else if (/[0-9]/.test(ch)) {
      while (i < expr.length && /[A-Za-z0-9_.]/.test(expr[i])) i++;
      continue;
    } else {
      i++;
      continue;
    }
    let j = i;
    while (j < expr.length && /\s/.test(expr[j])) j++;
    const next = expr[j];
    let k = start - 1;
    while (k >= 0 && /\s/.test(expr[k])) k--;
    const afterCast = expr[k] === ':' && expr[k - 1] === ':';
    const notColumn = next === '(' || next === '.' || afterCast;
    out.push({ start, end: i, name, notColumn });
  }
  return out;
}

function skipQuoted(s: string, i: number, q: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === q) {
      if (s[j + 1] === q) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return s.length;
}

function same(a: string, b: string, dialect: Dialect): boolean {
  return dialect === 'postgresql' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether `expr` cannot name `name` at all, found without scanning it: a name of printable ASCII
 * without quotes that the text, in lower case, does not hold. Lower-casing keeps ASCII where it
 * stands, so any spelling scanIdents would match (a word, a quoted name, another case) shows.
 * Replay asks this for every expression of a table whose column is renamed or dropped.
 */
function cannotName(expr: string, name: string): boolean {
  return PLAIN_NAME.test(name) && !expr.toLowerCase().includes(name.toLowerCase());
}

const PLAIN_NAME = /^[\x20-\x21\x23-\x5f\x61-\x7e]+$/;

export function exprMentions(expr: string, column: string, dialect: Dialect): boolean {
  if (cannotName(expr, column)) return false;
  return scanIdents(expr, dialect).some((t) => !t.notColumn && same(t.name, column, dialect));
}

/** The columns (from `columns`) an expression uses, each once, in the order given. */
export function exprColumns(expr: string, columns: string[], dialect: Dialect): string[] {
  const idents = scanIdents(expr, dialect).filter((t) => !t.notColumn);
  return columns.filter((c) => idents.some((t) => same(t.name, c, dialect)));
}

/** Rewrite references to column `from` as `to`, leaving everything else byte for byte. */
export function renameInExpr(expr: string, from: string, to: string, dialect: Dialect): string {
  if (cannotName(expr, from)) return expr;
  let out = '';
  let last = 0;
  for (const t of scanIdents(expr, dialect)) {
    if (t.notColumn || !same(t.name, from, dialect)) continue;
    out += expr.slice(last, t.start) + quoteIdent(to, dialect);
    last = t.end;
  }
  return out + expr.slice(last);
}

/** Whether the whole text is one parenthesized group, e.g. `(a > 0)` but not `(a) + (b)`. */
export function isParenthesized(expr: string): boolean {
  const s = expr.trim();
  if (!s.startsWith('(') || !s.endsWith(')')) return false;
  return closingParen(s, 0) === s.length - 1;
}

/** `name(...)` spanning the whole text, which PostgreSQL accepts as an index element without extra parentheses. */
export function isFunctionCall(expr: string): boolean {
  const s = expr.trim();
  const m = s.match(/^[A-Za-z_][A-Za-z0-9_$.]*\s*\(/);
  if (!m) return false;
  return closingParen(s, m[0].length - 1) === s.length - 1;
}

export function parenthesize(expr: string): string {
  const s = expr.trim();
  return isParenthesized(s) ? s : `(${s})`;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(s, i, ch) - 1;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
