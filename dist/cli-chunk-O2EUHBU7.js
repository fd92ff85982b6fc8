import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  MigraError
} from "./cli-chunk-DRPTPCMK.js";

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
  throw new MigraError(`${where}: "${value}" is not allowed; use one of ${FAIL_LEVELS.join(", ")} or a score from 0 to 100`);
}
function setPathKey(p) {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}

// src/model/finding.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}

export {
  DEFAULT_CONFIG_PATH,
  DEFAULT_APPROVE_LABEL,
  DEPLOY_MODES,
  FAIL_LEVELS,
  EMPTY_CONFIG,
  describeFailOn,
  parseFailOn,
  setPathKey,
  SEVERITIES,
  severityRank
};
