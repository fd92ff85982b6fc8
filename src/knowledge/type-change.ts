import { sqlString } from '../model/operation.js';
import { isMysqlFamily, type DbTarget } from '../model/dialect.js';
import { makeType, type SqlType } from '../model/sql-type.js';
import { PG_BINARY_COERCIBLE_CASTS } from './pg-catalog-data.js';

/**
 * What changing a column from one type to another does to the data and to the table.
 * `narrowing`: the new type holds less (values stop fitting, or lose a part such as the time of day).
 * `lossy`: a conversion between kinds of value that can fail or change values (text → integer).
 * `rewrite`: the database rewrites (PostgreSQL) or copies (MySQL) the whole table to do it.
 * Reasons are phrases that complete "… from X to Y: <reason>".
 */
export interface TypeChange {
  narrowing?: string;
  lossy?: string;
  rewrite: boolean;
}

export interface TypeChangeOptions {
  /** Labels of a PostgreSQL enum type, by the type's name; undefined when the name is not an enum. */
  enumValues?(name: string): readonly string[] | undefined;
  /** Bytes per character of the column's character set on MySQL; utf8mb4 (4) when unknown. */
  bytesPerChar?: number;
}

const INT_BITS: Record<string, number> = { tinyint: 8, smallint: 16, mediumint: 24, integer: 32, bigint: 64 };
const FLOAT_DIGITS: Record<string, number> = { real: 6, 'double precision': 15 };
const FLOAT_MANTISSA_BITS: Record<string, number> = { real: 24, 'double precision': 53 };
/** Unbounded text types (PostgreSQL) and the MySQL TEXT types, with their capacity in bytes. */
const MYSQL_TEXT_BYTES: Record<string, number> = { tinytext: 255, text: 65535, mediumtext: 16777215, longtext: 4294967295 };
const MYSQL_BLOB_BYTES: Record<string, number> = { tinyblob: 255, blob: 65535, mediumblob: 16777215, longblob: 4294967295 };
const TEXT_NAMES = new Set(['text', 'varchar', 'char', 'citext', 'tinytext', 'mediumtext', 'longtext']);
const BINARY_NAMES = new Set(['bytea', 'blob', 'tinyblob', 'mediumblob', 'longblob', 'binary', 'varbinary']);
const TIME_NAMES = new Set(['date', 'timestamp', 'timestamptz', 'datetime', 'time', 'timetz']);
/** Types whose typmod is a fractional-seconds precision. */
const FRACTIONAL = new Set(['timestamp', 'timestamptz', 'datetime', 'time', 'timetz', 'interval']);

export function classifyTypeChange(from: SqlType, to: SqlType, target: DbTarget, opts: TypeChangeOptions = {}): TypeChange {
  const a = normalize(from, target);
  const b = normalize(to, target);
  if (key(a) === key(b)) return { rewrite: false };
  if (target.dialect === 'sqlite') return sqliteChange(a, b);
  const env: Env = { target, opts, bpc: opts.bytesPerChar ?? 4, mysql: isMysqlFamily(target.dialect) };
  if (a.array !== b.array) {
    return {
      lossy: a.array ? `an array (${showType(a)}) becomes a single value` : `a single value becomes an array (${showType(b)})`,
      rewrite: true,
    };
  }
  if (a.array) {
    const inner = valueChange({ ...a, array: 0 }, { ...b, array: 0 }, env);
    // Array casts go element by element, so PostgreSQL always rewrites, even for relabels.
    return {
      narrowing: inner.narrowing && `in each array element, ${inner.narrowing}`,
      lossy: inner.lossy && `in each array element, ${inner.lossy}`,
      rewrite: true,
    };
  }
  const change = valueChange(a, b, env);
  return { ...pick(change), rewrite: env.mysql ? mysqlRewrites(a, b, env) : pgRewrites(a, b) };
}

/** The type as shown in messages: `numeric(12,2)`, `int unsigned`, `text[]`. */
export function showType(t: SqlType): string {
  if (t.values) return `${t.name}(${t.values.map(sqlString).join(',')})`;
  const base = t.args.length ? `${t.name}(${t.args.join(',')})` : t.name;
  return `${base}${t.unsigned ? ' unsigned' : ''}${'[]'.repeat(t.array)}`;
}

