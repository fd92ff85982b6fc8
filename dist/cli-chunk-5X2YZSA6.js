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
  within: () => within2
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_S27X2337 = require("./cli-chunk-S27X2337.js");
// src/live/budget.ts
var BudgetSpent = class extends Error {
  constructor(what) {
    super(`the time budget ran out ${what}`);
    this.name = "BudgetSpent";
  }
};
function within2(p, ms, what, onTimeout) {
  return (0, import_cli_chunk_S27X2337.within)(p, ms, () => new BudgetSpent(what), onTimeout);
}

})