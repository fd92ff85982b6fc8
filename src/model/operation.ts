import { isMysqlFamily, type Dialect } from './dialect.js';
import type { SqlType } from './sql-type.js';

/**
 * Operations: the intermediate representation every front end (SQL, Django, Alembic)
 * produces and every later stage consumes. Names are already folded the way the
 * database folds them (PostgreSQL: unquoted → lower case).
 */

/** A possibly schema-qualified name. `schema` is absent when the statement did not write one. */
export interface QName {
  schema?: string;
  name: string;
}

/** One statement of a migration file. Several operations may share one statement. */
export interface Statement {
  /** Repo-relative path of the file. */
  file: string;
  /** 1-based first and last line of the statement in that file. */
  line: number;
  endLine: number;
  /** 1-based column of the first character of the statement on `line`. */
  column: number;
  /** The statement text as written (no trailing semicolon). */
  text: string;
  /** 0-based position of the statement in its file. */
  index: number;
  /**
   * Whether it runs inside a transaction block: an explicit BEGIN … COMMIT in the file,
   * or a file the migration tool wraps in one. Filled in by the formats stage.
   */
  inTransaction: boolean;
  /** MySQL `ALGORITHM=` / `LOCK=` clauses of an ALTER TABLE, lower case. */
  algorithm?: string;
  lock?: string;
  /** Rule ids acknowledged by `-- migra:ignore` directly above (see frontends/directives). */
  ignored?: IgnoreDirective[];
  /**
   * The text is a Python call of a Django or Alembic migration, not SQL: the SQL it runs is
   * rendered from its operations (schema/orm-sql.ts). Unset for the SQL of RunSQL / op.execute.
   */
  orm?: true;
}

export interface IgnoreDirective {
  rules: string[]; // empty = all rules
  reason?: string;
  line: number;
  file: string;
  scope: 'statement' | 'file';
}

export interface DefaultExpr {
  /** Expression text as written. */
  text: string;
  /**
   * Whether evaluating it can give a different value per row (random(), gen_random_uuid(),
   * clock_timestamp(), nextval()). `now()` / CURRENT_TIMESTAMP are stable within a statement,
   * so not volatile.
   */
  volatile: boolean;
}

export interface ColumnDef {
  name: string;
  type: SqlType;
  nullable: boolean;
  default?: DefaultExpr;
  /** GENERATED … AS IDENTITY, or MySQL AUTO_INCREMENT / SQLite AUTOINCREMENT ('auto'). */
  identity?: 'always' | 'by default' | 'auto';
  /** serial/bigserial/smallserial was written. */
  serial?: boolean;
  /** GENERATED ALWAYS AS (expr) [STORED|VIRTUAL]. */
  generated?: { expr: string; stored: boolean };
  collation?: string;
  /** Constraints written inline on the column (PRIMARY KEY, UNIQUE, REFERENCES, CHECK). */
  constraints: Constraint[];
}

export type ConstraintKind = 'primary' | 'unique' | 'check' | 'foreign' | 'exclude';

export interface ForeignRef {
  table: QName;
  columns: string[];
  onDelete?: string;
  onUpdate?: string;
}

export interface Constraint {
  kind: ConstraintKind;
  name?: string;
  columns: string[];
  /** CHECK expression text, or EXCLUDE definition text. */
  expr?: string;
  references?: ForeignRef;
  /** ADD … NOT VALID (PostgreSQL). */
  notValid?: boolean;
  /** ADD … UNIQUE/PRIMARY KEY USING INDEX name (PostgreSQL). */
  usingIndex?: string;
  deferrable?: boolean;
}

export interface IndexElem {
  /** A column name, or undefined when the element is an expression. */
  column?: string;
  /** The expression text when not a plain column. */
  expr?: string;
  desc?: boolean;
  /**
   * What the element adds to its column or expression, as SQL: a PostgreSQL COLLATE and operator
   * class (`text_pattern_ops`, `COLLATE "C"`). Two elements on one column that differ here are
   * different keys (a `text_pattern_ops` index serves LIKE, not ORDER BY), so redundant-index
   * compares it.
   */
  modifier?: string;
}

