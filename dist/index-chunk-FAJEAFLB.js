import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  __require
} from "./index-chunk-A2GLISHG.js";

// builtin-require:node:fs#existsSync
var m = __require("node:fs");
var { existsSync } = m;

// builtin-require:node:module#createRequire
var m2 = __require("node:module");
var { createRequire } = m2;

// builtin-require:node:path#dirname,join
var m3 = __require("node:path");
var { dirname, join } = m3;

// builtin-require:node:url#fileURLToPath
var m4 = __require("node:url");
var { fileURLToPath } = m4;

// src/verify/assets.ts
function engineAsset(pkg, file) {
  const here = dirname(fileURLToPath(import.meta.url));
  const shipped = join(here, "engines", file);
  if (existsSync(shipped)) return shipped;
  const require2 = createRequire(import.meta.url);
  return join(dirname(require2.resolve(pkg)), file);
}

// builtin-require:node:fs/promises#readFile,stat
var m5 = __require("node:fs/promises");
var { readFile, stat } = m5;

export {
  dirname,
  join,
  fileURLToPath,
  engineAsset,
  readFile,
  stat
};
