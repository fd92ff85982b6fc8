import type {
  AlterEnumStmt, AlterObjectSchemaStmt, AlterTableStmt, ClusterStmt, CopyStmt, ColumnDef as PgColumnDef, Constraint as PgConstraint,
  CreateEnumStmt, CreateSchemaStmt, CreateStmt, CreateTableAsStmt, DefElem, DeleteStmt, DropdbStmt, DropStmt, IndexElem as PgIndexElem,
  IndexStmt, InsertStmt, Node, ParseResult, RangeVar, RefreshMatViewStmt, ReindexStmt, RenameStmt, SelectStmt, TransactionStmt, TruncateStmt, TypeName,
  UpdateStmt, VacuumRelation, VacuumStmt, VariableSetStmt, ViewStmt,
} from 'libpg-query';
import type { ColumnDef, Constraint, IndexElem, Operation } from '../../model/operation.js';
import { applyTablePrimaryKey, elemModifier } from './column-draft.js';
import { describeStatement } from './describe.js';
import { pgAlterTable } from './pg-alter.js';
import { pgColumn, pgConstraint } from './pg-columns.js';
import { nameList, nodeBody, nodeType, rel, relationsRead, str, strings } from './pg-nodes.js';
import { pgSelectShape } from './pg-select.js';
import { PgText } from './pg-text.js';
import { readWithoutTree, TREE_MAPPED } from './pg-json.js';
import { loadPgWasm, parsePgJson, parsePgSync } from './pg-wasm.js';

/** libpg-query is WASM: instantiated the first time a statement needs it, then reused. */
export function loadPgParser(): Promise<void> {
  return loadPgWasm();
}

/**
 * Parse PostgreSQL text with libpg-query (PostgreSQL's own grammar) and map it to operations.
 * Throws the parser's error (`syntax error at or near "FOO"`) when it cannot parse.
 */
export async function mapPgStatement(text: string): Promise<Operation[]> {
  await loadPgParser();
  return mapPgStatementSync(text);
}

/**
 * What libpg-query makes of one statement, once loadPgParser() has resolved: its operations;
 * `rejected`, PostgreSQL's grammar refused it (its error); or `unmapped`, it parsed but mapping
 * the tree threw (the mapper's error).
 */
export type PgReading = { ops: Operation[] } | { rejected: unknown } | { unmapped: unknown };

export function readPgStatement(text: string): PgReading {
  let json;
  try {
    json = parsePgJson(text);
  } catch (rejected) {
    return { rejected };
  }
  const quick = readWithoutTree(text, json);
  if (quick) return { ops: quick };
  let stmts;
  try {
    stmts = (JSON.parse(json) as ParseResult).stmts ?? [];
  } catch (rejected) {
    return { rejected };
  }
  try {
    return { ops: mapPgParsed(text, stmts) };
  } catch (unmapped) {
    return { unmapped };
  }
}

/**
 * The same, once loadPgParser() has resolved. `wholeTokens`: expressions are read from the whole
 * statement's tokens, never from windows (what the windows are compared with; see PgText).
 */
export function mapPgStatementSync(text: string, wholeTokens = false): Operation[] {
  return mapPgParsed(text, parsePgSync(text).stmts ?? [], wholeTokens);
}

function mapPgParsed(text: string, stmts: { stmt?: Node; stmt_location?: number; stmt_len?: number }[], wholeTokens = false): Operation[] {
  const t = new PgText(text, wholeTokens);
  return stmts.flatMap((raw) => mapStmt(t, raw.stmt));
}

const cascade = (b: string | undefined): boolean => b === 'DROP_CASCADE';

