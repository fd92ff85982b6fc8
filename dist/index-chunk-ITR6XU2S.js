import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

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

export {
  DIALECTS,
  DEFAULT_VERSION,
  atLeast,
  isMysqlFamily
};
