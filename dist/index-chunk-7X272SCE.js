import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

// src/frontends/v8-flags.ts
var set;
function setParserFlags() {
  if (false) return Promise.resolve();
  set ??= import("node:v8").then(({ default: v8 }) => {
    v8.setFlagsFromString("--turbo-filter=-peg$parse");
    v8.setFlagsFromString("--maglev-filter=-peg$parse");
    v8.setFlagsFromString("--no-wasm-tier-up");
    v8.setFlagsFromString("--no-wasm-dynamic-tiering");
  });
  return set;
}

export {
  setParserFlags
};
