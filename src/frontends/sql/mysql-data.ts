import type { Operation } from '../../model/operation.js';
import { findTopLevelWord, type Cursor } from './mysql-lexer.js';

/**
 * INSERT / REPLACE / UPDATE / DELETE / LOAD DATA, read from tokens: the rules need the
 * target table and whether a WHERE clause bounds the change, and a token scan gets both
 * for any statement MySQL accepts, including seed files whose huge INSERTs a full parser
 * would spend most of the run on. WHERE counts only outside parentheses, so a WHERE in a
 * subquery does not bound the outer change.
 */
export function mapDataChange(c: Cursor): Operation[] {
  const verb = c.next().value;
  const hasWhere = findTopLevelWord(c.toks, c.parens, c.i, c.to, 'WHERE') >= 0;
  if (verb === 'INSERT' || verb === 'REPLACE') {
    while (c.eatAny('LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE'));
    c.eat('INTO');
    return [{ kind: 'data_change', verb: 'insert', table: c.qname(), hasWhere }];
  }
  if (verb === 'UPDATE') {
    while (c.eatAny('LOW_PRIORITY', 'IGNORE'));
    const table = c.qname();
    if (findTopLevelWord(c.toks, c.parens, c.i, c.to, 'SET') < 0) throw c.error('Expected "SET"');
    return [{ kind: 'data_change', verb: 'update', table, hasWhere }];
  }
  if (verb === 'DELETE') {
    while (c.eatAny('LOW_PRIORITY', 'QUICK', 'IGNORE'));
    c.eat('FROM');
    return [{ kind: 'data_change', verb: 'delete', table: c.qname(), hasWhere }];
  }
  // LOAD DATA / LOAD XML … INTO TABLE t
  const into = findTopLevelWord(c.toks, c.parens, c.i, c.to, 'INTO');
  if (into < 0) throw c.error('Expected "INTO TABLE"');
  c.i = into + 1;
  c.expect('TABLE');
  return [{ kind: 'data_change', verb: 'insert', table: c.qname(), hasWhere: false }];
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
