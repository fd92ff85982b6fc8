(function (exports, require, module, __migraUrl, __migraFilename, __migraDirname, __migraImport) {"use strict";var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  SERIAL_NAMES: () => SERIAL_NAMES,
  makeType: () => makeType,
  sameType: () => sameType,
  typeToSql: () => typeToSql
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_Z72UDS4B = require("./cli-chunk-Z72UDS4B.js");
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
  if (t.values) return `${t.name}(${t.values.map(import_cli_chunk_Z72UDS4B.sqlString).join(", ")})`;
  const base = t.args.length ? `${t.name}(${t.args.join(", ")})` : t.name;
  return `${base}${t.unsigned ? " unsigned" : ""}${"[]".repeat(t.array)}`;
}
function sameType(a, b) {
  return typeToSql(a) === typeToSql(b);
}

})