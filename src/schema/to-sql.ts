import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import { qnameSql, quoteIdent, type Constraint, type ForeignRef, type IndexElem, type QName } from '../model/operation.js';
import type { Column, Index, Table } from '../model/schema.js';
import { typeToSql, type SqlType } from '../model/sql-type.js';
import { isFunctionCall, isParenthesized, parenthesize } from './expr.js';
import { isSqliteSyntheticName, sameName } from './names.js';

/**
 * DDL text from the schema model, written the way a person would write it for that database
 * (identifiers quoted only when needed). Rollback scripts and `migra diff` print these.
 * Every function returns one statement without the closing `;`, or, where the database has no
 * statement for it (SQLite cannot add a constraint to a table), a `--` comment saying so.
 */

type NamedConstraint = Constraint & { name?: string };

function tableName(t: Table | QName): QName {
  return 'columns' in t ? t.name : t;
}

const PG_SERIAL: Record<string, string> = { integer: 'serial', bigint: 'bigserial', smallint: 'smallserial' };

/** The type; PostgreSQL user-defined names (enum types) are quoted when they need it. */
export function typeSql(t: SqlType, dialect: Dialect): string {
  // The model's real is MySQL's FLOAT (its REAL means DOUBLE): written FLOAT, with FLOAT(M,D)'s modifiers.
  if (isMysqlFamily(dialect) && t.name === 'real') return typeToSql({ ...t, name: 'float' });
  if (dialect !== 'postgresql' || t.values || /^[a-z_][a-z0-9_ ]*$/.test(t.name)) return typeToSql(t);
  const name = t.name.split('.').map((p) => quoteIdent(p, dialect)).join('.');
  return `${name}${t.args.length ? `(${t.args.join(', ')})` : ''}${'[]'.repeat(t.array)}`;
}

/**
 * One column definition. `inlinePrimaryKey` writes SQLite's `PRIMARY KEY [AUTOINCREMENT]` on the
 * column, the only place SQLite accepts AUTOINCREMENT.
 */
