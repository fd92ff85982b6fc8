import type { Dialect } from '../../model/dialect.js';
import type { ColumnDef, Constraint, Operation } from '../../model/operation.js';
import { applyPrimaryKeyNullability, indexOp, parseTableElements, readKeyParts, type IndexSpec } from './mysql-elements.js';
import { findTopLevelWord, splitTopLevel, type Cursor } from './mysql-lexer.js';

/** CREATE TABLE / CREATE INDEX; the cursor is past CREATE [OR REPLACE] [TEMPORARY]. */

/** Table options that take one value (`ENGINE=InnoDB`, `COMMENT 'x'`, `ROW_FORMAT DYNAMIC`). */
const ONE_VALUE_OPTIONS = new Set([
  'ENGINE', 'TYPE', 'AUTO_INCREMENT', 'AVG_ROW_LENGTH', 'CHECKSUM', 'TABLE_CHECKSUM', 'COMMENT', 'COMPRESSION',
  'CONNECTION', 'DELAY_KEY_WRITE', 'ENCRYPTION', 'INSERT_METHOD', 'KEY_BLOCK_SIZE', 'MAX_ROWS', 'MIN_ROWS',
  'PACK_KEYS', 'PASSWORD', 'ROW_FORMAT', 'STATS_AUTO_RECALC', 'STATS_PERSISTENT', 'STATS_SAMPLE_PAGES',
  'TABLESPACE', 'STORAGE', 'PAGE_CHECKSUM', 'PAGE_COMPRESSED', 'PAGE_COMPRESSION_LEVEL', 'TRANSACTIONAL',
  'ENCRYPTED', 'ENCRYPTION_KEY_ID', 'IETF_QUOTES', 'SEQUENCE', 'SECONDARY_ENGINE', 'SECONDARY_ENGINE_ATTRIBUTE',
  'ENGINE_ATTRIBUTE', 'AUTOEXTEND_SIZE', 'CHARSET', 'COLLATE',
]);

const QUERY_START = ['SELECT', 'WITH', 'TABLE', 'VALUES'];

function queryFollows(c: Cursor): boolean {
  if (c.isWord('IGNORE') || c.isWord('REPLACE') || c.isWord('AS')) return true;
  if (c.isWord('WITH', 'SYSTEM')) return false;
  if (c.isAnyWord(QUERY_START)) return true;
  return c.isPunct('(') && QUERY_START.includes(c.peek(1)?.value ?? '');
}

/**
 * Checks the table options after the column list and reports whether a query follows
 * (CREATE TABLE … [AS] SELECT). The options themselves change nothing the rules read.
 */
function readTableOptions(c: Cursor): { asSelect: boolean } {
  while (!c.atEnd()) {
    if (c.eatPunct(',')) continue;
    if (c.isWord('PARTITION', 'BY')) return { asSelect: findTopLevelWord(c.toks, c.parens, c.i, c.to, 'SELECT') >= 0 };
    if (queryFollows(c)) return { asSelect: true };
    if (c.eat('WITH', 'SYSTEM', 'VERSIONING') || c.eat('START', 'TRANSACTION')) continue;
    c.eat('DEFAULT');
    if (c.eat('CHARACTER', 'SET') || c.eat('DATA', 'DIRECTORY') || c.eat('INDEX', 'DIRECTORY')) {
      c.eatPunct('=');
      c.next();
      continue;
    }
    if (c.eat('UNION')) {
      c.eatPunct('=');
      c.group();
      continue;
    }
    const t = c.peek()!;
    if (t.kind !== 'word' || !ONE_VALUE_OPTIONS.has(t.value)) throw c.error('Expected a table option');
    c.i++;
    c.eatPunct('=');
    c.next();
  }
  return { asSelect: false };
}

