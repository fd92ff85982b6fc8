(function (exports, require, module, __migraUrl, __migraFilename, __migraDirname, __migraImport) {"use strict";var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  OpfsAhpFS: () => L
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_TPG6O3EZ = require("./cli-chunk-TPG6O3EZ.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
// node_modules/@electric-sql/pglite/dist/fs/opfs-ahp.js
(0, import_cli_chunk_TPG6O3EZ.u)();
var $ = "state.txt";
var G = "data";
var T2 = { DIR: 16384, FILE: 32768 };
var H;
var v;
var F;
var M;
var y;
var b;
var m;
var x2;
var P;
var D;
var S;
var n;
var C;
var O;
var k;
var w;
var f;
var I;
var W;
var j;
var L = class extends import_cli_chunk_TPG6O3EZ.Ge {
  constructor(e, { initialPoolSize: t = 1e3, maintainedPoolSize: o = 100, debug: i = false } = {}) {
    super(e, { debug: i });
    (0, import_cli_chunk_TPG6O3EZ.R)(this, n);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, H);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, v);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, F);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, M);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, y);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, b, /* @__PURE__ */ new Map());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, m, /* @__PURE__ */ new Map());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, x2, 0);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, P, /* @__PURE__ */ new Map());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, D, /* @__PURE__ */ new Map());
    this.lastCheckpoint = 0;
    this.checkpointInterval = 1e3 * 60;
    this.poolCounter = 0;
    (0, import_cli_chunk_TPG6O3EZ.R)(this, S, /* @__PURE__ */ new Set());
    this.initialPoolSize = t, this.maintainedPoolSize = o;
  }
  async init(e, t) {
    return await (0, import_cli_chunk_TPG6O3EZ.T)(this, n, C).call(this), super.init(e, t);
  }
  async syncToFs(e = false) {
    await this.maybeCheckpointState(), await this.maintainPool(), e || this.flush();
  }
  async closeFs() {
    for (let e of (0, import_cli_chunk_TPG6O3EZ.h)(this, m).values()) e.close();
    (0, import_cli_chunk_TPG6O3EZ.h)(this, y).flush(), (0, import_cli_chunk_TPG6O3EZ.h)(this, y).close(), this.pg.Module.FS.quit();
  }
  async maintainPool(e) {
    e = e || this.maintainedPoolSize;
    let t = e - this.state.pool.length, o = [];
    for (let i = 0; i < t; i++) o.push(new Promise(async (c) => {
      ++this.poolCounter;
      let a = `${(Date.now() - 1704063600).toString(16).padStart(8, "0")}-${this.poolCounter.toString(16).padStart(8, "0")}`, h2 = await (0, import_cli_chunk_TPG6O3EZ.h)(this, F).getFileHandle(a, { create: true }), d = await h2.createSyncAccessHandle();
      (0, import_cli_chunk_TPG6O3EZ.h)(this, b).set(a, h2), (0, import_cli_chunk_TPG6O3EZ.h)(this, m).set(a, d), (0, import_cli_chunk_TPG6O3EZ.T)(this, n, k).call(this, { opp: "createPoolFile", args: [a] }), this.state.pool.push(a), c();
    }));
    for (let i = 0; i > t; i--) o.push(new Promise(async (c) => {
      let a = this.state.pool.pop();
      (0, import_cli_chunk_TPG6O3EZ.T)(this, n, k).call(this, { opp: "deletePoolFile", args: [a] });
      let h2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, b).get(a);
      (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(a)?.close(), await (0, import_cli_chunk_TPG6O3EZ.h)(this, F).removeEntry(h2.name), (0, import_cli_chunk_TPG6O3EZ.h)(this, b).delete(a), (0, import_cli_chunk_TPG6O3EZ.h)(this, m).delete(a), c();
    }));
    await Promise.all(o);
  }
  _createPoolFileState(e) {
    this.state.pool.push(e);
  }
  _deletePoolFileState(e) {
    let t = this.state.pool.indexOf(e);
    t > -1 && this.state.pool.splice(t, 1);
  }
  async maybeCheckpointState() {
    Date.now() - this.lastCheckpoint > this.checkpointInterval && await this.checkpointState();
  }
  async checkpointState() {
    let e = new TextEncoder().encode(JSON.stringify(this.state));
    (0, import_cli_chunk_TPG6O3EZ.h)(this, y).truncate(0), (0, import_cli_chunk_TPG6O3EZ.h)(this, y).write(e, { at: 0 }), (0, import_cli_chunk_TPG6O3EZ.h)(this, y).flush(), this.lastCheckpoint = Date.now();
  }
  flush() {
    for (let e of (0, import_cli_chunk_TPG6O3EZ.h)(this, S)) try {
      e.flush();
    } catch {
    }
    (0, import_cli_chunk_TPG6O3EZ.h)(this, S).clear();
  }
  chmod(e, t) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, n, O).call(this, { opp: "chmod", args: [e, t] }, () => {
      this._chmodState(e, t);
    });
  }
  _chmodState(e, t) {
    let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e);
    o.mode = t;
  }
  close(e) {
    let t = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, I).call(this, e);
    (0, import_cli_chunk_TPG6O3EZ.h)(this, P).delete(e), (0, import_cli_chunk_TPG6O3EZ.h)(this, D).delete(t);
  }
  fstat(e) {
    let t = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, I).call(this, e);
    return this.lstat(t);
  }
  lstat(e) {
    let t = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e), o = t.type === "file" ? (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(t.backingFilename).getSize() : 0, i = 4096;
    return { dev: 0, ino: 0, mode: t.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: o, blksize: i, blocks: Math.ceil(o / i), atime: t.lastModified, mtime: t.lastModified, ctime: t.lastModified };
  }
  mkdir(e, t) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, n, O).call(this, { opp: "mkdir", args: [e, t] }, () => {
      this._mkdirState(e, t);
    });
  }
  _mkdirState(e, t) {
    let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), i = o.pop(), c = [], a = this.state.root;
    for (let d of o) {
      if (c.push(e), !Object.prototype.hasOwnProperty.call(a.children, d)) if (t?.recursive) this.mkdir(c.join("/"));
      else throw new p("ENOENT", "No such file or directory");
      if (a.children[d].type !== "directory") throw new p("ENOTDIR", "Not a directory");
      a = a.children[d];
    }
    if (Object.prototype.hasOwnProperty.call(a.children, i)) throw new p("EEXIST", "File exists");
    let h2 = { type: "directory", lastModified: Date.now(), mode: t?.mode || T2.DIR, children: {} };
    a.children[i] = h2;
  }
  open(e, t, o) {
    if ((0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e).type !== "file") throw new p("EISDIR", "Is a directory");
    let c = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, W).call(this);
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, P).set(c, e), (0, import_cli_chunk_TPG6O3EZ.h)(this, D).set(e, c), c;
  }
  readdir(e) {
    let t = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e);
    if (t.type !== "directory") throw new p("ENOTDIR", "Not a directory");
    return Object.keys(t.children);
  }
  read(e, t, o, i, c) {
    let a = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, I).call(this, e), h2 = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, a);
    if (h2.type !== "file") throw new p("EISDIR", "Is a directory");
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(h2.backingFilename).read(new Uint8Array(t.buffer, o, i), { at: c });
  }
  rename(e, t) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, n, O).call(this, { opp: "rename", args: [e, t] }, () => {
      this._renameState(e, t, true);
    });
  }
  _renameState(e, t, o = false) {
    let i = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), c = i.pop(), a = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, i.join("/"));
    if (!Object.prototype.hasOwnProperty.call(a.children, c)) throw new p("ENOENT", "No such file or directory");
    let h2 = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, t), d = h2.pop(), l = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, h2.join("/"));
    if (o && Object.prototype.hasOwnProperty.call(l.children, d)) {
      let u2 = l.children[d];
      (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(u2.backingFilename).truncate(0), this.state.pool.push(u2.backingFilename);
    }
    l.children[d] = a.children[c], delete a.children[c];
  }
  rmdir(e) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, n, O).call(this, { opp: "rmdir", args: [e] }, () => {
      this._rmdirState(e);
    });
  }
  _rmdirState(e) {
    let t = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), o = t.pop(), i = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, t.join("/"));
    if (!Object.prototype.hasOwnProperty.call(i.children, o)) throw new p("ENOENT", "No such file or directory");
    let c = i.children[o];
    if (c.type !== "directory") throw new p("ENOTDIR", "Not a directory");
    if (Object.keys(c.children).length > 0) throw new p("ENOTEMPTY", "Directory not empty");
    delete i.children[o];
  }
  truncate(e, t = 0) {
    let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e);
    if (o.type !== "file") throw new p("EISDIR", "Is a directory");
    let i = (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(o.backingFilename);
    if (!i) throw new p("ENOENT", "No such file or directory");
    i.truncate(t), (0, import_cli_chunk_TPG6O3EZ.h)(this, S).add(i);
  }
  unlink(e) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, n, O).call(this, { opp: "unlink", args: [e] }, () => {
      this._unlinkState(e, true);
    });
  }
  _unlinkState(e, t = false) {
    let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), i = o.pop(), c = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, o.join("/"));
    if (!Object.prototype.hasOwnProperty.call(c.children, i)) throw new p("ENOENT", "No such file or directory");
    let a = c.children[i];
    if (a.type !== "file") throw new p("EISDIR", "Is a directory");
    if (delete c.children[i], t) {
      let h2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(a.backingFilename);
      h2?.truncate(0), (0, import_cli_chunk_TPG6O3EZ.h)(this, S).add(h2), (0, import_cli_chunk_TPG6O3EZ.h)(this, D).has(e) && ((0, import_cli_chunk_TPG6O3EZ.h)(this, P).delete((0, import_cli_chunk_TPG6O3EZ.h)(this, D).get(e)), (0, import_cli_chunk_TPG6O3EZ.h)(this, D).delete(e));
    }
    this.state.pool.push(a.backingFilename);
  }
  utimes(e, t, o) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, n, O).call(this, { opp: "utimes", args: [e, t, o] }, () => {
      this._utimesState(e, t, o);
    });
  }
  _utimesState(e, t, o) {
    let i = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e);
    i.lastModified = o;
  }
  writeFile(e, t, o) {
    let i = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), c = i.pop(), a = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, i.join("/"));
    if (Object.prototype.hasOwnProperty.call(a.children, c)) {
      let l = a.children[c];
      l.lastModified = Date.now(), (0, import_cli_chunk_TPG6O3EZ.T)(this, n, k).call(this, { opp: "setLastModified", args: [e, l.lastModified] });
    } else {
      if (this.state.pool.length === 0) throw new Error("No more file handles available in the pool");
      let l = { type: "file", lastModified: Date.now(), mode: o?.mode || T2.FILE, backingFilename: this.state.pool.pop() };
      a.children[c] = l, (0, import_cli_chunk_TPG6O3EZ.T)(this, n, k).call(this, { opp: "createFileNode", args: [e, l] });
    }
    let h2 = a.children[c], d = (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(h2.backingFilename);
    t.length > 0 && (d.write(typeof t == "string" ? new TextEncoder().encode(t) : new Uint8Array(t), { at: 0 }), e.startsWith("/pg_wal") && (0, import_cli_chunk_TPG6O3EZ.h)(this, S).add(d));
  }
  _createFileNodeState(e, t) {
    let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), i = o.pop(), c = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, o.join("/"));
    c.children[i] = t;
    let a = this.state.pool.indexOf(t.backingFilename);
    return a > -1 && this.state.pool.splice(a, 1), t;
  }
  _setLastModifiedState(e, t) {
    let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, e);
    o.lastModified = t;
  }
  write(e, t, o, i, c) {
    let a = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, I).call(this, e), h2 = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, f).call(this, a);
    if (h2.type !== "file") throw new p("EISDIR", "Is a directory");
    let d = (0, import_cli_chunk_TPG6O3EZ.h)(this, m).get(h2.backingFilename);
    if (!d) throw new p("EBADF", "Bad file descriptor");
    let l = d.write(new Uint8Array(t, o, i), { at: c });
    return a.startsWith("/pg_wal") && (0, import_cli_chunk_TPG6O3EZ.h)(this, S).add(d), l;
  }
};
H = /* @__PURE__ */ new WeakMap(), v = /* @__PURE__ */ new WeakMap(), F = /* @__PURE__ */ new WeakMap(), M = /* @__PURE__ */ new WeakMap(), y = /* @__PURE__ */ new WeakMap(), b = /* @__PURE__ */ new WeakMap(), m = /* @__PURE__ */ new WeakMap(), x2 = /* @__PURE__ */ new WeakMap(), P = /* @__PURE__ */ new WeakMap(), D = /* @__PURE__ */ new WeakMap(), S = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakSet(), C = async function() {
  (0, import_cli_chunk_TPG6O3EZ.x)(this, H, await navigator.storage.getDirectory()), (0, import_cli_chunk_TPG6O3EZ.x)(this, v, await (0, import_cli_chunk_TPG6O3EZ.T)(this, n, j).call(this, this.dataDir, { create: true })), (0, import_cli_chunk_TPG6O3EZ.x)(this, F, await (0, import_cli_chunk_TPG6O3EZ.T)(this, n, j).call(this, G, { from: (0, import_cli_chunk_TPG6O3EZ.h)(this, v), create: true })), (0, import_cli_chunk_TPG6O3EZ.x)(this, M, await (0, import_cli_chunk_TPG6O3EZ.h)(this, v).getFileHandle($, { create: true })), (0, import_cli_chunk_TPG6O3EZ.x)(this, y, await (0, import_cli_chunk_TPG6O3EZ.h)(this, M).createSyncAccessHandle());
  let e = new ArrayBuffer((0, import_cli_chunk_TPG6O3EZ.h)(this, y).getSize());
  (0, import_cli_chunk_TPG6O3EZ.h)(this, y).read(e, { at: 0 });
  let t, o = new TextDecoder().decode(e).split(`
`), i = false;
  try {
    t = JSON.parse(o[0]);
  } catch {
    t = { root: { type: "directory", lastModified: Date.now(), mode: T2.DIR, children: {} }, pool: [] }, (0, import_cli_chunk_TPG6O3EZ.h)(this, y).truncate(0), (0, import_cli_chunk_TPG6O3EZ.h)(this, y).write(new TextEncoder().encode(JSON.stringify(t)), { at: 0 }), i = true;
  }
  this.state = t;
  let c = o.slice(1).filter(Boolean).map((l) => JSON.parse(l));
  for (let l of c) {
    let u2 = `_${l.opp}State`;
    if (typeof this[u2] == "function") try {
      this[u2].bind(this)(...l.args);
    } catch (N) {
      console.warn("Error applying OPFS AHP WAL entry", l, N);
    }
  }
  let a = [], h2 = async (l) => {
    if (l.type === "file") try {
      let u2 = await (0, import_cli_chunk_TPG6O3EZ.h)(this, F).getFileHandle(l.backingFilename), N = await u2.createSyncAccessHandle();
      (0, import_cli_chunk_TPG6O3EZ.h)(this, b).set(l.backingFilename, u2), (0, import_cli_chunk_TPG6O3EZ.h)(this, m).set(l.backingFilename, N);
    } catch (u2) {
      console.error("Error opening file handle for node", l, u2);
    }
    else for (let u2 of Object.values(l.children)) a.push(h2(u2));
  };
  await h2(this.state.root);
  let d = [];
  for (let l of this.state.pool) d.push(new Promise(async (u2) => {
    (0, import_cli_chunk_TPG6O3EZ.h)(this, b).has(l) && console.warn("File handle already exists for pool file", l);
    let N = await (0, import_cli_chunk_TPG6O3EZ.h)(this, F).getFileHandle(l), U2 = await N.createSyncAccessHandle();
    (0, import_cli_chunk_TPG6O3EZ.h)(this, b).set(l, N), (0, import_cli_chunk_TPG6O3EZ.h)(this, m).set(l, U2), u2();
  }));
  await Promise.all([...a, ...d]), await this.maintainPool(i ? this.initialPoolSize : this.maintainedPoolSize);
}, O = function(e, t) {
  let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, k).call(this, e);
  try {
    t();
  } catch (i) {
    throw (0, import_cli_chunk_TPG6O3EZ.h)(this, y).truncate(o), i;
  }
}, k = function(e) {
  let t = JSON.stringify(e), o = new TextEncoder().encode(`
${t}`), i = (0, import_cli_chunk_TPG6O3EZ.h)(this, y).getSize();
  return (0, import_cli_chunk_TPG6O3EZ.h)(this, y).write(o, { at: i }), (0, import_cli_chunk_TPG6O3EZ.h)(this, S).add((0, import_cli_chunk_TPG6O3EZ.h)(this, y)), i;
}, w = function(e) {
  return e.split("/").filter(Boolean);
}, f = function(e, t) {
  let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), i = t || this.state.root;
  for (let c of o) {
    if (i.type !== "directory") throw new p("ENOTDIR", "Not a directory");
    if (!Object.prototype.hasOwnProperty.call(i.children, c)) throw new p("ENOENT", "No such file or directory");
    i = i.children[c];
  }
  return i;
}, I = function(e) {
  let t = (0, import_cli_chunk_TPG6O3EZ.h)(this, P).get(e);
  if (!t) throw new p("EBADF", "Bad file descriptor");
  return t;
}, W = function() {
  let e = ++(0, import_cli_chunk_TPG6O3EZ.U)(this, x2)._;
  for (; (0, import_cli_chunk_TPG6O3EZ.h)(this, P).has(e); ) (0, import_cli_chunk_TPG6O3EZ.U)(this, x2)._++;
  return e;
}, j = async function(e, t) {
  let o = (0, import_cli_chunk_TPG6O3EZ.T)(this, n, w).call(this, e), i = t?.from || (0, import_cli_chunk_TPG6O3EZ.h)(this, H);
  for (let c of o) i = await i.getDirectoryHandle(c, { create: t?.create });
  return i;
};
var p = class extends Error {
  constructor(A, e) {
    super(e), typeof A == "number" ? this.code = A : typeof A == "string" && (this.code = import_cli_chunk_TPG6O3EZ.Ve[A]);
  }
};

})