/**
 * Where a column of a `CREATE TABLE … AS SELECT` comes from: a column of a table or subquery it
 * reads, a type written in a cast, a value whose type the expression decides (a comparison is a
 * boolean, min/max keep their argument's type), or something replay cannot type.
 */
export type SelectValue =
  | { kind: 'column'; rel?: string; column: string }
  | { kind: 'type'; type: SqlType }
  | { kind: 'same'; of: SelectValue }
  | { kind: 'null' }
  | { kind: 'unknown' };

/** The select list and FROM items of a query, as far as they decide the columns' names and types. */
export interface SelectShape {
  columns: { name: string; value: SelectValue }[];
  /** FROM items under the name the select list uses for them (the alias, else the table's name). */
  from: { alias: string; table?: QName; sub?: SelectShape }[];
  /** UNION branches after the first: a column the first leaves NULL takes its type from them. */
  union?: SelectShape[];
}

export type Operation =
  | { kind: 'create_table'; table: QName; columns: ColumnDef[]; constraints: Constraint[]; ifNotExists: boolean; temporary: boolean; asSelect: boolean; partitionOf?: QName; /** PARTITION BY: a partitioned parent table (PostgreSQL). */ partitioned?: boolean; /** AS SELECT: what the select list says of the columns (replay types them from the tables read). */ select?: SelectShape }
  | { kind: 'drop_table'; table: QName; ifExists: boolean; cascade: boolean }
  | { kind: 'rename_table'; table: QName; newName: QName }
  | { kind: 'add_column'; table: QName; column: ColumnDef; ifNotExists: boolean }
  | { kind: 'drop_column'; table: QName; column: string; ifExists: boolean; cascade: boolean }
  | { kind: 'rename_column'; table: QName; column: string; newName: string }
  | { kind: 'alter_column_type'; table: QName; column: string; type: SqlType; using?: string }
  | { kind: 'set_not_null'; table: QName; column: string }
  | { kind: 'drop_not_null'; table: QName; column: string }
  | { kind: 'set_default'; table: QName; column: string; default: DefaultExpr }
  | { kind: 'drop_default'; table: QName; column: string }
  | { kind: 'add_constraint'; table: QName; constraint: Constraint }
  | { kind: 'validate_constraint'; table: QName; name: string }
  | { kind: 'drop_constraint'; table: QName; name: string; ifExists: boolean; cascade: boolean; constraintKind?: ConstraintKind }
  | { kind: 'rename_constraint'; table: QName; name: string; newName: string }
  | { kind: 'create_index'; name?: string; table: QName; elems: IndexElem[]; unique: boolean; concurrently: boolean; ifNotExists: boolean; where?: string; method?: string; include?: string[] }
  | { kind: 'drop_index'; name: QName; table?: QName; concurrently: boolean; ifExists: boolean; cascade: boolean }
  /** `table`: MySQL `ALTER TABLE t RENAME INDEX a TO b` (index names are per table there). */
  | { kind: 'rename_index'; name: QName; newName: string; table?: QName }
  | { kind: 'reindex'; target: 'index' | 'table' | 'schema' | 'database' | 'system'; name: QName; concurrently: boolean }
  | { kind: 'create_enum'; name: QName; values: string[] }
  | { kind: 'add_enum_value'; name: QName; value: string; before?: string; after?: string; ifNotExists: boolean }
  | { kind: 'rename_enum_value'; name: QName; value: string; newValue: string }
  | { kind: 'drop_type'; name: QName; ifExists: boolean; cascade: boolean }
  /** ALTER TYPE name RENAME TO newName (PostgreSQL; newName has no schema of its own: the type stays in its schema). */
  | { kind: 'rename_type'; name: QName; newName: QName }
  /** `reads`: the tables and views its query reads, where the parser can tell (DROP … CASCADE follows them). */
  | { kind: 'create_view'; name: QName; materialized: boolean; orReplace: boolean; reads?: QName[] }
  | { kind: 'drop_view'; name: QName; materialized: boolean; ifExists: boolean; cascade: boolean }
  | { kind: 'refresh_materialized_view'; name: QName; concurrently: boolean }
  | { kind: 'create_schema'; name: string; ifNotExists: boolean }
  | { kind: 'drop_schema'; name: string; ifExists: boolean; cascade: boolean; database: boolean }
  | { kind: 'truncate'; tables: QName[]; cascade: boolean }
  | { kind: 'data_change'; verb: 'update' | 'delete' | 'insert'; table: QName; hasWhere: boolean }
  | { kind: 'transaction'; action: 'begin' | 'commit' | 'rollback' }
  | { kind: 'set_setting'; name: string; value: string; local: boolean }
  | { kind: 'maintenance'; action: 'vacuum' | 'vacuum_full' | 'cluster' | 'analyze'; table?: QName }
  | { kind: 'detach_partition'; table: QName; partition: QName; concurrently: boolean }
  | { kind: 'attach_partition'; table: QName; partition: QName }
  | { kind: 'opaque_code'; description: string }
  /**
   * MySQL / MariaDB ALTER TABLE table options and table-wide rebuilds, which add, drop or rename
   * nothing: ENGINE=, [DEFAULT] CHARACTER SET / COLLATE (the table default, or with `convert`,
   * CONVERT TO CHARACTER SET, which also re-encodes every text column), and in `options` the
   * other options by upper-case name (ROW_FORMAT, KEY_BLOCK_SIZE, COMMENT, ENCRYPTION …) and the
   * actions FORCE, PARTITION BY and REMOVE PARTITIONING. Values as written, without quotes.
   */
  | { kind: 'alter_table_options'; table: QName; engine?: string; charset?: string; collation?: string; convert?: boolean; options: Record<string, string> }
  /** Parsed, understood, and without effect on the schema model (GRANT, COMMENT, CREATE FUNCTION …). */
  | { kind: 'other'; description: string }
  /** The front end could not parse it. `message` quotes the parser. */
  | { kind: 'unparsed'; message: string };

