import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new URL('.', import.meta.url));

// src/model/dialect.ts
var DIALECTS = ["postgresql", "mysql", "mariadb", "sqlite"];
var DEFAULT_VERSION = {
  postgresql: "16",
  mysql: "8.0",
  mariadb: "10.11",
  sqlite: "3.45"
};
function compareVersions(a, b) {
  const pa = a.split(".").map((p) => parseInt(p, 10) || 0);
  const pb = b.split(".").map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function atLeast(target, version) {
  return compareVersions(target.version, version) >= 0;
}
function isMysqlFamily(d) {
  return d === "mysql" || d === "mariadb";
}

// src/model/operation.ts
function qnameKey(q) {
  return q.schema ? `${q.schema}.${q.name}` : q.name;
}
function qnameSql(q, dialect = "postgresql") {
  return q.schema ? `${quoteIdent(q.schema, dialect)}.${quoteIdent(q.name, dialect)}` : quoteIdent(q.name, dialect);
}
function sqlString(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
function quoteIdent(name, dialect = "postgresql") {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name)) return name;
  return isMysqlFamily(dialect) ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}
var RESERVED = /* @__PURE__ */ new Set(["user", "order", "group", "table", "select", "where", "from", "to", "check", "default", "primary", "references", "end", "limit", "offset", "column", "index", "key", "desc", "asc", "all", "and", "or", "not", "null", "true", "false", "when", "case", "then", "else", "as", "on", "in", "is", "by", "constraint", "unique", "foreign", "create", "grant", "union", "window", "having", "distinct", "analyse", "analyze", "any", "array", "both", "cast", "collate", "current_date", "current_time", "current_timestamp", "current_user", "deferrable", "do", "fetch", "for", "initially", "into", "lateral", "leading", "localtime", "only", "placing", "returning", "session_user", "some", "symmetric", "trailing", "using", "variadic", "with"]);

// src/model/sql-type.ts
var CANONICAL = {
  int: "integer",
  int4: "integer",
  integer: "integer",
  serial: "integer",
  serial4: "integer",
  int8: "bigint",
  bigint: "bigint",
  bigserial: "bigint",
  serial8: "bigint",
  int2: "smallint",
  smallint: "smallint",
  smallserial: "smallint",
  serial2: "smallint",
  tinyint: "tinyint",
  mediumint: "mediumint",
  "character varying": "varchar",
  "char varying": "varchar",
  varchar: "varchar",
  nvarchar: "varchar",
  "national character varying": "varchar",
  character: "char",
  char: "char",
  bpchar: "char",
  nchar: "char",
  text: "text",
  tinytext: "tinytext",
  mediumtext: "mediumtext",
  longtext: "longtext",
  citext: "citext",
  decimal: "numeric",
  numeric: "numeric",
  dec: "numeric",
  float8: "double precision",
  "double precision": "double precision",
  double: "double precision",
  float4: "real",
  real: "real",
  bool: "boolean",
  boolean: "boolean",
  "timestamp with time zone": "timestamptz",
  timestamptz: "timestamptz",
  "timestamp without time zone": "timestamp",
  timestamp: "timestamp",
  datetime: "datetime",
  "time with time zone": "timetz",
  timetz: "timetz",
  "time without time zone": "time",
  time: "time",
  date: "date",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  bytea: "bytea",
  blob: "blob",
  tinyblob: "tinyblob",
  mediumblob: "mediumblob",
  longblob: "longblob",
  binary: "binary",
  varbinary: "varbinary",
  bit: "bit",
  "bit varying": "varbit",
  varbit: "varbit",
  money: "money",
  inet: "inet",
  cidr: "cidr",
  interval: "interval",
  enum: "enum",
  set: "set",
  year: "year"
};
var SERIAL_NAMES = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
function makeType(dialect, writtenName, args = [], extra = {}) {
  const trimmed = writtenName.trim().replace(/\s+/g, " ");
  const spaced = extra.folded ? trimmed : trimmed.toLowerCase().replace(/^"|"$/g, "");
  let name = CANONICAL[spaced] ?? spaced;
  let a = args;
  if (spaced === "float") {
    if (dialect === "postgresql") {
      name = args.length && args[0] <= 24 ? "real" : "double precision";
      a = [];
    } else if ((dialect === "mysql" || dialect === "mariadb") && args.length === 2) {
      name = "real";
    } else {
      name = args.length && args[0] > 24 ? "double precision" : "real";
      a = [];
    }
  }
  const raw = extra.raw ?? `${writtenName}${args.length ? `(${args.join(",")})` : ""}${"[]".repeat(extra.array ?? 0)}`;
  const t = { name, args: a, array: extra.array ?? 0, raw };
  if (extra.values) t.values = extra.values;
  if (extra.unsigned) t.unsigned = true;
  return t;
}
function typeToSql(t) {
  if (t.values) return `${t.name}(${t.values.map(sqlString).join(", ")})`;
  const base = t.args.length ? `${t.name}(${t.args.join(", ")})` : t.name;
  return `${base}${t.unsigned ? " unsigned" : ""}${"[]".repeat(t.array)}`;
}
function sameType(a, b) {
  return typeToSql(a) === typeToSql(b);
}

export {
  DIALECTS,
  DEFAULT_VERSION,
  atLeast,
  isMysqlFamily,
  qnameKey,
  qnameSql,
  sqlString,
  quoteIdent,
  SERIAL_NAMES,
  makeType,
  typeToSql,
  sameType
};