function mapStmt(t: PgText, stmt: Node | undefined): Operation[] {
  const type = nodeType(stmt);
  const other = (): Operation[] => [{ kind: 'other', description: describeStatement(t.text, 'postgresql') }];
  // What is not in TREE_MAPPED is described from its text: readWithoutTree does so without the tree.
  if (!TREE_MAPPED.has(type)) return other();
  switch (type) {
    case 'CreateStmt':
      return [createTable(t, nodeBody<CreateStmt>(stmt))];
    case 'CreateTableAsStmt': {
      const s = nodeBody<CreateTableAsStmt>(stmt);
      const target = rel(s.into?.rel);
      if (s.objtype === 'OBJECT_MATVIEW') return [{ kind: 'create_view', name: target, materialized: true, orReplace: false, reads: relationsRead(s.query) }];
      if (s.objtype !== 'OBJECT_TABLE') return other();
      const op: Operation = { kind: 'create_table', table: target, columns: [], constraints: [], ifNotExists: !!s.if_not_exists, temporary: s.into?.rel?.relpersistence === 't', asSelect: true };
      // `CREATE TABLE t (a, b) AS …` renames the query's columns: not followed (as in cst-map).
      const select = s.into?.colNames?.length ? undefined : pgSelectShape(t, s.query);
      if (select) op.select = select;
      return [op];
    }
    case 'SelectStmt': {
      // `SELECT … INTO t`: PostgreSQL runs it as CREATE TABLE t AS SELECT ….
      const s = nodeBody<SelectStmt>(stmt);
      if (!s.intoClause?.rel) return other();
      const op: Operation = { kind: 'create_table', table: rel(s.intoClause.rel), columns: [], constraints: [], ifNotExists: false, temporary: s.intoClause.rel.relpersistence === 't', asSelect: true };
      const select = s.intoClause.colNames?.length ? undefined : pgSelectShape(t, { SelectStmt: { ...s, intoClause: undefined } } as Node);
      if (select) op.select = select;
      return [op];
    }
    case 'AlterTableStmt':
      return pgAlterTable(t, nodeBody<AlterTableStmt>(stmt));
    case 'RenameStmt':
      return rename(nodeBody<RenameStmt>(stmt)) ?? other();
    case 'AlterObjectSchemaStmt': {
      const s = nodeBody<AlterObjectSchemaStmt>(stmt);
      if (s.objectType !== 'OBJECT_TABLE') return other();
      return [{ kind: 'rename_table', table: rel(s.relation), newName: { schema: s.newschema ?? '', name: s.relation?.relname ?? '' } }];
    }
    case 'DropStmt':
      return drop(nodeBody<DropStmt>(stmt)) ?? other();
    case 'IndexStmt':
      return [createIndex(t, nodeBody<IndexStmt>(stmt))];
    case 'ReindexStmt': {
      const s = nodeBody<ReindexStmt>(stmt);
      const target = (s.kind ?? 'REINDEX_OBJECT_INDEX').replace('REINDEX_OBJECT_', '').toLowerCase() as 'index' | 'table' | 'schema' | 'database' | 'system';
      const concurrently = (s.params ?? []).some((p) => isOption(p, 'concurrently'));
      return [{ kind: 'reindex', target, name: s.relation ? rel(s.relation) : { name: s.name ?? '' }, concurrently }];
    }
    case 'CreateEnumStmt': {
      const s = nodeBody<CreateEnumStmt>(stmt);
      return [{ kind: 'create_enum', name: nameList(s.typeName), values: strings(s.vals) }];
    }
    case 'AlterEnumStmt': {
      const s = nodeBody<AlterEnumStmt>(stmt);
      const name = nameList(s.typeName);
      if (s.oldVal !== undefined) return [{ kind: 'rename_enum_value', name, value: s.oldVal, newValue: s.newVal ?? '' }];
      const op: Operation = { kind: 'add_enum_value', name, value: s.newVal ?? '', ifNotExists: !!s.skipIfNewValExists };
      if (s.newValNeighbor !== undefined) op[s.newValIsAfter ? 'after' : 'before'] = s.newValNeighbor;
      return [op];
    }
    case 'ViewStmt': {
      const s = nodeBody<ViewStmt>(stmt);
      return [{ kind: 'create_view', name: rel(s.view), materialized: false, orReplace: !!s.replace, reads: relationsRead(s.query) }];
    }
    case 'RefreshMatViewStmt': {
      const s = nodeBody<RefreshMatViewStmt>(stmt);
      return [{ kind: 'refresh_materialized_view', name: rel(s.relation), concurrently: !!s.concurrent }];
    }
    case 'CreateSchemaStmt': {
      const s = nodeBody<CreateSchemaStmt>(stmt);
      return [{ kind: 'create_schema', name: s.schemaname ?? s.authrole?.rolename ?? '', ifNotExists: !!s.if_not_exists }];
    }
    case 'DropdbStmt': {
      const s = nodeBody<DropdbStmt>(stmt);
      return [{ kind: 'drop_schema', name: s.dbname ?? '', ifExists: !!s.missing_ok, cascade: false, database: true }];
    }
    case 'TruncateStmt': {
      const s = nodeBody<TruncateStmt>(stmt);
      return [{ kind: 'truncate', tables: (s.relations ?? []).map((r) => rel(nodeBody<RangeVar>(r))), cascade: cascade(s.behavior) }];
    }
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'InsertStmt': {
      const s = nodeBody<UpdateStmt & DeleteStmt & InsertStmt>(stmt);
      const verb = type === 'UpdateStmt' ? 'update' : type === 'DeleteStmt' ? 'delete' : 'insert';
      return [{ kind: 'data_change', verb, table: rel(s.relation), hasWhere: verb !== 'insert' && !!s.whereClause }];
    }
    case 'CopyStmt': {
      // COPY … FROM (STDIN, a file or a program) loads rows into the table; COPY … TO reads.
      const s = nodeBody<CopyStmt>(stmt);
      if (!s.is_from || !s.relation) return other();
      return [{ kind: 'data_change', verb: 'insert', table: rel(s.relation), hasWhere: false }];
    }
    case 'TransactionStmt': {
      const kind = nodeBody<TransactionStmt>(stmt).kind;
      if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') return [{ kind: 'transaction', action: 'begin' }];
      if (kind === 'TRANS_STMT_COMMIT') return [{ kind: 'transaction', action: 'commit' }];
      if (kind === 'TRANS_STMT_ROLLBACK') return [{ kind: 'transaction', action: 'rollback' }];
      return other();
    }
    case 'VariableSetStmt':
      return setting(nodeBody<VariableSetStmt>(stmt)) ?? other();
    case 'VacuumStmt': {
      const s = nodeBody<VacuumStmt>(stmt);
      const action = !s.is_vacuumcmd ? 'analyze' : (s.options ?? []).some((o) => isOption(o, 'full')) ? 'vacuum_full' : 'vacuum';
      const rels = (s.rels ?? []).map((r) => nodeBody<VacuumRelation>(r).relation);
      if (!rels.length) return [{ kind: 'maintenance', action }];
      return rels.map((r) => ({ kind: 'maintenance', action, table: rel(r) }));
    }
    case 'ClusterStmt': {
      const s = nodeBody<ClusterStmt>(stmt);
      return [s.relation ? { kind: 'maintenance', action: 'cluster', table: rel(s.relation) } : { kind: 'maintenance', action: 'cluster' }];
    }
    default:
      return other();
  }
}

