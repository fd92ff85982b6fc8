import type { CatalogQuery } from './catalog-pg.js';
import { foreignFact, isRowidAlias, normalizeEngineType, normalizeExpr, type Facts } from './facts.js';

function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The parts of `CREATE INDEX … ON t (k1, k2) WHERE p` a pragma does not give: expression keys and the predicate. */
function indexSqlParts(sql: string): { keys: string[]; where?: string } {
  const open = sql.indexOf('(');
  if (open < 0) return { keys: [] };
  let depth = 0;
  let quote = '';
  let start = open + 1;
  const keys: string[] = [];
  let i = open;
  for (; i < sql.length; i++) {
    const ch = sql[i];
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) {
        keys.push(sql.slice(start, i).trim());
        break;
      }
    } else if (ch === ',' && depth === 1) {
      keys.push(sql.slice(start, i).trim());
      start = i + 1;
    }
  }
  const where = /^\s*WHERE\s+([\s\S]*)$/i.exec(sql.slice(i + 1));
  return { keys, where: where?.[1] };
}

/** The same facts as modelFacts(), read from SQLite's catalog (PRAGMA table functions). */
export async function sqliteCatalogFacts(db: CatalogQuery): Promise<Facts> {
  const facts: Facts = new Map();
  const tables = await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`);
  for (const { name } of tables) {
    const t = String(name).toLowerCase();
    facts.set(`table ${t}`, 'exists');
    const cols = await db.query(`SELECT name, type, "notnull" AS nn, dflt_value AS def, pk, hidden FROM pragma_table_xinfo(${lit(String(name))})`);
    const pkCols = cols.filter((c) => Number(c.pk)).map((c) => String(c.name));
    const keyShape = { constraints: pkCols.length ? [{ kind: 'primary', columns: pkCols }] : [] };
    const pk: { name: string; pos: number }[] = [];
    for (const c of cols) {
      const k = `column ${t}.${String(c.name).toLowerCase()}`;
      const type = normalizeEngineType(String(c.type || ''), 'sqlite');
      facts.set(`${k} type`, type);
      facts.set(`${k} nullable`, Number(c.nn) || isRowidAlias(keyShape, String(c.name), type) ? 'no' : 'yes');
      if (c.def !== null && c.def !== undefined && normalizeExpr(String(c.def)) !== 'null') facts.set(`${k} default`, normalizeExpr(String(c.def)));
      if (Number(c.pk)) pk.push({ name: String(c.name).toLowerCase(), pos: Number(c.pk) });
    }
    if (pk.length) facts.set(`pk ${t}`, pk.sort((a, b) => a.pos - b.pos).map((p) => p.name).join(','));
    const fks = await db.query(`SELECT id, seq, "table" AS ref, "from" AS col, "to" AS refcol, on_update, on_delete FROM pragma_foreign_key_list(${lit(String(name))}) ORDER BY id, seq`);
    const byId = new Map<number, typeof fks>();
    for (const f of fks) byId.set(Number(f.id), [...(byId.get(Number(f.id)) ?? []), f]);
    for (const parts of byId.values()) {
      const from = parts.map((p) => String(p.col).toLowerCase()).join(',');
      const to = parts.every((p) => p.refcol === null) ? '' : parts.map((p) => String(p.refcol).toLowerCase()).join(',');
      facts.set(`fk ${t}(${from})`, foreignFact(String(parts[0].ref).toLowerCase(), to, String(parts[0].on_delete), String(parts[0].on_update)));
    }
    const indexes = await db.query(`SELECT l.name, l."unique" AS uniq, l.origin, m.sql FROM pragma_index_list(${lit(String(name))}) l LEFT JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name`);
    for (const i of indexes) {
      if (i.origin === 'pk') continue;
      const info = await db.query(`SELECT cid, name, "desc" AS d FROM pragma_index_xinfo(${lit(String(i.name))}) WHERE key = 1 ORDER BY seqno`);
      const parts = typeof i.sql === 'string' ? indexSqlParts(i.sql) : { keys: [] as string[] };
      const keys = info.map((k, n) => {
        const key = k.name !== null ? String(k.name).toLowerCase() : normalizeExpr((parts.keys[n] ?? '?').replace(/\s+(ASC|DESC)$/i, ''));
        return `${key}${Number(k.d) ? ' desc' : ''}`;
      });
      const where = parts.where ? ` where ${normalizeExpr(parts.where)}` : '';
      facts.set(`index ${t}.${String(i.name).toLowerCase()}`, `${Number(i.uniq) ? 'unique' : 'index'}(${keys.join(',')})${where}`);
    }
  }
  return facts;
}
