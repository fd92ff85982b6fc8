import type { Dialect } from '../../model/dialect.js';
import type { ColumnDef, Constraint, DefaultExpr, ForeignRef, IndexElem, Operation, QName } from '../../model/operation.js';
import { readDefault } from './mysql-defaults.js';
import { Cursor, findTopLevelWord, splitTopLevel, type Token } from './mysql-lexer.js';
import { astify, ParseText, type AstNode } from './mysql-parse.js';
import { readType, type ReadType } from './mysql-types.js';

/**
 * Table elements: what is written between the parentheses of CREATE TABLE, and after
 * ALTER TABLE … ADD / MODIFY / CHANGE. node-sql-parser checks their syntax and reports
 * column attributes; names, types and expression texts are taken from the tokens so they
 * read exactly as written.
 */

/** A MySQL index (KEY, INDEX, UNIQUE, FULLTEXT, SPATIAL), or the unique index a UNIQUE column gets. */
export interface IndexSpec {
  name?: string;
  elems: IndexElem[];
  unique: boolean;
  method?: string;
  ifNotExists: boolean;
}

export type TableElement =
  | { kind: 'column'; column: ColumnDef; indexes: IndexSpec[] }
  | { kind: 'constraint'; constraint: Constraint }
  | { kind: 'index'; index: IndexSpec };

/** MySQL names every primary key PRIMARY, whatever CONSTRAINT name was written. */
export const PRIMARY = 'PRIMARY';

const ELEMENT_KEYWORDS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'FOREIGN', 'CHECK']);

export function isColumnElement(c: Cursor, from: number): boolean {
  const t = c.toks[from];
  return !(t && t.kind === 'word' && ELEMENT_KEYWORDS.has(t.value));
}

interface Prepared {
  from: number;
  to: number;
  type?: ReadType;
  name?: string;
  ifNotExists: boolean;
}

/**
 * Words node-sql-parser does not know that change nothing the rules look at (visibility,
 * SRID, NOT ENFORCED, system versioning, MariaDB's IGNORED index flag); they are left out of
 * the text it parses. Returns how many tokens to skip at i, or 0.
 */
function skippable(toks: Token[], i: number, to: number): number {
  const t = toks[i];
  if (t.kind !== 'word') return 0;
  const next = i + 1 < to ? toks[i + 1] : undefined;
  const nextWord = next && next.kind === 'word' ? next.value : '';
  switch (t.value) {
    case 'INVISIBLE':
    case 'VISIBLE':
    case 'ENFORCED':
    case 'IGNORED':
      return 1;
    case 'NOT':
      return nextWord === 'ENFORCED' || nextWord === 'IGNORED' ? 2 : 0;
    case 'SRID':
      return next && next.kind === 'number' ? 2 : 0;
    case 'WITH':
      if (nextWord === 'PARSER') return 3; // FULLTEXT … WITH PARSER `ngram`
      return nextWord === 'SYSTEM' && toks[i + 2]?.value === 'VERSIONING' ? 3 : 0;
    case 'WITHOUT':
      return nextWord === 'SYSTEM' && toks[i + 2]?.value === 'VERSIONING' ? 3 : 0;
    case 'IF':
      // MariaDB: ADD INDEX IF NOT EXISTS …, ADD CONSTRAINT IF NOT EXISTS …
      if (nextWord === 'NOT' && toks[i + 2]?.value === 'EXISTS') return 3;
      return nextWord === 'EXISTS' ? 2 : 0;
    case 'COMPRESSED':
      return next && next.kind === 'punct' && next.value === '=' ? 3 : 1;
    default:
      return 0;
  }
}

/**
 * Appends tokens [from, to) to the parse text, leaving out what node-sql-parser cannot read.
 * `keyParts`: an index definition, whose ASC / DESC are dropped (the key parts are read from
 * the tokens; node-sql-parser rejects DESC next to a functional key part).
 */
