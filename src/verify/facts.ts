import { tableKey, type Column, type Index, type Schema, type Table } from '../model/schema.js';
import { makeType, typeToSql, type SqlType } from '../model/sql-type.js';
import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import type { IndexElem } from '../model/operation.js';

/**
 * Catalog facts: what a database says about its schema, one string a fact, keyed so that the
 * replayed model and a real engine's catalog (catalog-pg.ts, catalog-sqlite.ts) can be compared
 * fact by fact. Both sides go through the same normalisers below, so a fact differs only where the
 * model and the engine really disagree (or where normalising one spelling into the other is not
 * done yet: the comparison then names it, which is how gaps are found).
 *
 * Keys: `table T`, `column T.c type|nullable|default`, `pk T`, `constraint T.name` (PostgreSQL;
 * SQLite has no constraint names, so its foreign keys are keyed by their columns), `index T.name`,
 * `enum E`. Table keys are tableKey() (PostgreSQL drops `public.`).
 */
export type Facts = Map<string, string>;

export interface FactDiff {
  key: string;
  model?: string;
  engine?: string;
}

export interface Comparison {
  total: number;
  equal: number;
  diffs: FactDiff[];
  /**
   * Foreign keys of the model to a table neither side has (an app outside the repository: Django's
   * auth and contenttypes): the engine could never hold them, so they are named, not counted.
   */
  uncomparable?: FactDiff[];
}