interface Env {
  target: DbTarget;
  opts: TypeChangeOptions;
  bpc: number;
  mysql: boolean;
}

interface ValueChange {
  narrowing?: string;
  lossy?: string;
}

function pick(c: ValueChange): ValueChange {
  const out: ValueChange = {};
  if (c.narrowing) out.narrowing = c.narrowing;
  if (c.lossy) out.lossy = c.lossy;
  return out;
}

/**
 * Spell defaults out so that equal types compare equal: display widths of MySQL integers mean
 * nothing, MySQL BOOLEAN is TINYINT(1), DECIMAL is DECIMAL(10,0) on MySQL, CHAR is CHAR(1).
 */
function normalize(t: SqlType, target: DbTarget): SqlType {
  const mysql = isMysqlFamily(target.dialect);
  let name = t.name;
  let args = t.args;
  if (mysql && name === 'boolean') name = 'tinyint';
  // MySQL REAL means DOUBLE (makeType maps it to real, as PostgreSQL does); FLOAT stays real.
  if (mysql && name === 'real' && /^\s*real\b/i.test(t.raw)) name = 'double precision';
  // FLOAT(M,D) keeps its modifiers in the model; the float verdicts read the storage size only.
  if (mysql && name === 'real' && /^\s*float\b/i.test(t.raw)) args = [];
  if (name in INT_BITS) args = [];
  if (name === 'numeric') {
    if (args.length === 1) args = [args[0], 0];
    else if (!args.length && mysql) args = [10, 0];
  }
  if ((name === 'char' || name === 'binary') && !args.length) args = [1];
  if (mysql && name === 'datetime' && !args.length) args = [0];
  if (mysql && name === 'timestamp' && !args.length) args = [0];
  const out: SqlType = { name, args, array: t.array, raw: t.raw };
  if (t.values) out.values = t.values;
  if (t.unsigned && name in INT_BITS) out.unsigned = true;
  return out;
}

function key(t: SqlType): string {
  return `${showType(t)}${t.values ? `:${t.values.join('\u0000')}` : ''}`;
}

// ---------------------------------------------------------------- values

function valueChange(a: SqlType, b: SqlType, env: Env): ValueChange {
  const fromEnum = enumLabels(a, env);
  const toEnum = enumLabels(b, env);
  if (fromEnum || toEnum) return enumChange(a, b, fromEnum, toEnum, env);
  if (isText(b)) return toText(a, b, env);
  if (isText(a)) return { lossy: fromTextReason(b, env) };
  if (a.name in INT_BITS || a.name === 'numeric' || a.name in FLOAT_DIGITS || a.name === 'boolean' || a.name === 'money') {
    const r = numberChange(a, b, env);
    if (r) return r;
  }
  if (TIME_NAMES.has(a.name) && TIME_NAMES.has(b.name)) return timeChange(a, b, env);
  if (a.name === 'interval' && b.name === 'interval') return precisionChange(a, b, env) ?? {};
  if ((a.name === 'json' || a.name === 'jsonb') && (b.name === 'json' || b.name === 'jsonb')) return {};
  if (BINARY_NAMES.has(a.name) && BINARY_NAMES.has(b.name)) return binaryChange(a, b);
  if (a.name === 'cidr' && b.name === 'inet') return {};
  if ((a.name === 'bit' || a.name === 'varbit') && (b.name === 'bit' || b.name === 'varbit')) return bitChange(a, b);
  if (a.name === 'date' && b.name === 'year') return { narrowing: 'only the year is kept' };
  // A binary-coercible cast keeps every value's bits (oid → regclass, xml → text); integers
  // are left out, as int4 → oid reads negative numbers as large ones.
  if (!env.mysql && !(a.name in INT_BITS) && BINARY_COERCIBLE.has(`${a.name}\0${b.name}`)) return {};
  return { lossy: `there is no exact conversion from ${showType(a)} to ${showType(b)}: values can fail to convert or come out different` };
}

function isText(t: SqlType): boolean {
  return TEXT_NAMES.has(t.name);
}

/** Capacity of a text type: characters (varchar/char) or bytes (MySQL TEXT types); undefined = unlimited. */
function textLimit(t: SqlType, env: Env): { chars?: number; bytes?: number } {
  if (t.name === 'varchar' || t.name === 'char') {
    const n = t.args[0];
    if (n === undefined) return {};
    return env.mysql ? { chars: n, bytes: n * env.bpc } : { chars: n };
  }
  if (env.mysql && t.name in MYSQL_TEXT_BYTES) return { chars: MYSQL_TEXT_BYTES[t.name], bytes: MYSQL_TEXT_BYTES[t.name] };
  return {};
}

