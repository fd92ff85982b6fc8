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
  NotReadOnly: () => NotReadOnly,
  pgPlaceholders: () => pgPlaceholders
});
module.exports = __toCommonJS(stdin_exports);
// src/live/db.ts
var NotReadOnly = class extends Error {
  constructor(detail) {
    super(`the connection is not read-only (${detail}); nothing was read`);
    this.name = "NotReadOnly";
  }
};
function pgPlaceholders(sql) {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

})