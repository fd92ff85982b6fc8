import type { CreateTableStmt, Node, ParserOptions, Program, Statement as CstStatement } from 'sql-parser-cst';
import type { Constraint, IndexElem, Operation, QName } from '../../model/operation.js';
import { applyTablePrimaryKey, elemModifier } from './column-draft.js';
import { cstAlterTable } from './cst-alter.js';
import { cstColumn, cstConstraint, unwrap, withAttrs } from './cst-columns.js';
import { type CstCtx, ident, kwText, listItems, nameParts, relName, src } from './cst-util.js';
import { selectShape } from './cst-select.js';
import { cstParse } from './cst-parser.js';
import { describeStatement } from './describe.js';

export type CstDialect = 'postgresql' | 'sqlite';

const OPTIONS: Record<CstDialect, ParserOptions> = {
  postgresql: { dialect: 'postgresql', includeRange: true, paramTypes: ['$nr'] },
  sqlite: { dialect: 'sqlite', includeRange: true, paramTypes: ['?', '?nr', ':name', '$name', '@name'] },
};

export function parserOptions(dialect: CstDialect): ParserOptions {
  return OPTIONS[dialect];
}

/**
 * Parse one statement with sql-parser-cst and map it to operations. Throws the parser's
 * error when it cannot parse, and CstUnsupported when it parses into a shape we cannot
 * trust (PostgreSQL then asks libpg-query). For many statements use mapCstStatements.
 * `loadCstParser()` must have been awaited.
 */
export function mapCstStatement(text: string, dialect: CstDialect): Operation[] {
  return mapProgram(cstParse(text, OPTIONS[dialect]), text, dialect);
}

/** The operations of parsed statements; `text` is what the parser read (ranges point into it). */
export function mapProgram(program: Program, text: string, dialect: CstDialect): Operation[] {
  const ctx: CstCtx = { text, dialect };
  return program.statements.filter((s) => s.type !== 'empty').flatMap((s) => mapStatement(ctx, s));
}

