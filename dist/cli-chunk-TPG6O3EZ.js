(function (exports, require, module, __migraUrl, __migraFilename, __migraDirname, __migraImport) {"use strict";var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  At: () => At,
  B: () => B,
  F: () => F,
  Ge: () => Ge,
  I: () => I,
  L: () => L,
  P: () => P,
  R: () => R,
  Re: () => Re,
  T: () => T,
  U: () => U,
  Ve: () => Ve,
  We: () => We,
  Yr: () => Yr,
  at: () => at,
  h: () => h,
  jr: () => jr,
  kt: () => kt,
  m: () => m,
  u: () => u,
  wt: () => wt,
  x: () => x
});
module.exports = __toCommonJS(stdin_exports);
// node_modules/@electric-sql/pglite/dist/chunk-QY3QWFKW.js
var p = Object.create;
var i2 = Object.defineProperty;
var c = Object.getOwnPropertyDescriptor;
var f = Object.getOwnPropertyNames;
var l = Object.getPrototypeOf;
var s = Object.prototype.hasOwnProperty;
var a = (t) => {
  throw TypeError(t);
};
var _ = (t, e, o2) => e in t ? i2(t, e, { enumerable: true, configurable: true, writable: true, value: o2 }) : t[e] = o2;
var d = (t, e) => () => (t && (e = t(t = 0)), e);
var D = (t, e) => () => (e || t((e = { exports: {} }).exports, e), e.exports);
var F = (t, e) => {
  for (var o2 in e) i2(t, o2, { get: e[o2], enumerable: true });
};
var g = (t, e, o2, m2) => {
  if (e && typeof e == "object" || typeof e == "function") for (let r of f(e)) !s.call(t, r) && r !== o2 && i2(t, r, { get: () => e[r], enumerable: !(m2 = c(e, r)) || m2.enumerable });
  return t;
};
var L = (t, e, o2) => (o2 = t != null ? p(l(t)) : {}, g(e || !t || !t.__esModule ? i2(o2, "default", { value: t, enumerable: true }) : o2, t));
var P = (t, e, o2) => _(t, typeof e != "symbol" ? e + "" : e, o2);
var n = (t, e, o2) => e.has(t) || a("Cannot " + o2);
var h = (t, e, o2) => (n(t, e, "read from private field"), o2 ? o2.call(t) : e.get(t));
var R = (t, e, o2) => e.has(t) ? a("Cannot add the same private member more than once") : e instanceof WeakSet ? e.add(t) : e.set(t, o2);
var x = (t, e, o2, m2) => (n(t, e, "write to private field"), m2 ? m2.call(t, o2) : e.set(t, o2), o2);
var T = (t, e, o2) => (n(t, e, "access private method"), o2);
var U = (t, e, o2, m2) => ({ set _(r) {
  x(t, e, r, o2);
}, get _() {
  return h(t, e, m2);
} });
var u = d(() => {
  "use strict";
});
// node_modules/@electric-sql/pglite/dist/chunk-SHISBDX7.js
u();
var f2 = Object.defineProperty;
var d2 = (t, e) => {
  for (var r in e) f2(t, r, { get: e[r], enumerable: true });
};
var m = {};
d2(m, { IN_NODE: () => s2, getFsBundle: () => p2, instantiateWasm: () => h2, rmdirRecursive: () => g2, startArtifactDownload: () => c2, toPostgresName: () => b, uuid: () => y });
var s2 = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
var n2 = /* @__PURE__ */ new Map();
async function c2(t) {
  s2 || n2.has(t.toString()) || n2.set(t.toString(), fetch(t));
}
var o = /* @__PURE__ */ new Map();
async function h2(t, e, r) {
  if (r || o.has(e.toString())) {
    let a2 = r || o.get(e.toString());
    return { instance: await WebAssembly.instantiate(a2, t), module: a2 };
  }
  if (s2) {
    let a2 = await (await Promise.resolve().then(() => __toESM(__migraImport("fs/promises")))).readFile(e), { module: i3, instance: l2 } = await WebAssembly.instantiate(a2, t);
    return o.set(e.toString(), i3), { instance: l2, module: i3 };
  } else {
    n2.has(e.toString()) || c2(e);
    let a2 = await n2.get(e.toString()), { module: i3, instance: l2 } = await WebAssembly.instantiateStreaming(a2.clone(), t);
    return o.set(e.toString(), i3), { instance: l2, module: i3 };
  }
}
async function p2(t) {
  return s2 ? (await (await Promise.resolve().then(() => __toESM(__migraImport("fs/promises")))).readFile(t)).buffer : (c2(t), (await n2.get(t.toString())).clone().arrayBuffer());
}
var y = () => {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  let t = new Uint8Array(16);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(t);
  else for (let r = 0; r < t.length; r++) t[r] = Math.floor(Math.random() * 256);
  t[6] = t[6] & 15 | 64, t[8] = t[8] & 63 | 128;
  let e = [];
  return t.forEach((r) => {
    e.push(r.toString(16).padStart(2, "0"));
  }), e.slice(0, 4).join("") + "-" + e.slice(4, 6).join("") + "-" + e.slice(6, 8).join("") + "-" + e.slice(8, 10).join("") + "-" + e.slice(10).join("");
};
function b(t) {
  let e;
  return t.startsWith('"') && t.endsWith('"') ? e = t.substring(1, t.length - 1) : e = t.toLowerCase(), e;
}
function g2(t, e) {
  try {
    let r = t.readdir(e).filter((a2) => a2 !== "." && a2 !== "..");
    for (let a2 of r) {
      let i3 = e + "/" + a2;
      try {
        t.readdir(i3), g2(t, i3);
      } catch {
        t.unlink(i3);
      }
    }
    t.rmdir(e);
  } catch {
    try {
      t.unlink(e);
    } catch {
    }
  }
}
// node_modules/@electric-sql/pglite/dist/chunk-E4Q7R6FO.js
var W = D((Xr, M) => {
  "use strict";
  u();
  var me = 9007199254740991, pe = /* @__PURE__ */ (function(e) {
    return e;
  })();
  function $e(e) {
    return e === pe;
  }
  function Se(e) {
    return typeof e == "string" || Object.prototype.toString.call(e) == "[object String]";
  }
  function Ke(e) {
    return Object.prototype.toString.call(e) == "[object Date]";
  }
  function q(e) {
    return e !== null && typeof e == "object";
  }
  function $(e) {
    return typeof e == "function";
  }
  function Je(e) {
    return typeof e == "number" && e > -1 && e % 1 == 0 && e <= me;
  }
  function Qe(e) {
    return Object.prototype.toString.call(e) == "[object Array]";
  }
  function Ee(e) {
    return q(e) && !$(e) && Je(e.length);
  }
  function te(e) {
    return Object.prototype.toString.call(e) == "[object ArrayBuffer]";
  }
  function Ze(e, r) {
    return Array.prototype.map.call(e, r);
  }
  function er(e, r) {
    var t = pe;
    return $(r) && Array.prototype.every.call(e, function(n3, o2, a2) {
      var s3 = r(n3, o2, a2);
      return s3 && (t = n3), !s3;
    }), t;
  }
  function rr(e) {
    return Object.assign.apply(null, arguments);
  }
  function ge(e) {
    var r, t, n3;
    if (Se(e)) {
      for (t = e.length, n3 = new Uint8Array(t), r = 0; r < t; r++) n3[r] = e.charCodeAt(r) & 255;
      return n3;
    }
    return te(e) ? new Uint8Array(e) : q(e) && te(e.buffer) ? new Uint8Array(e.buffer) : Ee(e) ? new Uint8Array(e) : q(e) && $(e.toString) ? ge(e.toString()) : new Uint8Array();
  }
  M.exports.MAX_SAFE_INTEGER = me;
  M.exports.isUndefined = $e;
  M.exports.isString = Se;
  M.exports.isObject = q;
  M.exports.isDateTime = Ke;
  M.exports.isFunction = $;
  M.exports.isArray = Qe;
  M.exports.isArrayLike = Ee;
  M.exports.isArrayBuffer = te;
  M.exports.map = Ze;
  M.exports.find = er;
  M.exports.extend = rr;
  M.exports.toUint8Array = ge;
});
var G = D(($r, ve) => {
  "use strict";
  u();
  var ne = "\0";
  ve.exports = { NULL_CHAR: ne, TMAGIC: "ustar" + ne + "00", OLDGNU_MAGIC: "ustar  " + ne, REGTYPE: 0, LNKTYPE: 1, SYMTYPE: 2, CHRTYPE: 3, BLKTYPE: 4, DIRTYPE: 5, FIFOTYPE: 6, CONTTYPE: 7, TSUID: parseInt("4000", 8), TSGID: parseInt("2000", 8), TSVTX: parseInt("1000", 8), TUREAD: parseInt("0400", 8), TUWRITE: parseInt("0200", 8), TUEXEC: parseInt("0100", 8), TGREAD: parseInt("0040", 8), TGWRITE: parseInt("0020", 8), TGEXEC: parseInt("0010", 8), TOREAD: parseInt("0004", 8), TOWRITE: parseInt("0002", 8), TOEXEC: parseInt("0001", 8), TPERMALL: parseInt("0777", 8), TPERMMASK: parseInt("0777", 8) };
});
var ie = D((Jr, P2) => {
  "use strict";
  u();
  var ye = W(), T2 = G(), tr = 512, oe = T2.TPERMALL, Fe = 0, he = 0, ae = [["name", 100, 0, function(e, r) {
    return V(e[r[0]], r[1]);
  }, function(e, r, t) {
    return L2(e.slice(r, r + t[1]));
  }], ["mode", 8, 100, function(e, r) {
    var t = e[r[0]] || oe;
    return t = t & T2.TPERMMASK, j(t, r[1], oe);
  }, function(e, r, t) {
    var n3 = x2(e.slice(r, r + t[1]));
    return n3 &= T2.TPERMMASK, n3;
  }], ["uid", 8, 108, function(e, r) {
    return j(e[r[0]], r[1], Fe);
  }, function(e, r, t) {
    return x2(e.slice(r, r + t[1]));
  }], ["gid", 8, 116, function(e, r) {
    return j(e[r[0]], r[1], he);
  }, function(e, r, t) {
    return x2(e.slice(r, r + t[1]));
  }], ["size", 12, 124, function(e, r) {
    return j(e.data.length, r[1]);
  }, function(e, r, t) {
    return x2(e.slice(r, r + t[1]));
  }], ["modifyTime", 12, 136, function(e, r) {
    return K(e[r[0]], r[1]);
  }, function(e, r, t) {
    return J(e.slice(r, r + t[1]));
  }], ["checksum", 8, 148, function(e, r) {
    return "        ";
  }, function(e, r, t) {
    return x2(e.slice(r, r + t[1]));
  }], ["type", 1, 156, function(e, r) {
    return "" + (parseInt(e[r[0]], 10) || 0) % 8;
  }, function(e, r, t) {
    return (parseInt(String.fromCharCode(e[r]), 10) || 0) % 8;
  }], ["linkName", 100, 157, function(e, r) {
    return "";
  }, function(e, r, t) {
    return L2(e.slice(r, r + t[1]));
  }], ["ustar", 8, 257, function(e, r) {
    return T2.TMAGIC;
  }, function(e, r, t) {
    return nr(L2(e.slice(r, r + t[1]), true));
  }, function(e, r) {
    return e[r[0]] == T2.TMAGIC || e[r[0]] == T2.OLDGNU_MAGIC;
  }], ["owner", 32, 265, function(e, r) {
    return V(e[r[0]], r[1]);
  }, function(e, r, t) {
    return L2(e.slice(r, r + t[1]));
  }], ["group", 32, 297, function(e, r) {
    return V(e[r[0]], r[1]);
  }, function(e, r, t) {
    return L2(e.slice(r, r + t[1]));
  }], ["majorNumber", 8, 329, function(e, r) {
    return "";
  }, function(e, r, t) {
    return x2(e.slice(r, r + t[1]));
  }], ["minorNumber", 8, 337, function(e, r) {
    return "";
  }, function(e, r, t) {
    return x2(e.slice(r, r + t[1]));
  }], ["prefix", 131, 345, function(e, r) {
    return V(e[r[0]], r[1]);
  }, function(e, r, t) {
    return L2(e.slice(r, r + t[1]));
  }], ["accessTime", 12, 476, function(e, r) {
    return K(e[r[0]], r[1]);
  }, function(e, r, t) {
    return J(e.slice(r, r + t[1]));
  }], ["createTime", 12, 488, function(e, r) {
    return K(e[r[0]], r[1]);
  }, function(e, r, t) {
    return J(e.slice(r, r + t[1]));
  }]], we = (function(e) {
    var r = e[e.length - 1];
    return r[2] + r[1];
  })(ae);
  function nr(e) {
    if (e.length == 8) {
      var r = e.split("");
      if (r[5] == T2.NULL_CHAR) return (r[6] == " " || r[6] == T2.NULL_CHAR) && (r[6] = "0"), (r[7] == " " || r[7] == T2.NULL_CHAR) && (r[7] = "0"), r = r.join(""), r == T2.TMAGIC ? r : e;
      if (r[7] == T2.NULL_CHAR) return r[5] == T2.NULL_CHAR && (r[5] = " "), r[6] == T2.NULL_CHAR && (r[6] = " "), r == T2.OLDGNU_MAGIC ? r : e;
    }
    return e;
  }
  function V(e, r) {
    return r -= 1, ye.isUndefined(e) && (e = ""), e = ("" + e).substr(0, r), e + T2.NULL_CHAR;
  }
  function j(e, r, t) {
    for (t = parseInt(t) || 0, r -= 1, e = (parseInt(e) || t).toString(8).substr(-r, r); e.length < r; ) e = "0" + e;
    return e + T2.NULL_CHAR;
  }
  function K(e, r) {
    if (ye.isDateTime(e)) e = Math.floor(1 * e / 1e3);
    else if (e = parseInt(e, 10), isFinite(e)) {
      if (e <= 0) return "";
    } else e = Math.floor(1 * /* @__PURE__ */ new Date() / 1e3);
    return j(e, r, 0);
  }
  function L2(e, r) {
    var t = String.fromCharCode.apply(null, e);
    if (r) return t;
    var n3 = t.indexOf(T2.NULL_CHAR);
    return n3 >= 0 ? t.substr(0, n3) : t;
  }
  function x2(e) {
    var r = String.fromCharCode.apply(null, e);
    return parseInt(r.replace(/^0+$/g, ""), 8) || 0;
  }
  function J(e) {
    return e.length == 0 || e[0] == 0 ? null : new Date(1e3 * x2(e));
  }
  function or(e, r, t) {
    var n3 = parseInt(r, 10) || 0, o2 = Math.min(n3 + we, e.length), a2 = 0, s3 = 0, l2 = 0;
    t && ae.every(function(p3) {
      return p3[0] == "checksum" ? (s3 = n3 + p3[2], l2 = s3 + p3[1], false) : true;
    });
    for (var u2 = 32, d3 = n3; d3 < o2; d3++) {
      var c3 = d3 >= s3 && d3 < l2 ? u2 : e[d3];
      a2 = (a2 + c3) % 262144;
    }
    return a2;
  }
  P2.exports.recordSize = tr;
  P2.exports.defaultFileMode = oe;
  P2.exports.defaultUid = Fe;
  P2.exports.defaultGid = he;
  P2.exports.posixHeader = ae;
  P2.exports.effectiveHeaderSize = we;
  P2.exports.calculateChecksum = or;
  P2.exports.formatTarString = V;
  P2.exports.formatTarNumber = j;
  P2.exports.formatTarDateTime = K;
  P2.exports.parseTarString = L2;
  P2.exports.parseTarNumber = x2;
  P2.exports.parseTarDateTime = J;
});
var Me = D((Zr, Te) => {
  "use strict";
  u();
  var ar = G(), Q = W(), H = ie();
  function Ae(e) {
    return H.recordSize;
  }
  function be(e) {
    return Math.ceil(e.data.length / H.recordSize) * H.recordSize;
  }
  function ir(e) {
    var r = 0;
    return e.forEach(function(t) {
      r += Ae(t) + be(t);
    }), r += H.recordSize * 2, new Uint8Array(r);
  }
  function sr(e, r, t) {
    t = parseInt(t) || 0;
    var n3 = t;
    H.posixHeader.forEach(function(u2) {
      for (var d3 = u2[3](r, u2), c3 = d3.length, p3 = 0; p3 < c3; p3 += 1) e[n3 + p3] = d3.charCodeAt(p3) & 255;
      n3 += u2[1];
    });
    var o2 = Q.find(H.posixHeader, function(u2) {
      return u2[0] == "checksum";
    });
    if (o2) {
      var a2 = H.calculateChecksum(e, t, true), s3 = H.formatTarNumber(a2, o2[1] - 2) + ar.NULL_CHAR + " ";
      n3 = t + o2[2];
      for (var l2 = 0; l2 < s3.length; l2 += 1) e[n3] = s3.charCodeAt(l2) & 255, n3++;
    }
    return t + Ae(r);
  }
  function lr(e, r, t) {
    return t = parseInt(t, 10) || 0, e.set(r.data, t), t + be(r);
  }
  function ur(e) {
    e = Q.map(e, function(n3) {
      return Q.extend({}, n3, { data: Q.toUint8Array(n3.data) });
    });
    var r = ir(e), t = 0;
    return e.forEach(function(n3) {
      t = sr(r, n3, t), t = lr(r, n3, t);
    }), r;
  }
  Te.exports.tar = ur;
});
var ke = D((rt, Pe) => {
  "use strict";
  u();
  var dr = G(), le = W(), N = ie(), cr = { extractData: true, checkHeader: true, checkChecksum: true, checkFileSize: true }, _r = { size: true, checksum: true, ustar: true }, se = { unexpectedEndOfFile: "Unexpected end of file.", fileCorrupted: "File is corrupted.", checksumCheckFailed: "Checksum check failed." };
  function fr(e) {
    return N.recordSize;
  }
  function mr(e) {
    return Math.ceil(e / N.recordSize) * N.recordSize;
  }
  function pr(e, r) {
    for (var t = r, n3 = Math.min(e.length, r + N.recordSize * 2), o2 = t; o2 < n3; o2++) if (e[o2] != 0) return false;
    return true;
  }
  function Sr(e, r, t) {
    if (e.length - r < N.recordSize) {
      if (t.checkFileSize) throw new Error(se.unexpectedEndOfFile);
      return null;
    }
    r = parseInt(r) || 0;
    var n3 = {}, o2 = r;
    if (N.posixHeader.forEach(function(l2) {
      n3[l2[0]] = l2[4](e, o2, l2), o2 += l2[1];
    }), n3.type != 0 && (n3.size = 0), t.checkHeader && N.posixHeader.forEach(function(l2) {
      if (le.isFunction(l2[5]) && !l2[5](n3, l2)) {
        var u2 = new Error(se.fileCorrupted);
        throw u2.data = { offset: r + l2[2], field: l2[0] }, u2;
      }
    }), t.checkChecksum) {
      var a2 = N.calculateChecksum(e, r, true);
      if (a2 != n3.checksum) {
        var s3 = new Error(se.checksumCheckFailed);
        throw s3.data = { offset: r, header: n3, checksum: a2 }, s3;
      }
    }
    return n3;
  }
  function Er(e, r, t, n3) {
    return n3.extractData ? t.size <= 0 ? new Uint8Array() : e.slice(r, r + t.size) : null;
  }
  function gr(e, r) {
    var t = {};
    return N.posixHeader.forEach(function(n3) {
      var o2 = n3[0];
      _r[o2] || (t[o2] = e[o2]);
    }), t.isOldGNUFormat = e.ustar == dr.OLDGNU_MAGIC, r && (t.data = r), t;
  }
  function vr(e, r) {
    r = le.extend({}, cr, r);
    for (var t = [], n3 = 0, o2 = e.length; o2 - n3 >= N.recordSize; ) {
      e = le.toUint8Array(e);
      var a2 = Sr(e, n3, r);
      if (!a2) break;
      n3 += fr(a2);
      var s3 = Er(e, n3, a2, r);
      if (t.push(gr(a2, s3)), n3 += mr(a2.size), pr(e, n3)) break;
    }
    return t;
  }
  Pe.exports.untar = vr;
});
var Re = D((nt, Oe) => {
  "use strict";
  u();
  var yr = W(), Fr = G(), hr = Me(), wr = ke();
  yr.extend(Oe.exports, hr, wr, Fr);
});
u();
u();
var D2 = L(Re(), 1);
async function ue(e, r, t = "pgdata", n3 = "auto") {
  let o2 = Tr(e, r), [a2, s3] = await Mr(o2, n3), l2 = t + (s3 ? ".tar.gz" : ".tar"), u2 = s3 ? "application/x-gzip" : "application/x-tar";
  return typeof File < "u" ? new File([a2], l2, { type: u2 }) : new Blob([a2], { type: u2 });
}
var Ar = ["application/x-gtar", "application/x-tar+gzip", "application/x-gzip", "application/gzip"];
async function at(e, r, t) {
  let n3 = new Uint8Array(await r.arrayBuffer()), o2 = typeof File < "u" && r instanceof File ? r.name : void 0;
  (Ar.includes(r.type) || o2?.endsWith(".tgz") || o2?.endsWith(".tar.gz")) && (n3 = await De(n3));
  let s3;
  try {
    s3 = (0, D2.untar)(n3);
  } catch (l2) {
    if (l2 instanceof Error && l2.message.includes("File is corrupted")) n3 = await De(n3), s3 = (0, D2.untar)(n3);
    else throw l2;
  }
  for (let l2 of s3) {
    let u2 = `${t}/${l2.name}`, d3 = u2.split("/").slice(0, -1);
    for (let c3 = 1; c3 <= d3.length; c3++) {
      let p3 = d3.slice(0, c3).join("/");
      e.analyzePath(p3).exists || e.mkdir(p3);
    }
    l2.type === D2.REGTYPE ? (e.writeFile(u2, l2.data), e.utime(u2, Ne(l2.modifyTime), Ne(l2.modifyTime))) : l2.type === D2.DIRTYPE && (e.analyzePath(u2).exists || e.mkdir(u2));
  }
}
function br(e, r) {
  let t = [], n3 = (o2) => {
    e.readdir(o2).forEach((s3) => {
      if (s3 === "." || s3 === "..") return;
      let l2 = o2 + "/" + s3, u2 = e.stat(l2), d3 = e.isFile(u2.mode) ? e.readFile(l2, { encoding: "binary" }) : new Uint8Array(0);
      t.push({ name: l2.substring(r.length), mode: u2.mode, size: u2.size, type: e.isFile(u2.mode) ? D2.REGTYPE : D2.DIRTYPE, modifyTime: u2.mtime, data: d3 }), e.isDir(u2.mode) && n3(l2);
    });
  };
  return n3(r), t;
}
function Tr(e, r) {
  let t = br(e, r);
  return (0, D2.tar)(t);
}
async function Mr(e, r = "auto") {
  if (r === "none") return [e, false];
  if (typeof CompressionStream < "u") return [await Pr(e), true];
  if (typeof process < "u" && process.versions && process.versions.node) return [await kr(e), true];
  if (r === "auto") return [e, false];
  throw new Error("Compression not supported in this environment");
}
async function Pr(e) {
  let r = new CompressionStream("gzip"), t = r.writable.getWriter(), n3 = r.readable.getReader();
  t.write(e), t.close();
  let o2 = [];
  for (; ; ) {
    let { value: l2, done: u2 } = await n3.read();
    if (u2) break;
    l2 && o2.push(l2);
  }
  let a2 = new Uint8Array(o2.reduce((l2, u2) => l2 + u2.length, 0)), s3 = 0;
  return o2.forEach((l2) => {
    a2.set(l2, s3), s3 += l2.length;
  }), a2;
}
async function kr(e) {
  let { promisify: r } = await Promise.resolve().then(() => __toESM(__migraImport("util"))), { gzip: t } = await Promise.resolve().then(() => __toESM(__migraImport("zlib")));
  return await r(t)(e);
}
async function De(e) {
  if (typeof CompressionStream < "u") return await Or(e);
  if (typeof process < "u" && process.versions && process.versions.node) return await Rr(e);
  throw new Error("Unsupported environment for decompression");
}
async function Or(e) {
  let r = new DecompressionStream("gzip"), t = r.writable.getWriter(), n3 = r.readable.getReader();
  t.write(e), t.close();
  let o2 = [];
  for (; ; ) {
    let { value: l2, done: u2 } = await n3.read();
    if (u2) break;
    l2 && o2.push(l2);
  }
  let a2 = new Uint8Array(o2.reduce((l2, u2) => l2 + u2.length, 0)), s3 = 0;
  return o2.forEach((l2) => {
    a2.set(l2, s3), s3 += l2.length;
  }), a2;
}
async function Rr(e) {
  let { promisify: r } = await Promise.resolve().then(() => __toESM(__migraImport("util"))), { gunzip: t } = await Promise.resolve().then(() => __toESM(__migraImport("zlib")));
  return await r(t)(e);
}
function Ne(e) {
  return e ? typeof e == "number" ? e : Math.floor(e.getTime() / 1e3) : Math.floor(Date.now() / 1e3);
}
u();
u();
u();
var Dr = /* @__PURE__ */ (() => {
  var _scriptName = __migraUrl;
  return async function(moduleArg = {}) {
    var moduleRtn, Module = moduleArg, readyPromiseResolve, readyPromiseReject, readyPromise = new Promise((e, r) => {
      readyPromiseResolve = e, readyPromiseReject = r;
    }), ENVIRONMENT_IS_WEB = typeof window == "object", ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope < "u", ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    if (ENVIRONMENT_IS_NODE) {
      let { createRequire: e } = await Promise.resolve().then(() => __toESM(__migraImport("module"))), r = __migraUrl;
      r.startsWith("data:") && (r = "/");
      var require = e(r);
    }
    var moduleOverrides = Object.assign({}, Module), arguments_ = [], thisProgram = "./this.program", quit_ = (e, r) => {
      throw r;
    }, scriptDirectory = "";
    function locateFile(e) {
      return Module.locateFile ? Module.locateFile(e, scriptDirectory) : scriptDirectory + e;
    }
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs"), nodePath = require("path");
      __migraUrl.startsWith("data:") || (scriptDirectory = nodePath.dirname(require("url").fileURLToPath(__migraUrl)) + "/"), readBinary = (e) => {
        e = isFileURI(e) ? new URL(e) : e;
        var r = fs.readFileSync(e);
        return r;
      }, readAsync = async (e, r = true) => {
        e = isFileURI(e) ? new URL(e) : e;
        var t = fs.readFileSync(e, r ? void 0 : "utf8");
        return t;
      }, !Module.thisProgram && process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), arguments_ = process.argv.slice(2), quit_ = (e, r) => {
        throw process.exitCode = e, r;
      };
    } else (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) && (ENVIRONMENT_IS_WORKER ? scriptDirectory = self.location.href : typeof document < "u" && document.currentScript && (scriptDirectory = document.currentScript.src), _scriptName && (scriptDirectory = _scriptName), scriptDirectory.startsWith("blob:") ? scriptDirectory = "" : scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1), ENVIRONMENT_IS_WORKER && (readBinary = (e) => {
      var r = new XMLHttpRequest();
      return r.open("GET", e, false), r.responseType = "arraybuffer", r.send(null), new Uint8Array(r.response);
    }), readAsync = async (e) => {
      var r = await fetch(e, { credentials: "same-origin" });
      if (r.ok) return r.arrayBuffer();
      throw new Error(r.status + " : " + r.url);
    });
    var out = Module.print || console.log.bind(console), err = Module.printErr || console.error.bind(console);
    Object.assign(Module, moduleOverrides), moduleOverrides = null, Module.arguments && (arguments_ = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
    var dynamicLibraries = Module.dynamicLibraries || [], wasmBinary = Module.wasmBinary;
    function intArrayFromBase64(e) {
      if (typeof ENVIRONMENT_IS_NODE < "u" && ENVIRONMENT_IS_NODE) {
        var r = Buffer.from(e, "base64");
        return new Uint8Array(r.buffer, r.byteOffset, r.length);
      }
      for (var t = atob(e), n3 = new Uint8Array(t.length), o2 = 0; o2 < t.length; ++o2) n3[o2] = t.charCodeAt(o2);
      return n3;
    }
    var wasmMemory, ABORT = false, EXITSTATUS;
    function assert(e, r) {
      e || abort(r);
    }
    var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    function updateMemoryViews() {
      var e = wasmMemory.buffer;
      Module.HEAP8 = HEAP8 = new Int8Array(e), Module.HEAP16 = HEAP16 = new Int16Array(e), Module.HEAPU8 = HEAPU8 = new Uint8Array(e), Module.HEAPU16 = HEAPU16 = new Uint16Array(e), Module.HEAP32 = HEAP32 = new Int32Array(e), Module.HEAPU32 = HEAPU32 = new Uint32Array(e), Module.HEAPF32 = HEAPF32 = new Float32Array(e), Module.HEAPF64 = HEAPF64 = new Float64Array(e), Module.HEAP64 = HEAP64 = new BigInt64Array(e), Module.HEAPU64 = HEAPU64 = new BigUint64Array(e);
    }
    if (Module.wasmMemory) wasmMemory = Module.wasmMemory;
    else {
      var INITIAL_MEMORY = Module.INITIAL_MEMORY || 67108864;
      wasmMemory = new WebAssembly.Memory({ initial: INITIAL_MEMORY / 65536, maximum: 32768 });
    }
    updateMemoryViews();
    var __ATPRERUN__ = [], __ATINIT__ = [], __ATMAIN__ = [], __ATEXIT__ = [], __ATPOSTRUN__ = [], __RELOC_FUNCS__ = [], runtimeInitialized = false, runtimeExited = false;
    function preRun() {
      if (Module.preRun) for (typeof Module.preRun == "function" && (Module.preRun = [Module.preRun]); Module.preRun.length; ) addOnPreRun(Module.preRun.shift());
      callRuntimeCallbacks(__ATPRERUN__);
    }
    function initRuntime() {
      runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), FS.ignorePermissions = false, TTY.init(), callRuntimeCallbacks(__ATINIT__);
    }
    function preMain() {
      callRuntimeCallbacks(__ATMAIN__);
    }
    function exitRuntime() {
      ___funcs_on_exit(), callRuntimeCallbacks(__ATEXIT__), FS.quit(), TTY.shutdown(), runtimeExited = true;
    }
    function postRun() {
      if (Module.postRun) for (typeof Module.postRun == "function" && (Module.postRun = [Module.postRun]); Module.postRun.length; ) addOnPostRun(Module.postRun.shift());
      callRuntimeCallbacks(__ATPOSTRUN__);
    }
    function addOnPreRun(e) {
      __ATPRERUN__.unshift(e);
    }
    function addOnInit(e) {
      __ATINIT__.unshift(e);
    }
    function addOnPostRun(e) {
      __ATPOSTRUN__.unshift(e);
    }
    var runDependencies = 0, dependenciesFulfilled = null;
    function getUniqueRunDependency(e) {
      return e;
    }
    function addRunDependency(e) {
      runDependencies++, Module.monitorRunDependencies?.(runDependencies);
    }
    function removeRunDependency(e) {
      if (runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies == 0 && dependenciesFulfilled) {
        var r = dependenciesFulfilled;
        dependenciesFulfilled = null, r();
      }
    }
    function abort(e) {
      Module.onAbort?.(e), e = "Aborted(" + e + ")", err(e), ABORT = true, e += ". Build with -sASSERTIONS for more info.";
      var r = new WebAssembly.RuntimeError(e);
      throw readyPromiseReject(r), r;
    }
    var dataURIPrefix = "data:application/octet-stream;base64,", isDataURI = (e) => e.startsWith(dataURIPrefix), isFileURI = (e) => e.startsWith("file://");
    function findWasmBinary() {
      if (Module.locateFile) {
        var e = "initdb.wasm";
        return isDataURI(e) ? e : locateFile(e);
      }
      return new URL("initdb.wasm", __migraUrl).href;
    }
    var wasmBinaryFile;
    function getBinarySync(e) {
      if (e == wasmBinaryFile && wasmBinary) return new Uint8Array(wasmBinary);
      if (readBinary) return readBinary(e);
      throw "both async and sync fetching of the wasm failed";
    }
    async function getWasmBinary(e) {
      if (!wasmBinary) try {
        var r = await readAsync(e);
        return new Uint8Array(r);
      } catch {
      }
      return getBinarySync(e);
    }
    async function instantiateArrayBuffer(e, r) {
      try {
        var t = await getWasmBinary(e), n3 = await WebAssembly.instantiate(t, r);
        return n3;
      } catch (o2) {
        err(`failed to asynchronously prepare wasm: ${o2}`), abort(o2);
      }
    }
    async function instantiateAsync(e, r, t) {
      if (!e && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(r) && !ENVIRONMENT_IS_NODE && typeof fetch == "function") try {
        var n3 = fetch(r, { credentials: "same-origin" }), o2 = await WebAssembly.instantiateStreaming(n3, t);
        return o2;
      } catch (a2) {
        err(`wasm streaming compile failed: ${a2}`), err("falling back to ArrayBuffer instantiation");
      }
      return instantiateArrayBuffer(r, t);
    }
    function getWasmImports() {
      return { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": new Proxy(wasmImports, GOTHandler), "GOT.func": new Proxy(wasmImports, GOTHandler) };
    }
    async function createWasm() {
      function e(o2, a2) {
        wasmExports = o2.exports, wasmExports = relocateExports(wasmExports, 1024);
        var s3 = getDylinkMetadata(a2);
        return s3.neededDynlibs && (dynamicLibraries = s3.neededDynlibs.concat(dynamicLibraries)), mergeLibSymbols(wasmExports, "main"), LDSO.init(), loadDylibs(), addOnInit(wasmExports.__wasm_call_ctors), __RELOC_FUNCS__.push(wasmExports.__wasm_apply_data_relocs), removeRunDependency("wasm-instantiate"), wasmExports;
      }
      addRunDependency("wasm-instantiate");
      function r(o2) {
        e(o2.instance, o2.module);
      }
      var t = getWasmImports();
      if (Module.instantiateWasm) try {
        return Module.instantiateWasm(t, e);
      } catch (o2) {
        err(`Module.instantiateWasm callback failed with error: ${o2}`), readyPromiseReject(o2);
      }
      wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
      try {
        var n3 = await instantiateAsync(wasmBinary, wasmBinaryFile, t);
        return r(n3), n3;
      } catch (o2) {
        readyPromiseReject(o2);
        return;
      }
    }
    var ASM_CONSTS = {};
    class ExitStatus {
      constructor(r) {
        P(this, "name", "ExitStatus");
        this.message = `Program terminated with exit(${r})`, this.status = r;
      }
    }
    var GOT = {}, currentModuleWeakSymbols = /* @__PURE__ */ new Set([]), GOTHandler = { get(e, r) {
      var t = GOT[r];
      return t || (t = GOT[r] = new WebAssembly.Global({ value: "i32", mutable: true })), currentModuleWeakSymbols.has(r) || (t.required = true), t;
    } }, callRuntimeCallbacks = (e) => {
      for (; e.length > 0; ) e.shift()(Module);
    }, UTF8Decoder = typeof TextDecoder < "u" ? new TextDecoder() : void 0, UTF8ArrayToString = (e, r = 0, t = NaN) => {
      for (var n3 = r + t, o2 = r; e[o2] && !(o2 >= n3); ) ++o2;
      if (o2 - r > 16 && e.buffer && UTF8Decoder) return UTF8Decoder.decode(e.subarray(r, o2));
      for (var a2 = ""; r < o2; ) {
        var s3 = e[r++];
        if (!(s3 & 128)) {
          a2 += String.fromCharCode(s3);
          continue;
        }
        var l2 = e[r++] & 63;
        if ((s3 & 224) == 192) {
          a2 += String.fromCharCode((s3 & 31) << 6 | l2);
          continue;
        }
        var u2 = e[r++] & 63;
        if ((s3 & 240) == 224 ? s3 = (s3 & 15) << 12 | l2 << 6 | u2 : s3 = (s3 & 7) << 18 | l2 << 12 | u2 << 6 | e[r++] & 63, s3 < 65536) a2 += String.fromCharCode(s3);
        else {
          var d3 = s3 - 65536;
          a2 += String.fromCharCode(55296 | d3 >> 10, 56320 | d3 & 1023);
        }
      }
      return a2;
    }, getDylinkMetadata = (e) => {
      var r = 0, t = 0;
      function n3() {
        return e[r++];
      }
      function o2() {
        for (var U2 = 0, X = 1; ; ) {
          var _e = e[r++];
          if (U2 += (_e & 127) * X, X *= 128, !(_e & 128)) break;
        }
        return U2;
      }
      function a2() {
        var U2 = o2();
        return r += U2, UTF8ArrayToString(e, r - U2, U2);
      }
      function s3(U2, X) {
        if (U2) throw new Error(X);
      }
      var l2 = "dylink.0";
      if (e instanceof WebAssembly.Module) {
        var u2 = WebAssembly.Module.customSections(e, l2);
        u2.length === 0 && (l2 = "dylink", u2 = WebAssembly.Module.customSections(e, l2)), s3(u2.length === 0, "need dylink section"), e = new Uint8Array(u2[0]), t = e.length;
      } else {
        var d3 = new Uint32Array(new Uint8Array(e.subarray(0, 24)).buffer), c3 = d3[0] == 1836278016;
        s3(!c3, "need to see wasm magic number"), s3(e[8] !== 0, "need the dylink section to be first"), r = 9;
        var p3 = o2();
        t = r + p3, l2 = a2();
      }
      var f3 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set() };
      if (l2 == "dylink") {
        f3.memorySize = o2(), f3.memoryAlign = o2(), f3.tableSize = o2(), f3.tableAlign = o2();
        for (var m2 = o2(), _2 = 0; _2 < m2; ++_2) {
          var g3 = a2();
          f3.neededDynlibs.push(g3);
        }
      } else {
        s3(l2 !== "dylink.0");
        for (var E = 1, y2 = 2, A = 3, S = 4, v = 256, h3 = 3, b2 = 1; r < t; ) {
          var F2 = n3(), Xe = o2();
          if (F2 === E) f3.memorySize = o2(), f3.memoryAlign = o2(), f3.tableSize = o2(), f3.tableAlign = o2();
          else if (F2 === y2) for (var m2 = o2(), _2 = 0; _2 < m2; ++_2) g3 = a2(), f3.neededDynlibs.push(g3);
          else if (F2 === A) for (var Z = o2(); Z--; ) {
            var ee = a2(), re = o2();
            re & v && f3.tlsExports.add(ee);
          }
          else if (F2 === S) for (var Z = o2(); Z--; ) {
            var Vr = a2(), ee = a2(), re = o2();
            (re & h3) == b2 && f3.weakImports.add(ee);
          }
          else r += Xe;
        }
      }
      return f3;
    }, newDSO = (e, r, t) => {
      var n3 = { refcount: 1 / 0, name: e, exports: t, global: true };
      return LDSO.loadedLibsByName[e] = n3, r != null && (LDSO.loadedLibsByHandle[r] = n3), n3;
    }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
      newDSO("__main__", 0, wasmImports);
    } }, ___heap_base = 205424, alignMemory = (e, r) => Math.ceil(e / r) * r, getMemory = (e) => {
      if (runtimeInitialized) return _calloc(e, 1);
      var r = ___heap_base, t = r + alignMemory(e, 16);
      return ___heap_base = t, GOT.__heap_base.value = t, r;
    }, isInternalSym = (e) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e) || e.startsWith("__em_js__"), uleb128Encode = (e, r) => {
      e < 128 ? r.push(e) : r.push(e % 128 | 128, e >> 7);
    }, sigToWasmTypes = (e) => {
      for (var r = { i: "i32", j: "i64", f: "f32", d: "f64", e: "externref", p: "i32" }, t = { parameters: [], results: e[0] == "v" ? [] : [r[e[0]]] }, n3 = 1; n3 < e.length; ++n3) t.parameters.push(r[e[n3]]);
      return t;
    }, generateFuncType = (e, r) => {
      var t = e.slice(0, 1), n3 = e.slice(1), o2 = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 };
      r.push(96), uleb128Encode(n3.length, r);
      for (var a2 = 0; a2 < n3.length; ++a2) r.push(o2[n3[a2]]);
      t == "v" ? r.push(0) : r.push(1, o2[t]);
    }, convertJsFunctionToWasm = (e, r) => {
      if (typeof WebAssembly.Function == "function") return new WebAssembly.Function(sigToWasmTypes(r), e);
      var t = [1];
      generateFuncType(r, t);
      var n3 = [0, 97, 115, 109, 1, 0, 0, 0, 1];
      uleb128Encode(t.length, n3), n3.push(...t), n3.push(2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
      var o2 = new WebAssembly.Module(new Uint8Array(n3)), a2 = new WebAssembly.Instance(o2, { e: { f: e } }), s3 = a2.exports.f;
      return s3;
    }, wasmTableMirror = [], wasmTable = new WebAssembly.Table({ initial: 144, element: "anyfunc" }), getWasmTableEntry = (e) => {
      var r = wasmTableMirror[e];
      return r || (e >= wasmTableMirror.length && (wasmTableMirror.length = e + 1), wasmTableMirror[e] = r = wasmTable.get(e)), r;
    }, updateTableMap = (e, r) => {
      if (functionsInTableMap) for (var t = e; t < e + r; t++) {
        var n3 = getWasmTableEntry(t);
        n3 && functionsInTableMap.set(n3, t);
      }
    }, functionsInTableMap, getFunctionAddress = (e) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e) || 0), freeTableIndexes = [], getEmptyTableSlot = () => {
      if (freeTableIndexes.length) return freeTableIndexes.pop();
      try {
        wasmTable.grow(1);
      } catch (e) {
        throw e instanceof RangeError ? "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH." : e;
      }
      return wasmTable.length - 1;
    }, setWasmTableEntry = (e, r) => {
      wasmTable.set(e, r), wasmTableMirror[e] = wasmTable.get(e);
    }, addFunction = (e, r) => {
      var t = getFunctionAddress(e);
      if (t) return t;
      var n3 = getEmptyTableSlot();
      try {
        setWasmTableEntry(n3, e);
      } catch (a2) {
        if (!(a2 instanceof TypeError)) throw a2;
        var o2 = convertJsFunctionToWasm(e, r);
        setWasmTableEntry(n3, o2);
      }
      return functionsInTableMap.set(e, n3), n3;
    }, updateGOT = (e, r) => {
      for (var t in e) if (!isInternalSym(t)) {
        var n3 = e[t];
        GOT[t] || (GOT[t] = new WebAssembly.Global({ value: "i32", mutable: true })), (r || GOT[t].value == 0) && (typeof n3 == "function" ? GOT[t].value = addFunction(n3) : typeof n3 == "number" ? GOT[t].value = n3 : err(`unhandled export type for '${t}': ${typeof n3}`));
      }
    }, relocateExports = (e, r, t) => {
      var n3 = {};
      for (var o2 in e) {
        var a2 = e[o2];
        typeof a2 == "object" && (a2 = a2.value), typeof a2 == "number" && (a2 += r), n3[o2] = a2;
      }
      return updateGOT(n3, t), n3;
    }, isSymbolDefined = (e) => {
      var r = wasmImports[e];
      return !(!r || r.stub);
    }, dynCall = (e, r, t = []) => {
      var n3 = getWasmTableEntry(r)(...t);
      return n3;
    }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e) => __emscripten_stack_restore(e), createInvokeFunction = (e) => (r, ...t) => {
      var n3 = stackSave();
      try {
        return dynCall(e, r, t);
      } catch (o2) {
        if (stackRestore(n3), o2 !== o2 + 0) throw o2;
        if (_setThrew(1, 0), e[0] == "j") return 0n;
      }
    }, resolveGlobalSymbol = (e, r = false) => {
      var t;
      return isSymbolDefined(e) ? t = wasmImports[e] : e.startsWith("invoke_") && (t = wasmImports[e] = createInvokeFunction(e.split("_")[1])), { sym: t, name: e };
    }, UTF8ToString = (e, r) => e ? UTF8ArrayToString(HEAPU8, e, r) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var firstLoad = !handle || !HEAP8[handle + 8];
        if (firstLoad) {
          var memAlign = Math.pow(2, metadata.memoryAlign), memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0, tableBase = metadata.tableSize ? wasmTable.length : 0;
          handle && (HEAP8[handle + 8] = 1, HEAPU32[handle + 12 >> 2] = memoryBase, HEAP32[handle + 16 >> 2] = metadata.memorySize, HEAPU32[handle + 20 >> 2] = tableBase, HEAP32[handle + 24 >> 2] = metadata.tableSize);
        } else memoryBase = HEAPU32[handle + 12 >> 2], tableBase = HEAPU32[handle + 20 >> 2];
        var tableGrowthNeeded = tableBase + metadata.tableSize - wasmTable.length;
        tableGrowthNeeded > 0 && wasmTable.grow(tableGrowthNeeded);
        var moduleExports;
        function resolveSymbol(e) {
          var r = resolveGlobalSymbol(e).sym;
          return !r && localScope && (r = localScope[e]), r || (r = moduleExports[e]), r;
        }
        var proxyHandler = { get(e, r) {
          switch (r) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (r in wasmImports && !wasmImports[r].stub) return wasmImports[r];
          if (!(r in e)) {
            var t;
            e[r] = (...n3) => (t || (t = resolveSymbol(r)), t(...n3));
          }
          return e[r];
        } }, proxy = new Proxy({}, proxyHandler), info = { "GOT.mem": new Proxy({}, GOTHandler), "GOT.func": new Proxy({}, GOTHandler), env: proxy, wasi_snapshot_preview1: proxy };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize), moduleExports = relocateExports(instance.exports, memoryBase), flags.allowUndefined || reportUndefinedSymbols();
          function addEmAsm(addr, body) {
            for (var args = [], arity = 0; arity < 16 && body.indexOf("$" + arity) != -1; arity++) args.push("$" + arity);
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          if ("__start_em_asm" in moduleExports) for (var start = moduleExports.__start_em_asm, stop = moduleExports.__stop_em_asm; start < stop; ) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString), start = HEAPU8.indexOf(0, start) + 1;
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            if (cSig = cSig.slice(1, -1), cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          for (var name in moduleExports) if (name.startsWith("__em_js__")) {
            var start = moduleExports[name], jsString = UTF8ToString(start), parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]), delete moduleExports[name];
          }
          var applyRelocs = moduleExports.__wasm_apply_data_relocs;
          applyRelocs && (runtimeInitialized ? applyRelocs() : __RELOC_FUNCS__.push(applyRelocs));
          var init = moduleExports.__wasm_call_ctors;
          return init && (runtimeInitialized ? init() : __ATINIT__.push(init)), moduleExports;
        }
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((e) => postInstantiation(e.module, e.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary), instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      return flags.loadAsync ? metadata.neededDynlibs.reduce((e, r) => e.then(() => loadDynamicLibrary(r, flags, localScope)), Promise.resolve()).then(loadModule) : (metadata.neededDynlibs.forEach((e) => loadDynamicLibrary(e, flags, localScope)), loadModule());
    }, mergeLibSymbols = (e, r) => {
      for (var [t, n3] of Object.entries(e)) {
        let o2 = (s3) => {
          isSymbolDefined(s3) || (wasmImports[s3] = n3);
        };
        o2(t);
        let a2 = "__main_argc_argv";
        t == "main" && o2(a2), t == a2 && o2("main");
      }
    }, asyncLoad = async (e) => {
      var r = await readAsync(e);
      return new Uint8Array(r);
    }, preloadPlugins = Module.preloadPlugins || [], registerWasmPlugin = () => {
      var e = { promiseChainEnd: Promise.resolve(), canHandle: (r) => !Module.noWasmDecoding && r.endsWith(".so"), handle: (r, t, n3, o2) => {
        e.promiseChainEnd = e.promiseChainEnd.then(() => loadWebAssemblyModule(r, { loadAsync: true, nodelete: true }, t, {})).then((a2) => {
          preloadedWasm[t] = a2, n3(r);
        }, (a2) => {
          err(`failed to instantiate wasm: ${t}: ${a2}`), o2();
        });
      } };
      preloadPlugins.push(e);
    }, preloadedWasm = {};
    function loadDynamicLibrary(e, r = { global: true, nodelete: true }, t, n3) {
      var o2 = LDSO.loadedLibsByName[e];
      if (o2) return r.global ? o2.global || (o2.global = true, mergeLibSymbols(o2.exports, e)) : t && Object.assign(t, o2.exports), r.nodelete && o2.refcount !== 1 / 0 && (o2.refcount = 1 / 0), o2.refcount++, n3 && (LDSO.loadedLibsByHandle[n3] = o2), r.loadAsync ? Promise.resolve(true) : true;
      o2 = newDSO(e, n3, "loading"), o2.refcount = r.nodelete ? 1 / 0 : 1, o2.global = r.global;
      function a2() {
        if (n3) {
          var u2 = HEAPU32[n3 + 28 >> 2], d3 = HEAPU32[n3 + 32 >> 2];
          if (u2 && d3) {
            var c3 = HEAP8.slice(u2, u2 + d3);
            return r.loadAsync ? Promise.resolve(c3) : c3;
          }
        }
        var p3 = locateFile(e);
        if (r.loadAsync) return asyncLoad(p3);
        if (!readBinary) throw new Error(`${p3}: file not found, and synchronous loading of external files is not available`);
        return readBinary(p3);
      }
      function s3() {
        var u2 = preloadedWasm[e];
        return u2 ? r.loadAsync ? Promise.resolve(u2) : u2 : r.loadAsync ? a2().then((d3) => loadWebAssemblyModule(d3, r, e, t, n3)) : loadWebAssemblyModule(a2(), r, e, t, n3);
      }
      function l2(u2) {
        o2.global ? mergeLibSymbols(u2, e) : t && Object.assign(t, u2), o2.exports = u2;
      }
      return r.loadAsync ? s3().then((u2) => (l2(u2), true)) : (l2(s3()), true);
    }
    var reportUndefinedSymbols = () => {
      for (var [e, r] of Object.entries(GOT)) if (r.value == 0) {
        var t = resolveGlobalSymbol(e, true).sym;
        if (!t && !r.required) continue;
        if (typeof t == "function") r.value = addFunction(t, t.sig);
        else if (typeof t == "number") r.value = t;
        else throw new Error(`bad export type for '${e}': ${typeof t}`);
      }
    }, loadDylibs = () => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs"), dynamicLibraries.reduce((e, r) => e.then(() => loadDynamicLibrary(r, { loadAsync: true, global: true, nodelete: true, allowUndefined: true })), Promise.resolve()).then(() => {
        reportUndefinedSymbols(), removeRunDependency("loadDylibs");
      });
    }, noExitRuntime = Module.noExitRuntime || false, ___call_sighandler = (e, r) => getWasmTableEntry(e)(r);
    ___call_sighandler.sig = "vpi";
    var ___memory_base = new WebAssembly.Global({ value: "i32", mutable: false }, 1024), ___stack_pointer = new WebAssembly.Global({ value: "i32", mutable: true }, 205424), PATH = { isAbs: (e) => e.charAt(0) === "/", splitPath: (e) => {
      var r = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
      return r.exec(e).slice(1);
    }, normalizeArray: (e, r) => {
      for (var t = 0, n3 = e.length - 1; n3 >= 0; n3--) {
        var o2 = e[n3];
        o2 === "." ? e.splice(n3, 1) : o2 === ".." ? (e.splice(n3, 1), t++) : t && (e.splice(n3, 1), t--);
      }
      if (r) for (; t; t--) e.unshift("..");
      return e;
    }, normalize: (e) => {
      var r = PATH.isAbs(e), t = e.substr(-1) === "/";
      return e = PATH.normalizeArray(e.split("/").filter((n3) => !!n3), !r).join("/"), !e && !r && (e = "."), e && t && (e += "/"), (r ? "/" : "") + e;
    }, dirname: (e) => {
      var r = PATH.splitPath(e), t = r[0], n3 = r[1];
      return !t && !n3 ? "." : (n3 && (n3 = n3.substr(0, n3.length - 1)), t + n3);
    }, basename: (e) => {
      if (e === "/") return "/";
      e = PATH.normalize(e), e = e.replace(/\/$/, "");
      var r = e.lastIndexOf("/");
      return r === -1 ? e : e.substr(r + 1);
    }, join: (...e) => PATH.normalize(e.join("/")), join2: (e, r) => PATH.normalize(e + "/" + r) }, initRandomFill = () => {
      if (typeof crypto == "object" && typeof crypto.getRandomValues == "function") return (n3) => crypto.getRandomValues(n3);
      if (ENVIRONMENT_IS_NODE) try {
        var e = require("crypto"), r = e.randomFillSync;
        if (r) return (n3) => e.randomFillSync(n3);
        var t = e.randomBytes;
        return (n3) => (n3.set(t(n3.byteLength)), n3);
      } catch {
      }
      abort("initRandomDevice");
    }, randomFill = (e) => (randomFill = initRandomFill())(e), PATH_FS = { resolve: (...e) => {
      for (var r = "", t = false, n3 = e.length - 1; n3 >= -1 && !t; n3--) {
        var o2 = n3 >= 0 ? e[n3] : FS.cwd();
        if (typeof o2 != "string") throw new TypeError("Arguments to path.resolve must be strings");
        if (!o2) return "";
        r = o2 + "/" + r, t = PATH.isAbs(o2);
      }
      return r = PATH.normalizeArray(r.split("/").filter((a2) => !!a2), !t).join("/"), (t ? "/" : "") + r || ".";
    }, relative: (e, r) => {
      e = PATH_FS.resolve(e).substr(1), r = PATH_FS.resolve(r).substr(1);
      function t(d3) {
        for (var c3 = 0; c3 < d3.length && d3[c3] === ""; c3++) ;
        for (var p3 = d3.length - 1; p3 >= 0 && d3[p3] === ""; p3--) ;
        return c3 > p3 ? [] : d3.slice(c3, p3 - c3 + 1);
      }
      for (var n3 = t(e.split("/")), o2 = t(r.split("/")), a2 = Math.min(n3.length, o2.length), s3 = a2, l2 = 0; l2 < a2; l2++) if (n3[l2] !== o2[l2]) {
        s3 = l2;
        break;
      }
      for (var u2 = [], l2 = s3; l2 < n3.length; l2++) u2.push("..");
      return u2 = u2.concat(o2.slice(s3)), u2.join("/");
    } }, FS_stdin_getChar_buffer = [], lengthBytesUTF8 = (e) => {
      for (var r = 0, t = 0; t < e.length; ++t) {
        var n3 = e.charCodeAt(t);
        n3 <= 127 ? r++ : n3 <= 2047 ? r += 2 : n3 >= 55296 && n3 <= 57343 ? (r += 4, ++t) : r += 3;
      }
      return r;
    }, stringToUTF8Array = (e, r, t, n3) => {
      if (!(n3 > 0)) return 0;
      for (var o2 = t, a2 = t + n3 - 1, s3 = 0; s3 < e.length; ++s3) {
        var l2 = e.charCodeAt(s3);
        if (l2 >= 55296 && l2 <= 57343) {
          var u2 = e.charCodeAt(++s3);
          l2 = 65536 + ((l2 & 1023) << 10) | u2 & 1023;
        }
        if (l2 <= 127) {
          if (t >= a2) break;
          r[t++] = l2;
        } else if (l2 <= 2047) {
          if (t + 1 >= a2) break;
          r[t++] = 192 | l2 >> 6, r[t++] = 128 | l2 & 63;
        } else if (l2 <= 65535) {
          if (t + 2 >= a2) break;
          r[t++] = 224 | l2 >> 12, r[t++] = 128 | l2 >> 6 & 63, r[t++] = 128 | l2 & 63;
        } else {
          if (t + 3 >= a2) break;
          r[t++] = 240 | l2 >> 18, r[t++] = 128 | l2 >> 12 & 63, r[t++] = 128 | l2 >> 6 & 63, r[t++] = 128 | l2 & 63;
        }
      }
      return r[t] = 0, t - o2;
    };
    function intArrayFromString(e, r, t) {
      var n3 = t > 0 ? t : lengthBytesUTF8(e) + 1, o2 = new Array(n3), a2 = stringToUTF8Array(e, o2, 0, o2.length);
      return r && (o2.length = a2), o2;
    }
    var FS_stdin_getChar = () => {
      if (!FS_stdin_getChar_buffer.length) {
        var e = null;
        if (ENVIRONMENT_IS_NODE) {
          var r = 256, t = Buffer.alloc(r), n3 = 0, o2 = process.stdin.fd;
          try {
            n3 = fs.readSync(o2, t, 0, r);
          } catch (a2) {
            if (a2.toString().includes("EOF")) n3 = 0;
            else throw a2;
          }
          n3 > 0 && (e = t.slice(0, n3).toString("utf-8"));
        } else typeof window < "u" && typeof window.prompt == "function" && (e = window.prompt("Input: "), e !== null && (e += `
`));
        if (!e) return null;
        FS_stdin_getChar_buffer = intArrayFromString(e, true);
      }
      return FS_stdin_getChar_buffer.shift();
    }, TTY = { ttys: [], init() {
    }, shutdown() {
    }, register(e, r) {
      TTY.ttys[e] = { input: [], output: [], ops: r }, FS.registerDevice(e, TTY.stream_ops);
    }, stream_ops: { open(e) {
      var r = TTY.ttys[e.node.rdev];
      if (!r) throw new FS.ErrnoError(43);
      e.tty = r, e.seekable = false;
    }, close(e) {
      e.tty.ops.fsync(e.tty);
    }, fsync(e) {
      e.tty.ops.fsync(e.tty);
    }, read(e, r, t, n3, o2) {
      if (!e.tty || !e.tty.ops.get_char) throw new FS.ErrnoError(60);
      for (var a2 = 0, s3 = 0; s3 < n3; s3++) {
        var l2;
        try {
          l2 = e.tty.ops.get_char(e.tty);
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (l2 === void 0 && a2 === 0) throw new FS.ErrnoError(6);
        if (l2 == null) break;
        a2++, r[t + s3] = l2;
      }
      return a2 && (e.node.atime = Date.now()), a2;
    }, write(e, r, t, n3, o2) {
      if (!e.tty || !e.tty.ops.put_char) throw new FS.ErrnoError(60);
      try {
        for (var a2 = 0; a2 < n3; a2++) e.tty.ops.put_char(e.tty, r[t + a2]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return n3 && (e.node.mtime = e.node.ctime = Date.now()), a2;
    } }, default_tty_ops: { get_char(e) {
      return FS_stdin_getChar();
    }, put_char(e, r) {
      r === null || r === 10 ? (out(UTF8ArrayToString(e.output)), e.output = []) : r != 0 && e.output.push(r);
    }, fsync(e) {
      e.output && e.output.length > 0 && (out(UTF8ArrayToString(e.output)), e.output = []);
    }, ioctl_tcgets(e) {
      return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    }, ioctl_tcsets(e, r, t) {
      return 0;
    }, ioctl_tiocgwinsz(e) {
      return [24, 80];
    } }, default_tty1_ops: { put_char(e, r) {
      r === null || r === 10 ? (err(UTF8ArrayToString(e.output)), e.output = []) : r != 0 && e.output.push(r);
    }, fsync(e) {
      e.output && e.output.length > 0 && (err(UTF8ArrayToString(e.output)), e.output = []);
    } } }, zeroMemory = (e, r) => {
      HEAPU8.fill(0, e, e + r);
    }, mmapAlloc = (e) => {
      e = alignMemory(e, 65536);
      var r = _emscripten_builtin_memalign(65536, e);
      return r && zeroMemory(r, e), r;
    }, MEMFS = { ops_table: null, mount(e) {
      return MEMFS.createNode(null, "/", 16895, 0);
    }, createNode(e, r, t, n3) {
      if (FS.isBlkdev(t) || FS.isFIFO(t)) throw new FS.ErrnoError(63);
      MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, allocate: MEMFS.stream_ops.allocate, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
      var o2 = FS.createNode(e, r, t, n3);
      return FS.isDir(o2.mode) ? (o2.node_ops = MEMFS.ops_table.dir.node, o2.stream_ops = MEMFS.ops_table.dir.stream, o2.contents = {}) : FS.isFile(o2.mode) ? (o2.node_ops = MEMFS.ops_table.file.node, o2.stream_ops = MEMFS.ops_table.file.stream, o2.usedBytes = 0, o2.contents = null) : FS.isLink(o2.mode) ? (o2.node_ops = MEMFS.ops_table.link.node, o2.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(o2.mode) && (o2.node_ops = MEMFS.ops_table.chrdev.node, o2.stream_ops = MEMFS.ops_table.chrdev.stream), o2.atime = o2.mtime = o2.ctime = Date.now(), e && (e.contents[r] = o2, e.atime = e.mtime = e.ctime = o2.atime), o2;
    }, getFileDataAsTypedArray(e) {
      return e.contents ? e.contents.subarray ? e.contents.subarray(0, e.usedBytes) : new Uint8Array(e.contents) : new Uint8Array(0);
    }, expandFileStorage(e, r) {
      var t = e.contents ? e.contents.length : 0;
      if (!(t >= r)) {
        var n3 = 1024 * 1024;
        r = Math.max(r, t * (t < n3 ? 2 : 1.125) >>> 0), t != 0 && (r = Math.max(r, 256));
        var o2 = e.contents;
        e.contents = new Uint8Array(r), e.usedBytes > 0 && e.contents.set(o2.subarray(0, e.usedBytes), 0);
      }
    }, resizeFileStorage(e, r) {
      if (e.usedBytes != r) if (r == 0) e.contents = null, e.usedBytes = 0;
      else {
        var t = e.contents;
        e.contents = new Uint8Array(r), t && e.contents.set(t.subarray(0, Math.min(r, e.usedBytes))), e.usedBytes = r;
      }
    }, node_ops: { getattr(e) {
      var r = {};
      return r.dev = FS.isChrdev(e.mode) ? e.id : 1, r.ino = e.id, r.mode = e.mode, r.nlink = 1, r.uid = 0, r.gid = 0, r.rdev = e.rdev, FS.isDir(e.mode) ? r.size = 4096 : FS.isFile(e.mode) ? r.size = e.usedBytes : FS.isLink(e.mode) ? r.size = e.link.length : r.size = 0, r.atime = new Date(e.atime), r.mtime = new Date(e.mtime), r.ctime = new Date(e.ctime), r.blksize = 4096, r.blocks = Math.ceil(r.size / r.blksize), r;
    }, setattr(e, r) {
      for (let t of ["mode", "atime", "mtime", "ctime"]) r[t] && (e[t] = r[t]);
      r.size !== void 0 && MEMFS.resizeFileStorage(e, r.size);
    }, lookup(e, r) {
      throw MEMFS.doesNotExistError;
    }, mknod(e, r, t, n3) {
      return MEMFS.createNode(e, r, t, n3);
    }, rename(e, r, t) {
      var n3;
      try {
        n3 = FS.lookupNode(r, t);
      } catch {
      }
      if (n3) {
        if (FS.isDir(e.mode)) for (var o2 in n3.contents) throw new FS.ErrnoError(55);
        FS.hashRemoveNode(n3);
      }
      delete e.parent.contents[e.name], r.contents[t] = e, e.name = t, r.ctime = r.mtime = e.parent.ctime = e.parent.mtime = Date.now();
    }, unlink(e, r) {
      delete e.contents[r], e.ctime = e.mtime = Date.now();
    }, rmdir(e, r) {
      var t = FS.lookupNode(e, r);
      for (var n3 in t.contents) throw new FS.ErrnoError(55);
      delete e.contents[r], e.ctime = e.mtime = Date.now();
    }, readdir(e) {
      return [".", "..", ...Object.keys(e.contents)];
    }, symlink(e, r, t) {
      var n3 = MEMFS.createNode(e, r, 41471, 0);
      return n3.link = t, n3;
    }, readlink(e) {
      if (!FS.isLink(e.mode)) throw new FS.ErrnoError(28);
      return e.link;
    } }, stream_ops: { read(e, r, t, n3, o2) {
      var a2 = e.node.contents;
      if (o2 >= e.node.usedBytes) return 0;
      var s3 = Math.min(e.node.usedBytes - o2, n3);
      if (s3 > 8 && a2.subarray) r.set(a2.subarray(o2, o2 + s3), t);
      else for (var l2 = 0; l2 < s3; l2++) r[t + l2] = a2[o2 + l2];
      return s3;
    }, write(e, r, t, n3, o2, a2) {
      if (r.buffer === HEAP8.buffer && (a2 = false), !n3) return 0;
      var s3 = e.node;
      if (s3.mtime = s3.ctime = Date.now(), r.subarray && (!s3.contents || s3.contents.subarray)) {
        if (a2) return s3.contents = r.subarray(t, t + n3), s3.usedBytes = n3, n3;
        if (s3.usedBytes === 0 && o2 === 0) return s3.contents = r.slice(t, t + n3), s3.usedBytes = n3, n3;
        if (o2 + n3 <= s3.usedBytes) return s3.contents.set(r.subarray(t, t + n3), o2), n3;
      }
      if (MEMFS.expandFileStorage(s3, o2 + n3), s3.contents.subarray && r.subarray) s3.contents.set(r.subarray(t, t + n3), o2);
      else for (var l2 = 0; l2 < n3; l2++) s3.contents[o2 + l2] = r[t + l2];
      return s3.usedBytes = Math.max(s3.usedBytes, o2 + n3), n3;
    }, llseek(e, r, t) {
      var n3 = r;
      if (t === 1 ? n3 += e.position : t === 2 && FS.isFile(e.node.mode) && (n3 += e.node.usedBytes), n3 < 0) throw new FS.ErrnoError(28);
      return n3;
    }, allocate(e, r, t) {
      MEMFS.expandFileStorage(e.node, r + t), e.node.usedBytes = Math.max(e.node.usedBytes, r + t);
    }, mmap(e, r, t, n3, o2) {
      if (!FS.isFile(e.node.mode)) throw new FS.ErrnoError(43);
      var a2, s3, l2 = e.node.contents;
      if (!(o2 & 2) && l2 && l2.buffer === HEAP8.buffer) s3 = false, a2 = l2.byteOffset;
      else {
        if (s3 = true, a2 = mmapAlloc(r), !a2) throw new FS.ErrnoError(48);
        l2 && ((t > 0 || t + r < l2.length) && (l2.subarray ? l2 = l2.subarray(t, t + r) : l2 = Array.prototype.slice.call(l2, t, t + r)), HEAP8.set(l2, a2));
      }
      return { ptr: a2, allocated: s3 };
    }, msync(e, r, t, n3, o2) {
      return MEMFS.stream_ops.write(e, r, 0, n3, t, false), 0;
    } } }, FS_createDataFile = (e, r, t, n3, o2, a2) => {
      FS.createDataFile(e, r, t, n3, o2, a2);
    }, FS_handledByPreloadPlugin = (e, r, t, n3) => {
      typeof Browser < "u" && Browser.init();
      var o2 = false;
      return preloadPlugins.forEach((a2) => {
        o2 || a2.canHandle(r) && (a2.handle(e, r, t, n3), o2 = true);
      }), o2;
    }, FS_createPreloadedFile = (e, r, t, n3, o2, a2, s3, l2, u2, d3) => {
      var c3 = r ? PATH_FS.resolve(PATH.join2(e, r)) : e, p3 = `cp ${c3}`;
      function f3(m2) {
        function _2(g3) {
          d3?.(), l2 || FS_createDataFile(e, r, g3, n3, o2, u2), a2?.(), removeRunDependency(p3);
        }
        FS_handledByPreloadPlugin(m2, c3, _2, () => {
          s3?.(), removeRunDependency(p3);
        }) || _2(m2);
      }
      addRunDependency(p3), typeof t == "string" ? asyncLoad(t).then(f3, s3) : f3(t);
    }, FS_modeStringToFlags = (e) => {
      var r = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, t = r[e];
      if (typeof t > "u") throw new Error(`Unknown file open mode: ${e}`);
      return t;
    }, FS_getMode = (e, r) => {
      var t = 0;
      return e && (t |= 365), r && (t |= 146), t;
    }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, PROXYFS = { mount(e) {
      return PROXYFS.createNode(null, "/", e.opts.fs.lstat(e.opts.root).mode, 0);
    }, createNode(e, r, t, n3) {
      if (!FS.isDir(t) && !FS.isFile(t) && !FS.isLink(t)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
      var o2 = FS.createNode(e, r, t);
      return o2.node_ops = PROXYFS.node_ops, o2.stream_ops = PROXYFS.stream_ops, o2;
    }, realPath(e) {
      for (var r = []; e.parent !== e; ) r.push(e.name), e = e.parent;
      return r.push(e.mount.opts.root), r.reverse(), PATH.join(...r);
    }, node_ops: { getattr(e) {
      var r = PROXYFS.realPath(e), t;
      try {
        t = e.mount.opts.fs.lstat(r);
      } catch (n3) {
        throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
      }
      return { dev: t.dev, ino: t.ino, mode: t.mode, nlink: t.nlink, uid: t.uid, gid: t.gid, rdev: t.rdev, size: t.size, atime: t.atime, mtime: t.mtime, ctime: t.ctime, blksize: t.blksize, blocks: t.blocks };
    }, setattr(e, r) {
      var t = PROXYFS.realPath(e);
      try {
        if (r.mode !== void 0 && (e.mount.opts.fs.chmod(t, r.mode), e.mode = r.mode), r.atime || r.mtime) {
          var n3 = new Date(r.atime || r.mtime), o2 = new Date(r.mtime || r.atime);
          e.mount.opts.fs.utime(t, n3, o2);
        }
        r.size !== void 0 && e.mount.opts.fs.truncate(t, r.size);
      } catch (a2) {
        throw a2.code ? new FS.ErrnoError(ERRNO_CODES[a2.code]) : a2;
      }
    }, lookup(e, r) {
      try {
        var t = PATH.join2(PROXYFS.realPath(e), r), n3 = e.mount.opts.fs.lstat(t).mode, o2 = PROXYFS.createNode(e, r, n3);
        return o2;
      } catch (a2) {
        throw a2.code ? new FS.ErrnoError(ERRNO_CODES[a2.code]) : a2;
      }
    }, mknod(e, r, t, n3) {
      var o2 = PROXYFS.createNode(e, r, t, n3), a2 = PROXYFS.realPath(o2);
      try {
        FS.isDir(o2.mode) ? o2.mount.opts.fs.mkdir(a2, o2.mode) : o2.mount.opts.fs.writeFile(a2, "", { mode: o2.mode });
      } catch (s3) {
        throw s3.code ? new FS.ErrnoError(ERRNO_CODES[s3.code]) : s3;
      }
      return o2;
    }, rename(e, r, t) {
      var n3 = PROXYFS.realPath(e), o2 = PATH.join2(PROXYFS.realPath(r), t);
      try {
        e.mount.opts.fs.rename(n3, o2), e.name = t;
      } catch (a2) {
        throw a2.code ? new FS.ErrnoError(ERRNO_CODES[a2.code]) : a2;
      }
    }, unlink(e, r) {
      var t = PATH.join2(PROXYFS.realPath(e), r);
      try {
        e.mount.opts.fs.unlink(t);
      } catch (n3) {
        throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
      }
    }, rmdir(e, r) {
      var t = PATH.join2(PROXYFS.realPath(e), r);
      try {
        e.mount.opts.fs.rmdir(t);
      } catch (n3) {
        throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
      }
    }, readdir(e) {
      var r = PROXYFS.realPath(e);
      try {
        return e.mount.opts.fs.readdir(r);
      } catch (t) {
        throw t.code ? new FS.ErrnoError(ERRNO_CODES[t.code]) : t;
      }
    }, symlink(e, r, t) {
      var n3 = PATH.join2(PROXYFS.realPath(e), r);
      try {
        e.mount.opts.fs.symlink(t, n3);
      } catch (o2) {
        throw o2.code ? new FS.ErrnoError(ERRNO_CODES[o2.code]) : o2;
      }
    }, readlink(e) {
      var r = PROXYFS.realPath(e);
      try {
        return e.mount.opts.fs.readlink(r);
      } catch (t) {
        throw t.code ? new FS.ErrnoError(ERRNO_CODES[t.code]) : t;
      }
    } }, stream_ops: { open(e) {
      var r = PROXYFS.realPath(e.node);
      try {
        e.nfd = e.node.mount.opts.fs.open(r, e.flags);
      } catch (t) {
        throw t.code ? new FS.ErrnoError(ERRNO_CODES[t.code]) : t;
      }
    }, close(e) {
      try {
        e.node.mount.opts.fs.close(e.nfd);
      } catch (r) {
        throw r.code ? new FS.ErrnoError(ERRNO_CODES[r.code]) : r;
      }
    }, read(e, r, t, n3, o2) {
      try {
        return e.node.mount.opts.fs.read(e.nfd, r, t, n3, o2);
      } catch (a2) {
        throw a2.code ? new FS.ErrnoError(ERRNO_CODES[a2.code]) : a2;
      }
    }, write(e, r, t, n3, o2) {
      try {
        return e.node.mount.opts.fs.write(e.nfd, r, t, n3, o2);
      } catch (a2) {
        throw a2.code ? new FS.ErrnoError(ERRNO_CODES[a2.code]) : a2;
      }
    }, llseek(e, r, t) {
      var n3 = r;
      if (t === 1) n3 += e.position;
      else if (t === 2 && FS.isFile(e.node.mode)) try {
        var o2 = e.node.node_ops.getattr(e.node);
        n3 += o2.size;
      } catch (a2) {
        throw new FS.ErrnoError(ERRNO_CODES[a2.code]);
      }
      if (n3 < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
      return n3;
    } } }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, ErrnoError: class {
      constructor(e) {
        P(this, "name", "ErrnoError");
        this.errno = e;
      }
    }, filesystems: null, syncFSRequests: 0, readFiles: {}, FSStream: class {
      constructor() {
        P(this, "shared", {});
      }
      get object() {
        return this.node;
      }
      set object(e) {
        this.node = e;
      }
      get isRead() {
        return (this.flags & 2097155) !== 1;
      }
      get isWrite() {
        return (this.flags & 2097155) !== 0;
      }
      get isAppend() {
        return this.flags & 1024;
      }
      get flags() {
        return this.shared.flags;
      }
      set flags(e) {
        this.shared.flags = e;
      }
      get position() {
        return this.shared.position;
      }
      set position(e) {
        this.shared.position = e;
      }
    }, FSNode: class {
      constructor(e, r, t, n3) {
        P(this, "node_ops", {});
        P(this, "stream_ops", {});
        P(this, "readMode", 365);
        P(this, "writeMode", 146);
        P(this, "mounted", null);
        e || (e = this), this.parent = e, this.mount = e.mount, this.id = FS.nextInode++, this.name = r, this.mode = t, this.rdev = n3, this.atime = this.mtime = this.ctime = Date.now();
      }
      get read() {
        return (this.mode & this.readMode) === this.readMode;
      }
      set read(e) {
        e ? this.mode |= this.readMode : this.mode &= ~this.readMode;
      }
      get write() {
        return (this.mode & this.writeMode) === this.writeMode;
      }
      set write(e) {
        e ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
      }
      get isFolder() {
        return FS.isDir(this.mode);
      }
      get isDevice() {
        return FS.isChrdev(this.mode);
      }
    }, lookupPath(e, r = {}) {
      if (!e) return { path: "", node: null };
      r.follow_mount ?? (r.follow_mount = true), PATH.isAbs(e) || (e = FS.cwd() + "/" + e);
      e: for (var t = 0; t < 40; t++) {
        for (var n3 = e.split("/").filter((d3) => !!d3 && d3 !== "."), o2 = FS.root, a2 = "/", s3 = 0; s3 < n3.length; s3++) {
          var l2 = s3 === n3.length - 1;
          if (l2 && r.parent) break;
          if (n3[s3] === "..") {
            a2 = PATH.dirname(a2), o2 = o2.parent;
            continue;
          }
          a2 = PATH.join2(a2, n3[s3]);
          try {
            o2 = FS.lookupNode(o2, n3[s3]);
          } catch (d3) {
            if (d3?.errno === 44 && l2 && r.noent_okay) return { path: a2 };
            throw d3;
          }
          if (FS.isMountpoint(o2) && (!l2 || r.follow_mount) && (o2 = o2.mounted.root), FS.isLink(o2.mode) && (!l2 || r.follow)) {
            if (!o2.node_ops.readlink) throw new FS.ErrnoError(52);
            var u2 = o2.node_ops.readlink(o2);
            PATH.isAbs(u2) || (u2 = PATH.dirname(a2) + "/" + u2), e = u2 + "/" + n3.slice(s3 + 1).join("/");
            continue e;
          }
        }
        return { path: a2, node: o2 };
      }
      throw new FS.ErrnoError(32);
    }, getPath(e) {
      for (var r; ; ) {
        if (FS.isRoot(e)) {
          var t = e.mount.mountpoint;
          return r ? t[t.length - 1] !== "/" ? `${t}/${r}` : t + r : t;
        }
        r = r ? `${e.name}/${r}` : e.name, e = e.parent;
      }
    }, hashName(e, r) {
      for (var t = 0, n3 = 0; n3 < r.length; n3++) t = (t << 5) - t + r.charCodeAt(n3) | 0;
      return (e + t >>> 0) % FS.nameTable.length;
    }, hashAddNode(e) {
      var r = FS.hashName(e.parent.id, e.name);
      e.name_next = FS.nameTable[r], FS.nameTable[r] = e;
    }, hashRemoveNode(e) {
      var r = FS.hashName(e.parent.id, e.name);
      if (FS.nameTable[r] === e) FS.nameTable[r] = e.name_next;
      else for (var t = FS.nameTable[r]; t; ) {
        if (t.name_next === e) {
          t.name_next = e.name_next;
          break;
        }
        t = t.name_next;
      }
    }, lookupNode(e, r) {
      var t = FS.mayLookup(e);
      if (t) throw new FS.ErrnoError(t);
      for (var n3 = FS.hashName(e.id, r), o2 = FS.nameTable[n3]; o2; o2 = o2.name_next) {
        var a2 = o2.name;
        if (o2.parent.id === e.id && a2 === r) return o2;
      }
      return FS.lookup(e, r);
    }, createNode(e, r, t, n3) {
      var o2 = new FS.FSNode(e, r, t, n3);
      return FS.hashAddNode(o2), o2;
    }, destroyNode(e) {
      FS.hashRemoveNode(e);
    }, isRoot(e) {
      return e === e.parent;
    }, isMountpoint(e) {
      return !!e.mounted;
    }, isFile(e) {
      return (e & 61440) === 32768;
    }, isDir(e) {
      return (e & 61440) === 16384;
    }, isLink(e) {
      return (e & 61440) === 40960;
    }, isChrdev(e) {
      return (e & 61440) === 8192;
    }, isBlkdev(e) {
      return (e & 61440) === 24576;
    }, isFIFO(e) {
      return (e & 61440) === 4096;
    }, isSocket(e) {
      return (e & 49152) === 49152;
    }, flagsToPermissionString(e) {
      var r = ["r", "w", "rw"][e & 3];
      return e & 512 && (r += "w"), r;
    }, nodePermissions(e, r) {
      return FS.ignorePermissions ? 0 : r.includes("r") && !(e.mode & 292) || r.includes("w") && !(e.mode & 146) || r.includes("x") && !(e.mode & 73) ? 2 : 0;
    }, mayLookup(e) {
      if (!FS.isDir(e.mode)) return 54;
      var r = FS.nodePermissions(e, "x");
      return r || (e.node_ops.lookup ? 0 : 2);
    }, mayCreate(e, r) {
      if (!FS.isDir(e.mode)) return 54;
      try {
        var t = FS.lookupNode(e, r);
        return 20;
      } catch {
      }
      return FS.nodePermissions(e, "wx");
    }, mayDelete(e, r, t) {
      var n3;
      try {
        n3 = FS.lookupNode(e, r);
      } catch (a2) {
        return a2.errno;
      }
      var o2 = FS.nodePermissions(e, "wx");
      if (o2) return o2;
      if (t) {
        if (!FS.isDir(n3.mode)) return 54;
        if (FS.isRoot(n3) || FS.getPath(n3) === FS.cwd()) return 10;
      } else if (FS.isDir(n3.mode)) return 31;
      return 0;
    }, mayOpen(e, r) {
      return e ? FS.isLink(e.mode) ? 32 : FS.isDir(e.mode) && (FS.flagsToPermissionString(r) !== "r" || r & 512) ? 31 : FS.nodePermissions(e, FS.flagsToPermissionString(r)) : 44;
    }, MAX_OPEN_FDS: 4096, nextfd() {
      for (var e = 0; e <= FS.MAX_OPEN_FDS; e++) if (!FS.streams[e]) return e;
      throw new FS.ErrnoError(33);
    }, getStreamChecked(e) {
      var r = FS.getStream(e);
      if (!r) throw new FS.ErrnoError(8);
      return r;
    }, getStream: (e) => FS.streams[e], createStream(e, r = -1) {
      return e = Object.assign(new FS.FSStream(), e), r == -1 && (r = FS.nextfd()), e.fd = r, FS.streams[r] = e, e;
    }, closeStream(e) {
      FS.streams[e] = null;
    }, dupStream(e, r = -1) {
      var t = FS.createStream(e, r);
      return t.stream_ops?.dup?.(t), t;
    }, chrdev_stream_ops: { open(e) {
      var r = FS.getDevice(e.node.rdev);
      e.stream_ops = r.stream_ops, e.stream_ops.open?.(e);
    }, llseek() {
      throw new FS.ErrnoError(70);
    } }, major: (e) => e >> 8, minor: (e) => e & 255, makedev: (e, r) => e << 8 | r, registerDevice(e, r) {
      FS.devices[e] = { stream_ops: r };
    }, getDevice: (e) => FS.devices[e], getMounts(e) {
      for (var r = [], t = [e]; t.length; ) {
        var n3 = t.pop();
        r.push(n3), t.push(...n3.mounts);
      }
      return r;
    }, syncfs(e, r) {
      typeof e == "function" && (r = e, e = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
      var t = FS.getMounts(FS.root.mount), n3 = 0;
      function o2(s3) {
        return FS.syncFSRequests--, r(s3);
      }
      function a2(s3) {
        if (s3) return a2.errored ? void 0 : (a2.errored = true, o2(s3));
        ++n3 >= t.length && o2(null);
      }
      t.forEach((s3) => {
        if (!s3.type.syncfs) return a2(null);
        s3.type.syncfs(s3, e, a2);
      });
    }, mount(e, r, t) {
      var n3 = t === "/", o2 = !t, a2;
      if (n3 && FS.root) throw new FS.ErrnoError(10);
      if (!n3 && !o2) {
        var s3 = FS.lookupPath(t, { follow_mount: false });
        if (t = s3.path, a2 = s3.node, FS.isMountpoint(a2)) throw new FS.ErrnoError(10);
        if (!FS.isDir(a2.mode)) throw new FS.ErrnoError(54);
      }
      var l2 = { type: e, opts: r, mountpoint: t, mounts: [] }, u2 = e.mount(l2);
      return u2.mount = l2, l2.root = u2, n3 ? FS.root = u2 : a2 && (a2.mounted = l2, a2.mount && a2.mount.mounts.push(l2)), u2;
    }, unmount(e) {
      var r = FS.lookupPath(e, { follow_mount: false });
      if (!FS.isMountpoint(r.node)) throw new FS.ErrnoError(28);
      var t = r.node, n3 = t.mounted, o2 = FS.getMounts(n3);
      Object.keys(FS.nameTable).forEach((s3) => {
        for (var l2 = FS.nameTable[s3]; l2; ) {
          var u2 = l2.name_next;
          o2.includes(l2.mount) && FS.destroyNode(l2), l2 = u2;
        }
      }), t.mounted = null;
      var a2 = t.mount.mounts.indexOf(n3);
      t.mount.mounts.splice(a2, 1);
    }, lookup(e, r) {
      return e.node_ops.lookup(e, r);
    }, mknod(e, r, t) {
      var n3 = FS.lookupPath(e, { parent: true }), o2 = n3.node, a2 = PATH.basename(e);
      if (!a2 || a2 === "." || a2 === "..") throw new FS.ErrnoError(28);
      var s3 = FS.mayCreate(o2, a2);
      if (s3) throw new FS.ErrnoError(s3);
      if (!o2.node_ops.mknod) throw new FS.ErrnoError(63);
      return o2.node_ops.mknod(o2, a2, r, t);
    }, statfs(e) {
      var r = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 }, t = FS.lookupPath(e, { follow: true }).node;
      return t?.node_ops.statfs && Object.assign(r, t.node_ops.statfs(t.mount.opts.root)), r;
    }, create(e, r = 438) {
      return r &= 4095, r |= 32768, FS.mknod(e, r, 0);
    }, mkdir(e, r = 511) {
      return r &= 1023, r |= 16384, FS.mknod(e, r, 0);
    }, mkdirTree(e, r) {
      for (var t = e.split("/"), n3 = "", o2 = 0; o2 < t.length; ++o2) if (t[o2]) {
        n3 += "/" + t[o2];
        try {
          FS.mkdir(n3, r);
        } catch (a2) {
          if (a2.errno != 20) throw a2;
        }
      }
    }, mkdev(e, r, t) {
      return typeof t > "u" && (t = r, r = 438), r |= 8192, FS.mknod(e, r, t);
    }, symlink(e, r) {
      if (!PATH_FS.resolve(e)) throw new FS.ErrnoError(44);
      var t = FS.lookupPath(r, { parent: true }), n3 = t.node;
      if (!n3) throw new FS.ErrnoError(44);
      var o2 = PATH.basename(r), a2 = FS.mayCreate(n3, o2);
      if (a2) throw new FS.ErrnoError(a2);
      if (!n3.node_ops.symlink) throw new FS.ErrnoError(63);
      return n3.node_ops.symlink(n3, o2, e);
    }, rename(e, r) {
      var t = PATH.dirname(e), n3 = PATH.dirname(r), o2 = PATH.basename(e), a2 = PATH.basename(r), s3, l2, u2;
      if (s3 = FS.lookupPath(e, { parent: true }), l2 = s3.node, s3 = FS.lookupPath(r, { parent: true }), u2 = s3.node, !l2 || !u2) throw new FS.ErrnoError(44);
      if (l2.mount !== u2.mount) throw new FS.ErrnoError(75);
      var d3 = FS.lookupNode(l2, o2), c3 = PATH_FS.relative(e, n3);
      if (c3.charAt(0) !== ".") throw new FS.ErrnoError(28);
      if (c3 = PATH_FS.relative(r, t), c3.charAt(0) !== ".") throw new FS.ErrnoError(55);
      var p3;
      try {
        p3 = FS.lookupNode(u2, a2);
      } catch {
      }
      if (d3 !== p3) {
        var f3 = FS.isDir(d3.mode), m2 = FS.mayDelete(l2, o2, f3);
        if (m2) throw new FS.ErrnoError(m2);
        if (m2 = p3 ? FS.mayDelete(u2, a2, f3) : FS.mayCreate(u2, a2), m2) throw new FS.ErrnoError(m2);
        if (!l2.node_ops.rename) throw new FS.ErrnoError(63);
        if (FS.isMountpoint(d3) || p3 && FS.isMountpoint(p3)) throw new FS.ErrnoError(10);
        if (u2 !== l2 && (m2 = FS.nodePermissions(l2, "w"), m2)) throw new FS.ErrnoError(m2);
        FS.hashRemoveNode(d3);
        try {
          l2.node_ops.rename(d3, u2, a2), d3.parent = u2;
        } catch (_2) {
          throw _2;
        } finally {
          FS.hashAddNode(d3);
        }
      }
    }, rmdir(e) {
      var r = FS.lookupPath(e, { parent: true }), t = r.node, n3 = PATH.basename(e), o2 = FS.lookupNode(t, n3), a2 = FS.mayDelete(t, n3, true);
      if (a2) throw new FS.ErrnoError(a2);
      if (!t.node_ops.rmdir) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(o2)) throw new FS.ErrnoError(10);
      t.node_ops.rmdir(t, n3), FS.destroyNode(o2);
    }, readdir(e) {
      var r = FS.lookupPath(e, { follow: true }), t = r.node;
      if (!t.node_ops.readdir) throw new FS.ErrnoError(54);
      return t.node_ops.readdir(t);
    }, unlink(e) {
      var r = FS.lookupPath(e, { parent: true }), t = r.node;
      if (!t) throw new FS.ErrnoError(44);
      var n3 = PATH.basename(e), o2 = FS.lookupNode(t, n3), a2 = FS.mayDelete(t, n3, false);
      if (a2) throw new FS.ErrnoError(a2);
      if (!t.node_ops.unlink) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(o2)) throw new FS.ErrnoError(10);
      t.node_ops.unlink(t, n3), FS.destroyNode(o2);
    }, readlink(e) {
      var r = FS.lookupPath(e), t = r.node;
      if (!t) throw new FS.ErrnoError(44);
      if (!t.node_ops.readlink) throw new FS.ErrnoError(28);
      return t.node_ops.readlink(t);
    }, stat(e, r) {
      var t = FS.lookupPath(e, { follow: !r }), n3 = t.node;
      if (!n3) throw new FS.ErrnoError(44);
      if (!n3.node_ops.getattr) throw new FS.ErrnoError(63);
      return n3.node_ops.getattr(n3);
    }, lstat(e) {
      return FS.stat(e, true);
    }, chmod(e, r, t) {
      var n3;
      if (typeof e == "string") {
        var o2 = FS.lookupPath(e, { follow: !t });
        n3 = o2.node;
      } else n3 = e;
      if (!n3.node_ops.setattr) throw new FS.ErrnoError(63);
      n3.node_ops.setattr(n3, { mode: r & 4095 | n3.mode & -4096, ctime: Date.now() });
    }, lchmod(e, r) {
      FS.chmod(e, r, true);
    }, fchmod(e, r) {
      var t = FS.getStreamChecked(e);
      FS.chmod(t.node, r);
    }, chown(e, r, t, n3) {
      var o2;
      if (typeof e == "string") {
        var a2 = FS.lookupPath(e, { follow: !n3 });
        o2 = a2.node;
      } else o2 = e;
      if (!o2.node_ops.setattr) throw new FS.ErrnoError(63);
      o2.node_ops.setattr(o2, { timestamp: Date.now() });
    }, lchown(e, r, t) {
      FS.chown(e, r, t, true);
    }, fchown(e, r, t) {
      var n3 = FS.getStreamChecked(e);
      FS.chown(n3.node, r, t);
    }, truncate(e, r) {
      if (r < 0) throw new FS.ErrnoError(28);
      var t;
      if (typeof e == "string") {
        var n3 = FS.lookupPath(e, { follow: true });
        t = n3.node;
      } else t = e;
      if (!t.node_ops.setattr) throw new FS.ErrnoError(63);
      if (FS.isDir(t.mode)) throw new FS.ErrnoError(31);
      if (!FS.isFile(t.mode)) throw new FS.ErrnoError(28);
      var o2 = FS.nodePermissions(t, "w");
      if (o2) throw new FS.ErrnoError(o2);
      t.node_ops.setattr(t, { size: r, timestamp: Date.now() });
    }, ftruncate(e, r) {
      var t = FS.getStreamChecked(e);
      if (!(t.flags & 2097155)) throw new FS.ErrnoError(28);
      FS.truncate(t.node, r);
    }, utime(e, r, t) {
      var n3 = FS.lookupPath(e, { follow: true }), o2 = n3.node;
      o2.node_ops.setattr(o2, { atime: r, mtime: t });
    }, open(e, r, t = 438) {
      if (e === "") throw new FS.ErrnoError(44);
      r = typeof r == "string" ? FS_modeStringToFlags(r) : r, r & 64 ? t = t & 4095 | 32768 : t = 0;
      var n3;
      if (typeof e == "object") n3 = e;
      else {
        var o2 = FS.lookupPath(e, { follow: !(r & 131072), noent_okay: true });
        n3 = o2.node, e = o2.path;
      }
      var a2 = false;
      if (r & 64) if (n3) {
        if (r & 128) throw new FS.ErrnoError(20);
      } else n3 = FS.mknod(e, t, 0), a2 = true;
      if (!n3) throw new FS.ErrnoError(44);
      if (FS.isChrdev(n3.mode) && (r &= -513), r & 65536 && !FS.isDir(n3.mode)) throw new FS.ErrnoError(54);
      if (!a2) {
        var s3 = FS.mayOpen(n3, r);
        if (s3) throw new FS.ErrnoError(s3);
      }
      r & 512 && !a2 && FS.truncate(n3, 0), r &= -131713;
      var l2 = FS.createStream({ node: n3, path: FS.getPath(n3), flags: r, seekable: true, position: 0, stream_ops: n3.stream_ops, ungotten: [], error: false });
      return l2.stream_ops.open && l2.stream_ops.open(l2), Module.logReadFiles && !(r & 1) && (e in FS.readFiles || (FS.readFiles[e] = 1)), l2;
    }, close(e) {
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      e.getdents && (e.getdents = null);
      try {
        e.stream_ops.close && e.stream_ops.close(e);
      } catch (r) {
        throw r;
      } finally {
        FS.closeStream(e.fd);
      }
      e.fd = null;
    }, isClosed(e) {
      return e.fd === null;
    }, llseek(e, r, t) {
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if (!e.seekable || !e.stream_ops.llseek) throw new FS.ErrnoError(70);
      if (t != 0 && t != 1 && t != 2) throw new FS.ErrnoError(28);
      return e.position = e.stream_ops.llseek(e, r, t), e.ungotten = [], e.position;
    }, read(e, r, t, n3, o2) {
      if (n3 < 0 || o2 < 0) throw new FS.ErrnoError(28);
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if ((e.flags & 2097155) === 1) throw new FS.ErrnoError(8);
      if (FS.isDir(e.node.mode)) throw new FS.ErrnoError(31);
      if (!e.stream_ops.read) throw new FS.ErrnoError(28);
      var a2 = typeof o2 < "u";
      if (!a2) o2 = e.position;
      else if (!e.seekable) throw new FS.ErrnoError(70);
      var s3 = e.stream_ops.read(e, r, t, n3, o2);
      return a2 || (e.position += s3), s3;
    }, write(e, r, t, n3, o2, a2) {
      if (n3 < 0 || o2 < 0) throw new FS.ErrnoError(28);
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if (!(e.flags & 2097155)) throw new FS.ErrnoError(8);
      if (FS.isDir(e.node.mode)) throw new FS.ErrnoError(31);
      if (!e.stream_ops.write) throw new FS.ErrnoError(28);
      e.seekable && e.flags & 1024 && FS.llseek(e, 0, 2);
      var s3 = typeof o2 < "u";
      if (!s3) o2 = e.position;
      else if (!e.seekable) throw new FS.ErrnoError(70);
      var l2 = e.stream_ops.write(e, r, t, n3, o2, a2);
      return s3 || (e.position += l2), l2;
    }, allocate(e, r, t) {
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if (r < 0 || t <= 0) throw new FS.ErrnoError(28);
      if (!(e.flags & 2097155)) throw new FS.ErrnoError(8);
      if (!FS.isFile(e.node.mode) && !FS.isDir(e.node.mode)) throw new FS.ErrnoError(43);
      if (!e.stream_ops.allocate) throw new FS.ErrnoError(138);
      e.stream_ops.allocate(e, r, t);
    }, mmap(e, r, t, n3, o2) {
      if (n3 & 2 && !(o2 & 2) && (e.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
      if ((e.flags & 2097155) === 1) throw new FS.ErrnoError(2);
      if (!e.stream_ops.mmap) throw new FS.ErrnoError(43);
      if (!r) throw new FS.ErrnoError(28);
      return e.stream_ops.mmap(e, r, t, n3, o2);
    }, msync(e, r, t, n3, o2) {
      return e.stream_ops.msync ? e.stream_ops.msync(e, r, t, n3, o2) : 0;
    }, ioctl(e, r, t) {
      if (!e.stream_ops.ioctl) throw new FS.ErrnoError(59);
      return e.stream_ops.ioctl(e, r, t);
    }, readFile(e, r = {}) {
      if (r.flags = r.flags || 0, r.encoding = r.encoding || "binary", r.encoding !== "utf8" && r.encoding !== "binary") throw new Error(`Invalid encoding type "${r.encoding}"`);
      var t, n3 = FS.open(e, r.flags), o2 = FS.stat(e), a2 = o2.size, s3 = new Uint8Array(a2);
      return FS.read(n3, s3, 0, a2, 0), r.encoding === "utf8" ? t = UTF8ArrayToString(s3) : r.encoding === "binary" && (t = s3), FS.close(n3), t;
    }, writeFile(e, r, t = {}) {
      t.flags = t.flags || 577;
      var n3 = FS.open(e, t.flags, t.mode);
      if (typeof r == "string") {
        var o2 = new Uint8Array(lengthBytesUTF8(r) + 1), a2 = stringToUTF8Array(r, o2, 0, o2.length);
        FS.write(n3, o2, 0, a2, void 0, t.canOwn);
      } else if (ArrayBuffer.isView(r)) FS.write(n3, r, 0, r.byteLength, void 0, t.canOwn);
      else throw new Error("Unsupported data type");
      FS.close(n3);
    }, cwd: () => FS.currentPath, chdir(e) {
      var r = FS.lookupPath(e, { follow: true });
      if (r.node === null) throw new FS.ErrnoError(44);
      if (!FS.isDir(r.node.mode)) throw new FS.ErrnoError(54);
      var t = FS.nodePermissions(r.node, "x");
      if (t) throw new FS.ErrnoError(t);
      FS.currentPath = r.path;
    }, createDefaultDirectories() {
      FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
    }, createDefaultDevices() {
      FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (n3, o2, a2, s3, l2) => s3, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
      var e = new Uint8Array(1024), r = 0, t = () => (r === 0 && (r = randomFill(e).byteLength), e[--r]);
      FS.createDevice("/dev", "random", t), FS.createDevice("/dev", "urandom", t), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
    }, createSpecialDirectories() {
      FS.mkdir("/proc");
      var e = FS.mkdir("/proc/self");
      FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
        var r = FS.createNode(e, "fd", 16895, 73);
        return r.stream_ops = { llseek: MEMFS.stream_ops.llseek }, r.node_ops = { lookup(t, n3) {
          var o2 = +n3, a2 = FS.getStreamChecked(o2), s3 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => a2.path }, id: o2 + 1 };
          return s3.parent = s3, s3;
        }, readdir() {
          return Array.from(FS.streams.entries()).filter(([t, n3]) => n3).map(([t, n3]) => t.toString());
        } }, r;
      } }, {}, "/proc/self/fd");
    }, createStandardStreams(e, r, t) {
      e ? FS.createDevice("/dev", "stdin", e) : FS.symlink("/dev/tty", "/dev/stdin"), r ? FS.createDevice("/dev", "stdout", null, r) : FS.symlink("/dev/tty", "/dev/stdout"), t ? FS.createDevice("/dev", "stderr", null, t) : FS.symlink("/dev/tty1", "/dev/stderr");
      var n3 = FS.open("/dev/stdin", 0), o2 = FS.open("/dev/stdout", 1), a2 = FS.open("/dev/stderr", 1);
    }, staticInit() {
      FS.nameTable = new Array(4096), FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories(), FS.filesystems = { MEMFS, PROXYFS };
    }, init(e, r, t) {
      FS.initialized = true, e ?? (e = Module.stdin), r ?? (r = Module.stdout), t ?? (t = Module.stderr), FS.createStandardStreams(e, r, t);
    }, quit() {
      FS.initialized = false, _fflush(0);
      for (var e = 0; e < FS.streams.length; e++) {
        var r = FS.streams[e];
        r && FS.close(r);
      }
    }, findObject(e, r) {
      var t = FS.analyzePath(e, r);
      return t.exists ? t.object : null;
    }, analyzePath(e, r) {
      try {
        var t = FS.lookupPath(e, { follow: !r });
        e = t.path;
      } catch {
      }
      var n3 = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
      try {
        var t = FS.lookupPath(e, { parent: true });
        n3.parentExists = true, n3.parentPath = t.path, n3.parentObject = t.node, n3.name = PATH.basename(e), t = FS.lookupPath(e, { follow: !r }), n3.exists = true, n3.path = t.path, n3.object = t.node, n3.name = t.node.name, n3.isRoot = t.path === "/";
      } catch (o2) {
        n3.error = o2.errno;
      }
      return n3;
    }, createPath(e, r, t, n3) {
      e = typeof e == "string" ? e : FS.getPath(e);
      for (var o2 = r.split("/").reverse(); o2.length; ) {
        var a2 = o2.pop();
        if (a2) {
          var s3 = PATH.join2(e, a2);
          try {
            FS.mkdir(s3);
          } catch {
          }
          e = s3;
        }
      }
      return s3;
    }, createFile(e, r, t, n3, o2) {
      var a2 = PATH.join2(typeof e == "string" ? e : FS.getPath(e), r), s3 = FS_getMode(n3, o2);
      return FS.create(a2, s3);
    }, createDataFile(e, r, t, n3, o2, a2) {
      var s3 = r;
      e && (e = typeof e == "string" ? e : FS.getPath(e), s3 = r ? PATH.join2(e, r) : e);
      var l2 = FS_getMode(n3, o2), u2 = FS.create(s3, l2);
      if (t) {
        if (typeof t == "string") {
          for (var d3 = new Array(t.length), c3 = 0, p3 = t.length; c3 < p3; ++c3) d3[c3] = t.charCodeAt(c3);
          t = d3;
        }
        FS.chmod(u2, l2 | 146);
        var f3 = FS.open(u2, 577);
        FS.write(f3, t, 0, t.length, 0, a2), FS.close(f3), FS.chmod(u2, l2);
      }
    }, createDevice(e, r, t, n3) {
      var l2;
      var o2 = PATH.join2(typeof e == "string" ? e : FS.getPath(e), r), a2 = FS_getMode(!!t, !!n3);
      (l2 = FS.createDevice).major ?? (l2.major = 64);
      var s3 = FS.makedev(FS.createDevice.major++, 0);
      return FS.registerDevice(s3, { open(u2) {
        u2.seekable = false;
      }, close(u2) {
        n3?.buffer?.length && n3(10);
      }, read(u2, d3, c3, p3, f3) {
        for (var m2 = 0, _2 = 0; _2 < p3; _2++) {
          var g3;
          try {
            g3 = t();
          } catch {
            throw new FS.ErrnoError(29);
          }
          if (g3 === void 0 && m2 === 0) throw new FS.ErrnoError(6);
          if (g3 == null) break;
          m2++, d3[c3 + _2] = g3;
        }
        return m2 && (u2.node.atime = Date.now()), m2;
      }, write(u2, d3, c3, p3, f3) {
        for (var m2 = 0; m2 < p3; m2++) try {
          n3(d3[c3 + m2]);
        } catch {
          throw new FS.ErrnoError(29);
        }
        return p3 && (u2.node.mtime = u2.node.ctime = Date.now()), m2;
      } }), FS.mkdev(o2, a2, s3);
    }, forceLoadFile(e) {
      if (e.isDevice || e.isFolder || e.link || e.contents) return true;
      if (typeof XMLHttpRequest < "u") throw new Error("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
      try {
        e.contents = readBinary(e.url), e.usedBytes = e.contents.length;
      } catch {
        throw new FS.ErrnoError(29);
      }
    }, createLazyFile(e, r, t, n3, o2) {
      class a2 {
        constructor() {
          P(this, "lengthKnown", false);
          P(this, "chunks", []);
        }
        get(m2) {
          if (!(m2 > this.length - 1 || m2 < 0)) {
            var _2 = m2 % this.chunkSize, g3 = m2 / this.chunkSize | 0;
            return this.getter(g3)[_2];
          }
        }
        setDataGetter(m2) {
          this.getter = m2;
        }
        cacheLength() {
          var m2 = new XMLHttpRequest();
          if (m2.open("HEAD", t, false), m2.send(null), !(m2.status >= 200 && m2.status < 300 || m2.status === 304)) throw new Error("Couldn't load " + t + ". Status: " + m2.status);
          var _2 = Number(m2.getResponseHeader("Content-length")), g3, E = (g3 = m2.getResponseHeader("Accept-Ranges")) && g3 === "bytes", y2 = (g3 = m2.getResponseHeader("Content-Encoding")) && g3 === "gzip", A = 1024 * 1024;
          E || (A = _2);
          var S = (h3, b2) => {
            if (h3 > b2) throw new Error("invalid range (" + h3 + ", " + b2 + ") or no bytes requested!");
            if (b2 > _2 - 1) throw new Error("only " + _2 + " bytes available! programmer error!");
            var F2 = new XMLHttpRequest();
            if (F2.open("GET", t, false), _2 !== A && F2.setRequestHeader("Range", "bytes=" + h3 + "-" + b2), F2.responseType = "arraybuffer", F2.overrideMimeType && F2.overrideMimeType("text/plain; charset=x-user-defined"), F2.send(null), !(F2.status >= 200 && F2.status < 300 || F2.status === 304)) throw new Error("Couldn't load " + t + ". Status: " + F2.status);
            return F2.response !== void 0 ? new Uint8Array(F2.response || []) : intArrayFromString(F2.responseText || "", true);
          }, v = this;
          v.setDataGetter((h3) => {
            var b2 = h3 * A, F2 = (h3 + 1) * A - 1;
            if (F2 = Math.min(F2, _2 - 1), typeof v.chunks[h3] > "u" && (v.chunks[h3] = S(b2, F2)), typeof v.chunks[h3] > "u") throw new Error("doXHR failed!");
            return v.chunks[h3];
          }), (y2 || !_2) && (A = _2 = 1, _2 = this.getter(0).length, A = _2, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = _2, this._chunkSize = A, this.lengthKnown = true;
        }
        get length() {
          return this.lengthKnown || this.cacheLength(), this._length;
        }
        get chunkSize() {
          return this.lengthKnown || this.cacheLength(), this._chunkSize;
        }
      }
      if (typeof XMLHttpRequest < "u") {
        if (!ENVIRONMENT_IS_WORKER) throw "Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc";
        var s3 = new a2(), l2 = { isDevice: false, contents: s3 };
      } else var l2 = { isDevice: false, url: t };
      var u2 = FS.createFile(e, r, l2, n3, o2);
      l2.contents ? u2.contents = l2.contents : l2.url && (u2.contents = null, u2.url = l2.url), Object.defineProperties(u2, { usedBytes: { get: function() {
        return this.contents.length;
      } } });
      var d3 = {}, c3 = Object.keys(u2.stream_ops);
      c3.forEach((f3) => {
        var m2 = u2.stream_ops[f3];
        d3[f3] = (..._2) => (FS.forceLoadFile(u2), m2(..._2));
      });
      function p3(f3, m2, _2, g3, E) {
        var y2 = f3.node.contents;
        if (E >= y2.length) return 0;
        var A = Math.min(y2.length - E, g3);
        if (y2.slice) for (var S = 0; S < A; S++) m2[_2 + S] = y2[E + S];
        else for (var S = 0; S < A; S++) m2[_2 + S] = y2.get(E + S);
        return A;
      }
      return d3.read = (f3, m2, _2, g3, E) => (FS.forceLoadFile(u2), p3(f3, m2, _2, g3, E)), d3.mmap = (f3, m2, _2, g3, E) => {
        FS.forceLoadFile(u2);
        var y2 = mmapAlloc(m2);
        if (!y2) throw new FS.ErrnoError(48);
        return p3(f3, HEAP8, y2, m2, _2), { ptr: y2, allocated: true };
      }, u2.stream_ops = d3, u2;
    } }, SYSCALLS = { DEFAULT_POLLMASK: 5, calculateAt(e, r, t) {
      if (PATH.isAbs(r)) return r;
      var n3;
      if (e === -100) n3 = FS.cwd();
      else {
        var o2 = SYSCALLS.getStreamFromFD(e);
        n3 = o2.path;
      }
      if (r.length == 0) {
        if (!t) throw new FS.ErrnoError(44);
        return n3;
      }
      return n3 + "/" + r;
    }, doStat(e, r, t) {
      var n3 = e(r);
      HEAP32[t >> 2] = n3.dev, HEAP32[t + 4 >> 2] = n3.mode, HEAPU32[t + 8 >> 2] = n3.nlink, HEAP32[t + 12 >> 2] = n3.uid, HEAP32[t + 16 >> 2] = n3.gid, HEAP32[t + 20 >> 2] = n3.rdev, HEAP64[t + 24 >> 3] = BigInt(n3.size), HEAP32[t + 32 >> 2] = 4096, HEAP32[t + 36 >> 2] = n3.blocks;
      var o2 = n3.atime.getTime(), a2 = n3.mtime.getTime(), s3 = n3.ctime.getTime();
      return HEAP64[t + 40 >> 3] = BigInt(Math.floor(o2 / 1e3)), HEAPU32[t + 48 >> 2] = o2 % 1e3 * 1e3 * 1e3, HEAP64[t + 56 >> 3] = BigInt(Math.floor(a2 / 1e3)), HEAPU32[t + 64 >> 2] = a2 % 1e3 * 1e3 * 1e3, HEAP64[t + 72 >> 3] = BigInt(Math.floor(s3 / 1e3)), HEAPU32[t + 80 >> 2] = s3 % 1e3 * 1e3 * 1e3, HEAP64[t + 88 >> 3] = BigInt(n3.ino), 0;
    }, doMsync(e, r, t, n3, o2) {
      if (!FS.isFile(r.node.mode)) throw new FS.ErrnoError(43);
      if (n3 & 2) return 0;
      var a2 = HEAPU8.slice(e, e + t);
      FS.msync(r, a2, o2, t, n3);
    }, getStreamFromFD(e) {
      var r = FS.getStreamChecked(e);
      return r;
    }, varargs: void 0, getStr(e) {
      var r = UTF8ToString(e);
      return r;
    } };
    function ___syscall_chmod(e, r) {
      try {
        return e = SYSCALLS.getStr(e), FS.chmod(e, r), 0;
      } catch (t) {
        if (typeof FS > "u" || t.name !== "ErrnoError") throw t;
        return -t.errno;
      }
    }
    ___syscall_chmod.sig = "ipi";
    function ___syscall_dup3(e, r, t) {
      try {
        var n3 = SYSCALLS.getStreamFromFD(e);
        if (n3.fd === r) return -28;
        if (r < 0 || r >= FS.MAX_OPEN_FDS) return -8;
        var o2 = FS.getStream(r);
        return o2 && FS.close(o2), FS.dupStream(n3, r).fd;
      } catch (a2) {
        if (typeof FS > "u" || a2.name !== "ErrnoError") throw a2;
        return -a2.errno;
      }
    }
    ___syscall_dup3.sig = "iiii";
    function ___syscall_faccessat(e, r, t, n3) {
      try {
        if (r = SYSCALLS.getStr(r), r = SYSCALLS.calculateAt(e, r), t & -8) return -28;
        var o2 = FS.lookupPath(r, { follow: true }), a2 = o2.node;
        if (!a2) return -44;
        var s3 = "";
        return t & 4 && (s3 += "r"), t & 2 && (s3 += "w"), t & 1 && (s3 += "x"), s3 && FS.nodePermissions(a2, s3) ? -2 : 0;
      } catch (l2) {
        if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
        return -l2.errno;
      }
    }
    ___syscall_faccessat.sig = "iipii";
    var ___syscall_fadvise64 = (e, r, t, n3) => 0;
    ___syscall_fadvise64.sig = "iijji";
    var syscallGetVarargI = () => {
      var e = HEAP32[+SYSCALLS.varargs >> 2];
      return SYSCALLS.varargs += 4, e;
    }, syscallGetVarargP = syscallGetVarargI;
    function ___syscall_fcntl64(e, r, t) {
      SYSCALLS.varargs = t;
      try {
        var n3 = SYSCALLS.getStreamFromFD(e);
        switch (r) {
          case 0: {
            var o2 = syscallGetVarargI();
            if (o2 < 0) return -28;
            for (; FS.streams[o2]; ) o2++;
            var a2;
            return a2 = FS.dupStream(n3, o2), a2.fd;
          }
          case 1:
          case 2:
            return 0;
          case 3:
            return n3.flags;
          case 4: {
            var o2 = syscallGetVarargI();
            return n3.flags |= o2, 0;
          }
          case 12: {
            var o2 = syscallGetVarargP(), s3 = 0;
            return HEAP16[o2 + s3 >> 1] = 2, 0;
          }
          case 13:
          case 14:
            return 0;
        }
        return -28;
      } catch (l2) {
        if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
        return -l2.errno;
      }
    }
    ___syscall_fcntl64.sig = "iiip";
    function ___syscall_fstat64(e, r) {
      try {
        var t = SYSCALLS.getStreamFromFD(e);
        return SYSCALLS.doStat(FS.stat, t.path, r);
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_fstat64.sig = "iip";
    var stringToUTF8 = (e, r, t) => stringToUTF8Array(e, HEAPU8, r, t);
    function ___syscall_getcwd(e, r) {
      try {
        if (r === 0) return -28;
        var t = FS.cwd(), n3 = lengthBytesUTF8(t) + 1;
        return r < n3 ? -68 : (stringToUTF8(t, e, r), n3);
      } catch (o2) {
        if (typeof FS > "u" || o2.name !== "ErrnoError") throw o2;
        return -o2.errno;
      }
    }
    ___syscall_getcwd.sig = "ipp";
    function ___syscall_getdents64(e, r, t) {
      try {
        var n3 = SYSCALLS.getStreamFromFD(e);
        n3.getdents || (n3.getdents = FS.readdir(n3.path));
        for (var o2 = 280, a2 = 0, s3 = FS.llseek(n3, 0, 1), l2 = Math.floor(s3 / o2), u2 = Math.min(n3.getdents.length, l2 + Math.floor(t / o2)), d3 = l2; d3 < u2; d3++) {
          var c3, p3, f3 = n3.getdents[d3];
          if (f3 === ".") c3 = n3.node.id, p3 = 4;
          else if (f3 === "..") {
            var m2 = FS.lookupPath(n3.path, { parent: true });
            c3 = m2.node.id, p3 = 4;
          } else {
            var _2;
            try {
              _2 = FS.lookupNode(n3.node, f3);
            } catch (g3) {
              if (g3?.errno === 28) continue;
              throw g3;
            }
            c3 = _2.id, p3 = FS.isChrdev(_2.mode) ? 2 : FS.isDir(_2.mode) ? 4 : FS.isLink(_2.mode) ? 10 : 8;
          }
          HEAP64[r + a2 >> 3] = BigInt(c3), HEAP64[r + a2 + 8 >> 3] = BigInt((d3 + 1) * o2), HEAP16[r + a2 + 16 >> 1] = 280, HEAP8[r + a2 + 18] = p3, stringToUTF8(f3, r + a2 + 19, 256), a2 += o2;
        }
        return FS.llseek(n3, d3 * o2, 0), a2;
      } catch (g3) {
        if (typeof FS > "u" || g3.name !== "ErrnoError") throw g3;
        return -g3.errno;
      }
    }
    ___syscall_getdents64.sig = "iipp";
    function ___syscall_ioctl(e, r, t) {
      SYSCALLS.varargs = t;
      try {
        var n3 = SYSCALLS.getStreamFromFD(e);
        switch (r) {
          case 21509:
            return n3.tty ? 0 : -59;
          case 21505: {
            if (!n3.tty) return -59;
            if (n3.tty.ops.ioctl_tcgets) {
              var o2 = n3.tty.ops.ioctl_tcgets(n3), a2 = syscallGetVarargP();
              HEAP32[a2 >> 2] = o2.c_iflag || 0, HEAP32[a2 + 4 >> 2] = o2.c_oflag || 0, HEAP32[a2 + 8 >> 2] = o2.c_cflag || 0, HEAP32[a2 + 12 >> 2] = o2.c_lflag || 0;
              for (var s3 = 0; s3 < 32; s3++) HEAP8[a2 + s3 + 17] = o2.c_cc[s3] || 0;
              return 0;
            }
            return 0;
          }
          case 21510:
          case 21511:
          case 21512:
            return n3.tty ? 0 : -59;
          case 21506:
          case 21507:
          case 21508: {
            if (!n3.tty) return -59;
            if (n3.tty.ops.ioctl_tcsets) {
              for (var a2 = syscallGetVarargP(), l2 = HEAP32[a2 >> 2], u2 = HEAP32[a2 + 4 >> 2], d3 = HEAP32[a2 + 8 >> 2], c3 = HEAP32[a2 + 12 >> 2], p3 = [], s3 = 0; s3 < 32; s3++) p3.push(HEAP8[a2 + s3 + 17]);
              return n3.tty.ops.ioctl_tcsets(n3.tty, r, { c_iflag: l2, c_oflag: u2, c_cflag: d3, c_lflag: c3, c_cc: p3 });
            }
            return 0;
          }
          case 21519: {
            if (!n3.tty) return -59;
            var a2 = syscallGetVarargP();
            return HEAP32[a2 >> 2] = 0, 0;
          }
          case 21520:
            return n3.tty ? -28 : -59;
          case 21531: {
            var a2 = syscallGetVarargP();
            return FS.ioctl(n3, r, a2);
          }
          case 21523: {
            if (!n3.tty) return -59;
            if (n3.tty.ops.ioctl_tiocgwinsz) {
              var f3 = n3.tty.ops.ioctl_tiocgwinsz(n3.tty), a2 = syscallGetVarargP();
              HEAP16[a2 >> 1] = f3[0], HEAP16[a2 + 2 >> 1] = f3[1];
            }
            return 0;
          }
          case 21524:
            return n3.tty ? 0 : -59;
          case 21515:
            return n3.tty ? 0 : -59;
          default:
            return -28;
        }
      } catch (m2) {
        if (typeof FS > "u" || m2.name !== "ErrnoError") throw m2;
        return -m2.errno;
      }
    }
    ___syscall_ioctl.sig = "iiip";
    function ___syscall_lstat64(e, r) {
      try {
        return e = SYSCALLS.getStr(e), SYSCALLS.doStat(FS.lstat, e, r);
      } catch (t) {
        if (typeof FS > "u" || t.name !== "ErrnoError") throw t;
        return -t.errno;
      }
    }
    ___syscall_lstat64.sig = "ipp";
    function ___syscall_mkdirat(e, r, t) {
      try {
        return r = SYSCALLS.getStr(r), r = SYSCALLS.calculateAt(e, r), FS.mkdir(r, t, 0), 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_mkdirat.sig = "iipi";
    function ___syscall_newfstatat(e, r, t, n3) {
      try {
        r = SYSCALLS.getStr(r);
        var o2 = n3 & 256, a2 = n3 & 4096;
        return n3 = n3 & -6401, r = SYSCALLS.calculateAt(e, r, a2), SYSCALLS.doStat(o2 ? FS.lstat : FS.stat, r, t);
      } catch (s3) {
        if (typeof FS > "u" || s3.name !== "ErrnoError") throw s3;
        return -s3.errno;
      }
    }
    ___syscall_newfstatat.sig = "iippi";
    function ___syscall_openat(e, r, t, n3) {
      SYSCALLS.varargs = n3;
      try {
        r = SYSCALLS.getStr(r), r = SYSCALLS.calculateAt(e, r);
        var o2 = n3 ? syscallGetVarargI() : 0;
        return FS.open(r, t, o2).fd;
      } catch (a2) {
        if (typeof FS > "u" || a2.name !== "ErrnoError") throw a2;
        return -a2.errno;
      }
    }
    ___syscall_openat.sig = "iipip";
    function ___syscall_readlinkat(e, r, t, n3) {
      try {
        if (r = SYSCALLS.getStr(r), r = SYSCALLS.calculateAt(e, r), n3 <= 0) return -28;
        var o2 = FS.readlink(r), a2 = Math.min(n3, lengthBytesUTF8(o2)), s3 = HEAP8[t + a2];
        return stringToUTF8(o2, t, n3 + 1), HEAP8[t + a2] = s3, a2;
      } catch (l2) {
        if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
        return -l2.errno;
      }
    }
    ___syscall_readlinkat.sig = "iippp";
    function ___syscall_rmdir(e) {
      try {
        return e = SYSCALLS.getStr(e), FS.rmdir(e), 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_rmdir.sig = "ip";
    function ___syscall_stat64(e, r) {
      try {
        return e = SYSCALLS.getStr(e), SYSCALLS.doStat(FS.stat, e, r);
      } catch (t) {
        if (typeof FS > "u" || t.name !== "ErrnoError") throw t;
        return -t.errno;
      }
    }
    ___syscall_stat64.sig = "ipp";
    function ___syscall_symlinkat(e, r, t) {
      try {
        return e = SYSCALLS.getStr(e), t = SYSCALLS.getStr(t), t = SYSCALLS.calculateAt(r, t), FS.symlink(e, t), 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_symlinkat.sig = "ipip";
    function ___syscall_unlinkat(e, r, t) {
      try {
        return r = SYSCALLS.getStr(r), r = SYSCALLS.calculateAt(e, r), t === 0 ? FS.unlink(r) : t === 512 ? FS.rmdir(r) : abort("Invalid flags passed to unlinkat"), 0;
      } catch (n3) {
        if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
        return -n3.errno;
      }
    }
    ___syscall_unlinkat.sig = "iipi";
    var ___table_base = new WebAssembly.Global({ value: "i32", mutable: false }, 1), __abort_js = () => abort("");
    __abort_js.sig = "v";
    var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
      noExitRuntime = false, runtimeKeepaliveCounter = 0;
    };
    __emscripten_runtime_keepalive_clear.sig = "v";
    var __emscripten_throw_longjmp = () => {
      throw 1 / 0;
    };
    __emscripten_throw_longjmp.sig = "v";
    var isLeapYear = (e) => e % 4 === 0 && (e % 100 !== 0 || e % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e) => {
      var r = isLeapYear(e.getFullYear()), t = r ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, n3 = t[e.getMonth()] + e.getDate() - 1;
      return n3;
    }, INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e) => e < INT53_MIN || e > INT53_MAX ? NaN : Number(e);
    function __localtime_js(e, r) {
      e = bigintToI53Checked(e);
      var t = new Date(e * 1e3);
      HEAP32[r >> 2] = t.getSeconds(), HEAP32[r + 4 >> 2] = t.getMinutes(), HEAP32[r + 8 >> 2] = t.getHours(), HEAP32[r + 12 >> 2] = t.getDate(), HEAP32[r + 16 >> 2] = t.getMonth(), HEAP32[r + 20 >> 2] = t.getFullYear() - 1900, HEAP32[r + 24 >> 2] = t.getDay();
      var n3 = ydayFromDate(t) | 0;
      HEAP32[r + 28 >> 2] = n3, HEAP32[r + 36 >> 2] = -(t.getTimezoneOffset() * 60);
      var o2 = new Date(t.getFullYear(), 0, 1), a2 = new Date(t.getFullYear(), 6, 1).getTimezoneOffset(), s3 = o2.getTimezoneOffset(), l2 = (a2 != s3 && t.getTimezoneOffset() == Math.min(s3, a2)) | 0;
      HEAP32[r + 32 >> 2] = l2;
    }
    __localtime_js.sig = "vjp";
    var __mktime_js = function(e) {
      var r = (() => {
        var t = new Date(HEAP32[e + 20 >> 2] + 1900, HEAP32[e + 16 >> 2], HEAP32[e + 12 >> 2], HEAP32[e + 8 >> 2], HEAP32[e + 4 >> 2], HEAP32[e >> 2], 0), n3 = HEAP32[e + 32 >> 2], o2 = t.getTimezoneOffset(), a2 = new Date(t.getFullYear(), 0, 1), s3 = new Date(t.getFullYear(), 6, 1).getTimezoneOffset(), l2 = a2.getTimezoneOffset(), u2 = Math.min(l2, s3);
        if (n3 < 0) HEAP32[e + 32 >> 2] = +(s3 != l2 && u2 == o2);
        else if (n3 > 0 != (u2 == o2)) {
          var d3 = Math.max(l2, s3), c3 = n3 > 0 ? u2 : d3;
          t.setTime(t.getTime() + (c3 - o2) * 6e4);
        }
        HEAP32[e + 24 >> 2] = t.getDay();
        var p3 = ydayFromDate(t) | 0;
        HEAP32[e + 28 >> 2] = p3, HEAP32[e >> 2] = t.getSeconds(), HEAP32[e + 4 >> 2] = t.getMinutes(), HEAP32[e + 8 >> 2] = t.getHours(), HEAP32[e + 12 >> 2] = t.getDate(), HEAP32[e + 16 >> 2] = t.getMonth(), HEAP32[e + 20 >> 2] = t.getYear();
        var f3 = t.getTime();
        return isNaN(f3) ? -1 : f3 / 1e3;
      })();
      return BigInt(r);
    };
    __mktime_js.sig = "jp";
    function __mmap_js(e, r, t, n3, o2, a2, s3) {
      o2 = bigintToI53Checked(o2);
      try {
        if (isNaN(o2)) return 61;
        var l2 = SYSCALLS.getStreamFromFD(n3), u2 = FS.mmap(l2, e, o2, r, t), d3 = u2.ptr;
        return HEAP32[a2 >> 2] = u2.allocated, HEAPU32[s3 >> 2] = d3, 0;
      } catch (c3) {
        if (typeof FS > "u" || c3.name !== "ErrnoError") throw c3;
        return -c3.errno;
      }
    }
    __mmap_js.sig = "ipiiijpp";
    function __munmap_js(e, r, t, n3, o2, a2) {
      a2 = bigintToI53Checked(a2);
      try {
        var s3 = SYSCALLS.getStreamFromFD(o2);
        t & 2 && SYSCALLS.doMsync(e, s3, r, n3, a2);
      } catch (l2) {
        if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
        return -l2.errno;
      }
    }
    __munmap_js.sig = "ippiiij";
    var timers = {}, handleException = (e) => {
      if (e instanceof ExitStatus || e == "unwind") return EXITSTATUS;
      quit_(1, e);
    }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (e) => {
      EXITSTATUS = e, keepRuntimeAlive() || (Module.onExit?.(e), ABORT = true), quit_(e, new ExitStatus(e));
    };
    _proc_exit.sig = "vi";
    var exitJS = (e, r) => {
      EXITSTATUS = e, keepRuntimeAlive() || exitRuntime(), _proc_exit(e);
    }, _exit = exitJS;
    _exit.sig = "vi";
    var maybeExit = () => {
      if (!runtimeExited && !keepRuntimeAlive()) try {
        _exit(EXITSTATUS);
      } catch (e) {
        handleException(e);
      }
    }, callUserCallback = (e) => {
      if (!(runtimeExited || ABORT)) try {
        e(), maybeExit();
      } catch (r) {
        handleException(r);
      }
    }, _emscripten_get_now = () => performance.now();
    _emscripten_get_now.sig = "d";
    var __setitimer_js = (e, r) => {
      if (timers[e] && (clearTimeout(timers[e].id), delete timers[e]), !r) return 0;
      var t = setTimeout(() => {
        delete timers[e], callUserCallback(() => __emscripten_timeout(e, _emscripten_get_now()));
      }, r);
      return timers[e] = { id: t, timeout_ms: r }, 0;
    };
    __setitimer_js.sig = "iid";
    var __tzset_js = (e, r, t, n3) => {
      var o2 = (/* @__PURE__ */ new Date()).getFullYear(), a2 = new Date(o2, 0, 1), s3 = new Date(o2, 6, 1), l2 = a2.getTimezoneOffset(), u2 = s3.getTimezoneOffset(), d3 = Math.max(l2, u2);
      HEAPU32[e >> 2] = d3 * 60, HEAP32[r >> 2] = +(l2 != u2);
      var c3 = (m2) => {
        var _2 = m2 >= 0 ? "-" : "+", g3 = Math.abs(m2), E = String(Math.floor(g3 / 60)).padStart(2, "0"), y2 = String(g3 % 60).padStart(2, "0");
        return `UTC${_2}${E}${y2}`;
      }, p3 = c3(l2), f3 = c3(u2);
      u2 < l2 ? (stringToUTF8(p3, t, 17), stringToUTF8(f3, n3, 17)) : (stringToUTF8(p3, n3, 17), stringToUTF8(f3, t, 17));
    };
    __tzset_js.sig = "vpppp";
    var _emscripten_date_now = () => Date.now();
    _emscripten_date_now.sig = "d";
    var getHeapMax = () => 2147483648, growMemory = (e) => {
      var r = wasmMemory.buffer, t = (e - r.byteLength + 65535) / 65536 | 0;
      try {
        return wasmMemory.grow(t), updateMemoryViews(), 1;
      } catch {
      }
    }, _emscripten_resize_heap = (e) => {
      var r = HEAPU8.length;
      e >>>= 0;
      var t = getHeapMax();
      if (e > t) return false;
      for (var n3 = 1; n3 <= 4; n3 *= 2) {
        var o2 = r * (1 + 0.2 / n3);
        o2 = Math.min(o2, e + 100663296);
        var a2 = Math.min(t, alignMemory(Math.max(e, o2), 65536)), s3 = growMemory(a2);
        if (s3) return true;
      }
      return false;
    };
    _emscripten_resize_heap.sig = "ip";
    var ENV = {}, getExecutableName = () => thisProgram || "./this.program", getEnvStrings = () => {
      if (!getEnvStrings.strings) {
        var e = (typeof navigator == "object" && navigator.languages && navigator.languages[0] || "C").replace("-", "_") + ".UTF-8", r = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e, _: getExecutableName() };
        for (var t in ENV) ENV[t] === void 0 ? delete r[t] : r[t] = ENV[t];
        var n3 = [];
        for (var t in r) n3.push(`${t}=${r[t]}`);
        getEnvStrings.strings = n3;
      }
      return getEnvStrings.strings;
    }, stringToAscii = (e, r) => {
      for (var t = 0; t < e.length; ++t) HEAP8[r++] = e.charCodeAt(t);
      HEAP8[r] = 0;
    }, _environ_get = (e, r) => {
      var t = 0;
      return getEnvStrings().forEach((n3, o2) => {
        var a2 = r + t;
        HEAPU32[e + o2 * 4 >> 2] = a2, stringToAscii(n3, a2), t += n3.length + 1;
      }), 0;
    };
    _environ_get.sig = "ipp";
    var _environ_sizes_get = (e, r) => {
      var t = getEnvStrings();
      HEAPU32[e >> 2] = t.length;
      var n3 = 0;
      return t.forEach((o2) => n3 += o2.length + 1), HEAPU32[r >> 2] = n3, 0;
    };
    _environ_sizes_get.sig = "ipp";
    function _fd_close(e) {
      try {
        var r = SYSCALLS.getStreamFromFD(e);
        return FS.close(r), 0;
      } catch (t) {
        if (typeof FS > "u" || t.name !== "ErrnoError") throw t;
        return t.errno;
      }
    }
    _fd_close.sig = "ii";
    function _fd_fdstat_get(e, r) {
      try {
        var t = 0, n3 = 0, o2 = 0, a2 = SYSCALLS.getStreamFromFD(e), s3 = a2.tty ? 2 : FS.isDir(a2.mode) ? 3 : FS.isLink(a2.mode) ? 7 : 4;
        return HEAP8[r] = s3, HEAP16[r + 2 >> 1] = o2, HEAP64[r + 8 >> 3] = BigInt(t), HEAP64[r + 16 >> 3] = BigInt(n3), 0;
      } catch (l2) {
        if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
        return l2.errno;
      }
    }
    _fd_fdstat_get.sig = "iip";
    var doReadv = (e, r, t, n3) => {
      for (var o2 = 0, a2 = 0; a2 < t; a2++) {
        var s3 = HEAPU32[r >> 2], l2 = HEAPU32[r + 4 >> 2];
        r += 8;
        var u2 = FS.read(e, HEAP8, s3, l2, n3);
        if (u2 < 0) return -1;
        if (o2 += u2, u2 < l2) break;
        typeof n3 < "u" && (n3 += u2);
      }
      return o2;
    };
    function _fd_read(e, r, t, n3) {
      try {
        var o2 = SYSCALLS.getStreamFromFD(e), a2 = doReadv(o2, r, t);
        return HEAPU32[n3 >> 2] = a2, 0;
      } catch (s3) {
        if (typeof FS > "u" || s3.name !== "ErrnoError") throw s3;
        return s3.errno;
      }
    }
    _fd_read.sig = "iippp";
    function _fd_seek(e, r, t, n3) {
      r = bigintToI53Checked(r);
      try {
        if (isNaN(r)) return 61;
        var o2 = SYSCALLS.getStreamFromFD(e);
        return FS.llseek(o2, r, t), HEAP64[n3 >> 3] = BigInt(o2.position), o2.getdents && r === 0 && t === 0 && (o2.getdents = null), 0;
      } catch (a2) {
        if (typeof FS > "u" || a2.name !== "ErrnoError") throw a2;
        return a2.errno;
      }
    }
    _fd_seek.sig = "iijip";
    function _fd_sync(e) {
      try {
        var r = SYSCALLS.getStreamFromFD(e);
        return r.stream_ops?.fsync ? r.stream_ops.fsync(r) : 0;
      } catch (t) {
        if (typeof FS > "u" || t.name !== "ErrnoError") throw t;
        return t.errno;
      }
    }
    _fd_sync.sig = "ii";
    var doWritev = (e, r, t, n3) => {
      for (var o2 = 0, a2 = 0; a2 < t; a2++) {
        var s3 = HEAPU32[r >> 2], l2 = HEAPU32[r + 4 >> 2];
        r += 8;
        var u2 = FS.write(e, HEAP8, s3, l2, n3);
        if (u2 < 0) return -1;
        if (o2 += u2, u2 < l2) break;
        typeof n3 < "u" && (n3 += u2);
      }
      return o2;
    };
    function _fd_write(e, r, t, n3) {
      try {
        var o2 = SYSCALLS.getStreamFromFD(e), a2 = doWritev(o2, r, t);
        return HEAPU32[n3 >> 2] = a2, 0;
      } catch (s3) {
        if (typeof FS > "u" || s3.name !== "ErrnoError") throw s3;
        return s3.errno;
      }
    }
    _fd_write.sig = "iippp";
    var inetPton4 = (e) => {
      for (var r = e.split("."), t = 0; t < 4; t++) {
        var n3 = Number(r[t]);
        if (isNaN(n3)) return null;
        r[t] = n3;
      }
      return (r[0] | r[1] << 8 | r[2] << 16 | r[3] << 24) >>> 0;
    }, jstoi_q = (e) => parseInt(e), inetPton6 = (e) => {
      var r, t, n3, o2, a2 = /^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i, s3 = [];
      if (!a2.test(e)) return null;
      if (e === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
      for (e.startsWith("::") ? e = e.replace("::", "Z:") : e = e.replace("::", ":Z:"), e.indexOf(".") > 0 ? (e = e.replace(new RegExp("[.]", "g"), ":"), r = e.split(":"), r[r.length - 4] = jstoi_q(r[r.length - 4]) + jstoi_q(r[r.length - 3]) * 256, r[r.length - 3] = jstoi_q(r[r.length - 2]) + jstoi_q(r[r.length - 1]) * 256, r = r.slice(0, r.length - 2)) : r = e.split(":"), n3 = 0, o2 = 0, t = 0; t < r.length; t++) if (typeof r[t] == "string") if (r[t] === "Z") {
        for (o2 = 0; o2 < 8 - r.length + 1; o2++) s3[t + o2] = 0;
        n3 = o2 - 1;
      } else s3[t + n3] = _htons(parseInt(r[t], 16));
      else s3[t + n3] = r[t];
      return [s3[1] << 16 | s3[0], s3[3] << 16 | s3[2], s3[5] << 16 | s3[4], s3[7] << 16 | s3[6]];
    }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e) {
      var r = inetPton4(e);
      if (r !== null || (r = inetPton6(e), r !== null)) return e;
      var t;
      if (DNS.address_map.addrs[e]) t = DNS.address_map.addrs[e];
      else {
        var n3 = DNS.address_map.id++;
        assert(n3 < 65535, "exceeded max address mappings of 65535"), t = "172.29." + (n3 & 255) + "." + (n3 & 65280), DNS.address_map.names[t] = e, DNS.address_map.addrs[e] = t;
      }
      return t;
    }, lookup_addr(e) {
      return DNS.address_map.names[e] ? DNS.address_map.names[e] : null;
    } }, inetNtop4 = (e) => (e & 255) + "." + (e >> 8 & 255) + "." + (e >> 16 & 255) + "." + (e >> 24 & 255), inetNtop6 = (e) => {
      var r = "", t = 0, n3 = 0, o2 = 0, a2 = 0, s3 = 0, l2 = 0, u2 = [e[0] & 65535, e[0] >> 16, e[1] & 65535, e[1] >> 16, e[2] & 65535, e[2] >> 16, e[3] & 65535, e[3] >> 16], d3 = true, c3 = "";
      for (l2 = 0; l2 < 5; l2++) if (u2[l2] !== 0) {
        d3 = false;
        break;
      }
      if (d3) {
        if (c3 = inetNtop4(u2[6] | u2[7] << 16), u2[5] === -1) return r = "::ffff:", r += c3, r;
        if (u2[5] === 0) return r = "::", c3 === "0.0.0.0" && (c3 = ""), c3 === "0.0.0.1" && (c3 = "1"), r += c3, r;
      }
      for (t = 0; t < 8; t++) u2[t] === 0 && (t - o2 > 1 && (s3 = 0), o2 = t, s3++), s3 > n3 && (n3 = s3, a2 = t - n3 + 1);
      for (t = 0; t < 8; t++) {
        if (n3 > 1 && u2[t] === 0 && t >= a2 && t < a2 + n3) {
          t === a2 && (r += ":", a2 === 0 && (r += ":"));
          continue;
        }
        r += Number(_ntohs(u2[t] & 65535)).toString(16), r += t < 7 ? ":" : "";
      }
      return r;
    }, writeSockaddr = (e, r, t, n3, o2) => {
      switch (r) {
        case 2:
          t = inetPton4(t), zeroMemory(e, 16), o2 && (HEAP32[o2 >> 2] = 16), HEAP16[e >> 1] = r, HEAP32[e + 4 >> 2] = t, HEAP16[e + 2 >> 1] = _htons(n3);
          break;
        case 10:
          t = inetPton6(t), zeroMemory(e, 28), o2 && (HEAP32[o2 >> 2] = 28), HEAP32[e >> 2] = r, HEAP32[e + 8 >> 2] = t[0], HEAP32[e + 12 >> 2] = t[1], HEAP32[e + 16 >> 2] = t[2], HEAP32[e + 20 >> 2] = t[3], HEAP16[e + 2 >> 1] = _htons(n3);
          break;
        default:
          return 5;
      }
      return 0;
    }, _getaddrinfo = (e, r, t, n3) => {
      var o2 = 0, a2 = 0, s3 = 0, l2 = 0, u2 = 0, d3 = 0, c3;
      function p3(f3, m2, _2, g3, E, y2) {
        var A, S, v, h3;
        return S = f3 === 10 ? 28 : 16, E = f3 === 10 ? inetNtop6(E) : inetNtop4(E), A = _malloc(S), h3 = writeSockaddr(A, f3, E, y2), assert(!h3), v = _malloc(32), HEAP32[v + 4 >> 2] = f3, HEAP32[v + 8 >> 2] = m2, HEAP32[v + 12 >> 2] = _2, HEAPU32[v + 24 >> 2] = g3, HEAPU32[v + 20 >> 2] = A, f3 === 10 ? HEAP32[v + 16 >> 2] = 28 : HEAP32[v + 16 >> 2] = 16, HEAP32[v + 28 >> 2] = 0, v;
      }
      if (t && (s3 = HEAP32[t >> 2], l2 = HEAP32[t + 4 >> 2], u2 = HEAP32[t + 8 >> 2], d3 = HEAP32[t + 12 >> 2]), u2 && !d3 && (d3 = u2 === 2 ? 17 : 6), !u2 && d3 && (u2 = d3 === 17 ? 2 : 1), d3 === 0 && (d3 = 6), u2 === 0 && (u2 = 1), !e && !r) return -2;
      if (s3 & -1088 || t !== 0 && HEAP32[t >> 2] & 2 && !e) return -1;
      if (s3 & 32) return -2;
      if (u2 !== 0 && u2 !== 1 && u2 !== 2) return -7;
      if (l2 !== 0 && l2 !== 2 && l2 !== 10) return -6;
      if (r && (r = UTF8ToString(r), a2 = parseInt(r, 10), isNaN(a2))) return s3 & 1024 ? -2 : -8;
      if (!e) return l2 === 0 && (l2 = 2), s3 & 1 || (l2 === 2 ? o2 = _htonl(2130706433) : o2 = [0, 0, 0, _htonl(1)]), c3 = p3(l2, u2, d3, null, o2, a2), HEAPU32[n3 >> 2] = c3, 0;
      if (e = UTF8ToString(e), o2 = inetPton4(e), o2 !== null) if (l2 === 0 || l2 === 2) l2 = 2;
      else if (l2 === 10 && s3 & 8) o2 = [0, 0, _htonl(65535), o2], l2 = 10;
      else return -2;
      else if (o2 = inetPton6(e), o2 !== null) if (l2 === 0 || l2 === 10) l2 = 10;
      else return -2;
      return o2 != null ? (c3 = p3(l2, u2, d3, e, o2, a2), HEAPU32[n3 >> 2] = c3, 0) : s3 & 4 ? -2 : (e = DNS.lookup_name(e), o2 = inetPton4(e), l2 === 0 ? l2 = 2 : l2 === 10 && (o2 = [0, 0, _htonl(65535), o2]), c3 = p3(l2, u2, d3, null, o2, a2), HEAPU32[n3 >> 2] = c3, 0);
    };
    _getaddrinfo.sig = "ipppp";
    var stackAlloc = (e) => __emscripten_stack_alloc(e), stringToUTF8OnStack = (e) => {
      var r = lengthBytesUTF8(e) + 1, t = stackAlloc(r);
      return stringToUTF8(e, t, r), t;
    }, removeFunction = (e) => {
      functionsInTableMap.delete(getWasmTableEntry(e)), setWasmTableEntry(e, null), freeTableIndexes.push(e);
    }, stringToNewUTF8 = (e) => {
      var r = lengthBytesUTF8(e) + 1, t = _malloc(r);
      return t && stringToUTF8(e, t, r), t;
    }, FS_createPath = FS.createPath, FS_unlink = (e) => FS.unlink(e), FS_createLazyFile = FS.createLazyFile, FS_createDevice = FS.createDevice;
    registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.staticInit(), Module.FS_createPath = FS.createPath, Module.FS_createDataFile = FS.createDataFile, Module.FS_createPreloadedFile = FS.createPreloadedFile, Module.FS_unlink = FS.unlink, Module.FS_createLazyFile = FS.createLazyFile, Module.FS_createDevice = FS.createDevice, MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>";
    var wasmImports = { __call_sighandler: ___call_sighandler, __heap_base: ___heap_base, __indirect_function_table: wasmTable, __memory_base: ___memory_base, __stack_pointer: ___stack_pointer, __syscall_chmod: ___syscall_chmod, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fstat64: ___syscall_fstat64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_unlinkat: ___syscall_unlinkat, __table_base: ___table_base, _abort_js: __abort_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, emscripten_date_now: _emscripten_date_now, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getaddrinfo: _getaddrinfo, invoke_ii, invoke_iiii, invoke_vii, memory: wasmMemory, proc_exit: _proc_exit }, wasmExports;
    createWasm();
    var ___wasm_call_ctors = () => (___wasm_call_ctors = wasmExports.__wasm_call_ctors)(), _pgl_exit = Module._pgl_exit = (e) => (_pgl_exit = Module._pgl_exit = wasmExports.pgl_exit)(e), ___errno_location = Module.___errno_location = () => (___errno_location = Module.___errno_location = wasmExports.__errno_location)(), _fflush = Module._fflush = (e) => (_fflush = Module._fflush = wasmExports.fflush)(e), _fopen = Module._fopen = (e, r) => (_fopen = Module._fopen = wasmExports.fopen)(e, r), _fclose = Module._fclose = (e) => (_fclose = Module._fclose = wasmExports.fclose)(e), _pgl_popen = Module._pgl_popen = (e, r) => (_pgl_popen = Module._pgl_popen = wasmExports.pgl_popen)(e, r), _fputs = Module._fputs = (e, r) => (_fputs = Module._fputs = wasmExports.fputs)(e, r), _main = Module._main = (e, r) => (_main = Module._main = wasmExports.__main_argc_argv)(e, r), _pgl_atexit = Module._pgl_atexit = (e) => (_pgl_atexit = Module._pgl_atexit = wasmExports.pgl_atexit)(e), _pgl_geteuid = Module._pgl_geteuid = () => (_pgl_geteuid = Module._pgl_geteuid = wasmExports.pgl_geteuid)(), _pgl_system = Module._pgl_system = (e) => (_pgl_system = Module._pgl_system = wasmExports.pgl_system)(e), _malloc = (e) => (_malloc = wasmExports.malloc)(e), _calloc = (e, r) => (_calloc = wasmExports.calloc)(e, r), _pgl_setsockopt = Module._pgl_setsockopt = (e, r, t, n3, o2) => (_pgl_setsockopt = Module._pgl_setsockopt = wasmExports.pgl_setsockopt)(e, r, t, n3, o2), _pgl_connect = Module._pgl_connect = (e, r, t) => (_pgl_connect = Module._pgl_connect = wasmExports.pgl_connect)(e, r, t), _pgl_send = Module._pgl_send = (e, r, t, n3) => (_pgl_send = Module._pgl_send = wasmExports.pgl_send)(e, r, t, n3), _pgl_recv = Module._pgl_recv = (e, r, t, n3) => (_pgl_recv = Module._pgl_recv = wasmExports.pgl_recv)(e, r, t, n3), _fgets = Module._fgets = (e, r, t) => (_fgets = Module._fgets = wasmExports.fgets)(e, r, t), _pgl_getsockopt = Module._pgl_getsockopt = (e, r, t, n3, o2) => (_pgl_getsockopt = Module._pgl_getsockopt = wasmExports.pgl_getsockopt)(e, r, t, n3, o2), _pgl_getsockname = Module._pgl_getsockname = (e, r, t) => (_pgl_getsockname = Module._pgl_getsockname = wasmExports.pgl_getsockname)(e, r, t), _pgl_poll = Module._pgl_poll = (e, r, t) => (_pgl_poll = Module._pgl_poll = wasmExports.pgl_poll)(e, r, t), _clear_setitimer = Module._clear_setitimer = () => (_clear_setitimer = Module._clear_setitimer = wasmExports.clear_setitimer)(), _pgl_longjmp = Module._pgl_longjmp = (e, r) => (_pgl_longjmp = Module._pgl_longjmp = wasmExports.pgl_longjmp)(e, r), _pgl_siglongjmp = Module._pgl_siglongjmp = (e, r) => (_pgl_siglongjmp = Module._pgl_siglongjmp = wasmExports.pgl_siglongjmp)(e, r), _pgl_set_system_fn = Module._pgl_set_system_fn = (e) => (_pgl_set_system_fn = Module._pgl_set_system_fn = wasmExports.pgl_set_system_fn)(e), _pgl_set_popen_fn = Module._pgl_set_popen_fn = (e) => (_pgl_set_popen_fn = Module._pgl_set_popen_fn = wasmExports.pgl_set_popen_fn)(e), _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = (e) => (_pgl_set_pclose_fn = Module._pgl_set_pclose_fn = wasmExports.pgl_set_pclose_fn)(e), _pgl_pclose = Module._pgl_pclose = (e) => (_pgl_pclose = Module._pgl_pclose = wasmExports.pgl_pclose)(e), _pclose = Module._pclose = (e) => (_pclose = Module._pclose = wasmExports.pclose)(e), _pgl_getuid = Module._pgl_getuid = () => (_pgl_getuid = Module._pgl_getuid = wasmExports.pgl_getuid)(), _pgl_getpwuid = Module._pgl_getpwuid = (e) => (_pgl_getpwuid = Module._pgl_getpwuid = wasmExports.pgl_getpwuid)(e), _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = () => (_pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = wasmExports.pgl_run_atexit_funcs)(), _pgl_freopen = Module._pgl_freopen = (e, r, t) => (_pgl_freopen = Module._pgl_freopen = wasmExports.pgl_freopen)(e, r, t), _pgl_shmget = Module._pgl_shmget = (e, r, t) => (_pgl_shmget = Module._pgl_shmget = wasmExports.pgl_shmget)(e, r, t), _pgl_shmat = Module._pgl_shmat = (e, r, t) => (_pgl_shmat = Module._pgl_shmat = wasmExports.pgl_shmat)(e, r, t), _pgl_shmdt = Module._pgl_shmdt = (e) => (_pgl_shmdt = Module._pgl_shmdt = wasmExports.pgl_shmdt)(e), _pgl_shmctl = Module._pgl_shmctl = (e, r, t) => (_pgl_shmctl = Module._pgl_shmctl = wasmExports.pgl_shmctl)(e, r, t), _pgl_munmap = Module._pgl_munmap = (e, r) => (_pgl_munmap = Module._pgl_munmap = wasmExports.pgl_munmap)(e, r), _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = (e, r) => (_pgl_set_rw_cbs = Module._pgl_set_rw_cbs = wasmExports.pgl_set_rw_cbs)(e, r), _pgl_fcntl = Module._pgl_fcntl = (e, r, t) => (_pgl_fcntl = Module._pgl_fcntl = wasmExports.pgl_fcntl)(e, r, t), _strerror = Module._strerror = (e) => (_strerror = Module._strerror = wasmExports.strerror)(e), ___funcs_on_exit = () => (___funcs_on_exit = wasmExports.__funcs_on_exit)(), ___dl_seterr = (e, r) => (___dl_seterr = wasmExports.__dl_seterr)(e, r), _htonl = (e) => (_htonl = wasmExports.htonl)(e), _htons = (e) => (_htons = wasmExports.htons)(e), _emscripten_builtin_memalign = (e, r) => (_emscripten_builtin_memalign = wasmExports.emscripten_builtin_memalign)(e, r), _ntohs = (e) => (_ntohs = wasmExports.ntohs)(e), __emscripten_timeout = (e, r) => (__emscripten_timeout = wasmExports._emscripten_timeout)(e, r), _setThrew = (e, r) => (_setThrew = wasmExports.setThrew)(e, r), __emscripten_stack_restore = (e) => (__emscripten_stack_restore = wasmExports._emscripten_stack_restore)(e), __emscripten_stack_alloc = (e) => (__emscripten_stack_alloc = wasmExports._emscripten_stack_alloc)(e), _emscripten_stack_get_current = () => (_emscripten_stack_get_current = wasmExports.emscripten_stack_get_current)(), ___wasm_apply_data_relocs = () => (___wasm_apply_data_relocs = wasmExports.__wasm_apply_data_relocs)();
    function invoke_iiii(e, r, t, n3) {
      var o2 = stackSave();
      try {
        return getWasmTableEntry(e)(r, t, n3);
      } catch (a2) {
        if (stackRestore(o2), a2 !== a2 + 0) throw a2;
        _setThrew(1, 0);
      }
    }
    function invoke_ii(e, r) {
      var t = stackSave();
      try {
        return getWasmTableEntry(e)(r);
      } catch (n3) {
        if (stackRestore(t), n3 !== n3 + 0) throw n3;
        _setThrew(1, 0);
      }
    }
    function invoke_vii(e, r, t) {
      var n3 = stackSave();
      try {
        getWasmTableEntry(e)(r, t);
      } catch (o2) {
        if (stackRestore(n3), o2 !== o2 + 0) throw o2;
        _setThrew(1, 0);
      }
    }
    Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.callMain = callMain, Module.ENV = ENV, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_createPreloadedFile = FS_createPreloadedFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS;
    var calledRun;
    dependenciesFulfilled = function e() {
      calledRun || run(), calledRun || (dependenciesFulfilled = e);
    };
    function callMain(e = []) {
      var r = resolveGlobalSymbol("main").sym;
      if (r) {
        e.unshift(thisProgram);
        var t = e.length, n3 = stackAlloc((t + 1) * 4), o2 = n3;
        e.forEach((s3) => {
          HEAPU32[o2 >> 2] = stringToUTF8OnStack(s3), o2 += 4;
        }), HEAPU32[o2 >> 2] = 0;
        try {
          var a2 = r(t, n3);
          return exitJS(a2, true), a2;
        } catch (s3) {
          return handleException(s3);
        }
      }
    }
    function run(e = arguments_) {
      if (runDependencies > 0 || (preRun(), runDependencies > 0)) return;
      function r() {
        calledRun || (calledRun = true, Module.calledRun = true, !ABORT && (initRuntime(), preMain(), readyPromiseResolve(Module), Module.onRuntimeInitialized?.(), shouldRunNow && callMain(e), postRun()));
      }
      Module.setStatus ? (Module.setStatus("Running..."), setTimeout(() => {
        setTimeout(() => Module.setStatus(""), 1), r();
      }, 1)) : r();
    }
    if (Module.preInit) for (typeof Module.preInit == "function" && (Module.preInit = [Module.preInit]); Module.preInit.length > 0; ) Module.preInit.pop()();
    var shouldRunNow = false;
    return Module.noInitialRun && (shouldRunNow = false), run(), moduleRtn = readyPromise, moduleRtn;
  };
})();
var xe = Dr;
var Ie = xe;
u();
var Be = "(?:" + ["\\|\\|", "\\&\\&", ";;", "\\|\\&", "\\<\\(", "\\<\\<\\<", ">>", ">\\&", "<\\&", "[&;()|<>]"].join("|") + ")";
var Ue = new RegExp("^" + Be + "$");
var He = "|&;()<> \\t";
var Nr = '"((\\\\"|[^"])*?)"';
var xr = "'((\\\\'|[^'])*?)'";
var Ir = /^#$/;
var Le = "'";
var Ce = '"';
var de = "$";
var C = "";
var Ur = 4294967296;
for (let e = 0; e < 4; e++) C += (Ur * Math.random()).toString(16);
var Hr = new RegExp("^" + C);
function Lr(e, r) {
  let t = r.lastIndex, n3 = [], o2;
  for (; o2 = r.exec(e); ) n3.push(o2), r.lastIndex === o2.index && (r.lastIndex += 1);
  return r.lastIndex = t, n3;
}
function Cr(e, r, t) {
  let n3 = typeof e == "function" ? e(t) : e[t];
  return typeof n3 > "u" && t !== "" ? n3 = "" : typeof n3 > "u" && (n3 = "$"), typeof n3 == "object" ? r + C + JSON.stringify(n3) + C : r + n3;
}
function Br(e, r, t) {
  t || (t = {});
  let n3 = t.escape || "\\", o2 = "(\\" + n3 + `['"` + He + `]|[^\\s'"` + He + "])+", a2 = new RegExp(["(" + Be + ")", "(" + o2 + "|" + Nr + "|" + xr + ")+"].join("|"), "g"), s3 = Lr(e, a2);
  if (s3.length === 0) return [];
  r || (r = {});
  let l2 = false;
  return s3.map(function(u2) {
    let d3 = u2[0];
    if (!d3 || l2) return;
    if (Ue.test(d3)) return { op: d3 };
    let c3 = false, p3 = false, f3 = "", m2 = false, _2;
    function g3() {
      _2 += 1;
      let E, y2, A = d3.charAt(_2);
      if (A === "{") {
        if (_2 += 1, d3.charAt(_2) === "}") throw new Error("Bad substitution: " + d3.slice(_2 - 2, _2 + 1));
        if (E = d3.indexOf("}", _2), E < 0) throw new Error("Bad substitution: " + d3.slice(_2));
        y2 = d3.slice(_2, E), _2 = E;
      } else if (/[*@#?$!_-]/.test(A)) y2 = A, _2 += 1;
      else {
        let S = d3.slice(_2), v = S.match(/[^\w\d_]/);
        v ? (y2 = S.slice(0, v.index), _2 += v.index - 1) : (y2 = S, _2 = d3.length);
      }
      return Cr(r, "", y2);
    }
    for (_2 = 0; _2 < d3.length; _2++) {
      let E = d3.charAt(_2);
      if (m2 = m2 || !c3 && (E === "*" || E === "?"), p3) f3 += E, p3 = false;
      else if (c3) E === c3 ? c3 = false : c3 === Le ? f3 += E : E === n3 ? (_2 += 1, E = d3.charAt(_2), E === Ce || E === n3 || E === de ? f3 += E : f3 += n3 + E) : E === de ? f3 += g3() : f3 += E;
      else if (E === Ce || E === Le) c3 = E;
      else {
        if (Ue.test(E)) return { op: d3 };
        if (Ir.test(E)) {
          l2 = true;
          let y2 = { comment: e.slice(u2.index + _2 + 1) };
          return f3.length ? [f3, y2] : [y2];
        } else E === n3 ? p3 = true : E === de ? f3 += g3() : f3 += E;
      }
    }
    return m2 ? { op: "glob", pattern: f3 } : f3;
  }).reduce(function(u2, d3) {
    return typeof d3 > "u" ? u2 : u2.concat(d3);
  }, []);
}
function ce(e, r, t) {
  let n3 = Br(e, r, t);
  return typeof r != "function" ? n3 : n3.reduce(function(o2, a2) {
    if (typeof a2 == "object") return o2.concat(a2);
    let s3 = a2.split(RegExp("(" + C + ".*?" + C + ")", "g"));
    return s3.length === 1 ? o2.concat(s3[0]) : o2.concat(s3.filter(Boolean).map(function(l2) {
      return Hr.test(l2) ? JSON.parse(l2.split(C)[1]) : l2;
    }));
  }, []);
}
function zr(e, r) {
  if (!e) throw new Error(r ?? "Assertion failed");
}
var I = "/pglite";
var B = I + "/data";
var jr = I + "/icu";
var Yr = I + "/bin/initdb";
var wt = I + "/bin/postgres";
var ze = I + "/pgstdout";
var je = I + "/pgstdin";
function Y(e, ...r) {
  e && e > 0 && console.log("initdb: ", ...r);
}
async function Wr({ pg: e, debug: r, args: t, wasmModule: n3 }) {
  let o2, a2, s3, l2 = false, u2 = [], d3 = 0, c3 = -1, p3 = -1, f3 = "", m2 = "", _2 = (S) => {
    let v = S.shift();
    Y(r, "initdb: firstArg", v), zr(v === "/pglite/bin/postgres", `trying to execute ${v}`), e.Module.HEAPU8.set(g3), Y(r, "executing pg main with", S);
    let h3 = e.callMain(S);
    return Y(r, h3), u2 = [], h3;
  }, g3 = e.Module.HEAPU8.slice(), y2 = await Ie({ arguments: t, noExitRuntime: false, thisProgram: Yr, stdin: () => null, print: (S) => {
    m2 += S, Y(r, "initdbout", S);
  }, printErr: (S) => {
    f3 += S, Y(r, "initdberr", S);
  }, instantiateWasm: (S, v) => {
    let h3 = new URL("./initdb.wasm", __migraUrl);
    return m.instantiateWasm(S, h3, n3).then(({ instance: b2, module: F2 }) => {
      v(b2, F2);
    }), {};
  }, preRun: [(S) => {
    S.ENV.PGDATA = B, S.ENV.HOME = "/home/postgres", S.ENV.USER = "postgres", S.ENV.LOGNAME = "postgres", S.ENV.ICU_DATA = jr;
  }, (S) => {
    S.onRuntimeInitialized = () => {
      o2 = S.addFunction((v) => (u2 = Ye(S.UTF8ToString(v)), _2(u2)), "pi"), S._pgl_set_system_fn(o2), a2 = S.addFunction((v, h3) => {
        let b2 = S.UTF8ToString(h3);
        if (u2 = Ye(S.UTF8ToString(v)), b2 === "r") return d3 = _2(u2), c3;
        if (b2 === "w") return l2 = true, p3;
        throw `Unexpected popen mode value ${b2}`;
      }, "ppi"), S._pgl_set_popen_fn(a2), s3 = S.addFunction((v) => v === c3 || v === p3 ? (l2 && (l2 = false, d3 = _2(u2)), d3) : S._pclose(v), "pi"), S._pgl_set_pclose_fn(s3);
      {
        let v = e.Module.stringToUTF8OnStack(je), h3 = e.Module.stringToUTF8OnStack("r");
        e.Module._pgl_freopen(v, h3, 0);
        let b2 = e.Module.stringToUTF8OnStack(ze), F2 = e.Module.stringToUTF8OnStack("w");
        e.Module._pgl_freopen(b2, F2, 1);
      }
      {
        let v = S.stringToUTF8OnStack(ze), h3 = S.stringToUTF8OnStack("r");
        c3 = S._fopen(v, h3);
        let b2 = S.stringToUTF8OnStack(je), F2 = S.stringToUTF8OnStack("w");
        p3 = S._fopen(b2, F2);
      }
    };
  }, (S) => {
    S.FS.mkdir(I), S.FS.mount(S.PROXYFS, { root: I, fs: e.Module.FS }, I);
  }] });
  return Y(r, "calling initdb.main with", t), { exitCode: y2.callMain(t), stderr: f3, stdout: m2, dataFolder: B };
}
function Ye(e) {
  let r = [], t = ce(e);
  for (let n3 = 0; n3 < t.length; n3++) {
    let o2 = t[n3];
    if (typeof o2 == "object" && "op" in o2) break;
    typeof o2 == "string" && r.push(o2);
  }
  return r;
}
async function At({ pg: e, debug: r, args: t, wasmModule: n3 }) {
  return await Wr({ pg: e, debug: r, args: ["--allow-group-access", "--encoding", "UTF8", "--locale=C.UTF-8", "--locale-provider=libc", "--auth=trust", ...t ?? []], wasmModule: n3 });
}
var kt = "/pglite";
var We = class {
  constructor(r) {
    this.dataDir = r;
  }
  async init(r, t) {
    return this.pg = r, { emscriptenOpts: t };
  }
  async syncToFs(r) {
  }
  async initialSyncFs() {
  }
  async closeFs() {
  }
  async dumpTar(r, t) {
    return ue(this.pg.Module.FS, B, r, t);
  }
};
var Ge = class {
  constructor(r, { debug: t = false } = {}) {
    this.dataDir = r, this.debug = t;
  }
  async syncToFs(r) {
  }
  async initialSyncFs() {
  }
  async closeFs() {
  }
  async dumpTar(r, t) {
    return ue(this.pg.Module.FS, B, r, t);
  }
  async init(r, t) {
    return this.pg = r, { emscriptenOpts: { ...t, preRun: [...t.preRun || [], (o2) => {
      let a2 = Gr(o2, this);
      o2.FS.mkdir(B), o2.FS.mount(a2, {}, B);
    }] } };
  }
};
var Ve = { EBADF: 8, EBADFD: 127, EEXIST: 20, EINVAL: 28, EISDIR: 31, ENODEV: 43, ENOENT: 44, ENOTDIR: 54, ENOTEMPTY: 55 };
var Gr = (e, r) => {
  let t = e.FS, n3 = r.debug ? console.log : null, o2 = { tryFSOperation(a2) {
    try {
      return a2();
    } catch (s3) {
      throw s3.code ? s3.code === "UNKNOWN" ? new t.ErrnoError(Ve.EINVAL) : new t.ErrnoError(s3.code) : s3;
    }
  }, mount(a2) {
    return o2.createNode(null, "/", 16895, 0);
  }, syncfs(a2, s3, l2) {
  }, createNode(a2, s3, l2, u2) {
    if (!t.isDir(l2) && !t.isFile(l2)) throw new t.ErrnoError(28);
    let d3 = t.createNode(a2, s3, l2);
    return d3.node_ops = o2.node_ops, d3.stream_ops = o2.stream_ops, d3;
  }, getMode: function(a2) {
    return n3?.("getMode", a2), o2.tryFSOperation(() => r.lstat(a2).mode);
  }, realPath: function(a2) {
    let s3 = [];
    for (; a2.parent !== a2; ) s3.push(a2.name), a2 = a2.parent;
    return s3.push(a2.mount.opts.root), s3.reverse(), s3.join("/");
  }, node_ops: { getattr(a2) {
    n3?.("getattr", o2.realPath(a2));
    let s3 = o2.realPath(a2);
    return o2.tryFSOperation(() => {
      let l2 = r.lstat(s3);
      return { ...l2, dev: 0, ino: a2.id, nlink: 1, rdev: a2.rdev, atime: new Date(l2.atime), mtime: new Date(l2.mtime), ctime: new Date(l2.ctime) };
    });
  }, setattr(a2, s3) {
    n3?.("setattr", o2.realPath(a2), s3);
    let l2 = o2.realPath(a2);
    o2.tryFSOperation(() => {
      s3.mode !== void 0 && r.chmod(l2, s3.mode), s3.size !== void 0 && r.truncate(l2, s3.size), s3.timestamp !== void 0 && r.utimes(l2, s3.timestamp, s3.timestamp), s3.size !== void 0 && r.truncate(l2, s3.size);
    });
  }, lookup(a2, s3) {
    n3?.("lookup", o2.realPath(a2), s3);
    let l2 = [o2.realPath(a2), s3].join("/"), u2 = o2.getMode(l2);
    return o2.createNode(a2, s3, u2);
  }, mknod(a2, s3, l2, u2) {
    n3?.("mknod", o2.realPath(a2), s3, l2, u2);
    let d3 = o2.createNode(a2, s3, l2, u2), c3 = o2.realPath(d3);
    return o2.tryFSOperation(() => (t.isDir(d3.mode) ? r.mkdir(c3, { mode: l2 }) : r.writeFile(c3, "", { mode: l2 }), d3));
  }, rename(a2, s3, l2) {
    n3?.("rename", o2.realPath(a2), o2.realPath(s3), l2);
    let u2 = o2.realPath(a2), d3 = [o2.realPath(s3), l2].join("/");
    o2.tryFSOperation(() => {
      r.rename(u2, d3);
    }), a2.name = l2;
  }, unlink(a2, s3) {
    n3?.("unlink", o2.realPath(a2), s3);
    let l2 = [o2.realPath(a2), s3].join("/");
    try {
      r.unlink(l2);
    } catch {
    }
  }, rmdir(a2, s3) {
    n3?.("rmdir", o2.realPath(a2), s3);
    let l2 = [o2.realPath(a2), s3].join("/");
    return o2.tryFSOperation(() => {
      r.rmdir(l2);
    });
  }, readdir(a2) {
    n3?.("readdir", o2.realPath(a2));
    let s3 = o2.realPath(a2);
    return o2.tryFSOperation(() => r.readdir(s3));
  }, symlink(a2, s3, l2) {
    throw n3?.("symlink", o2.realPath(a2), s3, l2), new t.ErrnoError(63);
  }, readlink(a2) {
    throw n3?.("readlink", o2.realPath(a2)), new t.ErrnoError(63);
  } }, stream_ops: { open(a2) {
    n3?.("open stream", o2.realPath(a2.node));
    let s3 = o2.realPath(a2.node);
    return o2.tryFSOperation(() => {
      t.isFile(a2.node.mode) && (a2.shared.refcount = 1, a2.nfd = r.open(s3));
    });
  }, close(a2) {
    return n3?.("close stream", o2.realPath(a2.node)), o2.tryFSOperation(() => {
      t.isFile(a2.node.mode) && a2.nfd && --a2.shared.refcount === 0 && r.close(a2.nfd);
    });
  }, dup(a2) {
    n3?.("dup stream", o2.realPath(a2.node)), a2.shared.refcount++;
  }, read(a2, s3, l2, u2, d3) {
    return n3?.("read stream", o2.realPath(a2.node), l2, u2, d3), u2 === 0 ? 0 : o2.tryFSOperation(() => r.read(a2.nfd, s3, l2, u2, d3));
  }, write(a2, s3, l2, u2, d3) {
    return n3?.("write stream", o2.realPath(a2.node), l2, u2, d3), o2.tryFSOperation(() => r.write(a2.nfd, s3.buffer, l2, u2, d3));
  }, llseek(a2, s3, l2) {
    n3?.("llseek stream", o2.realPath(a2.node), s3, l2);
    let u2 = s3;
    if (l2 === 1 ? u2 += a2.position : l2 === 2 && t.isFile(a2.node.mode) && o2.tryFSOperation(() => {
      let d3 = r.fstat(a2.nfd);
      u2 += d3.size;
    }), u2 < 0) throw new t.ErrnoError(28);
    return u2;
  }, mmap(a2, s3, l2, u2, d3) {
    if (n3?.("mmap stream", o2.realPath(a2.node), s3, l2, u2, d3), !t.isFile(a2.node.mode)) throw new t.ErrnoError(Ve.ENODEV);
    let c3 = e.mmapAlloc(s3);
    return o2.stream_ops.read(a2, e.HEAP8, c3, s3, l2), { ptr: c3, allocated: true };
  }, msync(a2, s3, l2, u2, d3) {
    return n3?.("msync stream", o2.realPath(a2.node), l2, u2, d3), o2.stream_ops.write(a2, s3, 0, u2, l2), 0;
  } } };
  return o2;
};

})