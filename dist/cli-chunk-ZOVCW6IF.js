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
  Budget: () => Budget,
  STATEMENT_TIMEOUT_MS: () => STATEMENT_TIMEOUT_MS,
  VerifyBudgetError: () => VerifyBudgetError,
  engineError: () => engineError,
  parseServerUrl: () => parseServerUrl,
  randomBytes: () => randomBytes,
  scrub: () => scrub2,
  scrubbed: () => scrubbed,
  serves: () => serves,
  settle: () => settle
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_S27X2337 = require("./cli-chunk-S27X2337.js");
var import_cli_chunk_7IZGFUAT = require("./cli-chunk-7IZGFUAT.js");
var import_cli_chunk_DRPTPCMK = require("./cli-chunk-DRPTPCMK.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
var m = (0, import_cli_chunk_3ASQ7OCF.__require)("node:crypto");
var { randomBytes } = m;
// src/verify/adapter.ts
function engineError(e) {
  if (e instanceof VerifyBudgetError) throw e;
  const o = e ?? {};
  const str = (v) => typeof v === "string" && v ? v : void 0;
  const message = str(o.message) ?? String(e);
  const position = Number(o.position);
  return {
    message: (str(o.sqlMessage) ?? message).replace(/^SQLITE_ERROR: /, ""),
    code: str(o.code),
    detail: str(o.detail),
    hint: str(o.hint),
    position: Number.isInteger(position) && position > 0 ? position : void 0
  };
}
var VerifyBudgetError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "VerifyBudgetError";
  }
};
// src/verify/budget.ts
var STATEMENT_TIMEOUT_MS = 6e4;
var VERIFY_BUDGET_MS = 3e5;
var Budget = class {
  constructor(statementMs = STATEMENT_TIMEOUT_MS, totalMs = VERIFY_BUDGET_MS) {
    this.statementMs = statementMs;
    this.totalMs = totalMs;
    this.deadline = new import_cli_chunk_S27X2337.Deadline(totalMs);
  }
  statementMs;
  totalMs;
  deadline;
  /** Run `work`, failing with VerifyBudgetError (and calling `onTimeout`) when it takes longer than allowed. */
  async race(work, onTimeout) {
    const overall = `the overall budget of ${Math.round(this.totalMs / 1e3)} s ran out`;
    if (this.deadline.spent) throw new VerifyBudgetError(overall);
    const ms = Math.min(this.statementMs, this.deadline.left());
    const why = ms < this.statementMs ? overall : `a statement ran longer than ${Math.round(this.statementMs / 1e3)} s`;
    return (0, import_cli_chunk_S27X2337.within)(work(), ms, () => new VerifyBudgetError(why), onTimeout);
  }
};
async function settle(p, ms = 5e3) {
  let timer;
  await Promise.race([p.catch(() => void 0), new Promise((r) => timer = setTimeout(r, ms))]);
  clearTimeout(timer);
}
// src/verify/server-url.ts
var SCHEMES = {
  "postgres:": "postgresql",
  "postgresql:": "postgresql",
  "mysql:": "mysql",
  "mariadb:": "mysql"
};
function parseServerUrl(raw) {
  const url = raw.trim();
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new import_cli_chunk_DRPTPCMK.MigraError("the verify URL is not a URL; use postgres://user:password@host:port/database or mysql://user:password@host:port/");
  }
  const kind = SCHEMES[u.protocol];
  if (!kind) throw new import_cli_chunk_DRPTPCMK.MigraError(`the verify URL's scheme "${u.protocol.replace(/:$/, "")}" is not supported; use postgres:// (PostgreSQL) or mysql:// (MySQL, MariaDB)`);
  if (!u.hostname) throw new import_cli_chunk_DRPTPCMK.MigraError("the verify URL names no host");
  const port = u.port || (kind === "postgresql" ? "5432" : "3306");
  return {
    kind,
    where: `${u.hostname}:${port}`,
    url: kind === "mysql" && u.protocol === "mariadb:" ? url.replace(/^mariadb:/i, "mysql:") : url,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")),
    secrets: (0, import_cli_chunk_7IZGFUAT.secretOf)(url, { user: false }).pieces
  };
}
function scrub2(text, server) {
  return (0, import_cli_chunk_7IZGFUAT.scrub)(text, { pieces: server.secrets });
}
function serves(server, dialect) {
  return server.kind === "postgresql" ? dialect === "postgresql" : dialect === "mysql" || dialect === "mariadb";
}
function scrubbed(e, server) {
  const o = e ?? {};
  const out = new Error(scrub2(typeof o.message === "string" ? o.message : String(e), server));
  for (const k of ["code", "detail", "hint", "position", "sqlMessage", "errno", "sqlState"]) {
    const v = o[k];
    if (v !== void 0) out[k] = typeof v === "string" ? scrub2(v, server) : v;
  }
  return out;
}

})