function toText(a: SqlType, b: SqlType, env: Env): ValueChange {
  const to = textLimit(b, env);
  if (isText(a)) {
    const from = textLimit(a, env);
    if (to.chars !== undefined && (from.chars === undefined || from.chars > to.chars)) {
      const what = from.chars === undefined ? `${showType(a)} has no length limit: values` : 'values';
      return { narrowing: `${what} longer than ${to.chars} characters do not fit` };
    }
    if (to.bytes !== undefined && from.bytes !== undefined && from.bytes > to.bytes) {
      return { narrowing: `${showType(b)} holds at most ${to.bytes} bytes, and ${showType(a)} values can take up to ${from.bytes} bytes in ${env.bpc === 4 ? 'utf8mb4' : `a ${env.bpc}-byte character set`}` };
    }
    return {};
  }
  if (to.chars === undefined) return {};
  const width = renderedWidth(a, env);
  // MEDIUMTEXT and LONGTEXT hold more than MySQL accepts in one value by default (max_allowed_packet).
  if (width === undefined && to.chars >= 16777215) return {};
  if (width === undefined || width > to.chars) {
    return { narrowing: width === undefined ? `values of ${showType(a)} written as text longer than ${to.chars} characters do not fit` : `${showType(a)} values need up to ${width} characters as text; more than ${to.chars} do not fit` };
  }
  return {};
}

/** Longest text form of a value of the type, where it is known. */
function renderedWidth(t: SqlType, env: Env): number | undefined {
  const range = intRange(t);
  if (range) return Math.max(range[0].toString().length, range[1].toString().length);
  if (t.name === 'numeric' && t.args.length === 2) return t.args[0] + (t.args[1] > 0 ? 2 : 1);
  if (t.name === 'boolean') return 5;
  if (t.name === 'uuid') return 36;
  if (t.name === 'date') return 10;
  if (t.name === 'timestamp' || t.name === 'datetime') return env.mysql ? 26 : 29;
  if (t.name === 'timestamptz') return 35;
  if (t.name === 'time') return 15;
  if (t.values) return Math.max(...t.values.map((v) => v.length));
  return undefined;
}

function fromTextReason(b: SqlType, env: Env): string {
  const what = b.name === 'json' || b.name === 'jsonb' ? 'valid JSON' : b.name === 'boolean' ? 'a boolean (true/false, t/f, yes/no, 1/0)' : `a valid ${showType(b)}`;
  const pg = env.target.dialect === 'postgresql' ? ' (PostgreSQL refuses the change without a USING clause)' : '';
  return `every value must parse as ${what}; the conversion fails on the first one that does not${pg}`;
}

// ---------------------------------------------------------------- numbers

export function intRange(t: SqlType): [bigint, bigint] | undefined {
  const bits = INT_BITS[t.name];
  if (!bits) return undefined;
  if (t.unsigned) return [0n, (1n << BigInt(bits)) - 1n];
  return [-(1n << BigInt(bits - 1)), (1n << BigInt(bits - 1)) - 1n];
}

/** Digits before the decimal point that every value of the type may have. */
function intDigits(t: SqlType): number | undefined {
  const r = intRange(t);
  if (r) return r[1].toString().length;
  if (t.name === 'numeric' && t.args.length === 2) return t.args[0] - t.args[1];
  return undefined;
}

