import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  DEFAULT_APPROVE_LABEL,
  DEFAULT_CONFIG_PATH,
  DEPLOY_MODES,
  EMPTY_CONFIG,
  FAIL_LEVELS,
  SEVERITIES,
  describeFailOn,
  external_exports,
  parseFailOn,
  setPathKey
} from "./index-chunk-QYLP2MI4.js";
import {
  MigraError
} from "./index-chunk-VLRJM3VG.js";
import {
  DIALECTS
} from "./index-chunk-ITR6XU2S.js";
import {
  require_dist
} from "./index-chunk-AMOCUUL2.js";
import {
  __toESM
} from "./index-chunk-A2GLISHG.js";

// src/config/config.ts
var import_yaml = __toESM(require_dist(), 1);
var FORMATS = ["flyway", "golang-migrate", "goose", "dbmate", "prisma", "diesel", "sqlx", "atlas", "supabase", "drizzle", "plain", "liquibase", "sqitch", "django", "alembic", "schema-dump"];
var severityOrOff = external_exports.enum(["off", ...SEVERITIES]);
var failOnValue = external_exports.union([external_exports.enum(FAIL_LEVELS), external_exports.number().min(0).max(100)]);
var setSchema = external_exports.strictObject({
  path: external_exports.string().min(1),
  format: external_exports.enum(FORMATS).optional(),
  dialect: external_exports.enum(DIALECTS).optional(),
  /** The path(s) of sets this one runs after, on the same database: it starts from the schema they leave. */
  after: external_exports.union([external_exports.string().min(1), external_exports.array(external_exports.string().min(1)).min(1)]).optional()
});
var liveSchema = external_exports.strictObject({
  "small-table-rows": external_exports.number().int().min(0).optional(),
  "small-table-mb": external_exports.number().min(0).optional(),
  "large-table-rows": external_exports.number().int().min(1).optional(),
  "large-table-mb": external_exports.number().min(0).optional(),
  "budget-seconds": external_exports.number().gt(0).max(600).optional(),
  "statement-timeout-seconds": external_exports.number().gt(0).max(600).optional()
});
var fileSchema = external_exports.strictObject({
  dialect: external_exports.enum(DIALECTS).optional(),
  version: external_exports.union([external_exports.string(), external_exports.number()]).transform(String).optional(),
  sets: external_exports.array(setSchema).optional(),
  rules: external_exports.record(external_exports.string(), severityOrOff).optional(),
  "fail-on": failOnValue.optional(),
  "ignore-paths": external_exports.array(external_exports.string()).optional(),
  "approve-label": external_exports.string().min(1).optional(),
  /** How migrations run: while the application serves traffic (online), or with it stopped (offline). */
  deploy: external_exports.enum(DEPLOY_MODES).optional(),
  /** The live impact read from a database URL: size thresholds and time limits. */
  live: liveSchema.optional()
}).superRefine((c, ctx) => checkSetOrder(c.sets ?? [], ctx));
function parseConfig(text, file, knownRules) {
  let raw;
  try {
    const doc = (0, import_yaml.parseDocument)(text);
    if (doc.errors.length) throw doc.errors[0];
    raw = doc.toJS() ?? {};
    checkVersionText(doc, text, file);
  } catch (e) {
    if (e instanceof MigraError) throw e;
    const where = e instanceof import_yaml.YAMLParseError && e.linePos ? `:${e.linePos[0].line}` : "";
    throw new MigraError(`${file}${where}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MigraError(`${file}: ${describeIssue(issue, raw)}`);
  }
  const c = parsed.data;
  for (const id of Object.keys(c.rules ?? {})) {
    if (!knownRules.includes(id)) {
      const near = knownRules.filter((k) => closeTo(k, id));
      throw new MigraError(`${file}: rules.${id}: unknown rule${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; see \`migra rules\` for the list`);
    }
  }
  return {
    dialect: c.dialect,
    version: c.version,
    sets: c.sets?.map(({ after, ...set }) => after === void 0 ? set : { ...set, after: typeof after === "string" ? [after] : after }),
    rules: c.rules ?? {},
    failOn: c["fail-on"] === void 0 ? void 0 : parseFailOn(String(c["fail-on"]), `${file}: fail-on`),
    ignorePaths: c["ignore-paths"] ?? [],
    approveLabel: c["approve-label"],
    ...c.deploy ? { deploy: c.deploy } : {},
    ...c.live ? { live: liveConfig(c.live) } : {}
  };
}
function liveConfig(l) {
  const mb = (v) => v === void 0 ? void 0 : Math.round(v * 1024 * 1024);
  const ms = (v) => v === void 0 ? void 0 : Math.round(v * 1e3);
  const thresholds = Object.fromEntries(Object.entries({
    smallRows: l["small-table-rows"],
    smallBytes: mb(l["small-table-mb"]),
    largeRows: l["large-table-rows"],
    largeBytes: mb(l["large-table-mb"])
  }).filter(([, v]) => v !== void 0));
  return {
    ...Object.keys(thresholds).length ? { thresholds } : {},
    ...l["budget-seconds"] !== void 0 ? { budgetMs: ms(l["budget-seconds"]) } : {},
    ...l["statement-timeout-seconds"] !== void 0 ? { statementTimeoutMs: ms(l["statement-timeout-seconds"]) } : {}
  };
}
var ALLOWED = {
  "": "a mapping of keys (dialect, version, sets, rules, fail-on, ignore-paths, approve-label, deploy, live)",
  dialect: `one of ${DIALECTS.join(", ")}`,
  version: 'the database version as a quoted string, e.g. "16" or "8.0.35"',
  sets: "a list of sets, each a mapping with path and optionally format, dialect, after",
  "sets.*": "a mapping with path and optionally format, dialect, after",
  "sets.*.path": "a folder relative to the repository root, e.g. db/migrations",
  "sets.*.format": `one of ${FORMATS.join(", ")}`,
  "sets.*.dialect": `one of ${DIALECTS.join(", ")}`,
  "sets.*.after": "the path of another entry of sets, or a list of them",
  "sets.*.after.*": "the path of another entry of sets",
  rules: "a mapping of rule ids to off or a severity, e.g. drop-column: critical",
  "rules.*": `off or a severity: ${SEVERITIES.join(", ")}`,
  "fail-on": `a level (${FAIL_LEVELS.filter((l) => l !== "never").join(", ")}), a score from 0 to 100, or never`,
  "ignore-paths": 'a list of path globs, e.g. ["vendor/**", "db/archive/*"]',
  "ignore-paths.*": 'a path glob (a string), e.g. "vendor/**"',
  "approve-label": "a label name, e.g. migra:approved",
  live: "a mapping with small-table-rows, small-table-mb, large-table-rows, large-table-mb, budget-seconds, statement-timeout-seconds",
  "live.small-table-rows": "a whole number of rows (default 10000): at or below it (and small-table-mb), a lock on the table is minor",
  "live.small-table-mb": "a number of megabytes (default 8)",
  "live.large-table-rows": "a whole number of rows (default 1000000): at or above it, a medium lock finding becomes high",
  "live.large-table-mb": "a number of megabytes (default 1024)",
  "live.budget-seconds": "a number of seconds above 0, at most 600 (default 30): the whole live read",
  "live.statement-timeout-seconds": "a number of seconds above 0, at most 600 (default 5): each query"
};
function describeIssue(issue, raw) {
  const key = issue.path.map(String).join(".") || "(top level)";
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys;
    const prefix = issue.path.length ? `${key}.` : "";
    return `${keys.map((k) => prefix + k).join(", ")}: unknown key; allowed keys are ${allowedKeys(issue.path).join(", ")}`;
  }
  if (issue.code === "custom") return `${key}: ${issue.message}`;
  const allowed = ALLOWED[issue.path.map((p, i) => typeof p === "number" || issue.path[0] === "rules" && i === 1 ? "*" : String(p)).join(".")];
  const value = valueAt(raw, issue.path);
  const got = value === void 0 ? "missing" : `${shown(value)} is not allowed`;
  if (issue.code === "invalid_value" && !allowed) return `${key}: ${got}; use one of ${issue.values.join(", ")}`;
  return allowed ? `${key}: ${got}; use ${allowed}` : `${key}: ${issue.message}`;
}
function valueAt(raw, path) {
  let v = raw;
  for (const p of path) v = v && typeof v === "object" ? v[p] : void 0;
  return v;
}
function shown(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "an empty value";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}
function checkVersionText(doc, text, file) {
  if (!doc.contents || !("get" in doc.contents)) return;
  const node = doc.get("version", true);
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "number" || !node.range) return;
  const written = text.slice(node.range[0], node.range[1]);
  if (written !== String(node.value)) {
    throw new MigraError(`${file}: version: ${written} is read by YAML as the number ${node.value}; quote it: version: "${written}"`);
  }
}
function checkSetOrder(sets, ctx) {
  const keys = sets.map((s) => setPathKey(s.path));
  const afters = sets.map((s) => (s.after === void 0 ? [] : typeof s.after === "string" ? [s.after] : s.after).map(setPathKey));
  afters.forEach((list, i) => {
    for (const a of list) {
      const message = a === keys[i] ? `'${a}' is this set itself; a set cannot run after itself` : !keys.includes(a) ? `'${a}' is not the path of an entry of sets (${keys.join(", ")})` : void 0;
      if (message) ctx.addIssue({ code: "custom", path: ["sets", i, "after"], message });
    }
  });
  const state = /* @__PURE__ */ new Map();
  const visit = (i, path) => {
    if (state.get(i) === "done") return void 0;
    if (state.get(i) === "open") return [...path.slice(path.indexOf(i)), i];
    state.set(i, "open");
    for (const a of afters[i]) {
      const j = keys.indexOf(a);
      const loop = j >= 0 && j !== i ? visit(j, [...path, i]) : void 0;
      if (loop) return loop;
    }
    state.set(i, "done");
    return void 0;
  };
  for (let i = 0; i < sets.length; i++) {
    const loop = visit(i, []);
    if (loop) {
      ctx.addIssue({ code: "custom", path: ["sets", loop[0], "after"], message: `the sets' order loops: ${loop.map((k) => keys[k]).join(" runs after ")}` });
      return;
    }
  }
}
function allowedKeys(path) {
  if (path[0] === "live") return Object.keys(liveSchema.shape);
  return path.length ? Object.keys(setSchema.shape) : Object.keys(fileSchema.shape);
}
function closeTo(a, b) {
  if (Math.abs(a.length - b.length) > 2) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] <= 2;
}
export {
  DEFAULT_APPROVE_LABEL,
  DEFAULT_CONFIG_PATH,
  DEPLOY_MODES,
  EMPTY_CONFIG,
  FAIL_LEVELS,
  describeFailOn,
  parseConfig,
  parseFailOn,
  setPathKey
};