function mapStatement(ctx: CstCtx, s: CstStatement): Operation[] {
  const other = (): Operation[] => [{ kind: 'other', description: describeStatement(src(ctx, s), ctx.dialect) }];
  const role = roleSetting(ctx, s as Node);
  if (role) return [role];
  switch (s.type) {
    case 'create_table_stmt':
      // A foreign table holds no data here; libpg-query gives it its own statement kind too.
      if (kwText(s.kind?.kindKw) === 'FOREIGN') return other();
      return [createTable(ctx, s)];
    case 'drop_table_stmt':
      return listItems(s.tables).map((t) => ({ kind: 'drop_table', table: relName(ctx, t), ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === 'CASCADE' }));
    case 'alter_table_stmt':
      return cstAlterTable(ctx, s);
    case 'create_index_stmt':
      return [createIndex(ctx, s)];
    case 'drop_index_stmt':
      return listItems(s.indexes).map((i) => {
        const op: Operation = { kind: 'drop_index', name: relName(ctx, i), concurrently: !!s.concurrentlyKw, ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === 'CASCADE' };
        if (s.table) op.table = relName(ctx, s.table);
        return op;
      });
    case 'alter_index_stmt':
      if (s.action.type === 'alter_action_rename') return [{ kind: 'rename_index', name: relName(ctx, s.index), newName: lastPart(ctx, s.action.newName) }];
      return other();
    case 'reindex_stmt': {
      const target = (s.targetKw?.name.toLowerCase() ?? (s.name ? 'index' : 'database')) as 'index' | 'table' | 'schema' | 'database' | 'system';
      const concurrently = !!s.concurrentlyKw || listItems(s.options?.expr).some((o) => o.type === 'reindex_option_concurrently' && o.value?.value !== false);
      return [{ kind: 'reindex', target, name: s.name ? relName(ctx, s.name) : { name: '' }, concurrently }];
    }
    case 'create_type_stmt':
      if (s.definition?.type !== 'enum_type_definition') return other();
      return [{ kind: 'create_enum', name: relName(ctx, s.name), values: listItems(s.definition.values.expr).map((v) => v.value) }];
    case 'alter_type_stmt':
      return s.actions.items.map((a): Operation => {
        const name = relName(ctx, s.name);
        if (a.type === 'alter_action_add_enum_value') {
          const op: Operation = { kind: 'add_enum_value', name, value: a.value.value, ifNotExists: !!a.ifNotExistsKw };
          if (a.position?.positionKw.name === 'BEFORE') op.before = a.position.value.value;
          if (a.position?.positionKw.name === 'AFTER') op.after = a.position.value.value;
          return op;
        }
        if (a.type === 'alter_action_rename_enum_value') return { kind: 'rename_enum_value', name, value: a.oldValue.value, newValue: a.newValue.value };
        // The renamed type stays in its schema; RENAME TO takes a bare name.
        if (a.type === 'alter_action_rename') return { kind: 'rename_type', name, newName: { name: lastPart(ctx, a.newName as Node) } };
        return { kind: 'other', description: describeStatement(src(ctx, s), ctx.dialect) };
      });
    case 'drop_type_stmt':
      return listItems(s.types).map((t) => ({ kind: 'drop_type', name: relName(ctx, t), ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === 'CASCADE' }));
    case 'create_view_stmt':
      return [{ kind: 'create_view', name: relName(ctx, s.name), materialized: s.kinds.some((k) => kwText(k.kindKw) === 'MATERIALIZED'), orReplace: !!s.orReplaceKw }];
    case 'drop_view_stmt':
      return listItems(s.views).map((v) => ({ kind: 'drop_view', name: relName(ctx, v), materialized: kwText(s.kind?.kindKw) === 'MATERIALIZED', ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === 'CASCADE' }));
    case 'refresh_materialized_view_stmt':
      return [{ kind: 'refresh_materialized_view', name: relName(ctx, s.name), concurrently: !!s.concurrentlyKw }];
    case 'create_schema_stmt': {
      if (s.createSchemaKw[1].name === 'DATABASE') return other();
      const auth = s.clauses.find((c) => c.type === 'create_schema_authorization_clause');
      const name = s.name ? lastPart(ctx, s.name) : auth ? ident(ctx, auth.role as Node) : '';
      return [{ kind: 'create_schema', name, ifNotExists: !!s.ifNotExistsKw }];
    }
    case 'drop_schema_stmt':
      return listItems(s.schemas).map((x) => ({ kind: 'drop_schema', name: lastPart(ctx, x), ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === 'CASCADE', database: s.dropSchemaKw[1].name === 'DATABASE' }));
    case 'truncate_stmt':
      return [{ kind: 'truncate', tables: listItems(s.tables).map((t) => relName(ctx, t as Node)), cascade: s.behaviorKw?.name === 'CASCADE' }];
    case 'update_stmt':
    case 'delete_stmt':
    case 'insert_stmt':
      return [dataChange(ctx, s)];
    case 'start_transaction_stmt':
      return [{ kind: 'transaction', action: 'begin' }];
    case 'commit_transaction_stmt':
      return [{ kind: 'transaction', action: 'commit' }];
    case 'rollback_transaction_stmt':
      return s.savepoint ? other() : [{ kind: 'transaction', action: 'rollback' }];
    case 'set_parameter_stmt':
      return [{ kind: 'set_setting', name: ident(ctx, s.name).toLowerCase(), value: listItems(s.value).map((v) => settingValue(ctx, v as Node)).join(', '), local: s.modifierKw?.name === 'LOCAL' }];
    case 'set_time_zone_parameter_stmt':
      return [{ kind: 'set_setting', name: 'timezone', value: settingValue(ctx, s.value as Node), local: s.modifierKw?.name === 'LOCAL' }];
    case 'reset_parameter_stmt':
      if (s.name.type === 'all_parameters') return other();
      return [{ kind: 'set_setting', name: ident(ctx, s.name).toLowerCase(), value: 'DEFAULT', local: false }];
    case 'pragma_stmt':
      if (s.pragma.type !== 'pragma_assignment') return other();
      return [{ kind: 'set_setting', name: nameParts(ctx, s.pragma.name).join('.').toLowerCase(), value: settingValue(ctx, s.pragma.value as Node), local: false }];
    case 'analyze_stmt': {
      const tables = listItems(s.tables);
      if (!tables.length) return [{ kind: 'maintenance', action: 'analyze' }];
      return tables.map((t) => ({ kind: 'maintenance', action: 'analyze', table: relName(ctx, t) }));
    }
    case 'vacuum_stmt':
      return [{ kind: 'maintenance', action: 'vacuum' }];
    default:
      return other();
  }
}

/**
 * SET ROLE / RESET ROLE (statement types the package's Statement union leaves out): PostgreSQL's
 * own grammar makes them the setting named role, and libpg-query maps them so.
 */
function roleSetting(ctx: CstCtx, n: Node): Operation | undefined {
  if (n.type === 'reset_role_stmt') return { kind: 'set_setting', name: 'role', value: 'DEFAULT', local: false };
  if (n.type !== 'set_role_stmt') return undefined;
  const value = n.name.type === 'keyword' ? n.name.text.toLowerCase() : settingValue(ctx, n.name as Node);
  return { kind: 'set_setting', name: 'role', value, local: n.scopeKw?.name === 'LOCAL' };
}

function lastPart(ctx: CstCtx, n: Node): string {
  const parts = nameParts(ctx, n);
  return parts[parts.length - 1];
}

