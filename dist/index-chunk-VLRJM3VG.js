import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

// src/model/errors.ts
var MigraError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "MigraError";
  }
};

export {
  MigraError
};
