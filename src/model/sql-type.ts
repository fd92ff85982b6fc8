import { sqlString } from './operation.js';
import type { Dialect } from './dialect.js';

/**
 * A column type, normalized so that aliases compare equal across spellings
 * (`int4` = `integer`, `character varying(20)` = `varchar(20)`).
 */
export interface SqlType {
  /**
   * Canonical lower-case base name, see CANONICAL below. User-defined types keep their name as the
   * database stores it when the front end folded it (PostgreSQL: quoted "Mood" stays Mood), else lower-cased.
   */
  name: string;
  /** Type modifiers: varchar(255) → [255]; numeric(10,2) → [10, 2]. Empty when none were written. */
  args: number[];
  /** Array dimensions (PostgreSQL `int[]` → 1). */
  array: number;
  /** MySQL inline ENUM('a','b') / SET(...) values. */
  values?: string[];
  /** MySQL UNSIGNED. */
  unsigned?: boolean;
  /** The type as written in the source. */
  raw: string;
}

const CANONICAL: Record<string, string> = {
  int: 'integer',
  int4: 'integer',
  integer: 'integer',
  serial: 'integer',
  serial4: 'integer',
  int8: 'bigint',
  bigint: 'bigint',
  bigserial: 'bigint',
  serial8: 'bigint',
  int2: 'smallint',
  smallint: 'smallint',
  smallserial: 'smallint',
  serial2: 'smallint',
  tinyint: 'tinyint',
  mediumint: 'mediumint',
  'character varying': 'varchar',
  'char varying': 'varchar',
  varchar: 'varchar',
  nvarchar: 'varchar',
  'national character varying': 'varchar',
  character: 'char',
  char: 'char',
  bpchar: 'char',
  nchar: 'char',
  text: 'text',
  tinytext: 'tinytext',
  mediumtext: 'mediumtext',
  longtext: 'longtext',
  citext: 'citext',
  decimal: 'numeric',
  numeric: 'numeric',
  dec: 'numeric',
  float8: 'double precision',
  'double precision': 'double precision',
  double: 'double precision',
  float4: 'real',
  real: 'real',
  bool: 'boolean',
  boolean: 'boolean',
  'timestamp with time zone': 'timestamptz',
  timestamptz: 'timestamptz',
  'timestamp without time zone': 'timestamp',
  timestamp: 'timestamp',
  datetime: 'datetime',
  'time with time zone': 'timetz',
  timetz: 'timetz',
  'time without time zone': 'time',
  time: 'time',
  date: 'date',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  bytea: 'bytea',
  blob: 'blob',
  tinyblob: 'tinyblob',
  mediumblob: 'mediumblob',
  longblob: 'longblob',
  binary: 'binary',
  varbinary: 'varbinary',
  bit: 'bit',
  'bit varying': 'varbit',
  varbit: 'varbit',
  money: 'money',
  inet: 'inet',
  cidr: 'cidr',
  interval: 'interval',
  enum: 'enum',
  set: 'set',
  year: 'year',
};

/** Names whose SERIAL spelling also implies a sequence default. */
export const SERIAL_NAMES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/**
 * Build a SqlType from a base name as written (any case, any spacing), its numeric
 * modifiers and array dimensions. `float(p)` becomes real or double precision as PostgreSQL does;
 * MySQL's `FLOAT(M,D)` stays real with its two modifiers.
 */
export function makeType(
  dialect: Dialect,
  writtenName: string,
  args: number[] = [],
  extra: { array?: number; values?: string[]; unsigned?: boolean; raw?: string; folded?: boolean } = {},
): SqlType {
  // `folded`: the front end already folded the name the way the database does (PostgreSQL:
  // unquoted → lower case, quoted kept as written), so only an exact built-in name canonicalizes
  // and a quoted user-defined name ("SurveyType") keeps its case.
  const trimmed = writtenName.trim().replace(/\s+/g, ' ');
  const spaced = extra.folded ? trimmed : trimmed.toLowerCase().replace(/^"|"$/g, '');
  let name = CANONICAL[spaced] ?? spaced;
  let a = args;
  if (spaced === 'float') {
    if (dialect === 'postgresql') {
      name = args.length && args[0] <= 24 ? 'real' : 'double precision';
      a = [];
    } else if ((dialect === 'mysql' || dialect === 'mariadb') && args.length === 2) {
      // MySQL keeps FLOAT(M,D) as written: M digits, D of them after the point.
      name = 'real';
    } else {
      // FLOAT(p): single precision up to 24 bits of mantissa, double from 25 to 53.
      name = args.length && args[0] > 24 ? 'double precision' : 'real';
      a = [];
    }
  }
  const raw = extra.raw ?? `${writtenName}${args.length ? `(${args.join(',')})` : ''}${'[]'.repeat(extra.array ?? 0)}`;
  const t: SqlType = { name, args: a, array: extra.array ?? 0, raw };
  if (extra.values) t.values = extra.values;
  if (extra.unsigned) t.unsigned = true;
  return t;
}

export function typeToSql(t: SqlType): string {
  if (t.values) return `${t.name}(${t.values.map(sqlString).join(', ')})`;
  const base = t.args.length ? `${t.name}(${t.args.join(', ')})` : t.name;
  return `${base}${t.unsigned ? ' unsigned' : ''}${'[]'.repeat(t.array)}`;
}

export function sameType(a: SqlType, b: SqlType): boolean {
  return typeToSql(a) === typeToSql(b);
}
