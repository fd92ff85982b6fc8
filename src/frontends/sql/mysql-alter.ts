import type { Dialect } from '../../model/dialect.js';
import type { Operation, QName } from '../../model/operation.js';
import { readDefault } from './mysql-defaults.js';
import { elementOps, inlineOps, isColumnElement, parseTableElements, PRIMARY, type TableElement } from './mysql-elements.js';
import { Cursor, findTopLevelWord, matchParens, splitTopLevel, tokenize } from './mysql-lexer.js';

/**
 * ALTER TABLE: the action list is split at top-level commas and every action is mapped on
 * its own. Column and index definitions of all actions go to node-sql-parser in one call;
 * the rest (DROP …, RENAME …, ALTER COLUMN … DEFAULT, table options) is read from tokens,
 * which also covers what node-sql-parser's grammar lacks (RENAME INDEX, ALTER COLUMN SET
 * DEFAULT, CONVERT TO CHARACTER SET, ADD (a, b), MariaDB's IF [NOT] EXISTS).
 */

const TABLE_OPTIONS = new Set([
  'ENGINE', 'DEFAULT', 'CHARACTER', 'CHARSET', 'COLLATE', 'COMMENT', 'ROW_FORMAT', 'AUTO_INCREMENT', 'KEY_BLOCK_SIZE',
  'STATS_PERSISTENT', 'STATS_AUTO_RECALC', 'STATS_SAMPLE_PAGES', 'PACK_KEYS', 'CHECKSUM', 'TABLE_CHECKSUM',
  'AVG_ROW_LENGTH', 'MAX_ROWS', 'MIN_ROWS', 'TABLESPACE', 'COMPRESSION', 'ENCRYPTION', 'INSERT_METHOD', 'UNION',
  'DATA', 'INDEX', 'DELAY_KEY_WRITE', 'CONNECTION', 'PASSWORD', 'PAGE_CHECKSUM', 'PAGE_COMPRESSED',
  'PAGE_COMPRESSION_LEVEL', 'TRANSACTIONAL', 'SECONDARY_ENGINE', 'SECONDARY_ENGINE_ATTRIBUTE', 'ENGINE_ATTRIBUTE',
  'AUTOEXTEND_SIZE', 'ENCRYPTION_KEY_ID', 'IETF_QUOTES', 'SEQUENCE', 'STORAGE',
]);

/** Actions that change no column, index or constraint the schema model tracks. */
const OPAQUE_ACTIONS = new Set([
  'DISABLE', 'ENABLE', 'FORCE', 'ORDER', 'DISCARD', 'IMPORT', 'COALESCE', 'REORGANIZE', 'EXCHANGE', 'ANALYZE',
  'CHECK', 'OPTIMIZE', 'REBUILD', 'REPAIR', 'REMOVE', 'TRUNCATE', 'PARTITION', 'WITH', 'WITHOUT', 'UPGRADE',
  'SECONDARY_LOAD', 'SECONDARY_UNLOAD',
]);

const ALGORITHMS = new Set(['DEFAULT', 'INSTANT', 'INPLACE', 'COPY', 'NOCOPY']);
const LOCKS = new Set(['DEFAULT', 'NONE', 'SHARED', 'EXCLUSIVE']);

type Build = (elements: TableElement[]) => Operation[];
type Span = { from: number; to: number; ifNotExists?: boolean };

/**
 * MODIFY and CHANGE restate the whole column. The IR has no "redefine column", so the new
 * definition is spelled out as a type change, a nullability change and a default change,
 * every time: the rules compare each against the column as it was, so the ones that change
 * nothing stay silent, and nothing the statement changed is missed.
 */
function redefineOps(table: QName, el: TableElement, oldName?: string): Operation[] {
  if (el.kind !== 'column') throw new Error('MODIFY / CHANGE needs a column definition');
  const col = el.column;
  const ops: Operation[] = [];
  if (oldName !== undefined && oldName.toLowerCase() !== col.name.toLowerCase()) {
    ops.push({ kind: 'rename_column', table, column: oldName, newName: col.name });
  }
  ops.push({ kind: 'alter_column_type', table, column: col.name, type: col.type });
  ops.push(col.nullable ? { kind: 'drop_not_null', table, column: col.name } : { kind: 'set_not_null', table, column: col.name });
  ops.push(col.default ? { kind: 'set_default', table, column: col.name, default: col.default } : { kind: 'drop_default', table, column: col.name });
  ops.push(...inlineOps(table, col, el.indexes, true));
  return ops;
}

/** Drops a trailing FIRST / AFTER col from a column definition: column order is not modelled. */
function withoutPosition(c: Cursor, from: number, to: number): number {
  const last = c.toks[to - 1];
  if (to - 1 > from && last.kind === 'word' && last.value === 'FIRST') return to - 1;
  const before = c.toks[to - 2];
  if (to - 2 > from && before.kind === 'word' && before.value === 'AFTER') return to - 2;
  return to;
}

