import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

// src/frontends/v8-flags.ts
var PARSER_V8_FLAGS = ["--turbo-filter=-peg$parse", "--maglev-filter=-peg$parse", "--no-wasm-tier-up", "--no-wasm-dynamic-tiering"];
var set;
function setParserFlags() {
  if (false) return Promise.resolve();
  set ??= import("node:v8").then(({ default: v8 }) => {
    for (const flag of PARSER_V8_FLAGS) v8.setFlagsFromString(flag);
  });
  return set;
}

export {
  setParserFlags
};