function emitTokens(pt: ParseText, c: Cursor, from: number, to: number, keyParts = false): void {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = c.toks[i];
    if (t.kind === 'punct' && t.value === '(') depth++;
    if (t.kind === 'punct' && t.value === ')') depth--;
    if (keyParts && depth > 0 && t.kind === 'word' && (t.value === 'ASC' || t.value === 'DESC')) {
      const next = c.toks[i + 1];
      if (next && next.kind === 'punct' && (next.value === ',' || next.value === ')')) continue;
    }
    if (depth === 0) {
      const skip = skippable(c.toks, i, to);
      if (skip) {
        i += skip - 1;
        continue;
      }
      if (t.kind === 'word' && t.value === 'PERSISTENT') {
        pt.tok(t, 'STORED'); // MariaDB's spelling of STORED
        continue;
      }
      // PRIMARY KEY `name` (…): MySQL accepts and ignores the name (a primary key is always
      // named PRIMARY); node-sql-parser does not.
      if (t.kind === 'word' && t.value === 'KEY' && c.toks[i - 1]?.value === 'PRIMARY' && i + 2 < to) {
        const name = c.toks[i + 1];
        const after = c.toks[i + 2];
        if ((name.kind === 'quoted' || (name.kind === 'word' && name.value !== 'USING')) && after.kind === 'punct' && after.value === '(') {
          pt.tok(t);
          i++;
          continue;
        }
      }
    }
    // MariaDB sequences: NEXT VALUE FOR s → NEXTVAL(s), a spelling node-sql-parser reads.
    if (t.kind === 'word' && (t.value === 'NEXT' || t.value === 'PREVIOUS') && c.toks[i + 1]?.value === 'VALUE' && c.toks[i + 2]?.value === 'FOR' && i + 3 < to) {
      const qualified = c.toks[i + 4]?.value === '.' && i + 5 < to;
      pt.tok(t, t.value === 'NEXT' ? 'NEXTVAL' : 'LASTVAL').raw('(');
      for (let k = i + 3; k <= (qualified ? i + 5 : i + 3); k++) pt.tok(c.toks[k]);
      pt.raw(')');
      i = qualified ? i + 5 : i + 3;
      continue;
    }
    if (t.kind === 'string' && /^(_[A-Za-z0-9]+|[nN])['"]/.test(t.text)) {
      pt.tok(t, t.text.replace(/^(_[A-Za-z0-9]+|[nN])/, '')); // charset introducers
      continue;
    }
    pt.tok(t);
  }
}

/**
 * Parses a list of table elements (token ranges of `c`) with one node-sql-parser call.
 * `ifNotExists` per element carries MariaDB's ADD COLUMN IF NOT EXISTS, already removed from the range.
 */
export function parseTableElements(
  c: Cursor,
  spans: { from: number; to: number; ifNotExists?: boolean }[],
  dialect: Dialect,
): TableElement[] {
  const prepared: Prepared[] = [];
  const pt = new ParseText(c.src).raw('CREATE TABLE t (');
  spans.forEach((span, k) => {
    if (span.from >= span.to) throw c.sub(span.from, span.to).error('Expected a column or index definition');
    if (k > 0) pt.raw(',');
    const p: Prepared = { from: span.from, to: span.to, ifNotExists: span.ifNotExists ?? false };
    if (isColumnElement(c, span.from)) {
      const cur = c.sub(span.from, span.to);
      const nameTok = cur.peek()!;
      p.name = cur.ident('a column name');
      p.type = readType(cur, dialect);
      pt.tok(nameTok);
      // The type was read from the tokens; node-sql-parser gets a type it knows in its place.
      pt.tok(c.toks[p.type.from], 'INT');
      emitTokens(pt, c, p.type.to, span.to);
    } else {
      emitTokens(pt, c, span.from, span.to, true);
    }
    prepared.push(p);
  });
  pt.raw(')');
  const ast = astify(pt, dialect);
  const defs = (ast.create_definitions ?? []) as AstNode[];
  if (defs.length !== prepared.length) {
    throw new Error(`node-sql-parser returned ${defs.length} definitions for ${prepared.length} table elements`);
  }
  return prepared.map((p, k) => (p.type ? mapColumn(c, p, defs[k]) : mapElement(c, p, defs[k])));
}

