import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));

// src/model/deadline.ts
var Deadline = class {
  constructor(ms, now = () => performance.now()) {
    this.now = now;
    this.end = now() + ms;
  }
  now;
  end;
  left() {
    return Math.max(0, this.end - this.now());
  }
  get spent() {
    return this.left() <= 0;
  }
};
function within(p, ms, late, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(late());
    }, Math.max(1, ms));
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export {
  Deadline,
  within
};
