import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  within
} from "./index-chunk-VV2U2JW4.js";

// src/live/budget.ts
var BudgetSpent = class extends Error {
  constructor(what) {
    super(`the time budget ran out ${what}`);
    this.name = "BudgetSpent";
  }
};
function within2(p, ms, what, onTimeout) {
  return within(p, ms, () => new BudgetSpent(what), onTimeout);
}

export {
  within2 as within
};