export function mapCreateTable(c: Cursor, dialect: Dialect, opts: { temporary: boolean; orReplace: boolean }): Operation[] {
  const ifNotExists = c.eat('IF', 'NOT', 'EXISTS');
  const table = c.qname();
  const base = { kind: 'create_table' as const, table, ifNotExists, temporary: opts.temporary };
  // CREATE OR REPLACE TABLE (MariaDB) drops the table that is there first.
  const ops: Operation[] = opts.orReplace ? [{ kind: 'drop_table', table, ifExists: true, cascade: false }] : [];

  // CREATE TABLE t LIKE other: the columns are other's, unknown here, as with AS SELECT.
  if (c.isWord('LIKE') || (c.isPunct('(') && c.peek(1)?.value === 'LIKE')) {
    ops.push({ ...base, columns: [], constraints: [], asSelect: true });
    return ops;
  }

  const columns: ColumnDef[] = [];
  const constraints: Constraint[] = [];
  const indexes: IndexSpec[] = [];
  if (c.isPunct('(') && !queryFollows(c)) {
    const body = c.group();
    const spans = splitTopLevel(c.toks, c.parens, body.from, body.to).filter((s) => {
      // MariaDB's PERIOD FOR SYSTEM_TIME (start, end) names two columns already declared.
      const t = c.toks[s.from];
      return !(t && t.kind === 'word' && t.value === 'PERIOD');
    });
    for (const el of parseTableElements(c, spans, dialect)) {
      if (el.kind === 'column') {
        columns.push(el.column);
        indexes.push(...el.indexes);
      } else if (el.kind === 'constraint') constraints.push(el.constraint);
      else indexes.push(el.index);
    }
  }
  const { asSelect } = readTableOptions(c);
  applyPrimaryKeyNullability(columns, constraints);
  ops.push({ ...base, columns, constraints, asSelect });
  for (const ix of indexes) ops.push(indexOp(table, ix));
  return ops;
}

/** Index options after the key parts of CREATE INDEX, and the online DDL clauses. */
function readIndexTail(c: Cursor): string | undefined {
  let method: string | undefined;
  while (!c.atEnd()) {
    if (c.eat('USING')) method = c.ident('an index type').toLowerCase();
    else if (c.eatAny('COMMENT', 'KEY_BLOCK_SIZE', 'ALGORITHM', 'LOCK', 'ENGINE_ATTRIBUTE', 'SECONDARY_ENGINE_ATTRIBUTE')) {
      c.eatPunct('=');
      c.next();
    } else if (c.eat('WITH', 'PARSER')) c.ident('a parser name');
    else if (c.eatAny('VISIBLE', 'INVISIBLE', 'IGNORED') || c.eat('NOT', 'IGNORED')) continue;
    else if (c.eat('WAIT')) c.next();
    else if (c.eat('NOWAIT')) continue;
    else throw c.error('Expected an index option');
  }
  return method;
}

export function mapCreateIndex(c: Cursor, kind: string | undefined, orReplace: boolean): Operation[] {
  c.expect('INDEX');
  const ifNotExists = c.eat('IF', 'NOT', 'EXISTS');
  const name = c.ident('an index name');
  let method: string | undefined;
  if (c.eat('USING')) method = c.ident('an index type').toLowerCase();
  c.expect('ON');
  const table = c.qname();
  if (c.eat('USING')) method = c.ident('an index type').toLowerCase();
  const g = c.group();
  const elems = readKeyParts(c, g.from, g.to);
  method = readIndexTail(c) ?? method;
  if (kind === 'FULLTEXT' || kind === 'SPATIAL') method = kind.toLowerCase();
  const op: Extract<Operation, { kind: 'create_index' }> = {
    kind: 'create_index',
    name,
    table,
    elems,
    unique: kind === 'UNIQUE',
    concurrently: false,
    ifNotExists,
  };
  if (method) op.method = method;
  const ops: Operation[] = [];
  if (orReplace) ops.push({ kind: 'drop_index', name: { name }, table, concurrently: false, ifExists: true, cascade: false });
  ops.push(op);
  return ops;
}
