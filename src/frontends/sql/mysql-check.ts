import type { Dialect } from '../../model/dialect.js';
import { findTopLevelWord, splitTopLevel, type Cursor, type Token } from './mysql-lexer.js';
import { grammarError } from './mysql-parse.js';
import { ALTER_OBJECTS, CREATE_OBJECTS, DROP_OBJECTS, RESERVED, STATEMENT_WORDS } from './mysql-verbs.js';

/**
 * Shape checks for MySQL / MariaDB statements that map to no operation the rules read (an
 * `other`): the statement still has to be one MySQL accepts, or it is reported unparsed.
 * Each check reads what the server's grammar requires and no more (a GRANT names a grantee
 * after TO, a CALL a procedure), so valid statements in forms the checks do not model are
 * still accepted. Every check throws a MysqlSyntaxError naming the place.
 */

/** Statements that are complete as a single word. */
export const ALONE = new Set(['BEGIN', 'COMMIT', 'ROLLBACK', 'SHUTDOWN', 'RESTART']);

/** Largest statement handed to node-sql-parser's full grammar (SELECT and friends); longer ones get the token checks only. */
const GRAMMAR_LIMIT = 64 * 1024;

/**
 * The statement at the cursor (its first token), which the mapper made no operation of, is one
 * MySQL knows, in a shape it accepts: checked by its first word.
 */
export function checkOtherStatement(c: Cursor, dialect: Dialect): void {
  const head = c.peek();
  if (!head) return;
  if (head.kind === 'punct' && head.value === '(') return checkQuery(c, dialect);
  if (head.kind !== 'word' || !STATEMENT_WORDS.has(head.value)) throw c.error('Expected a statement');
  if (c.to - c.i === 1 && !ALONE.has(head.value)) {
    c.i++;
    throw c.error(`Expected the rest of the ${head.value} statement`);
  }
  switch (head.value) {
    case 'SELECT':
    case 'VALUES':
    case 'TABLE':
    case 'WITH':
      return checkQuery(c, dialect);
    case 'GRANT':
      return checkGrant(c, 'TO');
    case 'REVOKE':
      return checkGrant(c, 'FROM');
    case 'CALL': {
      c.i++;
      c.qname('a procedure name');
      if (c.isPunct('(')) c.group();
      return c.expectEnd();
    }
    case 'USE':
      c.i++;
      c.ident('a database name');
      return c.expectEnd();
    case 'LOCK':
      return checkLock(c);
    case 'UNLOCK':
      c.i++;
      if (!c.eatAny('TABLES', 'TABLE', 'INSTANCE')) throw c.error('Expected "TABLES"');
      return c.expectEnd();
    case 'PREPARE': {
      c.i++;
      c.ident('a statement name');
      c.expect('FROM');
      const t = c.next();
      if (t.kind !== 'string' && t.kind !== 'var') {
        c.i--;
        throw c.error('Expected a string or a user variable');
      }
      return c.expectEnd();
    }
    case 'EXECUTE':
      c.i++;
      if (c.eat('IMMEDIATE')) return expression(c, c.i, c.to);
      c.ident('a statement name');
      if (c.eat('USING')) return list(c, c.i, c.to, 'a user variable');
      return c.expectEnd();
    case 'DEALLOCATE':
      c.i++;
      c.expect('PREPARE');
      c.ident('a statement name');
      return c.expectEnd();
    case 'OPTIMIZE':
    case 'REPAIR':
    case 'CHECK':
    case 'CHECKSUM':
      c.i++;
      c.eatAny('NO_WRITE_TO_BINLOG', 'LOCAL');
      if (!c.eatAny('TABLE', 'TABLES', 'VIEW')) throw c.error('Expected "TABLE"');
      c.qname();
      return;
    case 'DO':
      return expression(c, c.i + 1, c.to);
    default:
  }
}

/** After CREATE [OR REPLACE] [DEFINER …]: the object is one MySQL creates. */
export function checkCreateObject(c: Cursor): void {
  if (!c.isAnyWord(CREATE_OBJECTS)) throw c.error('Expected what to create (TABLE, INDEX, VIEW, PROCEDURE …)');
  c.i++;
  if (c.atEnd()) throw c.error('Expected a name');
}