function numberChange(a: SqlType, b: SqlType, env: Env): ValueChange | undefined {
  const ra = intRange(a);
  const rb = intRange(b);
  if (ra && rb) {
    const lost: string[] = [];
    if (ra[0] < rb[0]) lost.push(rb[0] === 0n ? 'negative values' : `values below ${rb[0]}`);
    if (ra[1] > rb[1]) lost.push(`values above ${rb[1]}`);
    if (lost.length === 2 && rb[0] !== 0n) lost.splice(0, 2, 'values outside that range');
    return lost.length ? { narrowing: `${showType(b)} holds ${rb[0]} to ${rb[1]}: ${lost.join(' and ')} do not fit` } : {};
  }
  if (ra && b.name === 'numeric') {
    if (!b.args.length) return {};
    const digits = intDigits(a)!;
    const room = b.args[0] - b.args[1];
    return room >= digits ? {} : { narrowing: `${showType(b)} keeps ${room} digit${room === 1 ? '' : 's'} before the decimal point and ${showType(a)} values have up to ${digits}: larger values do not fit` };
  }
  if (a.name === 'numeric' && b.name === 'numeric') {
    if (!b.args.length) return {};
    if (!a.args.length) return { narrowing: `${showType(a)} is unconstrained: values with more than ${b.args[0] - b.args[1]} digits before the decimal point do not fit, and digits after the ${b.args[1]}${ordinal(b.args[1])} decimal place are rounded away` };
    const reasons: string[] = [];
    const roomA = a.args[0] - a.args[1];
    const roomB = b.args[0] - b.args[1];
    if (roomB < roomA) reasons.push(`values with more than ${roomB} digit${roomB === 1 ? '' : 's'} before the decimal point do not fit`);
    if (b.args[1] < a.args[1]) reasons.push(b.args[1] === 0 ? 'fractions are rounded to whole numbers' : `decimals beyond ${b.args[1]} place${b.args[1] === 1 ? '' : 's'} are rounded away`);
    return reasons.length ? { narrowing: reasons.join(', and ') } : {};
  }
  if (a.name === 'numeric' && rb) {
    const reasons: string[] = [];
    if (!a.args.length || a.args[1] > 0) reasons.push('fractions are rounded to whole numbers');
    const safe = rb[1].toString().length - 1;
    const digits = a.args.length ? a.args[0] - a.args[1] : Infinity;
    if (digits > safe) reasons.push(`values beyond ${rb[0]}..${rb[1]} do not fit`);
    return reasons.length ? { narrowing: reasons.join(', and ') } : {};
  }
  if ((a.name in FLOAT_DIGITS) && (b.name in FLOAT_DIGITS)) {
    return FLOAT_DIGITS[b.name] < FLOAT_DIGITS[a.name] ? { narrowing: `precision drops from about ${FLOAT_DIGITS[a.name]} to ${FLOAT_DIGITS[b.name]} significant digits` } : {};
  }
  if ((a.name in FLOAT_DIGITS) && (rb || b.name === 'numeric')) {
    // An unconstrained PostgreSQL numeric takes every double, NaN and (since 14) Infinity included.
    if (b.name === 'numeric' && !b.args.length) return {};
    const what = rb ? 'fractions are rounded to whole numbers' : `values are rounded to ${b.args[1]} decimal place${b.args[1] === 1 ? '' : 's'}`;
    return { lossy: `${what}, and NaN, Infinity and values out of range make the conversion fail` };
  }
  if ((ra || a.name === 'numeric') && b.name in FLOAT_DIGITS) {
    const digits = FLOAT_DIGITS[b.name];
    if (ra) {
      const bits = INT_BITS[a.name] - (a.unsigned ? 0 : 1);
      if (bits <= FLOAT_MANTISSA_BITS[b.name]) return {};
      return { lossy: `${showType(b)} has about ${digits} significant digits: integers above 2^${FLOAT_MANTISSA_BITS[b.name]} come out rounded` };
    }
    if (a.args.length && a.args[0] <= digits) return {};
    return { lossy: `exact decimals become binary floating point with about ${digits} significant digits: longer values come out rounded` };
  }
  if ((ra || a.name === 'numeric' || a.name in FLOAT_DIGITS) && b.name === 'boolean') {
    return { lossy: 'every non-zero value becomes true' };
  }
  if (a.name === 'boolean' && (rb || b.name === 'numeric')) return {};
  if (a.name === 'money' && b.name === 'numeric') return b.args.length && b.args[1] < 2 ? { narrowing: 'cents are rounded away' } : {};
  return undefined;
}

function ordinal(n: number): string {
  return n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
}

// ---------------------------------------------------------------- time

