import type { Dialect } from '../../model/dialect.js';
import { quoteIdent, type ColumnDef, type Constraint, type DefaultExpr, type QName, sqlString } from '../../model/operation.js';
import type { SqlType } from '../../model/sql-type.js';

/**
 * What a column definition says, collected by either PostgreSQL mapper (and the SQLite one),
 * then turned into a ColumnDef by the same rules, so both mappers agree on what is implied.
 */
export interface ColumnDraft {
  name: string;
  type: SqlType;
  serial: boolean;
  notNull: boolean;
  primaryKey: boolean;
  default?: DefaultExpr;
  identity?: 'always' | 'by default' | 'auto';
  generated?: { expr: string; stored: boolean };
  collation?: string;
  constraints: Constraint[];
}

export function newDraft(name: string, type: SqlType, serial: boolean): ColumnDraft {
  return { name, type, serial, notNull: false, primaryKey: false, constraints: [] };
}

export function qname(name: string, schema?: string): QName {
  return schema ? { schema, name } : { name };
}

/**
 * The column as the database will hold it: a serial column gets its sequence default
 * (volatile) and NOT NULL; identity and PostgreSQL primary-key columns are NOT NULL.
 * SQLite keeps NULLs allowed in a primary key unless it is the INTEGER rowid alias.
 */
export function finishColumn(d: ColumnDraft, table: QName, dialect: Dialect): ColumnDef {
  const col: ColumnDef = { name: d.name, type: d.type, nullable: !d.notNull, constraints: d.constraints };
  if (d.serial) {
    col.serial = true;
    col.nullable = false;
    const seq = `${table.schema ? `${table.schema}.` : ''}${table.name}_${d.name}_seq`;
    col.default = { text: `nextval(${sqlString(seq)}::regclass)`, volatile: true };
  }
  if (d.default) col.default = d.default;
  if (d.identity) {
    col.identity = d.identity;
    if (d.identity !== 'auto' || dialect === 'sqlite') col.nullable = false;
  }
  if (d.generated) col.generated = d.generated;
  if (d.collation) col.collation = d.collation;
  if (d.primaryKey && primaryKeyImpliesNotNull(d.type, dialect)) col.nullable = false;
  return col;
}

export function primaryKeyImpliesNotNull(type: SqlType, dialect: Dialect): boolean {
  return dialect !== 'sqlite' || type.raw.trim().toUpperCase() === 'INTEGER';
}

/**
 * Table-level PRIMARY KEY (a, b) makes its columns NOT NULL, as an inline one does; in a
 * SQLite WITHOUT ROWID table every primary-key column is NOT NULL.
 */
export function applyTablePrimaryKey(columns: ColumnDef[], constraints: Constraint[], dialect: Dialect, withoutRowid = false): void {
  const pk = new Set(constraints.filter((c) => c.kind === 'primary').flatMap((c) => c.columns));
  for (const col of columns) {
    const inline = col.constraints.some((c) => c.kind === 'primary');
    if (!pk.has(col.name) && !inline) continue;
    if (withoutRowid || primaryKeyImpliesNotNull(col.type, dialect)) col.nullable = false;
  }
}

/**
 * IndexElem.modifier of a PostgreSQL index element from its COLLATE and operator class, as SQL
 * (names as the database stores them: a collation keeps its case, "C" is not c).
 */
export function elemModifier(collation: string | undefined, opclass: string | undefined): string | undefined {
  const parts = [collation !== undefined ? `COLLATE ${quoteIdent(collation)}` : '', opclass?.toLowerCase() ?? ''].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