export function checkAlterObject(c: Cursor): void {
  if (!c.isAnyWord(ALTER_OBJECTS)) throw c.error('Expected what to alter (TABLE, VIEW, DATABASE …)');
  c.i++;
  if (c.atEnd()) throw c.error('Expected a name or an option');
}

export function checkDropObject(c: Cursor): void {
  if (!c.isAnyWord(DROP_OBJECTS)) throw c.error('Expected what to drop (TABLE, INDEX, VIEW, PROCEDURE …)');
  c.i++;
  c.eat('IF', 'EXISTS');
  if (c.atEnd()) throw c.error('Expected a name');
}

/** RENAME other than TABLE: only RENAME USER a TO b [, …]. */
export function checkRenameObject(c: Cursor): void {
  if (!c.eat('USER')) throw c.error('Expected "TABLE" or "USER"');
  for (const part of splitTopLevel(c.toks, c.parens, c.i, c.to)) {
    const to = findTopLevelWord(c.toks, c.parens, part.from, part.to, 'TO');
    if (to <= part.from || to + 1 >= part.to) throw c.sub(part.from, part.to).error('Expected "user TO user"');
  }
}

/**
 * A table name where INSERT / UPDATE / DELETE want one: a reserved word is no name unless
 * quoted (`INSERT INTO VALUES`, `DELETE FROM WHERE …`).
 */
export function tableName(c: Cursor): ReturnType<Cursor['qname']> {
  const t = c.peek();
  if (t && t.kind === 'word' && RESERVED.has(t.value)) throw c.error('Expected a table name');
  return c.qname();
}

/**
 * The query of INSERT … SELECT (at SELECT, WITH, TABLE or `(`): not empty. The server reads the
 * rest; node-sql-parser's grammar lacks too much of what MySQL accepts there (JSON_TABLE,
 * row aliases) to have the last word.
 */
export function checkQueryTail(c: Cursor): void {
  const head = c.next();
  if (head.kind === 'punct') {
    c.i--;
    c.group();
    return;
  }
  if (c.atEnd()) throw c.error(`Expected the rest of the ${head.value} query`);
}

/** SELECT, VALUES, TABLE, WITH …, (SELECT …): node-sql-parser's grammar (MySQL, then MariaDB) has the last word. */
function checkQuery(c: Cursor, dialect: Dialect): void {
  const text = c.text(c.i, c.to);
  if (text.length > GRAMMAR_LIMIT) return expression(c, c.i + 1, c.to);
  const error = grammarError(text, dialect, c.toks[c.i].start, c.src);
  if (error) throw error;
}

/** GRANT … TO grantee [, …] / REVOKE … FROM grantee [, …]: something granted, and someone it goes to. */
function checkGrant(c: Cursor, word: 'TO' | 'FROM'): void {
  c.i++;
  c.eat('IF', 'EXISTS');
  const at = findTopLevelWord(c.toks, c.parens, c.i, c.to, word);
  if (at < 0) {
    c.i = c.to;
    throw c.error(`Expected "${word}"`);
  }
  const on = findTopLevelWord(c.toks, c.parens, c.i, at, 'ON');
  const what = on >= 0 ? on : at;
  if (what === c.i) throw c.error('Expected a privilege or a role');
  list(c, c.i, what, 'a privilege');
  if (on >= 0) {
    c.i = on + 1;
    if (on + 1 === at) throw c.error('Expected what the privileges are on');
  }
  c.i = at + 1;
  if (c.atEnd()) throw c.error('Expected a user or a role');
  // Grantees run up to the options (WITH GRANT OPTION, REQUIRE …, AS user, IDENTIFIED BY …).
  let end = c.to;
  for (const w of ['WITH', 'REQUIRE', 'AS', 'IDENTIFIED']) {
    const k = findTopLevelWord(c.toks, c.parens, c.i, end, w);
    if (k >= 0) end = k;
  }
  if (end === c.i) throw c.error('Expected a user or a role');
  list(c, c.i, end, 'a user or a role');
}

