import type { Operation } from '../../model/operation.js';
import { checkQueryTail, expression, tableName } from './mysql-check.js';
import { findTopLevelWord, splitTopLevel, type Cursor } from './mysql-lexer.js';

/**
 * INSERT / REPLACE / UPDATE / DELETE / LOAD DATA, read from tokens: the rules need the
 * target table and whether a WHERE clause bounds the change, and a token scan gets both
 * for any statement MySQL accepts, including seed files whose huge INSERTs a full parser
 * would spend most of the run on. WHERE counts only outside parentheses, so a WHERE in a
 * subquery does not bound the outer change. The clauses the statement needs are checked on
 * the way (a source of rows, assignments, values that are expressions): a statement MySQL
 * would reject is an error, not a data change.
 */
export function mapDataChange(c: Cursor): Operation[] {
  const verb = c.next().value;
  const hasWhere = findTopLevelWord(c.toks, c.parens, c.i, c.to, 'WHERE') >= 0;
  if (verb === 'INSERT' || verb === 'REPLACE') {
    while (c.eatAny('LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE'));
    c.eat('INTO');
    const table = tableName(c);
    readInsertBody(c);
    return [{ kind: 'data_change', verb: 'insert', table, hasWhere }];
  }
  if (verb === 'UPDATE') {
    while (c.eatAny('LOW_PRIORITY', 'IGNORE'));
    const table = tableName(c);
    const set = findTopLevelWord(c.toks, c.parens, c.i, c.to, 'SET');
    if (set < 0) {
      c.i = c.to;
      throw c.error('Expected "SET"');
    }
    c.i = set + 1;
    const end = clauseEnd(c, c.i, ['WHERE', 'ORDER', 'LIMIT']);
    assignments(c, c.i, end);
    c.i = end;
    readTail(c);
    return [{ kind: 'data_change', verb: 'update', table, hasWhere }];
  }
  if (verb === 'DELETE') {
    while (c.eatAny('LOW_PRIORITY', 'QUICK', 'IGNORE'));
    if (c.eat('FROM')) {
      const table = tableName(c);
      const where = findTopLevelWord(c.toks, c.parens, c.i, c.to, 'WHERE');
      if (where >= 0) {
        c.i = where;
        readTail(c);
      }
      return [{ kind: 'data_change', verb: 'delete', table, hasWhere }];
    }
    // DELETE t1 [, t2] FROM t1 JOIN t2 …: the first table named is the one rows go from.
    const table = tableName(c);
    if (findTopLevelWord(c.toks, c.parens, c.i, c.to, 'FROM') < 0) {
      c.i = c.to;
      throw c.error('Expected "FROM"');
    }
    return [{ kind: 'data_change', verb: 'delete', table, hasWhere }];
  }
  // LOAD DATA / LOAD XML … INTO TABLE t
  const into = findTopLevelWord(c.toks, c.parens, c.i, c.to, 'INTO');
  if (into < 0) throw c.error('Expected "INTO TABLE"');
  c.i = into + 1;
  c.expect('TABLE');
  return [{ kind: 'data_change', verb: 'insert', table: tableName(c), hasWhere: false }];
}

/**
 * After INSERT INTO t: [PARTITION (…)] [(columns)] then VALUES rows, SET assignments or a
 * query, then [AS alias] [ON DUPLICATE KEY UPDATE …] [RETURNING …].
 */
function readInsertBody(c: Cursor): void {
  if (c.eat('PARTITION')) c.group();
  if (c.isPunct('(')) {
    const inner = c.peek(1);
    if (inner && inner.kind === 'word' && (inner.value === 'SELECT' || inner.value === 'WITH' || inner.value === 'VALUES')) return checkQueryTail(c);
    const g = c.group();
    if (g.from < g.to) for (const part of splitTopLevel(c.toks, c.parens, g.from, g.to)) {
      const col = c.sub(part.from, part.to);
      col.qname('a column name');
      col.expectEnd();
    }
  }
  if (c.eatAny('VALUES', 'VALUE')) {
    do {
      c.eat('ROW');
      const g = c.group();
      if (g.from < g.to) for (const part of splitTopLevel(c.toks, c.parens, g.from, g.to)) expression(c, part.from, part.to);
    } while (c.eatPunct(','));
  } else if (c.eat('SET')) {
    const end = clauseEnd(c, c.i, ['ON', 'RETURNING']);
    assignments(c, c.i, end);
    c.i = end;
  } else if (c.isWord('SELECT') || c.isWord('WITH') || c.isWord('TABLE') || c.isPunct('(')) {
    return checkQueryTail(c);
  } else if (c.isWord('DEFAULT', 'VALUES')) {
    c.i += 2;
  } else {
    throw c.error('Expected "VALUES", "SELECT" or "SET"');
  }
  if (c.eat('AS')) {
    c.ident('an alias');
    if (c.isPunct('(')) c.group();
  }
  if (c.eat('ON')) {
    c.expect('DUPLICATE', 'KEY', 'UPDATE');
    const end = clauseEnd(c, c.i, ['RETURNING']);
    assignments(c, c.i, end);
    c.i = end;
  }
  if (c.eat('RETURNING')) return expression(c, c.i, c.to);
  c.expectEnd();
}

/** First top-level word of `words` in [from, c.to), or c.to. */
function clauseEnd(c: Cursor, from: number, words: string[]): number {
  let end = c.to;
  for (const w of words) {
    const k = findTopLevelWord(c.toks, c.parens, from, end, w);
    if (k >= 0) end = k;
  }
  return end;
}

/** col = expr [, …] in [from, to). */
function assignments(c: Cursor, from: number, to: number): void {
  if (from >= to) throw c.sub(from, c.to).error('Expected an assignment');
  for (const part of splitTopLevel(c.toks, c.parens, from, to)) {
    const a = c.sub(part.from, part.to);
    a.qname('a column name');
    if (a.eatPunct('.')) a.ident('a column name');
    if (!a.eatPunct('=') && !a.eatPunct(':=')) throw a.error('Expected "="');
    expression(c, a.i, part.to);
  }
}

/** [WHERE expr] [ORDER BY …] [LIMIT n]: each clause there is not empty. */
function readTail(c: Cursor): void {
  if (c.eat('WHERE')) {
    const end = clauseEnd(c, c.i, ['ORDER', 'LIMIT']);
    expression(c, c.i, end);
    c.i = end;
  }
  if (c.eat('ORDER')) {
    c.expect('BY');
    const end = clauseEnd(c, c.i, ['LIMIT']);
    if (end === c.i) throw c.error('Expected an expression');
    c.i = end;
  }
  if (c.eat('LIMIT')) {
    if (c.atEnd()) throw c.error('Expected a number');
    c.i = c.to;
  }
  c.expectEnd();
}

/** WITH cte AS (…) [, …] followed by the statement proper; the cursor is left at that statement. */
export function skipCtes(c: Cursor): void {
  c.expect('WITH');
  c.eat('RECURSIVE');
  do {
    c.ident('a common table expression name');
    if (c.isPunct('(')) c.group();
    c.expect('AS');
    c.group();
  } while (c.eatPunct(','));
}
