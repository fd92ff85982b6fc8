import { isMysqlFamily } from '../model/dialect.js';
import { qnameSql, quoteIdent, type Operation, sqlString } from '../model/operation.js';
import { findColumn, tableKey, type Schema } from '../model/schema.js';
import { addConstraintSql, columnDefSql, constraintSql, createIndexSql, createTableSql, dropConstraintSql, dropIndexSql, inlineConstraintSql, typeSql } from './to-sql.js';

/**
 * Forward DDL for an operation, given the schema it applies to and the schema it leads to: what
 * planOps() produces for `migra diff`, and the operations Migra reads from Django and Alembic
 * migrations (schema/orm-sql.ts renders those with it).
 */
export function planStatementSql(op: Operation, before: Schema, after: Schema): string {
  const d = before.dialect;
  const alter = (q: Parameters<typeof qnameSql>[0]) => `ALTER TABLE ${qnameSql(q, d)}`;
  const col = (name: string) => quoteIdent(name, d);
  switch (op.kind) {
    case 'create_table': {
      const t = after.tables.get(tableKey(op.table, d));
      return t ? createTableSql(t, d, { foreignKeys: true }) : `CREATE TABLE ${qnameSql(op.table, d)} ()`;
    }
    case 'drop_table':
      return `DROP TABLE ${qnameSql(op.table, d)}`;
    case 'add_column': {
      // Keys written on the column (a Django AddField of a unique or foreign-key field); MySQL ignores an inline REFERENCES, so it gets ADD CONSTRAINT.
      const inline = op.column.constraints.filter((c) => !(isMysqlFamily(d) && c.kind === 'foreign'));
      const fks = op.column.constraints.filter((c) => isMysqlFamily(d) && c.kind === 'foreign');
      const extra = fks.map((c) => `, ADD ${constraintSql({ ...c, columns: [op.column.name] }, d)}`);
      return `${alter(op.table)} ADD COLUMN ${[columnDefSql({ ...op.column }, d), ...inline.map((c) => inlineConstraintSql(c, d))].join(' ')}${extra.join('')}`;
    }
    case 'drop_column':
      return `${alter(op.table)} DROP COLUMN ${col(op.column)}`;
    case 'alter_column_type': {
      const target = after.tables.get(tableKey(op.table, d));
      const c = target && findColumn(target, op.column, d);
      if (isMysqlFamily(d) && c) return `${alter(op.table)} MODIFY COLUMN ${columnDefSql(c, d)}`;
      return `${alter(op.table)} ALTER COLUMN ${col(op.column)} TYPE ${typeSql(op.type, d)}${op.using ? ` USING ${op.using}` : ''}`;
    }
    case 'set_not_null':
    case 'drop_not_null': {
      const target = after.tables.get(tableKey(op.table, d));
      const c = target && findColumn(target, op.column, d);
      if (isMysqlFamily(d) && c) return `${alter(op.table)} MODIFY COLUMN ${columnDefSql(c, d)}`;
      return `${alter(op.table)} ALTER COLUMN ${col(op.column)} ${op.kind === 'set_not_null' ? 'SET' : 'DROP'} NOT NULL`;
    }
    case 'set_default':
      return `${alter(op.table)} ALTER COLUMN ${col(op.column)} SET DEFAULT ${op.default.text}`;
    case 'drop_default':
      return `${alter(op.table)} ALTER COLUMN ${col(op.column)} DROP DEFAULT`;
    case 'add_constraint':
      return addConstraintSql(op.table, { ...op.constraint, name: op.constraint.name ?? '' }, d);
    case 'drop_constraint': {
      const t = before.tables.get(tableKey(op.table, d));
      const c = t?.constraints.find((x) => x.name === op.name);
      return c ? dropConstraintSql(op.table, c, d) : `${alter(op.table)} DROP CONSTRAINT ${col(op.name)}`;
    }
    case 'create_index': {
      const t = after.tables.get(tableKey(op.table, d));
      const ix = t?.indexes.find((i) => i.name === op.name);
      return ix ? createIndexSql(op.table, ix, d) : `CREATE INDEX ON ${qnameSql(op.table, d)}`;
    }
    case 'drop_index':
      return dropIndexSql(op.table ?? op.name, op.name.name, d);
    case 'rename_table':
      return isMysqlFamily(d) ? `RENAME TABLE ${qnameSql(op.table, d)} TO ${qnameSql(op.newName, d)}` : `${alter(op.table)} RENAME TO ${quoteIdent(op.newName.name, d)}`;
    case 'rename_column':
      return `${alter(op.table)} RENAME COLUMN ${col(op.column)} TO ${col(op.newName)}`;
    case 'rename_index':
      if (isMysqlFamily(d) && op.table) return `${alter(op.table)} RENAME INDEX ${col(op.name.name)} TO ${col(op.newName)}`;
      return `ALTER INDEX ${qnameSql(op.name, d)} RENAME TO ${col(op.newName)}`;
    case 'rename_constraint':
      return `${alter(op.table)} RENAME CONSTRAINT ${col(op.name)} TO ${col(op.newName)}`;
    case 'validate_constraint':
      return `${alter(op.table)} VALIDATE CONSTRAINT ${col(op.name)}`;
    case 'create_enum':
      return `CREATE TYPE ${qnameSql(op.name, d)} AS ENUM (${op.values.map(sqlString).join(', ')})`;
    case 'add_enum_value':
      return `ALTER TYPE ${qnameSql(op.name, d)} ADD VALUE ${sqlString(op.value)}`;
    default:
      return `-- ${op.kind}`;
  }
}

