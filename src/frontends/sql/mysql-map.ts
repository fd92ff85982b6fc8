import type { Dialect } from '../../model/dialect.js';
import type { Operation } from '../../model/operation.js';
import { mapAlterTable } from './mysql-alter.js';
import { mapCreateIndex, mapCreateTable } from './mysql-create.js';
import { ALONE, checkAlterObject, checkCreateObject, checkDropObject, checkOtherStatement, checkRenameObject } from './mysql-check.js';
import { STATEMENT_WORDS } from './mysql-verbs.js';
import { mapDataChange, skipCtes } from './mysql-data.js';
import { PRIMARY } from './mysql-elements.js';
import { Cursor, matchParens, tokenize } from './mysql-lexer.js';
import { mapSet, mapTransaction } from './mysql-session.js';

export { mysqlAlterOptions } from './mysql-alter.js';

/**
 * Maps one MySQL / MariaDB statement (already split from its file, without the trailing
 * ';') to Operations. Throws an Error whose message says what was expected, what was found
 * and where (line and column within the statement) when the statement cannot be parsed.
 *
 * Names keep the case they were written in, without backticks; later stages compare them
 * the way MySQL does (without case). ALGORITHM= / LOCK= clauses are not operations: read
 * them with mysqlAlterOptions(text).
 */
export function mapMysqlStatement(text: string, dialect: Dialect): Operation[] {
  const toks = tokenize(text);
  const last = toks[toks.length - 1];
  if (last && last.kind === 'punct' && last.value === ';') toks.pop(); // tolerated, though the splitter removes it
  if (!toks.length) return [];
  const c = new Cursor(text, toks, matchParens(text, toks));
  return dispatch(c, dialect);
}

function describe(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 100 ? `${oneLine.slice(0, 100)}…` : oneLine;
}

function dispatch(c: Cursor, dialect: Dialect): Operation[] {
  const other = (): Operation[] => [{ kind: 'other', description: describe(c.text(0, c.to)) }];
  const head = c.peek()!;
  if (head.kind === 'punct' && head.value === '(') return checked(c, dialect, other); // (SELECT …) UNION …
  if (head.kind !== 'word') throw c.error('Expected a statement');
  // Only a few statements are one word long (BEGIN, COMMIT …): `START`, `ANALYZE`, `LOAD` alone are not.
  if (!STATEMENT_WORDS.has(head.value)) throw c.error('Expected a statement');
  if (c.to - c.i === 1 && !ALONE.has(head.value)) {
    c.i++;
    throw c.error(`Expected the rest of the ${head.value} statement`);
  }
  switch (head.value) {
    case 'CREATE':
      return mapCreate(c, dialect, other);
    case 'ALTER': {
      c.i++;
      if (c.isWord('TABLE') || c.isWord('ONLINE') || c.isWord('OFFLINE') || c.isWord('IGNORE')) return mapAlterTable(c, dialect);
      if (isViewDefinition(c)) return [{ kind: 'create_view', name: c.qname('a view name'), materialized: false, orReplace: true }];
      checkAlterObject(c);
      return other();
    }
    case 'DROP':
      return mapDrop(c, other);
    case 'RENAME':
      return mapRename(c, other);
    case 'TRUNCATE': {
      c.i++;
      c.eat('TABLE');
      const table = c.qname();
      c.expectEnd();
      return [{ kind: 'truncate', tables: [table], cascade: false }];
    }
    case 'INSERT':
    case 'REPLACE':
    case 'UPDATE':
    case 'DELETE':
      return mapDataChange(c);
    case 'LOAD':
      return c.isWord('LOAD', 'DATA') || c.isWord('LOAD', 'XML') ? mapDataChange(c) : other();
    case 'WITH': {
      const start = c.i;
      skipCtes(c);
      if (c.isWord('UPDATE') || c.isWord('DELETE')) return mapDataChange(c);
      c.i = start;
      return checked(c, dialect, other);
    }
    case 'SET':
      // MariaDB: SET STATEMENT var = value [, …] FOR <statement> runs the statement itself.
      if (c.isWord('SET', 'STATEMENT')) {
        const at = c.toks.findIndex((t, i) => i > c.i && t.kind === 'word' && t.value === 'FOR');
        if (at < 0) throw c.error('Expected "FOR"');
        return dispatch(c.sub(at + 1, c.to), dialect);
      }
      return mapSet(c, other);
    case 'START':
    case 'BEGIN':
    case 'COMMIT':
    case 'ROLLBACK':
      return mapTransaction(c, other);
    case 'ANALYZE': {
      c.i++;
      c.eatAny('NO_WRITE_TO_BINLOG', 'LOCAL');
      if (!c.eat('TABLE')) return other();
      const ops: Operation[] = [];
      do ops.push({ kind: 'maintenance', action: 'analyze', table: c.qname() });
      while (c.eatPunct(','));
      return ops;
    }
    default:
      return checked(c, dialect, other);
  }
}

/** A statement no operation stands for: still one MySQL accepts (mysql-check.ts), or an error. */
function checked(c: Cursor, dialect: Dialect, other: () => Operation[]): Operation[] {
  checkOtherStatement(c, dialect);
  return other();
}

