import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  require_sql_wasm
} from "./cli-chunk-GUM5DLHB.js";
import "./cli-chunk-3ASQ7OCF.js";
export default require_sql_wasm();
