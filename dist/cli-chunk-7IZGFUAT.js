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
  errorText: () => errorText,
  scrub: () => scrub,
  secretOf: () => secretOf
});
module.exports = __toCommonJS(stdin_exports);
// src/model/url-secret.ts
function secretOf(url, opts = {}) {
  const pieces = /* @__PURE__ */ new Set([url]);
  try {
    const u = new URL(url);
    const user = opts.user !== false && u.username.length >= 3 ? u.username : "";
    for (const raw of [u.password, user]) {
      if (!raw) continue;
      pieces.add(raw);
      try {
        pieces.add(decodeURIComponent(raw));
      } catch {
      }
    }
    const p = u.searchParams.get("password");
    if (p) pieces.add(p);
  } catch {
  }
  return { url, pieces: [...pieces].filter((p) => p.length >= 1).sort((a, b) => b.length - a.length) };
}
function scrub(message, secret) {
  let out = message;
  for (const p of secret.pieces) out = out.split(p).join("***");
  return out;
}
function errorText(e, secret) {
  const o = e;
  const msg = typeof o?.message === "string" && o.message ? o.message : String(e);
  const code = typeof o?.code === "string" && !msg.includes(o.code) ? ` (${o.code})` : "";
  return scrub(`${msg.split("\n")[0]}${code}`, secret).slice(0, 300);
}

})