function hasIfNotExists(c: Cursor, from: number, to: number): boolean {
  const at = findTopLevelWord(c.toks, c.parens, from, to, 'IF');
  return at >= 0 && c.toks[at + 1]?.value === 'NOT' && c.toks[at + 2]?.value === 'EXISTS';
}

const ELEMENT_START = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'FOREIGN', 'CHECK']);

/** ALTER [ONLINE] [IGNORE] TABLE [IF EXISTS] name [WAIT n | NOWAIT]; the cursor is past ALTER. */
function readAlterHeader(c: Cursor): { table: QName; tableText: string } {
  c.eatAny('ONLINE', 'OFFLINE');
  c.eat('IGNORE');
  c.expect('TABLE');
  c.eat('IF', 'EXISTS');
  const tableStart = c.i;
  const table = c.qname();
  const tableText = c.text(tableStart, c.i);
  if (c.eat('WAIT')) c.next();
  else c.eat('NOWAIT');
  return { table, tableText };
}

export function mapAlterTable(c: Cursor, dialect: Dialect): Operation[] {
  const { table, tableText } = readAlterHeader(c);
  if (c.atEnd()) return [{ kind: 'other', description: `ALTER TABLE ${tableText}` }];

  // Column and index definitions wait for one node-sql-parser call; steps keep the action order.
  const pending: Span[] = [];
  // Table options of every action gather in one operation, at the place of the first.
  let tableOptions: TableOptionsOp | undefined;
  const steps: (Operation[] | { element: number; count: number; build: Build })[] = [];
  const needElements = (spans: Span[], build: Build) => {
    steps.push({ element: pending.length, count: spans.length, build });
    pending.push(...spans);
  };

  for (const seg of splitTopLevel(c.toks, c.parens, c.i, c.to)) {
    const a = c.sub(seg.from, seg.to);
    const actionText = a.restText();
    const other = (): Operation[] => [{ kind: 'other', description: `ALTER TABLE ${tableText}: ${actionText}` }];
    if (a.atEnd()) throw a.error('Expected an ALTER TABLE action');
    const head = a.peek()!;
    if (head.kind !== 'word') throw a.error('Expected an ALTER TABLE action');

    if (a.eat('ADD')) {
      const columnWord = a.eat('COLUMN');
      const ifNotExists = a.eat('IF', 'NOT', 'EXISTS');
      if (a.isPunct('(')) {
        const g = a.group();
        a.expectEnd();
        const spans = splitTopLevel(c.toks, c.parens, g.from, g.to).map((s) => ({ ...s, ifNotExists }));
        needElements(spans, (els) => els.flatMap((el) => addOps(table, el, ifNotExists)));
      } else if (!columnWord && (a.isWord('PARTITION') || a.isWord('SYSTEM', 'VERSIONING') || a.isWord('PERIOD'))) {
        steps.push(other());
      } else if (!columnWord && a.isAnyWord(ELEMENT_START)) {
        const span = { from: a.i, to: seg.to, ifNotExists: hasIfNotExists(c, a.i, seg.to) };
        needElements([span], (els) => elementOps(table, els[0]));
      } else {
        const to = withoutPosition(c, a.i, seg.to);
        needElements([{ from: a.i, to, ifNotExists }], (els) => addOps(table, els[0], ifNotExists));
      }
      continue;
    }

    if (a.eat('DROP')) {
      steps.push(dropAction(a, table, other));
      continue;
    }

    if (a.isWord('MODIFY') || a.isWord('CHANGE')) {
      const change = a.next().value === 'CHANGE';
      a.eat('COLUMN');
      a.eat('IF', 'EXISTS');
      const oldName = change ? a.ident('a column name') : undefined;
      if (!a.isIdent() || !isColumnElement(c, a.i)) throw a.error('Expected a column definition');
      const to = withoutPosition(c, a.i, seg.to);
      needElements([{ from: a.i, to }], (els) => redefineOps(table, els[0], oldName));
      continue;
    }

    if (a.eat('ALTER')) {
      if (a.isWord('INDEX') || a.isWord('KEY') || a.isWord('CHECK') || a.isWord('CONSTRAINT')) {
        steps.push(other());
        continue;
      }
      a.eat('COLUMN');
      const column = a.ident('a column name');
      if (a.eat('DROP', 'DEFAULT')) {
        a.expectEnd();
        steps.push([{ kind: 'drop_default', table, column }]);
      } else if (a.eat('SET', 'DEFAULT')) {
        const d = readDefault(a);
        a.expectEnd();
        steps.push(d ? [{ kind: 'set_default', table, column, default: d }] : [{ kind: 'drop_default', table, column }]);
      } else if (a.eat('SET', 'VISIBLE') || a.eat('SET', 'INVISIBLE')) {
        a.expectEnd();
        steps.push(other());
      } else {
        throw a.error('Expected "SET DEFAULT", "DROP DEFAULT" or "SET VISIBLE"');
      }
      continue;
    }

    if (a.eat('RENAME')) {
      if (a.eat('COLUMN')) {
        const column = a.ident('a column name');
        a.expect('TO');
        const newName = a.ident('a column name');
        a.expectEnd();
        steps.push([{ kind: 'rename_column', table, column, newName }]);
      } else if (a.eatAny('INDEX', 'KEY')) {
        const name = a.ident('an index name');
        a.expect('TO');
        const newName = a.ident('an index name');
        a.expectEnd();
        steps.push([{ kind: 'rename_index', name: { name }, newName, table }]);
      } else {
        a.eatAny('TO', 'AS');
        const newName = a.qname();
        a.expectEnd();
        steps.push([{ kind: 'rename_table', table, newName }]);
      }
      continue;
    }

    if (a.isWord('ALGORITHM') || a.isWord('LOCK')) {
      const allowed = a.next().value === 'ALGORITHM' ? ALGORITHMS : LOCKS;
      a.eatPunct('=');
      if (!a.isAnyWord(allowed)) throw a.error(`Expected one of ${[...allowed].join(', ')}`);
      a.next();
      a.expectEnd();
      continue; // recorded on the statement through mysqlAlterOptions()
    }

    if (a.isWord('CONVERT', 'TO') || TABLE_OPTIONS.has(head.value) || OPAQUE_ACTIONS.has(head.value)) {
      const read = readTableOptions(a);
      if (!read) {
        steps.push(other());
      } else if (tableOptions) {
        mergeTableOptions(tableOptions, read);
      } else {
        tableOptions = { kind: 'alter_table_options', table, ...read };
        steps.push([tableOptions]);
      }
      continue;
    }
    throw a.error('Expected an ALTER TABLE action');
  }

  const elements = pending.length ? parseTableElements(c, pending, dialect) : [];
  const ops = steps.flatMap((s) => (Array.isArray(s) ? s : s.build(elements.slice(s.element, s.element + s.count))));
  return ops.length ? ops : [{ kind: 'other', description: `ALTER TABLE ${tableText}: ${c.restText()}` }];
}

