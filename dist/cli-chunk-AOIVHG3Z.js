import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

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

export {
  NotReadOnly,
  pgPlaceholders
};