/** A DefElem option that is on: `(CONCURRENTLY)`, `(FULL true)`, not `(FULL false)`. */
function isOption(n: Node, name: string): boolean {
  const d = nodeBody<DefElem>(n);
  if (d.defname !== name) return false;
  const arg = d.arg as { Boolean?: { boolval?: boolean }; String?: { sval?: string }; Integer?: { ival?: number } } | undefined;
  if (!arg) return true;
  if (arg.Boolean) return !!arg.Boolean.boolval;
  if (arg.Integer) return !!arg.Integer.ival;
  return !/^(false|off|0|no)$/i.test(arg.String?.sval ?? '');
}

function createTable(t: PgText, s: CreateStmt): Operation {
  const table = rel(s.relation);
  const columns: ColumnDef[] = [];
  const constraints: Constraint[] = [];
  for (const el of s.tableElts ?? []) {
    const type = nodeType(el);
    if (type === 'ColumnDef') {
      const cd = nodeBody<PgColumnDef>(el);
      // Columns of PARTITION OF / OF type only add options to inherited ones.
      if (cd.typeName) columns.push(pgColumn(t, cd, table));
    } else if (type === 'Constraint') {
      const c = pgConstraint(t, nodeBody<PgConstraint>(el));
      if (c) constraints.push(c);
    }
  }
  applyTablePrimaryKey(columns, constraints, 'postgresql');
  // LIKE other / INHERITS (parent): the column list is not the whole table (see cst-map).
  const borrowed = (s.tableElts ?? []).some((el) => nodeType(el) === 'TableLikeClause') || (!s.partbound && !!s.inhRelations?.length);
  const op: Operation = {
    kind: 'create_table',
    table,
    columns,
    constraints,
    ifNotExists: !!s.if_not_exists,
    temporary: s.relation?.relpersistence === 't',
    asSelect: borrowed,
  };
  if (s.partbound && s.inhRelations?.length) op.partitionOf = rel(nodeBody<RangeVar>(s.inhRelations[0]));
  if (s.partspec) op.partitioned = true;
  return op;
}

function rename(s: RenameStmt): Operation[] | undefined {
  const table = rel(s.relation);
  const newName = s.newname ?? '';
  switch (s.renameType) {
    case 'OBJECT_TABLE':
      return [{ kind: 'rename_table', table, newName: { name: newName } }];
    case 'OBJECT_COLUMN':
      return s.relationType === 'OBJECT_TABLE' ? [{ kind: 'rename_column', table, column: s.subname ?? '', newName }] : undefined;
    case 'OBJECT_TABCONSTRAINT':
      return [{ kind: 'rename_constraint', table, name: s.subname ?? '', newName }];
    case 'OBJECT_INDEX':
      return [{ kind: 'rename_index', name: table, newName }];
    case 'OBJECT_TYPE':
      // ALTER TYPE s.t RENAME TO u: the type stays in schema s.
      return [{ kind: 'rename_type', name: nameList(nodeBody<{ items?: Node[] }>(s.object).items), newName: { name: newName } }];
    default:
      return undefined;
  }
}