function createTable(ctx: CstCtx, s: CreateTableStmt): Operation {
  const table = relName(ctx, s.name);
  const columns = [];
  const constraints: Constraint[] = [];
  for (const el of listItems(s.columns?.expr) as Node[]) {
    if (el.type === 'column_definition') {
      // Columns of PARTITION OF / OF type only add options to inherited ones.
      if (!el.dataType && ctx.dialect === 'postgresql') continue;
      columns.push(cstColumn(ctx, el, table));
      continue;
    }
    const { inner, name, modifiers } = unwrap(ctx, el);
    const c = cstConstraint(ctx, inner);
    if (c) constraints.push(withAttrs(c, name, modifiers));
  }
  const kind = kwText(s.kind?.kindKw);
  const withoutRowid = listItems(s.options).some((o) => kwText(o.name as Node | Node[]) === 'WITHOUT ROWID');
  applyTablePrimaryKey(columns, constraints, ctx.dialect, withoutRowid);
  // LIKE other / INHERITS (parent): columns come from a table this statement does not list,
  // so, as with AS SELECT, the column list is not the whole table.
  const borrowed =
    listItems(s.columns?.expr).some((el) => (el as Node).type === 'create_table_like_clause') ||
    s.clauses.some((c) => c.type === 'create_table_inherits_clause');
  const op: Operation = {
    kind: 'create_table',
    table,
    columns,
    constraints,
    ifNotExists: !!s.ifNotExistsKw,
    temporary: /TEMP/.test(kind),
    asSelect: borrowed || s.clauses.some((c) => c.type === 'as_clause'),
  };
  const asClause = s.clauses.find((c) => c.type === 'as_clause');
  // `CREATE TABLE t (a, b) AS …` renames the query's columns: not followed.
  if (asClause && ctx.dialect === 'postgresql' && !borrowed && !listItems(s.columns?.expr).length) {
    const select = selectShape(ctx, (asClause as { expr?: Node }).expr);
    if (select) op.select = select;
  }
  if (s.partitionOf) op.partitionOf = relName(ctx, s.partitionOf.table);
  if (s.clauses.some((c) => c.type === 'create_table_partition_by_clause')) op.partitioned = true;
  return op;
}

function createIndex(ctx: CstCtx, s: Extract<CstStatement, { type: 'create_index_stmt' }>): Operation {
  const elems: IndexElem[] = [];
  if (s.columns.expr.type === 'list_expr') {
    for (const spec of s.columns.expr.items) {
      let e = spec.expr as Node;
      let collation: string | undefined;
      // `name COLLATE "C"`: a column with its own collation (PostgreSQL's index_elem), not an expression.
      if (e.type === 'binary_expr' && kwText(e.operator as Node) === 'COLLATE' && (e.left as Node).type === 'identifier') {
        collation = ident(ctx, e.right as Node);
        e = e.left as Node;
      }
      const col = e.type === 'identifier' ? e : e.type === 'paren_expr' && (e.expr as Node).type === 'identifier' ? (e.expr as Node) : undefined;
      const el: IndexElem = col ? { column: ident(ctx, col) } : { expr: src(ctx, e) };
      if (spec.direction?.type === 'sort_direction_desc') el.desc = true;
      const modifier = elemModifier(collation, spec.opclass ? ident(ctx, spec.opclass.name as Node) : undefined);
      if (modifier) el.modifier = modifier;
      elems.push(el);
    }
  }
  const op: Operation = {
    kind: 'create_index',
    table: relName(ctx, s.table),
    elems,
    unique: s.indexTypeKw?.name === 'UNIQUE',
    concurrently: !!s.concurrentlyKw,
    ifNotExists: !!s.ifNotExistsKw,
  };
  if (s.name) op.name = lastPart(ctx, s.name);
  if (ctx.dialect === 'postgresql') op.method = s.using ? ident(ctx, s.using.method).toLowerCase() : 'btree';
  for (const c of s.clauses) {
    if (c.type === 'where_clause') op.where = src(ctx, c.expr);
    else if (c.type === 'index_include_clause') op.include = listItems(c.columns.expr).map((i) => ident(ctx, i));
  }
  return op;
}

function dataChange(ctx: CstCtx, s: Extract<CstStatement, { type: 'update_stmt' | 'delete_stmt' | 'insert_stmt' }>): Operation {
  let table: QName = { name: '' };
  let verb: 'update' | 'delete' | 'insert' = 'insert';
  let hasWhere = false;
  for (const c of s.clauses as Node[]) {
    if (c.type === 'update_clause') {
      verb = 'update';
      table = relName(ctx, c.tables.items[0] as Node);
    } else if (c.type === 'delete_clause') {
      verb = 'delete';
      table = relName(ctx, c.tables.items[0] as Node);
    } else if (c.type === 'insert_clause') {
      table = relName(ctx, c.table as Node);
    } else if (c.type === 'where_clause' || c.type === 'where_current_of_clause') {
      hasWhere = true;
    }
  }
  return { kind: 'data_change', verb, table, hasWhere };
}

/** A SET value the way PostgreSQL stores it: strings unquoted, keywords lower case. */
function settingValue(ctx: CstCtx, v: Node): string {
  switch (v.type) {
    case 'string_literal':
      return v.value;
    case 'number_literal':
      return v.text;
    case 'boolean_literal':
    case 'boolean_on_off_literal':
      return src(ctx, v).toLowerCase();
    case 'identifier':
      return ident(ctx, v);
    case 'default':
    case 'local_parameter_value':
      return 'DEFAULT';
    case 'keyword':
      return v.text.toLowerCase();
    default:
      return src(ctx, v);
  }
}