function mapColumn(c: Cursor, p: Prepared, def: AstNode): TableElement {
  const type = p.type!;
  const name = p.name!;
  const attrs = c.sub(type.to, p.to);
  const nullableNode = def.nullable as { type?: string } | undefined;
  const primary = def.primary_key !== undefined && def.primary_key !== null;
  const column: ColumnDef = {
    name,
    type: type.type,
    nullable: !(nullableNode?.type === 'not null' || primary || type.serial),
    constraints: [],
  };
  const dflt = readColumnDefault(attrs);
  if (dflt) column.default = dflt;
  if (def.auto_increment || type.serial) column.identity = 'auto';
  if (type.serial) column.serial = true;
  const generated = readGenerated(attrs);
  if (generated) column.generated = generated;
  const collation = readCollation(attrs) ?? type.collation;
  if (collation) column.collation = collation;
  if (primary) column.constraints.push({ kind: 'primary', name: PRIMARY, columns: [name] });
  const ref = def.reference_definition as AstNode | undefined;
  // "ON UPDATE CURRENT_TIMESTAMP" written before DEFAULT comes back as a reference without a table.
  if (ref && Array.isArray(ref.table) && ref.table.length) {
    column.constraints.push({ kind: 'foreign', columns: [name], references: mapReference(ref) });
  }
  const check = readInlineCheck(attrs, name);
  if (check) column.constraints.push(check);
  const indexes: IndexSpec[] = [];
  if (def.unique || type.serial) indexes.push({ elems: [{ column: name }], unique: true, ifNotExists: false });
  return { kind: 'column', column, indexes };
}

function readColumnDefault(attrs: Cursor): DefaultExpr | undefined {
  const at = findTopLevelWord(attrs.toks, attrs.parens, attrs.i, attrs.to, 'DEFAULT');
  if (at < 0) return undefined;
  const cur = attrs.sub(at + 1, attrs.to);
  return readDefault(cur);
}

function readGenerated(attrs: Cursor): { expr: string; stored: boolean } | undefined {
  for (let i = attrs.i; i < attrs.to; i++) {
    const t = attrs.toks[i];
    if (t.kind === 'punct' && t.value === '(') {
      i = attrs.parens[i];
      continue;
    }
    const next = attrs.toks[i + 1];
    if (t.kind === 'word' && t.value === 'AS' && next && next.kind === 'punct' && next.value === '(') {
      const close = attrs.parens[i + 1];
      const after = close + 1 < attrs.to ? attrs.toks[close + 1] : undefined;
      const stored = after !== undefined && after.kind === 'word' && (after.value === 'STORED' || after.value === 'PERSISTENT');
      return { expr: attrs.text(i + 2, close), stored };
    }
  }
  return undefined;
}

function readCollation(attrs: Cursor): string | undefined {
  const at = findTopLevelWord(attrs.toks, attrs.parens, attrs.i, attrs.to, 'COLLATE');
  if (at < 0 || at + 1 >= attrs.to) return undefined;
  const t = attrs.toks[at + 1];
  return t.kind === 'quoted' || t.kind === 'string' ? t.value : t.text;
}

function readInlineCheck(attrs: Cursor, column: string): Constraint | undefined {
  const at = findTopLevelWord(attrs.toks, attrs.parens, attrs.i, attrs.to, 'CHECK');
  if (at < 0) return undefined;
  const open = at + 1;
  if (open >= attrs.to || attrs.toks[open].value !== '(') return undefined;
  const c: Constraint = { kind: 'check', columns: [column], expr: attrs.text(open + 1, attrs.parens[open]) };
  if (at >= 2 && attrs.toks[at - 2].value === 'CONSTRAINT') c.name = nameOf(attrs.toks[at - 1]);
  return c;
}

function nameOf(t: Token): string {
  return t.kind === 'word' ? t.text : t.value;
}

function astName(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string') {
    return (v as { value: string }).value;
  }
  return undefined;
}

function mapReference(ref: AstNode): ForeignRef {
  const tables = ref.table as { db?: string | null; table: string }[];
  const t = tables[0];
  const table: QName = t.db ? { schema: t.db, name: t.table } : { name: t.table };
  const columns = ((ref.definition ?? []) as AstNode[]).map((d) => String(d.column));
  const out: ForeignRef = { table, columns };
  for (const a of (ref.on_action ?? []) as { type: string; value: { value?: unknown } }[]) {
    const action = String(a.value?.value ?? '').toUpperCase();
    if (a.type === 'on delete') out.onDelete = action;
    if (a.type === 'on update') out.onUpdate = action;
  }
  return out;
}

/** Key parts as written: `col`, `col(191)`, `col DESC`, `(expression)`. */
export function readKeyParts(c: Cursor, from: number, to: number): IndexElem[] {
  return splitTopLevel(c.toks, c.parens, from, to).map((r) => {
    const cur = c.sub(r.from, r.to);
    let elem: IndexElem;
    if (cur.isPunct('(')) {
      const g = cur.group();
      elem = { expr: cur.text(g.from, g.to) };
    } else {
      elem = { column: cur.ident('a column name') };
      if (cur.isPunct('(')) cur.group(); // prefix length: the index still covers the column
    }
    if (cur.eat('DESC')) elem.desc = true;
    else cur.eat('ASC');
    return elem;
  });
}

