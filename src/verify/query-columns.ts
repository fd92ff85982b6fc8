import { qnameSql, quoteIdent, sqlString, type QName } from '../model/operation.js';
import type { QueryTableColumns } from '../model/verified.js';
import type { EngineAdapter } from './adapter.js';

/**
 * The columns of a table made from a query (`CREATE TABLE … AS SELECT`, `SELECT … INTO`) as the
 * engine's catalog holds them right after the statement: names in order, types as the catalog
 * spells them (format_type, SQLite's declared type), nullability. Migra types such columns from
 * the select list where it can (schema/select-columns.ts); a join, an expression or a function of
 * unknown result type it cannot, and analyze/engine-columns.ts takes these instead.
 * Undefined when the catalog cannot be read (MySQL and MariaDB are not read).
 */
export async function queryTableColumns(db: EngineAdapter, table: QName): Promise<QueryTableColumns['columns'] | undefined> {
  try {
    if (db.dialect === 'postgresql') {
      const rows = await db.query<{ name: string; type: string; notnull: boolean }>(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
         FROM pg_attribute a WHERE a.attrelid = to_regclass(${sqlString(qnameSql(table, 'postgresql'))}) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      );
      return rows.length ? rows.map((r) => ({ name: String(r.name), type: String(r.type), nullable: !r.notnull })) : undefined;
    }
    if (db.dialect === 'sqlite') {
      const rows = await db.query<{ name: string; type: string; notnull: number }>(`PRAGMA table_info(${quoteIdent(table.name, 'sqlite')})`);
      return rows.length ? rows.map((r) => ({ name: String(r.name), type: String(r.type ?? ''), nullable: !Number(r.notnull) })) : undefined;
    }
  } catch {
    // A catalog that cannot be read leaves the model as it is.
  }
  return undefined;
}