type TableOptionsOp = Extract<Operation, { kind: 'alter_table_options' }>;
type TableOptions = Omit<TableOptionsOp, 'kind' | 'table'>;

/**
 * One action made of table options (`ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`, several may follow
 * each other without commas), CONVERT TO CHARACTER SET, or a table-wide rebuild (FORCE,
 * PARTITION BY, REMOVE PARTITIONING). Undefined for anything else, which stays `other`.
 */
function readTableOptions(a: Cursor): TableOptions | undefined {
  const out: TableOptions = { options: {} };
  const value = (): string | undefined => {
    const t = a.peek();
    if (!t || t.kind === 'var' || (t.kind === 'punct' && t.value !== '(')) return undefined;
    if (t.kind === 'punct') {
      const g = a.group();
      return a.text(g.from, g.to).trim();
    }
    a.i++;
    return t.kind === 'word' ? t.text : t.value;
  };
  if (a.eat('CONVERT', 'TO')) {
    if (!a.eat('CHARACTER', 'SET') && !a.eat('CHARSET')) return undefined;
    out.convert = true;
    out.charset = value();
    if (a.eat('COLLATE')) out.collation = value();
    return out.charset !== undefined && a.atEnd() ? out : undefined;
  }
  if (a.eat('FORCE')) out.options.FORCE = '';
  else if (a.eat('REMOVE', 'PARTITIONING')) out.options['REMOVE PARTITIONING'] = '';
  else if (a.eat('PARTITION', 'BY')) {
    out.options['PARTITION BY'] = a.restText();
    a.i = a.to;
  }
  while (!a.atEnd()) {
    a.eat('DEFAULT');
    let name: string;
    if (a.eat('CHARACTER', 'SET') || a.eat('CHARSET')) name = 'CHARACTER SET';
    else if (a.eat('DATA', 'DIRECTORY')) name = 'DATA DIRECTORY';
    else if (a.eat('INDEX', 'DIRECTORY')) name = 'INDEX DIRECTORY';
    else if (a.isAnyWord(TABLE_OPTIONS)) name = a.next().value;
    else return undefined;
    a.eatPunct('=');
    const v = value();
    if (v === undefined) return undefined;
    if (name === 'TABLESPACE' && a.eat('STORAGE')) a.next();
    if (name === 'ENGINE') out.engine = v;
    else if (name === 'CHARACTER SET') out.charset = v;
    else if (name === 'COLLATE') out.collation = v;
    else out.options[name] = v;
  }
  return out;
}