/** The first parenthesized group outside parentheses in [from, to). */
function firstGroup(c: Cursor, from: number, to: number): { from: number; to: number } | undefined {
  for (let i = from; i < to; i++) {
    if (c.toks[i].kind === 'punct' && c.toks[i].value === '(') return { from: i + 1, to: c.parens[i] };
  }
  return undefined;
}

function mapElement(c: Cursor, p: Prepared, def: AstNode): TableElement {
  const ctype = String(def.constraint_type ?? '').toLowerCase();
  const keyword = String(def.keyword ?? '').toLowerCase();
  const group = firstGroup(c, p.from, p.to);
  const constraintName = astName(def.constraint);
  if (ctype === 'check') {
    const check: Constraint = { kind: 'check', columns: [], expr: group ? c.text(group.from, group.to) : '' };
    if (constraintName) check.name = constraintName;
    return { kind: 'constraint', constraint: check };
  }
  if (ctype === 'foreign key') {
    const columns = ((def.definition ?? []) as AstNode[]).map((d) => String(d.column));
    const fk: Constraint = { kind: 'foreign', columns, references: mapReference(def.reference_definition as AstNode) };
    if (constraintName) fk.name = constraintName;
    return { kind: 'constraint', constraint: fk };
  }
  const elems = group ? readKeyParts(c, group.from, group.to) : [];
  if (ctype === 'primary key') {
    return { kind: 'constraint', constraint: { kind: 'primary', name: PRIMARY, columns: elems.map((e) => e.column ?? e.expr ?? '') } };
  }
  const index: IndexSpec = { elems, unique: ctype.startsWith('unique'), ifNotExists: p.ifNotExists };
  const name = astName(def.index) ?? constraintName;
  if (name) index.name = name;
  const method = keyword.startsWith('fulltext') ? 'fulltext' : keyword.startsWith('spatial') ? 'spatial' : usingMethod(def);
  if (method) index.method = method;
  return { kind: 'index', index };
}

function usingMethod(def: AstNode): string | undefined {
  const candidates = [def.index_type, ...((def.index_options ?? []) as unknown[])];
  for (const o of candidates) {
    if (o && typeof o === 'object' && (o as AstNode).keyword === 'using') return String((o as AstNode).type).toLowerCase();
  }
  return undefined;
}

/** Columns of a CREATE TABLE primary key are NOT NULL even when written without it (MySQL adds it silently). */
export function applyPrimaryKeyNullability(columns: ColumnDef[], constraints: Constraint[]): void {
  for (const con of constraints) {
    if (con.kind !== 'primary') continue;
    for (const name of con.columns) {
      const col = columns.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (col) col.nullable = false;
    }
  }
}

export function indexOp(table: QName, spec: IndexSpec): Operation {
  const op: Extract<Operation, { kind: 'create_index' }> = {
    kind: 'create_index',
    table,
    elems: spec.elems,
    unique: spec.unique,
    concurrently: false,
    ifNotExists: spec.ifNotExists,
  };
  if (spec.name !== undefined) op.name = spec.name;
  if (spec.method !== undefined) op.method = spec.method;
  return op;
}

/**
 * Operations for the inline keys of a column definition on an existing table. An added
 * column carries its inline constraints itself (ColumnDef.constraints); a MODIFY / CHANGE
 * has no column to carry them, so `withConstraints` turns them into add_constraint.
 */
export function inlineOps(table: QName, column: ColumnDef, indexes: IndexSpec[], withConstraints = false): Operation[] {
  const ops: Operation[] = indexes.map((ix) => indexOp(table, ix));
  if (withConstraints) for (const c of column.constraints) ops.push({ kind: 'add_constraint', table, constraint: c });
  return ops;
}

/** Operations for an ADD of an index or constraint definition. */
export function elementOps(table: QName, el: TableElement): Operation[] {
  if (el.kind === 'index') return [indexOp(table, el.index)];
  if (el.kind === 'constraint') return [{ kind: 'add_constraint', table, constraint: el.constraint }];
  return [{ kind: 'add_column', table, column: el.column, ifNotExists: false }, ...inlineOps(table, el.column, el.indexes)];
}