/** Skips CREATE / ALTER prefixes of routines and views: ALGORITHM=, DEFINER=, SQL SECURITY. */
function skipDefinerClauses(c: Cursor): void {
  for (;;) {
    if (c.eat('ALGORITHM')) {
      c.eatPunct('=');
      c.next();
    } else if (c.eat('DEFINER')) {
      c.eatPunct('=');
      c.next(); // user, `user`, 'user' or CURRENT_USER
      if (c.isPunct('(')) c.group();
      if (c.peek()?.kind === 'var') c.next(); // @'host' lexes as one variable token
      else if (c.eatPunct('@')) c.next();
    } else if (c.eat('SQL', 'SECURITY')) {
      c.next();
    } else return;
  }
}

function isViewDefinition(c: Cursor): boolean {
  skipDefinerClauses(c);
  return c.eat('VIEW');
}

function mapCreate(c: Cursor, dialect: Dialect, other: () => Operation[]): Operation[] {
  c.expect('CREATE');
  const orReplace = c.eat('OR', 'REPLACE');
  skipDefinerClauses(c);
  const temporary = c.eat('TEMPORARY');
  if (c.eat('TABLE')) return mapCreateTable(c, dialect, { temporary, orReplace });
  c.eatAny('ONLINE', 'OFFLINE');
  const kind = c.isWord('UNIQUE') || c.isWord('FULLTEXT') || c.isWord('SPATIAL') ? c.next().value : undefined;
  if (c.isWord('INDEX')) return mapCreateIndex(c, kind, orReplace);
  if (c.eatAny('DATABASE', 'SCHEMA')) {
    const ifNotExists = c.eat('IF', 'NOT', 'EXISTS');
    return [{ kind: 'create_schema', name: c.ident('a database name'), ifNotExists }];
  }
  if (c.eat('VIEW')) {
    c.eat('IF', 'NOT', 'EXISTS');
    return [{ kind: 'create_view', name: c.qname('a view name'), materialized: false, orReplace }];
  }
  if (kind === 'SPATIAL' && c.isWord('REFERENCE')) return other(); // CREATE SPATIAL REFERENCE SYSTEM
  if (kind) throw c.error('Expected "INDEX"');
  checkCreateObject(c);
  return other();
}

function mapDrop(c: Cursor, other: () => Operation[]): Operation[] {
  c.expect('DROP');
  const temporary = c.eat('TEMPORARY');
  if (c.eatAny('TABLE', 'TABLES')) {
    const ifExists = c.eat('IF', 'EXISTS');
    const tables = [c.qname()];
    while (c.eatPunct(',')) tables.push(c.qname());
    if (c.eat('WAIT')) c.next();
    else c.eat('NOWAIT');
    const cascade = c.eat('CASCADE');
    if (!cascade) c.eat('RESTRICT');
    c.expectEnd();
    return tables.map((table) => ({ kind: 'drop_table', table, ifExists, cascade }));
  }
  if (temporary) throw c.error('Expected "TABLE"');
  c.eatAny('ONLINE', 'OFFLINE');
  if (c.eat('INDEX')) {
    const ifExists = c.eat('IF', 'EXISTS');
    const name = c.ident('an index name');
    c.expect('ON');
    const table = c.qname();
    while (!c.atEnd()) {
      if (c.eatAny('ALGORITHM', 'LOCK', 'WAIT')) {
        c.eatPunct('=');
        c.next();
      } else if (!c.eat('NOWAIT')) throw c.error('Expected "ALGORITHM" or "LOCK"');
    }
    // The primary key is the index named PRIMARY: DROP INDEX `PRIMARY` drops it.
    if (name.toUpperCase() === PRIMARY) return [{ kind: 'drop_constraint', table, name: PRIMARY, ifExists, cascade: false, constraintKind: 'primary' }];
    return [{ kind: 'drop_index', name: { name }, table, concurrently: false, ifExists, cascade: false }];
  }
  if (c.eatAny('DATABASE', 'SCHEMA')) {
    const ifExists = c.eat('IF', 'EXISTS');
    const name = c.ident('a database name');
    c.expectEnd();
    return [{ kind: 'drop_schema', name, ifExists, cascade: false, database: true }];
  }
  if (c.eat('VIEW')) {
    const ifExists = c.eat('IF', 'EXISTS');
    const views = [c.qname('a view name')];
    while (c.eatPunct(',')) views.push(c.qname('a view name'));
    const cascade = c.eat('CASCADE');
    if (!cascade) c.eat('RESTRICT');
    c.expectEnd();
    return views.map((name) => ({ kind: 'drop_view', name, materialized: false, ifExists, cascade }));
  }
  checkDropObject(c);
  return other();
}

function mapRename(c: Cursor, other: () => Operation[]): Operation[] {
  c.expect('RENAME');
  if (!c.eat('TABLE') && !c.eat('TABLES')) {
    checkRenameObject(c);
    return other();
  }
  const ops: Operation[] = [];
  do {
    const table = c.qname();
    if (c.eat('WAIT')) c.next();
    else c.eat('NOWAIT');
    c.expect('TO');
    ops.push({ kind: 'rename_table', table, newName: c.qname() });
  } while (c.eatPunct(','));
  c.expectEnd();
  return ops;
}
