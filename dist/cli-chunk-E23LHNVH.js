import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new URL('.', import.meta.url));
import {
  require_sql_wasm
} from "./cli-chunk-UUHUSB6I.js";
import "./cli-chunk-DAYBV7GV.js";
export default require_sql_wasm();
