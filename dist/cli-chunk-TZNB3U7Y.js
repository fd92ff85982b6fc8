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
  DEFAULT_VERSION: () => DEFAULT_VERSION,
  DIALECTS: () => DIALECTS,
  atLeast: () => atLeast,
  isMysqlFamily: () => isMysqlFamily
});
module.exports = __toCommonJS(stdin_exports);
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

})