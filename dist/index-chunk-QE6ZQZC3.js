import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

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

export {
  secretOf,
  scrub,
  errorText
};
