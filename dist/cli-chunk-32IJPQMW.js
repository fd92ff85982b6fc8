import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  B,
  We,
  u
} from "./cli-chunk-TPG6O3EZ.js";
import "./cli-chunk-3ASQ7OCF.js";

// node_modules/@electric-sql/pglite/dist/fs/nodefs.js
import * as s from "fs";
import * as o from "path";
u();
var m = class extends We {
  constructor(t) {
    super(t), this.rootDir = o.resolve(t), s.existsSync(o.join(this.rootDir)) || s.mkdirSync(this.rootDir);
  }
  async init(t, e) {
    return this.pg = t, { emscriptenOpts: { ...e, preRun: [...e.preRun || [], (r) => {
      let c = r.FS.filesystems.NODEFS;
      r.FS.mkdir(B), r.FS.mount(c, { root: this.rootDir }, B);
    }] } };
  }
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
export {
  m as NodeFS
};
