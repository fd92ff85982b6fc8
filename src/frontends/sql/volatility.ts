import type { Dialect } from '../../model/dialect.js';
import type { DefaultExpr } from '../../model/operation.js';
import { tokenize } from './lexer.js';

/** Functions that give a different value per row (or per call). */
const VOLATILE = new Set([
  // PostgreSQL
  'random', 'random_normal', 'setseed', 'gen_random_uuid', 'gen_random_bytes', 'uuidv4', 'uuidv7',
  'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'clock_timestamp', 'timeofday',
  'nextval', 'setval', 'txid_current', 'pg_current_xact_id', 'pg_sleep', 'currval', 'lastval',
  // MySQL / MariaDB
  'rand', 'uuid', 'uuid_short', 'sysdate', 'last_insert_id', 'sys_guid', 'random_bytes',
  // SQLite
  'randomblob', 'changes', 'last_insert_rowid',
]);

/**
 * Functions that are immutable or stable within a statement, so a default built from them
 * has one value for every existing row. Anything not listed is treated as volatile: an
 * unknown (user) function may do anything.
 */
const NOT_VOLATILE = new Set([
  // time, fixed for the statement or transaction
  'now', 'current_timestamp', 'current_date', 'current_time', 'localtime', 'localtimestamp',
  'transaction_timestamp', 'statement_timestamp', 'utc_timestamp', 'utc_date', 'utc_time', 'curdate',
  'curtime', 'date', 'datetime', 'time', 'julianday', 'strftime', 'unixepoch', 'timezone',
  'date_trunc', 'date_part', 'extract', 'make_date', 'make_time', 'make_timestamp', 'make_timestamptz',
  'make_interval', 'to_timestamp', 'to_date', 'to_char', 'to_number', 'age', 'date_add', 'date_sub',
  'from_unixtime', 'unix_timestamp',
  // casts and conditionals
  'cast', 'convert', 'coalesce', 'nullif', 'greatest', 'least', 'ifnull', 'if', 'iif',
  // strings
  'lower', 'upper', 'concat', 'concat_ws', 'length', 'char_length', 'trim', 'btrim', 'ltrim', 'rtrim',
  'substring', 'substr', 'replace', 'left', 'right', 'lpad', 'rpad', 'format', 'md5', 'encode', 'decode',
  'hex', 'unhex', 'char', 'chr', 'repeat', 'reverse', 'position', 'overlay', 'quote_ident', 'quote_literal',
  // numbers
  'abs', 'round', 'floor', 'ceil', 'ceiling', 'trunc', 'truncate', 'mod', 'power', 'sqrt',
  // json, arrays, ranges
  'to_json', 'to_jsonb', 'json_build_object', 'jsonb_build_object', 'json_build_array', 'jsonb_build_array',
  'json_object', 'json_array', 'json_quote', 'array', 'array_fill', 'string_to_array', 'array_to_string',
  'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'point', 'row',
  'uuid_to_bin', 'bin_to_uuid', 'inet_aton', 'inet_ntoa', 'current_user', 'session_user', 'current_schema',
  'current_setting', 'current_database', 'user', 'database', 'schema', 'version', 'uuid_nil',
  // type names with modifiers inside a cast (`x::character varying(10)`)
  'varchar', 'varying', 'character', 'numeric', 'decimal', 'dec', 'timestamp', 'timestamptz', 'interval',
  'bit', 'float', 'nchar', 'nvarchar', 'binary', 'varbinary', 'precision',
]);

/** Keywords that may precede `(` without being a function call. */
const NOT_CALLS = new Set(['AND', 'OR', 'NOT', 'IN', 'IS', 'AS', 'THEN', 'ELSE', 'WHEN', 'CASE', 'EXISTS', 'ANY', 'ALL', 'SOME', 'BETWEEN', 'LIKE', 'ILIKE', 'SIMILAR', 'ON', 'DEFAULT', 'USING', 'WITH', 'VALUES', 'ARRAY', 'DISTINCT', 'OVER', 'FILTER', 'WITHIN', 'SELECT', 'WHERE', 'FROM']);

/** How a function name classifies: known volatile, known not volatile, or unknown. */
export function functionVolatility(name: string): 'volatile' | 'stable' | 'unknown' {
  const n = name.toLowerCase();
  if (VOLATILE.has(n)) return 'volatile';
  if (NOT_VOLATILE.has(n)) return 'stable';
  return 'unknown';
}

/**
 * Whether a default expression can give a different value per row: it calls a volatile
 * function, or any function we do not know. Constants, casts of constants, array and JSON
 * literals, now() and CURRENT_TIMESTAMP are not volatile.
 */
export function isVolatileExpr(expr: string, dialect: Dialect): boolean {
  const toks = tokenize(expr, dialect);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const next = toks[k + 1];
    if (!next || next.upper !== '(') continue;
    if (t.kind !== 'word' && t.kind !== 'ident') continue;
    if (t.kind === 'word' && NOT_CALLS.has(t.upper)) continue;
    // A type name followed by modifiers in a cast (`'a'::varchar(10)`, `CAST(x AS numeric(5,2))`).
    const prev = toks[k - 1];
    if (prev && (prev.upper === '::' || prev.upper === 'AS')) continue;
    const name = t.kind === 'word' ? t.upper : expr.slice(t.start + 1, t.end - 1);
    if (functionVolatility(name) !== 'stable') return true;
  }
  return false;
}

export function defaultExpr(text: string, dialect: Dialect): DefaultExpr {
  return { text, volatile: isVolatileExpr(text, dialect) };
}
