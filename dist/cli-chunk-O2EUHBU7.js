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
  DEFAULT_APPROVE_LABEL: () => DEFAULT_APPROVE_LABEL,
  DEFAULT_CONFIG_PATH: () => DEFAULT_CONFIG_PATH,
  DEPLOY_MODES: () => DEPLOY_MODES,
  EMPTY_CONFIG: () => EMPTY_CONFIG,
  FAIL_LEVELS: () => FAIL_LEVELS,
  SEVERITIES: () => SEVERITIES,
  describeFailOn: () => describeFailOn,
  parseFailOn: () => parseFailOn,
  setPathKey: () => setPathKey,
  severityRank: () => severityRank
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_DRPTPCMK = require("./cli-chunk-DRPTPCMK.js");
// src/config/model.ts
var DEFAULT_CONFIG_PATH = ".github/migra.yml";
var DEFAULT_APPROVE_LABEL = "migra:approved";
var DEPLOY_MODES = ["online", "offline"];
var FAIL_LEVELS = ["none", "low", "medium", "high", "critical", "never"];
var EMPTY_CONFIG = { rules: {}, ignorePaths: [] };
function describeFailOn(f) {
  if (f === "never") return "never";
  return "score" in f ? String(f.score) : f.level;
}
function parseFailOn(value, where = "fail-on") {
  const v = value.trim().toLowerCase();
  if (v === "never") return "never";
  if (FAIL_LEVELS.includes(v)) return { level: v };
  if (/^\d+$/.test(v) && Number(v) <= 100) return { score: Number(v) };
  throw new import_cli_chunk_DRPTPCMK.MigraError(`${where}: "${value}" is not allowed; use one of ${FAIL_LEVELS.join(", ")} or a score from 0 to 100`);
}
function setPathKey(p) {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
// src/model/finding.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}

})