function timeChange(a: SqlType, b: SqlType, env: Env): ValueChange {
  const hasDate = (t: SqlType) => t.name !== 'time' && t.name !== 'timetz';
  const hasTime = (t: SqlType) => t.name !== 'date';
  const hasZone = (t: SqlType) => t.name === 'timestamptz' || t.name === 'timetz';
  if ((!hasDate(a) && hasDate(b)) || (!hasTime(a) && !hasDate(b))) {
    return { lossy: `a ${showType(a)} value has no ${hasDate(a) ? 'time of day' : 'date'}, so there is no exact conversion to ${showType(b)}` };
  }
  if (hasTime(a) && !hasTime(b)) return { narrowing: 'the time of day is dropped' };
  if (hasDate(a) && !hasDate(b)) return { narrowing: 'the date is dropped, only the time of day is kept' };
  if (hasZone(a) && !hasZone(b)) {
    return { narrowing: 'the time zone is dropped: each value becomes the wall-clock time in the TimeZone of the session that runs the migration' };
  }
  if (env.mysql && a.name === 'datetime' && b.name === 'timestamp') {
    return { narrowing: 'TIMESTAMP only holds 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC: earlier and later values do not fit' };
  }
  return precisionChange(a, b, env) ?? {};
}

/** Fractional-seconds precision going down rounds the values. */
function precisionChange(a: SqlType, b: SqlType, env: Env): ValueChange | undefined {
  if (!FRACTIONAL.has(a.name) || !FRACTIONAL.has(b.name)) return undefined;
  const full = env.mysql ? 0 : 6;
  const pa = a.args[0] ?? full;
  const pb = b.args[0] ?? full;
  if (pb >= pa) return {};
  return { narrowing: pb === 0 ? 'fractional seconds are rounded away' : `fractional seconds are rounded to ${pb} digit${pb === 1 ? '' : 's'}` };
}

// ---------------------------------------------------------------- other kinds

function binaryChange(a: SqlType, b: SqlType): ValueChange {
  const cap = (t: SqlType) => (t.name === 'binary' || t.name === 'varbinary' ? t.args[0] : MYSQL_BLOB_BYTES[t.name]);
  const ca = cap(a);
  const cb = cap(b);
  if (cb !== undefined && (ca === undefined || ca > cb)) return { narrowing: `values longer than ${cb} bytes do not fit` };
  return {};
}

function bitChange(a: SqlType, b: SqlType): ValueChange {
  const na = a.args[0];
  const nb = b.args[0];
  if (b.name === 'varbit' && (nb === undefined || (na !== undefined && nb >= na))) return {};
  return { narrowing: `bit strings must have ${b.name === 'bit' ? 'exactly' : 'at most'} ${nb ?? 1} bits; others do not fit` };
}

/** Inline MySQL ENUM/SET values, or the labels of a PostgreSQL enum type. */
function enumLabels(t: SqlType, env: Env): readonly string[] | undefined {
  if (t.values) return t.values;
  if (env.mysql) return undefined;
  return env.opts.enumValues?.(t.name);
}

function enumChange(a: SqlType, b: SqlType, fromEnum: readonly string[] | undefined, toEnum: readonly string[] | undefined, env: Env): ValueChange {
  if (fromEnum && !toEnum) {
    if (!isText(b)) return { lossy: `the labels of ${showType(a)} must each convert to ${showType(b)}` };
    const longest = Math.max(0, ...fromEnum.map((v) => v.length));
    const limit = textLimit(b, env).chars;
    return limit !== undefined && longest > limit ? { narrowing: `the longest label (${longest} characters) does not fit in ${limit}` } : {};
  }
  const allowed = toEnum!;
  const list = (vs: readonly string[]) => vs.map((v) => `'${v}'`).join(', ');
  if (!fromEnum) {
    const pg = env.target.dialect === 'postgresql' ? ' (PostgreSQL refuses the change without a USING clause)' : '';
    return { lossy: `only ${list(allowed)} ${allowed.length === 1 ? 'is' : 'are'} allowed: any other value makes the conversion fail${pg}` };
  }
  const removed = fromEnum.filter((v) => !allowed.includes(v));
  if (!removed.length) return {};
  const strict = env.mysql ? ' in strict mode (outside strict mode they silently become \'\')' : '';
  return { lossy: `${list(removed)} ${removed.length === 1 ? 'is' : 'are'} no longer allowed: rows holding ${removed.length === 1 ? 'it' : 'them'} make the conversion fail${strict}` };
}

// ---------------------------------------------------------------- rewrites

