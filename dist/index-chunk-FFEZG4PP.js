import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  isMysqlFamily
} from "./index-chunk-ITR6XU2S.js";

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

export {
  qnameKey,
  qnameSql,
  sqlString,
  quoteIdent
};