export function columnDefSql(col: Column, dialect: Dialect, opts: { inlinePrimaryKey?: boolean } = {}): string {
  const parts = [quoteIdent(col.name, dialect)];
  if (dialect === 'postgresql') {
    const serial = col.serial && PG_SERIAL[col.type.name] && !col.type.array ? PG_SERIAL[col.type.name] : undefined;
    parts.push(serial ?? typeSql(col.type, dialect));
    if (col.collation) parts.push(`COLLATE ${quoteIdent(col.collation, dialect)}`);
    if (col.generated) parts.push(`GENERATED ALWAYS AS ${parenthesize(col.generated.expr)} STORED`);
    else if (col.identity) parts.push(`GENERATED ${col.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
    // serial and identity columns get their default and NOT NULL from the keyword.
    if (col.default && !serial && !col.identity && !col.generated) parts.push(`DEFAULT ${col.default.text}`);
    if (!col.nullable && !serial && !col.identity) parts.push('NOT NULL');
    return parts.join(' ');
  }
  parts.push(typeSql(col.type, dialect));
  if (isMysqlFamily(dialect)) {
    if (col.collation) parts.push(`COLLATE ${col.collation}`);
    if (col.generated) parts.push(`GENERATED ALWAYS AS ${parenthesize(col.generated.expr)} ${col.generated.stored ? 'STORED' : 'VIRTUAL'}`);
    if (!col.nullable) parts.push('NOT NULL');
    if (col.default && !col.generated) parts.push(`DEFAULT ${col.default.text}`);
    if (col.identity) parts.push('AUTO_INCREMENT');
    return parts.join(' ');
  }
  if (opts.inlinePrimaryKey) parts.push(col.identity ? 'PRIMARY KEY AUTOINCREMENT' : 'PRIMARY KEY');
  else if (!col.nullable) parts.push('NOT NULL');
  if (col.default && !col.generated) parts.push(`DEFAULT ${col.default.text}`);
  if (col.collation) parts.push(`COLLATE ${col.collation}`);
  if (col.generated) parts.push(`GENERATED ALWAYS AS ${parenthesize(col.generated.expr)} ${col.generated.stored ? 'STORED' : 'VIRTUAL'}`);
  return parts.join(' ');
}

function columnList(cols: string[], dialect: Dialect): string {
  return `(${cols.map((c) => quoteIdent(c, dialect)).join(', ')})`;
}

/**
 * A table constraint as written inside CREATE TABLE or after ALTER TABLE … ADD. SQLite names
 * that replay made up are left out again; `table` is needed to recognize them.
 */
export function constraintSql(c: NamedConstraint, dialect: Dialect, table?: Table | QName): string {
  const keepName = !!c.name && !(dialect === 'sqlite' && table && isSqliteSyntheticName(tableName(table).name, c.name));
  const named = (body: string) => (keepName ? `CONSTRAINT ${quoteIdent(c.name!, dialect)} ${body}` : body);
  const cols = columnList(c.columns, dialect);
  let sql: string;
  switch (c.kind) {
    case 'primary':
      sql = isMysqlFamily(dialect) ? `PRIMARY KEY ${cols}` : named(`PRIMARY KEY ${cols}`);
      break;
    case 'unique':
      sql = isMysqlFamily(dialect) ? `UNIQUE KEY ${c.name ? `${quoteIdent(c.name, dialect)} ` : ''}${cols}` : named(`UNIQUE ${cols}`);
      break;
    case 'foreign': {
      const ref = c.references;
      sql = named(ref ? `FOREIGN KEY ${cols} ${referencesSql(ref, dialect)}` : `FOREIGN KEY ${cols}`);
      break;
    }
    case 'check':
      sql = named(`CHECK ${parenthesize(c.expr ?? 'true')}`);
      break;
    case 'exclude':
      sql = named(`EXCLUDE ${(c.expr ?? '').trim().replace(/^EXCLUDE\s+/i, '')}`);
      break;
  }
  return c.deferrable ? `${sql} DEFERRABLE` : sql;
}

/** `REFERENCES t (id) ON DELETE CASCADE`: a foreign key's target, the same on a column and in a table constraint. */
function referencesSql(ref: ForeignRef, dialect: Dialect): string {
  let sql = `REFERENCES ${qnameSql(ref.table, dialect)}`;
  if (ref.columns.length) sql += ` ${columnList(ref.columns, dialect)}`;
  if (ref.onDelete) sql += ` ON DELETE ${ref.onDelete.toUpperCase()}`;
  if (ref.onUpdate) sql += ` ON UPDATE ${ref.onUpdate.toUpperCase()}`;
  return sql;
}

/** A constraint written on its column (`… UNIQUE`, `… CONSTRAINT fk REFERENCES t (id)`), as ADD COLUMN takes it. */
export function inlineConstraintSql(c: Constraint, dialect: Dialect): string {
  const named = (body: string) => (c.name && !isMysqlFamily(dialect) ? `CONSTRAINT ${quoteIdent(c.name, dialect)} ${body}` : body);
  let sql: string;
  switch (c.kind) {
    case 'primary':
      sql = named('PRIMARY KEY');
      break;
    case 'unique':
      sql = named('UNIQUE');
      break;
    case 'check':
      sql = named(`CHECK ${parenthesize(c.expr ?? 'true')}`);
      break;
    case 'foreign':
      sql = named(c.references ? referencesSql(c.references, dialect) : '');
      break;
    case 'exclude':
      return '';
  }
  return c.deferrable ? `${sql} DEFERRABLE` : sql;
}

export function addConstraintSql(table: Table | QName, c: NamedConstraint, dialect: Dialect): string {
  const q = tableName(table);
  if (dialect === 'sqlite') {
    return `-- SQLite cannot add a constraint to an existing table: rebuild ${qnameSql(q, dialect)} with ${constraintSql(c, dialect, table)}`;
  }
  const notValid = c.notValid && dialect === 'postgresql' && (c.kind === 'foreign' || c.kind === 'check') ? ' NOT VALID' : '';
  return `ALTER TABLE ${qnameSql(q, dialect)} ADD ${constraintSql(c, dialect, table)}${notValid}`;
}

export function dropConstraintSql(table: Table | QName, c: Constraint & { name: string }, dialect: Dialect): string {
  const t = qnameSql(tableName(table), dialect);
  const name = quoteIdent(c.name, dialect);
  if (dialect === 'sqlite') return `-- SQLite cannot drop a constraint from an existing table: rebuild ${t} without ${c.name}`;
  if (!isMysqlFamily(dialect)) return `ALTER TABLE ${t} DROP CONSTRAINT ${name}`;
  switch (c.kind) {
    case 'primary':
      return `ALTER TABLE ${t} DROP PRIMARY KEY`;
    case 'foreign':
      return `ALTER TABLE ${t} DROP FOREIGN KEY ${name}`;
    case 'unique':
      return `ALTER TABLE ${t} DROP INDEX ${name}`;
    default:
      return `ALTER TABLE ${t} DROP ${dialect === 'mysql' ? 'CHECK' : 'CONSTRAINT'} ${name}`;
  }
}

function elemSql(e: IndexElem, dialect: Dialect): string {
  let s: string;
  if (e.column !== undefined) s = quoteIdent(e.column, dialect);
  else {
    const expr = (e.expr ?? '').trim();
    // MySQL wants every expression key part in its own parentheses; PostgreSQL accepts bare function calls.
    const bare = isParenthesized(expr) || (!isMysqlFamily(dialect) && isFunctionCall(expr));
    s = bare ? expr : `(${expr})`;
  }
  if (e.modifier) s = `${s} ${e.modifier}`;
  return e.desc ? `${s} DESC` : s;
}

function elemList(idx: Index, dialect: Dialect): string {
  return `(${idx.elems.map((e) => elemSql(e, dialect)).join(', ')})`;
}

export function createIndexSql(table: Table | QName, index: Index, dialect: Dialect, opts: { concurrently?: boolean } = {}): string {
  const t = qnameSql(tableName(table), dialect);
  const name = quoteIdent(index.name, dialect);
  const method = index.method?.toLowerCase();
  if (isMysqlFamily(dialect)) {
    const kind = method === 'fulltext' || method === 'spatial' ? `${method.toUpperCase()} ` : index.unique ? 'UNIQUE ' : '';
    const using = method === 'btree' || method === 'hash' ? ` USING ${method.toUpperCase()}` : '';
    return `CREATE ${kind}INDEX ${name} ON ${t} ${elemList(index, dialect)}${using}`;
  }
  let sql = `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX `;
  if (opts.concurrently && dialect === 'postgresql') sql += 'CONCURRENTLY ';
  sql += `${name} ON ${t}`;
  if (dialect === 'postgresql' && method && method !== 'btree') sql += ` USING ${method}`;
  sql += ` ${elemList(index, dialect)}`;
  if (index.include?.length && dialect === 'postgresql') sql += ` INCLUDE ${columnList(index.include, dialect)}`;
  if (index.where) sql += ` WHERE ${index.where}`;
  return sql;
}

export function dropIndexSql(table: Table | QName, indexName: string, dialect: Dialect, opts: { concurrently?: boolean } = {}): string {
  const q = tableName(table);
  if (isMysqlFamily(dialect)) {
    if (indexName.toUpperCase() === 'PRIMARY') return `ALTER TABLE ${qnameSql(q, dialect)} DROP PRIMARY KEY`;
    return `DROP INDEX ${quoteIdent(indexName, dialect)} ON ${qnameSql(q, dialect)}`;
  }
  if (dialect === 'sqlite') return `DROP INDEX ${quoteIdent(indexName, dialect)}`;
  // An index lives in its table's schema.
  const name = q.schema !== undefined ? qnameSql({ schema: q.schema, name: indexName }, dialect) : quoteIdent(indexName, dialect);
  return `DROP INDEX ${opts.concurrently ? 'CONCURRENTLY ' : ''}${name}`;
}

/** Whether the index comes into being with one of the table's keys (so DDL must not create it twice). */
export function isKeyIndex(t: Table, idx: Index, dialect: Dialect): boolean {
  if (idx.constraint === undefined) return false;
  const c = t.constraints.find((k) => sameName(k.name, idx.constraint!, dialect));
  return !!c && c.kind !== 'foreign';
}

/** SQLite's single-column integer primary key written on an AUTOINCREMENT column, where it must stay. */
function sqliteInlinePk(t: Table, dialect: Dialect): { col: Column; pk: Constraint } | undefined {
  if (dialect !== 'sqlite') return undefined;
  const pk = t.constraints.find((c) => c.kind === 'primary');
  if (!pk || pk.columns.length !== 1) return undefined;
  const col = t.columns.find((c) => sameName(c.name, pk.columns[0], dialect));
  return col?.identity ? { col, pk } : undefined;
}

/**
 * CREATE TABLE with columns and constraints (foreign keys unless `foreignKeys: false`, for
 * scripts that create several tables first and link them after). MySQL indexes are written
 * inline as KEY lines, as SHOW CREATE TABLE does; other dialects need tableDdl() for them.
 */
export function createTableSql(table: Table, dialect: Dialect, opts: { foreignKeys?: boolean } = {}): string {
  const inlinePk = sqliteInlinePk(table, dialect);
  const lines = table.columns.map((c) => columnDefSql(c, dialect, { inlinePrimaryKey: c === inlinePk?.col }));
  for (const c of table.constraints) {
    if (c === inlinePk?.pk || (c.kind === 'foreign' && opts.foreignKeys === false)) continue;
    lines.push(constraintSql(c, dialect, table));
  }
  if (isMysqlFamily(dialect)) {
    for (const idx of table.indexes) {
      if (isKeyIndex(table, idx, dialect)) continue;
      const method = idx.method?.toLowerCase();
      const kind = method === 'fulltext' || method === 'spatial' ? `${method.toUpperCase()} ` : idx.unique ? 'UNIQUE ' : '';
      lines.push(`${kind}KEY ${quoteIdent(idx.name, dialect)} ${elemList(idx, dialect)}`);
    }
  }
  return `CREATE TABLE ${qnameSql(table.name, dialect)} (\n  ${lines.join(',\n  ')}\n)`;
}

/** CREATE TABLE followed by CREATE INDEX for every index its keys do not create. */
export function tableDdl(table: Table, dialect: Dialect, opts: { foreignKeys?: boolean } = {}): string[] {
  const out = [createTableSql(table, dialect, opts)];
  if (isMysqlFamily(dialect)) return out;
  for (const idx of table.indexes) if (!isKeyIndex(table, idx, dialect)) out.push(createIndexSql(table, idx, dialect));
  return out;
}
