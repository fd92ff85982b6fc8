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
  qnameKey: () => qnameKey,
  qnameSql: () => qnameSql,
  quoteIdent: () => quoteIdent,
  sqlString: () => sqlString
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_TZNB3U7Y = require("./cli-chunk-TZNB3U7Y.js");
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
  return (0, import_cli_chunk_TZNB3U7Y.isMysqlFamily)(dialect) ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}
var RESERVED = /* @__PURE__ */ new Set(["user", "order", "group", "table", "select", "where", "from", "to", "check", "default", "primary", "references", "end", "limit", "offset", "column", "index", "key", "desc", "asc", "all", "and", "or", "not", "null", "true", "false", "when", "case", "then", "else", "as", "on", "in", "is", "by", "constraint", "unique", "foreign", "create", "grant", "union", "window", "having", "distinct", "analyse", "analyze", "any", "array", "both", "cast", "collate", "current_date", "current_time", "current_timestamp", "current_user", "deferrable", "do", "fetch", "for", "initially", "into", "lateral", "leading", "localtime", "only", "placing", "returning", "session_user", "some", "symmetric", "trailing", "using", "variadic", "with"]);

})