/** Every key of either side counts once; it is equal when both sides hold the same value. */
export function compareFacts(model: Facts, engine: Facts): Comparison {
  const keys = new Set([...model.keys(), ...engine.keys()]);
  const diffs: FactDiff[] = [];
  const uncomparable: FactDiff[] = [];
  for (const key of [...keys].sort()) {
    const m = model.get(key);
    const e = engine.get(key);
    if (m === e) continue;
    const target = e === undefined && m !== undefined ? /(?:^|\) )-> ([^(\s]+)\(/.exec(m)?.[1] : undefined;
    if (target !== undefined && !model.has(`table ${target}`) && !engine.has(`table ${target}`)) uncomparable.push({ key, model: m });
    else diffs.push({ key, model: m, engine: e });
  }
  const total = keys.size - uncomparable.length;
  return { total, equal: total - diffs.length, diffs, ...(uncomparable.length ? { uncomparable } : {}) };
}

// ------------------------------------------------------------------ normalisers shared by both sides

/** Lower case outside quotes (unquoted identifiers and keywords fold; literals and quoted names keep their case). */
function lowerOutsideQuotes(s: string): string {
  let out = '';
  let quote = '';
  for (const ch of s) {
    if (quote) {
      out += ch;
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else out += ch.toLowerCase();
  }
  return out;
}

/**
 * An expression (default, index key, predicate, check) in a form both sides reach: casts the
 * engine adds (`'a'::character varying`, `::regclass`, `::"Role"`) dropped, parentheses and
 * white space outside literals dropped, `public.` qualification dropped, double quotes dropped,
 * quoted numbers unquoted.
 */
export function normalizeExpr(expr: string): string {
  let s = lowerOutsideQuotes(expr.trim());
  // PostgreSQL stores an interval, not its spelling: `interval '12 months'` reads back `'1 year'::interval`.
  s = s.replace(/\binterval\s*'([^']*)'|'([^']*)'::interval\b/g, (_m, a?: string, b?: string) => `interval'${canonicalInterval(a ?? b ?? '')}'`);
  // Casts, including multi-word type names, modifiers and array brackets.
  s = s.replace(/::\s*(?:"[^"]+"|[a-z_][a-z0-9_.]*)(?:\s+(?:varying|precision|with(?:out)?\s+time\s+zone))*(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\[\])*/g, '');
  s = s.replace(/"/g, '').replace(/\bpublic\./g, '');
  s = s.replace(/'(-?\d+(?:\.\d+)?)'/g, '$1');
  let out = '';
  let quote = false;
  for (const ch of s) {
    if (ch === "'") quote = !quote;
    if (!quote && (ch === '(' || ch === ')' || /\s/.test(ch))) continue;
    out += ch;
  }
  return out.replace(/^current_timestamp$|^now$/, 'now').replace(/^localtimestamp$/, 'localtimestamp');
}

const INTERVAL_UNITS: [RegExp, 'months' | 'days' | 'seconds', number][] = [
  [/^(y|yrs?|years?)$/, 'months', 12],
  [/^(mons?|months?)$/, 'months', 1],
  [/^(w|weeks?)$/, 'days', 7],
  [/^(d|days?)$/, 'days', 1],
  [/^(h|hours?|hrs?)$/, 'seconds', 3600],
  [/^(m|mins?|minutes?)$/, 'seconds', 60],
  [/^(s|secs?|seconds?)$/, 'seconds', 1],
];

/** An interval literal as months, days and seconds (how PostgreSQL holds it); the text itself when not understood. */
function canonicalInterval(text: string): string {
  const total = { months: 0, days: 0, seconds: 0 };
  const parts = text.trim().toLowerCase().match(/-?\d+(?:\.\d+)?\s*[a-z]+|\d+:\d+(?::\d+)?/g);
  if (!parts || parts.join('').replace(/\s/g, '') !== text.toLowerCase().replace(/\s/g, '')) return text;
  for (const p of parts) {
    const clock = /^(\d+):(\d+)(?::(\d+))?$/.exec(p);
    if (clock) {
      total.seconds += Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
      continue;
    }
    const m = /^(-?\d+(?:\.\d+)?)\s*([a-z]+)$/.exec(p)!;
    const unit = INTERVAL_UNITS.find(([re]) => re.test(m[2]));
    if (!unit) return text;
    total[unit[1]] += Number(m[1]) * unit[2];
  }
  return `${total.months}mons${total.days}days${total.seconds}s`;
}

/** A type as the engine's catalog spells it (format_type, SQLite's declared type) in the model's canonical form. */
export function normalizeEngineType(text: string, dialect: Dialect): string {
  return typeFact(typeToSql(engineType(text, dialect)));
}

/** A type as the engine's catalog spells it (format_type, SQLite's declared type) as the model's SqlType. */
export function engineType(text: string, dialect: Dialect): SqlType {
  let s = text.trim();
  let array = 0;
  while (s.endsWith('[]')) {
    array++;
    s = s.slice(0, -2);
  }
  const args: number[] = [];
  // `timestamp(3) without time zone`: the modifier sits inside the name.
  s = s.replace(/\(\s*(\d+)(?:\s*,\s*(\d+))?\s*\)/, (_m, a: string, b?: string) => {
    args.push(Number(a));
    if (b !== undefined) args.push(Number(b));
    return '';
  });
  s = s.replace(/\s+/g, ' ').trim();
  const quoted = /^"(.*)"$/.exec(s);
  const name = quoted ? quoted[1] : s;
  return makeType(dialect, name.replace(/^public\./, ''), args, { array, folded: !!quoted });
}

function typeFact(sql: string): string {
  return sql.replace(/^public\./, '').replace(/"/g, '');
}

// ------------------------------------------------------------------ facts of the model

export function modelFacts(schema: Schema): Facts {
  const facts: Facts = new Map();
  const d = schema.dialect;
  for (const t of schema.tables.values()) {
    if (t.partitionOf && d === 'postgresql' && !t.columns.length) continue;
    const tk = tableKey(t.name, d);
    facts.set(`table ${tk}`, 'exists');
    for (const c of t.columns) columnFacts(facts, tk, c, t, d);
    tableKeyFacts(facts, tk, t, d);
  }
  for (const [key, values] of schema.enums) facts.set(`enum ${key}`, values.join(','));
  return facts;
}

function columnFacts(facts: Facts, tk: string, c: Column, t: Table, d: Dialect): void {
  const k = `column ${tk}.${d === 'postgresql' ? c.name : c.name.toLowerCase()}`;
  if (isMysqlFamily(d)) return mysqlColumnFacts(facts, k, c, t);
  // PostgreSQL keeps no array dimensions (`varchar(100)[][]` is `varchar(100)[]`: the rest is documentation).
  const type = d === 'postgresql' && c.type.array > 1 ? { ...c.type, array: 1 } : c.type;
  facts.set(`${k} type`, typeFact(typeToSql(type)));
  const pkCol = t.constraints.some((k2) => k2.kind === 'primary' && k2.columns.some((n) => n.toLowerCase() === c.name.toLowerCase()));
  // SQLite: a PRIMARY KEY column is NOT NULL only when declared so, except the rowid's alias (see isRowidAlias).
  const nullable = d === 'postgresql' ? c.nullable && !pkCol && !c.serial && !c.identity : c.nullable && !(d === 'sqlite' && isRowidAlias(t, c.name, typeToSql(c.type)));
  facts.set(`${k} nullable`, nullable ? 'yes' : 'no');
  let def: string | undefined;
  if (d === 'postgresql') {
    if (c.identity) def = `identity ${c.identity === 'always' ? 'always' : 'by default'}`;
    else if (c.generated) def = `generated ${normalizeExpr(c.generated.expr)}`;
    else if (c.serial) def = 'nextval';
    else if (c.default) def = /^nextval\s*\(/i.test(c.default.text) ? 'nextval' : normalizeExpr(c.type.name === 'boolean' ? booleanLiteral(c.default.text) : c.default.text);
  } else if (c.default) def = normalizeExpr(c.default.text);
  if (def !== undefined && def !== 'null') facts.set(`${k} default`, def);
}

/** PostgreSQL stores `DEFAULT 'f'` of a boolean column as the constant it reads: `false`. */
function booleanLiteral(text: string): string {
  const m = /^'\s*(t|true|y|yes|on|1|f|false|n|no|off|0)\s*'$/i.exec(text.trim());
  if (!m) return text;
  return /^(t|true|y|yes|on|1)$/i.test(m[1]) ? 'true' : 'false';
}

/**
 * SQLite's `INTEGER PRIMARY KEY` column is the rowid, which is never NULL (NULL assigns the next
 * rowid), though the catalog says notnull = 0 unless NOT NULL was written. Both sides call it NOT NULL.
 */
export function isRowidAlias(t: { constraints: { kind: string; columns: string[] }[] }, column: string, type: string): boolean {
  const pk = t.constraints.find((k) => k.kind === 'primary');
  return !!pk && pk.columns.length === 1 && pk.columns[0].toLowerCase() === column.toLowerCase() && type.toLowerCase() === 'integer';
}

function tableKeyFacts(facts: Facts, tk: string, t: Table, d: Dialect): void {
  const cols = (names: string[]) => names.map((n) => (d === 'postgresql' ? n : n.toLowerCase())).join(',');
  for (const c of t.constraints) {
    if (c.kind === 'primary') {
      facts.set(`pk ${tk}`, cols(c.columns));
      continue;
    }
    if (isMysqlFamily(d)) {
      // MySQL: foreign keys keyed by columns (unnamed ones are `<table>_ibfk_<n>` by a counter); a UNIQUE constraint is a unique index.
      if (c.kind === 'foreign' && c.references) facts.set(`fk ${tk}(${cols(c.columns)})`, foreignFact(tableKey(c.references.table, d), cols(c.references.columns), mysqlAction(c.references.onDelete), mysqlAction(c.references.onUpdate)));
      else if (c.kind === 'unique') facts.set(`index ${tk}.${c.name.toLowerCase()}`, `unique(${cols(c.columns)})`);
      else if (c.kind === 'check') facts.set(`constraint ${tk}.${c.name}`, 'check');
      continue;
    }
    if (d === 'sqlite') {
      if (c.kind === 'foreign' && c.references) facts.set(`fk ${tk}(${cols(c.columns)})`, foreignFact(tableKey(c.references.table, d), cols(c.references.columns), c.references.onDelete, c.references.onUpdate));
      continue;
    }
    const name = `constraint ${tk}.${c.name}`;
    if (c.kind === 'foreign') facts.set(name, `foreign(${cols(c.columns)}) ${foreignFact(c.references ? tableKey(c.references.table, d) : '?', cols(c.references?.columns ?? []), c.references?.onDelete, c.references?.onUpdate)}`);
    else if (c.kind === 'unique') facts.set(name, `unique(${cols(c.columns)})`);
    else facts.set(name, c.kind);
  }
  for (const i of t.indexes) {
    if (i.constraint && t.constraints.some((c) => c.name === i.constraint && c.kind === 'primary')) continue;
    facts.set(`index ${tk}.${d === 'postgresql' ? i.name : i.name.toLowerCase()}`, indexFact(i, d));
  }
}

export function foreignFact(refTable: string, refCols: string, onDelete?: string, onUpdate?: string): string {
  const action = (a?: string) => (a ?? 'no action').toLowerCase().replace(/\s+/g, ' ');
  return `-> ${refTable.replace(/^public\./, '')}(${refCols}) on delete ${action(onDelete)} on update ${action(onUpdate)}`;
}

export function elemFact(e: IndexElem, d: Dialect): string {
  const key = e.column !== undefined ? (d === 'postgresql' ? e.column : e.column.toLowerCase()) : normalizeExpr(e.expr ?? '');
  const mod = e.modifier ? ` ${normalizeExpr(e.modifier)}` : '';
  return `${key.replace(/"/g, '')}${mod}${e.desc ? ' desc' : ''}`;
}

function indexFact(i: Index, d: Dialect): string {
  if (isMysqlFamily(d)) return `${i.unique ? 'unique' : 'index'}(${i.elems.map((e) => elemFact(e, d)).join(',')})`;
  const method = d === 'postgresql' ? ` ${(i.method ?? 'btree').toLowerCase()}` : '';
  const include = i.include?.length ? ` include(${i.include.join(',')})` : '';
  const where = i.where ? ` where ${normalizeExpr(i.where)}` : '';
  return `${i.unique ? 'unique' : 'index'}${method}(${i.elems.map((e) => elemFact(e, d)).join(',')})${include}${where}`;
}

// ------------------------------------------------------------------ MySQL and MariaDB

/** MySQL's RESTRICT is its NO ACTION (both check at once); information_schema says RESTRICT for an unwritten rule. */
export function mysqlAction(a?: string): string {
  const v = (a ?? 'no action').toLowerCase().replace(/\s+/g, ' ');
  return v === 'restrict' ? 'no action' : v;
}

/** A MySQL type in the form both sides reach: integer display widths dropped (TINYINT(1) is BOOLEAN), the widths MySQL fills in written out. */
export function mysqlTypeFact(t: SqlType): string {
  let x: SqlType = t;
  if (['tinyint', 'smallint', 'mediumint', 'integer', 'bigint'].includes(t.name)) {
    x = t.name === 'tinyint' && t.args.length === 1 && t.args[0] === 1 && !t.unsigned ? { ...t, name: 'boolean', args: [] } : { ...t, args: [] };
  } else if (t.name === 'numeric') x = { ...t, args: [t.args[0] ?? 10, t.args[1] ?? 0] };
  else if ((t.name === 'char' || t.name === 'binary' || t.name === 'bit') && !t.args.length) x = { ...t, args: [1] };
  else if (t.name === 'year') x = { ...t, args: [] };
  // TIMESTAMP(0) is TIMESTAMP: 0 fractional digits is the default precision.
  else if (['timestamp', 'datetime', 'time'].includes(t.name) && t.args.length === 1 && t.args[0] === 0) x = { ...t, args: [] };
  return typeFact(typeToSql(x));
}

/** A MySQL default in the form both sides reach: TRUE is 1, CURRENT_TIMESTAMP(0) is CURRENT_TIMESTAMP, "x" is 'x'. */
export function mysqlDefaultFact(text: string): string {
  // Without ANSI_QUOTES a double-quoted default is a string: DEFAULT "" is ''.
  const dq = /^"((?:[^"\\]|"")*)"$/.exec(text.trim());
  const t = dq ? `'${dq[1].replace(/""/g, '"').replace(/'/g, "''")}'` : text.trim();
  const def = normalizeExpr(/^true$/i.test(t) ? '1' : /^false$/i.test(t) ? '0' : t);
  return def === 'current_timestamp0' ? 'now' : def;
}

function mysqlColumnFacts(facts: Facts, k: string, c: Column, t: Table): void {
  facts.set(`${k} type`, mysqlTypeFact(c.type));
  const pkCol = t.constraints.some((k2) => k2.kind === 'primary' && k2.columns.some((n) => n.toLowerCase() === c.name.toLowerCase()));
  facts.set(`${k} nullable`, c.nullable && !pkCol ? 'yes' : 'no');
  if (!c.default || c.generated) return;
  const def = mysqlDefaultFact(c.default.text);
  if (def !== 'null') facts.set(`${k} default`, def);
}