export type OperationKind = Operation['kind'];

/** An operation with the statement it came from. */
export type LocatedOp = Operation & { stmt: Statement };

export type OpOf<K extends OperationKind> = Extract<LocatedOp, { kind: K }>;

export function qnameKey(q: QName): string {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}

export function qnameSql(q: QName, dialect: Dialect = 'postgresql'): string {
  return q.schema ? `${quoteIdent(q.schema, dialect)}.${quoteIdent(q.name, dialect)}` : quoteIdent(q.name, dialect);
}

/** A SQL string literal: 'it''s'. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Quote only when needed, so rollback SQL reads like hand-written SQL. */
export function quoteIdent(name: string, dialect: Dialect = 'postgresql'): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name)) return name;
  return isMysqlFamily(dialect) ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

const RESERVED = new Set(['user', 'order', 'group', 'table', 'select', 'where', 'from', 'to', 'check', 'default', 'primary', 'references', 'end', 'limit', 'offset', 'column', 'index', 'key', 'desc', 'asc', 'all', 'and', 'or', 'not', 'null', 'true', 'false', 'when', 'case', 'then', 'else', 'as', 'on', 'in', 'is', 'by', 'constraint', 'unique', 'foreign', 'create', 'grant', 'union', 'window', 'having', 'distinct', 'analyse', 'analyze', 'any', 'array', 'both', 'cast', 'collate', 'current_date', 'current_time', 'current_timestamp', 'current_user', 'deferrable', 'do', 'fetch', 'for', 'initially', 'into', 'lateral', 'leading', 'localtime', 'only', 'placing', 'returning', 'session_user', 'some', 'symmetric', 'trailing', 'using', 'variadic', 'with']);