/** LOCK TABLES t [AS a] READ | WRITE [, …]; LOCK INSTANCE FOR BACKUP. */
function checkLock(c: Cursor): void {
  c.i++;
  if (c.eat('INSTANCE')) {
    c.expect('FOR', 'BACKUP');
    return c.expectEnd();
  }
  if (!c.eatAny('TABLES', 'TABLE')) throw c.error('Expected "TABLES"');
  for (const part of splitTopLevel(c.toks, c.parens, c.i, c.to)) {
    const a = c.sub(part.from, part.to);
    tableName(a);
    const hasMode = c.toks.slice(a.i, part.to).some((t) => t.kind === 'word' && (t.value === 'READ' || t.value === 'WRITE'));
    if (!hasMode) {
      a.i = a.to;
      throw a.error('Expected "READ" or "WRITE"');
    }
  }
}

/** A comma-separated list in [from, to) whose items are all there (no `a,,b`, no trailing comma). */
function list(c: Cursor, from: number, to: number, what: string): void {
  for (const part of splitTopLevel(c.toks, c.parens, from, to)) {
    if (part.from === part.to) throw c.sub(part.from, c.toks.length).error(`Expected ${what}`);
  }
}

/** Operators that need an operand on both sides. */
const BINARY = new Set(['=', '<', '>', '<=', '>=', '<>', '!=', '<=>', '*', '/', '%', '^', '&', '|', '<<', '>>', '&&', '||', ',', ':=', '->', '->>', '.']);
const BINARY_WORDS = new Set(['AND', 'OR', 'XOR', 'DIV', 'MOD', 'LIKE', 'REGEXP', 'RLIKE', 'IN', 'BETWEEN', 'IS']);

function isValue(t: Token): boolean {
  return t.kind === 'number' || t.kind === 'var';
}

/**
 * An expression in [from, to): not empty, not ending on an operator that needs a right operand,
 * not starting on one that needs a left one, no two values side by side (`1 2`, `@a 'x'`).
 * A token check, not a grammar: what it lets through, the server decides.
 */
export function expression(c: Cursor, from: number, to: number): void {
  // Errors name the token really found there, past the end of the expression too.
  const at = (k: number) => c.sub(k, c.toks.length);
  if (from >= to) throw at(from).error('Expected an expression');
  const first = c.toks[from];
  const last = c.toks[to - 1];
  // `*` ends `COUNT(*)` and `t.*`.
  const star = last.value === '*' && last.kind === 'punct' && (to - 1 === from || c.toks[to - 2].value === '.');
  const startsBadly = (first.kind === 'punct' && BINARY.has(first.value) && first.value !== '*') || (first.kind === 'word' && BINARY_WORDS.has(first.value));
  const endsBadly = (last.kind === 'punct' && !star && (BINARY.has(last.value) || TRAILING.has(last.value))) || (last.kind === 'word' && BINARY_WORDS.has(last.value));
  if (startsBadly) throw at(from).error('Expected an expression');
  if (endsBadly) throw at(to).error('Expected an expression');
  for (let k = from; k < to; k++) {
    const a = c.toks[k];
    if (a.kind === 'punct' && a.value === '(') {
      const close = c.parens[k];
      expressionGroup(c, k + 1, close);
      k = close;
      continue;
    }
    const b = k + 1 < to ? c.toks[k + 1] : undefined;
    if (!b) break;
    if ((isValue(a) && (isValue(b) || b.kind === 'string')) || (a.kind === 'string' && isValue(b))) throw at(k + 1).error('Expected an operator');
    if (a.kind === 'punct' && BINARY.has(a.value) && b.kind === 'punct' && BINARY.has(b.value) && b.value !== '*') throw at(k + 1).error('Expected an expression');
  }
}

/** Operators that cannot end an expression although they need no left operand. */
const TRAILING = new Set(['+', '-', '~', '!']);

/** Inside parentheses: a list of expressions (function arguments, IN lists, a row), or a subquery (left to the server). */
function expressionGroup(c: Cursor, from: number, to: number): void {
  if (from >= to) return;
  const head = c.toks[from];
  if (head.kind === 'word' && (head.value === 'SELECT' || head.value === 'WITH' || head.value === 'VALUES' || head.value === 'TABLE')) return;
  for (const part of splitTopLevel(c.toks, c.parens, from, to)) expression(c, part.from, part.to);
}
