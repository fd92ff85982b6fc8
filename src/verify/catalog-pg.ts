import { foreignFact, normalizeEngineType, normalizeExpr, type Facts } from './facts.js';

/** The one thing the catalog readers need of an engine: run a query, get rows as objects. */
export interface CatalogQuery {
  query(sql: string): Promise<Record<string, unknown>[]>;
}

/** Schemas that are the engine's own, not the history's. */
const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
/** Objects an extension created (PostGIS's spatial_ref_sys …) are not the history's either. */
const NOT_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;

function tk(schema: string, name: string): string {
  return schema === 'public' ? name : `${schema}.${name}`;
}

/** An index key as pg_get_indexdef(oid, k) prints it: a plain (maybe quoted) column, or an expression. */
function elemKey(text: string): string {
  const ident = /^(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))((?:\s+\S+)*)$/.exec(text.trim());
  if (ident) {
    const name = ident[1] !== undefined ? ident[1].replace(/""/g, '"') : ident[2];
    const rest = ident[3].trim();
    return rest ? `${name} ${normalizeExpr(rest)}` : name;
  }
  // `lower(email) text_pattern_ops`: the operator class follows the expression's closing parenthesis.
  const m = /^(.*\))\s+((?:COLLATE\s+\S+\s*)?[a-z_][a-z0-9_.]*(?:\s+[a-z_][a-z0-9_.]*)*)$/i.exec(text.trim());
  if (m && !/^\s*(desc|asc|nulls)/i.test(m[2])) return `${normalizeExpr(m[1])} ${normalizeExpr(m[2])}`;
  return normalizeExpr(text);
}

const FK_ACTION: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** The same facts as modelFacts(), read from a PostgreSQL catalog. */
export async function pgCatalogFacts(db: CatalogQuery): Promise<Facts> {
  const facts: Facts = new Map();
  const tables = await db.query(`
    SELECT c.oid::int AS oid, n.nspname AS ns, c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND ${USER_NS} AND ${NOT_EXTENSION('c.oid')}`);
  const keyOf = new Map<number, string>();
  for (const t of tables) {
    const key = tk(String(t.ns), String(t.name));
    keyOf.set(Number(t.oid), key);
    facts.set(`table ${key}`, 'exists');
  }
  const columns = await db.query(`
    SELECT a.attrelid::int AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, pg_get_expr(ad.adbin, ad.adrelid) AS def, a.attidentity AS identity,
           a.attgenerated AS generated
    FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped`);
  for (const c of columns) {
    const t = keyOf.get(Number(c.rel));
    if (t === undefined) continue;
    const k = `column ${t}.${String(c.name)}`;
    facts.set(`${k} type`, normalizeEngineType(String(c.type), 'postgresql'));
    facts.set(`${k} nullable`, c.notnull ? 'no' : 'yes');
    let def: string | undefined;
    if (c.identity === 'a') def = 'identity always';
    else if (c.identity === 'd') def = 'identity by default';
    else if (c.generated === 's' || c.generated === 'v') def = `generated ${normalizeExpr(String(c.def ?? ''))}`;
    else if (typeof c.def === 'string') def = /^nextval\(/i.test(c.def) ? 'nextval' : normalizeExpr(c.def);
    if (def !== undefined && def !== 'null') facts.set(`${k} default`, def);
  }
  const attName = new Map<string, string>();
  for (const c of columns) attName.set(`${c.rel}:${c.name}`, String(c.name));
  const constraints = await db.query(`
    SELECT con.conrelid::int AS rel, con.conname AS name, con.contype AS type, con.confrelid::int AS ref,
           con.confdeltype AS ondelete, con.confupdtype AS onupdate,
           ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS cols,
           ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS refcols,
           rn.nspname AS refns, rc.relname AS refname
    FROM pg_constraint con
    LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    WHERE con.conrelid <> 0 AND con.contype IN ('p', 'u', 'f', 'c', 'x')`);
  const pkIndexOf = new Set<string>();
  for (const c of constraints) {
    const t = keyOf.get(Number(c.rel));
    if (t === undefined) continue;
    const cols = (c.cols as string[]).join(',');
    if (c.type === 'p') {
      facts.set(`pk ${t}`, cols);
      pkIndexOf.add(`${t}.${String(c.name)}`);
      continue;
    }
    const name = `constraint ${t}.${String(c.name)}`;
    if (c.type === 'f') {
      const ref = tk(String(c.refns), String(c.refname));
      facts.set(name, `foreign(${cols}) ${foreignFact(ref, (c.refcols as string[]).join(','), FK_ACTION[String(c.ondelete)], FK_ACTION[String(c.onupdate)])}`);
    } else if (c.type === 'u') facts.set(name, `unique(${cols})`);
    else facts.set(name, c.type === 'c' ? 'check' : 'exclude');
  }
  const indexes = await db.query(`
    SELECT i.indrelid::int AS rel, ic.relname AS name, i.indisunique AS uniq, am.amname AS method,
           i.indnkeyatts AS nkey, i.indnatts AS natts, i.indoption::int2[] AS options,
           pg_get_expr(i.indpred, i.indrelid) AS pred,
           ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, false) FROM generate_series(1, i.indnatts) k ORDER BY k)::text[] AS elems,
           ARRAY(SELECT CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname END FROM unnest(i.indclass::oid[]) WITH ORDINALITY c(oid, o) JOIN pg_opclass oc ON oc.oid = c.oid ORDER BY c.o)::text[] AS opclasses
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam`);
  for (const i of indexes) {
    const t = keyOf.get(Number(i.rel));
    if (t === undefined || pkIndexOf.has(`${t}.${String(i.name)}`)) continue;
    const elems = i.elems as string[];
    const options = (i.options as number[]) ?? [];
    const nkey = Number(i.nkey);
    // pg_get_indexdef(oid, k) leaves out the operator class; a non-default one is part of the key.
    const opclasses = (i.opclasses as string[]) ?? [];
    const keys = elems.slice(0, nkey).map((e, n) => `${elemKey(e)}${opclasses[n] ? ` ${opclasses[n]}` : ''}${(options[n] ?? 0) & 1 ? ' desc' : ''}`);
    const include = elems.length > nkey ? ` include(${elems.slice(nkey).map((e) => elemKey(e)).join(',')})` : '';
    const where = i.pred ? ` where ${normalizeExpr(String(i.pred))}` : '';
    facts.set(`index ${t}.${String(i.name)}`, `${i.uniq ? 'unique' : 'index'} ${String(i.method)}(${keys.join(',')})${include}${where}`);
  }
  const enums = await db.query(`
    SELECT n.nspname AS ns, t.typname AS name, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS labels
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND ${USER_NS} AND ${NOT_EXTENSION('t.oid')}`);
  for (const e of enums) facts.set(`enum ${tk(String(e.ns), String(e.name))}`, (e.labels as string[]).join(','));
  return facts;
}
