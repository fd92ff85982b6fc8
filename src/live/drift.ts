import type { Dialect } from '../model/dialect.js';
import { tableKey, type Schema } from '../model/schema.js';
import { typeToSql } from '../model/sql-type.js';
import { normalizeEngineType } from '../verify/facts.js';
import { isToolTableName } from '../knowledge/tool-tables.js';
import type { LiveDb } from './db.js';

/** SQLite's own tables: in the database, never in the migrations (the tools' tables: isToolTableName). */
const ENGINE_TABLES = new Set(['sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4']);

const MAX_NAMES = 10;

/**
 * How the database's tables and columns differ from the schema the migrations build at the base
 * commit: one note, so the reviewer knows the verdict was made against a different database.
 * Only the schemas the migrations use are compared (PostgreSQL: public and any schema a table
 * of theirs lives in; MySQL: the URL's database), and the migration tools' own tables are left out.
 * Types are compared on PostgreSQL only, whose format_type() the verify stage already normalises;
 * MySQL's COLUMN_TYPE and SQLite's declared types are spelled too many ways to compare honestly.
 */
export async function driftNote(db: LiveDb, bases: readonly Schema[]): Promise<string | undefined> {
  if (!bases.length) return undefined;
  const d = bases[0].dialect;
  const model = new Map<string, Map<string, string>>();
  const schemas = new Set<string>(['public']);
  for (const s of bases) {
    for (const t of s.tables.values()) {
      // Partitions are compared through their parent (the catalogue query leaves them out too).
      if (t.partial || t.partitionOf) continue;
      if (t.name.schema) schemas.add(t.name.schema);
      const cols = new Map<string, string>();
      for (const c of t.columns) cols.set(fold(c.name, d), modelType(typeToSql(c.type)));
      model.set(tableKey(t.name, d), cols);
    }
  }
  const live = new Map<string, Map<string, string>>();
  for (const c of await db.columns()) {
    if (d === 'postgresql' && c.schema && !schemas.has(c.schema)) continue;
    if (isToolTableName(c.table) || ENGINE_TABLES.has(c.table.toLowerCase())) continue;
    const key = tableKey({ schema: d === 'postgresql' && c.schema !== 'public' ? c.schema : undefined, name: c.table }, d);
    let cols = live.get(key);
    if (!cols) live.set(key, (cols = new Map()));
    cols.set(fold(c.column, d), normalizeEngineType(c.type, d));
  }
  const onlyDb = [...live.keys()].filter((k) => !model.has(k));
  const onlyModel = [...model.keys()].filter((k) => !live.has(k));
  const colsOnlyDb: string[] = [];
  const colsOnlyModel: string[] = [];
  const types: string[] = [];
  for (const [k, cols] of model) {
    const got = live.get(k);
    if (!got) continue;
    for (const [c, type] of cols) {
      const t = got.get(c);
      if (t === undefined) colsOnlyModel.push(`${k}.${c}`);
      else if (t !== type && d === 'postgresql') types.push(`${k}.${c} (migrations: ${type}, database: ${t})`);
    }
    for (const c of got.keys()) if (!cols.has(c)) colsOnlyDb.push(`${k}.${c}`);
  }
  const parts = [
    list('tables only in the database', onlyDb),
    list('tables the migrations create that the database lacks', onlyModel),
    list('columns only in the database', colsOnlyDb),
    list('columns the database lacks', colsOnlyModel),
    list('columns of another type', types),
  ].filter(Boolean);
  if (!parts.length) return undefined;
  return `Drift: the database (${db.engine}) is not the schema the migrations build at the base commit, so the numbers and the verdict were made against a different database: ${parts.join('; ')}.`;
}

function list(label: string, names: string[]): string {
  if (!names.length) return '';
  const shown = names.slice(0, MAX_NAMES).join(', ');
  return `${label}: ${shown}${names.length > MAX_NAMES ? ` and ${names.length - MAX_NAMES} more` : ''}`;
}

function fold(name: string, d: Dialect): string {
  return d === 'postgresql' ? name : name.toLowerCase();
}

/** The model's type as the verify stage's facts spell it, comparable with normalizeEngineType(). */
function modelType(sql: string): string {
  return sql.replace(/^public\./, '').replace(/"/g, '');
}
