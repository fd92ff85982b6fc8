import type { CatalogQuery } from './catalog-pg.js';
import { foreignFact, mysqlAction, mysqlDefaultFact, mysqlTypeFact, type Facts } from './facts.js';
import { makeType } from '../model/sql-type.js';

/*
 * The same facts as modelFacts(), read from a MySQL or MariaDB server's information_schema (the
 * scratch database of `--verify-url`, the connection's current database). Foreign keys are keyed
 * by their columns, like SQLite's: MySQL names unnamed ones `<table>_ibfk_<n>` by a counter.
 */

/** `bigint(20) unsigned`, `enum('a','b')`, `decimal(10,2)`: COLUMN_TYPE as the model's canonical type. */
export function mysqlColumnType(columnType: string): string {
  const s = columnType.trim().toLowerCase();
  const m = /^([a-z ]+?)\s*(?:\(([^)]*)\))?((?:\s+(?:unsigned|signed|zerofill))*)$/.exec(s);
  if (!m) return s;
  const [, name, inner, flags] = m;
  if (name === 'enum' || name === 'set') {
    const values = [...(inner ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((v) => v[1].replace(/''/g, "'"));
    return mysqlTypeFact(makeType('mysql', name, [], { values }));
  }
  const args = inner === undefined ? [] : inner.split(',').map((a) => Number(a.trim()));
  return mysqlTypeFact(makeType('mysql', name, args, { unsigned: /unsigned/.test(flags) }));
}


export async function mysqlCatalogFacts(db: CatalogQuery): Promise<Facts> {
  const facts: Facts = new Map();
  const tables = await db.query(`SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'`);
  const known = new Set(tables.map((t) => String(t.name).toLowerCase()));
  for (const t of known) facts.set(`table ${t}`, 'exists');
  // MariaDB keeps JSON as LONGTEXT with a CHECK (json_valid(`col`)) named after the column.
  const checks = await db.query(`SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`).catch(() => []);
  const jsonColumns = new Set<string>();
  for (const c of checks) {
    const tbl = String(c.tbl).toLowerCase();
    const m = /^json_valid\(`([^`]+)`\)$/i.exec(String(c.clause).trim());
    if (m && m[1] === String(c.name)) jsonColumns.add(`${tbl}.${m[1].toLowerCase()}`);
    else facts.set(`constraint ${tbl}.${String(c.name)}`, 'check');
  }
  const columns = await db.query(`
    SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, EXTRA AS extra
    FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`);
  for (const c of columns) {
    const tbl = String(c.tbl).toLowerCase();
    if (!known.has(tbl)) continue;
    const col = String(c.name).toLowerCase();
    const k = `column ${tbl}.${col}`;
    facts.set(`${k} type`, jsonColumns.has(`${tbl}.${col}`) ? 'json' : mysqlColumnType(String(c.type)));
    facts.set(`${k} nullable`, c.nullable === 'YES' ? 'yes' : 'no');
    const extra = String(c.extra ?? '').toLowerCase();
    if (c.def !== null && c.def !== undefined && !/generated/.test(extra)) {
      const def = mysqlDefault(String(c.def));
      if (def !== 'null') facts.set(`${k} default`, def);
    }
  }
  const stats = await db.query(`
    SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonunique, COLUMN_NAME AS col, SEQ_IN_INDEX AS seq, COLLATION AS coll
    FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`);
  const fks = await db.query(`
    SELECT k.TABLE_NAME AS tbl, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS col, k.REFERENCED_TABLE_NAME AS ref, k.REFERENCED_COLUMN_NAME AS refcol,
           r.DELETE_RULE AS ondelete, r.UPDATE_RULE AS onupdate
    FROM information_schema.KEY_COLUMN_USAGE k
    JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
    WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`);
  const fkGroups = group(fks, (r) => `${String(r.tbl).toLowerCase()}\0${String(r.name)}`);
  for (const rows of fkGroups.values()) {
    const tbl = String(rows[0].tbl).toLowerCase();
    const cols = rows.map((r) => String(r.col).toLowerCase()).join(',');
    const refcols = rows.map((r) => String(r.refcol).toLowerCase()).join(',');
    facts.set(`fk ${tbl}(${cols})`, foreignFact(String(rows[0].ref).toLowerCase(), refcols, mysqlAction(String(rows[0].ondelete)), mysqlAction(String(rows[0].onupdate))));
  }
  for (const rows of group(stats, (r) => `${String(r.tbl).toLowerCase()}\0${String(r.name)}`).values()) {
    const tbl = String(rows[0].tbl).toLowerCase();
    if (!known.has(tbl)) continue;
    const name = String(rows[0].name);
    const cols = rows.map((r) => String(r.col).toLowerCase());
    if (name === 'PRIMARY') {
      facts.set(`pk ${tbl}`, cols.join(','));
      continue;
    }
    const unique = Number(rows[0].nonunique) === 0;
    facts.set(`index ${tbl}.${name.toLowerCase()}`, `${unique ? 'unique' : 'index'}(${rows.map((r) => `${String(r.col).toLowerCase()}${r.coll === 'D' ? ' desc' : ''}`).join(',')})`);
  }
  return facts;
}

/** COLUMN_DEFAULT: MariaDB writes an expression (`'draft'`, `0`, `current_timestamp()`); MySQL a bare value. */
function mysqlDefault(text: string): string {
  return mysqlDefaultFact(/^-?\d+(\.\d+)?$|^'|\(|^null$|^current_timestamp/i.test(text) ? text : `'${text.replace(/'/g, "''")}'`);
}

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}