/** pg_cast's binary-coercible casts (castmethod = 'b'), as pairs of Migra's canonical type names. */
const BINARY_COERCIBLE = new Set(PG_BINARY_COERCIBLE_CASTS.map(([from, to]) => `${makeType('postgresql', from).name}\0${makeType('postgresql', to).name}`));

/**
 * PostgreSQL skips the rewrite only when the old type is binary coercible to the new one and
 * the new type modifier accepts every old value without checking (ATColumnChangeRequiresRewrite).
 */
function pgRewrites(a: SqlType, b: SqlType): boolean {
  // Any other binary-coercible cast of PostgreSQL's catalogue (cidr → inet, oid ↔ regclass …),
  // to a type without a modifier to check, is a relabel.
  if (a.name !== b.name && a.array === b.array && !b.args.length && BINARY_COERCIBLE.has(`${a.name}\0${b.name}`)) return false;
  const unboundedText = (t: SqlType) => t.name === 'text' || t.name === 'citext' || (t.name === 'varchar' && !t.args.length);
  if (unboundedText(b) && (unboundedText(a) || a.name === 'varchar')) return false;
  if (a.name === 'varchar' && b.name === 'varchar') return !a.args.length || b.args[0] < a.args[0];
  if (a.name === 'numeric' && b.name === 'numeric') {
    if (!b.args.length) return false;
    return !(a.args.length && a.args[1] === b.args[1] && b.args[0] >= a.args[0]);
  }
  if (a.name === 'varbit' && b.name === 'varbit') return b.args.length > 0 && (!a.args.length || b.args[0] < a.args[0]);
  // 6 digits is both the default and the maximum, so dropping the precision is a relabel too.
  if (FRACTIONAL.has(a.name) && a.name === b.name) return (b.args[0] ?? 6) < (a.args[0] ?? 6);
  return true;
}

/** MySQL 8 changes a column type in place only for VARCHAR widening within one length-byte class and ENUM/SET appends. */
function mysqlRewrites(a: SqlType, b: SqlType, env: Env): boolean {
  if (a.name === 'varchar' && b.name === 'varchar' && a.args.length && b.args.length) {
    if (b.args[0] < a.args[0]) return true;
    const small = (n: number) => n * env.bpc <= 255;
    return small(a.args[0]) !== small(b.args[0]);
  }
  if (a.values && b.values && a.name === b.name) {
    const appended = a.values.every((v, i) => b.values![i] === v);
    if (!appended) return true;
    const size = a.name === 'enum' ? (n: number) => (n <= 255 ? 1 : 2) : (n: number) => [1, 2, 3, 4, 8].find((bytes) => n <= bytes * 8) ?? 8;
    return size(a.values.length) !== size(b.values.length);
  }
  return true;
}

// ---------------------------------------------------------------- sqlite

/** SQLite stores by affinity and enforces neither lengths nor ranges; only text turning numeric changes values. */
function sqliteChange(a: SqlType, b: SqlType): TypeChange {
  const affinity = (t: SqlType) => (t.name in INT_BITS ? 'integer' : isText(t) ? 'text' : t.name in FLOAT_DIGITS ? 'real' : BINARY_NAMES.has(t.name) ? 'blob' : 'numeric');
  const fa = affinity(a);
  const fb = affinity(b);
  if (fa === 'text' && fb !== 'text' && fb !== 'blob') {
    return { lossy: `SQLite stores text that looks like a number as a number under ${fb.toUpperCase()} affinity ('007' becomes 7)`, rewrite: false };
  }
  return { rewrite: false };
}

/** Worst-case bytes per character of a MySQL character set, from the collation name (utf8mb4 when unknown). */
export function bytesPerChar(collation: string | undefined): number {
  const c = (collation ?? '').toLowerCase();
  if (/^(latin\d|ascii|binary|cp125\d|cp850|hebrew|greek|swe7|dec8|hp8|koi8[ru]|armscii8|keybcs2|cp852|cp866|macce|macroman|geostd8|tis620)/.test(c)) return 1;
  if (/^ucs2/.test(c)) return 2;
  if (/^(utf8mb3|utf8_|utf8$)/.test(c)) return 3;
  return 4;
}

/** Equal once spelling differences that mean nothing are removed (int(11) = int, decimal = decimal(10,0) on MySQL). */
export function sameColumnType(a: SqlType, b: SqlType, target: DbTarget): boolean {
  return key(normalize(a, target)) === key(normalize(b, target));
}