function drop(s: DropStmt): Operation[] | undefined {
  const ifExists = !!s.missing_ok;
  const cas = cascade(s.behavior);
  const objects = s.objects ?? [];
  const names = objects.map((o) => (nodeType(o) === 'List' ? nameList(nodeBody<{ items?: Node[] }>(o).items) : nameList([o])));
  switch (s.removeType) {
    case 'OBJECT_TABLE':
      return names.map((table) => ({ kind: 'drop_table', table, ifExists, cascade: cas }));
    case 'OBJECT_INDEX':
      return names.map((name) => ({ kind: 'drop_index', name, concurrently: !!s.concurrent, ifExists, cascade: cas }));
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
      return names.map((name) => ({ kind: 'drop_view', name, materialized: s.removeType === 'OBJECT_MATVIEW', ifExists, cascade: cas }));
    case 'OBJECT_TYPE':
      return objects.map((o) => ({ kind: 'drop_type', name: nameList(nodeBody<TypeName>(o).names), ifExists, cascade: cas }));
    case 'OBJECT_SCHEMA':
      return objects.map((o) => ({ kind: 'drop_schema', name: str(o), ifExists, cascade: cas, database: false }));
    default:
      return undefined;
  }
}

function createIndex(t: PgText, s: IndexStmt): Operation {
  // The element list's tokens, cut only for an expression element or a WHERE (most indexes name columns).
  let close = -1;
  let segments: [number, number][] = [];
  const list = (): void => {
    if (close >= 0) return;
    let k = t.skipName(t.tokAt(s.relation?.location));
    while (k < t.toks.length && t.upper(k) !== '(') k++;
    close = t.close(k);
    segments = t.items(k + 1, close - 1);
  };
  const elems = (s.indexParams ?? []).map((p, i): IndexElem => {
    const e = nodeBody<PgIndexElem>(p);
    const ref = nodeType(e.expr) === 'ColumnRef' ? nodeBody<{ fields?: Node[] }>(e.expr).fields : undefined;
    let el: IndexElem;
    if (e.name) el = { column: e.name };
    else if (ref?.length === 1 && nodeType(ref[0]) === 'String') el = { column: str(ref[0]) };
    else {
      list();
      el = { expr: elemExpr(t, segments[i]) };
    }
    if (e.ordering === 'SORTBY_DESC') el.desc = true;
    const last = (names?: Node[]) => (names?.length ? str(names[names.length - 1]) : undefined);
    const modifier = elemModifier(last(e.collation), last(e.opclass));
    if (modifier) el.modifier = modifier;
    return el;
  });
  const op: Operation = {
    kind: 'create_index',
    table: rel(s.relation),
    elems,
    unique: !!s.unique,
    concurrently: !!s.concurrent,
    ifNotExists: !!s.if_not_exists,
  };
  if (s.idxname) op.name = s.idxname;
  op.method = s.accessMethod ?? 'btree';
  if (s.indexIncludingParams?.length) op.include = s.indexIncludingParams.map((p) => nodeBody<PgIndexElem>(p).name ?? '');
  if (s.whereClause) {
    list();
    op.where = t.slice(t.find('WHERE', close + 1) + 1, t.toks.length - 1);
  }
  return op;
}

/** An expression index element: `(expr)` or a function call, without opclass or ordering. */
function elemExpr(t: PgText, seg: [number, number] | undefined): string {
  if (!seg) return '';
  const [a, b] = seg;
  let open = a;
  while (open <= b && t.upper(open) !== '(') open++;
  return open > b ? t.slice(a, b) : t.slice(a, t.close(open));
}

function setting(s: VariableSetStmt): Operation[] | undefined {
  const name = (s.name ?? '').toLowerCase();
  const local = !!s.is_local;
  if (s.kind === 'VAR_SET_DEFAULT') return [{ kind: 'set_setting', name, value: 'DEFAULT', local }];
  if (s.kind === 'VAR_RESET') return [{ kind: 'set_setting', name, value: 'DEFAULT', local: false }];
  if (s.kind !== 'VAR_SET_VALUE') return undefined;
  return [{ kind: 'set_setting', name, value: (s.args ?? []).map(constText).join(', '), local }];
}

function constText(n: Node): string {
  const c = (n as { A_Const?: { sval?: { sval?: string }; ival?: { ival?: number }; fval?: { fval?: string }; boolval?: { boolval?: boolean } } }).A_Const;
  if (!c) return '';
  if (c.sval) return c.sval.sval ?? '';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? '';
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  return '';
}
