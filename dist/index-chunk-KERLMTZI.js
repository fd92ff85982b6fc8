import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

// src/verify/assets.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function engineAsset(pkg, file) {
  const here = dirname(fileURLToPath(import.meta.url));
  const shipped = join(here, "engines", file);
  if (existsSync(shipped)) return shipped;
  const require2 = createRequire(import.meta.url);
  return join(dirname(require2.resolve(pkg)), file);
}

export {
  engineAsset
};