function mergeTableOptions(into: TableOptionsOp, more: TableOptions): void {
  if (more.engine !== undefined) into.engine = more.engine;
  if (more.charset !== undefined) into.charset = more.charset;
  if (more.collation !== undefined) into.collation = more.collation;
  if (more.convert) into.convert = true;
  Object.assign(into.options, more.options);
}

function addOps(table: QName, el: TableElement, ifNotExists: boolean): Operation[] {
  if (el.kind !== 'column') return elementOps(table, el);
  return [{ kind: 'add_column', table, column: el.column, ifNotExists }, ...inlineOps(table, el.column, el.indexes)];
}

function dropAction(a: Cursor, table: QName, other: () => Operation[]): Operation[] {
  const tail = (): boolean => {
    const cascade = a.eat('CASCADE');
    if (!cascade) a.eat('RESTRICT');
    a.expectEnd();
    return cascade;
  };
  if (a.eat('PRIMARY', 'KEY')) {
    a.expectEnd();
    return [{ kind: 'drop_constraint', table, name: PRIMARY, ifExists: false, cascade: false, constraintKind: 'primary' }];
  }
  if (a.eat('FOREIGN', 'KEY')) {
    const ifExists = a.eat('IF', 'EXISTS');
    const name = a.ident('a foreign key name');
    a.expectEnd();
    return [{ kind: 'drop_constraint', table, name, ifExists, cascade: false, constraintKind: 'foreign' }];
  }
  if (a.eatAny('INDEX', 'KEY')) {
    const ifExists = a.eat('IF', 'EXISTS');
    const name = a.ident('an index name');
    a.expectEnd();
    if (name.toUpperCase() === PRIMARY) return [{ kind: 'drop_constraint', table, name: PRIMARY, ifExists, cascade: false, constraintKind: 'primary' }];
    return [{ kind: 'drop_index', name: { name }, table, concurrently: false, ifExists, cascade: false }];
  }
  if (a.eat('CHECK') || a.isWord('CONSTRAINT')) {
    const check = !a.eat('CONSTRAINT');
    const ifExists = a.eat('IF', 'EXISTS');
    const name = a.ident('a constraint name');
    a.expectEnd();
    const op: Operation = { kind: 'drop_constraint', table, name, ifExists, cascade: false };
    if (check) op.constraintKind = 'check';
    return [op];
  }
  if (a.isWord('PARTITION') || a.isWord('SYSTEM', 'VERSIONING') || a.isWord('PERIOD')) return other();
  a.eat('COLUMN');
  const ifExists = a.eat('IF', 'EXISTS');
  const column = a.ident('a column name');
  const cascade = tail();
  return [{ kind: 'drop_column', table, column, ifExists, cascade }];
}

/**
 * The ALGORITHM= and LOCK= clauses of an ALTER TABLE, CREATE INDEX or DROP INDEX statement,
 * lower case, for Statement.algorithm / Statement.lock. Empty for any other statement,
 * and for text that does not tokenize.
 */
export function mysqlAlterOptions(text: string): { algorithm?: string; lock?: string } {
  const out: { algorithm?: string; lock?: string } = {};
  const record = (c: Cursor): void => {
    const word = c.eatAny('ALGORITHM', 'LOCK');
    if (!word) return;
    c.eatPunct('=');
    const v = c.eatAny(...(word === 'ALGORITHM' ? ALGORITHMS : LOCKS));
    if (v && word === 'ALGORITHM') out.algorithm = v.toLowerCase();
    if (v && word === 'LOCK') out.lock = v.toLowerCase();
  };
  try {
    const toks = tokenize(text);
    const c = new Cursor(text, toks, matchParens(text, toks));
    if (c.eat('ALTER')) {
      if (!c.isWord('TABLE') && !c.isAnyWord(['ONLINE', 'OFFLINE', 'IGNORE'])) return {};
      readAlterHeader(c);
      // In ALTER TABLE they are actions of their own: first in a comma-separated segment.
      for (const seg of splitTopLevel(toks, c.parens, c.i, c.to)) record(c.sub(seg.from, seg.to));
    } else if (c.eat('CREATE') || c.eat('DROP')) {
      c.eat('OR', 'REPLACE');
      c.eatAny('ONLINE', 'OFFLINE');
      c.eatAny('UNIQUE', 'FULLTEXT', 'SPATIAL');
      if (!c.eat('INDEX')) return {};
      // CREATE / DROP INDEX: after the index definition, outside parentheses.
      for (; !c.atEnd(); c.skipOne()) record(c.sub(c.i, c.to));
    }
  } catch {
    return {}; // not an ALTER TABLE / index statement the mapper would accept either
  }
  return out;
}
