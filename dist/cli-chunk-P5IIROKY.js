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
  IdbFs: () => Ee2,
  MemoryFS: () => xe2,
  Mutex: () => ee2,
  PGlite: () => Ye2,
  formatQuery: () => v2,
  messages: () => Ee,
  parse: () => hn,
  protocol: () => Hn,
  types: () => dn
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_TPG6O3EZ = require("./cli-chunk-TPG6O3EZ.js");
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
// node_modules/@electric-sql/pglite/dist/chunk-JOTQFPBW.js
var dn = {};
(0, import_cli_chunk_TPG6O3EZ.F)(dn, { ABSTIME: () => xt, ACLITEM: () => Lt, BIT: () => Vt, BOOL: () => fe, BPCHAR: () => Ge, BYTEA: () => me, CHAR: () => mt, CID: () => gt, CIDR: () => It, CIRCLE: () => Et, DATE: () => Qe, FLOAT4: () => Ve, FLOAT8: () => Fe, GTSVECTOR: () => Zt, INET: () => Pt, INT2: () => Oe, INT4: () => Ue, INT8: () => ye, INTERVAL: () => Ut, JSON: () => be, JSONB: () => _e, MACADDR: () => Nt, MACADDR8: () => Ct, MONEY: () => Tt, NUMERIC: () => Gt, OID: () => ke, PATH: () => Bt, PG_DEPENDENCIES: () => Jt, PG_LSN: () => Wt, PG_NDISTINCT: () => Kt, PG_NODE_TREE: () => At2, POLYGON: () => Dt, REFCURSOR: () => vt, REGCLASS: () => zt, REGCONFIG: () => en, REGDICTIONARY: () => tn, REGNAMESPACE: () => nn, REGOPER: () => Ht, REGOPERATOR: () => _t, REGPROC: () => yt, REGPROCEDURE: () => Qt, REGROLE: () => rn, REGTYPE: () => qt, RELTIME: () => Mt, SMGR: () => St, TEXT: () => he, TID: () => ht, TIME: () => Ot, TIMESTAMP: () => He, TIMESTAMPTZ: () => ge, TIMETZ: () => kt2, TINTERVAL: () => Rt, TSQUERY: () => Xt, TSVECTOR: () => $t, TXID_SNAPSHOT: () => jt, UUID: () => Yt, VARBIT: () => Ft, VARCHAR: () => ve, XID: () => bt, XML: () => wt2, arrayParser: () => pn, arraySerializer: () => qe, parseType: () => se, parsers: () => sn, serializers: () => an, types: () => ze });
(0, import_cli_chunk_TPG6O3EZ.u)();
var dt = globalThis.JSON.parse;
var ft = globalThis.JSON.stringify;
var fe = 16;
var me = 17;
var mt = 18;
var ye = 20;
var Oe = 21;
var Ue = 23;
var yt = 24;
var he = 25;
var ke = 26;
var ht = 27;
var bt = 28;
var gt = 29;
var be = 114;
var wt2 = 142;
var At2 = 194;
var St = 210;
var Bt = 602;
var Dt = 604;
var It = 650;
var Ve = 700;
var Fe = 701;
var xt = 702;
var Mt = 703;
var Rt = 704;
var Et = 718;
var Ct = 774;
var Tt = 790;
var Nt = 829;
var Pt = 869;
var Lt = 1033;
var Ge = 1042;
var ve = 1043;
var Qe = 1082;
var Ot = 1083;
var He = 1114;
var ge = 1184;
var Ut = 1186;
var kt2 = 1266;
var Vt = 1560;
var Ft = 1562;
var Gt = 1700;
var vt = 1790;
var Qt = 2202;
var Ht = 2203;
var _t = 2204;
var zt = 2205;
var qt = 2206;
var Yt = 2950;
var jt = 2970;
var Wt = 3220;
var Kt = 3361;
var Jt = 3402;
var $t = 3614;
var Xt = 3615;
var Zt = 3642;
var en = 3734;
var tn = 3769;
var _e = 3802;
var nn = 4089;
var rn = 4096;
var ze = { string: { to: he, from: [he, ve, Ge], serialize: (t2) => {
  if (typeof t2 == "string") return t2;
  if (typeof t2 == "number") return t2.toString();
  throw new Error("Invalid input for string type");
}, parse: (t2) => t2 }, number: { to: 0, from: [Oe, Ue, ke, Ve, Fe], serialize: (t2) => t2.toString(), parse: (t2) => +t2 }, bigint: { to: ye, from: [ye], serialize: (t2) => t2.toString(), parse: (t2) => {
  let e = BigInt(t2);
  return e < Number.MIN_SAFE_INTEGER || e > Number.MAX_SAFE_INTEGER ? e : Number(e);
} }, json: { to: be, from: [be, _e], serialize: (t2) => typeof t2 == "string" ? t2 : ft(t2), parse: (t2) => dt(t2) }, boolean: { to: fe, from: [fe], serialize: (t2) => {
  if (typeof t2 != "boolean") throw new Error("Invalid input for boolean type");
  return t2 ? "t" : "f";
}, parse: (t2) => t2 === "t" }, date: { to: ge, from: [Qe, He, ge], serialize: (t2) => {
  if (typeof t2 == "string") return t2;
  if (typeof t2 == "number") return new Date(t2).toISOString();
  if (t2 instanceof Date) return t2.toISOString();
  throw new Error("Invalid input for date type");
}, parse: (t2) => new Date(t2) }, bytea: { to: me, from: [me], serialize: (t2) => {
  if (!(t2 instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return "\\x" + Array.from(t2).map((e) => e.toString(16).padStart(2, "0")).join("");
}, parse: (t2) => {
  let e = t2.slice(2);
  return Uint8Array.from({ length: e.length / 2 }, (n, s2) => parseInt(e.substring(s2 * 2, (s2 + 1) * 2), 16));
} } };
var we = on(ze);
var sn = we.parsers;
var an = we.serializers;
function se(t2, e, n) {
  if (t2 === null) return null;
  let s2 = n?.[e] ?? we.parsers[e];
  return s2 ? s2(t2, e) : t2;
}
function on(t2) {
  return Object.keys(t2).reduce(({ parsers: e, serializers: n }, s2) => {
    let { to: i2, from: a, serialize: u2, parse: m3 } = t2[s2];
    return n[i2] = u2, n[s2] = u2, e[s2] = m3, Array.isArray(a) ? a.forEach((l) => {
      e[l] = m3, n[l] = u2;
    }) : (e[a] = m3, n[a] = u2), { parsers: e, serializers: n };
  }, { parsers: {}, serializers: {} });
}
var un = /\\/g;
var cn = /"/g;
function ln(t2) {
  return t2.replace(un, "\\\\").replace(cn, '\\"');
}
function qe(t2, e, n) {
  if (Array.isArray(t2) === false) return t2;
  if (!t2.length) return "{}";
  let s2 = t2[0], i2 = n === 1020 ? ";" : ",";
  return Array.isArray(s2) ? `{${t2.map((a) => qe(a, e, n)).join(i2)}}` : `{${t2.map((a) => (a === void 0 && (a = null), a === null ? "null" : '"' + ln(e ? e(a) : a.toString()) + '"')).join(i2)}}`;
}
var de = { i: 0, char: null, str: "", quoted: false, last: 0, p: null };
function pn(t2, e, n) {
  return de.i = de.last = 0, Ye(de, t2, e, n)[0];
}
function Ye(t2, e, n, s2) {
  let i2 = [], a = s2 === 1020 ? ";" : ",";
  for (; t2.i < e.length; t2.i++) {
    if (t2.char = e[t2.i], t2.quoted) t2.char === "\\" ? t2.str += e[++t2.i] : t2.char === '"' ? (i2.push(n ? n(t2.str) : t2.str), t2.str = "", t2.quoted = e[t2.i + 1] === '"', t2.last = t2.i + 2) : t2.str += t2.char;
    else if (t2.char === '"') t2.quoted = true;
    else if (t2.char === "{") t2.last = ++t2.i, i2.push(Ye(t2, e, n, s2));
    else if (t2.char === "}") {
      if (t2.last < t2.i) {
        let u2 = e.slice(t2.last, t2.i);
        u2 === "NULL" && !t2.quoted ? i2.push(null) : i2.push(n ? n(u2) : u2);
      }
      t2.quoted = false, t2.last = t2.i + 1;
      break;
    } else if (t2.char === a && t2.p !== "}" && t2.p !== '"') {
      let u2 = e.slice(t2.last, t2.i);
      u2 === "NULL" && !t2.quoted ? i2.push(null) : i2.push(n ? n(u2) : u2), t2.last = t2.i + 1;
    }
    t2.p = t2.char;
  }
  return t2.last < t2.i && i2.push(n ? n(e.slice(t2.last, t2.i + 1)) : e.slice(t2.last, t2.i + 1)), i2;
}
var hn = {};
(0, import_cli_chunk_TPG6O3EZ.F)(hn, { parseDescribeStatementResults: () => yn, parseResults: () => fn });
(0, import_cli_chunk_TPG6O3EZ.u)();
function fn(t2, e, n, s2) {
  let i2 = [], a = { rows: [], fields: [] }, u2 = 0, m3 = { ...e, ...n?.parsers };
  return t2.forEach((l) => {
    switch (l.name) {
      case "rowDescription": {
        let U3 = l;
        a.fields = U3.fields.map((E2) => ({ name: E2.name, dataTypeID: E2.dataTypeID }));
        break;
      }
      case "dataRow": {
        if (!a) break;
        let U3 = l;
        n?.rowMode === "array" ? a.rows.push(U3.fields.map((E2, te2) => se(E2, a.fields[te2].dataTypeID, m3))) : a.rows.push(Object.fromEntries(U3.fields.map((E2, te2) => [a.fields[te2].name, se(E2, a.fields[te2].dataTypeID, m3)])));
        break;
      }
      case "commandComplete": {
        u2 += mn(l), i2.push({ ...a, affectedRows: u2, ...s2 ? { blob: s2 } : {} }), a = { rows: [], fields: [] };
        break;
      }
    }
  }), i2.length === 0 && i2.push({ affectedRows: 0, rows: [], fields: [] }), i2;
}
function mn(t2) {
  let e = t2.text.split(" ");
  switch (e[0]) {
    case "INSERT":
      return parseInt(e[2], 10);
    case "UPDATE":
    case "DELETE":
    case "COPY":
    case "MERGE":
      return parseInt(e[1], 10);
    default:
      return 0;
  }
}
function yn(t2) {
  let e = t2.find((n) => n.name === "parameterDescription");
  return e ? e.dataTypeIDs : [];
}
var Ee = {};
(0, import_cli_chunk_TPG6O3EZ.F)(Ee, { AuthenticationCleartextPassword: () => V, AuthenticationMD5Password: () => F2, AuthenticationOk: () => k, AuthenticationSASL: () => G, AuthenticationSASLContinue: () => v, AuthenticationSASLFinal: () => Q, BackendKeyDataMessage: () => W, CommandCompleteMessage: () => $, CopyDataMessage: () => H, CopyResponse: () => _, DataRowMessage: () => X, DatabaseError: () => C, Field: () => z, NoticeMessage: () => Z, NotificationResponseMessage: () => K, ParameterDescriptionMessage: () => Y, ParameterStatusMessage: () => j, ReadyForQueryMessage: () => J, RowDescriptionMessage: () => q, bindComplete: () => Se, closeComplete: () => Be, copyDone: () => Re2, emptyQuery: () => Me, noData: () => De, parseComplete: () => Ae, portalSuspended: () => Ie, replicationStart: () => xe });
(0, import_cli_chunk_TPG6O3EZ.u)();
var Ae = { name: "parseComplete", length: 5 };
var Se = { name: "bindComplete", length: 5 };
var Be = { name: "closeComplete", length: 5 };
var De = { name: "noData", length: 5 };
var Ie = { name: "portalSuspended", length: 5 };
var xe = { name: "replicationStart", length: 4 };
var Me = { name: "emptyQuery", length: 4 };
var Re2 = { name: "copyDone", length: 4 };
var k = class {
  constructor(e) {
    this.length = e;
    this.name = "authenticationOk";
  }
};
var V = class {
  constructor(e) {
    this.length = e;
    this.name = "authenticationCleartextPassword";
  }
};
var F2 = class {
  constructor(e, n) {
    this.length = e;
    this.salt = n;
    this.name = "authenticationMD5Password";
  }
};
var G = class {
  constructor(e, n) {
    this.length = e;
    this.mechanisms = n;
    this.name = "authenticationSASL";
  }
};
var v = class {
  constructor(e, n) {
    this.length = e;
    this.data = n;
    this.name = "authenticationSASLContinue";
  }
};
var Q = class {
  constructor(e, n) {
    this.length = e;
    this.data = n;
    this.name = "authenticationSASLFinal";
  }
};
var C = class extends Error {
  constructor(n, s2, i2) {
    super(n);
    this.length = s2;
    this.name = i2;
  }
};
var H = class {
  constructor(e, n) {
    this.length = e;
    this.chunk = n;
    this.name = "copyData";
  }
};
var _ = class {
  constructor(e, n, s2, i2) {
    this.length = e;
    this.name = n;
    this.binary = s2;
    this.columnTypes = new Array(i2);
  }
};
var z = class {
  constructor(e, n, s2, i2, a, u2, m3) {
    this.name = e;
    this.tableID = n;
    this.columnID = s2;
    this.dataTypeID = i2;
    this.dataTypeSize = a;
    this.dataTypeModifier = u2;
    this.format = m3;
  }
};
var q = class {
  constructor(e, n) {
    this.length = e;
    this.fieldCount = n;
    this.name = "rowDescription";
    this.fields = new Array(this.fieldCount);
  }
};
var Y = class {
  constructor(e, n) {
    this.length = e;
    this.parameterCount = n;
    this.name = "parameterDescription";
    this.dataTypeIDs = new Array(this.parameterCount);
  }
};
var j = class {
  constructor(e, n, s2) {
    this.length = e;
    this.parameterName = n;
    this.parameterValue = s2;
    this.name = "parameterStatus";
  }
};
var W = class {
  constructor(e, n, s2) {
    this.length = e;
    this.processID = n;
    this.secretKey = s2;
    this.name = "backendKeyData";
  }
};
var K = class {
  constructor(e, n, s2, i2) {
    this.length = e;
    this.processId = n;
    this.channel = s2;
    this.payload = i2;
    this.name = "notification";
  }
};
var J = class {
  constructor(e, n) {
    this.length = e;
    this.status = n;
    this.name = "readyForQuery";
  }
};
var $ = class {
  constructor(e, n) {
    this.length = e;
    this.text = n;
    this.name = "commandComplete";
  }
};
var X = class {
  constructor(e, n) {
    this.length = e;
    this.fields = n;
    this.name = "dataRow";
    this.fieldCount = n.length;
  }
};
var Z = class {
  constructor(e, n) {
    this.length = e;
    this.message = n;
    this.name = "notice";
  }
};
var Hn = {};
(0, import_cli_chunk_TPG6O3EZ.F)(Hn, { Parser: () => pe, messages: () => Ee, serialize: () => We2 });
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
function T2(t2) {
  let e = t2.length;
  for (let n = t2.length - 1; n >= 0; n--) {
    let s2 = t2.charCodeAt(n);
    s2 > 127 && s2 <= 2047 ? e++ : s2 > 2047 && s2 <= 65535 && (e += 2), s2 >= 56320 && s2 <= 57343 && n--;
  }
  return e;
}
var b;
var g;
var P2;
var ae;
var L2;
var S;
var ie;
var N;
var je;
var R2 = class {
  constructor(e = 256) {
    this.size = e;
    (0, import_cli_chunk_TPG6O3EZ.R)(this, S);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, b);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, g, 5);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, P2, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ae, new TextEncoder());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, L2, 0);
    (0, import_cli_chunk_TPG6O3EZ.x)(this, b, (0, import_cli_chunk_TPG6O3EZ.T)(this, S, ie).call(this, e));
  }
  addInt32(e) {
    return (0, import_cli_chunk_TPG6O3EZ.T)(this, S, N).call(this, 4), (0, import_cli_chunk_TPG6O3EZ.h)(this, b).setInt32((0, import_cli_chunk_TPG6O3EZ.h)(this, g), e, (0, import_cli_chunk_TPG6O3EZ.h)(this, P2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, g, (0, import_cli_chunk_TPG6O3EZ.h)(this, g) + 4), this;
  }
  addInt16(e) {
    return (0, import_cli_chunk_TPG6O3EZ.T)(this, S, N).call(this, 2), (0, import_cli_chunk_TPG6O3EZ.h)(this, b).setInt16((0, import_cli_chunk_TPG6O3EZ.h)(this, g), e, (0, import_cli_chunk_TPG6O3EZ.h)(this, P2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, g, (0, import_cli_chunk_TPG6O3EZ.h)(this, g) + 2), this;
  }
  addCString(e) {
    return e && this.addString(e), (0, import_cli_chunk_TPG6O3EZ.T)(this, S, N).call(this, 1), (0, import_cli_chunk_TPG6O3EZ.h)(this, b).setUint8((0, import_cli_chunk_TPG6O3EZ.h)(this, g), 0), (0, import_cli_chunk_TPG6O3EZ.U)(this, g)._++, this;
  }
  addString(e = "") {
    let n = T2(e);
    return (0, import_cli_chunk_TPG6O3EZ.T)(this, S, N).call(this, n), (0, import_cli_chunk_TPG6O3EZ.h)(this, ae).encodeInto(e, new Uint8Array((0, import_cli_chunk_TPG6O3EZ.h)(this, b).buffer, (0, import_cli_chunk_TPG6O3EZ.h)(this, g))), (0, import_cli_chunk_TPG6O3EZ.x)(this, g, (0, import_cli_chunk_TPG6O3EZ.h)(this, g) + n), this;
  }
  add(e) {
    return (0, import_cli_chunk_TPG6O3EZ.T)(this, S, N).call(this, e.byteLength), new Uint8Array((0, import_cli_chunk_TPG6O3EZ.h)(this, b).buffer).set(new Uint8Array(e), (0, import_cli_chunk_TPG6O3EZ.h)(this, g)), (0, import_cli_chunk_TPG6O3EZ.x)(this, g, (0, import_cli_chunk_TPG6O3EZ.h)(this, g) + e.byteLength), this;
  }
  flush(e) {
    let n = (0, import_cli_chunk_TPG6O3EZ.T)(this, S, je).call(this, e);
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, g, 5), (0, import_cli_chunk_TPG6O3EZ.x)(this, b, (0, import_cli_chunk_TPG6O3EZ.T)(this, S, ie).call(this, this.size)), new Uint8Array(n);
  }
};
b = /* @__PURE__ */ new WeakMap(), g = /* @__PURE__ */ new WeakMap(), P2 = /* @__PURE__ */ new WeakMap(), ae = /* @__PURE__ */ new WeakMap(), L2 = /* @__PURE__ */ new WeakMap(), S = /* @__PURE__ */ new WeakSet(), ie = function(e) {
  return new DataView(new ArrayBuffer(e));
}, N = function(e) {
  if ((0, import_cli_chunk_TPG6O3EZ.h)(this, b).byteLength - (0, import_cli_chunk_TPG6O3EZ.h)(this, g) < e) {
    let s2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, b).buffer, i2 = s2.byteLength + (s2.byteLength >> 1) + e;
    (0, import_cli_chunk_TPG6O3EZ.x)(this, b, (0, import_cli_chunk_TPG6O3EZ.T)(this, S, ie).call(this, i2)), new Uint8Array((0, import_cli_chunk_TPG6O3EZ.h)(this, b).buffer).set(new Uint8Array(s2));
  }
}, je = function(e) {
  if (e) {
    (0, import_cli_chunk_TPG6O3EZ.h)(this, b).setUint8((0, import_cli_chunk_TPG6O3EZ.h)(this, L2), e);
    let n = (0, import_cli_chunk_TPG6O3EZ.h)(this, g) - ((0, import_cli_chunk_TPG6O3EZ.h)(this, L2) + 1);
    (0, import_cli_chunk_TPG6O3EZ.h)(this, b).setInt32((0, import_cli_chunk_TPG6O3EZ.h)(this, L2) + 1, n, (0, import_cli_chunk_TPG6O3EZ.h)(this, P2));
  }
  return (0, import_cli_chunk_TPG6O3EZ.h)(this, b).buffer.slice(e ? 0 : 5, (0, import_cli_chunk_TPG6O3EZ.h)(this, g));
};
var f = new R2();
var bn = (t2) => {
  f.addInt16(3).addInt16(0);
  for (let s2 of Object.keys(t2)) f.addCString(s2).addCString(t2[s2]);
  f.addCString("client_encoding").addCString("UTF8");
  let e = f.addCString("").flush(), n = e.byteLength + 4;
  return new R2().addInt32(n).add(e).flush();
};
var gn = () => {
  let t2 = new DataView(new ArrayBuffer(8));
  return t2.setInt32(0, 8, false), t2.setInt32(4, 80877103, false), new Uint8Array(t2.buffer);
};
var wn = (t2) => f.addCString(t2).flush(112);
var An = (t2, e) => (f.addCString(t2).addInt32(T2(e)).addString(e), f.flush(112));
var Sn = (t2) => f.addString(t2).flush(112);
var Bn = (t2) => f.addCString(t2).flush(81);
var Dn = [];
var In = (t2) => {
  let e = t2.name ?? "";
  e.length > 63 && (console.error("Warning! Postgres only supports 63 characters for query names."), console.error("You supplied %s (%s)", e, e.length), console.error("This can cause conflicts and silent errors executing queries"));
  let n = f.addCString(e).addCString(t2.text).addInt16(t2.types?.length ?? 0);
  return t2.types?.forEach((s2) => n.addInt32(s2)), f.flush(80);
};
var O = new R2();
var xn = (t2, e) => {
  for (let n = 0; n < t2.length; n++) {
    let s2 = e ? e(t2[n], n) : t2[n];
    if (s2 === null) f.addInt16(0), O.addInt32(-1);
    else if (s2 instanceof ArrayBuffer || ArrayBuffer.isView(s2)) {
      let i2 = ArrayBuffer.isView(s2) ? s2.buffer.slice(s2.byteOffset, s2.byteOffset + s2.byteLength) : s2;
      f.addInt16(1), O.addInt32(i2.byteLength), O.add(i2);
    } else f.addInt16(0), O.addInt32(T2(s2)), O.addString(s2);
  }
};
var Mn = (t2 = {}) => {
  let e = t2.portal ?? "", n = t2.statement ?? "", s2 = t2.binary ?? false, i2 = t2.values ?? Dn, a = i2.length;
  return f.addCString(e).addCString(n), f.addInt16(a), xn(i2, t2.valueMapper), f.addInt16(a), f.add(O.flush()), f.addInt16(s2 ? 1 : 0), f.flush(66);
};
var Rn = new Uint8Array([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
var En = (t2) => {
  if (!t2 || !t2.portal && !t2.rows) return Rn;
  let e = t2.portal ?? "", n = t2.rows ?? 0, s2 = T2(e), i2 = 4 + s2 + 1 + 4, a = new DataView(new ArrayBuffer(1 + i2));
  return a.setUint8(0, 69), a.setInt32(1, i2, false), new TextEncoder().encodeInto(e, new Uint8Array(a.buffer, 5)), a.setUint8(s2 + 5, 0), a.setUint32(a.byteLength - 4, n, false), new Uint8Array(a.buffer);
};
var Cn = (t2, e) => {
  let n = new DataView(new ArrayBuffer(16));
  return n.setInt32(0, 16, false), n.setInt16(4, 1234, false), n.setInt16(6, 5678, false), n.setInt32(8, t2, false), n.setInt32(12, e, false), new Uint8Array(n.buffer);
};
var Ce = (t2, e) => {
  let n = new R2();
  return n.addCString(e), n.flush(t2);
};
var Tn = f.addCString("P").flush(68);
var Nn = f.addCString("S").flush(68);
var Pn = (t2) => t2.name ? Ce(68, `${t2.type}${t2.name ?? ""}`) : t2.type === "P" ? Tn : Nn;
var Ln = (t2) => {
  let e = `${t2.type}${t2.name ?? ""}`;
  return Ce(67, e);
};
var On = (t2) => f.add(t2).flush(100);
var Un = (t2) => Ce(102, t2);
var oe = (t2) => new Uint8Array([t2, 0, 0, 0, 4]);
var kn = oe(72);
var Vn = oe(83);
var Fn = oe(88);
var Gn = oe(99);
var We2 = { startup: bn, password: wn, requestSsl: gn, sendSASLInitialResponseMessage: An, sendSCRAMClientFinalMessage: Sn, query: Bn, parse: In, bind: Mn, execute: En, describe: Pn, close: Ln, flush: () => kn, sync: () => Vn, end: () => Fn, copyData: On, copyDone: () => Gn, copyFail: Un, cancel: Cn };
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
var Te = { text: 0, binary: 1 };
(0, import_cli_chunk_TPG6O3EZ.u)();
var vn = new ArrayBuffer(0);
var M;
var w;
var ce;
var le;
var ee;
var ue = class {
  constructor(e = 0) {
    (0, import_cli_chunk_TPG6O3EZ.R)(this, M, new DataView(vn));
    (0, import_cli_chunk_TPG6O3EZ.R)(this, w);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ce, "utf-8");
    (0, import_cli_chunk_TPG6O3EZ.R)(this, le, new TextDecoder((0, import_cli_chunk_TPG6O3EZ.h)(this, ce)));
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ee, false);
    (0, import_cli_chunk_TPG6O3EZ.x)(this, w, e);
  }
  setBuffer(e, n) {
    (0, import_cli_chunk_TPG6O3EZ.x)(this, w, e), (0, import_cli_chunk_TPG6O3EZ.x)(this, M, new DataView(n));
  }
  int16() {
    let e = (0, import_cli_chunk_TPG6O3EZ.h)(this, M).getInt16((0, import_cli_chunk_TPG6O3EZ.h)(this, w), (0, import_cli_chunk_TPG6O3EZ.h)(this, ee));
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, w, (0, import_cli_chunk_TPG6O3EZ.h)(this, w) + 2), e;
  }
  byte() {
    let e = (0, import_cli_chunk_TPG6O3EZ.h)(this, M).getUint8((0, import_cli_chunk_TPG6O3EZ.h)(this, w));
    return (0, import_cli_chunk_TPG6O3EZ.U)(this, w)._++, e;
  }
  int32() {
    let e = (0, import_cli_chunk_TPG6O3EZ.h)(this, M).getInt32((0, import_cli_chunk_TPG6O3EZ.h)(this, w), (0, import_cli_chunk_TPG6O3EZ.h)(this, ee));
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, w, (0, import_cli_chunk_TPG6O3EZ.h)(this, w) + 4), e;
  }
  string(e) {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, le).decode(this.bytes(e));
  }
  cstring() {
    let e = (0, import_cli_chunk_TPG6O3EZ.h)(this, w), n = e;
    for (; (0, import_cli_chunk_TPG6O3EZ.h)(this, M).getUint8(n++) !== 0; ) ;
    let s2 = this.string(n - e - 1);
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, w, n), s2;
  }
  bytes(e) {
    let n = (0, import_cli_chunk_TPG6O3EZ.h)(this, M).buffer.slice((0, import_cli_chunk_TPG6O3EZ.h)(this, w), (0, import_cli_chunk_TPG6O3EZ.h)(this, w) + e);
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, w, (0, import_cli_chunk_TPG6O3EZ.h)(this, w) + e), new Uint8Array(n);
  }
};
M = /* @__PURE__ */ new WeakMap(), w = /* @__PURE__ */ new WeakMap(), ce = /* @__PURE__ */ new WeakMap(), le = /* @__PURE__ */ new WeakMap(), ee = /* @__PURE__ */ new WeakMap();
var Ne = 1;
var Qn = 4;
var Ke = Ne + Qn;
var Je = new ArrayBuffer(0);
var A;
var B2;
var D;
var o;
var c;
var $e;
var Xe;
var Ze;
var et;
var tt;
var nt;
var rt;
var Pe;
var st;
var it;
var at2;
var ot;
var ut;
var ct;
var lt;
var pt;
var Le;
var pe = class {
  constructor() {
    (0, import_cli_chunk_TPG6O3EZ.R)(this, c);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, A, new DataView(Je));
    (0, import_cli_chunk_TPG6O3EZ.R)(this, B2, 0);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, D, 0);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, o, new ue());
  }
  parse(e, n) {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, c, $e).call(this, ArrayBuffer.isView(e) ? e.buffer.slice(e.byteOffset, e.byteOffset + e.byteLength) : e);
    let s2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, D) + (0, import_cli_chunk_TPG6O3EZ.h)(this, B2), i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, D);
    for (; i2 + Ke <= s2; ) {
      let a = (0, import_cli_chunk_TPG6O3EZ.h)(this, A).getUint8(i2), u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, A).getUint32(i2 + Ne, false), m3 = Ne + u2;
      if (m3 + i2 <= s2 && u2 > 0) {
        let l = (0, import_cli_chunk_TPG6O3EZ.T)(this, c, Xe).call(this, i2 + Ke, a, u2, (0, import_cli_chunk_TPG6O3EZ.h)(this, A).buffer);
        n(l), i2 += m3;
      } else break;
    }
    i2 === s2 ? ((0, import_cli_chunk_TPG6O3EZ.x)(this, A, new DataView(Je)), (0, import_cli_chunk_TPG6O3EZ.x)(this, B2, 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, D, 0)) : ((0, import_cli_chunk_TPG6O3EZ.x)(this, B2, s2 - i2), (0, import_cli_chunk_TPG6O3EZ.x)(this, D, i2));
  }
};
A = /* @__PURE__ */ new WeakMap(), B2 = /* @__PURE__ */ new WeakMap(), D = /* @__PURE__ */ new WeakMap(), o = /* @__PURE__ */ new WeakMap(), c = /* @__PURE__ */ new WeakSet(), $e = function(e) {
  if ((0, import_cli_chunk_TPG6O3EZ.h)(this, B2) > 0) {
    let n = (0, import_cli_chunk_TPG6O3EZ.h)(this, B2) + e.byteLength;
    if (n + (0, import_cli_chunk_TPG6O3EZ.h)(this, D) > (0, import_cli_chunk_TPG6O3EZ.h)(this, A).byteLength) {
      let i2;
      if (n <= (0, import_cli_chunk_TPG6O3EZ.h)(this, A).byteLength && (0, import_cli_chunk_TPG6O3EZ.h)(this, D) >= (0, import_cli_chunk_TPG6O3EZ.h)(this, B2)) i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, A).buffer;
      else {
        let a = (0, import_cli_chunk_TPG6O3EZ.h)(this, A).byteLength * 2;
        for (; n >= a; ) a *= 2;
        i2 = new ArrayBuffer(a);
      }
      new Uint8Array(i2).set(new Uint8Array((0, import_cli_chunk_TPG6O3EZ.h)(this, A).buffer, (0, import_cli_chunk_TPG6O3EZ.h)(this, D), (0, import_cli_chunk_TPG6O3EZ.h)(this, B2))), (0, import_cli_chunk_TPG6O3EZ.x)(this, A, new DataView(i2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, D, 0);
    }
    new Uint8Array((0, import_cli_chunk_TPG6O3EZ.h)(this, A).buffer).set(new Uint8Array(e), (0, import_cli_chunk_TPG6O3EZ.h)(this, D) + (0, import_cli_chunk_TPG6O3EZ.h)(this, B2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, B2, n);
  } else (0, import_cli_chunk_TPG6O3EZ.x)(this, A, new DataView(e)), (0, import_cli_chunk_TPG6O3EZ.x)(this, D, 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, B2, e.byteLength);
}, Xe = function(e, n, s2, i2) {
  switch (n) {
    case 50:
      return Se;
    case 49:
      return Ae;
    case 51:
      return Be;
    case 110:
      return De;
    case 115:
      return Ie;
    case 99:
      return Re2;
    case 87:
      return xe;
    case 73:
      return Me;
    case 68:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, ut).call(this, e, s2, i2);
    case 67:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, et).call(this, e, s2, i2);
    case 90:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, Ze).call(this, e, s2, i2);
    case 65:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, st).call(this, e, s2, i2);
    case 82:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, pt).call(this, e, s2, i2);
    case 83:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, ct).call(this, e, s2, i2);
    case 75:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, lt).call(this, e, s2, i2);
    case 69:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, Le).call(this, e, s2, i2, "error");
    case 78:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, Le).call(this, e, s2, i2, "notice");
    case 84:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, it).call(this, e, s2, i2);
    case 116:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, ot).call(this, e, s2, i2);
    case 71:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, nt).call(this, e, s2, i2);
    case 72:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, rt).call(this, e, s2, i2);
    case 100:
      return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, tt).call(this, e, s2, i2);
    default:
      return new C("received invalid response: " + n.toString(16), s2, "error");
  }
}, Ze = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).string(1);
  return new J(n, i2);
}, et = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring();
  return new $(n, i2);
}, tt = function(e, n, s2) {
  let i2 = s2.slice(e, e + (n - 4));
  return new H(n, new Uint8Array(i2));
}, nt = function(e, n, s2) {
  return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, Pe).call(this, e, n, s2, "copyInResponse");
}, rt = function(e, n, s2) {
  return (0, import_cli_chunk_TPG6O3EZ.T)(this, c, Pe).call(this, e, n, s2, "copyOutResponse");
}, Pe = function(e, n, s2, i2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let a = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).byte() !== 0, u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16(), m3 = new _(n, i2, a, u2);
  for (let l = 0; l < u2; l++) m3.columnTypes[l] = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16();
  return m3;
}, st = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32(), a = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring(), u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring();
  return new K(n, i2, a, u2);
}, it = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16(), a = new q(n, i2);
  for (let u2 = 0; u2 < i2; u2++) a.fields[u2] = (0, import_cli_chunk_TPG6O3EZ.T)(this, c, at2).call(this);
  return a;
}, at2 = function() {
  let e = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring(), n = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32(), s2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16(), i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32(), a = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16(), u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32(), m3 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16() === 0 ? Te.text : Te.binary;
  return new z(e, n, s2, i2, a, u2, m3);
}, ot = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16(), a = new Y(n, i2);
  for (let u2 = 0; u2 < i2; u2++) a.dataTypeIDs[u2] = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32();
  return a;
}, ut = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int16(), a = new Array(i2);
  for (let u2 = 0; u2 < i2; u2++) {
    let m3 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32();
    a[u2] = m3 === -1 ? null : (0, import_cli_chunk_TPG6O3EZ.h)(this, o).string(m3);
  }
  return new X(n, a);
}, ct = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring(), a = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring();
  return new j(n, i2, a);
}, lt = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32(), a = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32();
  return new W(n, i2, a);
}, pt = function(e, n, s2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let i2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).int32();
  switch (i2) {
    case 0:
      return new k(n);
    case 3:
      return new V(n);
    case 5:
      return new F2(n, (0, import_cli_chunk_TPG6O3EZ.h)(this, o).bytes(4));
    case 10: {
      let a = [];
      for (; ; ) {
        let u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring();
        if (u2.length === 0) return new G(n, a);
        a.push(u2);
      }
    }
    case 11:
      return new v(n, (0, import_cli_chunk_TPG6O3EZ.h)(this, o).string(n - 8));
    case 12:
      return new Q(n, (0, import_cli_chunk_TPG6O3EZ.h)(this, o).string(n - 8));
    default:
      throw new Error("Unknown authenticationOk message type " + i2);
  }
}, Le = function(e, n, s2, i2) {
  (0, import_cli_chunk_TPG6O3EZ.h)(this, o).setBuffer(e, s2);
  let a = {}, u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).string(1);
  for (; u2 !== "\0"; ) a[u2] = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).cstring(), u2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, o).string(1);
  let m3 = a.M, l = i2 === "notice" ? new Z(n, m3) : new C(m3, n, i2);
  return l.severity = a.S, l.code = a.C, l.detail = a.D, l.hint = a.H, l.position = a.P, l.internalPosition = a.p, l.internalQuery = a.q, l.where = a.W, l.schema = a.s, l.table = a.t, l.column = a.c, l.dataType = a.d, l.constraint = a.n, l.file = a.F, l.line = a.L, l.routine = a.R, l;
};
// node_modules/@electric-sql/pglite/dist/chunk-F4GETNPB.js
(0, import_cli_chunk_TPG6O3EZ.u)();
var o2 = { part: "part", container: "container" };
function s(t2, r, ...e) {
  let a = t2.length - 1, p2 = e.length - 1;
  if (p2 !== -1) {
    if (p2 === 0) {
      t2[a] = t2[a] + e[0] + r;
      return;
    }
    t2[a] = t2[a] + e[0], t2.push(...e.slice(1, p2)), t2.push(e[p2] + r);
  }
}
function y(t2, ...r) {
  let e = [t2[0]];
  e.raw = [t2.raw[0]];
  let a = [];
  for (let p2 = 0; p2 < r.length; p2++) {
    let n = r[p2], i2 = p2 + 1;
    if (n?._templateType === o2.part) {
      s(e, t2[i2], n.str), s(e.raw, t2.raw[i2], n.str);
      continue;
    }
    if (n?._templateType === o2.container) {
      s(e, t2[i2], ...n.strings), s(e.raw, t2.raw[i2], ...n.strings.raw), a.push(...n.values);
      continue;
    }
    e.push(t2[i2]), e.raw.push(t2.raw[i2]), a.push(n);
  }
  return { _templateType: "container", strings: e, values: a };
}
function g2(t2, ...r) {
  let { strings: e, values: a } = y(t2, ...r);
  return { query: [e[0], ...a.flatMap((p2, n) => [`$${n + 1}`, e[n + 1]])].join(""), params: a };
}
// node_modules/@electric-sql/pglite/dist/chunk-WUKNEE7X.js
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
function E(h2) {
  let s2 = h2.e;
  return s2.query = h2.query, s2.params = h2.params, s2.queryOptions = h2.options, s2;
}
var P3;
var p;
var t;
var y2;
var x2;
var m2;
var _2;
var z2 = class {
  constructor() {
    (0, import_cli_chunk_TPG6O3EZ.R)(this, t);
    this.serializers = { ...an };
    this.parsers = { ...sn };
    (0, import_cli_chunk_TPG6O3EZ.R)(this, P3, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, p, false);
  }
  async _initArrayTypes({ force: s2 = false } = {}) {
    if ((0, import_cli_chunk_TPG6O3EZ.h)(this, P3) && !s2) return;
    (0, import_cli_chunk_TPG6O3EZ.x)(this, P3, true);
    let e = await this.query(`
      SELECT b.oid, b.typarray
      FROM pg_catalog.pg_type a
      LEFT JOIN pg_catalog.pg_type b ON b.oid = a.typelem
      WHERE a.typcategory = 'A'
      GROUP BY b.oid, b.typarray
      ORDER BY b.oid
    `);
    for (let r of e.rows) this.serializers[r.typarray] = (o3) => qe(o3, this.serializers[r.oid], r.typarray), this.parsers[r.typarray] = (o3) => pn(o3, this.parsers[r.oid], r.typarray);
  }
  async refreshArrayTypes() {
    await this._initArrayTypes({ force: true });
  }
  async query(s2, e, r) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, x2).call(this, s2, e, r));
  }
  async sql(s2, ...e) {
    let { query: r, params: o3 } = g2(s2, ...e);
    return await this.query(r, o3);
  }
  async exec(s2, e) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, m2).call(this, s2, e));
  }
  async describeQuery(s2, e) {
    let r = [];
    try {
      await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.parse({ text: s2, types: e?.paramTypes }), e), r = await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.describe({ type: "S" }), e);
    } catch (n) {
      throw n instanceof C ? E({ e: n, options: e, params: void 0, query: s2 }) : n;
    } finally {
      r.push(...await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.sync(), e));
    }
    let o3 = r.find((n) => n.name === "parameterDescription"), i2 = r.find((n) => n.name === "rowDescription"), c2 = o3?.dataTypeIDs.map((n) => ({ dataTypeID: n, serializer: this.serializers[n] })) ?? [], u2 = i2?.fields.map((n) => ({ name: n.name, dataTypeID: n.dataTypeID, parser: this.parsers[n.dataTypeID] })) ?? [];
    return { queryParams: c2, resultFields: u2 };
  }
  async transaction(s2) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => {
      await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, m2).call(this, "BEGIN"), (0, import_cli_chunk_TPG6O3EZ.x)(this, p, true);
      let e = false, r = () => {
        if (e) throw new Error("Transaction is closed");
      }, o3 = { query: async (i2, c2, u2) => (r(), await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, x2).call(this, i2, c2, u2)), sql: async (i2, ...c2) => {
        let { query: u2, params: n } = g2(i2, ...c2);
        return await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, x2).call(this, u2, n);
      }, exec: async (i2, c2) => (r(), await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, m2).call(this, i2, c2)), rollback: async () => {
        r(), await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, m2).call(this, "ROLLBACK"), e = true;
      }, listen: async (i2, c2) => (r(), await this.listen(i2, c2, o3)), get closed() {
        return e;
      } };
      try {
        let i2 = await s2(o3);
        return e || (e = true, await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, m2).call(this, "COMMIT")), (0, import_cli_chunk_TPG6O3EZ.x)(this, p, false), i2;
      } catch (i2) {
        throw e || await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, m2).call(this, "ROLLBACK"), (0, import_cli_chunk_TPG6O3EZ.x)(this, p, false), i2;
      }
    });
  }
  async runExclusive(s2) {
    return await this._runExclusiveQuery(s2);
  }
};
P3 = /* @__PURE__ */ new WeakMap(), p = /* @__PURE__ */ new WeakMap(), t = /* @__PURE__ */ new WeakSet(), y2 = async function(s2, e = {}) {
  return await this.execProtocolStream(s2, { ...e, syncToFs: false });
}, x2 = async function(s2, e = [], r) {
  return await this._runExclusiveQuery(async () => {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, t, _2).call(this, "runQuery", s2, e, r), await this._handleBlob(r?.blob);
    let o3 = [];
    try {
      let c2 = await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.parse({ text: s2, types: r?.paramTypes }), r), u2 = yn(await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.describe({ type: "S" }), r)), n = e.map((b2, k3) => {
        let D3 = u2[k3];
        if (b2 == null) return null;
        let v3 = r?.serializers?.[D3] ?? this.serializers[D3];
        return v3 ? v3(b2) : b2.toString();
      });
      o3 = [...c2, ...await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.bind({ values: n }), r), ...await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.describe({ type: "P" }), r), ...await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.execute({}), r)];
    } catch (c2) {
      throw c2 instanceof C ? E({ e: c2, options: r, params: e, query: s2 }) : c2;
    } finally {
      o3.push(...await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.sync(), r));
    }
    await this._cleanupBlob(), (0, import_cli_chunk_TPG6O3EZ.h)(this, p) || await this.syncToFs();
    let i2 = await this._getWrittenBlob();
    return fn(o3, this.parsers, r, i2)[0];
  });
}, m2 = async function(s2, e) {
  return await this._runExclusiveQuery(async () => {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, t, _2).call(this, "runExec", s2, e), await this._handleBlob(e?.blob);
    let r = [];
    try {
      r = await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.query(s2), e);
    } catch (i2) {
      throw i2 instanceof C ? E({ e: i2, options: e, params: void 0, query: s2 }) : i2;
    } finally {
      r.push(...await (0, import_cli_chunk_TPG6O3EZ.T)(this, t, y2).call(this, We2.sync(), e));
    }
    this._cleanupBlob(), (0, import_cli_chunk_TPG6O3EZ.h)(this, p) || await this.syncToFs();
    let o3 = await this._getWrittenBlob();
    return fn(r, this.parsers, e, o3);
  });
}, _2 = function(...s2) {
  this.debug > 0 && console.log(...s2);
};
// node_modules/@electric-sql/pglite/dist/chunk-VC7SUH2R.js
(0, import_cli_chunk_TPG6O3EZ.u)();
async function v2(s2, e, r, n) {
  if (!r || r.length === 0) return e;
  n = n ?? s2;
  let t2 = [];
  try {
    await s2.execProtocol(We2.parse({ text: e }), { syncToFs: false }), t2.push(...(await s2.execProtocol(We2.describe({ type: "S" }), { syncToFs: false })).messages);
  } finally {
    t2.push(...(await s2.execProtocol(We2.sync(), { syncToFs: false })).messages);
  }
  let a = yn(t2), i2 = e.replace(/\$([0-9]+)/g, (d, l) => "%" + l + "L");
  return (await n.query(`SELECT format($1, ${r.map((d, l) => `$${l + 2}`).join(", ")}) as query`, [i2, ...r], { paramTypes: [he, ...a] })).rows[0].query;
}
// node_modules/@electric-sql/pglite/dist/index.js
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
var wt3 = new Error("timeout while waiting for mutex to become available");
var St2 = new Error("mutex already locked");
var ft2 = new Error("request for lock canceled");
var vt2 = function(e, t2, r, a) {
  function o3(_3) {
    return _3 instanceof r ? _3 : new r(function(s2) {
      s2(_3);
    });
  }
  return new (r || (r = Promise))(function(_3, s2) {
    function n(p2) {
      try {
        d(a.next(p2));
      } catch (m3) {
        s2(m3);
      }
    }
    function l(p2) {
      try {
        d(a.throw(p2));
      } catch (m3) {
        s2(m3);
      }
    }
    function d(p2) {
      p2.done ? _3(p2.value) : o3(p2.value).then(n, l);
    }
    d((a = a.apply(e, t2 || [])).next());
  });
};
var De2 = class {
  constructor(t2, r = ft2) {
    this._value = t2, this._cancelError = r, this._weightedQueues = [], this._weightedWaiters = [];
  }
  acquire(t2 = 1) {
    if (t2 <= 0) throw new Error(`invalid weight ${t2}: must be positive`);
    return new Promise((r, a) => {
      this._weightedQueues[t2 - 1] || (this._weightedQueues[t2 - 1] = []), this._weightedQueues[t2 - 1].push({ resolve: r, reject: a }), this._dispatch();
    });
  }
  runExclusive(t2, r = 1) {
    return vt2(this, void 0, void 0, function* () {
      let [a, o3] = yield this.acquire(r);
      try {
        return yield t2(a);
      } finally {
        o3();
      }
    });
  }
  waitForUnlock(t2 = 1) {
    if (t2 <= 0) throw new Error(`invalid weight ${t2}: must be positive`);
    return new Promise((r) => {
      this._weightedWaiters[t2 - 1] || (this._weightedWaiters[t2 - 1] = []), this._weightedWaiters[t2 - 1].push(r), this._dispatch();
    });
  }
  isLocked() {
    return this._value <= 0;
  }
  getValue() {
    return this._value;
  }
  setValue(t2) {
    this._value = t2, this._dispatch();
  }
  release(t2 = 1) {
    if (t2 <= 0) throw new Error(`invalid weight ${t2}: must be positive`);
    this._value += t2, this._dispatch();
  }
  cancel() {
    this._weightedQueues.forEach((t2) => t2.forEach((r) => r.reject(this._cancelError))), this._weightedQueues = [];
  }
  _dispatch() {
    var t2;
    for (let r = this._value; r > 0; r--) {
      let a = (t2 = this._weightedQueues[r - 1]) === null || t2 === void 0 ? void 0 : t2.shift();
      if (!a) continue;
      let o3 = this._value, _3 = r;
      this._value -= r, r = this._value + 1, a.resolve([o3, this._newReleaser(_3)]);
    }
    this._drainUnlockWaiters();
  }
  _newReleaser(t2) {
    let r = false;
    return () => {
      r || (r = true, this.release(t2));
    };
  }
  _drainUnlockWaiters() {
    for (let t2 = this._value; t2 > 0; t2--) this._weightedWaiters[t2 - 1] && (this._weightedWaiters[t2 - 1].forEach((r) => r()), this._weightedWaiters[t2 - 1] = []);
  }
};
var ht2 = function(e, t2, r, a) {
  function o3(_3) {
    return _3 instanceof r ? _3 : new r(function(s2) {
      s2(_3);
    });
  }
  return new (r || (r = Promise))(function(_3, s2) {
    function n(p2) {
      try {
        d(a.next(p2));
      } catch (m3) {
        s2(m3);
      }
    }
    function l(p2) {
      try {
        d(a.throw(p2));
      } catch (m3) {
        s2(m3);
      }
    }
    function d(p2) {
      p2.done ? _3(p2.value) : o3(p2.value).then(n, l);
    }
    d((a = a.apply(e, t2 || [])).next());
  });
};
var ee2 = class {
  constructor(t2) {
    this._semaphore = new De2(1, t2);
  }
  acquire() {
    return ht2(this, void 0, void 0, function* () {
      let [, t2] = yield this._semaphore.acquire();
      return t2;
    });
  }
  runExclusive(t2) {
    return this._semaphore.runExclusive(() => t2());
  }
  isLocked() {
    return this._semaphore.isLocked();
  }
  waitForUnlock() {
    return this._semaphore.waitForUnlock();
  }
  release() {
    this._semaphore.isLocked() && this._semaphore.release();
  }
  cancel() {
    return this._semaphore.cancel();
  }
};
(0, import_cli_chunk_TPG6O3EZ.u)();
var je2 = (0, import_cli_chunk_TPG6O3EZ.L)((0, import_cli_chunk_TPG6O3EZ.Re)(), 1);
async function ze2(e) {
  if (import_cli_chunk_TPG6O3EZ.m.IN_NODE) {
    let t2 = await Promise.resolve().then(() => __toESM(__migraImport("fs"))), r = await Promise.resolve().then(() => __toESM(__migraImport("zlib"))), { Writable: a } = await Promise.resolve().then(() => __toESM(__migraImport("stream"))), { pipeline: o3 } = await Promise.resolve().then(() => __toESM(__migraImport("stream/promises")));
    if (!t2.existsSync(e)) throw new Error(`Extension bundle not found: ${e}`);
    let _3 = r.createGunzip(), s2 = [];
    return await o3(t2.createReadStream(e), _3, new a({ write(n, l, d) {
      s2.push(n), d();
    } })), new Blob(s2);
  } else {
    let t2 = await fetch(e.toString());
    if (!t2.ok || !t2.body) return null;
    if (t2.headers.get("Content-Encoding") === "gzip") return t2.blob();
    {
      let r = new DecompressionStream("gzip");
      return new Response(t2.body.pipeThrough(r)).blob();
    }
  }
}
async function He2(e, t2) {
  let r = new Array();
  for (let a in e.pg_extensions) {
    let o3;
    try {
      o3 = await e.pg_extensions[a];
    } catch (_3) {
      console.error("Failed to fetch extension:", a, _3);
      continue;
    }
    if (o3) {
      let _3 = new Uint8Array(await o3.arrayBuffer());
      r.push(...Mt2(e, a, _3, t2));
    } else console.error("Could not get binary data for extension:", a);
  }
  return Promise.all(r);
}
function Mt2(e, t2, r, a) {
  let o3 = [];
  return je2.default.untar(r).sort((s2, n) => s2.name > n.name ? 1 : s2.name < n.name ? -1 : 0).forEach((s2) => {
    if (s2.name.endsWith("/")) {
      let n = `${e.WASM_PREFIX}/${s2.name}`;
      e.FS.analyzePath(n).exists === false && e.FS.mkdirTree(n);
    } else if (!s2.name.startsWith(".")) {
      let n = e.WASM_PREFIX + "/" + s2.name;
      if (s2.name.endsWith(".so")) {
        a(`pgfs:ext preloading ${n}`);
        let l = s2.name.split("/").pop(), d = Et2(n), p2 = new Promise((m3, g3) => {
          let u2 = (...c2) => {
            a("pgfs:ext OK", n, c2), m3();
          }, f2 = (...c2) => {
            a("pgfs:ext FAIL", n, c2), Me2(e.FS, n, s2.data), m3();
          };
          e.FS.createPreloadedFile(d, l, s2.data, true, true, u2, f2, false);
        });
        o3.push(p2);
      } else Me2(e.FS, n, s2.data);
    }
  }), o3;
}
function Me2(e, t2, r, a) {
  try {
    let o3 = t2.substring(0, t2.lastIndexOf("/"));
    e.analyzePath(o3).exists === false && e.mkdirTree(o3), e.writeFile(t2, r), a && e.chmod(t2, a);
  } catch (o3) {
    throw console.error(`Error writing file ${t2}`, o3), o3;
  }
}
function Et2(e) {
  let t2 = e.lastIndexOf("/");
  return t2 > 0 ? e.slice(0, t2) : e;
}
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
var Ee2 = class extends import_cli_chunk_TPG6O3EZ.We {
  async init(t2, r) {
    return this.pg = t2, { emscriptenOpts: { ...r, preRun: [...r.preRun || [], (o3) => {
      let _3 = o3.FS.filesystems.IDBFS;
      o3.FS.analyzePath(import_cli_chunk_TPG6O3EZ.I).exists || o3.FS.mkdir(import_cli_chunk_TPG6O3EZ.I), o3.FS.analyzePath(`${import_cli_chunk_TPG6O3EZ.I}/${this.dataDir}`).exists || o3.FS.mkdir(`${import_cli_chunk_TPG6O3EZ.I}/${this.dataDir}`), o3.FS.mount(_3, {}, `${import_cli_chunk_TPG6O3EZ.I}/${this.dataDir}`), o3.FS.symlink(`${import_cli_chunk_TPG6O3EZ.I}/${this.dataDir}`, import_cli_chunk_TPG6O3EZ.B);
    }] } };
  }
  initialSyncFs() {
    return new Promise((t2, r) => {
      this.pg.Module.FS.syncfs(true, (a) => {
        a ? r(a) : t2();
      });
    });
  }
  syncToFs(t2) {
    return new Promise((r, a) => {
      this.pg.Module.FS.syncfs(false, (o3) => {
        o3 ? a(o3) : r();
      });
    });
  }
  async closeFs() {
    let t2 = this.pg.Module.FS.filesystems.IDBFS.dbs[this.dataDir];
    t2 && t2.close(), this.pg.Module.FS.quit();
  }
};
(0, import_cli_chunk_TPG6O3EZ.u)();
var xe2 = class extends import_cli_chunk_TPG6O3EZ.We {
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
function We3(e) {
  let t2;
  if (e?.startsWith("file://")) {
    if (e = e.slice(7), !e) throw new Error("Invalid dataDir, must be a valid path");
    t2 = "nodefs";
  } else e?.startsWith("idb://") ? (e = e.slice(6), t2 = "idbfs") : e?.startsWith("opfs-ahp://") ? (e = e.slice(11), t2 = "opfs-ahp") : !e || e?.startsWith("memory://") ? t2 = "memoryfs" : t2 = "nodefs";
  return { dataDir: e, fsType: t2 };
}
async function Ve2(e, t2) {
  let r;
  if (e && t2 === "nodefs") {
    let { NodeFS: a } = await Promise.resolve().then(() => __toESM(__migraImport("./cli-chunk-32IJPQMW.js")));
    r = new a(e);
  } else if (e && t2 === "idbfs") r = new Ee2(e);
  else if (e && t2 === "opfs-ahp") {
    let { OpfsAhpFS: a } = await Promise.resolve().then(() => __toESM(__migraImport("./cli-chunk-AMUTNRRM.js")));
    r = new a(e);
  } else r = new xe2();
  return r;
}
(0, import_cli_chunk_TPG6O3EZ.u)();
(0, import_cli_chunk_TPG6O3EZ.u)();
var xt2 = /* @__PURE__ */ (() => {
  var _scriptName = __migraUrl;
  return async function(moduleArg = {}) {
    var moduleRtn, Module = moduleArg, readyPromiseResolve, readyPromiseReject, readyPromise = new Promise((e, t2) => {
      readyPromiseResolve = e, readyPromiseReject = t2;
    }), ENVIRONMENT_IS_WEB = typeof window == "object", ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope < "u", ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    if (ENVIRONMENT_IS_NODE) {
      let { createRequire: e } = await Promise.resolve().then(() => __toESM(__migraImport("module"))), t2 = __migraUrl;
      t2.startsWith("data:") && (t2 = "/");
      var require = e(t2);
    }
    Module.expectedDataFileDownloads ?? (Module.expectedDataFileDownloads = 0), Module.expectedDataFileDownloads++, (() => {
      var e = typeof ENVIRONMENT_IS_PTHREAD < "u" && ENVIRONMENT_IS_PTHREAD, t2 = typeof ENVIRONMENT_IS_WASM_WORKER < "u" && ENVIRONMENT_IS_WASM_WORKER;
      if (e || t2) return;
      var r = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
      function a(o3) {
        var _3 = "";
        typeof window == "object" ? _3 = window.encodeURIComponent(window.location.pathname.substring(0, window.location.pathname.lastIndexOf("/")) + "/") : typeof process > "u" && typeof location < "u" && (_3 = encodeURIComponent(location.pathname.substring(0, location.pathname.lastIndexOf("/")) + "/"));
        var s2 = "pglite.data", n = "pglite.data", l = Module.locateFile ? Module.locateFile(n, "") : n, d = o3.remote_package_size;
        function p2(c2, x3, w2, b2) {
          if (r) {
            require("fs").readFile(c2, (M2, S2) => {
              M2 ? b2(M2) : w2(S2.buffer);
            });
            return;
          }
          Module.dataFileDownloads ?? (Module.dataFileDownloads = {}), fetch(c2).catch((M2) => Promise.reject(new Error(`Network Error: ${c2}`, { cause: M2 }))).then((M2) => {
            if (!M2.ok) return Promise.reject(new Error(`${M2.status}: ${M2.url}`));
            if (!M2.body && M2.arrayBuffer) return M2.arrayBuffer().then(w2);
            let S2 = M2.body.getReader(), E2 = () => S2.read().then(oe2).catch((Z2) => Promise.reject(new Error(`Unexpected error while handling : ${M2.url} ${Z2}`, { cause: Z2 }))), y3 = [], F3 = M2.headers, A2 = Number(F3.get("Content-Length") ?? x3), V2 = 0, oe2 = ({ done: Z2, value: X2 }) => {
              if (Z2) {
                let I2 = new Uint8Array(y3.map((R3) => R3.length).reduce((R3, lt2) => R3 + lt2, 0)), L3 = 0;
                for (let R3 of y3) I2.set(R3, L3), L3 += R3.length;
                w2(I2.buffer);
              } else {
                y3.push(X2), V2 += X2.length, Module.dataFileDownloads[c2] = { loaded: V2, total: A2 };
                let I2 = 0, L3 = 0;
                for (let R3 of Object.values(Module.dataFileDownloads)) I2 += R3.loaded, L3 += R3.total;
                return Module.setStatus?.(`Downloading data... (${I2}/${L3})`), E2();
              }
            };
            return Module.setStatus?.("Downloading data..."), E2();
          });
        }
        function m3(c2) {
          console.error("package error:", c2);
        }
        var g3 = null, u2 = Module.getPreloadedPackage ? Module.getPreloadedPackage(l, d) : null;
        u2 || p2(l, d, (c2) => {
          g3 ? (g3(c2), g3 = null) : u2 = c2;
        }, m3);
        function f2(c2) {
          function x3(E2, y3) {
            if (!E2) throw y3 + new Error().stack;
          }
          c2.FS_createPath("/", "home", true, true), c2.FS_createPath("/home", "postgres", true, true), c2.FS_createPath("/", "pglite", true, true), c2.FS_createPath("/pglite", "bin", true, true), c2.FS_createPath("/pglite", "icu", true, true), c2.FS_createPath("/pglite/icu", "icudt76l", true, true), c2.FS_createPath("/pglite/icu/icudt76l", "coll", true, true), c2.FS_createPath("/pglite", "lib", true, true), c2.FS_createPath("/pglite/lib", "postgresql", true, true), c2.FS_createPath("/pglite/lib/postgresql", "pgxs", true, true), c2.FS_createPath("/pglite/lib/postgresql/pgxs", "config", true, true), c2.FS_createPath("/pglite/lib/postgresql/pgxs", "src", true, true), c2.FS_createPath("/pglite/lib/postgresql/pgxs/src", "makefiles", true, true), c2.FS_createPath("/pglite/lib/postgresql/pgxs/src", "test", true, true), c2.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "isolation", true, true), c2.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "regress", true, true), c2.FS_createPath("/pglite", "share", true, true), c2.FS_createPath("/pglite/share", "postgresql", true, true), c2.FS_createPath("/pglite/share/postgresql", "extension", true, true), c2.FS_createPath("/pglite/share/postgresql", "timezone", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Africa", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "America", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone/America", "Argentina", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone/America", "Indiana", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone/America", "Kentucky", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone/America", "North_Dakota", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Antarctica", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Arctic", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Asia", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Atlantic", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Australia", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Brazil", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Canada", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Chile", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Etc", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Europe", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Indian", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Mexico", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "Pacific", true, true), c2.FS_createPath("/pglite/share/postgresql/timezone", "US", true, true), c2.FS_createPath("/pglite/share/postgresql", "timezonesets", true, true), c2.FS_createPath("/pglite/share/postgresql", "tsearch_data", true, true);
          function w2(E2, y3, F3) {
            this.start = E2, this.end = y3, this.audio = F3;
          }
          w2.prototype = { requests: {}, open: function(E2, y3) {
            this.name = y3, this.requests[y3] = this, c2.addRunDependency(`fp ${this.name}`);
          }, send: function() {
          }, onload: function() {
            var E2 = this.byteArray.subarray(this.start, this.end);
            this.finish(E2);
          }, finish: function(E2) {
            var y3 = this;
            c2.FS_createDataFile(this.name, null, E2, true, true, true), c2.removeRunDependency(`fp ${y3.name}`), this.requests[this.name] = null;
          } };
          for (var b2 = o3.files, M2 = 0; M2 < b2.length; ++M2) new w2(b2[M2].start, b2[M2].end, b2[M2].audio || 0).open("GET", b2[M2].filename);
          function S2(E2) {
            x3(E2, "Loading data file failed."), x3(E2.constructor.name === ArrayBuffer.name, "bad input to processPackageData");
            var y3 = new Uint8Array(E2);
            w2.prototype.byteArray = y3;
            for (var F3 = o3.files, A2 = 0; A2 < F3.length; ++A2) w2.prototype.requests[F3[A2].filename].onload();
            c2.removeRunDependency("datafile_pglite.data");
          }
          c2.addRunDependency("datafile_pglite.data"), c2.preloadResults ?? (c2.preloadResults = {}), c2.preloadResults[s2] = { fromCache: false }, u2 ? (S2(u2), u2 = null) : g3 = S2;
        }
        Module.calledRun ? f2(Module) : (Module.preRun ?? (Module.preRun = [])).push(f2);
      }
      a({ files: [{ filename: "/home/postgres/.pgpass", start: 0, end: 204 }, { filename: "/pglite/bin/initdb", start: 204, end: 223 }, { filename: "/pglite/bin/pg_dump", start: 223, end: 242 }, { filename: "/pglite/bin/postgres", start: 242, end: 261 }, { filename: "/pglite/icu/LICENSE", start: 261, end: 26748 }, { filename: "/pglite/icu/icudt76l/coll/root.res", start: 26748, end: 365756 }, { filename: "/pglite/icu/icudt76l/coll/ucadata.icu", start: 365756, end: 943260 }, { filename: "/pglite/lib/postgresql/cyrillic_and_mic.so", start: 943260, end: 947754 }, { filename: "/pglite/lib/postgresql/dict_snowball.so", start: 947754, end: 1520874 }, { filename: "/pglite/lib/postgresql/euc2004_sjis2004.so", start: 1520874, end: 1522947 }, { filename: "/pglite/lib/postgresql/euc_cn_and_mic.so", start: 1522947, end: 1523888 }, { filename: "/pglite/lib/postgresql/euc_jp_and_sjis.so", start: 1523888, end: 1531148 }, { filename: "/pglite/lib/postgresql/euc_kr_and_mic.so", start: 1531148, end: 1532099 }, { filename: "/pglite/lib/postgresql/euc_tw_and_big5.so", start: 1532099, end: 1536657 }, { filename: "/pglite/lib/postgresql/latin2_and_win1250.so", start: 1536657, end: 1538063 }, { filename: "/pglite/lib/postgresql/latin_and_mic.so", start: 1538063, end: 1539084 }, { filename: "/pglite/lib/postgresql/libpqwalreceiver.so", start: 1539084, end: 1660585 }, { filename: "/pglite/lib/postgresql/pgoutput.so", start: 1660585, end: 1673817 }, { filename: "/pglite/lib/postgresql/pgxs/config/install-sh", start: 1673817, end: 1687814 }, { filename: "/pglite/lib/postgresql/pgxs/config/missing", start: 1687814, end: 1689162 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.global", start: 1689162, end: 1726526 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.port", start: 1726526, end: 1727372 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.shlib", start: 1727372, end: 1742233 }, { filename: "/pglite/lib/postgresql/pgxs/src/makefiles/pgxs.mk", start: 1742233, end: 1758440 }, { filename: "/pglite/lib/postgresql/pgxs/src/nls-global.mk", start: 1758440, end: 1765308 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/isolationtester.js", start: 1765308, end: 1880840 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/pg_isolation_regress.js", start: 1880840, end: 1998809 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/regress/pg_regress.js", start: 1998809, end: 2116264 }, { filename: "/pglite/lib/postgresql/plpgsql.so", start: 2116264, end: 2266300 }, { filename: "/pglite/lib/postgresql/utf8_and_big5.so", start: 2266300, end: 2381048 }, { filename: "/pglite/lib/postgresql/utf8_and_cyrillic.so", start: 2381048, end: 2387022 }, { filename: "/pglite/lib/postgresql/utf8_and_euc2004.so", start: 2387022, end: 2591954 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_cn.so", start: 2591954, end: 2667134 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_jp.so", start: 2667134, end: 2818362 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_kr.so", start: 2818362, end: 2921218 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_tw.so", start: 2921218, end: 3120774 }, { filename: "/pglite/lib/postgresql/utf8_and_gb18030.so", start: 3120774, end: 3383151 }, { filename: "/pglite/lib/postgresql/utf8_and_gbk.so", start: 3383151, end: 3529683 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859.so", start: 3529683, end: 3553211 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859_1.so", start: 3553211, end: 3554183 }, { filename: "/pglite/lib/postgresql/utf8_and_johab.so", start: 3554183, end: 3715887 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis.so", start: 3715887, end: 3797547 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis2004.so", start: 3797547, end: 3924179 }, { filename: "/pglite/lib/postgresql/utf8_and_uhc.so", start: 3924179, end: 4091451 }, { filename: "/pglite/lib/postgresql/utf8_and_win.so", start: 4091451, end: 4117906 }, { filename: "/pglite/locale-a", start: 4117906, end: 4117931 }, { filename: "/pglite/password", start: 4117931, end: 4117939 }, { filename: "/pglite/pgstdin", start: 4117939, end: 4117958 }, { filename: "/pglite/pgstdout", start: 4117958, end: 4117977 }, { filename: "/pglite/share/postgresql/errcodes.txt", start: 4117977, end: 4151369 }, { filename: "/pglite/share/postgresql/extension/plpgsql--1.0.sql", start: 4151369, end: 4152027 }, { filename: "/pglite/share/postgresql/extension/plpgsql.control", start: 4152027, end: 4152220 }, { filename: "/pglite/share/postgresql/information_schema.sql", start: 4152220, end: 4267743 }, { filename: "/pglite/share/postgresql/pg_hba.conf.sample", start: 4267743, end: 4273368 }, { filename: "/pglite/share/postgresql/pg_ident.conf.sample", start: 4273368, end: 4276008 }, { filename: "/pglite/share/postgresql/pg_service.conf.sample", start: 4276008, end: 4276612 }, { filename: "/pglite/share/postgresql/postgres.bki", start: 4276612, end: 5229880 }, { filename: "/pglite/share/postgresql/postgresql.conf.sample", start: 5229880, end: 5260542 }, { filename: "/pglite/share/postgresql/psqlrc.sample", start: 5260542, end: 5260820 }, { filename: "/pglite/share/postgresql/snowball_create.sql", start: 5260820, end: 5304996 }, { filename: "/pglite/share/postgresql/sql_features.txt", start: 5304996, end: 5340729 }, { filename: "/pglite/share/postgresql/system_constraints.sql", start: 5340729, end: 5349624 }, { filename: "/pglite/share/postgresql/system_functions.sql", start: 5349624, end: 5373927 }, { filename: "/pglite/share/postgresql/system_views.sql", start: 5373927, end: 5425621 }, { filename: "/pglite/share/postgresql/timezone/Africa/Abidjan", start: 5425621, end: 5425769 }, { filename: "/pglite/share/postgresql/timezone/Africa/Accra", start: 5425769, end: 5425917 }, { filename: "/pglite/share/postgresql/timezone/Africa/Addis_Ababa", start: 5425917, end: 5426182 }, { filename: "/pglite/share/postgresql/timezone/Africa/Algiers", start: 5426182, end: 5426917 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmara", start: 5426917, end: 5427182 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmera", start: 5427182, end: 5427447 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bamako", start: 5427447, end: 5427595 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bangui", start: 5427595, end: 5427830 }, { filename: "/pglite/share/postgresql/timezone/Africa/Banjul", start: 5427830, end: 5427978 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bissau", start: 5427978, end: 5428172 }, { filename: "/pglite/share/postgresql/timezone/Africa/Blantyre", start: 5428172, end: 5428321 }, { filename: "/pglite/share/postgresql/timezone/Africa/Brazzaville", start: 5428321, end: 5428556 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bujumbura", start: 5428556, end: 5428705 }, { filename: "/pglite/share/postgresql/timezone/Africa/Cairo", start: 5428705, end: 5431104 }, { filename: "/pglite/share/postgresql/timezone/Africa/Casablanca", start: 5431104, end: 5433533 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ceuta", start: 5433533, end: 5435585 }, { filename: "/pglite/share/postgresql/timezone/Africa/Conakry", start: 5435585, end: 5435733 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dakar", start: 5435733, end: 5435881 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dar_es_Salaam", start: 5435881, end: 5436146 }, { filename: "/pglite/share/postgresql/timezone/Africa/Djibouti", start: 5436146, end: 5436411 }, { filename: "/pglite/share/postgresql/timezone/Africa/Douala", start: 5436411, end: 5436646 }, { filename: "/pglite/share/postgresql/timezone/Africa/El_Aaiun", start: 5436646, end: 5438941 }, { filename: "/pglite/share/postgresql/timezone/Africa/Freetown", start: 5438941, end: 5439089 }, { filename: "/pglite/share/postgresql/timezone/Africa/Gaborone", start: 5439089, end: 5439238 }, { filename: "/pglite/share/postgresql/timezone/Africa/Harare", start: 5439238, end: 5439387 }, { filename: "/pglite/share/postgresql/timezone/Africa/Johannesburg", start: 5439387, end: 5439633 }, { filename: "/pglite/share/postgresql/timezone/Africa/Juba", start: 5439633, end: 5440312 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kampala", start: 5440312, end: 5440577 }, { filename: "/pglite/share/postgresql/timezone/Africa/Khartoum", start: 5440577, end: 5441256 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kigali", start: 5441256, end: 5441405 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kinshasa", start: 5441405, end: 5441640 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lagos", start: 5441640, end: 5441875 }, { filename: "/pglite/share/postgresql/timezone/Africa/Libreville", start: 5441875, end: 5442110 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lome", start: 5442110, end: 5442258 }, { filename: "/pglite/share/postgresql/timezone/Africa/Luanda", start: 5442258, end: 5442493 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lubumbashi", start: 5442493, end: 5442642 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lusaka", start: 5442642, end: 5442791 }, { filename: "/pglite/share/postgresql/timezone/Africa/Malabo", start: 5442791, end: 5443026 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maputo", start: 5443026, end: 5443175 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maseru", start: 5443175, end: 5443421 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mbabane", start: 5443421, end: 5443667 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mogadishu", start: 5443667, end: 5443932 }, { filename: "/pglite/share/postgresql/timezone/Africa/Monrovia", start: 5443932, end: 5444140 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nairobi", start: 5444140, end: 5444405 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ndjamena", start: 5444405, end: 5444604 }, { filename: "/pglite/share/postgresql/timezone/Africa/Niamey", start: 5444604, end: 5444839 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nouakchott", start: 5444839, end: 5444987 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ouagadougou", start: 5444987, end: 5445135 }, { filename: "/pglite/share/postgresql/timezone/Africa/Porto-Novo", start: 5445135, end: 5445370 }, { filename: "/pglite/share/postgresql/timezone/Africa/Sao_Tome", start: 5445370, end: 5445624 }, { filename: "/pglite/share/postgresql/timezone/Africa/Timbuktu", start: 5445624, end: 5445772 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tripoli", start: 5445772, end: 5446397 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tunis", start: 5446397, end: 5447086 }, { filename: "/pglite/share/postgresql/timezone/Africa/Windhoek", start: 5447086, end: 5448041 }, { filename: "/pglite/share/postgresql/timezone/America/Adak", start: 5448041, end: 5450397 }, { filename: "/pglite/share/postgresql/timezone/America/Anchorage", start: 5450397, end: 5452768 }, { filename: "/pglite/share/postgresql/timezone/America/Anguilla", start: 5452768, end: 5453014 }, { filename: "/pglite/share/postgresql/timezone/America/Antigua", start: 5453014, end: 5453260 }, { filename: "/pglite/share/postgresql/timezone/America/Araguaina", start: 5453260, end: 5454144 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Buenos_Aires", start: 5454144, end: 5455220 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Catamarca", start: 5455220, end: 5456296 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/ComodRivadavia", start: 5456296, end: 5457372 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Cordoba", start: 5457372, end: 5458448 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Jujuy", start: 5458448, end: 5459496 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/La_Rioja", start: 5459496, end: 5460586 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Mendoza", start: 5460586, end: 5461662 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Rio_Gallegos", start: 5461662, end: 5462738 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Salta", start: 5462738, end: 5463786 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Juan", start: 5463786, end: 5464876 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Luis", start: 5464876, end: 5465978 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Tucuman", start: 5465978, end: 5467082 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Ushuaia", start: 5467082, end: 5468158 }, { filename: "/pglite/share/postgresql/timezone/America/Aruba", start: 5468158, end: 5468404 }, { filename: "/pglite/share/postgresql/timezone/America/Asuncion", start: 5468404, end: 5470062 }, { filename: "/pglite/share/postgresql/timezone/America/Atikokan", start: 5470062, end: 5470244 }, { filename: "/pglite/share/postgresql/timezone/America/Atka", start: 5470244, end: 5472600 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia", start: 5472600, end: 5473624 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia_Banderas", start: 5473624, end: 5474724 }, { filename: "/pglite/share/postgresql/timezone/America/Barbados", start: 5474724, end: 5475160 }, { filename: "/pglite/share/postgresql/timezone/America/Belem", start: 5475160, end: 5475736 }, { filename: "/pglite/share/postgresql/timezone/America/Belize", start: 5475736, end: 5477350 }, { filename: "/pglite/share/postgresql/timezone/America/Blanc-Sablon", start: 5477350, end: 5477596 }, { filename: "/pglite/share/postgresql/timezone/America/Boa_Vista", start: 5477596, end: 5478228 }, { filename: "/pglite/share/postgresql/timezone/America/Bogota", start: 5478228, end: 5478474 }, { filename: "/pglite/share/postgresql/timezone/America/Boise", start: 5478474, end: 5480884 }, { filename: "/pglite/share/postgresql/timezone/America/Buenos_Aires", start: 5480884, end: 5481960 }, { filename: "/pglite/share/postgresql/timezone/America/Cambridge_Bay", start: 5481960, end: 5484214 }, { filename: "/pglite/share/postgresql/timezone/America/Campo_Grande", start: 5484214, end: 5485658 }, { filename: "/pglite/share/postgresql/timezone/America/Cancun", start: 5485658, end: 5486522 }, { filename: "/pglite/share/postgresql/timezone/America/Caracas", start: 5486522, end: 5486786 }, { filename: "/pglite/share/postgresql/timezone/America/Catamarca", start: 5486786, end: 5487862 }, { filename: "/pglite/share/postgresql/timezone/America/Cayenne", start: 5487862, end: 5488060 }, { filename: "/pglite/share/postgresql/timezone/America/Cayman", start: 5488060, end: 5488242 }, { filename: "/pglite/share/postgresql/timezone/America/Chicago", start: 5488242, end: 5491834 }, { filename: "/pglite/share/postgresql/timezone/America/Chihuahua", start: 5491834, end: 5492936 }, { filename: "/pglite/share/postgresql/timezone/America/Ciudad_Juarez", start: 5492936, end: 5494474 }, { filename: "/pglite/share/postgresql/timezone/America/Coral_Harbour", start: 5494474, end: 5494656 }, { filename: "/pglite/share/postgresql/timezone/America/Cordoba", start: 5494656, end: 5495732 }, { filename: "/pglite/share/postgresql/timezone/America/Costa_Rica", start: 5495732, end: 5496048 }, { filename: "/pglite/share/postgresql/timezone/America/Coyhaique", start: 5496048, end: 5498188 }, { filename: "/pglite/share/postgresql/timezone/America/Creston", start: 5498188, end: 5498548 }, { filename: "/pglite/share/postgresql/timezone/America/Cuiaba", start: 5498548, end: 5499964 }, { filename: "/pglite/share/postgresql/timezone/America/Curacao", start: 5499964, end: 5500210 }, { filename: "/pglite/share/postgresql/timezone/America/Danmarkshavn", start: 5500210, end: 5500908 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson", start: 5500908, end: 5502522 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson_Creek", start: 5502522, end: 5503572 }, { filename: "/pglite/share/postgresql/timezone/America/Denver", start: 5503572, end: 5506032 }, { filename: "/pglite/share/postgresql/timezone/America/Detroit", start: 5506032, end: 5508262 }, { filename: "/pglite/share/postgresql/timezone/America/Dominica", start: 5508262, end: 5508508 }, { filename: "/pglite/share/postgresql/timezone/America/Edmonton", start: 5508508, end: 5510840 }, { filename: "/pglite/share/postgresql/timezone/America/Eirunepe", start: 5510840, end: 5511496 }, { filename: "/pglite/share/postgresql/timezone/America/El_Salvador", start: 5511496, end: 5511720 }, { filename: "/pglite/share/postgresql/timezone/America/Ensenada", start: 5511720, end: 5514178 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Nelson", start: 5514178, end: 5516418 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Wayne", start: 5516418, end: 5518100 }, { filename: "/pglite/share/postgresql/timezone/America/Fortaleza", start: 5518100, end: 5518816 }, { filename: "/pglite/share/postgresql/timezone/America/Glace_Bay", start: 5518816, end: 5521008 }, { filename: "/pglite/share/postgresql/timezone/America/Godthab", start: 5521008, end: 5522911 }, { filename: "/pglite/share/postgresql/timezone/America/Goose_Bay", start: 5522911, end: 5526121 }, { filename: "/pglite/share/postgresql/timezone/America/Grand_Turk", start: 5526121, end: 5527955 }, { filename: "/pglite/share/postgresql/timezone/America/Grenada", start: 5527955, end: 5528201 }, { filename: "/pglite/share/postgresql/timezone/America/Guadeloupe", start: 5528201, end: 5528447 }, { filename: "/pglite/share/postgresql/timezone/America/Guatemala", start: 5528447, end: 5528727 }, { filename: "/pglite/share/postgresql/timezone/America/Guayaquil", start: 5528727, end: 5528973 }, { filename: "/pglite/share/postgresql/timezone/America/Guyana", start: 5528973, end: 5529235 }, { filename: "/pglite/share/postgresql/timezone/America/Halifax", start: 5529235, end: 5532659 }, { filename: "/pglite/share/postgresql/timezone/America/Havana", start: 5532659, end: 5535075 }, { filename: "/pglite/share/postgresql/timezone/America/Hermosillo", start: 5535075, end: 5535463 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Indianapolis", start: 5535463, end: 5537145 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Knox", start: 5537145, end: 5539589 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Marengo", start: 5539589, end: 5541327 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Petersburg", start: 5541327, end: 5543247 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Tell_City", start: 5543247, end: 5544947 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vevay", start: 5544947, end: 5546377 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vincennes", start: 5546377, end: 5548087 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Winamac", start: 5548087, end: 5549881 }, { filename: "/pglite/share/postgresql/timezone/America/Indianapolis", start: 5549881, end: 5551563 }, { filename: "/pglite/share/postgresql/timezone/America/Inuvik", start: 5551563, end: 5553637 }, { filename: "/pglite/share/postgresql/timezone/America/Iqaluit", start: 5553637, end: 5555839 }, { filename: "/pglite/share/postgresql/timezone/America/Jamaica", start: 5555839, end: 5556321 }, { filename: "/pglite/share/postgresql/timezone/America/Jujuy", start: 5556321, end: 5557369 }, { filename: "/pglite/share/postgresql/timezone/America/Juneau", start: 5557369, end: 5559722 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Louisville", start: 5559722, end: 5562510 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Monticello", start: 5562510, end: 5564878 }, { filename: "/pglite/share/postgresql/timezone/America/Knox_IN", start: 5564878, end: 5567322 }, { filename: "/pglite/share/postgresql/timezone/America/Kralendijk", start: 5567322, end: 5567568 }, { filename: "/pglite/share/postgresql/timezone/America/La_Paz", start: 5567568, end: 5567800 }, { filename: "/pglite/share/postgresql/timezone/America/Lima", start: 5567800, end: 5568206 }, { filename: "/pglite/share/postgresql/timezone/America/Los_Angeles", start: 5568206, end: 5571058 }, { filename: "/pglite/share/postgresql/timezone/America/Louisville", start: 5571058, end: 5573846 }, { filename: "/pglite/share/postgresql/timezone/America/Lower_Princes", start: 5573846, end: 5574092 }, { filename: "/pglite/share/postgresql/timezone/America/Maceio", start: 5574092, end: 5574836 }, { filename: "/pglite/share/postgresql/timezone/America/Managua", start: 5574836, end: 5575266 }, { filename: "/pglite/share/postgresql/timezone/America/Manaus", start: 5575266, end: 5575870 }, { filename: "/pglite/share/postgresql/timezone/America/Marigot", start: 5575870, end: 5576116 }, { filename: "/pglite/share/postgresql/timezone/America/Martinique", start: 5576116, end: 5576348 }, { filename: "/pglite/share/postgresql/timezone/America/Matamoros", start: 5576348, end: 5577766 }, { filename: "/pglite/share/postgresql/timezone/America/Mazatlan", start: 5577766, end: 5578826 }, { filename: "/pglite/share/postgresql/timezone/America/Mendoza", start: 5578826, end: 5579902 }, { filename: "/pglite/share/postgresql/timezone/America/Menominee", start: 5579902, end: 5582176 }, { filename: "/pglite/share/postgresql/timezone/America/Merida", start: 5582176, end: 5583180 }, { filename: "/pglite/share/postgresql/timezone/America/Metlakatla", start: 5583180, end: 5584603 }, { filename: "/pglite/share/postgresql/timezone/America/Mexico_City", start: 5584603, end: 5585825 }, { filename: "/pglite/share/postgresql/timezone/America/Miquelon", start: 5585825, end: 5587491 }, { filename: "/pglite/share/postgresql/timezone/America/Moncton", start: 5587491, end: 5590645 }, { filename: "/pglite/share/postgresql/timezone/America/Monterrey", start: 5590645, end: 5591759 }, { filename: "/pglite/share/postgresql/timezone/America/Montevideo", start: 5591759, end: 5593269 }, { filename: "/pglite/share/postgresql/timezone/America/Montreal", start: 5593269, end: 5596763 }, { filename: "/pglite/share/postgresql/timezone/America/Montserrat", start: 5596763, end: 5597009 }, { filename: "/pglite/share/postgresql/timezone/America/Nassau", start: 5597009, end: 5600503 }, { filename: "/pglite/share/postgresql/timezone/America/New_York", start: 5600503, end: 5604055 }, { filename: "/pglite/share/postgresql/timezone/America/Nipigon", start: 5604055, end: 5607549 }, { filename: "/pglite/share/postgresql/timezone/America/Nome", start: 5607549, end: 5609916 }, { filename: "/pglite/share/postgresql/timezone/America/Noronha", start: 5609916, end: 5610632 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Beulah", start: 5610632, end: 5613028 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Center", start: 5613028, end: 5615424 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/New_Salem", start: 5615424, end: 5617820 }, { filename: "/pglite/share/postgresql/timezone/America/Nuuk", start: 5617820, end: 5619723 }, { filename: "/pglite/share/postgresql/timezone/America/Ojinaga", start: 5619723, end: 5621247 }, { filename: "/pglite/share/postgresql/timezone/America/Panama", start: 5621247, end: 5621429 }, { filename: "/pglite/share/postgresql/timezone/America/Pangnirtung", start: 5621429, end: 5623631 }, { filename: "/pglite/share/postgresql/timezone/America/Paramaribo", start: 5623631, end: 5623893 }, { filename: "/pglite/share/postgresql/timezone/America/Phoenix", start: 5623893, end: 5624253 }, { filename: "/pglite/share/postgresql/timezone/America/Port-au-Prince", start: 5624253, end: 5625687 }, { filename: "/pglite/share/postgresql/timezone/America/Port_of_Spain", start: 5625687, end: 5625933 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Acre", start: 5625933, end: 5626561 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Velho", start: 5626561, end: 5627137 }, { filename: "/pglite/share/postgresql/timezone/America/Puerto_Rico", start: 5627137, end: 5627383 }, { filename: "/pglite/share/postgresql/timezone/America/Punta_Arenas", start: 5627383, end: 5629299 }, { filename: "/pglite/share/postgresql/timezone/America/Rainy_River", start: 5629299, end: 5632167 }, { filename: "/pglite/share/postgresql/timezone/America/Rankin_Inlet", start: 5632167, end: 5634233 }, { filename: "/pglite/share/postgresql/timezone/America/Recife", start: 5634233, end: 5634949 }, { filename: "/pglite/share/postgresql/timezone/America/Regina", start: 5634949, end: 5635929 }, { filename: "/pglite/share/postgresql/timezone/America/Resolute", start: 5635929, end: 5637995 }, { filename: "/pglite/share/postgresql/timezone/America/Rio_Branco", start: 5637995, end: 5638623 }, { filename: "/pglite/share/postgresql/timezone/America/Rosario", start: 5638623, end: 5639699 }, { filename: "/pglite/share/postgresql/timezone/America/Santa_Isabel", start: 5639699, end: 5642157 }, { filename: "/pglite/share/postgresql/timezone/America/Santarem", start: 5642157, end: 5642759 }, { filename: "/pglite/share/postgresql/timezone/America/Santiago", start: 5642759, end: 5645288 }, { filename: "/pglite/share/postgresql/timezone/America/Santo_Domingo", start: 5645288, end: 5645746 }, { filename: "/pglite/share/postgresql/timezone/America/Sao_Paulo", start: 5645746, end: 5647190 }, { filename: "/pglite/share/postgresql/timezone/America/Scoresbysund", start: 5647190, end: 5649139 }, { filename: "/pglite/share/postgresql/timezone/America/Shiprock", start: 5649139, end: 5651599 }, { filename: "/pglite/share/postgresql/timezone/America/Sitka", start: 5651599, end: 5653928 }, { filename: "/pglite/share/postgresql/timezone/America/St_Barthelemy", start: 5653928, end: 5654174 }, { filename: "/pglite/share/postgresql/timezone/America/St_Johns", start: 5654174, end: 5657829 }, { filename: "/pglite/share/postgresql/timezone/America/St_Kitts", start: 5657829, end: 5658075 }, { filename: "/pglite/share/postgresql/timezone/America/St_Lucia", start: 5658075, end: 5658321 }, { filename: "/pglite/share/postgresql/timezone/America/St_Thomas", start: 5658321, end: 5658567 }, { filename: "/pglite/share/postgresql/timezone/America/St_Vincent", start: 5658567, end: 5658813 }, { filename: "/pglite/share/postgresql/timezone/America/Swift_Current", start: 5658813, end: 5659373 }, { filename: "/pglite/share/postgresql/timezone/America/Tegucigalpa", start: 5659373, end: 5659625 }, { filename: "/pglite/share/postgresql/timezone/America/Thule", start: 5659625, end: 5661127 }, { filename: "/pglite/share/postgresql/timezone/America/Thunder_Bay", start: 5661127, end: 5664621 }, { filename: "/pglite/share/postgresql/timezone/America/Tijuana", start: 5664621, end: 5667079 }, { filename: "/pglite/share/postgresql/timezone/America/Toronto", start: 5667079, end: 5670573 }, { filename: "/pglite/share/postgresql/timezone/America/Tortola", start: 5670573, end: 5670819 }, { filename: "/pglite/share/postgresql/timezone/America/Vancouver", start: 5670819, end: 5673711 }, { filename: "/pglite/share/postgresql/timezone/America/Virgin", start: 5673711, end: 5673957 }, { filename: "/pglite/share/postgresql/timezone/America/Whitehorse", start: 5673957, end: 5675571 }, { filename: "/pglite/share/postgresql/timezone/America/Winnipeg", start: 5675571, end: 5678439 }, { filename: "/pglite/share/postgresql/timezone/America/Yakutat", start: 5678439, end: 5680744 }, { filename: "/pglite/share/postgresql/timezone/America/Yellowknife", start: 5680744, end: 5683076 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Casey", start: 5683076, end: 5683513 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Davis", start: 5683513, end: 5683810 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/DumontDUrville", start: 5683810, end: 5683996 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Macquarie", start: 5683996, end: 5686256 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Mawson", start: 5686256, end: 5686455 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/McMurdo", start: 5686455, end: 5688892 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Palmer", start: 5688892, end: 5690310 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Rothera", start: 5690310, end: 5690474 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/South_Pole", start: 5690474, end: 5692911 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Syowa", start: 5692911, end: 5693076 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Troll", start: 5693076, end: 5694238 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Vostok", start: 5694238, end: 5694465 }, { filename: "/pglite/share/postgresql/timezone/Arctic/Longyearbyen", start: 5694465, end: 5696763 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aden", start: 5696763, end: 5696928 }, { filename: "/pglite/share/postgresql/timezone/Asia/Almaty", start: 5696928, end: 5697925 }, { filename: "/pglite/share/postgresql/timezone/Asia/Amman", start: 5697925, end: 5699372 }, { filename: "/pglite/share/postgresql/timezone/Asia/Anadyr", start: 5699372, end: 5700560 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtau", start: 5700560, end: 5701543 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtobe", start: 5701543, end: 5702554 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashgabat", start: 5702554, end: 5703173 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashkhabad", start: 5703173, end: 5703792 }, { filename: "/pglite/share/postgresql/timezone/Asia/Atyrau", start: 5703792, end: 5704783 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baghdad", start: 5704783, end: 5705766 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bahrain", start: 5705766, end: 5705965 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baku", start: 5705965, end: 5707192 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bangkok", start: 5707192, end: 5707391 }, { filename: "/pglite/share/postgresql/timezone/Asia/Barnaul", start: 5707391, end: 5708612 }, { filename: "/pglite/share/postgresql/timezone/Asia/Beirut", start: 5708612, end: 5710766 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bishkek", start: 5710766, end: 5711749 }, { filename: "/pglite/share/postgresql/timezone/Asia/Brunei", start: 5711749, end: 5712232 }, { filename: "/pglite/share/postgresql/timezone/Asia/Calcutta", start: 5712232, end: 5712517 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chita", start: 5712517, end: 5713738 }, { filename: "/pglite/share/postgresql/timezone/Asia/Choibalsan", start: 5713738, end: 5714629 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chongqing", start: 5714629, end: 5715190 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chungking", start: 5715190, end: 5715751 }, { filename: "/pglite/share/postgresql/timezone/Asia/Colombo", start: 5715751, end: 5716123 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dacca", start: 5716123, end: 5716460 }, { filename: "/pglite/share/postgresql/timezone/Asia/Damascus", start: 5716460, end: 5718347 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dhaka", start: 5718347, end: 5718684 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dili", start: 5718684, end: 5718955 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dubai", start: 5718955, end: 5719120 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dushanbe", start: 5719120, end: 5719711 }, { filename: "/pglite/share/postgresql/timezone/Asia/Famagusta", start: 5719711, end: 5721739 }, { filename: "/pglite/share/postgresql/timezone/Asia/Gaza", start: 5721739, end: 5725583 }, { filename: "/pglite/share/postgresql/timezone/Asia/Harbin", start: 5725583, end: 5726144 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hebron", start: 5726144, end: 5730016 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ho_Chi_Minh", start: 5730016, end: 5730367 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hong_Kong", start: 5730367, end: 5731600 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hovd", start: 5731600, end: 5732491 }, { filename: "/pglite/share/postgresql/timezone/Asia/Irkutsk", start: 5732491, end: 5733734 }, { filename: "/pglite/share/postgresql/timezone/Asia/Istanbul", start: 5733734, end: 5735681 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jakarta", start: 5735681, end: 5736064 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jayapura", start: 5736064, end: 5736285 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jerusalem", start: 5736285, end: 5738673 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kabul", start: 5738673, end: 5738881 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kamchatka", start: 5738881, end: 5740047 }, { filename: "/pglite/share/postgresql/timezone/Asia/Karachi", start: 5740047, end: 5740426 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kashgar", start: 5740426, end: 5740591 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kathmandu", start: 5740591, end: 5740803 }, { filename: "/pglite/share/postgresql/timezone/Asia/Katmandu", start: 5740803, end: 5741015 }, { filename: "/pglite/share/postgresql/timezone/Asia/Khandyga", start: 5741015, end: 5742286 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kolkata", start: 5742286, end: 5742571 }, { filename: "/pglite/share/postgresql/timezone/Asia/Krasnoyarsk", start: 5742571, end: 5743778 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuala_Lumpur", start: 5743778, end: 5744193 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuching", start: 5744193, end: 5744676 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuwait", start: 5744676, end: 5744841 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macao", start: 5744841, end: 5746068 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macau", start: 5746068, end: 5747295 }, { filename: "/pglite/share/postgresql/timezone/Asia/Magadan", start: 5747295, end: 5748517 }, { filename: "/pglite/share/postgresql/timezone/Asia/Makassar", start: 5748517, end: 5748771 }, { filename: "/pglite/share/postgresql/timezone/Asia/Manila", start: 5748771, end: 5749193 }, { filename: "/pglite/share/postgresql/timezone/Asia/Muscat", start: 5749193, end: 5749358 }, { filename: "/pglite/share/postgresql/timezone/Asia/Nicosia", start: 5749358, end: 5751360 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novokuznetsk", start: 5751360, end: 5752525 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novosibirsk", start: 5752525, end: 5753746 }, { filename: "/pglite/share/postgresql/timezone/Asia/Omsk", start: 5753746, end: 5754953 }, { filename: "/pglite/share/postgresql/timezone/Asia/Oral", start: 5754953, end: 5755958 }, { filename: "/pglite/share/postgresql/timezone/Asia/Phnom_Penh", start: 5755958, end: 5756157 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pontianak", start: 5756157, end: 5756510 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pyongyang", start: 5756510, end: 5756747 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qatar", start: 5756747, end: 5756946 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qostanay", start: 5756946, end: 5757985 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qyzylorda", start: 5757985, end: 5759010 }, { filename: "/pglite/share/postgresql/timezone/Asia/Rangoon", start: 5759010, end: 5759278 }, { filename: "/pglite/share/postgresql/timezone/Asia/Riyadh", start: 5759278, end: 5759443 }, { filename: "/pglite/share/postgresql/timezone/Asia/Saigon", start: 5759443, end: 5759794 }, { filename: "/pglite/share/postgresql/timezone/Asia/Sakhalin", start: 5759794, end: 5760996 }, { filename: "/pglite/share/postgresql/timezone/Asia/Samarkand", start: 5760996, end: 5761573 }, { filename: "/pglite/share/postgresql/timezone/Asia/Seoul", start: 5761573, end: 5762190 }, { filename: "/pglite/share/postgresql/timezone/Asia/Shanghai", start: 5762190, end: 5762751 }, { filename: "/pglite/share/postgresql/timezone/Asia/Singapore", start: 5762751, end: 5763166 }, { filename: "/pglite/share/postgresql/timezone/Asia/Srednekolymsk", start: 5763166, end: 5764374 }, { filename: "/pglite/share/postgresql/timezone/Asia/Taipei", start: 5764374, end: 5765135 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tashkent", start: 5765135, end: 5765726 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tbilisi", start: 5765726, end: 5766761 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tehran", start: 5766761, end: 5768023 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tel_Aviv", start: 5768023, end: 5770411 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimbu", start: 5770411, end: 5770614 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimphu", start: 5770614, end: 5770817 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tokyo", start: 5770817, end: 5771126 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tomsk", start: 5771126, end: 5772347 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ujung_Pandang", start: 5772347, end: 5772601 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulaanbaatar", start: 5772601, end: 5773492 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulan_Bator", start: 5773492, end: 5774383 }, { filename: "/pglite/share/postgresql/timezone/Asia/Urumqi", start: 5774383, end: 5774548 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ust-Nera", start: 5774548, end: 5775800 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vientiane", start: 5775800, end: 5775999 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vladivostok", start: 5775999, end: 5777207 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yakutsk", start: 5777207, end: 5778414 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yangon", start: 5778414, end: 5778682 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yekaterinburg", start: 5778682, end: 5779925 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yerevan", start: 5779925, end: 5781076 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Azores", start: 5781076, end: 5784532 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Bermuda", start: 5784532, end: 5786928 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Canary", start: 5786928, end: 5788825 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Cape_Verde", start: 5788825, end: 5789095 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faeroe", start: 5789095, end: 5790910 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faroe", start: 5790910, end: 5792725 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Jan_Mayen", start: 5792725, end: 5795023 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Madeira", start: 5795023, end: 5798400 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Reykjavik", start: 5798400, end: 5798548 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/South_Georgia", start: 5798548, end: 5798712 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/St_Helena", start: 5798712, end: 5798860 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Stanley", start: 5798860, end: 5800074 }, { filename: "/pglite/share/postgresql/timezone/Australia/ACT", start: 5800074, end: 5802264 }, { filename: "/pglite/share/postgresql/timezone/Australia/Adelaide", start: 5802264, end: 5804472 }, { filename: "/pglite/share/postgresql/timezone/Australia/Brisbane", start: 5804472, end: 5804891 }, { filename: "/pglite/share/postgresql/timezone/Australia/Broken_Hill", start: 5804891, end: 5807120 }, { filename: "/pglite/share/postgresql/timezone/Australia/Canberra", start: 5807120, end: 5809310 }, { filename: "/pglite/share/postgresql/timezone/Australia/Currie", start: 5809310, end: 5811668 }, { filename: "/pglite/share/postgresql/timezone/Australia/Darwin", start: 5811668, end: 5811993 }, { filename: "/pglite/share/postgresql/timezone/Australia/Eucla", start: 5811993, end: 5812463 }, { filename: "/pglite/share/postgresql/timezone/Australia/Hobart", start: 5812463, end: 5814821 }, { filename: "/pglite/share/postgresql/timezone/Australia/LHI", start: 5814821, end: 5816681 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lindeman", start: 5816681, end: 5817156 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lord_Howe", start: 5817156, end: 5819016 }, { filename: "/pglite/share/postgresql/timezone/Australia/Melbourne", start: 5819016, end: 5821206 }, { filename: "/pglite/share/postgresql/timezone/Australia/NSW", start: 5821206, end: 5823396 }, { filename: "/pglite/share/postgresql/timezone/Australia/North", start: 5823396, end: 5823721 }, { filename: "/pglite/share/postgresql/timezone/Australia/Perth", start: 5823721, end: 5824167 }, { filename: "/pglite/share/postgresql/timezone/Australia/Queensland", start: 5824167, end: 5824586 }, { filename: "/pglite/share/postgresql/timezone/Australia/South", start: 5824586, end: 5826794 }, { filename: "/pglite/share/postgresql/timezone/Australia/Sydney", start: 5826794, end: 5828984 }, { filename: "/pglite/share/postgresql/timezone/Australia/Tasmania", start: 5828984, end: 5831342 }, { filename: "/pglite/share/postgresql/timezone/Australia/Victoria", start: 5831342, end: 5833532 }, { filename: "/pglite/share/postgresql/timezone/Australia/West", start: 5833532, end: 5833978 }, { filename: "/pglite/share/postgresql/timezone/Australia/Yancowinna", start: 5833978, end: 5836207 }, { filename: "/pglite/share/postgresql/timezone/Brazil/Acre", start: 5836207, end: 5836835 }, { filename: "/pglite/share/postgresql/timezone/Brazil/DeNoronha", start: 5836835, end: 5837551 }, { filename: "/pglite/share/postgresql/timezone/Brazil/East", start: 5837551, end: 5838995 }, { filename: "/pglite/share/postgresql/timezone/Brazil/West", start: 5838995, end: 5839599 }, { filename: "/pglite/share/postgresql/timezone/CET", start: 5839599, end: 5842532 }, { filename: "/pglite/share/postgresql/timezone/CST6CDT", start: 5842532, end: 5846124 }, { filename: "/pglite/share/postgresql/timezone/Canada/Atlantic", start: 5846124, end: 5849548 }, { filename: "/pglite/share/postgresql/timezone/Canada/Central", start: 5849548, end: 5852416 }, { filename: "/pglite/share/postgresql/timezone/Canada/Eastern", start: 5852416, end: 5855910 }, { filename: "/pglite/share/postgresql/timezone/Canada/Mountain", start: 5855910, end: 5858242 }, { filename: "/pglite/share/postgresql/timezone/Canada/Newfoundland", start: 5858242, end: 5861897 }, { filename: "/pglite/share/postgresql/timezone/Canada/Pacific", start: 5861897, end: 5864789 }, { filename: "/pglite/share/postgresql/timezone/Canada/Saskatchewan", start: 5864789, end: 5865769 }, { filename: "/pglite/share/postgresql/timezone/Canada/Yukon", start: 5865769, end: 5867383 }, { filename: "/pglite/share/postgresql/timezone/Chile/Continental", start: 5867383, end: 5869912 }, { filename: "/pglite/share/postgresql/timezone/Chile/EasterIsland", start: 5869912, end: 5872145 }, { filename: "/pglite/share/postgresql/timezone/Cuba", start: 5872145, end: 5874561 }, { filename: "/pglite/share/postgresql/timezone/EET", start: 5874561, end: 5876823 }, { filename: "/pglite/share/postgresql/timezone/EST", start: 5876823, end: 5877005 }, { filename: "/pglite/share/postgresql/timezone/EST5EDT", start: 5877005, end: 5880557 }, { filename: "/pglite/share/postgresql/timezone/Egypt", start: 5880557, end: 5882956 }, { filename: "/pglite/share/postgresql/timezone/Eire", start: 5882956, end: 5886448 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT", start: 5886448, end: 5886562 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+0", start: 5886562, end: 5886676 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+1", start: 5886676, end: 5886792 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+10", start: 5886792, end: 5886909 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+11", start: 5886909, end: 5887026 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+12", start: 5887026, end: 5887143 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+2", start: 5887143, end: 5887259 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+3", start: 5887259, end: 5887375 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+4", start: 5887375, end: 5887491 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+5", start: 5887491, end: 5887607 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+6", start: 5887607, end: 5887723 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+7", start: 5887723, end: 5887839 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+8", start: 5887839, end: 5887955 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+9", start: 5887955, end: 5888071 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-0", start: 5888071, end: 5888185 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-1", start: 5888185, end: 5888302 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-10", start: 5888302, end: 5888420 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-11", start: 5888420, end: 5888538 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-12", start: 5888538, end: 5888656 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-13", start: 5888656, end: 5888774 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-14", start: 5888774, end: 5888892 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-2", start: 5888892, end: 5889009 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-3", start: 5889009, end: 5889126 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-4", start: 5889126, end: 5889243 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-5", start: 5889243, end: 5889360 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-6", start: 5889360, end: 5889477 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-7", start: 5889477, end: 5889594 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-8", start: 5889594, end: 5889711 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-9", start: 5889711, end: 5889828 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT0", start: 5889828, end: 5889942 }, { filename: "/pglite/share/postgresql/timezone/Etc/Greenwich", start: 5889942, end: 5890056 }, { filename: "/pglite/share/postgresql/timezone/Etc/UCT", start: 5890056, end: 5890170 }, { filename: "/pglite/share/postgresql/timezone/Etc/UTC", start: 5890170, end: 5890284 }, { filename: "/pglite/share/postgresql/timezone/Etc/Universal", start: 5890284, end: 5890398 }, { filename: "/pglite/share/postgresql/timezone/Etc/Zulu", start: 5890398, end: 5890512 }, { filename: "/pglite/share/postgresql/timezone/Europe/Amsterdam", start: 5890512, end: 5893445 }, { filename: "/pglite/share/postgresql/timezone/Europe/Andorra", start: 5893445, end: 5895187 }, { filename: "/pglite/share/postgresql/timezone/Europe/Astrakhan", start: 5895187, end: 5896352 }, { filename: "/pglite/share/postgresql/timezone/Europe/Athens", start: 5896352, end: 5898614 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belfast", start: 5898614, end: 5902278 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belgrade", start: 5902278, end: 5904198 }, { filename: "/pglite/share/postgresql/timezone/Europe/Berlin", start: 5904198, end: 5906496 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bratislava", start: 5906496, end: 5908797 }, { filename: "/pglite/share/postgresql/timezone/Europe/Brussels", start: 5908797, end: 5911730 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bucharest", start: 5911730, end: 5913914 }, { filename: "/pglite/share/postgresql/timezone/Europe/Budapest", start: 5913914, end: 5916282 }, { filename: "/pglite/share/postgresql/timezone/Europe/Busingen", start: 5916282, end: 5918191 }, { filename: "/pglite/share/postgresql/timezone/Europe/Chisinau", start: 5918191, end: 5920581 }, { filename: "/pglite/share/postgresql/timezone/Europe/Copenhagen", start: 5920581, end: 5922879 }, { filename: "/pglite/share/postgresql/timezone/Europe/Dublin", start: 5922879, end: 5926371 }, { filename: "/pglite/share/postgresql/timezone/Europe/Gibraltar", start: 5926371, end: 5929439 }, { filename: "/pglite/share/postgresql/timezone/Europe/Guernsey", start: 5929439, end: 5933103 }, { filename: "/pglite/share/postgresql/timezone/Europe/Helsinki", start: 5933103, end: 5935003 }, { filename: "/pglite/share/postgresql/timezone/Europe/Isle_of_Man", start: 5935003, end: 5938667 }, { filename: "/pglite/share/postgresql/timezone/Europe/Istanbul", start: 5938667, end: 5940614 }, { filename: "/pglite/share/postgresql/timezone/Europe/Jersey", start: 5940614, end: 5944278 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kaliningrad", start: 5944278, end: 5945771 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kiev", start: 5945771, end: 5947891 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kirov", start: 5947891, end: 5949076 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kyiv", start: 5949076, end: 5951196 }, { filename: "/pglite/share/postgresql/timezone/Europe/Lisbon", start: 5951196, end: 5954723 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ljubljana", start: 5954723, end: 5956643 }, { filename: "/pglite/share/postgresql/timezone/Europe/London", start: 5956643, end: 5960307 }, { filename: "/pglite/share/postgresql/timezone/Europe/Luxembourg", start: 5960307, end: 5963240 }, { filename: "/pglite/share/postgresql/timezone/Europe/Madrid", start: 5963240, end: 5965854 }, { filename: "/pglite/share/postgresql/timezone/Europe/Malta", start: 5965854, end: 5968474 }, { filename: "/pglite/share/postgresql/timezone/Europe/Mariehamn", start: 5968474, end: 5970374 }, { filename: "/pglite/share/postgresql/timezone/Europe/Minsk", start: 5970374, end: 5971695 }, { filename: "/pglite/share/postgresql/timezone/Europe/Monaco", start: 5971695, end: 5974657 }, { filename: "/pglite/share/postgresql/timezone/Europe/Moscow", start: 5974657, end: 5976192 }, { filename: "/pglite/share/postgresql/timezone/Europe/Nicosia", start: 5976192, end: 5978194 }, { filename: "/pglite/share/postgresql/timezone/Europe/Oslo", start: 5978194, end: 5980492 }, { filename: "/pglite/share/postgresql/timezone/Europe/Paris", start: 5980492, end: 5983454 }, { filename: "/pglite/share/postgresql/timezone/Europe/Podgorica", start: 5983454, end: 5985374 }, { filename: "/pglite/share/postgresql/timezone/Europe/Prague", start: 5985374, end: 5987675 }, { filename: "/pglite/share/postgresql/timezone/Europe/Riga", start: 5987675, end: 5989873 }, { filename: "/pglite/share/postgresql/timezone/Europe/Rome", start: 5989873, end: 5992514 }, { filename: "/pglite/share/postgresql/timezone/Europe/Samara", start: 5992514, end: 5993729 }, { filename: "/pglite/share/postgresql/timezone/Europe/San_Marino", start: 5993729, end: 5996370 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sarajevo", start: 5996370, end: 5998290 }, { filename: "/pglite/share/postgresql/timezone/Europe/Saratov", start: 5998290, end: 5999473 }, { filename: "/pglite/share/postgresql/timezone/Europe/Simferopol", start: 5999473, end: 6000942 }, { filename: "/pglite/share/postgresql/timezone/Europe/Skopje", start: 6000942, end: 6002862 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sofia", start: 6002862, end: 6004939 }, { filename: "/pglite/share/postgresql/timezone/Europe/Stockholm", start: 6004939, end: 6007237 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tallinn", start: 6007237, end: 6009385 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tirane", start: 6009385, end: 6011469 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tiraspol", start: 6011469, end: 6013859 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ulyanovsk", start: 6013859, end: 6015126 }, { filename: "/pglite/share/postgresql/timezone/Europe/Uzhgorod", start: 6015126, end: 6017246 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vaduz", start: 6017246, end: 6019155 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vatican", start: 6019155, end: 6021796 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vienna", start: 6021796, end: 6023996 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vilnius", start: 6023996, end: 6026158 }, { filename: "/pglite/share/postgresql/timezone/Europe/Volgograd", start: 6026158, end: 6027351 }, { filename: "/pglite/share/postgresql/timezone/Europe/Warsaw", start: 6027351, end: 6030005 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zagreb", start: 6030005, end: 6031925 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zaporozhye", start: 6031925, end: 6034045 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zurich", start: 6034045, end: 6035954 }, { filename: "/pglite/share/postgresql/timezone/Factory", start: 6035954, end: 6036070 }, { filename: "/pglite/share/postgresql/timezone/GB", start: 6036070, end: 6039734 }, { filename: "/pglite/share/postgresql/timezone/GB-Eire", start: 6039734, end: 6043398 }, { filename: "/pglite/share/postgresql/timezone/GMT", start: 6043398, end: 6043512 }, { filename: "/pglite/share/postgresql/timezone/GMT+0", start: 6043512, end: 6043626 }, { filename: "/pglite/share/postgresql/timezone/GMT-0", start: 6043626, end: 6043740 }, { filename: "/pglite/share/postgresql/timezone/GMT0", start: 6043740, end: 6043854 }, { filename: "/pglite/share/postgresql/timezone/Greenwich", start: 6043854, end: 6043968 }, { filename: "/pglite/share/postgresql/timezone/HST", start: 6043968, end: 6044297 }, { filename: "/pglite/share/postgresql/timezone/Hongkong", start: 6044297, end: 6045530 }, { filename: "/pglite/share/postgresql/timezone/Iceland", start: 6045530, end: 6045678 }, { filename: "/pglite/share/postgresql/timezone/Indian/Antananarivo", start: 6045678, end: 6045943 }, { filename: "/pglite/share/postgresql/timezone/Indian/Chagos", start: 6045943, end: 6046142 }, { filename: "/pglite/share/postgresql/timezone/Indian/Christmas", start: 6046142, end: 6046341 }, { filename: "/pglite/share/postgresql/timezone/Indian/Cocos", start: 6046341, end: 6046609 }, { filename: "/pglite/share/postgresql/timezone/Indian/Comoro", start: 6046609, end: 6046874 }, { filename: "/pglite/share/postgresql/timezone/Indian/Kerguelen", start: 6046874, end: 6047073 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mahe", start: 6047073, end: 6047238 }, { filename: "/pglite/share/postgresql/timezone/Indian/Maldives", start: 6047238, end: 6047437 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mauritius", start: 6047437, end: 6047678 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mayotte", start: 6047678, end: 6047943 }, { filename: "/pglite/share/postgresql/timezone/Indian/Reunion", start: 6047943, end: 6048108 }, { filename: "/pglite/share/postgresql/timezone/Iran", start: 6048108, end: 6049370 }, { filename: "/pglite/share/postgresql/timezone/Israel", start: 6049370, end: 6051758 }, { filename: "/pglite/share/postgresql/timezone/Jamaica", start: 6051758, end: 6052240 }, { filename: "/pglite/share/postgresql/timezone/Japan", start: 6052240, end: 6052549 }, { filename: "/pglite/share/postgresql/timezone/Kwajalein", start: 6052549, end: 6052865 }, { filename: "/pglite/share/postgresql/timezone/Libya", start: 6052865, end: 6053490 }, { filename: "/pglite/share/postgresql/timezone/MET", start: 6053490, end: 6056423 }, { filename: "/pglite/share/postgresql/timezone/MST", start: 6056423, end: 6056783 }, { filename: "/pglite/share/postgresql/timezone/MST7MDT", start: 6056783, end: 6059243 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaNorte", start: 6059243, end: 6061701 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaSur", start: 6061701, end: 6062761 }, { filename: "/pglite/share/postgresql/timezone/Mexico/General", start: 6062761, end: 6063983 }, { filename: "/pglite/share/postgresql/timezone/NZ", start: 6063983, end: 6066420 }, { filename: "/pglite/share/postgresql/timezone/NZ-CHAT", start: 6066420, end: 6068488 }, { filename: "/pglite/share/postgresql/timezone/Navajo", start: 6068488, end: 6070948 }, { filename: "/pglite/share/postgresql/timezone/PRC", start: 6070948, end: 6071509 }, { filename: "/pglite/share/postgresql/timezone/PST8PDT", start: 6071509, end: 6074361 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Apia", start: 6074361, end: 6074973 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Auckland", start: 6074973, end: 6077410 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Bougainville", start: 6077410, end: 6077678 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chatham", start: 6077678, end: 6079746 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chuuk", start: 6079746, end: 6079932 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Easter", start: 6079932, end: 6082165 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Efate", start: 6082165, end: 6082703 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Enderbury", start: 6082703, end: 6082937 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fakaofo", start: 6082937, end: 6083137 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fiji", start: 6083137, end: 6083715 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Funafuti", start: 6083715, end: 6083881 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Galapagos", start: 6083881, end: 6084119 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Gambier", start: 6084119, end: 6084283 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guadalcanal", start: 6084283, end: 6084449 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guam", start: 6084449, end: 6084943 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Honolulu", start: 6084943, end: 6085272 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Johnston", start: 6085272, end: 6085601 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kanton", start: 6085601, end: 6085835 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kiritimati", start: 6085835, end: 6086073 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kosrae", start: 6086073, end: 6086424 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kwajalein", start: 6086424, end: 6086740 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Majuro", start: 6086740, end: 6086906 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Marquesas", start: 6086906, end: 6087079 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Midway", start: 6087079, end: 6087254 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Nauru", start: 6087254, end: 6087506 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Niue", start: 6087506, end: 6087709 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Norfolk", start: 6087709, end: 6088589 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Noumea", start: 6088589, end: 6088893 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pago_Pago", start: 6088893, end: 6089068 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Palau", start: 6089068, end: 6089248 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pitcairn", start: 6089248, end: 6089450 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pohnpei", start: 6089450, end: 6089616 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Ponape", start: 6089616, end: 6089782 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Port_Moresby", start: 6089782, end: 6089968 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Rarotonga", start: 6089968, end: 6090571 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Saipan", start: 6090571, end: 6091065 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Samoa", start: 6091065, end: 6091240 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tahiti", start: 6091240, end: 6091405 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tarawa", start: 6091405, end: 6091571 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tongatapu", start: 6091571, end: 6091943 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Truk", start: 6091943, end: 6092129 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wake", start: 6092129, end: 6092295 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wallis", start: 6092295, end: 6092461 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Yap", start: 6092461, end: 6092647 }, { filename: "/pglite/share/postgresql/timezone/Poland", start: 6092647, end: 6095301 }, { filename: "/pglite/share/postgresql/timezone/Portugal", start: 6095301, end: 6098828 }, { filename: "/pglite/share/postgresql/timezone/ROC", start: 6098828, end: 6099589 }, { filename: "/pglite/share/postgresql/timezone/ROK", start: 6099589, end: 6100206 }, { filename: "/pglite/share/postgresql/timezone/Singapore", start: 6100206, end: 6100621 }, { filename: "/pglite/share/postgresql/timezone/Turkey", start: 6100621, end: 6102568 }, { filename: "/pglite/share/postgresql/timezone/UCT", start: 6102568, end: 6102682 }, { filename: "/pglite/share/postgresql/timezone/US/Alaska", start: 6102682, end: 6105053 }, { filename: "/pglite/share/postgresql/timezone/US/Aleutian", start: 6105053, end: 6107409 }, { filename: "/pglite/share/postgresql/timezone/US/Arizona", start: 6107409, end: 6107769 }, { filename: "/pglite/share/postgresql/timezone/US/Central", start: 6107769, end: 6111361 }, { filename: "/pglite/share/postgresql/timezone/US/East-Indiana", start: 6111361, end: 6113043 }, { filename: "/pglite/share/postgresql/timezone/US/Eastern", start: 6113043, end: 6116595 }, { filename: "/pglite/share/postgresql/timezone/US/Hawaii", start: 6116595, end: 6116924 }, { filename: "/pglite/share/postgresql/timezone/US/Indiana-Starke", start: 6116924, end: 6119368 }, { filename: "/pglite/share/postgresql/timezone/US/Michigan", start: 6119368, end: 6121598 }, { filename: "/pglite/share/postgresql/timezone/US/Mountain", start: 6121598, end: 6124058 }, { filename: "/pglite/share/postgresql/timezone/US/Pacific", start: 6124058, end: 6126910 }, { filename: "/pglite/share/postgresql/timezone/US/Samoa", start: 6126910, end: 6127085 }, { filename: "/pglite/share/postgresql/timezone/UTC", start: 6127085, end: 6127199 }, { filename: "/pglite/share/postgresql/timezone/Universal", start: 6127199, end: 6127313 }, { filename: "/pglite/share/postgresql/timezone/W-SU", start: 6127313, end: 6128848 }, { filename: "/pglite/share/postgresql/timezone/WET", start: 6128848, end: 6132375 }, { filename: "/pglite/share/postgresql/timezone/Zulu", start: 6132375, end: 6132489 }, { filename: "/pglite/share/postgresql/timezonesets/Africa.txt", start: 6132489, end: 6139462 }, { filename: "/pglite/share/postgresql/timezonesets/America.txt", start: 6139462, end: 6150469 }, { filename: "/pglite/share/postgresql/timezonesets/Antarctica.txt", start: 6150469, end: 6151603 }, { filename: "/pglite/share/postgresql/timezonesets/Asia.txt", start: 6151603, end: 6159914 }, { filename: "/pglite/share/postgresql/timezonesets/Atlantic.txt", start: 6159914, end: 6163447 }, { filename: "/pglite/share/postgresql/timezonesets/Australia", start: 6163447, end: 6164582 }, { filename: "/pglite/share/postgresql/timezonesets/Australia.txt", start: 6164582, end: 6167966 }, { filename: "/pglite/share/postgresql/timezonesets/Default", start: 6167966, end: 6195180 }, { filename: "/pglite/share/postgresql/timezonesets/Etc.txt", start: 6195180, end: 6196430 }, { filename: "/pglite/share/postgresql/timezonesets/Europe.txt", start: 6196430, end: 6205176 }, { filename: "/pglite/share/postgresql/timezonesets/India", start: 6205176, end: 6205769 }, { filename: "/pglite/share/postgresql/timezonesets/Indian.txt", start: 6205769, end: 6207030 }, { filename: "/pglite/share/postgresql/timezonesets/Pacific.txt", start: 6207030, end: 6210798 }, { filename: "/pglite/share/postgresql/tsearch_data/danish.stop", start: 6210798, end: 6211222 }, { filename: "/pglite/share/postgresql/tsearch_data/dutch.stop", start: 6211222, end: 6211675 }, { filename: "/pglite/share/postgresql/tsearch_data/english.stop", start: 6211675, end: 6212297 }, { filename: "/pglite/share/postgresql/tsearch_data/finnish.stop", start: 6212297, end: 6213876 }, { filename: "/pglite/share/postgresql/tsearch_data/french.stop", start: 6213876, end: 6214681 }, { filename: "/pglite/share/postgresql/tsearch_data/german.stop", start: 6214681, end: 6216030 }, { filename: "/pglite/share/postgresql/tsearch_data/hungarian.stop", start: 6216030, end: 6217257 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample.affix", start: 6217257, end: 6217500 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.affix", start: 6217500, end: 6218133 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.dict", start: 6218133, end: 6218231 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.affix", start: 6218231, end: 6218693 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.dict", start: 6218693, end: 6218822 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.affix", start: 6218822, end: 6219287 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.dict", start: 6219287, end: 6219368 }, { filename: "/pglite/share/postgresql/tsearch_data/italian.stop", start: 6219368, end: 6221022 }, { filename: "/pglite/share/postgresql/tsearch_data/nepali.stop", start: 6221022, end: 6225283 }, { filename: "/pglite/share/postgresql/tsearch_data/norwegian.stop", start: 6225283, end: 6226134 }, { filename: "/pglite/share/postgresql/tsearch_data/portuguese.stop", start: 6226134, end: 6227401 }, { filename: "/pglite/share/postgresql/tsearch_data/russian.stop", start: 6227401, end: 6228636 }, { filename: "/pglite/share/postgresql/tsearch_data/spanish.stop", start: 6228636, end: 6230814 }, { filename: "/pglite/share/postgresql/tsearch_data/swedish.stop", start: 6230814, end: 6231373 }, { filename: "/pglite/share/postgresql/tsearch_data/synonym_sample.syn", start: 6231373, end: 6231446 }, { filename: "/pglite/share/postgresql/tsearch_data/thesaurus_sample.ths", start: 6231446, end: 6231919 }, { filename: "/pglite/share/postgresql/tsearch_data/turkish.stop", start: 6231919, end: 6232179 }], remote_package_size: 6232179 });
    })();
    var moduleOverrides = Object.assign({}, Module), arguments_ = [], thisProgram = "./this.program", quit_ = (e, t2) => {
      throw t2;
    }, scriptDirectory = "";
    function locateFile(e) {
      return Module.locateFile ? Module.locateFile(e, scriptDirectory) : scriptDirectory + e;
    }
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs"), nodePath = require("path");
      __migraUrl.startsWith("data:") || (scriptDirectory = nodePath.dirname(require("url").fileURLToPath(__migraUrl)) + "/"), readBinary = (e) => {
        e = isFileURI(e) ? new URL(e) : e;
        var t2 = fs.readFileSync(e);
        return t2;
      }, readAsync = async (e, t2 = true) => {
        e = isFileURI(e) ? new URL(e) : e;
        var r = fs.readFileSync(e, t2 ? void 0 : "utf8");
        return r;
      }, !Module.thisProgram && process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), arguments_ = process.argv.slice(2), quit_ = (e, t2) => {
        throw process.exitCode = e, t2;
      };
    } else (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) && (ENVIRONMENT_IS_WORKER ? scriptDirectory = self.location.href : typeof document < "u" && document.currentScript && (scriptDirectory = document.currentScript.src), _scriptName && (scriptDirectory = _scriptName), scriptDirectory.startsWith("blob:") ? scriptDirectory = "" : scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1), ENVIRONMENT_IS_WORKER && (readBinary = (e) => {
      var t2 = new XMLHttpRequest();
      return t2.open("GET", e, false), t2.responseType = "arraybuffer", t2.send(null), new Uint8Array(t2.response);
    }), readAsync = async (e) => {
      var t2 = await fetch(e, { credentials: "same-origin" });
      if (t2.ok) return t2.arrayBuffer();
      throw new Error(t2.status + " : " + t2.url);
    });
    var out = Module.print || console.log.bind(console), err = Module.printErr || console.error.bind(console);
    Object.assign(Module, moduleOverrides), moduleOverrides = null, Module.arguments && (arguments_ = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
    var dynamicLibraries = Module.dynamicLibraries || [], wasmBinary = Module.wasmBinary;
    function intArrayFromBase64(e) {
      if (typeof ENVIRONMENT_IS_NODE < "u" && ENVIRONMENT_IS_NODE) {
        var t2 = Buffer.from(e, "base64");
        return new Uint8Array(t2.buffer, t2.byteOffset, t2.length);
      }
      for (var r = atob(e), a = new Uint8Array(r.length), o3 = 0; o3 < r.length; ++o3) a[o3] = r.charCodeAt(o3);
      return a;
    }
    var wasmMemory, ABORT = false, EXITSTATUS;
    function assert(e, t2) {
      e || abort(t2);
    }
    var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    function updateMemoryViews() {
      var e = wasmMemory.buffer;
      Module.HEAP8 = HEAP8 = new Int8Array(e), Module.HEAP16 = HEAP16 = new Int16Array(e), Module.HEAPU8 = HEAPU8 = new Uint8Array(e), Module.HEAPU16 = HEAPU16 = new Uint16Array(e), Module.HEAP32 = HEAP32 = new Int32Array(e), Module.HEAPU32 = HEAPU32 = new Uint32Array(e), Module.HEAPF32 = HEAPF32 = new Float32Array(e), Module.HEAPF64 = HEAPF64 = new Float64Array(e), Module.HEAP64 = HEAP64 = new BigInt64Array(e), Module.HEAPU64 = HEAPU64 = new BigUint64Array(e);
    }
    if (Module.wasmMemory) wasmMemory = Module.wasmMemory;
    else {
      var INITIAL_MEMORY = Module.INITIAL_MEMORY || 134217728;
      wasmMemory = new WebAssembly.Memory({ initial: INITIAL_MEMORY / 65536, maximum: 32768 });
    }
    updateMemoryViews();
    var __ATPRERUN__ = [], __ATINIT__ = [], __ATMAIN__ = [], __ATEXIT__ = [], __ATPOSTRUN__ = [], __RELOC_FUNCS__ = [], runtimeInitialized = false, runtimeExited = false;
    function preRun() {
      if (Module.preRun) for (typeof Module.preRun == "function" && (Module.preRun = [Module.preRun]); Module.preRun.length; ) addOnPreRun(Module.preRun.shift());
      callRuntimeCallbacks(__ATPRERUN__);
    }
    function initRuntime() {
      runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), FS.ignorePermissions = false, TTY.init(), SOCKFS.root = FS.mount(SOCKFS, {}, null), PIPEFS.root = FS.mount(PIPEFS, {}, null), callRuntimeCallbacks(__ATINIT__);
    }
    function preMain() {
      callRuntimeCallbacks(__ATMAIN__);
    }
    function exitRuntime() {
      ___funcs_on_exit(), callRuntimeCallbacks(__ATEXIT__), FS.quit(), TTY.shutdown(), IDBFS.quit(), runtimeExited = true;
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
        var t2 = dependenciesFulfilled;
        dependenciesFulfilled = null, t2();
      }
    }
    function abort(e) {
      Module.onAbort?.(e), e = "Aborted(" + e + ")", err(e), ABORT = true, e += ". Build with -sASSERTIONS for more info.";
      var t2 = new WebAssembly.RuntimeError(e);
      throw readyPromiseReject(t2), t2;
    }
    var dataURIPrefix = "data:application/octet-stream;base64,", isDataURI = (e) => e.startsWith(dataURIPrefix), isFileURI = (e) => e.startsWith("file://");
    function findWasmBinary() {
      if (Module.locateFile) {
        var e = "pglite.wasm";
        return isDataURI(e) ? e : locateFile(e);
      }
      return new URL("pglite.wasm", __migraUrl).href;
    }
    var wasmBinaryFile;
    function getBinarySync(e) {
      if (e == wasmBinaryFile && wasmBinary) return new Uint8Array(wasmBinary);
      if (readBinary) return readBinary(e);
      throw "both async and sync fetching of the wasm failed";
    }
    async function getWasmBinary(e) {
      if (!wasmBinary) try {
        var t2 = await readAsync(e);
        return new Uint8Array(t2);
      } catch {
      }
      return getBinarySync(e);
    }
    async function instantiateArrayBuffer(e, t2) {
      try {
        var r = await getWasmBinary(e), a = await WebAssembly.instantiate(r, t2);
        return a;
      } catch (o3) {
        err(`failed to asynchronously prepare wasm: ${o3}`), abort(o3);
      }
    }
    async function instantiateAsync(e, t2, r) {
      if (!e && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(t2) && !ENVIRONMENT_IS_NODE && typeof fetch == "function") try {
        var a = fetch(t2, { credentials: "same-origin" }), o3 = await WebAssembly.instantiateStreaming(a, r);
        return o3;
      } catch (_3) {
        err(`wasm streaming compile failed: ${_3}`), err("falling back to ArrayBuffer instantiation");
      }
      return instantiateArrayBuffer(t2, r);
    }
    function getWasmImports() {
      return { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": new Proxy(wasmImports, GOTHandler), "GOT.func": new Proxy(wasmImports, GOTHandler) };
    }
    async function createWasm() {
      function e(o3, _3) {
        wasmExports = o3.exports, wasmExports = relocateExports(wasmExports, 1024);
        var s2 = getDylinkMetadata(_3);
        return s2.neededDynlibs && (dynamicLibraries = s2.neededDynlibs.concat(dynamicLibraries)), mergeLibSymbols(wasmExports, "main"), LDSO.init(), loadDylibs(), addOnInit(wasmExports.__wasm_call_ctors), __RELOC_FUNCS__.push(wasmExports.__wasm_apply_data_relocs), removeRunDependency("wasm-instantiate"), wasmExports;
      }
      addRunDependency("wasm-instantiate");
      function t2(o3) {
        e(o3.instance, o3.module);
      }
      var r = getWasmImports();
      if (Module.instantiateWasm) try {
        return Module.instantiateWasm(r, e);
      } catch (o3) {
        err(`Module.instantiateWasm callback failed with error: ${o3}`), readyPromiseReject(o3);
      }
      wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
      try {
        var a = await instantiateAsync(wasmBinary, wasmBinaryFile, r);
        return t2(a), a;
      } catch (o3) {
        readyPromiseReject(o3);
        return;
      }
    }
    var ASM_CONSTS = {};
    class ExitStatus {
      constructor(t2) {
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "name", "ExitStatus");
        this.message = `Program terminated with exit(${t2})`, this.status = t2;
      }
    }
    var GOT = {}, currentModuleWeakSymbols = /* @__PURE__ */ new Set([]), GOTHandler = { get(e, t2) {
      var r = GOT[t2];
      return r || (r = GOT[t2] = new WebAssembly.Global({ value: "i32", mutable: true })), currentModuleWeakSymbols.has(t2) || (r.required = true), r;
    } }, callRuntimeCallbacks = (e) => {
      for (; e.length > 0; ) e.shift()(Module);
    }, UTF8Decoder = typeof TextDecoder < "u" ? new TextDecoder() : void 0, UTF8ArrayToString = (e, t2 = 0, r = NaN) => {
      for (var a = t2 + r, o3 = t2; e[o3] && !(o3 >= a); ) ++o3;
      if (o3 - t2 > 16 && e.buffer && UTF8Decoder) return UTF8Decoder.decode(e.subarray(t2, o3));
      for (var _3 = ""; t2 < o3; ) {
        var s2 = e[t2++];
        if (!(s2 & 128)) {
          _3 += String.fromCharCode(s2);
          continue;
        }
        var n = e[t2++] & 63;
        if ((s2 & 224) == 192) {
          _3 += String.fromCharCode((s2 & 31) << 6 | n);
          continue;
        }
        var l = e[t2++] & 63;
        if ((s2 & 240) == 224 ? s2 = (s2 & 15) << 12 | n << 6 | l : s2 = (s2 & 7) << 18 | n << 12 | l << 6 | e[t2++] & 63, s2 < 65536) _3 += String.fromCharCode(s2);
        else {
          var d = s2 - 65536;
          _3 += String.fromCharCode(55296 | d >> 10, 56320 | d & 1023);
        }
      }
      return _3;
    }, getDylinkMetadata = (e) => {
      var t2 = 0, r = 0;
      function a() {
        return e[t2++];
      }
      function o3() {
        for (var I2 = 0, L3 = 1; ; ) {
          var R3 = e[t2++];
          if (I2 += (R3 & 127) * L3, L3 *= 128, !(R3 & 128)) break;
        }
        return I2;
      }
      function _3() {
        var I2 = o3();
        return t2 += I2, UTF8ArrayToString(e, t2 - I2, I2);
      }
      function s2(I2, L3) {
        if (I2) throw new Error(L3);
      }
      var n = "dylink.0";
      if (e instanceof WebAssembly.Module) {
        var l = WebAssembly.Module.customSections(e, n);
        l.length === 0 && (n = "dylink", l = WebAssembly.Module.customSections(e, n)), s2(l.length === 0, "need dylink section"), e = new Uint8Array(l[0]), r = e.length;
      } else {
        var d = new Uint32Array(new Uint8Array(e.subarray(0, 24)).buffer), p2 = d[0] == 1836278016;
        s2(!p2, "need to see wasm magic number"), s2(e[8] !== 0, "need the dylink section to be first"), t2 = 9;
        var m3 = o3();
        r = t2 + m3, n = _3();
      }
      var g3 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set() };
      if (n == "dylink") {
        g3.memorySize = o3(), g3.memoryAlign = o3(), g3.tableSize = o3(), g3.tableAlign = o3();
        for (var u2 = o3(), f2 = 0; f2 < u2; ++f2) {
          var c2 = _3();
          g3.neededDynlibs.push(c2);
        }
      } else {
        s2(n !== "dylink.0");
        for (var x3 = 1, w2 = 2, b2 = 3, M2 = 4, S2 = 256, E2 = 3, y3 = 1; t2 < r; ) {
          var F3 = a(), A2 = o3();
          if (F3 === x3) g3.memorySize = o3(), g3.memoryAlign = o3(), g3.tableSize = o3(), g3.tableAlign = o3();
          else if (F3 === w2) for (var u2 = o3(), f2 = 0; f2 < u2; ++f2) c2 = _3(), g3.neededDynlibs.push(c2);
          else if (F3 === b2) for (var V2 = o3(); V2--; ) {
            var oe2 = _3(), Z2 = o3();
            Z2 & S2 && g3.tlsExports.add(oe2);
          }
          else if (F3 === M2) for (var V2 = o3(); V2--; ) {
            var X2 = _3(), oe2 = _3(), Z2 = o3();
            (Z2 & E2) == y3 && g3.weakImports.add(oe2);
          }
          else t2 += A2;
        }
      }
      return g3;
    };
    function getValue(e, t2 = "i8") {
      switch (t2.endsWith("*") && (t2 = "*"), t2) {
        case "i1":
          return HEAP8[e];
        case "i8":
          return HEAP8[e];
        case "i16":
          return HEAP16[e >> 1];
        case "i32":
          return HEAP32[e >> 2];
        case "i64":
          return HEAP64[e >> 3];
        case "float":
          return HEAPF32[e >> 2];
        case "double":
          return HEAPF64[e >> 3];
        case "*":
          return HEAPU32[e >> 2];
        default:
          abort(`invalid type for getValue: ${t2}`);
      }
    }
    var newDSO = (e, t2, r) => {
      var a = { refcount: 1 / 0, name: e, exports: r, global: true };
      return LDSO.loadedLibsByName[e] = a, t2 != null && (LDSO.loadedLibsByHandle[t2] = a), a;
    }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
      newDSO("__main__", 0, wasmImports);
    } }, ___heap_base = 11316800, alignMemory = (e, t2) => Math.ceil(e / t2) * t2, getMemory = (e) => {
      if (runtimeInitialized) return _calloc(e, 1);
      var t2 = ___heap_base, r = t2 + alignMemory(e, 16);
      return ___heap_base = r, GOT.__heap_base.value = r, t2;
    }, isInternalSym = (e) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e) || e.startsWith("__em_js__"), uleb128Encode = (e, t2) => {
      e < 128 ? t2.push(e) : t2.push(e % 128 | 128, e >> 7);
    }, sigToWasmTypes = (e) => {
      for (var t2 = { i: "i32", j: "i64", f: "f32", d: "f64", e: "externref", p: "i32" }, r = { parameters: [], results: e[0] == "v" ? [] : [t2[e[0]]] }, a = 1; a < e.length; ++a) r.parameters.push(t2[e[a]]);
      return r;
    }, generateFuncType = (e, t2) => {
      var r = e.slice(0, 1), a = e.slice(1), o3 = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 };
      t2.push(96), uleb128Encode(a.length, t2);
      for (var _3 = 0; _3 < a.length; ++_3) t2.push(o3[a[_3]]);
      r == "v" ? t2.push(0) : t2.push(1, o3[r]);
    }, convertJsFunctionToWasm = (e, t2) => {
      if (typeof WebAssembly.Function == "function") return new WebAssembly.Function(sigToWasmTypes(t2), e);
      var r = [1];
      generateFuncType(t2, r);
      var a = [0, 97, 115, 109, 1, 0, 0, 0, 1];
      uleb128Encode(r.length, a), a.push(...r), a.push(2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
      var o3 = new WebAssembly.Module(new Uint8Array(a)), _3 = new WebAssembly.Instance(o3, { e: { f: e } }), s2 = _3.exports.f;
      return s2;
    }, wasmTableMirror = [], wasmTable = new WebAssembly.Table({ initial: 7141, element: "anyfunc" }), getWasmTableEntry = (e) => {
      var t2 = wasmTableMirror[e];
      return t2 || (e >= wasmTableMirror.length && (wasmTableMirror.length = e + 1), wasmTableMirror[e] = t2 = wasmTable.get(e)), t2;
    }, updateTableMap = (e, t2) => {
      if (functionsInTableMap) for (var r = e; r < e + t2; r++) {
        var a = getWasmTableEntry(r);
        a && functionsInTableMap.set(a, r);
      }
    }, functionsInTableMap, getFunctionAddress = (e) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e) || 0), freeTableIndexes = [], getEmptyTableSlot = () => {
      if (freeTableIndexes.length) return freeTableIndexes.pop();
      try {
        wasmTable.grow(1);
      } catch (e) {
        throw e instanceof RangeError ? "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH." : e;
      }
      return wasmTable.length - 1;
    }, setWasmTableEntry = (e, t2) => {
      wasmTable.set(e, t2), wasmTableMirror[e] = wasmTable.get(e);
    }, addFunction = (e, t2) => {
      var r = getFunctionAddress(e);
      if (r) return r;
      var a = getEmptyTableSlot();
      try {
        setWasmTableEntry(a, e);
      } catch (_3) {
        if (!(_3 instanceof TypeError)) throw _3;
        var o3 = convertJsFunctionToWasm(e, t2);
        setWasmTableEntry(a, o3);
      }
      return functionsInTableMap.set(e, a), a;
    }, updateGOT = (e, t2) => {
      for (var r in e) if (!isInternalSym(r)) {
        var a = e[r];
        GOT[r] || (GOT[r] = new WebAssembly.Global({ value: "i32", mutable: true })), (t2 || GOT[r].value == 0) && (typeof a == "function" ? GOT[r].value = addFunction(a) : typeof a == "number" ? GOT[r].value = a : err(`unhandled export type for '${r}': ${typeof a}`));
      }
    }, relocateExports = (e, t2, r) => {
      var a = {};
      for (var o3 in e) {
        var _3 = e[o3];
        typeof _3 == "object" && (_3 = _3.value), typeof _3 == "number" && (_3 += t2), a[o3] = _3;
      }
      return updateGOT(a, r), a;
    }, isSymbolDefined = (e) => {
      var t2 = wasmImports[e];
      return !(!t2 || t2.stub);
    }, dynCall = (e, t2, r = []) => {
      var a = getWasmTableEntry(t2)(...r);
      return a;
    }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e) => __emscripten_stack_restore(e), createInvokeFunction = (e) => (t2, ...r) => {
      var a = stackSave();
      try {
        return dynCall(e, t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        if (_setThrew(1, 0), e[0] == "j") return 0n;
      }
    }, resolveGlobalSymbol = (e, t2 = false) => {
      var r;
      return isSymbolDefined(e) ? r = wasmImports[e] : e.startsWith("invoke_") && (r = wasmImports[e] = createInvokeFunction(e.split("_")[1])), { sym: r, name: e };
    }, UTF8ToString = (e, t2) => e ? UTF8ArrayToString(HEAPU8, e, t2) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
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
          var t2 = resolveGlobalSymbol(e).sym;
          return !t2 && localScope && (t2 = localScope[e]), t2 || (t2 = moduleExports[e]), t2;
        }
        var proxyHandler = { get(e, t2) {
          switch (t2) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (t2 in wasmImports && !wasmImports[t2].stub) return wasmImports[t2];
          if (!(t2 in e)) {
            var r;
            e[t2] = (...a) => (r || (r = resolveSymbol(t2)), r(...a));
          }
          return e[t2];
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
      return flags.loadAsync ? metadata.neededDynlibs.reduce((e, t2) => e.then(() => loadDynamicLibrary(t2, flags, localScope)), Promise.resolve()).then(loadModule) : (metadata.neededDynlibs.forEach((e) => loadDynamicLibrary(e, flags, localScope)), loadModule());
    }, mergeLibSymbols = (e, t2) => {
      for (var [r, a] of Object.entries(e)) {
        let o3 = (s2) => {
          isSymbolDefined(s2) || (wasmImports[s2] = a);
        };
        o3(r);
        let _3 = "__main_argc_argv";
        r == "main" && o3(_3), r == _3 && o3("main");
      }
    }, asyncLoad = async (e) => {
      var t2 = await readAsync(e);
      return new Uint8Array(t2);
    }, preloadPlugins = Module.preloadPlugins || [], registerWasmPlugin = () => {
      var e = { promiseChainEnd: Promise.resolve(), canHandle: (t2) => !Module.noWasmDecoding && t2.endsWith(".so"), handle: (t2, r, a, o3) => {
        e.promiseChainEnd = e.promiseChainEnd.then(() => loadWebAssemblyModule(t2, { loadAsync: true, nodelete: true }, r, {})).then((_3) => {
          preloadedWasm[r] = _3, a(t2);
        }, (_3) => {
          err(`failed to instantiate wasm: ${r}: ${_3}`), o3();
        });
      } };
      preloadPlugins.push(e);
    }, preloadedWasm = {};
    function loadDynamicLibrary(e, t2 = { global: true, nodelete: true }, r, a) {
      var o3 = LDSO.loadedLibsByName[e];
      if (o3) return t2.global ? o3.global || (o3.global = true, mergeLibSymbols(o3.exports, e)) : r && Object.assign(r, o3.exports), t2.nodelete && o3.refcount !== 1 / 0 && (o3.refcount = 1 / 0), o3.refcount++, a && (LDSO.loadedLibsByHandle[a] = o3), t2.loadAsync ? Promise.resolve(true) : true;
      o3 = newDSO(e, a, "loading"), o3.refcount = t2.nodelete ? 1 / 0 : 1, o3.global = t2.global;
      function _3() {
        if (a) {
          var l = HEAPU32[a + 28 >> 2], d = HEAPU32[a + 32 >> 2];
          if (l && d) {
            var p2 = HEAP8.slice(l, l + d);
            return t2.loadAsync ? Promise.resolve(p2) : p2;
          }
        }
        var m3 = locateFile(e);
        if (t2.loadAsync) return asyncLoad(m3);
        if (!readBinary) throw new Error(`${m3}: file not found, and synchronous loading of external files is not available`);
        return readBinary(m3);
      }
      function s2() {
        var l = preloadedWasm[e];
        return l ? t2.loadAsync ? Promise.resolve(l) : l : t2.loadAsync ? _3().then((d) => loadWebAssemblyModule(d, t2, e, r, a)) : loadWebAssemblyModule(_3(), t2, e, r, a);
      }
      function n(l) {
        o3.global ? mergeLibSymbols(l, e) : r && Object.assign(r, l), o3.exports = l;
      }
      return t2.loadAsync ? s2().then((l) => (n(l), true)) : (n(s2()), true);
    }
    var reportUndefinedSymbols = () => {
      for (var [e, t2] of Object.entries(GOT)) if (t2.value == 0) {
        var r = resolveGlobalSymbol(e, true).sym;
        if (!r && !t2.required) continue;
        if (typeof r == "function") t2.value = addFunction(r, r.sig);
        else if (typeof r == "number") t2.value = r;
        else throw new Error(`bad export type for '${e}': ${typeof r}`);
      }
    }, loadDylibs = () => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs"), dynamicLibraries.reduce((e, t2) => e.then(() => loadDynamicLibrary(t2, { loadAsync: true, global: true, nodelete: true, allowUndefined: true })), Promise.resolve()).then(() => {
        reportUndefinedSymbols(), removeRunDependency("loadDylibs");
      });
    }, noExitRuntime = Module.noExitRuntime || false;
    function setValue(e, t2, r = "i8") {
      switch (r.endsWith("*") && (r = "*"), r) {
        case "i1":
          HEAP8[e] = t2;
          break;
        case "i8":
          HEAP8[e] = t2;
          break;
        case "i16":
          HEAP16[e >> 1] = t2;
          break;
        case "i32":
          HEAP32[e >> 2] = t2;
          break;
        case "i64":
          HEAP64[e >> 3] = BigInt(t2);
          break;
        case "float":
          HEAPF32[e >> 2] = t2;
          break;
        case "double":
          HEAPF64[e >> 3] = t2;
          break;
        case "*":
          HEAPU32[e >> 2] = t2;
          break;
        default:
          abort(`invalid type for setValue: ${r}`);
      }
    }
    var ___assert_fail = (e, t2, r, a) => abort(`Assertion failed: ${UTF8ToString(e)}, at: ` + [t2 ? UTF8ToString(t2) : "unknown filename", r, a ? UTF8ToString(a) : "unknown function"]);
    ___assert_fail.sig = "vppip";
    var ___call_sighandler = (e, t2) => getWasmTableEntry(e)(t2);
    ___call_sighandler.sig = "vpi";
    var ___memory_base = new WebAssembly.Global({ value: "i32", mutable: false }, 1024);
    Module.___memory_base = ___memory_base;
    var ___stack_pointer = new WebAssembly.Global({ value: "i32", mutable: true }, 11316800);
    Module.___stack_pointer = ___stack_pointer;
    var PATH = { isAbs: (e) => e.charAt(0) === "/", splitPath: (e) => {
      var t2 = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
      return t2.exec(e).slice(1);
    }, normalizeArray: (e, t2) => {
      for (var r = 0, a = e.length - 1; a >= 0; a--) {
        var o3 = e[a];
        o3 === "." ? e.splice(a, 1) : o3 === ".." ? (e.splice(a, 1), r++) : r && (e.splice(a, 1), r--);
      }
      if (t2) for (; r; r--) e.unshift("..");
      return e;
    }, normalize: (e) => {
      var t2 = PATH.isAbs(e), r = e.substr(-1) === "/";
      return e = PATH.normalizeArray(e.split("/").filter((a) => !!a), !t2).join("/"), !e && !t2 && (e = "."), e && r && (e += "/"), (t2 ? "/" : "") + e;
    }, dirname: (e) => {
      var t2 = PATH.splitPath(e), r = t2[0], a = t2[1];
      return !r && !a ? "." : (a && (a = a.substr(0, a.length - 1)), r + a);
    }, basename: (e) => {
      if (e === "/") return "/";
      e = PATH.normalize(e), e = e.replace(/\/$/, "");
      var t2 = e.lastIndexOf("/");
      return t2 === -1 ? e : e.substr(t2 + 1);
    }, join: (...e) => PATH.normalize(e.join("/")), join2: (e, t2) => PATH.normalize(e + "/" + t2) }, initRandomFill = () => {
      if (typeof crypto == "object" && typeof crypto.getRandomValues == "function") return (a) => crypto.getRandomValues(a);
      if (ENVIRONMENT_IS_NODE) try {
        var e = require("crypto"), t2 = e.randomFillSync;
        if (t2) return (a) => e.randomFillSync(a);
        var r = e.randomBytes;
        return (a) => (a.set(r(a.byteLength)), a);
      } catch {
      }
      abort("initRandomDevice");
    }, randomFill = (e) => (randomFill = initRandomFill())(e), PATH_FS = { resolve: (...e) => {
      for (var t2 = "", r = false, a = e.length - 1; a >= -1 && !r; a--) {
        var o3 = a >= 0 ? e[a] : FS.cwd();
        if (typeof o3 != "string") throw new TypeError("Arguments to path.resolve must be strings");
        if (!o3) return "";
        t2 = o3 + "/" + t2, r = PATH.isAbs(o3);
      }
      return t2 = PATH.normalizeArray(t2.split("/").filter((_3) => !!_3), !r).join("/"), (r ? "/" : "") + t2 || ".";
    }, relative: (e, t2) => {
      e = PATH_FS.resolve(e).substr(1), t2 = PATH_FS.resolve(t2).substr(1);
      function r(d) {
        for (var p2 = 0; p2 < d.length && d[p2] === ""; p2++) ;
        for (var m3 = d.length - 1; m3 >= 0 && d[m3] === ""; m3--) ;
        return p2 > m3 ? [] : d.slice(p2, m3 - p2 + 1);
      }
      for (var a = r(e.split("/")), o3 = r(t2.split("/")), _3 = Math.min(a.length, o3.length), s2 = _3, n = 0; n < _3; n++) if (a[n] !== o3[n]) {
        s2 = n;
        break;
      }
      for (var l = [], n = s2; n < a.length; n++) l.push("..");
      return l = l.concat(o3.slice(s2)), l.join("/");
    } }, FS_stdin_getChar_buffer = [], lengthBytesUTF8 = (e) => {
      for (var t2 = 0, r = 0; r < e.length; ++r) {
        var a = e.charCodeAt(r);
        a <= 127 ? t2++ : a <= 2047 ? t2 += 2 : a >= 55296 && a <= 57343 ? (t2 += 4, ++r) : t2 += 3;
      }
      return t2;
    }, stringToUTF8Array = (e, t2, r, a) => {
      if (!(a > 0)) return 0;
      for (var o3 = r, _3 = r + a - 1, s2 = 0; s2 < e.length; ++s2) {
        var n = e.charCodeAt(s2);
        if (n >= 55296 && n <= 57343) {
          var l = e.charCodeAt(++s2);
          n = 65536 + ((n & 1023) << 10) | l & 1023;
        }
        if (n <= 127) {
          if (r >= _3) break;
          t2[r++] = n;
        } else if (n <= 2047) {
          if (r + 1 >= _3) break;
          t2[r++] = 192 | n >> 6, t2[r++] = 128 | n & 63;
        } else if (n <= 65535) {
          if (r + 2 >= _3) break;
          t2[r++] = 224 | n >> 12, t2[r++] = 128 | n >> 6 & 63, t2[r++] = 128 | n & 63;
        } else {
          if (r + 3 >= _3) break;
          t2[r++] = 240 | n >> 18, t2[r++] = 128 | n >> 12 & 63, t2[r++] = 128 | n >> 6 & 63, t2[r++] = 128 | n & 63;
        }
      }
      return t2[r] = 0, r - o3;
    };
    function intArrayFromString(e, t2, r) {
      var a = r > 0 ? r : lengthBytesUTF8(e) + 1, o3 = new Array(a), _3 = stringToUTF8Array(e, o3, 0, o3.length);
      return t2 && (o3.length = _3), o3;
    }
    var FS_stdin_getChar = () => {
      if (!FS_stdin_getChar_buffer.length) {
        var e = null;
        if (ENVIRONMENT_IS_NODE) {
          var t2 = 256, r = Buffer.alloc(t2), a = 0, o3 = process.stdin.fd;
          try {
            a = fs.readSync(o3, r, 0, t2);
          } catch (_3) {
            if (_3.toString().includes("EOF")) a = 0;
            else throw _3;
          }
          a > 0 && (e = r.slice(0, a).toString("utf-8"));
        } else typeof window < "u" && typeof window.prompt == "function" && (e = window.prompt("Input: "), e !== null && (e += `
`));
        if (!e) return null;
        FS_stdin_getChar_buffer = intArrayFromString(e, true);
      }
      return FS_stdin_getChar_buffer.shift();
    }, TTY = { ttys: [], init() {
    }, shutdown() {
    }, register(e, t2) {
      TTY.ttys[e] = { input: [], output: [], ops: t2 }, FS.registerDevice(e, TTY.stream_ops);
    }, stream_ops: { open(e) {
      var t2 = TTY.ttys[e.node.rdev];
      if (!t2) throw new FS.ErrnoError(43);
      e.tty = t2, e.seekable = false;
    }, close(e) {
      e.tty.ops.fsync(e.tty);
    }, fsync(e) {
      e.tty.ops.fsync(e.tty);
    }, read(e, t2, r, a, o3) {
      if (!e.tty || !e.tty.ops.get_char) throw new FS.ErrnoError(60);
      for (var _3 = 0, s2 = 0; s2 < a; s2++) {
        var n;
        try {
          n = e.tty.ops.get_char(e.tty);
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (n === void 0 && _3 === 0) throw new FS.ErrnoError(6);
        if (n == null) break;
        _3++, t2[r + s2] = n;
      }
      return _3 && (e.node.atime = Date.now()), _3;
    }, write(e, t2, r, a, o3) {
      if (!e.tty || !e.tty.ops.put_char) throw new FS.ErrnoError(60);
      try {
        for (var _3 = 0; _3 < a; _3++) e.tty.ops.put_char(e.tty, t2[r + _3]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return a && (e.node.mtime = e.node.ctime = Date.now()), _3;
    } }, default_tty_ops: { get_char(e) {
      return FS_stdin_getChar();
    }, put_char(e, t2) {
      t2 === null || t2 === 10 ? (out(UTF8ArrayToString(e.output)), e.output = []) : t2 != 0 && e.output.push(t2);
    }, fsync(e) {
      e.output && e.output.length > 0 && (out(UTF8ArrayToString(e.output)), e.output = []);
    }, ioctl_tcgets(e) {
      return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    }, ioctl_tcsets(e, t2, r) {
      return 0;
    }, ioctl_tiocgwinsz(e) {
      return [24, 80];
    } }, default_tty1_ops: { put_char(e, t2) {
      t2 === null || t2 === 10 ? (err(UTF8ArrayToString(e.output)), e.output = []) : t2 != 0 && e.output.push(t2);
    }, fsync(e) {
      e.output && e.output.length > 0 && (err(UTF8ArrayToString(e.output)), e.output = []);
    } } }, zeroMemory = (e, t2) => {
      HEAPU8.fill(0, e, e + t2);
    }, mmapAlloc = (e) => {
      e = alignMemory(e, 65536);
      var t2 = _emscripten_builtin_memalign(65536, e);
      return t2 && zeroMemory(t2, e), t2;
    }, MEMFS = { ops_table: null, mount(e) {
      return MEMFS.createNode(null, "/", 16895, 0);
    }, createNode(e, t2, r, a) {
      if (FS.isBlkdev(r) || FS.isFIFO(r)) throw new FS.ErrnoError(63);
      MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, allocate: MEMFS.stream_ops.allocate, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
      var o3 = FS.createNode(e, t2, r, a);
      return FS.isDir(o3.mode) ? (o3.node_ops = MEMFS.ops_table.dir.node, o3.stream_ops = MEMFS.ops_table.dir.stream, o3.contents = {}) : FS.isFile(o3.mode) ? (o3.node_ops = MEMFS.ops_table.file.node, o3.stream_ops = MEMFS.ops_table.file.stream, o3.usedBytes = 0, o3.contents = null) : FS.isLink(o3.mode) ? (o3.node_ops = MEMFS.ops_table.link.node, o3.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(o3.mode) && (o3.node_ops = MEMFS.ops_table.chrdev.node, o3.stream_ops = MEMFS.ops_table.chrdev.stream), o3.atime = o3.mtime = o3.ctime = Date.now(), e && (e.contents[t2] = o3, e.atime = e.mtime = e.ctime = o3.atime), o3;
    }, getFileDataAsTypedArray(e) {
      return e.contents ? e.contents.subarray ? e.contents.subarray(0, e.usedBytes) : new Uint8Array(e.contents) : new Uint8Array(0);
    }, expandFileStorage(e, t2) {
      var r = e.contents ? e.contents.length : 0;
      if (!(r >= t2)) {
        var a = 1024 * 1024;
        t2 = Math.max(t2, r * (r < a ? 2 : 1.125) >>> 0), r != 0 && (t2 = Math.max(t2, 256));
        var o3 = e.contents;
        e.contents = new Uint8Array(t2), e.usedBytes > 0 && e.contents.set(o3.subarray(0, e.usedBytes), 0);
      }
    }, resizeFileStorage(e, t2) {
      if (e.usedBytes != t2) if (t2 == 0) e.contents = null, e.usedBytes = 0;
      else {
        var r = e.contents;
        e.contents = new Uint8Array(t2), r && e.contents.set(r.subarray(0, Math.min(t2, e.usedBytes))), e.usedBytes = t2;
      }
    }, node_ops: { getattr(e) {
      var t2 = {};
      return t2.dev = FS.isChrdev(e.mode) ? e.id : 1, t2.ino = e.id, t2.mode = e.mode, t2.nlink = 1, t2.uid = 0, t2.gid = 0, t2.rdev = e.rdev, FS.isDir(e.mode) ? t2.size = 4096 : FS.isFile(e.mode) ? t2.size = e.usedBytes : FS.isLink(e.mode) ? t2.size = e.link.length : t2.size = 0, t2.atime = new Date(e.atime), t2.mtime = new Date(e.mtime), t2.ctime = new Date(e.ctime), t2.blksize = 4096, t2.blocks = Math.ceil(t2.size / t2.blksize), t2;
    }, setattr(e, t2) {
      for (let r of ["mode", "atime", "mtime", "ctime"]) t2[r] && (e[r] = t2[r]);
      t2.size !== void 0 && MEMFS.resizeFileStorage(e, t2.size);
    }, lookup(e, t2) {
      throw MEMFS.doesNotExistError;
    }, mknod(e, t2, r, a) {
      return MEMFS.createNode(e, t2, r, a);
    }, rename(e, t2, r) {
      var a;
      try {
        a = FS.lookupNode(t2, r);
      } catch {
      }
      if (a) {
        if (FS.isDir(e.mode)) for (var o3 in a.contents) throw new FS.ErrnoError(55);
        FS.hashRemoveNode(a);
      }
      delete e.parent.contents[e.name], t2.contents[r] = e, e.name = r, t2.ctime = t2.mtime = e.parent.ctime = e.parent.mtime = Date.now();
    }, unlink(e, t2) {
      delete e.contents[t2], e.ctime = e.mtime = Date.now();
    }, rmdir(e, t2) {
      var r = FS.lookupNode(e, t2);
      for (var a in r.contents) throw new FS.ErrnoError(55);
      delete e.contents[t2], e.ctime = e.mtime = Date.now();
    }, readdir(e) {
      return [".", "..", ...Object.keys(e.contents)];
    }, symlink(e, t2, r) {
      var a = MEMFS.createNode(e, t2, 41471, 0);
      return a.link = r, a;
    }, readlink(e) {
      if (!FS.isLink(e.mode)) throw new FS.ErrnoError(28);
      return e.link;
    } }, stream_ops: { read(e, t2, r, a, o3) {
      var _3 = e.node.contents;
      if (o3 >= e.node.usedBytes) return 0;
      var s2 = Math.min(e.node.usedBytes - o3, a);
      if (s2 > 8 && _3.subarray) t2.set(_3.subarray(o3, o3 + s2), r);
      else for (var n = 0; n < s2; n++) t2[r + n] = _3[o3 + n];
      return s2;
    }, write(e, t2, r, a, o3, _3) {
      if (t2.buffer === HEAP8.buffer && (_3 = false), !a) return 0;
      var s2 = e.node;
      if (s2.mtime = s2.ctime = Date.now(), t2.subarray && (!s2.contents || s2.contents.subarray)) {
        if (_3) return s2.contents = t2.subarray(r, r + a), s2.usedBytes = a, a;
        if (s2.usedBytes === 0 && o3 === 0) return s2.contents = t2.slice(r, r + a), s2.usedBytes = a, a;
        if (o3 + a <= s2.usedBytes) return s2.contents.set(t2.subarray(r, r + a), o3), a;
      }
      if (MEMFS.expandFileStorage(s2, o3 + a), s2.contents.subarray && t2.subarray) s2.contents.set(t2.subarray(r, r + a), o3);
      else for (var n = 0; n < a; n++) s2.contents[o3 + n] = t2[r + n];
      return s2.usedBytes = Math.max(s2.usedBytes, o3 + a), a;
    }, llseek(e, t2, r) {
      var a = t2;
      if (r === 1 ? a += e.position : r === 2 && FS.isFile(e.node.mode) && (a += e.node.usedBytes), a < 0) throw new FS.ErrnoError(28);
      return a;
    }, allocate(e, t2, r) {
      MEMFS.expandFileStorage(e.node, t2 + r), e.node.usedBytes = Math.max(e.node.usedBytes, t2 + r);
    }, mmap(e, t2, r, a, o3) {
      if (!FS.isFile(e.node.mode)) throw new FS.ErrnoError(43);
      var _3, s2, n = e.node.contents;
      if (!(o3 & 2) && n && n.buffer === HEAP8.buffer) s2 = false, _3 = n.byteOffset;
      else {
        if (s2 = true, _3 = mmapAlloc(t2), !_3) throw new FS.ErrnoError(48);
        n && ((r > 0 || r + t2 < n.length) && (n.subarray ? n = n.subarray(r, r + t2) : n = Array.prototype.slice.call(n, r, r + t2)), HEAP8.set(n, _3));
      }
      return { ptr: _3, allocated: s2 };
    }, msync(e, t2, r, a, o3) {
      return MEMFS.stream_ops.write(e, t2, 0, a, r, false), 0;
    } } }, FS_createDataFile = (e, t2, r, a, o3, _3) => {
      FS.createDataFile(e, t2, r, a, o3, _3);
    }, FS_handledByPreloadPlugin = (e, t2, r, a) => {
      typeof Browser < "u" && Browser.init();
      var o3 = false;
      return preloadPlugins.forEach((_3) => {
        o3 || _3.canHandle(t2) && (_3.handle(e, t2, r, a), o3 = true);
      }), o3;
    }, FS_createPreloadedFile = (e, t2, r, a, o3, _3, s2, n, l, d) => {
      var p2 = t2 ? PATH_FS.resolve(PATH.join2(e, t2)) : e, m3 = `cp ${p2}`;
      function g3(u2) {
        function f2(c2) {
          d?.(), n || FS_createDataFile(e, t2, c2, a, o3, l), _3?.(), removeRunDependency(m3);
        }
        FS_handledByPreloadPlugin(u2, p2, f2, () => {
          s2?.(), removeRunDependency(m3);
        }) || f2(u2);
      }
      addRunDependency(m3), typeof r == "string" ? asyncLoad(r).then(g3, s2) : g3(r);
    }, FS_modeStringToFlags = (e) => {
      var t2 = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, r = t2[e];
      if (typeof r > "u") throw new Error(`Unknown file open mode: ${e}`);
      return r;
    }, FS_getMode = (e, t2) => {
      var r = 0;
      return e && (r |= 365), t2 && (r |= 146), r;
    }, IDBFS = { dbs: {}, indexedDB: () => {
      if (typeof indexedDB < "u") return indexedDB;
      var e = null;
      return typeof window == "object" && (e = window.indexedDB || window.mozIndexedDB || window.webkitIndexedDB || window.msIndexedDB), e;
    }, DB_VERSION: 21, DB_STORE_NAME: "FILE_DATA", queuePersist: (e) => {
      function t2() {
        e.idbPersistState === "again" ? r() : e.idbPersistState = 0;
      }
      function r() {
        e.idbPersistState = "idb", IDBFS.syncfs(e, false, t2);
      }
      e.idbPersistState ? e.idbPersistState === "idb" && (e.idbPersistState = "again") : e.idbPersistState = setTimeout(r, 0);
    }, mount: (e) => {
      var t2 = MEMFS.mount(e);
      if (e?.opts?.autoPersist) {
        t2.idbPersistState = 0;
        var r = t2.node_ops;
        t2.node_ops = Object.assign({}, t2.node_ops), t2.node_ops.mknod = (a, o3, _3, s2) => {
          var n = r.mknod(a, o3, _3, s2);
          return n.node_ops = t2.node_ops, n.idbfs_mount = t2.mount, n.memfs_stream_ops = n.stream_ops, n.stream_ops = Object.assign({}, n.stream_ops), n.stream_ops.write = (l, d, p2, m3, g3, u2) => (l.node.isModified = true, n.memfs_stream_ops.write(l, d, p2, m3, g3, u2)), n.stream_ops.close = (l) => {
            var d = l.node;
            if (d.isModified && (IDBFS.queuePersist(d.idbfs_mount), d.isModified = false), d.memfs_stream_ops.close) return d.memfs_stream_ops.close(l);
          }, n;
        }, t2.node_ops.mkdir = (...a) => (IDBFS.queuePersist(t2.mount), r.mkdir(...a)), t2.node_ops.rmdir = (...a) => (IDBFS.queuePersist(t2.mount), r.rmdir(...a)), t2.node_ops.symlink = (...a) => (IDBFS.queuePersist(t2.mount), r.symlink(...a)), t2.node_ops.unlink = (...a) => (IDBFS.queuePersist(t2.mount), r.unlink(...a)), t2.node_ops.rename = (...a) => (IDBFS.queuePersist(t2.mount), r.rename(...a));
      }
      return t2;
    }, syncfs: (e, t2, r) => {
      IDBFS.getLocalSet(e, (a, o3) => {
        if (a) return r(a);
        IDBFS.getRemoteSet(e, (_3, s2) => {
          if (_3) return r(_3);
          var n = t2 ? s2 : o3, l = t2 ? o3 : s2;
          IDBFS.reconcile(n, l, r);
        });
      });
    }, quit: () => {
      Object.values(IDBFS.dbs).forEach((e) => e.close()), IDBFS.dbs = {};
    }, getDB: (e, t2) => {
      var r = IDBFS.dbs[e];
      if (r) return t2(null, r);
      var a;
      try {
        a = IDBFS.indexedDB().open(e, IDBFS.DB_VERSION);
      } catch (o3) {
        return t2(o3);
      }
      if (!a) return t2("Unable to connect to IndexedDB");
      a.onupgradeneeded = (o3) => {
        var _3 = o3.target.result, s2 = o3.target.transaction, n;
        _3.objectStoreNames.contains(IDBFS.DB_STORE_NAME) ? n = s2.objectStore(IDBFS.DB_STORE_NAME) : n = _3.createObjectStore(IDBFS.DB_STORE_NAME), n.indexNames.contains("timestamp") || n.createIndex("timestamp", "timestamp", { unique: false });
      }, a.onsuccess = () => {
        r = a.result, IDBFS.dbs[e] = r, t2(null, r);
      }, a.onerror = (o3) => {
        t2(o3.target.error), o3.preventDefault();
      };
    }, getLocalSet: (e, t2) => {
      var r = {};
      function a(l) {
        return l !== "." && l !== "..";
      }
      function o3(l) {
        return (d) => PATH.join2(l, d);
      }
      for (var _3 = FS.readdir(e.mountpoint).filter(a).map(o3(e.mountpoint)); _3.length; ) {
        var s2 = _3.pop(), n;
        try {
          n = FS.stat(s2);
        } catch (l) {
          return t2(l);
        }
        FS.isDir(n.mode) && _3.push(...FS.readdir(s2).filter(a).map(o3(s2))), r[s2] = { timestamp: n.mtime };
      }
      return t2(null, { type: "local", entries: r });
    }, getRemoteSet: (e, t2) => {
      var r = {};
      IDBFS.getDB(e.mountpoint, (a, o3) => {
        if (a) return t2(a);
        try {
          var _3 = o3.transaction([IDBFS.DB_STORE_NAME], "readonly");
          _3.onerror = (l) => {
            t2(l.target.error), l.preventDefault();
          };
          var s2 = _3.objectStore(IDBFS.DB_STORE_NAME), n = s2.index("timestamp");
          n.openKeyCursor().onsuccess = (l) => {
            var d = l.target.result;
            if (!d) return t2(null, { type: "remote", db: o3, entries: r });
            r[d.primaryKey] = { timestamp: d.key }, d.continue();
          };
        } catch (l) {
          return t2(l);
        }
      });
    }, loadLocalEntry: (e, t2) => {
      var r, a;
      try {
        var o3 = FS.lookupPath(e);
        a = o3.node, r = FS.stat(e);
      } catch (_3) {
        return t2(_3);
      }
      return FS.isDir(r.mode) ? t2(null, { timestamp: r.mtime, mode: r.mode }) : FS.isFile(r.mode) ? (a.contents = MEMFS.getFileDataAsTypedArray(a), t2(null, { timestamp: r.mtime, mode: r.mode, contents: a.contents })) : t2(new Error("node type not supported"));
    }, storeLocalEntry: (e, t2, r) => {
      try {
        if (FS.isDir(t2.mode)) FS.mkdirTree(e, t2.mode);
        else if (FS.isFile(t2.mode)) FS.writeFile(e, t2.contents, { canOwn: true });
        else return r(new Error("node type not supported"));
        FS.chmod(e, t2.mode), FS.utime(e, t2.timestamp, t2.timestamp);
      } catch (a) {
        return r(a);
      }
      r(null);
    }, removeLocalEntry: (e, t2) => {
      try {
        var r = FS.stat(e);
        FS.isDir(r.mode) ? FS.rmdir(e) : FS.isFile(r.mode) && FS.unlink(e);
      } catch (a) {
        return t2(a);
      }
      t2(null);
    }, loadRemoteEntry: (e, t2, r) => {
      var a = e.get(t2);
      a.onsuccess = (o3) => r(null, o3.target.result), a.onerror = (o3) => {
        r(o3.target.error), o3.preventDefault();
      };
    }, storeRemoteEntry: (e, t2, r, a) => {
      try {
        var o3 = e.put(r, t2);
      } catch (_3) {
        a(_3);
        return;
      }
      o3.onsuccess = (_3) => a(), o3.onerror = (_3) => {
        a(_3.target.error), _3.preventDefault();
      };
    }, removeRemoteEntry: (e, t2, r) => {
      var a = e.delete(t2);
      a.onsuccess = (o3) => r(), a.onerror = (o3) => {
        r(o3.target.error), o3.preventDefault();
      };
    }, reconcile: (e, t2, r) => {
      var a = 0, o3 = [];
      Object.keys(e.entries).forEach((m3) => {
        var g3 = e.entries[m3], u2 = t2.entries[m3];
        (!u2 || g3.timestamp.getTime() != u2.timestamp.getTime()) && (o3.push(m3), a++);
      });
      var _3 = [];
      if (Object.keys(t2.entries).forEach((m3) => {
        e.entries[m3] || (_3.push(m3), a++);
      }), !a) return r(null);
      var s2 = false, n = e.type === "remote" ? e.db : t2.db, l = n.transaction([IDBFS.DB_STORE_NAME], "readwrite"), d = l.objectStore(IDBFS.DB_STORE_NAME);
      function p2(m3) {
        if (m3 && !s2) return s2 = true, r(m3);
      }
      l.onerror = l.onabort = (m3) => {
        p2(m3.target.error), m3.preventDefault();
      }, l.oncomplete = (m3) => {
        s2 || r(null);
      }, o3.sort().forEach((m3) => {
        t2.type === "local" ? IDBFS.loadRemoteEntry(d, m3, (g3, u2) => {
          if (g3) return p2(g3);
          IDBFS.storeLocalEntry(m3, u2, p2);
        }) : IDBFS.loadLocalEntry(m3, (g3, u2) => {
          if (g3) return p2(g3);
          IDBFS.storeRemoteEntry(d, m3, u2, p2);
        });
      }), _3.sort().reverse().forEach((m3) => {
        t2.type === "local" ? IDBFS.removeLocalEntry(m3, p2) : IDBFS.removeRemoteEntry(d, m3, p2);
      });
    } }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, NODEFS = { isWindows: false, staticInit() {
      NODEFS.isWindows = !!process.platform.match(/^win/);
      var e = process.binding("constants");
      e.fs && (e = e.fs), NODEFS.flagsForNodeMap = { 1024: e.O_APPEND, 64: e.O_CREAT, 128: e.O_EXCL, 256: e.O_NOCTTY, 0: e.O_RDONLY, 2: e.O_RDWR, 4096: e.O_SYNC, 512: e.O_TRUNC, 1: e.O_WRONLY, 131072: e.O_NOFOLLOW };
    }, convertNodeCode(e) {
      var t2 = e.code;
      return ERRNO_CODES[t2];
    }, tryFSOperation(e) {
      try {
        return e();
      } catch (t2) {
        throw t2.code ? t2.code === "UNKNOWN" ? new FS.ErrnoError(28) : new FS.ErrnoError(NODEFS.convertNodeCode(t2)) : t2;
      }
    }, mount(e) {
      return NODEFS.createNode(null, "/", NODEFS.getMode(e.opts.root), 0);
    }, createNode(e, t2, r, a) {
      if (!FS.isDir(r) && !FS.isFile(r) && !FS.isLink(r)) throw new FS.ErrnoError(28);
      var o3 = FS.createNode(e, t2, r);
      return o3.node_ops = NODEFS.node_ops, o3.stream_ops = NODEFS.stream_ops, o3;
    }, getMode(e) {
      return NODEFS.tryFSOperation(() => {
        var t2 = fs.lstatSync(e).mode;
        return NODEFS.isWindows && (t2 |= (t2 & 292) >> 2), t2;
      });
    }, realPath(e) {
      for (var t2 = []; e.parent !== e; ) t2.push(e.name), e = e.parent;
      return t2.push(e.mount.opts.root), t2.reverse(), PATH.join(...t2);
    }, flagsForNode(e) {
      e &= -2097153, e &= -2049, e &= -32769, e &= -524289, e &= -65537;
      var t2 = 0;
      for (var r in NODEFS.flagsForNodeMap) e & r && (t2 |= NODEFS.flagsForNodeMap[r], e ^= r);
      if (e) throw new FS.ErrnoError(28);
      return t2;
    }, node_ops: { getattr(e) {
      var t2 = NODEFS.realPath(e), r;
      return NODEFS.tryFSOperation(() => r = fs.lstatSync(t2)), NODEFS.isWindows && (r.blksize || (r.blksize = 4096), r.blocks || (r.blocks = (r.size + r.blksize - 1) / r.blksize | 0), r.mode |= (r.mode & 292) >> 2), { dev: r.dev, ino: r.ino, mode: r.mode, nlink: r.nlink, uid: r.uid, gid: r.gid, rdev: r.rdev, size: r.size, atime: r.atime, mtime: r.mtime, ctime: r.ctime, blksize: r.blksize, blocks: r.blocks };
    }, setattr(e, t2) {
      var r = NODEFS.realPath(e);
      NODEFS.tryFSOperation(() => {
        if (t2.mode !== void 0) {
          var a = t2.mode;
          NODEFS.isWindows && (a &= 384), fs.chmodSync(r, a), e.mode = t2.mode;
        }
        if (t2.atime || t2.mtime) {
          var o3 = t2.atime && new Date(t2.atime), _3 = t2.mtime && new Date(t2.mtime);
          fs.utimesSync(r, o3, _3);
        }
        t2.size !== void 0 && fs.truncateSync(r, t2.size);
      });
    }, lookup(e, t2) {
      var r = PATH.join2(NODEFS.realPath(e), t2), a = NODEFS.getMode(r);
      return NODEFS.createNode(e, t2, a);
    }, mknod(e, t2, r, a) {
      var o3 = NODEFS.createNode(e, t2, r, a), _3 = NODEFS.realPath(o3);
      return NODEFS.tryFSOperation(() => {
        FS.isDir(o3.mode) ? fs.mkdirSync(_3, o3.mode) : fs.writeFileSync(_3, "", { mode: o3.mode });
      }), o3;
    }, rename(e, t2, r) {
      var a = NODEFS.realPath(e), o3 = PATH.join2(NODEFS.realPath(t2), r);
      try {
        FS.unlink(o3);
      } catch {
      }
      NODEFS.tryFSOperation(() => fs.renameSync(a, o3)), e.name = r;
    }, unlink(e, t2) {
      var r = PATH.join2(NODEFS.realPath(e), t2);
      NODEFS.tryFSOperation(() => fs.unlinkSync(r));
    }, rmdir(e, t2) {
      var r = PATH.join2(NODEFS.realPath(e), t2);
      NODEFS.tryFSOperation(() => fs.rmdirSync(r));
    }, readdir(e) {
      var t2 = NODEFS.realPath(e);
      return NODEFS.tryFSOperation(() => fs.readdirSync(t2));
    }, symlink(e, t2, r) {
      var a = PATH.join2(NODEFS.realPath(e), t2);
      NODEFS.tryFSOperation(() => fs.symlinkSync(r, a));
    }, readlink(e) {
      var t2 = NODEFS.realPath(e);
      return NODEFS.tryFSOperation(() => fs.readlinkSync(t2));
    }, statfs(e) {
      var t2 = NODEFS.tryFSOperation(() => fs.statfsSync(e));
      return t2.frsize = t2.bsize, t2;
    } }, stream_ops: { open(e) {
      var t2 = NODEFS.realPath(e.node);
      NODEFS.tryFSOperation(() => {
        FS.isFile(e.node.mode) && (e.shared.refcount = 1, e.nfd = fs.openSync(t2, NODEFS.flagsForNode(e.flags)));
      });
    }, close(e) {
      NODEFS.tryFSOperation(() => {
        FS.isFile(e.node.mode) && e.nfd && --e.shared.refcount === 0 && fs.closeSync(e.nfd);
      });
    }, dup(e) {
      e.shared.refcount++;
    }, read(e, t2, r, a, o3) {
      return a === 0 ? 0 : NODEFS.tryFSOperation(() => fs.readSync(e.nfd, new Int8Array(t2.buffer, r, a), 0, a, o3));
    }, write(e, t2, r, a, o3) {
      return NODEFS.tryFSOperation(() => fs.writeSync(e.nfd, new Int8Array(t2.buffer, r, a), 0, a, o3));
    }, llseek(e, t2, r) {
      var a = t2;
      if (r === 1 ? a += e.position : r === 2 && FS.isFile(e.node.mode) && NODEFS.tryFSOperation(() => {
        var o3 = fs.fstatSync(e.nfd);
        a += o3.size;
      }), a < 0) throw new FS.ErrnoError(28);
      return a;
    }, mmap(e, t2, r, a, o3) {
      if (!FS.isFile(e.node.mode)) throw new FS.ErrnoError(43);
      var _3 = mmapAlloc(t2);
      return NODEFS.stream_ops.read(e, HEAP8, _3, t2, r), { ptr: _3, allocated: true };
    }, msync(e, t2, r, a, o3) {
      return NODEFS.stream_ops.write(e, t2, 0, a, r, false), 0;
    } } }, PROXYFS = { mount(e) {
      return PROXYFS.createNode(null, "/", e.opts.fs.lstat(e.opts.root).mode, 0);
    }, createNode(e, t2, r, a) {
      if (!FS.isDir(r) && !FS.isFile(r) && !FS.isLink(r)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
      var o3 = FS.createNode(e, t2, r);
      return o3.node_ops = PROXYFS.node_ops, o3.stream_ops = PROXYFS.stream_ops, o3;
    }, realPath(e) {
      for (var t2 = []; e.parent !== e; ) t2.push(e.name), e = e.parent;
      return t2.push(e.mount.opts.root), t2.reverse(), PATH.join(...t2);
    }, node_ops: { getattr(e) {
      var t2 = PROXYFS.realPath(e), r;
      try {
        r = e.mount.opts.fs.lstat(t2);
      } catch (a) {
        throw a.code ? new FS.ErrnoError(ERRNO_CODES[a.code]) : a;
      }
      return { dev: r.dev, ino: r.ino, mode: r.mode, nlink: r.nlink, uid: r.uid, gid: r.gid, rdev: r.rdev, size: r.size, atime: r.atime, mtime: r.mtime, ctime: r.ctime, blksize: r.blksize, blocks: r.blocks };
    }, setattr(e, t2) {
      var r = PROXYFS.realPath(e);
      try {
        if (t2.mode !== void 0 && (e.mount.opts.fs.chmod(r, t2.mode), e.mode = t2.mode), t2.atime || t2.mtime) {
          var a = new Date(t2.atime || t2.mtime), o3 = new Date(t2.mtime || t2.atime);
          e.mount.opts.fs.utime(r, a, o3);
        }
        t2.size !== void 0 && e.mount.opts.fs.truncate(r, t2.size);
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, lookup(e, t2) {
      try {
        var r = PATH.join2(PROXYFS.realPath(e), t2), a = e.mount.opts.fs.lstat(r).mode, o3 = PROXYFS.createNode(e, t2, a);
        return o3;
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, mknod(e, t2, r, a) {
      var o3 = PROXYFS.createNode(e, t2, r, a), _3 = PROXYFS.realPath(o3);
      try {
        FS.isDir(o3.mode) ? o3.mount.opts.fs.mkdir(_3, o3.mode) : o3.mount.opts.fs.writeFile(_3, "", { mode: o3.mode });
      } catch (s2) {
        throw s2.code ? new FS.ErrnoError(ERRNO_CODES[s2.code]) : s2;
      }
      return o3;
    }, rename(e, t2, r) {
      var a = PROXYFS.realPath(e), o3 = PATH.join2(PROXYFS.realPath(t2), r);
      try {
        e.mount.opts.fs.rename(a, o3), e.name = r;
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, unlink(e, t2) {
      var r = PATH.join2(PROXYFS.realPath(e), t2);
      try {
        e.mount.opts.fs.unlink(r);
      } catch (a) {
        throw a.code ? new FS.ErrnoError(ERRNO_CODES[a.code]) : a;
      }
    }, rmdir(e, t2) {
      var r = PATH.join2(PROXYFS.realPath(e), t2);
      try {
        e.mount.opts.fs.rmdir(r);
      } catch (a) {
        throw a.code ? new FS.ErrnoError(ERRNO_CODES[a.code]) : a;
      }
    }, readdir(e) {
      var t2 = PROXYFS.realPath(e);
      try {
        return e.mount.opts.fs.readdir(t2);
      } catch (r) {
        throw r.code ? new FS.ErrnoError(ERRNO_CODES[r.code]) : r;
      }
    }, symlink(e, t2, r) {
      var a = PATH.join2(PROXYFS.realPath(e), t2);
      try {
        e.mount.opts.fs.symlink(r, a);
      } catch (o3) {
        throw o3.code ? new FS.ErrnoError(ERRNO_CODES[o3.code]) : o3;
      }
    }, readlink(e) {
      var t2 = PROXYFS.realPath(e);
      try {
        return e.mount.opts.fs.readlink(t2);
      } catch (r) {
        throw r.code ? new FS.ErrnoError(ERRNO_CODES[r.code]) : r;
      }
    } }, stream_ops: { open(e) {
      var t2 = PROXYFS.realPath(e.node);
      try {
        e.nfd = e.node.mount.opts.fs.open(t2, e.flags);
      } catch (r) {
        throw r.code ? new FS.ErrnoError(ERRNO_CODES[r.code]) : r;
      }
    }, close(e) {
      try {
        e.node.mount.opts.fs.close(e.nfd);
      } catch (t2) {
        throw t2.code ? new FS.ErrnoError(ERRNO_CODES[t2.code]) : t2;
      }
    }, read(e, t2, r, a, o3) {
      try {
        return e.node.mount.opts.fs.read(e.nfd, t2, r, a, o3);
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, write(e, t2, r, a, o3) {
      try {
        return e.node.mount.opts.fs.write(e.nfd, t2, r, a, o3);
      } catch (_3) {
        throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
      }
    }, llseek(e, t2, r) {
      var a = t2;
      if (r === 1) a += e.position;
      else if (r === 2 && FS.isFile(e.node.mode)) try {
        var o3 = e.node.node_ops.getattr(e.node);
        a += o3.size;
      } catch (_3) {
        throw new FS.ErrnoError(ERRNO_CODES[_3.code]);
      }
      if (a < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
      return a;
    } } }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, ErrnoError: class {
      constructor(e) {
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "name", "ErrnoError");
        this.errno = e;
      }
    }, filesystems: null, syncFSRequests: 0, readFiles: {}, FSStream: class {
      constructor() {
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "shared", {});
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
      constructor(e, t2, r, a) {
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "node_ops", {});
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "stream_ops", {});
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "readMode", 365);
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "writeMode", 146);
        (0, import_cli_chunk_TPG6O3EZ.P)(this, "mounted", null);
        e || (e = this), this.parent = e, this.mount = e.mount, this.id = FS.nextInode++, this.name = t2, this.mode = r, this.rdev = a, this.atime = this.mtime = this.ctime = Date.now();
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
    }, lookupPath(e, t2 = {}) {
      if (!e) return { path: "", node: null };
      t2.follow_mount ?? (t2.follow_mount = true), PATH.isAbs(e) || (e = FS.cwd() + "/" + e);
      e: for (var r = 0; r < 40; r++) {
        for (var a = e.split("/").filter((d) => !!d && d !== "."), o3 = FS.root, _3 = "/", s2 = 0; s2 < a.length; s2++) {
          var n = s2 === a.length - 1;
          if (n && t2.parent) break;
          if (a[s2] === "..") {
            _3 = PATH.dirname(_3), o3 = o3.parent;
            continue;
          }
          _3 = PATH.join2(_3, a[s2]);
          try {
            o3 = FS.lookupNode(o3, a[s2]);
          } catch (d) {
            if (d?.errno === 44 && n && t2.noent_okay) return { path: _3 };
            throw d;
          }
          if (FS.isMountpoint(o3) && (!n || t2.follow_mount) && (o3 = o3.mounted.root), FS.isLink(o3.mode) && (!n || t2.follow)) {
            if (!o3.node_ops.readlink) throw new FS.ErrnoError(52);
            var l = o3.node_ops.readlink(o3);
            PATH.isAbs(l) || (l = PATH.dirname(_3) + "/" + l), e = l + "/" + a.slice(s2 + 1).join("/");
            continue e;
          }
        }
        return { path: _3, node: o3 };
      }
      throw new FS.ErrnoError(32);
    }, getPath(e) {
      for (var t2; ; ) {
        if (FS.isRoot(e)) {
          var r = e.mount.mountpoint;
          return t2 ? r[r.length - 1] !== "/" ? `${r}/${t2}` : r + t2 : r;
        }
        t2 = t2 ? `${e.name}/${t2}` : e.name, e = e.parent;
      }
    }, hashName(e, t2) {
      for (var r = 0, a = 0; a < t2.length; a++) r = (r << 5) - r + t2.charCodeAt(a) | 0;
      return (e + r >>> 0) % FS.nameTable.length;
    }, hashAddNode(e) {
      var t2 = FS.hashName(e.parent.id, e.name);
      e.name_next = FS.nameTable[t2], FS.nameTable[t2] = e;
    }, hashRemoveNode(e) {
      var t2 = FS.hashName(e.parent.id, e.name);
      if (FS.nameTable[t2] === e) FS.nameTable[t2] = e.name_next;
      else for (var r = FS.nameTable[t2]; r; ) {
        if (r.name_next === e) {
          r.name_next = e.name_next;
          break;
        }
        r = r.name_next;
      }
    }, lookupNode(e, t2) {
      var r = FS.mayLookup(e);
      if (r) throw new FS.ErrnoError(r);
      for (var a = FS.hashName(e.id, t2), o3 = FS.nameTable[a]; o3; o3 = o3.name_next) {
        var _3 = o3.name;
        if (o3.parent.id === e.id && _3 === t2) return o3;
      }
      return FS.lookup(e, t2);
    }, createNode(e, t2, r, a) {
      var o3 = new FS.FSNode(e, t2, r, a);
      return FS.hashAddNode(o3), o3;
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
      var t2 = ["r", "w", "rw"][e & 3];
      return e & 512 && (t2 += "w"), t2;
    }, nodePermissions(e, t2) {
      return FS.ignorePermissions ? 0 : t2.includes("r") && !(e.mode & 292) || t2.includes("w") && !(e.mode & 146) || t2.includes("x") && !(e.mode & 73) ? 2 : 0;
    }, mayLookup(e) {
      if (!FS.isDir(e.mode)) return 54;
      var t2 = FS.nodePermissions(e, "x");
      return t2 || (e.node_ops.lookup ? 0 : 2);
    }, mayCreate(e, t2) {
      if (!FS.isDir(e.mode)) return 54;
      try {
        var r = FS.lookupNode(e, t2);
        return 20;
      } catch {
      }
      return FS.nodePermissions(e, "wx");
    }, mayDelete(e, t2, r) {
      var a;
      try {
        a = FS.lookupNode(e, t2);
      } catch (_3) {
        return _3.errno;
      }
      var o3 = FS.nodePermissions(e, "wx");
      if (o3) return o3;
      if (r) {
        if (!FS.isDir(a.mode)) return 54;
        if (FS.isRoot(a) || FS.getPath(a) === FS.cwd()) return 10;
      } else if (FS.isDir(a.mode)) return 31;
      return 0;
    }, mayOpen(e, t2) {
      return e ? FS.isLink(e.mode) ? 32 : FS.isDir(e.mode) && (FS.flagsToPermissionString(t2) !== "r" || t2 & 512) ? 31 : FS.nodePermissions(e, FS.flagsToPermissionString(t2)) : 44;
    }, MAX_OPEN_FDS: 4096, nextfd() {
      for (var e = 0; e <= FS.MAX_OPEN_FDS; e++) if (!FS.streams[e]) return e;
      throw new FS.ErrnoError(33);
    }, getStreamChecked(e) {
      var t2 = FS.getStream(e);
      if (!t2) throw new FS.ErrnoError(8);
      return t2;
    }, getStream: (e) => FS.streams[e], createStream(e, t2 = -1) {
      return e = Object.assign(new FS.FSStream(), e), t2 == -1 && (t2 = FS.nextfd()), e.fd = t2, FS.streams[t2] = e, e;
    }, closeStream(e) {
      FS.streams[e] = null;
    }, dupStream(e, t2 = -1) {
      var r = FS.createStream(e, t2);
      return r.stream_ops?.dup?.(r), r;
    }, chrdev_stream_ops: { open(e) {
      var t2 = FS.getDevice(e.node.rdev);
      e.stream_ops = t2.stream_ops, e.stream_ops.open?.(e);
    }, llseek() {
      throw new FS.ErrnoError(70);
    } }, major: (e) => e >> 8, minor: (e) => e & 255, makedev: (e, t2) => e << 8 | t2, registerDevice(e, t2) {
      FS.devices[e] = { stream_ops: t2 };
    }, getDevice: (e) => FS.devices[e], getMounts(e) {
      for (var t2 = [], r = [e]; r.length; ) {
        var a = r.pop();
        t2.push(a), r.push(...a.mounts);
      }
      return t2;
    }, syncfs(e, t2) {
      typeof e == "function" && (t2 = e, e = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
      var r = FS.getMounts(FS.root.mount), a = 0;
      function o3(s2) {
        return FS.syncFSRequests--, t2(s2);
      }
      function _3(s2) {
        if (s2) return _3.errored ? void 0 : (_3.errored = true, o3(s2));
        ++a >= r.length && o3(null);
      }
      r.forEach((s2) => {
        if (!s2.type.syncfs) return _3(null);
        s2.type.syncfs(s2, e, _3);
      });
    }, mount(e, t2, r) {
      var a = r === "/", o3 = !r, _3;
      if (a && FS.root) throw new FS.ErrnoError(10);
      if (!a && !o3) {
        var s2 = FS.lookupPath(r, { follow_mount: false });
        if (r = s2.path, _3 = s2.node, FS.isMountpoint(_3)) throw new FS.ErrnoError(10);
        if (!FS.isDir(_3.mode)) throw new FS.ErrnoError(54);
      }
      var n = { type: e, opts: t2, mountpoint: r, mounts: [] }, l = e.mount(n);
      return l.mount = n, n.root = l, a ? FS.root = l : _3 && (_3.mounted = n, _3.mount && _3.mount.mounts.push(n)), l;
    }, unmount(e) {
      var t2 = FS.lookupPath(e, { follow_mount: false });
      if (!FS.isMountpoint(t2.node)) throw new FS.ErrnoError(28);
      var r = t2.node, a = r.mounted, o3 = FS.getMounts(a);
      Object.keys(FS.nameTable).forEach((s2) => {
        for (var n = FS.nameTable[s2]; n; ) {
          var l = n.name_next;
          o3.includes(n.mount) && FS.destroyNode(n), n = l;
        }
      }), r.mounted = null;
      var _3 = r.mount.mounts.indexOf(a);
      r.mount.mounts.splice(_3, 1);
    }, lookup(e, t2) {
      return e.node_ops.lookup(e, t2);
    }, mknod(e, t2, r) {
      var a = FS.lookupPath(e, { parent: true }), o3 = a.node, _3 = PATH.basename(e);
      if (!_3 || _3 === "." || _3 === "..") throw new FS.ErrnoError(28);
      var s2 = FS.mayCreate(o3, _3);
      if (s2) throw new FS.ErrnoError(s2);
      if (!o3.node_ops.mknod) throw new FS.ErrnoError(63);
      return o3.node_ops.mknod(o3, _3, t2, r);
    }, statfs(e) {
      var t2 = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 }, r = FS.lookupPath(e, { follow: true }).node;
      return r?.node_ops.statfs && Object.assign(t2, r.node_ops.statfs(r.mount.opts.root)), t2;
    }, create(e, t2 = 438) {
      return t2 &= 4095, t2 |= 32768, FS.mknod(e, t2, 0);
    }, mkdir(e, t2 = 511) {
      return t2 &= 1023, t2 |= 16384, FS.mknod(e, t2, 0);
    }, mkdirTree(e, t2) {
      for (var r = e.split("/"), a = "", o3 = 0; o3 < r.length; ++o3) if (r[o3]) {
        a += "/" + r[o3];
        try {
          FS.mkdir(a, t2);
        } catch (_3) {
          if (_3.errno != 20) throw _3;
        }
      }
    }, mkdev(e, t2, r) {
      return typeof r > "u" && (r = t2, t2 = 438), t2 |= 8192, FS.mknod(e, t2, r);
    }, symlink(e, t2) {
      if (!PATH_FS.resolve(e)) throw new FS.ErrnoError(44);
      var r = FS.lookupPath(t2, { parent: true }), a = r.node;
      if (!a) throw new FS.ErrnoError(44);
      var o3 = PATH.basename(t2), _3 = FS.mayCreate(a, o3);
      if (_3) throw new FS.ErrnoError(_3);
      if (!a.node_ops.symlink) throw new FS.ErrnoError(63);
      return a.node_ops.symlink(a, o3, e);
    }, rename(e, t2) {
      var r = PATH.dirname(e), a = PATH.dirname(t2), o3 = PATH.basename(e), _3 = PATH.basename(t2), s2, n, l;
      if (s2 = FS.lookupPath(e, { parent: true }), n = s2.node, s2 = FS.lookupPath(t2, { parent: true }), l = s2.node, !n || !l) throw new FS.ErrnoError(44);
      if (n.mount !== l.mount) throw new FS.ErrnoError(75);
      var d = FS.lookupNode(n, o3), p2 = PATH_FS.relative(e, a);
      if (p2.charAt(0) !== ".") throw new FS.ErrnoError(28);
      if (p2 = PATH_FS.relative(t2, r), p2.charAt(0) !== ".") throw new FS.ErrnoError(55);
      var m3;
      try {
        m3 = FS.lookupNode(l, _3);
      } catch {
      }
      if (d !== m3) {
        var g3 = FS.isDir(d.mode), u2 = FS.mayDelete(n, o3, g3);
        if (u2) throw new FS.ErrnoError(u2);
        if (u2 = m3 ? FS.mayDelete(l, _3, g3) : FS.mayCreate(l, _3), u2) throw new FS.ErrnoError(u2);
        if (!n.node_ops.rename) throw new FS.ErrnoError(63);
        if (FS.isMountpoint(d) || m3 && FS.isMountpoint(m3)) throw new FS.ErrnoError(10);
        if (l !== n && (u2 = FS.nodePermissions(n, "w"), u2)) throw new FS.ErrnoError(u2);
        FS.hashRemoveNode(d);
        try {
          n.node_ops.rename(d, l, _3), d.parent = l;
        } catch (f2) {
          throw f2;
        } finally {
          FS.hashAddNode(d);
        }
      }
    }, rmdir(e) {
      var t2 = FS.lookupPath(e, { parent: true }), r = t2.node, a = PATH.basename(e), o3 = FS.lookupNode(r, a), _3 = FS.mayDelete(r, a, true);
      if (_3) throw new FS.ErrnoError(_3);
      if (!r.node_ops.rmdir) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(o3)) throw new FS.ErrnoError(10);
      r.node_ops.rmdir(r, a), FS.destroyNode(o3);
    }, readdir(e) {
      var t2 = FS.lookupPath(e, { follow: true }), r = t2.node;
      if (!r.node_ops.readdir) throw new FS.ErrnoError(54);
      return r.node_ops.readdir(r);
    }, unlink(e) {
      var t2 = FS.lookupPath(e, { parent: true }), r = t2.node;
      if (!r) throw new FS.ErrnoError(44);
      var a = PATH.basename(e), o3 = FS.lookupNode(r, a), _3 = FS.mayDelete(r, a, false);
      if (_3) throw new FS.ErrnoError(_3);
      if (!r.node_ops.unlink) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(o3)) throw new FS.ErrnoError(10);
      r.node_ops.unlink(r, a), FS.destroyNode(o3);
    }, readlink(e) {
      var t2 = FS.lookupPath(e), r = t2.node;
      if (!r) throw new FS.ErrnoError(44);
      if (!r.node_ops.readlink) throw new FS.ErrnoError(28);
      return r.node_ops.readlink(r);
    }, stat(e, t2) {
      var r = FS.lookupPath(e, { follow: !t2 }), a = r.node;
      if (!a) throw new FS.ErrnoError(44);
      if (!a.node_ops.getattr) throw new FS.ErrnoError(63);
      return a.node_ops.getattr(a);
    }, lstat(e) {
      return FS.stat(e, true);
    }, chmod(e, t2, r) {
      var a;
      if (typeof e == "string") {
        var o3 = FS.lookupPath(e, { follow: !r });
        a = o3.node;
      } else a = e;
      if (!a.node_ops.setattr) throw new FS.ErrnoError(63);
      a.node_ops.setattr(a, { mode: t2 & 4095 | a.mode & -4096, ctime: Date.now() });
    }, lchmod(e, t2) {
      FS.chmod(e, t2, true);
    }, fchmod(e, t2) {
      var r = FS.getStreamChecked(e);
      FS.chmod(r.node, t2);
    }, chown(e, t2, r, a) {
      var o3;
      if (typeof e == "string") {
        var _3 = FS.lookupPath(e, { follow: !a });
        o3 = _3.node;
      } else o3 = e;
      if (!o3.node_ops.setattr) throw new FS.ErrnoError(63);
      o3.node_ops.setattr(o3, { timestamp: Date.now() });
    }, lchown(e, t2, r) {
      FS.chown(e, t2, r, true);
    }, fchown(e, t2, r) {
      var a = FS.getStreamChecked(e);
      FS.chown(a.node, t2, r);
    }, truncate(e, t2) {
      if (t2 < 0) throw new FS.ErrnoError(28);
      var r;
      if (typeof e == "string") {
        var a = FS.lookupPath(e, { follow: true });
        r = a.node;
      } else r = e;
      if (!r.node_ops.setattr) throw new FS.ErrnoError(63);
      if (FS.isDir(r.mode)) throw new FS.ErrnoError(31);
      if (!FS.isFile(r.mode)) throw new FS.ErrnoError(28);
      var o3 = FS.nodePermissions(r, "w");
      if (o3) throw new FS.ErrnoError(o3);
      r.node_ops.setattr(r, { size: t2, timestamp: Date.now() });
    }, ftruncate(e, t2) {
      var r = FS.getStreamChecked(e);
      if (!(r.flags & 2097155)) throw new FS.ErrnoError(28);
      FS.truncate(r.node, t2);
    }, utime(e, t2, r) {
      var a = FS.lookupPath(e, { follow: true }), o3 = a.node;
      o3.node_ops.setattr(o3, { atime: t2, mtime: r });
    }, open(e, t2, r = 438) {
      if (e === "") throw new FS.ErrnoError(44);
      t2 = typeof t2 == "string" ? FS_modeStringToFlags(t2) : t2, t2 & 64 ? r = r & 4095 | 32768 : r = 0;
      var a;
      if (typeof e == "object") a = e;
      else {
        var o3 = FS.lookupPath(e, { follow: !(t2 & 131072), noent_okay: true });
        a = o3.node, e = o3.path;
      }
      var _3 = false;
      if (t2 & 64) if (a) {
        if (t2 & 128) throw new FS.ErrnoError(20);
      } else a = FS.mknod(e, r, 0), _3 = true;
      if (!a) throw new FS.ErrnoError(44);
      if (FS.isChrdev(a.mode) && (t2 &= -513), t2 & 65536 && !FS.isDir(a.mode)) throw new FS.ErrnoError(54);
      if (!_3) {
        var s2 = FS.mayOpen(a, t2);
        if (s2) throw new FS.ErrnoError(s2);
      }
      t2 & 512 && !_3 && FS.truncate(a, 0), t2 &= -131713;
      var n = FS.createStream({ node: a, path: FS.getPath(a), flags: t2, seekable: true, position: 0, stream_ops: a.stream_ops, ungotten: [], error: false });
      return n.stream_ops.open && n.stream_ops.open(n), Module.logReadFiles && !(t2 & 1) && (e in FS.readFiles || (FS.readFiles[e] = 1)), n;
    }, close(e) {
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      e.getdents && (e.getdents = null);
      try {
        e.stream_ops.close && e.stream_ops.close(e);
      } catch (t2) {
        throw t2;
      } finally {
        FS.closeStream(e.fd);
      }
      e.fd = null;
    }, isClosed(e) {
      return e.fd === null;
    }, llseek(e, t2, r) {
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if (!e.seekable || !e.stream_ops.llseek) throw new FS.ErrnoError(70);
      if (r != 0 && r != 1 && r != 2) throw new FS.ErrnoError(28);
      return e.position = e.stream_ops.llseek(e, t2, r), e.ungotten = [], e.position;
    }, read(e, t2, r, a, o3) {
      if (a < 0 || o3 < 0) throw new FS.ErrnoError(28);
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if ((e.flags & 2097155) === 1) throw new FS.ErrnoError(8);
      if (FS.isDir(e.node.mode)) throw new FS.ErrnoError(31);
      if (!e.stream_ops.read) throw new FS.ErrnoError(28);
      var _3 = typeof o3 < "u";
      if (!_3) o3 = e.position;
      else if (!e.seekable) throw new FS.ErrnoError(70);
      var s2 = e.stream_ops.read(e, t2, r, a, o3);
      return _3 || (e.position += s2), s2;
    }, write(e, t2, r, a, o3, _3) {
      if (a < 0 || o3 < 0) throw new FS.ErrnoError(28);
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if (!(e.flags & 2097155)) throw new FS.ErrnoError(8);
      if (FS.isDir(e.node.mode)) throw new FS.ErrnoError(31);
      if (!e.stream_ops.write) throw new FS.ErrnoError(28);
      e.seekable && e.flags & 1024 && FS.llseek(e, 0, 2);
      var s2 = typeof o3 < "u";
      if (!s2) o3 = e.position;
      else if (!e.seekable) throw new FS.ErrnoError(70);
      var n = e.stream_ops.write(e, t2, r, a, o3, _3);
      return s2 || (e.position += n), n;
    }, allocate(e, t2, r) {
      if (FS.isClosed(e)) throw new FS.ErrnoError(8);
      if (t2 < 0 || r <= 0) throw new FS.ErrnoError(28);
      if (!(e.flags & 2097155)) throw new FS.ErrnoError(8);
      if (!FS.isFile(e.node.mode) && !FS.isDir(e.node.mode)) throw new FS.ErrnoError(43);
      if (!e.stream_ops.allocate) throw new FS.ErrnoError(138);
      e.stream_ops.allocate(e, t2, r);
    }, mmap(e, t2, r, a, o3) {
      if (a & 2 && !(o3 & 2) && (e.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
      if ((e.flags & 2097155) === 1) throw new FS.ErrnoError(2);
      if (!e.stream_ops.mmap) throw new FS.ErrnoError(43);
      if (!t2) throw new FS.ErrnoError(28);
      return e.stream_ops.mmap(e, t2, r, a, o3);
    }, msync(e, t2, r, a, o3) {
      return e.stream_ops.msync ? e.stream_ops.msync(e, t2, r, a, o3) : 0;
    }, ioctl(e, t2, r) {
      if (!e.stream_ops.ioctl) throw new FS.ErrnoError(59);
      return e.stream_ops.ioctl(e, t2, r);
    }, readFile(e, t2 = {}) {
      if (t2.flags = t2.flags || 0, t2.encoding = t2.encoding || "binary", t2.encoding !== "utf8" && t2.encoding !== "binary") throw new Error(`Invalid encoding type "${t2.encoding}"`);
      var r, a = FS.open(e, t2.flags), o3 = FS.stat(e), _3 = o3.size, s2 = new Uint8Array(_3);
      return FS.read(a, s2, 0, _3, 0), t2.encoding === "utf8" ? r = UTF8ArrayToString(s2) : t2.encoding === "binary" && (r = s2), FS.close(a), r;
    }, writeFile(e, t2, r = {}) {
      r.flags = r.flags || 577;
      var a = FS.open(e, r.flags, r.mode);
      if (typeof t2 == "string") {
        var o3 = new Uint8Array(lengthBytesUTF8(t2) + 1), _3 = stringToUTF8Array(t2, o3, 0, o3.length);
        FS.write(a, o3, 0, _3, void 0, r.canOwn);
      } else if (ArrayBuffer.isView(t2)) FS.write(a, t2, 0, t2.byteLength, void 0, r.canOwn);
      else throw new Error("Unsupported data type");
      FS.close(a);
    }, cwd: () => FS.currentPath, chdir(e) {
      var t2 = FS.lookupPath(e, { follow: true });
      if (t2.node === null) throw new FS.ErrnoError(44);
      if (!FS.isDir(t2.node.mode)) throw new FS.ErrnoError(54);
      var r = FS.nodePermissions(t2.node, "x");
      if (r) throw new FS.ErrnoError(r);
      FS.currentPath = t2.path;
    }, createDefaultDirectories() {
      FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
    }, createDefaultDevices() {
      FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (a, o3, _3, s2, n) => s2, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
      var e = new Uint8Array(1024), t2 = 0, r = () => (t2 === 0 && (t2 = randomFill(e).byteLength), e[--t2]);
      FS.createDevice("/dev", "random", r), FS.createDevice("/dev", "urandom", r), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
    }, createSpecialDirectories() {
      FS.mkdir("/proc");
      var e = FS.mkdir("/proc/self");
      FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
        var t2 = FS.createNode(e, "fd", 16895, 73);
        return t2.stream_ops = { llseek: MEMFS.stream_ops.llseek }, t2.node_ops = { lookup(r, a) {
          var o3 = +a, _3 = FS.getStreamChecked(o3), s2 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => _3.path }, id: o3 + 1 };
          return s2.parent = s2, s2;
        }, readdir() {
          return Array.from(FS.streams.entries()).filter(([r, a]) => a).map(([r, a]) => r.toString());
        } }, t2;
      } }, {}, "/proc/self/fd");
    }, createStandardStreams(e, t2, r) {
      e ? FS.createDevice("/dev", "stdin", e) : FS.symlink("/dev/tty", "/dev/stdin"), t2 ? FS.createDevice("/dev", "stdout", null, t2) : FS.symlink("/dev/tty", "/dev/stdout"), r ? FS.createDevice("/dev", "stderr", null, r) : FS.symlink("/dev/tty1", "/dev/stderr");
      var a = FS.open("/dev/stdin", 0), o3 = FS.open("/dev/stdout", 1), _3 = FS.open("/dev/stderr", 1);
    }, staticInit() {
      FS.nameTable = new Array(4096), FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories(), FS.filesystems = { MEMFS, IDBFS, NODEFS, PROXYFS };
    }, init(e, t2, r) {
      FS.initialized = true, e ?? (e = Module.stdin), t2 ?? (t2 = Module.stdout), r ?? (r = Module.stderr), FS.createStandardStreams(e, t2, r);
    }, quit() {
      FS.initialized = false, _fflush(0);
      for (var e = 0; e < FS.streams.length; e++) {
        var t2 = FS.streams[e];
        t2 && FS.close(t2);
      }
    }, findObject(e, t2) {
      var r = FS.analyzePath(e, t2);
      return r.exists ? r.object : null;
    }, analyzePath(e, t2) {
      try {
        var r = FS.lookupPath(e, { follow: !t2 });
        e = r.path;
      } catch {
      }
      var a = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
      try {
        var r = FS.lookupPath(e, { parent: true });
        a.parentExists = true, a.parentPath = r.path, a.parentObject = r.node, a.name = PATH.basename(e), r = FS.lookupPath(e, { follow: !t2 }), a.exists = true, a.path = r.path, a.object = r.node, a.name = r.node.name, a.isRoot = r.path === "/";
      } catch (o3) {
        a.error = o3.errno;
      }
      return a;
    }, createPath(e, t2, r, a) {
      e = typeof e == "string" ? e : FS.getPath(e);
      for (var o3 = t2.split("/").reverse(); o3.length; ) {
        var _3 = o3.pop();
        if (_3) {
          var s2 = PATH.join2(e, _3);
          try {
            FS.mkdir(s2);
          } catch {
          }
          e = s2;
        }
      }
      return s2;
    }, createFile(e, t2, r, a, o3) {
      var _3 = PATH.join2(typeof e == "string" ? e : FS.getPath(e), t2), s2 = FS_getMode(a, o3);
      return FS.create(_3, s2);
    }, createDataFile(e, t2, r, a, o3, _3) {
      var s2 = t2;
      e && (e = typeof e == "string" ? e : FS.getPath(e), s2 = t2 ? PATH.join2(e, t2) : e);
      var n = FS_getMode(a, o3), l = FS.create(s2, n);
      if (r) {
        if (typeof r == "string") {
          for (var d = new Array(r.length), p2 = 0, m3 = r.length; p2 < m3; ++p2) d[p2] = r.charCodeAt(p2);
          r = d;
        }
        FS.chmod(l, n | 146);
        var g3 = FS.open(l, 577);
        FS.write(g3, r, 0, r.length, 0, _3), FS.close(g3), FS.chmod(l, n);
      }
    }, createDevice(e, t2, r, a) {
      var n;
      var o3 = PATH.join2(typeof e == "string" ? e : FS.getPath(e), t2), _3 = FS_getMode(!!r, !!a);
      (n = FS.createDevice).major ?? (n.major = 64);
      var s2 = FS.makedev(FS.createDevice.major++, 0);
      return FS.registerDevice(s2, { open(l) {
        l.seekable = false;
      }, close(l) {
        a?.buffer?.length && a(10);
      }, read(l, d, p2, m3, g3) {
        for (var u2 = 0, f2 = 0; f2 < m3; f2++) {
          var c2;
          try {
            c2 = r();
          } catch {
            throw new FS.ErrnoError(29);
          }
          if (c2 === void 0 && u2 === 0) throw new FS.ErrnoError(6);
          if (c2 == null) break;
          u2++, d[p2 + f2] = c2;
        }
        return u2 && (l.node.atime = Date.now()), u2;
      }, write(l, d, p2, m3, g3) {
        for (var u2 = 0; u2 < m3; u2++) try {
          a(d[p2 + u2]);
        } catch {
          throw new FS.ErrnoError(29);
        }
        return m3 && (l.node.mtime = l.node.ctime = Date.now()), u2;
      } }), FS.mkdev(o3, _3, s2);
    }, forceLoadFile(e) {
      if (e.isDevice || e.isFolder || e.link || e.contents) return true;
      if (typeof XMLHttpRequest < "u") throw new Error("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
      try {
        e.contents = readBinary(e.url), e.usedBytes = e.contents.length;
      } catch {
        throw new FS.ErrnoError(29);
      }
    }, createLazyFile(e, t2, r, a, o3) {
      class _3 {
        constructor() {
          (0, import_cli_chunk_TPG6O3EZ.P)(this, "lengthKnown", false);
          (0, import_cli_chunk_TPG6O3EZ.P)(this, "chunks", []);
        }
        get(u2) {
          if (!(u2 > this.length - 1 || u2 < 0)) {
            var f2 = u2 % this.chunkSize, c2 = u2 / this.chunkSize | 0;
            return this.getter(c2)[f2];
          }
        }
        setDataGetter(u2) {
          this.getter = u2;
        }
        cacheLength() {
          var u2 = new XMLHttpRequest();
          if (u2.open("HEAD", r, false), u2.send(null), !(u2.status >= 200 && u2.status < 300 || u2.status === 304)) throw new Error("Couldn't load " + r + ". Status: " + u2.status);
          var f2 = Number(u2.getResponseHeader("Content-length")), c2, x3 = (c2 = u2.getResponseHeader("Accept-Ranges")) && c2 === "bytes", w2 = (c2 = u2.getResponseHeader("Content-Encoding")) && c2 === "gzip", b2 = 1024 * 1024;
          x3 || (b2 = f2);
          var M2 = (E2, y3) => {
            if (E2 > y3) throw new Error("invalid range (" + E2 + ", " + y3 + ") or no bytes requested!");
            if (y3 > f2 - 1) throw new Error("only " + f2 + " bytes available! programmer error!");
            var F3 = new XMLHttpRequest();
            if (F3.open("GET", r, false), f2 !== b2 && F3.setRequestHeader("Range", "bytes=" + E2 + "-" + y3), F3.responseType = "arraybuffer", F3.overrideMimeType && F3.overrideMimeType("text/plain; charset=x-user-defined"), F3.send(null), !(F3.status >= 200 && F3.status < 300 || F3.status === 304)) throw new Error("Couldn't load " + r + ". Status: " + F3.status);
            return F3.response !== void 0 ? new Uint8Array(F3.response || []) : intArrayFromString(F3.responseText || "", true);
          }, S2 = this;
          S2.setDataGetter((E2) => {
            var y3 = E2 * b2, F3 = (E2 + 1) * b2 - 1;
            if (F3 = Math.min(F3, f2 - 1), typeof S2.chunks[E2] > "u" && (S2.chunks[E2] = M2(y3, F3)), typeof S2.chunks[E2] > "u") throw new Error("doXHR failed!");
            return S2.chunks[E2];
          }), (w2 || !f2) && (b2 = f2 = 1, f2 = this.getter(0).length, b2 = f2, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = f2, this._chunkSize = b2, this.lengthKnown = true;
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
        var s2 = new _3(), n = { isDevice: false, contents: s2 };
      } else var n = { isDevice: false, url: r };
      var l = FS.createFile(e, t2, n, a, o3);
      n.contents ? l.contents = n.contents : n.url && (l.contents = null, l.url = n.url), Object.defineProperties(l, { usedBytes: { get: function() {
        return this.contents.length;
      } } });
      var d = {}, p2 = Object.keys(l.stream_ops);
      p2.forEach((g3) => {
        var u2 = l.stream_ops[g3];
        d[g3] = (...f2) => (FS.forceLoadFile(l), u2(...f2));
      });
      function m3(g3, u2, f2, c2, x3) {
        var w2 = g3.node.contents;
        if (x3 >= w2.length) return 0;
        var b2 = Math.min(w2.length - x3, c2);
        if (w2.slice) for (var M2 = 0; M2 < b2; M2++) u2[f2 + M2] = w2[x3 + M2];
        else for (var M2 = 0; M2 < b2; M2++) u2[f2 + M2] = w2.get(x3 + M2);
        return b2;
      }
      return d.read = (g3, u2, f2, c2, x3) => (FS.forceLoadFile(l), m3(g3, u2, f2, c2, x3)), d.mmap = (g3, u2, f2, c2, x3) => {
        FS.forceLoadFile(l);
        var w2 = mmapAlloc(u2);
        if (!w2) throw new FS.ErrnoError(48);
        return m3(g3, HEAP8, w2, u2, f2), { ptr: w2, allocated: true };
      }, l.stream_ops = d, l;
    } }, SYSCALLS = { DEFAULT_POLLMASK: 5, calculateAt(e, t2, r) {
      if (PATH.isAbs(t2)) return t2;
      var a;
      if (e === -100) a = FS.cwd();
      else {
        var o3 = SYSCALLS.getStreamFromFD(e);
        a = o3.path;
      }
      if (t2.length == 0) {
        if (!r) throw new FS.ErrnoError(44);
        return a;
      }
      return a + "/" + t2;
    }, doStat(e, t2, r) {
      var a = e(t2);
      HEAP32[r >> 2] = a.dev, HEAP32[r + 4 >> 2] = a.mode, HEAPU32[r + 8 >> 2] = a.nlink, HEAP32[r + 12 >> 2] = a.uid, HEAP32[r + 16 >> 2] = a.gid, HEAP32[r + 20 >> 2] = a.rdev, HEAP64[r + 24 >> 3] = BigInt(a.size), HEAP32[r + 32 >> 2] = 4096, HEAP32[r + 36 >> 2] = a.blocks;
      var o3 = a.atime.getTime(), _3 = a.mtime.getTime(), s2 = a.ctime.getTime();
      return HEAP64[r + 40 >> 3] = BigInt(Math.floor(o3 / 1e3)), HEAPU32[r + 48 >> 2] = o3 % 1e3 * 1e3 * 1e3, HEAP64[r + 56 >> 3] = BigInt(Math.floor(_3 / 1e3)), HEAPU32[r + 64 >> 2] = _3 % 1e3 * 1e3 * 1e3, HEAP64[r + 72 >> 3] = BigInt(Math.floor(s2 / 1e3)), HEAPU32[r + 80 >> 2] = s2 % 1e3 * 1e3 * 1e3, HEAP64[r + 88 >> 3] = BigInt(a.ino), 0;
    }, doMsync(e, t2, r, a, o3) {
      if (!FS.isFile(t2.node.mode)) throw new FS.ErrnoError(43);
      if (a & 2) return 0;
      var _3 = HEAPU8.slice(e, e + r);
      FS.msync(t2, _3, o3, r, a);
    }, getStreamFromFD(e) {
      var t2 = FS.getStreamChecked(e);
      return t2;
    }, varargs: void 0, getStr(e) {
      var t2 = UTF8ToString(e);
      return t2;
    } }, ___syscall__newselect = function(e, t2, r, a, o3) {
      try {
        for (var _3 = 0, s2 = t2 ? HEAP32[t2 >> 2] : 0, n = t2 ? HEAP32[t2 + 4 >> 2] : 0, l = r ? HEAP32[r >> 2] : 0, d = r ? HEAP32[r + 4 >> 2] : 0, p2 = a ? HEAP32[a >> 2] : 0, m3 = a ? HEAP32[a + 4 >> 2] : 0, g3 = 0, u2 = 0, f2 = 0, c2 = 0, x3 = 0, w2 = 0, b2 = (t2 ? HEAP32[t2 >> 2] : 0) | (r ? HEAP32[r >> 2] : 0) | (a ? HEAP32[a >> 2] : 0), M2 = (t2 ? HEAP32[t2 + 4 >> 2] : 0) | (r ? HEAP32[r + 4 >> 2] : 0) | (a ? HEAP32[a + 4 >> 2] : 0), S2 = (X2, I2, L3, R3) => X2 < 32 ? I2 & R3 : L3 & R3, E2 = 0; E2 < e; E2++) {
          var y3 = 1 << E2 % 32;
          if (S2(E2, b2, M2, y3)) {
            var F3 = SYSCALLS.getStreamFromFD(E2), A2 = SYSCALLS.DEFAULT_POLLMASK;
            if (F3.stream_ops.poll) {
              var V2 = -1;
              if (o3) {
                var oe2 = t2 ? HEAP32[o3 >> 2] : 0, Z2 = t2 ? HEAP32[o3 + 4 >> 2] : 0;
                V2 = (oe2 + Z2 / 1e6) * 1e3;
              }
              A2 = F3.stream_ops.poll(F3, V2);
            }
            A2 & 1 && S2(E2, s2, n, y3) && (E2 < 32 ? g3 = g3 | y3 : u2 = u2 | y3, _3++), A2 & 4 && S2(E2, l, d, y3) && (E2 < 32 ? f2 = f2 | y3 : c2 = c2 | y3, _3++), A2 & 2 && S2(E2, p2, m3, y3) && (E2 < 32 ? x3 = x3 | y3 : w2 = w2 | y3, _3++);
          }
        }
        return t2 && (HEAP32[t2 >> 2] = g3, HEAP32[t2 + 4 >> 2] = u2), r && (HEAP32[r >> 2] = f2, HEAP32[r + 4 >> 2] = c2), a && (HEAP32[a >> 2] = x3, HEAP32[a + 4 >> 2] = w2), _3;
      } catch (X2) {
        if (typeof FS > "u" || X2.name !== "ErrnoError") throw X2;
        return -X2.errno;
      }
    };
    ___syscall__newselect.sig = "iipppp";
    var SOCKFS = { websocketArgs: {}, callbacks: {}, on(e, t2) {
      SOCKFS.callbacks[e] = t2;
    }, emit(e, t2) {
      SOCKFS.callbacks[e]?.(t2);
    }, mount(e) {
      return SOCKFS.websocketArgs = Module.websocket || {}, (Module.websocket ?? (Module.websocket = {})).on = SOCKFS.on, FS.createNode(null, "/", 16895, 0);
    }, createSocket(e, t2, r) {
      t2 &= -526337;
      var a = t2 == 1;
      if (a && r && r != 6) throw new FS.ErrnoError(66);
      var o3 = { family: e, type: t2, protocol: r, server: null, error: null, peers: {}, pending: [], recv_queue: [], sock_ops: SOCKFS.websocket_sock_ops }, _3 = SOCKFS.nextname(), s2 = FS.createNode(SOCKFS.root, _3, 49152, 0);
      s2.sock = o3;
      var n = FS.createStream({ path: _3, node: s2, flags: 2, seekable: false, stream_ops: SOCKFS.stream_ops });
      return o3.stream = n, o3;
    }, getSocket(e) {
      var t2 = FS.getStream(e);
      return !t2 || !FS.isSocket(t2.node.mode) ? null : t2.node.sock;
    }, stream_ops: { poll(e) {
      var t2 = e.node.sock;
      return t2.sock_ops.poll(t2);
    }, ioctl(e, t2, r) {
      var a = e.node.sock;
      return a.sock_ops.ioctl(a, t2, r);
    }, read(e, t2, r, a, o3) {
      var _3 = e.node.sock, s2 = _3.sock_ops.recvmsg(_3, a);
      return s2 ? (t2.set(s2.buffer, r), s2.buffer.length) : 0;
    }, write(e, t2, r, a, o3) {
      var _3 = e.node.sock;
      return _3.sock_ops.sendmsg(_3, t2, r, a);
    }, close(e) {
      var t2 = e.node.sock;
      t2.sock_ops.close(t2);
    } }, nextname() {
      return SOCKFS.nextname.current || (SOCKFS.nextname.current = 0), `socket[${SOCKFS.nextname.current++}]`;
    }, websocket_sock_ops: { createPeer(e, t2, r) {
      var a;
      if (typeof t2 == "object" && (a = t2, t2 = null, r = null), a) if (a._socket) t2 = a._socket.remoteAddress, r = a._socket.remotePort;
      else {
        var o3 = /ws[s]?:\/\/([^:]+):(\d+)/.exec(a.url);
        if (!o3) throw new Error("WebSocket URL must be in the format ws(s)://address:port");
        t2 = o3[1], r = parseInt(o3[2], 10);
      }
      else try {
        var _3 = "ws:#".replace("#", "//"), s2 = "binary", n = void 0;
        if (SOCKFS.websocketArgs.url && (_3 = SOCKFS.websocketArgs.url), SOCKFS.websocketArgs.subprotocol ? s2 = SOCKFS.websocketArgs.subprotocol : SOCKFS.websocketArgs.subprotocol === null && (s2 = "null"), _3 === "ws://" || _3 === "wss://") {
          var l = t2.split("/");
          _3 = _3 + l[0] + ":" + r + "/" + l.slice(1).join("/");
        }
        s2 !== "null" && (s2 = s2.replace(/^ +| +$/g, "").split(/ *, */), n = s2);
        var d;
        ENVIRONMENT_IS_NODE ? d = require("ws") : d = WebSocket, a = new d(_3, n), a.binaryType = "arraybuffer";
      } catch {
        throw new FS.ErrnoError(23);
      }
      var p2 = { addr: t2, port: r, socket: a, msg_send_queue: [] };
      return SOCKFS.websocket_sock_ops.addPeer(e, p2), SOCKFS.websocket_sock_ops.handlePeerEvents(e, p2), e.type === 2 && typeof e.sport < "u" && p2.msg_send_queue.push(new Uint8Array([255, 255, 255, 255, 112, 111, 114, 116, (e.sport & 65280) >> 8, e.sport & 255])), p2;
    }, getPeer(e, t2, r) {
      return e.peers[t2 + ":" + r];
    }, addPeer(e, t2) {
      e.peers[t2.addr + ":" + t2.port] = t2;
    }, removePeer(e, t2) {
      delete e.peers[t2.addr + ":" + t2.port];
    }, handlePeerEvents(e, t2) {
      var r = true, a = function() {
        e.connecting = false, SOCKFS.emit("open", e.stream.fd);
        try {
          for (var _3 = t2.msg_send_queue.shift(); _3; ) t2.socket.send(_3), _3 = t2.msg_send_queue.shift();
        } catch {
          t2.socket.close();
        }
      };
      function o3(_3) {
        if (typeof _3 == "string") {
          var s2 = new TextEncoder();
          _3 = s2.encode(_3);
        } else {
          if (assert(_3.byteLength !== void 0), _3.byteLength == 0) return;
          _3 = new Uint8Array(_3);
        }
        var n = r;
        if (r = false, n && _3.length === 10 && _3[0] === 255 && _3[1] === 255 && _3[2] === 255 && _3[3] === 255 && _3[4] === 112 && _3[5] === 111 && _3[6] === 114 && _3[7] === 116) {
          var l = _3[8] << 8 | _3[9];
          SOCKFS.websocket_sock_ops.removePeer(e, t2), t2.port = l, SOCKFS.websocket_sock_ops.addPeer(e, t2);
          return;
        }
        e.recv_queue.push({ addr: t2.addr, port: t2.port, data: _3 }), SOCKFS.emit("message", e.stream.fd);
      }
      ENVIRONMENT_IS_NODE ? (t2.socket.on("open", a), t2.socket.on("message", function(_3, s2) {
        s2 && o3(new Uint8Array(_3).buffer);
      }), t2.socket.on("close", function() {
        SOCKFS.emit("close", e.stream.fd);
      }), t2.socket.on("error", function(_3) {
        e.error = 14, SOCKFS.emit("error", [e.stream.fd, e.error, "ECONNREFUSED: Connection refused"]);
      })) : (t2.socket.onopen = a, t2.socket.onclose = function() {
        SOCKFS.emit("close", e.stream.fd);
      }, t2.socket.onmessage = function(s2) {
        o3(s2.data);
      }, t2.socket.onerror = function(_3) {
        e.error = 14, SOCKFS.emit("error", [e.stream.fd, e.error, "ECONNREFUSED: Connection refused"]);
      });
    }, poll(e) {
      if (e.type === 1 && e.server) return e.pending.length ? 65 : 0;
      var t2 = 0, r = e.type === 1 ? SOCKFS.websocket_sock_ops.getPeer(e, e.daddr, e.dport) : null;
      return (e.recv_queue.length || !r || r && r.socket.readyState === r.socket.CLOSING || r && r.socket.readyState === r.socket.CLOSED) && (t2 |= 65), (!r || r && r.socket.readyState === r.socket.OPEN) && (t2 |= 4), (r && r.socket.readyState === r.socket.CLOSING || r && r.socket.readyState === r.socket.CLOSED) && (e.connecting ? t2 |= 4 : t2 |= 16), t2;
    }, ioctl(e, t2, r) {
      switch (t2) {
        case 21531:
          var a = 0;
          return e.recv_queue.length && (a = e.recv_queue[0].data.length), HEAP32[r >> 2] = a, 0;
        default:
          return 28;
      }
    }, close(e) {
      if (e.server) {
        try {
          e.server.close();
        } catch {
        }
        e.server = null;
      }
      for (var t2 = Object.keys(e.peers), r = 0; r < t2.length; r++) {
        var a = e.peers[t2[r]];
        try {
          a.socket.close();
        } catch {
        }
        SOCKFS.websocket_sock_ops.removePeer(e, a);
      }
      return 0;
    }, bind(e, t2, r) {
      if (typeof e.saddr < "u" || typeof e.sport < "u") throw new FS.ErrnoError(28);
      if (e.saddr = t2, e.sport = r, e.type === 2) {
        e.server && (e.server.close(), e.server = null);
        try {
          e.sock_ops.listen(e, 0);
        } catch (a) {
          if (a.name !== "ErrnoError" || a.errno !== 138) throw a;
        }
      }
    }, connect(e, t2, r) {
      if (e.server) throw new FS.ErrnoError(138);
      if (typeof e.daddr < "u" && typeof e.dport < "u") {
        var a = SOCKFS.websocket_sock_ops.getPeer(e, e.daddr, e.dport);
        if (a) throw a.socket.readyState === a.socket.CONNECTING ? new FS.ErrnoError(7) : new FS.ErrnoError(30);
      }
      var o3 = SOCKFS.websocket_sock_ops.createPeer(e, t2, r);
      e.daddr = o3.addr, e.dport = o3.port, e.connecting = true;
    }, listen(e, t2) {
      if (!ENVIRONMENT_IS_NODE) throw new FS.ErrnoError(138);
      if (e.server) throw new FS.ErrnoError(28);
      var r = require("ws").Server, a = e.saddr;
      e.server = new r({ host: a, port: e.sport }), SOCKFS.emit("listen", e.stream.fd), e.server.on("connection", function(o3) {
        if (e.type === 1) {
          var _3 = SOCKFS.createSocket(e.family, e.type, e.protocol), s2 = SOCKFS.websocket_sock_ops.createPeer(_3, o3);
          _3.daddr = s2.addr, _3.dport = s2.port, e.pending.push(_3), SOCKFS.emit("connection", _3.stream.fd);
        } else SOCKFS.websocket_sock_ops.createPeer(e, o3), SOCKFS.emit("connection", e.stream.fd);
      }), e.server.on("close", function() {
        SOCKFS.emit("close", e.stream.fd), e.server = null;
      }), e.server.on("error", function(o3) {
        e.error = 23, SOCKFS.emit("error", [e.stream.fd, e.error, "EHOSTUNREACH: Host is unreachable"]);
      });
    }, accept(e) {
      if (!e.server || !e.pending.length) throw new FS.ErrnoError(28);
      var t2 = e.pending.shift();
      return t2.stream.flags = e.stream.flags, t2;
    }, getname(e, t2) {
      var r, a;
      if (t2) {
        if (e.daddr === void 0 || e.dport === void 0) throw new FS.ErrnoError(53);
        r = e.daddr, a = e.dport;
      } else r = e.saddr || 0, a = e.sport || 0;
      return { addr: r, port: a };
    }, sendmsg(e, t2, r, a, o3, _3) {
      if (e.type === 2) {
        if ((o3 === void 0 || _3 === void 0) && (o3 = e.daddr, _3 = e.dport), o3 === void 0 || _3 === void 0) throw new FS.ErrnoError(17);
      } else o3 = e.daddr, _3 = e.dport;
      var s2 = SOCKFS.websocket_sock_ops.getPeer(e, o3, _3);
      if (e.type === 1 && (!s2 || s2.socket.readyState === s2.socket.CLOSING || s2.socket.readyState === s2.socket.CLOSED)) throw new FS.ErrnoError(53);
      ArrayBuffer.isView(t2) && (r += t2.byteOffset, t2 = t2.buffer);
      var n = t2.slice(r, r + a);
      if (!s2 || s2.socket.readyState !== s2.socket.OPEN) return e.type === 2 && (!s2 || s2.socket.readyState === s2.socket.CLOSING || s2.socket.readyState === s2.socket.CLOSED) && (s2 = SOCKFS.websocket_sock_ops.createPeer(e, o3, _3)), s2.msg_send_queue.push(n), a;
      try {
        return s2.socket.send(n), a;
      } catch {
        throw new FS.ErrnoError(28);
      }
    }, recvmsg(e, t2) {
      if (e.type === 1 && e.server) throw new FS.ErrnoError(53);
      var r = e.recv_queue.shift();
      if (!r) {
        if (e.type === 1) {
          var a = SOCKFS.websocket_sock_ops.getPeer(e, e.daddr, e.dport);
          if (!a) throw new FS.ErrnoError(53);
          if (a.socket.readyState === a.socket.CLOSING || a.socket.readyState === a.socket.CLOSED) return null;
          throw new FS.ErrnoError(6);
        }
        throw new FS.ErrnoError(6);
      }
      var o3 = r.data.byteLength || r.data.length, _3 = r.data.byteOffset || 0, s2 = r.data.buffer || r.data, n = Math.min(t2, o3), l = { buffer: new Uint8Array(s2, _3, n), addr: r.addr, port: r.port };
      if (e.type === 1 && n < o3) {
        var d = o3 - n;
        r.data = new Uint8Array(s2, _3 + n, d), e.recv_queue.unshift(r);
      }
      return l;
    } } }, getSocketFromFD = (e) => {
      var t2 = SOCKFS.getSocket(e);
      if (!t2) throw new FS.ErrnoError(8);
      return t2;
    }, inetPton4 = (e) => {
      for (var t2 = e.split("."), r = 0; r < 4; r++) {
        var a = Number(t2[r]);
        if (isNaN(a)) return null;
        t2[r] = a;
      }
      return (t2[0] | t2[1] << 8 | t2[2] << 16 | t2[3] << 24) >>> 0;
    }, jstoi_q = (e) => parseInt(e), inetPton6 = (e) => {
      var t2, r, a, o3, _3 = /^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i, s2 = [];
      if (!_3.test(e)) return null;
      if (e === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
      for (e.startsWith("::") ? e = e.replace("::", "Z:") : e = e.replace("::", ":Z:"), e.indexOf(".") > 0 ? (e = e.replace(new RegExp("[.]", "g"), ":"), t2 = e.split(":"), t2[t2.length - 4] = jstoi_q(t2[t2.length - 4]) + jstoi_q(t2[t2.length - 3]) * 256, t2[t2.length - 3] = jstoi_q(t2[t2.length - 2]) + jstoi_q(t2[t2.length - 1]) * 256, t2 = t2.slice(0, t2.length - 2)) : t2 = e.split(":"), a = 0, o3 = 0, r = 0; r < t2.length; r++) if (typeof t2[r] == "string") if (t2[r] === "Z") {
        for (o3 = 0; o3 < 8 - t2.length + 1; o3++) s2[r + o3] = 0;
        a = o3 - 1;
      } else s2[r + a] = _htons(parseInt(t2[r], 16));
      else s2[r + a] = t2[r];
      return [s2[1] << 16 | s2[0], s2[3] << 16 | s2[2], s2[5] << 16 | s2[4], s2[7] << 16 | s2[6]];
    }, writeSockaddr = (e, t2, r, a, o3) => {
      switch (t2) {
        case 2:
          r = inetPton4(r), zeroMemory(e, 16), o3 && (HEAP32[o3 >> 2] = 16), HEAP16[e >> 1] = t2, HEAP32[e + 4 >> 2] = r, HEAP16[e + 2 >> 1] = _htons(a);
          break;
        case 10:
          r = inetPton6(r), zeroMemory(e, 28), o3 && (HEAP32[o3 >> 2] = 28), HEAP32[e >> 2] = t2, HEAP32[e + 8 >> 2] = r[0], HEAP32[e + 12 >> 2] = r[1], HEAP32[e + 16 >> 2] = r[2], HEAP32[e + 20 >> 2] = r[3], HEAP16[e + 2 >> 1] = _htons(a);
          break;
        default:
          return 5;
      }
      return 0;
    }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e) {
      var t2 = inetPton4(e);
      if (t2 !== null || (t2 = inetPton6(e), t2 !== null)) return e;
      var r;
      if (DNS.address_map.addrs[e]) r = DNS.address_map.addrs[e];
      else {
        var a = DNS.address_map.id++;
        assert(a < 65535, "exceeded max address mappings of 65535"), r = "172.29." + (a & 255) + "." + (a & 65280), DNS.address_map.names[r] = e, DNS.address_map.addrs[e] = r;
      }
      return r;
    }, lookup_addr(e) {
      return DNS.address_map.names[e] ? DNS.address_map.names[e] : null;
    } };
    function ___syscall_accept4(e, t2, r, a, o3, _3) {
      try {
        var s2 = getSocketFromFD(e), n = s2.sock_ops.accept(s2);
        if (t2) var l = writeSockaddr(t2, n.family, DNS.lookup_name(n.daddr), n.dport, r);
        return n.stream.fd;
      } catch (d) {
        if (typeof FS > "u" || d.name !== "ErrnoError") throw d;
        return -d.errno;
      }
    }
    ___syscall_accept4.sig = "iippiii";
    var inetNtop4 = (e) => (e & 255) + "." + (e >> 8 & 255) + "." + (e >> 16 & 255) + "." + (e >> 24 & 255), inetNtop6 = (e) => {
      var t2 = "", r = 0, a = 0, o3 = 0, _3 = 0, s2 = 0, n = 0, l = [e[0] & 65535, e[0] >> 16, e[1] & 65535, e[1] >> 16, e[2] & 65535, e[2] >> 16, e[3] & 65535, e[3] >> 16], d = true, p2 = "";
      for (n = 0; n < 5; n++) if (l[n] !== 0) {
        d = false;
        break;
      }
      if (d) {
        if (p2 = inetNtop4(l[6] | l[7] << 16), l[5] === -1) return t2 = "::ffff:", t2 += p2, t2;
        if (l[5] === 0) return t2 = "::", p2 === "0.0.0.0" && (p2 = ""), p2 === "0.0.0.1" && (p2 = "1"), t2 += p2, t2;
      }
      for (r = 0; r < 8; r++) l[r] === 0 && (r - o3 > 1 && (s2 = 0), o3 = r, s2++), s2 > a && (a = s2, _3 = r - a + 1);
      for (r = 0; r < 8; r++) {
        if (a > 1 && l[r] === 0 && r >= _3 && r < _3 + a) {
          r === _3 && (t2 += ":", _3 === 0 && (t2 += ":"));
          continue;
        }
        t2 += Number(_ntohs(l[r] & 65535)).toString(16), t2 += r < 7 ? ":" : "";
      }
      return t2;
    }, readSockaddr = (e, t2) => {
      var r = HEAP16[e >> 1], a = _ntohs(HEAPU16[e + 2 >> 1]), o3;
      switch (r) {
        case 2:
          if (t2 !== 16) return { errno: 28 };
          o3 = HEAP32[e + 4 >> 2], o3 = inetNtop4(o3);
          break;
        case 10:
          if (t2 !== 28) return { errno: 28 };
          o3 = [HEAP32[e + 8 >> 2], HEAP32[e + 12 >> 2], HEAP32[e + 16 >> 2], HEAP32[e + 20 >> 2]], o3 = inetNtop6(o3);
          break;
        default:
          return { errno: 5 };
      }
      return { family: r, addr: o3, port: a };
    }, getSocketAddress = (e, t2) => {
      var r = readSockaddr(e, t2);
      if (r.errno) throw new FS.ErrnoError(r.errno);
      return r.addr = DNS.lookup_addr(r.addr) || r.addr, r;
    };
    function ___syscall_bind(e, t2, r, a, o3, _3) {
      try {
        var s2 = getSocketFromFD(e), n = getSocketAddress(t2, r);
        return s2.sock_ops.bind(s2, n.addr, n.port), 0;
      } catch (l) {
        if (typeof FS > "u" || l.name !== "ErrnoError") throw l;
        return -l.errno;
      }
    }
    ___syscall_bind.sig = "iippiii";
    function ___syscall_chdir(e) {
      try {
        return e = SYSCALLS.getStr(e), FS.chdir(e), 0;
      } catch (t2) {
        if (typeof FS > "u" || t2.name !== "ErrnoError") throw t2;
        return -t2.errno;
      }
    }
    ___syscall_chdir.sig = "ip";
    function ___syscall_chmod(e, t2) {
      try {
        return e = SYSCALLS.getStr(e), FS.chmod(e, t2), 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_chmod.sig = "ipi";
    function ___syscall_connect(e, t2, r, a, o3, _3) {
      try {
        var s2 = getSocketFromFD(e), n = getSocketAddress(t2, r);
        return s2.sock_ops.connect(s2, n.addr, n.port), 0;
      } catch (l) {
        if (typeof FS > "u" || l.name !== "ErrnoError") throw l;
        return -l.errno;
      }
    }
    ___syscall_connect.sig = "iippiii";
    function ___syscall_dup(e) {
      try {
        var t2 = SYSCALLS.getStreamFromFD(e);
        return FS.dupStream(t2).fd;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_dup.sig = "ii";
    function ___syscall_dup3(e, t2, r) {
      try {
        var a = SYSCALLS.getStreamFromFD(e);
        if (a.fd === t2) return -28;
        if (t2 < 0 || t2 >= FS.MAX_OPEN_FDS) return -8;
        var o3 = FS.getStream(t2);
        return o3 && FS.close(o3), FS.dupStream(a, t2).fd;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_dup3.sig = "iiii";
    function ___syscall_faccessat(e, t2, r, a) {
      try {
        if (t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2), r & -8) return -28;
        var o3 = FS.lookupPath(t2, { follow: true }), _3 = o3.node;
        if (!_3) return -44;
        var s2 = "";
        return r & 4 && (s2 += "r"), r & 2 && (s2 += "w"), r & 1 && (s2 += "x"), s2 && FS.nodePermissions(_3, s2) ? -2 : 0;
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return -n.errno;
      }
    }
    ___syscall_faccessat.sig = "iipii";
    var ___syscall_fadvise64 = (e, t2, r, a) => 0;
    ___syscall_fadvise64.sig = "iijji";
    var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e) => e < INT53_MIN || e > INT53_MAX ? NaN : Number(e);
    function ___syscall_fallocate(e, t2, r, a) {
      r = bigintToI53Checked(r), a = bigintToI53Checked(a);
      try {
        if (isNaN(r)) return 61;
        var o3 = SYSCALLS.getStreamFromFD(e);
        return FS.allocate(o3, r, a), 0;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_fallocate.sig = "iiijj";
    function ___syscall_fchmod(e, t2) {
      try {
        return FS.fchmod(e, t2), 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_fchmod.sig = "iii";
    function ___syscall_fchmodat2(e, t2, r, a) {
      try {
        var o3 = a & 256;
        return t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2), FS.chmod(t2, r, o3), 0;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_fchmodat2.sig = "iipii";
    function ___syscall_fchown32(e, t2, r) {
      try {
        return FS.fchown(e, t2, r), 0;
      } catch (a) {
        if (typeof FS > "u" || a.name !== "ErrnoError") throw a;
        return -a.errno;
      }
    }
    ___syscall_fchown32.sig = "iiii";
    function ___syscall_fchownat(e, t2, r, a, o3) {
      try {
        t2 = SYSCALLS.getStr(t2);
        var _3 = o3 & 256;
        return o3 = o3 & -257, t2 = SYSCALLS.calculateAt(e, t2), (_3 ? FS.lchown : FS.chown)(t2, r, a), 0;
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return -s2.errno;
      }
    }
    ___syscall_fchownat.sig = "iipiii";
    var syscallGetVarargI = () => {
      var e = HEAP32[+SYSCALLS.varargs >> 2];
      return SYSCALLS.varargs += 4, e;
    }, syscallGetVarargP = syscallGetVarargI;
    function ___syscall_fcntl64(e, t2, r) {
      SYSCALLS.varargs = r;
      try {
        var a = SYSCALLS.getStreamFromFD(e);
        switch (t2) {
          case 0: {
            var o3 = syscallGetVarargI();
            if (o3 < 0) return -28;
            for (; FS.streams[o3]; ) o3++;
            var _3;
            return _3 = FS.dupStream(a, o3), _3.fd;
          }
          case 1:
          case 2:
            return 0;
          case 3:
            return a.flags;
          case 4: {
            var o3 = syscallGetVarargI();
            return a.flags |= o3, 0;
          }
          case 12: {
            var o3 = syscallGetVarargP(), s2 = 0;
            return HEAP16[o3 + s2 >> 1] = 2, 0;
          }
          case 13:
          case 14:
            return 0;
        }
        return -28;
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return -n.errno;
      }
    }
    ___syscall_fcntl64.sig = "iiip";
    function ___syscall_fdatasync(e) {
      try {
        var t2 = SYSCALLS.getStreamFromFD(e);
        return 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_fdatasync.sig = "ii";
    function ___syscall_fstat64(e, t2) {
      try {
        var r = SYSCALLS.getStreamFromFD(e);
        return SYSCALLS.doStat(FS.stat, r.path, t2);
      } catch (a) {
        if (typeof FS > "u" || a.name !== "ErrnoError") throw a;
        return -a.errno;
      }
    }
    ___syscall_fstat64.sig = "iip";
    function ___syscall_ftruncate64(e, t2) {
      t2 = bigintToI53Checked(t2);
      try {
        return isNaN(t2) ? 61 : (FS.ftruncate(e, t2), 0);
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_ftruncate64.sig = "iij";
    var stringToUTF8 = (e, t2, r) => stringToUTF8Array(e, HEAPU8, t2, r);
    function ___syscall_getcwd(e, t2) {
      try {
        if (t2 === 0) return -28;
        var r = FS.cwd(), a = lengthBytesUTF8(r) + 1;
        return t2 < a ? -68 : (stringToUTF8(r, e, t2), a);
      } catch (o3) {
        if (typeof FS > "u" || o3.name !== "ErrnoError") throw o3;
        return -o3.errno;
      }
    }
    ___syscall_getcwd.sig = "ipp";
    function ___syscall_getdents64(e, t2, r) {
      try {
        var a = SYSCALLS.getStreamFromFD(e);
        a.getdents || (a.getdents = FS.readdir(a.path));
        for (var o3 = 280, _3 = 0, s2 = FS.llseek(a, 0, 1), n = Math.floor(s2 / o3), l = Math.min(a.getdents.length, n + Math.floor(r / o3)), d = n; d < l; d++) {
          var p2, m3, g3 = a.getdents[d];
          if (g3 === ".") p2 = a.node.id, m3 = 4;
          else if (g3 === "..") {
            var u2 = FS.lookupPath(a.path, { parent: true });
            p2 = u2.node.id, m3 = 4;
          } else {
            var f2;
            try {
              f2 = FS.lookupNode(a.node, g3);
            } catch (c2) {
              if (c2?.errno === 28) continue;
              throw c2;
            }
            p2 = f2.id, m3 = FS.isChrdev(f2.mode) ? 2 : FS.isDir(f2.mode) ? 4 : FS.isLink(f2.mode) ? 10 : 8;
          }
          HEAP64[t2 + _3 >> 3] = BigInt(p2), HEAP64[t2 + _3 + 8 >> 3] = BigInt((d + 1) * o3), HEAP16[t2 + _3 + 16 >> 1] = 280, HEAP8[t2 + _3 + 18] = m3, stringToUTF8(g3, t2 + _3 + 19, 256), _3 += o3;
        }
        return FS.llseek(a, d * o3, 0), _3;
      } catch (c2) {
        if (typeof FS > "u" || c2.name !== "ErrnoError") throw c2;
        return -c2.errno;
      }
    }
    ___syscall_getdents64.sig = "iipp";
    function ___syscall_ioctl(e, t2, r) {
      SYSCALLS.varargs = r;
      try {
        var a = SYSCALLS.getStreamFromFD(e);
        switch (t2) {
          case 21509:
            return a.tty ? 0 : -59;
          case 21505: {
            if (!a.tty) return -59;
            if (a.tty.ops.ioctl_tcgets) {
              var o3 = a.tty.ops.ioctl_tcgets(a), _3 = syscallGetVarargP();
              HEAP32[_3 >> 2] = o3.c_iflag || 0, HEAP32[_3 + 4 >> 2] = o3.c_oflag || 0, HEAP32[_3 + 8 >> 2] = o3.c_cflag || 0, HEAP32[_3 + 12 >> 2] = o3.c_lflag || 0;
              for (var s2 = 0; s2 < 32; s2++) HEAP8[_3 + s2 + 17] = o3.c_cc[s2] || 0;
              return 0;
            }
            return 0;
          }
          case 21510:
          case 21511:
          case 21512:
            return a.tty ? 0 : -59;
          case 21506:
          case 21507:
          case 21508: {
            if (!a.tty) return -59;
            if (a.tty.ops.ioctl_tcsets) {
              for (var _3 = syscallGetVarargP(), n = HEAP32[_3 >> 2], l = HEAP32[_3 + 4 >> 2], d = HEAP32[_3 + 8 >> 2], p2 = HEAP32[_3 + 12 >> 2], m3 = [], s2 = 0; s2 < 32; s2++) m3.push(HEAP8[_3 + s2 + 17]);
              return a.tty.ops.ioctl_tcsets(a.tty, t2, { c_iflag: n, c_oflag: l, c_cflag: d, c_lflag: p2, c_cc: m3 });
            }
            return 0;
          }
          case 21519: {
            if (!a.tty) return -59;
            var _3 = syscallGetVarargP();
            return HEAP32[_3 >> 2] = 0, 0;
          }
          case 21520:
            return a.tty ? -28 : -59;
          case 21531: {
            var _3 = syscallGetVarargP();
            return FS.ioctl(a, t2, _3);
          }
          case 21523: {
            if (!a.tty) return -59;
            if (a.tty.ops.ioctl_tiocgwinsz) {
              var g3 = a.tty.ops.ioctl_tiocgwinsz(a.tty), _3 = syscallGetVarargP();
              HEAP16[_3 >> 1] = g3[0], HEAP16[_3 + 2 >> 1] = g3[1];
            }
            return 0;
          }
          case 21524:
            return a.tty ? 0 : -59;
          case 21515:
            return a.tty ? 0 : -59;
          default:
            return -28;
        }
      } catch (u2) {
        if (typeof FS > "u" || u2.name !== "ErrnoError") throw u2;
        return -u2.errno;
      }
    }
    ___syscall_ioctl.sig = "iiip";
    function ___syscall_listen(e, t2) {
      try {
        var r = getSocketFromFD(e);
        return r.sock_ops.listen(r, t2), 0;
      } catch (a) {
        if (typeof FS > "u" || a.name !== "ErrnoError") throw a;
        return -a.errno;
      }
    }
    ___syscall_listen.sig = "iiiiiii";
    function ___syscall_lstat64(e, t2) {
      try {
        return e = SYSCALLS.getStr(e), SYSCALLS.doStat(FS.lstat, e, t2);
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_lstat64.sig = "ipp";
    function ___syscall_mkdirat(e, t2, r) {
      try {
        return t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2), FS.mkdir(t2, r, 0), 0;
      } catch (a) {
        if (typeof FS > "u" || a.name !== "ErrnoError") throw a;
        return -a.errno;
      }
    }
    ___syscall_mkdirat.sig = "iipi";
    function ___syscall_newfstatat(e, t2, r, a) {
      try {
        t2 = SYSCALLS.getStr(t2);
        var o3 = a & 256, _3 = a & 4096;
        return a = a & -6401, t2 = SYSCALLS.calculateAt(e, t2, _3), SYSCALLS.doStat(o3 ? FS.lstat : FS.stat, t2, r);
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return -s2.errno;
      }
    }
    ___syscall_newfstatat.sig = "iippi";
    function ___syscall_openat(e, t2, r, a) {
      SYSCALLS.varargs = a;
      try {
        t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2);
        var o3 = a ? syscallGetVarargI() : 0;
        return FS.open(t2, r, o3).fd;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return -_3.errno;
      }
    }
    ___syscall_openat.sig = "iipip";
    var PIPEFS = { BUCKET_BUFFER_SIZE: 8192, mount(e) {
      return FS.createNode(null, "/", 16895, 0);
    }, createPipe() {
      var e = { buckets: [], refcnt: 2 };
      e.buckets.push({ buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 });
      var t2 = PIPEFS.nextname(), r = PIPEFS.nextname(), a = FS.createNode(PIPEFS.root, t2, 4096, 0), o3 = FS.createNode(PIPEFS.root, r, 4096, 0);
      a.pipe = e, o3.pipe = e;
      var _3 = FS.createStream({ path: t2, node: a, flags: 0, seekable: false, stream_ops: PIPEFS.stream_ops });
      a.stream = _3;
      var s2 = FS.createStream({ path: r, node: o3, flags: 1, seekable: false, stream_ops: PIPEFS.stream_ops });
      return o3.stream = s2, { readable_fd: _3.fd, writable_fd: s2.fd };
    }, stream_ops: { poll(e) {
      var t2 = e.node.pipe;
      if ((e.flags & 2097155) === 1) return 260;
      if (t2.buckets.length > 0) for (var r = 0; r < t2.buckets.length; r++) {
        var a = t2.buckets[r];
        if (a.offset - a.roffset > 0) return 65;
      }
      return 0;
    }, ioctl(e, t2, r) {
      return 28;
    }, fsync(e) {
      return 28;
    }, read(e, t2, r, a, o3) {
      for (var _3 = e.node.pipe, s2 = 0, n = 0; n < _3.buckets.length; n++) {
        var l = _3.buckets[n];
        s2 += l.offset - l.roffset;
      }
      var d = t2.subarray(r, r + a);
      if (a <= 0) return 0;
      if (s2 == 0) throw new FS.ErrnoError(6);
      for (var p2 = Math.min(s2, a), m3 = p2, g3 = 0, n = 0; n < _3.buckets.length; n++) {
        var u2 = _3.buckets[n], f2 = u2.offset - u2.roffset;
        if (p2 <= f2) {
          var c2 = u2.buffer.subarray(u2.roffset, u2.offset);
          p2 < f2 ? (c2 = c2.subarray(0, p2), u2.roffset += p2) : g3++, d.set(c2);
          break;
        } else {
          var c2 = u2.buffer.subarray(u2.roffset, u2.offset);
          d.set(c2), d = d.subarray(c2.byteLength), p2 -= c2.byteLength, g3++;
        }
      }
      return g3 && g3 == _3.buckets.length && (g3--, _3.buckets[g3].offset = 0, _3.buckets[g3].roffset = 0), _3.buckets.splice(0, g3), m3;
    }, write(e, t2, r, a, o3) {
      var _3 = e.node.pipe, s2 = t2.subarray(r, r + a), n = s2.byteLength;
      if (n <= 0) return 0;
      var l = null;
      _3.buckets.length == 0 ? (l = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 }, _3.buckets.push(l)) : l = _3.buckets[_3.buckets.length - 1], assert(l.offset <= PIPEFS.BUCKET_BUFFER_SIZE);
      var d = PIPEFS.BUCKET_BUFFER_SIZE - l.offset;
      if (d >= n) return l.buffer.set(s2, l.offset), l.offset += n, n;
      d > 0 && (l.buffer.set(s2.subarray(0, d), l.offset), l.offset += d, s2 = s2.subarray(d, s2.byteLength));
      for (var p2 = s2.byteLength / PIPEFS.BUCKET_BUFFER_SIZE | 0, m3 = s2.byteLength % PIPEFS.BUCKET_BUFFER_SIZE, g3 = 0; g3 < p2; g3++) {
        var u2 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: PIPEFS.BUCKET_BUFFER_SIZE, roffset: 0 };
        _3.buckets.push(u2), u2.buffer.set(s2.subarray(0, PIPEFS.BUCKET_BUFFER_SIZE)), s2 = s2.subarray(PIPEFS.BUCKET_BUFFER_SIZE, s2.byteLength);
      }
      if (m3 > 0) {
        var u2 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: s2.byteLength, roffset: 0 };
        _3.buckets.push(u2), u2.buffer.set(s2);
      }
      return n;
    }, close(e) {
      var t2 = e.node.pipe;
      t2.refcnt--, t2.refcnt === 0 && (t2.buckets = null);
    } }, nextname() {
      return PIPEFS.nextname.current || (PIPEFS.nextname.current = 0), "pipe[" + PIPEFS.nextname.current++ + "]";
    } };
    function ___syscall_pipe(e) {
      try {
        if (e == 0) throw new FS.ErrnoError(21);
        var t2 = PIPEFS.createPipe();
        return HEAP32[e >> 2] = t2.readable_fd, HEAP32[e + 4 >> 2] = t2.writable_fd, 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_pipe.sig = "ip";
    function ___syscall_readlinkat(e, t2, r, a) {
      try {
        if (t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2), a <= 0) return -28;
        var o3 = FS.readlink(t2), _3 = Math.min(a, lengthBytesUTF8(o3)), s2 = HEAP8[r + _3];
        return stringToUTF8(o3, r, a + 1), HEAP8[r + _3] = s2, _3;
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return -n.errno;
      }
    }
    ___syscall_readlinkat.sig = "iippp";
    function ___syscall_recvfrom(e, t2, r, a, o3, _3) {
      try {
        var s2 = getSocketFromFD(e), n = s2.sock_ops.recvmsg(s2, r);
        if (!n) return 0;
        if (o3) var l = writeSockaddr(o3, s2.family, DNS.lookup_name(n.addr), n.port, _3);
        return HEAPU8.set(n.buffer, t2), n.buffer.byteLength;
      } catch (d) {
        if (typeof FS > "u" || d.name !== "ErrnoError") throw d;
        return -d.errno;
      }
    }
    ___syscall_recvfrom.sig = "iippipp";
    function ___syscall_renameat(e, t2, r, a) {
      try {
        return t2 = SYSCALLS.getStr(t2), a = SYSCALLS.getStr(a), t2 = SYSCALLS.calculateAt(e, t2), a = SYSCALLS.calculateAt(r, a), FS.rename(t2, a), 0;
      } catch (o3) {
        if (typeof FS > "u" || o3.name !== "ErrnoError") throw o3;
        return -o3.errno;
      }
    }
    ___syscall_renameat.sig = "iipip";
    function ___syscall_rmdir(e) {
      try {
        return e = SYSCALLS.getStr(e), FS.rmdir(e), 0;
      } catch (t2) {
        if (typeof FS > "u" || t2.name !== "ErrnoError") throw t2;
        return -t2.errno;
      }
    }
    ___syscall_rmdir.sig = "ip";
    function ___syscall_sendto(e, t2, r, a, o3, _3) {
      try {
        var s2 = getSocketFromFD(e);
        if (!o3) return FS.write(s2.stream, HEAP8, t2, r);
        var n = getSocketAddress(o3, _3);
        return s2.sock_ops.sendmsg(s2, HEAP8, t2, r, n.addr, n.port);
      } catch (l) {
        if (typeof FS > "u" || l.name !== "ErrnoError") throw l;
        return -l.errno;
      }
    }
    ___syscall_sendto.sig = "iippipp";
    function ___syscall_socket(e, t2, r) {
      try {
        var a = SOCKFS.createSocket(e, t2, r);
        return a.stream.fd;
      } catch (o3) {
        if (typeof FS > "u" || o3.name !== "ErrnoError") throw o3;
        return -o3.errno;
      }
    }
    ___syscall_socket.sig = "iiiiiii";
    function ___syscall_stat64(e, t2) {
      try {
        return e = SYSCALLS.getStr(e), SYSCALLS.doStat(FS.stat, e, t2);
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_stat64.sig = "ipp";
    function ___syscall_statfs64(e, t2, r) {
      try {
        var a = FS.statfs(SYSCALLS.getStr(e));
        return HEAP32[r + 4 >> 2] = a.bsize, HEAP32[r + 40 >> 2] = a.bsize, HEAP32[r + 8 >> 2] = a.blocks, HEAP32[r + 12 >> 2] = a.bfree, HEAP32[r + 16 >> 2] = a.bavail, HEAP32[r + 20 >> 2] = a.files, HEAP32[r + 24 >> 2] = a.ffree, HEAP32[r + 28 >> 2] = a.fsid, HEAP32[r + 44 >> 2] = a.flags, HEAP32[r + 36 >> 2] = a.namelen, 0;
      } catch (o3) {
        if (typeof FS > "u" || o3.name !== "ErrnoError") throw o3;
        return -o3.errno;
      }
    }
    ___syscall_statfs64.sig = "ippp";
    function ___syscall_symlinkat(e, t2, r) {
      try {
        return e = SYSCALLS.getStr(e), r = SYSCALLS.getStr(r), r = SYSCALLS.calculateAt(t2, r), FS.symlink(e, r), 0;
      } catch (a) {
        if (typeof FS > "u" || a.name !== "ErrnoError") throw a;
        return -a.errno;
      }
    }
    ___syscall_symlinkat.sig = "ipip";
    function ___syscall_truncate64(e, t2) {
      t2 = bigintToI53Checked(t2);
      try {
        return isNaN(t2) ? 61 : (e = SYSCALLS.getStr(e), FS.truncate(e, t2), 0);
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return -r.errno;
      }
    }
    ___syscall_truncate64.sig = "ipj";
    function ___syscall_unlinkat(e, t2, r) {
      try {
        return t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2), r === 0 ? FS.unlink(t2) : r === 512 ? FS.rmdir(t2) : abort("Invalid flags passed to unlinkat"), 0;
      } catch (a) {
        if (typeof FS > "u" || a.name !== "ErrnoError") throw a;
        return -a.errno;
      }
    }
    ___syscall_unlinkat.sig = "iipi";
    var readI53FromI64 = (e) => HEAPU32[e >> 2] + HEAP32[e + 4 >> 2] * 4294967296;
    function ___syscall_utimensat(e, t2, r, a) {
      try {
        t2 = SYSCALLS.getStr(t2), t2 = SYSCALLS.calculateAt(e, t2, true);
        var o3 = Date.now(), _3, s2;
        if (!r) _3 = o3, s2 = o3;
        else {
          var n = readI53FromI64(r), l = HEAP32[r + 8 >> 2];
          l == 1073741823 ? _3 = o3 : l == 1073741822 ? _3 = null : _3 = n * 1e3 + l / 1e6, r += 16, n = readI53FromI64(r), l = HEAP32[r + 8 >> 2], l == 1073741823 ? s2 = o3 : l == 1073741822 ? s2 = null : s2 = n * 1e3 + l / 1e6;
        }
        return (s2 ?? _3) !== null && FS.utime(t2, _3, s2), 0;
      } catch (d) {
        if (typeof FS > "u" || d.name !== "ErrnoError") throw d;
        return -d.errno;
      }
    }
    ___syscall_utimensat.sig = "iippi";
    var ___table_base = new WebAssembly.Global({ value: "i32", mutable: false }, 1);
    Module.___table_base = ___table_base;
    var __abort_js = () => abort("");
    __abort_js.sig = "v";
    var ENV = {}, stackAlloc = (e) => __emscripten_stack_alloc(e), stringToUTF8OnStack = (e) => {
      var t2 = lengthBytesUTF8(e) + 1, r = stackAlloc(t2);
      return stringToUTF8(e, r, t2), r;
    }, dlSetError = (e) => {
      var t2 = stackSave(), r = stringToUTF8OnStack(e);
      ___dl_seterr(r, 0), stackRestore(t2);
    }, dlopenInternal = (e, t2) => {
      var r = UTF8ToString(e + 36), a = HEAP32[e + 4 >> 2];
      r = PATH.normalize(r);
      var o3 = !!(a & 256), _3 = o3 ? null : {}, s2 = { global: o3, nodelete: !!(a & 4096), loadAsync: t2.loadAsync };
      if (t2.loadAsync) return loadDynamicLibrary(r, s2, _3, e);
      try {
        return loadDynamicLibrary(r, s2, _3, e);
      } catch (n) {
        return dlSetError(`Could not load dynamic lib: ${r}
${n}`), 0;
      }
    }, __dlopen_js = (e) => dlopenInternal(e, { loadAsync: false });
    __dlopen_js.sig = "pp";
    var __dlsym_js = (e, t2, r) => {
      t2 = UTF8ToString(t2);
      var a, o3, _3 = LDSO.loadedLibsByHandle[e];
      if (!_3.exports.hasOwnProperty(t2) || _3.exports[t2].stub) return dlSetError(`Tried to lookup unknown symbol "${t2}" in dynamic lib: ${_3.name}`), 0;
      if (o3 = Object.keys(_3.exports).indexOf(t2), a = _3.exports[t2], typeof a == "function") {
        var s2 = getFunctionAddress(a);
        s2 ? a = s2 : (a = addFunction(a, a.sig), HEAPU32[r >> 2] = o3);
      }
      return a;
    };
    __dlsym_js.sig = "pppp";
    var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
      noExitRuntime = false, runtimeKeepaliveCounter = 0;
    };
    __emscripten_runtime_keepalive_clear.sig = "v";
    var __emscripten_throw_longjmp = () => {
      throw 1 / 0;
    };
    __emscripten_throw_longjmp.sig = "v";
    function __gmtime_js(e, t2) {
      e = bigintToI53Checked(e);
      var r = new Date(e * 1e3);
      HEAP32[t2 >> 2] = r.getUTCSeconds(), HEAP32[t2 + 4 >> 2] = r.getUTCMinutes(), HEAP32[t2 + 8 >> 2] = r.getUTCHours(), HEAP32[t2 + 12 >> 2] = r.getUTCDate(), HEAP32[t2 + 16 >> 2] = r.getUTCMonth(), HEAP32[t2 + 20 >> 2] = r.getUTCFullYear() - 1900, HEAP32[t2 + 24 >> 2] = r.getUTCDay();
      var a = Date.UTC(r.getUTCFullYear(), 0, 1, 0, 0, 0, 0), o3 = (r.getTime() - a) / (1e3 * 60 * 60 * 24) | 0;
      HEAP32[t2 + 28 >> 2] = o3;
    }
    __gmtime_js.sig = "vjp";
    var isLeapYear = (e) => e % 4 === 0 && (e % 100 !== 0 || e % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e) => {
      var t2 = isLeapYear(e.getFullYear()), r = t2 ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, a = r[e.getMonth()] + e.getDate() - 1;
      return a;
    };
    function __localtime_js(e, t2) {
      e = bigintToI53Checked(e);
      var r = new Date(e * 1e3);
      HEAP32[t2 >> 2] = r.getSeconds(), HEAP32[t2 + 4 >> 2] = r.getMinutes(), HEAP32[t2 + 8 >> 2] = r.getHours(), HEAP32[t2 + 12 >> 2] = r.getDate(), HEAP32[t2 + 16 >> 2] = r.getMonth(), HEAP32[t2 + 20 >> 2] = r.getFullYear() - 1900, HEAP32[t2 + 24 >> 2] = r.getDay();
      var a = ydayFromDate(r) | 0;
      HEAP32[t2 + 28 >> 2] = a, HEAP32[t2 + 36 >> 2] = -(r.getTimezoneOffset() * 60);
      var o3 = new Date(r.getFullYear(), 0, 1), _3 = new Date(r.getFullYear(), 6, 1).getTimezoneOffset(), s2 = o3.getTimezoneOffset(), n = (_3 != s2 && r.getTimezoneOffset() == Math.min(s2, _3)) | 0;
      HEAP32[t2 + 32 >> 2] = n;
    }
    __localtime_js.sig = "vjp";
    function __mmap_js(e, t2, r, a, o3, _3, s2) {
      o3 = bigintToI53Checked(o3);
      try {
        if (isNaN(o3)) return 61;
        var n = SYSCALLS.getStreamFromFD(a), l = FS.mmap(n, e, o3, t2, r), d = l.ptr;
        return HEAP32[_3 >> 2] = l.allocated, HEAPU32[s2 >> 2] = d, 0;
      } catch (p2) {
        if (typeof FS > "u" || p2.name !== "ErrnoError") throw p2;
        return -p2.errno;
      }
    }
    __mmap_js.sig = "ipiiijpp";
    function __munmap_js(e, t2, r, a, o3, _3) {
      _3 = bigintToI53Checked(_3);
      try {
        var s2 = SYSCALLS.getStreamFromFD(o3);
        r & 2 && SYSCALLS.doMsync(e, s2, t2, a, _3);
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return -n.errno;
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
    var exitJS = (e, t2) => {
      EXITSTATUS = e, keepRuntimeAlive() || exitRuntime(), _proc_exit(e);
    }, _exit = exitJS;
    Module._exit = _exit, _exit.sig = "vi";
    var maybeExit = () => {
      if (!runtimeExited && !keepRuntimeAlive()) try {
        _exit(EXITSTATUS);
      } catch (e) {
        handleException(e);
      }
    }, callUserCallback = (e) => {
      if (!(runtimeExited || ABORT)) try {
        e(), maybeExit();
      } catch (t2) {
        handleException(t2);
      }
    }, _emscripten_get_now = () => performance.now();
    _emscripten_get_now.sig = "d";
    var __setitimer_js = (e, t2) => {
      if (timers[e] && (clearTimeout(timers[e].id), delete timers[e]), !t2) return 0;
      var r = setTimeout(() => {
        delete timers[e], callUserCallback(() => __emscripten_timeout(e, _emscripten_get_now()));
      }, t2);
      return timers[e] = { id: r, timeout_ms: t2 }, 0;
    };
    __setitimer_js.sig = "iid";
    var __tzset_js = (e, t2, r, a) => {
      var o3 = (/* @__PURE__ */ new Date()).getFullYear(), _3 = new Date(o3, 0, 1), s2 = new Date(o3, 6, 1), n = _3.getTimezoneOffset(), l = s2.getTimezoneOffset(), d = Math.max(n, l);
      HEAPU32[e >> 2] = d * 60, HEAP32[t2 >> 2] = +(n != l);
      var p2 = (u2) => {
        var f2 = u2 >= 0 ? "-" : "+", c2 = Math.abs(u2), x3 = String(Math.floor(c2 / 60)).padStart(2, "0"), w2 = String(c2 % 60).padStart(2, "0");
        return `UTC${f2}${x3}${w2}`;
      }, m3 = p2(n), g3 = p2(l);
      l < n ? (stringToUTF8(m3, r, 17), stringToUTF8(g3, a, 17)) : (stringToUTF8(m3, a, 17), stringToUTF8(g3, r, 17));
    };
    __tzset_js.sig = "vpppp";
    var _emscripten_date_now = () => Date.now();
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1, checkWasiClock = (e) => e >= 0 && e <= 3;
    function _clock_time_get(e, t2, r) {
      if (t2 = bigintToI53Checked(t2), !checkWasiClock(e)) return 28;
      var a;
      if (e === 0) a = _emscripten_date_now();
      else if (nowIsMonotonic) a = _emscripten_get_now();
      else return 52;
      var o3 = Math.round(a * 1e3 * 1e3);
      return HEAP64[r >> 3] = BigInt(o3), 0;
    }
    _clock_time_get.sig = "iijp";
    var getHeapMax = () => 2147483648, _emscripten_get_heap_max = () => getHeapMax();
    _emscripten_get_heap_max.sig = "p";
    var growMemory = (e) => {
      var t2 = wasmMemory.buffer, r = (e - t2.byteLength + 65535) / 65536 | 0;
      try {
        return wasmMemory.grow(r), updateMemoryViews(), 1;
      } catch {
      }
    }, _emscripten_resize_heap = (e) => {
      var t2 = HEAPU8.length;
      e >>>= 0;
      var r = getHeapMax();
      if (e > r) return false;
      for (var a = 1; a <= 4; a *= 2) {
        var o3 = t2 * (1 + 0.2 / a);
        o3 = Math.min(o3, e + 100663296);
        var _3 = Math.min(r, alignMemory(Math.max(e, o3), 65536)), s2 = growMemory(_3);
        if (s2) return true;
      }
      return false;
    };
    _emscripten_resize_heap.sig = "ip";
    var getExecutableName = () => thisProgram || "./this.program", getEnvStrings = () => {
      if (!getEnvStrings.strings) {
        var e = (typeof navigator == "object" && navigator.languages && navigator.languages[0] || "C").replace("-", "_") + ".UTF-8", t2 = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e, _: getExecutableName() };
        for (var r in ENV) ENV[r] === void 0 ? delete t2[r] : t2[r] = ENV[r];
        var a = [];
        for (var r in t2) a.push(`${r}=${t2[r]}`);
        getEnvStrings.strings = a;
      }
      return getEnvStrings.strings;
    }, stringToAscii = (e, t2) => {
      for (var r = 0; r < e.length; ++r) HEAP8[t2++] = e.charCodeAt(r);
      HEAP8[t2] = 0;
    }, _environ_get = (e, t2) => {
      var r = 0;
      return getEnvStrings().forEach((a, o3) => {
        var _3 = t2 + r;
        HEAPU32[e + o3 * 4 >> 2] = _3, stringToAscii(a, _3), r += a.length + 1;
      }), 0;
    };
    _environ_get.sig = "ipp";
    var _environ_sizes_get = (e, t2) => {
      var r = getEnvStrings();
      HEAPU32[e >> 2] = r.length;
      var a = 0;
      return r.forEach((o3) => a += o3.length + 1), HEAPU32[t2 >> 2] = a, 0;
    };
    _environ_sizes_get.sig = "ipp";
    function _fd_close(e) {
      try {
        var t2 = SYSCALLS.getStreamFromFD(e);
        return FS.close(t2), 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return r.errno;
      }
    }
    _fd_close.sig = "ii";
    function _fd_fdstat_get(e, t2) {
      try {
        var r = 0, a = 0, o3 = 0, _3 = SYSCALLS.getStreamFromFD(e), s2 = _3.tty ? 2 : FS.isDir(_3.mode) ? 3 : FS.isLink(_3.mode) ? 7 : 4;
        return HEAP8[t2] = s2, HEAP16[t2 + 2 >> 1] = o3, HEAP64[t2 + 8 >> 3] = BigInt(r), HEAP64[t2 + 16 >> 3] = BigInt(a), 0;
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return n.errno;
      }
    }
    _fd_fdstat_get.sig = "iip";
    var doReadv = (e, t2, r, a) => {
      for (var o3 = 0, _3 = 0; _3 < r; _3++) {
        var s2 = HEAPU32[t2 >> 2], n = HEAPU32[t2 + 4 >> 2];
        t2 += 8;
        var l = FS.read(e, HEAP8, s2, n, a);
        if (l < 0) return -1;
        if (o3 += l, l < n) break;
        typeof a < "u" && (a += l);
      }
      return o3;
    };
    function _fd_pread(e, t2, r, a, o3) {
      a = bigintToI53Checked(a);
      try {
        if (isNaN(a)) return 61;
        var _3 = SYSCALLS.getStreamFromFD(e), s2 = doReadv(_3, t2, r, a);
        return HEAPU32[o3 >> 2] = s2, 0;
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return n.errno;
      }
    }
    _fd_pread.sig = "iippjp";
    var doWritev = (e, t2, r, a) => {
      for (var o3 = 0, _3 = 0; _3 < r; _3++) {
        var s2 = HEAPU32[t2 >> 2], n = HEAPU32[t2 + 4 >> 2];
        t2 += 8;
        var l = FS.write(e, HEAP8, s2, n, a);
        if (l < 0) return -1;
        if (o3 += l, l < n) break;
        typeof a < "u" && (a += l);
      }
      return o3;
    };
    function _fd_pwrite(e, t2, r, a, o3) {
      a = bigintToI53Checked(a);
      try {
        if (isNaN(a)) return 61;
        var _3 = SYSCALLS.getStreamFromFD(e), s2 = doWritev(_3, t2, r, a);
        return HEAPU32[o3 >> 2] = s2, 0;
      } catch (n) {
        if (typeof FS > "u" || n.name !== "ErrnoError") throw n;
        return n.errno;
      }
    }
    _fd_pwrite.sig = "iippjp";
    function _fd_read(e, t2, r, a) {
      try {
        var o3 = SYSCALLS.getStreamFromFD(e), _3 = doReadv(o3, t2, r);
        return HEAPU32[a >> 2] = _3, 0;
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return s2.errno;
      }
    }
    _fd_read.sig = "iippp";
    function _fd_seek(e, t2, r, a) {
      t2 = bigintToI53Checked(t2);
      try {
        if (isNaN(t2)) return 61;
        var o3 = SYSCALLS.getStreamFromFD(e);
        return FS.llseek(o3, t2, r), HEAP64[a >> 3] = BigInt(o3.position), o3.getdents && t2 === 0 && r === 0 && (o3.getdents = null), 0;
      } catch (_3) {
        if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
        return _3.errno;
      }
    }
    _fd_seek.sig = "iijip";
    function _fd_sync(e) {
      try {
        var t2 = SYSCALLS.getStreamFromFD(e);
        return t2.stream_ops?.fsync ? t2.stream_ops.fsync(t2) : 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return r.errno;
      }
    }
    _fd_sync.sig = "ii";
    function _fd_write(e, t2, r, a) {
      try {
        var o3 = SYSCALLS.getStreamFromFD(e), _3 = doWritev(o3, t2, r);
        return HEAPU32[a >> 2] = _3, 0;
      } catch (s2) {
        if (typeof FS > "u" || s2.name !== "ErrnoError") throw s2;
        return s2.errno;
      }
    }
    _fd_write.sig = "iippp";
    var _getaddrinfo = (e, t2, r, a) => {
      var o3 = 0, _3 = 0, s2 = 0, n = 0, l = 0, d = 0, p2;
      function m3(g3, u2, f2, c2, x3, w2) {
        var b2, M2, S2, E2;
        return M2 = g3 === 10 ? 28 : 16, x3 = g3 === 10 ? inetNtop6(x3) : inetNtop4(x3), b2 = _malloc(M2), E2 = writeSockaddr(b2, g3, x3, w2), assert(!E2), S2 = _malloc(32), HEAP32[S2 + 4 >> 2] = g3, HEAP32[S2 + 8 >> 2] = u2, HEAP32[S2 + 12 >> 2] = f2, HEAPU32[S2 + 24 >> 2] = c2, HEAPU32[S2 + 20 >> 2] = b2, g3 === 10 ? HEAP32[S2 + 16 >> 2] = 28 : HEAP32[S2 + 16 >> 2] = 16, HEAP32[S2 + 28 >> 2] = 0, S2;
      }
      if (r && (s2 = HEAP32[r >> 2], n = HEAP32[r + 4 >> 2], l = HEAP32[r + 8 >> 2], d = HEAP32[r + 12 >> 2]), l && !d && (d = l === 2 ? 17 : 6), !l && d && (l = d === 17 ? 2 : 1), d === 0 && (d = 6), l === 0 && (l = 1), !e && !t2) return -2;
      if (s2 & -1088 || r !== 0 && HEAP32[r >> 2] & 2 && !e) return -1;
      if (s2 & 32) return -2;
      if (l !== 0 && l !== 1 && l !== 2) return -7;
      if (n !== 0 && n !== 2 && n !== 10) return -6;
      if (t2 && (t2 = UTF8ToString(t2), _3 = parseInt(t2, 10), isNaN(_3))) return s2 & 1024 ? -2 : -8;
      if (!e) return n === 0 && (n = 2), s2 & 1 || (n === 2 ? o3 = _htonl(2130706433) : o3 = [0, 0, 0, _htonl(1)]), p2 = m3(n, l, d, null, o3, _3), HEAPU32[a >> 2] = p2, 0;
      if (e = UTF8ToString(e), o3 = inetPton4(e), o3 !== null) if (n === 0 || n === 2) n = 2;
      else if (n === 10 && s2 & 8) o3 = [0, 0, _htonl(65535), o3], n = 10;
      else return -2;
      else if (o3 = inetPton6(e), o3 !== null) if (n === 0 || n === 10) n = 10;
      else return -2;
      return o3 != null ? (p2 = m3(n, l, d, e, o3, _3), HEAPU32[a >> 2] = p2, 0) : s2 & 4 ? -2 : (e = DNS.lookup_name(e), o3 = inetPton4(e), n === 0 ? n = 2 : n === 10 && (o3 = [0, 0, _htonl(65535), o3]), p2 = m3(n, l, d, null, o3, _3), HEAPU32[a >> 2] = p2, 0);
    };
    _getaddrinfo.sig = "ipppp";
    var _getnameinfo = (e, t2, r, a, o3, _3, s2) => {
      var n = readSockaddr(e, t2);
      if (n.errno) return -6;
      var l = n.port, d = n.addr, p2 = false;
      if (r && a) {
        var m3;
        if (s2 & 1 || !(m3 = DNS.lookup_addr(d))) {
          if (s2 & 8) return -2;
        } else d = m3;
        var g3 = stringToUTF8(d, r, a);
        g3 + 1 >= a && (p2 = true);
      }
      if (o3 && _3) {
        l = "" + l;
        var g3 = stringToUTF8(l, o3, _3);
        g3 + 1 >= _3 && (p2 = true);
      }
      return p2 ? -12 : 0;
    };
    _getnameinfo.sig = "ipipipii";
    function _random_get(e, t2) {
      try {
        return randomFill(HEAPU8.subarray(e, e + t2)), 0;
      } catch (r) {
        if (typeof FS > "u" || r.name !== "ErrnoError") throw r;
        return r.errno;
      }
    }
    _random_get.sig = "ipp";
    var stringToNewUTF8 = (e) => {
      var t2 = lengthBytesUTF8(e) + 1, r = _malloc(t2);
      return r && stringToUTF8(e, r, t2), r;
    }, removeFunction = (e) => {
      functionsInTableMap.delete(getWasmTableEntry(e)), setWasmTableEntry(e, null), freeTableIndexes.push(e);
    }, FS_createPath = FS.createPath, FS_unlink = (e) => FS.unlink(e), FS_createLazyFile = FS.createLazyFile, FS_createDevice = FS.createDevice, setTempRet0 = (e) => __emscripten_tempret_set(e), _setTempRet0 = setTempRet0;
    Module._setTempRet0 = _setTempRet0;
    var getTempRet0 = (e) => __emscripten_tempret_get(), _getTempRet0 = getTempRet0;
    Module._getTempRet0 = _getTempRet0;
    var _emscripten_force_exit = (e) => {
      __emscripten_runtime_keepalive_clear(), _exit(e);
    };
    Module._emscripten_force_exit = _emscripten_force_exit, _emscripten_force_exit.sig = "vi";
    var _sched_yield = () => 0;
    Module._sched_yield = _sched_yield, _sched_yield.sig = "i";
    var exceptionLast = 0;
    class ExceptionInfo {
      constructor(t2) {
        this.excPtr = t2, this.ptr = t2 - 24;
      }
      set_type(t2) {
        HEAPU32[this.ptr + 4 >> 2] = t2;
      }
      get_type() {
        return HEAPU32[this.ptr + 4 >> 2];
      }
      set_destructor(t2) {
        HEAPU32[this.ptr + 8 >> 2] = t2;
      }
      get_destructor() {
        return HEAPU32[this.ptr + 8 >> 2];
      }
      set_caught(t2) {
        t2 = t2 ? 1 : 0, HEAP8[this.ptr + 12] = t2;
      }
      get_caught() {
        return HEAP8[this.ptr + 12] != 0;
      }
      set_rethrown(t2) {
        t2 = t2 ? 1 : 0, HEAP8[this.ptr + 13] = t2;
      }
      get_rethrown() {
        return HEAP8[this.ptr + 13] != 0;
      }
      init(t2, r) {
        this.set_adjusted_ptr(0), this.set_type(t2), this.set_destructor(r);
      }
      set_adjusted_ptr(t2) {
        HEAPU32[this.ptr + 16 >> 2] = t2;
      }
      get_adjusted_ptr() {
        return HEAPU32[this.ptr + 16 >> 2];
      }
    }
    var ___resumeException = (e) => {
      throw exceptionLast || (exceptionLast = e), exceptionLast;
    };
    Module.___resumeException = ___resumeException, ___resumeException.sig = "vp";
    var findMatchingCatch = (e) => {
      var t2 = exceptionLast;
      if (!t2) return setTempRet0(0), 0;
      var r = new ExceptionInfo(t2);
      r.set_adjusted_ptr(t2);
      var a = r.get_type();
      if (!a) return setTempRet0(0), t2;
      for (var o3 of e) {
        if (o3 === 0 || o3 === a) break;
        var _3 = r.ptr + 16;
        if (___cxa_can_catch(o3, a, _3)) return setTempRet0(o3), t2;
      }
      return setTempRet0(a), t2;
    }, ___cxa_find_matching_catch_2 = () => findMatchingCatch([]);
    Module.___cxa_find_matching_catch_2 = ___cxa_find_matching_catch_2, ___cxa_find_matching_catch_2.sig = "p";
    var ___cxa_find_matching_catch_3 = (e) => findMatchingCatch([e]);
    Module.___cxa_find_matching_catch_3 = ___cxa_find_matching_catch_3, ___cxa_find_matching_catch_3.sig = "pp";
    var uncaughtExceptionCount = 0, ___cxa_throw = (e, t2, r) => {
      var a = new ExceptionInfo(e);
      throw a.init(t2, r), exceptionLast = e, uncaughtExceptionCount++, exceptionLast;
    };
    Module.___cxa_throw = ___cxa_throw, ___cxa_throw.sig = "vppp";
    var exceptionCaught = [], ___cxa_rethrow = () => {
      var e = exceptionCaught.pop();
      e || abort("no exception to throw");
      var t2 = e.excPtr;
      throw e.get_rethrown() || (exceptionCaught.push(e), e.set_rethrown(true), e.set_caught(false), uncaughtExceptionCount++), exceptionLast = t2, exceptionLast;
    };
    Module.___cxa_rethrow = ___cxa_rethrow, ___cxa_rethrow.sig = "v";
    var ___cxa_begin_catch = (e) => {
      var t2 = new ExceptionInfo(e);
      return t2.get_caught() || (t2.set_caught(true), uncaughtExceptionCount--), t2.set_rethrown(false), exceptionCaught.push(t2), ___cxa_increment_exception_refcount(e), ___cxa_get_exception_ptr(e);
    };
    Module.___cxa_begin_catch = ___cxa_begin_catch, ___cxa_begin_catch.sig = "pp";
    var ___cxa_end_catch = () => {
      _setThrew(0, 0);
      var e = exceptionCaught.pop();
      ___cxa_decrement_exception_refcount(e.excPtr), exceptionLast = 0;
    };
    Module.___cxa_end_catch = ___cxa_end_catch, ___cxa_end_catch.sig = "v";
    var ___cxa_uncaught_exceptions = () => uncaughtExceptionCount;
    Module.___cxa_uncaught_exceptions = ___cxa_uncaught_exceptions, ___cxa_uncaught_exceptions.sig = "i";
    var ___cxa_current_primary_exception = () => {
      if (!exceptionCaught.length) return 0;
      var e = exceptionCaught[exceptionCaught.length - 1];
      return ___cxa_increment_exception_refcount(e.excPtr), e.excPtr;
    };
    Module.___cxa_current_primary_exception = ___cxa_current_primary_exception, ___cxa_current_primary_exception.sig = "p";
    var ___cxa_rethrow_primary_exception = (e) => {
      if (e) {
        var t2 = new ExceptionInfo(e);
        exceptionCaught.push(t2), t2.set_rethrown(true), ___cxa_rethrow();
      }
    };
    Module.___cxa_rethrow_primary_exception = ___cxa_rethrow_primary_exception, ___cxa_rethrow_primary_exception.sig = "vp", registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.staticInit(), Module.FS_createPath = FS.createPath, Module.FS_createDataFile = FS.createDataFile, Module.FS_createPreloadedFile = FS.createPreloadedFile, Module.FS_unlink = FS.unlink, Module.FS_createLazyFile = FS.createLazyFile, Module.FS_createDevice = FS.createDevice, MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>", ENVIRONMENT_IS_NODE && NODEFS.staticInit();
    var wasmImports = { __assert_fail: ___assert_fail, __call_sighandler: ___call_sighandler, __cxa_begin_catch: ___cxa_begin_catch, __cxa_current_primary_exception: ___cxa_current_primary_exception, __cxa_end_catch: ___cxa_end_catch, __cxa_find_matching_catch_2: ___cxa_find_matching_catch_2, __cxa_find_matching_catch_3: ___cxa_find_matching_catch_3, __cxa_rethrow: ___cxa_rethrow, __cxa_rethrow_primary_exception: ___cxa_rethrow_primary_exception, __cxa_throw: ___cxa_throw, __cxa_uncaught_exceptions: ___cxa_uncaught_exceptions, __heap_base: ___heap_base, __indirect_function_table: wasmTable, __memory_base: ___memory_base, __resumeException: ___resumeException, __stack_pointer: ___stack_pointer, __syscall__newselect: ___syscall__newselect, __syscall_accept4: ___syscall_accept4, __syscall_bind: ___syscall_bind, __syscall_chdir: ___syscall_chdir, __syscall_chmod: ___syscall_chmod, __syscall_connect: ___syscall_connect, __syscall_dup: ___syscall_dup, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fallocate: ___syscall_fallocate, __syscall_fchmod: ___syscall_fchmod, __syscall_fchmodat2: ___syscall_fchmodat2, __syscall_fchown32: ___syscall_fchown32, __syscall_fchownat: ___syscall_fchownat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fdatasync: ___syscall_fdatasync, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_listen: ___syscall_listen, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_pipe: ___syscall_pipe, __syscall_readlinkat: ___syscall_readlinkat, __syscall_recvfrom: ___syscall_recvfrom, __syscall_renameat: ___syscall_renameat, __syscall_rmdir: ___syscall_rmdir, __syscall_sendto: ___syscall_sendto, __syscall_socket: ___syscall_socket, __syscall_stat64: ___syscall_stat64, __syscall_statfs64: ___syscall_statfs64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_truncate64: ___syscall_truncate64, __syscall_unlinkat: ___syscall_unlinkat, __syscall_utimensat: ___syscall_utimensat, __table_base: ___table_base, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_force_exit: _emscripten_force_exit, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getTempRet0: _getTempRet0, getaddrinfo: _getaddrinfo, getnameinfo: _getnameinfo, invoke_di, invoke_i, invoke_id, invoke_ii, invoke_iii, invoke_iiii, invoke_iiiii, invoke_iiiiii, invoke_iiiiiii, invoke_iiiiiiii, invoke_iiiiiiiii, invoke_iiiiiiiiii, invoke_iiiiiiiiiii, invoke_iiiiiiiiiiiiii, invoke_iiiiiiiiiiiiiiiiii, invoke_iiiiiji, invoke_iiiij, invoke_iiij, invoke_iiji, invoke_iijj, invoke_ij, invoke_ijiiiii, invoke_ijiiiiii, invoke_ijji, invoke_j, invoke_ji, invoke_jii, invoke_jiii, invoke_jiiii, invoke_jiiiiii, invoke_jiiiiiiiii, invoke_jij, invoke_v, invoke_vi, invoke_vid, invoke_vii, invoke_viii, invoke_viiii, invoke_viiiii, invoke_viiiiii, invoke_viiiiiii, invoke_viiiiiiii, invoke_viiiiiiiii, invoke_viiiiiiiiiiii, invoke_viiij, invoke_viiiji, invoke_viij, invoke_viiji, invoke_viijii, invoke_viijiiii, invoke_vij, invoke_viji, invoke_vijiji, invoke_vijjii, invoke_vj, invoke_vji, invoke_vjii, memory: wasmMemory, proc_exit: _proc_exit, random_get: _random_get, sched_yield: _sched_yield, setTempRet0: _setTempRet0 }, wasmExports;
    createWasm();
    var ___wasm_call_ctors = () => (___wasm_call_ctors = wasmExports.__wasm_call_ctors)(), _palloc0 = Module._palloc0 = (e) => (_palloc0 = Module._palloc0 = wasmExports.palloc0)(e), _RelationGetNumberOfBlocksInFork = Module._RelationGetNumberOfBlocksInFork = (e, t2) => (_RelationGetNumberOfBlocksInFork = Module._RelationGetNumberOfBlocksInFork = wasmExports.RelationGetNumberOfBlocksInFork)(e, t2), _ExtendBufferedRel = Module._ExtendBufferedRel = (e, t2, r, a) => (_ExtendBufferedRel = Module._ExtendBufferedRel = wasmExports.ExtendBufferedRel)(e, t2, r, a), _MarkBufferDirty = Module._MarkBufferDirty = (e) => (_MarkBufferDirty = Module._MarkBufferDirty = wasmExports.MarkBufferDirty)(e), _XLogBeginInsert = Module._XLogBeginInsert = () => (_XLogBeginInsert = Module._XLogBeginInsert = wasmExports.XLogBeginInsert)(), _XLogRegisterData = Module._XLogRegisterData = (e, t2) => (_XLogRegisterData = Module._XLogRegisterData = wasmExports.XLogRegisterData)(e, t2), _XLogInsert = Module._XLogInsert = (e, t2) => (_XLogInsert = Module._XLogInsert = wasmExports.XLogInsert)(e, t2), _UnlockReleaseBuffer = Module._UnlockReleaseBuffer = (e) => (_UnlockReleaseBuffer = Module._UnlockReleaseBuffer = wasmExports.UnlockReleaseBuffer)(e), _palloc = Module._palloc = (e) => (_palloc = Module._palloc = wasmExports.palloc)(e), _brin_build_desc = Module._brin_build_desc = (e) => (_brin_build_desc = Module._brin_build_desc = wasmExports.brin_build_desc)(e), _EnterParallelMode = Module._EnterParallelMode = () => (_EnterParallelMode = Module._EnterParallelMode = wasmExports.EnterParallelMode)(), _CreateParallelContext = Module._CreateParallelContext = (e, t2, r) => (_CreateParallelContext = Module._CreateParallelContext = wasmExports.CreateParallelContext)(e, t2, r), _GetTransactionSnapshot = Module._GetTransactionSnapshot = () => (_GetTransactionSnapshot = Module._GetTransactionSnapshot = wasmExports.GetTransactionSnapshot)(), _RegisterSnapshot = Module._RegisterSnapshot = (e) => (_RegisterSnapshot = Module._RegisterSnapshot = wasmExports.RegisterSnapshot)(e), _table_parallelscan_estimate = Module._table_parallelscan_estimate = (e, t2) => (_table_parallelscan_estimate = Module._table_parallelscan_estimate = wasmExports.table_parallelscan_estimate)(e, t2), _add_size = Module._add_size = (e, t2) => (_add_size = Module._add_size = wasmExports.add_size)(e, t2), _tuplesort_estimate_shared = Module._tuplesort_estimate_shared = (e) => (_tuplesort_estimate_shared = Module._tuplesort_estimate_shared = wasmExports.tuplesort_estimate_shared)(e), _strlen = Module._strlen = (e) => (_strlen = Module._strlen = wasmExports.strlen)(e), _InitializeParallelDSM = Module._InitializeParallelDSM = (e) => (_InitializeParallelDSM = Module._InitializeParallelDSM = wasmExports.InitializeParallelDSM)(e), _UnregisterSnapshot = Module._UnregisterSnapshot = (e) => (_UnregisterSnapshot = Module._UnregisterSnapshot = wasmExports.UnregisterSnapshot)(e), _DestroyParallelContext = Module._DestroyParallelContext = (e) => (_DestroyParallelContext = Module._DestroyParallelContext = wasmExports.DestroyParallelContext)(e), _ExitParallelMode = Module._ExitParallelMode = () => (_ExitParallelMode = Module._ExitParallelMode = wasmExports.ExitParallelMode)(), _shm_toc_allocate = Module._shm_toc_allocate = (e, t2) => (_shm_toc_allocate = Module._shm_toc_allocate = wasmExports.shm_toc_allocate)(e, t2), _ConditionVariableInit = Module._ConditionVariableInit = (e) => (_ConditionVariableInit = Module._ConditionVariableInit = wasmExports.ConditionVariableInit)(e), _s_init_lock_sema = Module._s_init_lock_sema = (e, t2) => (_s_init_lock_sema = Module._s_init_lock_sema = wasmExports.s_init_lock_sema)(e, t2), _table_parallelscan_initialize = Module._table_parallelscan_initialize = (e, t2, r) => (_table_parallelscan_initialize = Module._table_parallelscan_initialize = wasmExports.table_parallelscan_initialize)(e, t2, r), _tuplesort_initialize_shared = Module._tuplesort_initialize_shared = (e, t2, r) => (_tuplesort_initialize_shared = Module._tuplesort_initialize_shared = wasmExports.tuplesort_initialize_shared)(e, t2, r), _shm_toc_insert = Module._shm_toc_insert = (e, t2, r) => (_shm_toc_insert = Module._shm_toc_insert = wasmExports.shm_toc_insert)(e, t2, r), _memcpy = Module._memcpy = (e, t2, r) => (_memcpy = Module._memcpy = wasmExports.memcpy)(e, t2, r), _LaunchParallelWorkers = Module._LaunchParallelWorkers = (e) => (_LaunchParallelWorkers = Module._LaunchParallelWorkers = wasmExports.LaunchParallelWorkers)(e), _WaitForParallelWorkersToAttach = Module._WaitForParallelWorkersToAttach = (e) => (_WaitForParallelWorkersToAttach = Module._WaitForParallelWorkersToAttach = wasmExports.WaitForParallelWorkersToAttach)(e), _tas_sema = Module._tas_sema = (e) => (_tas_sema = Module._tas_sema = wasmExports.tas_sema)(e), _s_lock = Module._s_lock = (e, t2, r, a) => (_s_lock = Module._s_lock = wasmExports.s_lock)(e, t2, r, a), _s_unlock_sema = Module._s_unlock_sema = (e) => (_s_unlock_sema = Module._s_unlock_sema = wasmExports.s_unlock_sema)(e), _ConditionVariableSleep = Module._ConditionVariableSleep = (e, t2) => (_ConditionVariableSleep = Module._ConditionVariableSleep = wasmExports.ConditionVariableSleep)(e, t2), _ConditionVariableCancelSleep = Module._ConditionVariableCancelSleep = () => (_ConditionVariableCancelSleep = Module._ConditionVariableCancelSleep = wasmExports.ConditionVariableCancelSleep)(), _tuplesort_performsort = Module._tuplesort_performsort = (e) => (_tuplesort_performsort = Module._tuplesort_performsort = wasmExports.tuplesort_performsort)(e), _AllocSetContextCreateInternal = Module._AllocSetContextCreateInternal = (e, t2, r, a, o3) => (_AllocSetContextCreateInternal = Module._AllocSetContextCreateInternal = wasmExports.AllocSetContextCreateInternal)(e, t2, r, a, o3), _tuplesort_end = Module._tuplesort_end = (e) => (_tuplesort_end = Module._tuplesort_end = wasmExports.tuplesort_end)(e), _MemoryContextReset = Module._MemoryContextReset = (e) => (_MemoryContextReset = Module._MemoryContextReset = wasmExports.MemoryContextReset)(e), _brin_deform_tuple = Module._brin_deform_tuple = (e, t2, r) => (_brin_deform_tuple = Module._brin_deform_tuple = wasmExports.brin_deform_tuple)(e, t2, r), _pfree = Module._pfree = (e) => (_pfree = Module._pfree = wasmExports.pfree)(e), _MemoryContextDelete = Module._MemoryContextDelete = (e) => (_MemoryContextDelete = Module._MemoryContextDelete = wasmExports.MemoryContextDelete)(e), _errstart_cold = Module._errstart_cold = (e, t2) => (_errstart_cold = Module._errstart_cold = wasmExports.errstart_cold)(e, t2), _errmsg_internal = Module._errmsg_internal = (e, t2) => (_errmsg_internal = Module._errmsg_internal = wasmExports.errmsg_internal)(e, t2), _errfinish = Module._errfinish = (e, t2, r) => (_errfinish = Module._errfinish = wasmExports.errfinish)(e, t2, r), _log_newpage_buffer = Module._log_newpage_buffer = (e, t2) => (_log_newpage_buffer = Module._log_newpage_buffer = wasmExports.log_newpage_buffer)(e, t2), _ProcessInterrupts = Module._ProcessInterrupts = () => (_ProcessInterrupts = Module._ProcessInterrupts = wasmExports.ProcessInterrupts)(), _errstart = Module._errstart = (e, t2) => (_errstart = Module._errstart = wasmExports.errstart)(e, t2), _errcode = Module._errcode = (e) => (_errcode = Module._errcode = wasmExports.errcode)(e), _errmsg = Module._errmsg = (e, t2) => (_errmsg = Module._errmsg = wasmExports.errmsg)(e, t2), _LockBuffer = Module._LockBuffer = (e, t2) => (_LockBuffer = Module._LockBuffer = wasmExports.LockBuffer)(e, t2), _ReleaseBuffer = Module._ReleaseBuffer = (e) => (_ReleaseBuffer = Module._ReleaseBuffer = wasmExports.ReleaseBuffer)(e), _IndexGetRelation = Module._IndexGetRelation = (e, t2) => (_IndexGetRelation = Module._IndexGetRelation = wasmExports.IndexGetRelation)(e, t2), _table_open = Module._table_open = (e, t2) => (_table_open = Module._table_open = wasmExports.table_open)(e, t2), _ReadBufferExtended = Module._ReadBufferExtended = (e, t2, r, a, o3) => (_ReadBufferExtended = Module._ReadBufferExtended = wasmExports.ReadBufferExtended)(e, t2, r, a, o3), _table_close = Module._table_close = (e, t2) => (_table_close = Module._table_close = wasmExports.table_close)(e, t2), _build_reloptions = Module._build_reloptions = (e, t2, r, a, o3, _3) => (_build_reloptions = Module._build_reloptions = wasmExports.build_reloptions)(e, t2, r, a, o3, _3), _RelationGetIndexScan = Module._RelationGetIndexScan = (e, t2, r) => (_RelationGetIndexScan = Module._RelationGetIndexScan = wasmExports.RelationGetIndexScan)(e, t2, r), _memmove = Module._memmove = (e, t2, r) => (_memmove = Module._memmove = wasmExports.memmove)(e, t2, r), _pgstat_assoc_relation = Module._pgstat_assoc_relation = (e) => (_pgstat_assoc_relation = Module._pgstat_assoc_relation = wasmExports.pgstat_assoc_relation)(e), _memset = Module._memset = (e, t2, r) => (_memset = Module._memset = wasmExports.memset)(e, t2, r), _index_getprocinfo = Module._index_getprocinfo = (e, t2, r) => (_index_getprocinfo = Module._index_getprocinfo = wasmExports.index_getprocinfo)(e, t2, r), _fmgr_info_copy = Module._fmgr_info_copy = (e, t2, r) => (_fmgr_info_copy = Module._fmgr_info_copy = wasmExports.fmgr_info_copy)(e, t2, r), _FunctionCall4Coll = Module._FunctionCall4Coll = (e, t2, r, a, o3, _3) => (_FunctionCall4Coll = Module._FunctionCall4Coll = wasmExports.FunctionCall4Coll)(e, t2, r, a, o3, _3), _FunctionCall1Coll = Module._FunctionCall1Coll = (e, t2, r) => (_FunctionCall1Coll = Module._FunctionCall1Coll = wasmExports.FunctionCall1Coll)(e, t2, r), _brin_free_desc = Module._brin_free_desc = (e) => (_brin_free_desc = Module._brin_free_desc = wasmExports.brin_free_desc)(e), _WaitForParallelWorkersToFinish = Module._WaitForParallelWorkersToFinish = (e) => (_WaitForParallelWorkersToFinish = Module._WaitForParallelWorkersToFinish = wasmExports.WaitForParallelWorkersToFinish)(e), _PageGetFreeSpace = Module._PageGetFreeSpace = (e) => (_PageGetFreeSpace = Module._PageGetFreeSpace = wasmExports.PageGetFreeSpace)(e), _BufferGetBlockNumber = Module._BufferGetBlockNumber = (e) => (_BufferGetBlockNumber = Module._BufferGetBlockNumber = wasmExports.BufferGetBlockNumber)(e), _BuildIndexInfo = Module._BuildIndexInfo = (e) => (_BuildIndexInfo = Module._BuildIndexInfo = wasmExports.BuildIndexInfo)(e), _Int64GetDatum = Module._Int64GetDatum = (e) => (_Int64GetDatum = Module._Int64GetDatum = wasmExports.Int64GetDatum)(e), _DirectFunctionCall2Coll = Module._DirectFunctionCall2Coll = (e, t2, r, a) => (_DirectFunctionCall2Coll = Module._DirectFunctionCall2Coll = wasmExports.DirectFunctionCall2Coll)(e, t2, r, a), _RecoveryInProgress = Module._RecoveryInProgress = () => (_RecoveryInProgress = Module._RecoveryInProgress = wasmExports.RecoveryInProgress)(), _GetUserIdAndSecContext = Module._GetUserIdAndSecContext = (e, t2) => (_GetUserIdAndSecContext = Module._GetUserIdAndSecContext = wasmExports.GetUserIdAndSecContext)(e, t2), _SetUserIdAndSecContext = Module._SetUserIdAndSecContext = (e, t2) => (_SetUserIdAndSecContext = Module._SetUserIdAndSecContext = wasmExports.SetUserIdAndSecContext)(e, t2), _NewGUCNestLevel = Module._NewGUCNestLevel = () => (_NewGUCNestLevel = Module._NewGUCNestLevel = wasmExports.NewGUCNestLevel)(), _RestrictSearchPath = Module._RestrictSearchPath = () => (_RestrictSearchPath = Module._RestrictSearchPath = wasmExports.RestrictSearchPath)(), _index_open = Module._index_open = (e, t2) => (_index_open = Module._index_open = wasmExports.index_open)(e, t2), _object_ownercheck = Module._object_ownercheck = (e, t2, r) => (_object_ownercheck = Module._object_ownercheck = wasmExports.object_ownercheck)(e, t2, r), _aclcheck_error = Module._aclcheck_error = (e, t2, r) => (_aclcheck_error = Module._aclcheck_error = wasmExports.aclcheck_error)(e, t2, r), _AtEOXact_GUC = Module._AtEOXact_GUC = (e, t2) => (_AtEOXact_GUC = Module._AtEOXact_GUC = wasmExports.AtEOXact_GUC)(e, t2), _relation_close = Module._relation_close = (e, t2) => (_relation_close = Module._relation_close = wasmExports.relation_close)(e, t2), _errhint = Module._errhint = (e, t2) => (_errhint = Module._errhint = wasmExports.errhint)(e, t2), _GetUserId = Module._GetUserId = () => (_GetUserId = Module._GetUserId = wasmExports.GetUserId)(), _ReadBuffer = Module._ReadBuffer = (e, t2) => (_ReadBuffer = Module._ReadBuffer = wasmExports.ReadBuffer)(e, t2), _shm_toc_lookup = Module._shm_toc_lookup = (e, t2, r) => (_shm_toc_lookup = Module._shm_toc_lookup = wasmExports.shm_toc_lookup)(e, t2, r), _pgstat_report_activity = Module._pgstat_report_activity = (e, t2) => (_pgstat_report_activity = Module._pgstat_report_activity = wasmExports.pgstat_report_activity)(e, t2), _tuplesort_attach_shared = Module._tuplesort_attach_shared = (e, t2) => (_tuplesort_attach_shared = Module._tuplesort_attach_shared = wasmExports.tuplesort_attach_shared)(e, t2), _index_close = Module._index_close = (e, t2) => (_index_close = Module._index_close = wasmExports.index_close)(e, t2), _table_beginscan_parallel = Module._table_beginscan_parallel = (e, t2) => (_table_beginscan_parallel = Module._table_beginscan_parallel = wasmExports.table_beginscan_parallel)(e, t2), _ConditionVariableSignal = Module._ConditionVariableSignal = (e) => (_ConditionVariableSignal = Module._ConditionVariableSignal = wasmExports.ConditionVariableSignal)(e), _datumCopy = Module._datumCopy = (e, t2, r) => (_datumCopy = Module._datumCopy = wasmExports.datumCopy)(e, t2, r), _lookup_type_cache = Module._lookup_type_cache = (e, t2) => (_lookup_type_cache = Module._lookup_type_cache = wasmExports.lookup_type_cache)(e, t2), _get_fn_opclass_options = Module._get_fn_opclass_options = (e) => (_get_fn_opclass_options = Module._get_fn_opclass_options = wasmExports.get_fn_opclass_options)(e), _log = Module._log = (e) => (_log = Module._log = wasmExports.log)(e), _pg_detoast_datum = Module._pg_detoast_datum = (e) => (_pg_detoast_datum = Module._pg_detoast_datum = wasmExports.pg_detoast_datum)(e), _index_getprocid = Module._index_getprocid = (e, t2, r) => (_index_getprocid = Module._index_getprocid = wasmExports.index_getprocid)(e, t2, r), _errdetail_internal = Module._errdetail_internal = (e, t2) => (_errdetail_internal = Module._errdetail_internal = wasmExports.errdetail_internal)(e, t2), _pg_popcount_optimized = Module._pg_popcount_optimized = (e, t2) => (_pg_popcount_optimized = Module._pg_popcount_optimized = wasmExports.pg_popcount_optimized)(e, t2), _init_local_reloptions = Module._init_local_reloptions = (e, t2) => (_init_local_reloptions = Module._init_local_reloptions = wasmExports.init_local_reloptions)(e, t2), _initStringInfo = Module._initStringInfo = (e) => (_initStringInfo = Module._initStringInfo = wasmExports.initStringInfo)(e), _appendStringInfoChar = Module._appendStringInfoChar = (e, t2) => (_appendStringInfoChar = Module._appendStringInfoChar = wasmExports.appendStringInfoChar)(e, t2), _appendStringInfo = Module._appendStringInfo = (e, t2, r) => (_appendStringInfo = Module._appendStringInfo = wasmExports.appendStringInfo)(e, t2, r), _FunctionCall2Coll = Module._FunctionCall2Coll = (e, t2, r, a) => (_FunctionCall2Coll = Module._FunctionCall2Coll = wasmExports.FunctionCall2Coll)(e, t2, r, a), _SysCacheGetAttrNotNull = Module._SysCacheGetAttrNotNull = (e, t2, r) => (_SysCacheGetAttrNotNull = Module._SysCacheGetAttrNotNull = wasmExports.SysCacheGetAttrNotNull)(e, t2, r), _ReleaseSysCache = Module._ReleaseSysCache = (e) => (_ReleaseSysCache = Module._ReleaseSysCache = wasmExports.ReleaseSysCache)(e), _get_opcode = Module._get_opcode = (e) => (_get_opcode = Module._get_opcode = wasmExports.get_opcode)(e), _fmgr_info_cxt = Module._fmgr_info_cxt = (e, t2, r) => (_fmgr_info_cxt = Module._fmgr_info_cxt = wasmExports.fmgr_info_cxt)(e, t2, r), _Float8GetDatum = Module._Float8GetDatum = (e) => (_Float8GetDatum = Module._Float8GetDatum = wasmExports.Float8GetDatum)(e), _numeric_float8 = Module._numeric_float8 = (e) => (_numeric_float8 = Module._numeric_float8 = wasmExports.numeric_float8)(e), _numeric_sub = Module._numeric_sub = (e) => (_numeric_sub = Module._numeric_sub = wasmExports.numeric_sub)(e), _DirectFunctionCall1Coll = Module._DirectFunctionCall1Coll = (e, t2, r) => (_DirectFunctionCall1Coll = Module._DirectFunctionCall1Coll = wasmExports.DirectFunctionCall1Coll)(e, t2, r), _pg_detoast_datum_packed = Module._pg_detoast_datum_packed = (e) => (_pg_detoast_datum_packed = Module._pg_detoast_datum_packed = wasmExports.pg_detoast_datum_packed)(e), _pg_qsort = Module._pg_qsort = (e, t2, r, a) => (_pg_qsort = Module._pg_qsort = wasmExports.pg_qsort)(e, t2, r, a), _get_typbyval = Module._get_typbyval = (e) => (_get_typbyval = Module._get_typbyval = wasmExports.get_typbyval)(e), _get_typlen = Module._get_typlen = (e) => (_get_typlen = Module._get_typlen = wasmExports.get_typlen)(e), _qsort_arg = Module._qsort_arg = (e, t2, r, a, o3) => (_qsort_arg = Module._qsort_arg = wasmExports.qsort_arg)(e, t2, r, a, o3), _add_local_int_reloption = Module._add_local_int_reloption = (e, t2, r, a, o3, _3, s2) => (_add_local_int_reloption = Module._add_local_int_reloption = wasmExports.add_local_int_reloption)(e, t2, r, a, o3, _3, s2), _getTypeOutputInfo = Module._getTypeOutputInfo = (e, t2, r) => (_getTypeOutputInfo = Module._getTypeOutputInfo = wasmExports.getTypeOutputInfo)(e, t2, r), _fmgr_info = Module._fmgr_info = (e, t2) => (_fmgr_info = Module._fmgr_info = wasmExports.fmgr_info)(e, t2), _OutputFunctionCall = Module._OutputFunctionCall = (e, t2) => (_OutputFunctionCall = Module._OutputFunctionCall = wasmExports.OutputFunctionCall)(e, t2), _cstring_to_text_with_len = Module._cstring_to_text_with_len = (e, t2) => (_cstring_to_text_with_len = Module._cstring_to_text_with_len = wasmExports.cstring_to_text_with_len)(e, t2), _accumArrayResult = Module._accumArrayResult = (e, t2, r, a, o3) => (_accumArrayResult = Module._accumArrayResult = wasmExports.accumArrayResult)(e, t2, r, a, o3), _makeArrayResult = Module._makeArrayResult = (e, t2) => (_makeArrayResult = Module._makeArrayResult = wasmExports.makeArrayResult)(e, t2), _OidOutputFunctionCall = Module._OidOutputFunctionCall = (e, t2) => (_OidOutputFunctionCall = Module._OidOutputFunctionCall = wasmExports.OidOutputFunctionCall)(e, t2), _cstring_to_text = Module._cstring_to_text = (e) => (_cstring_to_text = Module._cstring_to_text = wasmExports.cstring_to_text)(e), _PageGetExactFreeSpace = Module._PageGetExactFreeSpace = (e) => (_PageGetExactFreeSpace = Module._PageGetExactFreeSpace = wasmExports.PageGetExactFreeSpace)(e), _PageIndexTupleOverwrite = Module._PageIndexTupleOverwrite = (e, t2, r, a) => (_PageIndexTupleOverwrite = Module._PageIndexTupleOverwrite = wasmExports.PageIndexTupleOverwrite)(e, t2, r, a), _PageInit = Module._PageInit = (e, t2, r) => (_PageInit = Module._PageInit = wasmExports.PageInit)(e, t2, r), _PageAddItemExtended = Module._PageAddItemExtended = (e, t2, r, a, o3) => (_PageAddItemExtended = Module._PageAddItemExtended = wasmExports.PageAddItemExtended)(e, t2, r, a, o3), _LockRelationForExtension = Module._LockRelationForExtension = (e, t2) => (_LockRelationForExtension = Module._LockRelationForExtension = wasmExports.LockRelationForExtension)(e, t2), _UnlockRelationForExtension = Module._UnlockRelationForExtension = (e, t2) => (_UnlockRelationForExtension = Module._UnlockRelationForExtension = wasmExports.UnlockRelationForExtension)(e, t2), _smgropen = Module._smgropen = (e, t2) => (_smgropen = Module._smgropen = wasmExports.smgropen)(e, t2), _smgrpin = Module._smgrpin = (e) => (_smgrpin = Module._smgrpin = wasmExports.smgrpin)(e), _ItemPointerEquals = Module._ItemPointerEquals = (e, t2) => (_ItemPointerEquals = Module._ItemPointerEquals = wasmExports.ItemPointerEquals)(e, t2), _detoast_external_attr = Module._detoast_external_attr = (e) => (_detoast_external_attr = Module._detoast_external_attr = wasmExports.detoast_external_attr)(e), _CreateTemplateTupleDesc = Module._CreateTemplateTupleDesc = (e) => (_CreateTemplateTupleDesc = Module._CreateTemplateTupleDesc = wasmExports.CreateTemplateTupleDesc)(e), _TupleDescInitEntry = Module._TupleDescInitEntry = (e, t2, r, a, o3, _3) => (_TupleDescInitEntry = Module._TupleDescInitEntry = wasmExports.TupleDescInitEntry)(e, t2, r, a, o3, _3), _repalloc = Module._repalloc = (e, t2) => (_repalloc = Module._repalloc = wasmExports.repalloc)(e, t2), _memcmp = Module._memcmp = (e, t2, r) => (_memcmp = Module._memcmp = wasmExports.memcmp)(e, t2, r), _SearchSysCache1 = Module._SearchSysCache1 = (e, t2) => (_SearchSysCache1 = Module._SearchSysCache1 = wasmExports.SearchSysCache1)(e, t2), _SearchSysCacheList = Module._SearchSysCacheList = (e, t2, r, a, o3) => (_SearchSysCacheList = Module._SearchSysCacheList = wasmExports.SearchSysCacheList)(e, t2, r, a, o3), _check_amproc_signature = Module._check_amproc_signature = (e, t2, r, a, o3, _3) => (_check_amproc_signature = Module._check_amproc_signature = wasmExports.check_amproc_signature)(e, t2, r, a, o3, _3), _check_amoptsproc_signature = Module._check_amoptsproc_signature = (e) => (_check_amoptsproc_signature = Module._check_amoptsproc_signature = wasmExports.check_amoptsproc_signature)(e), _format_procedure = Module._format_procedure = (e) => (_format_procedure = Module._format_procedure = wasmExports.format_procedure)(e), _format_operator = Module._format_operator = (e) => (_format_operator = Module._format_operator = wasmExports.format_operator)(e), _check_amop_signature = Module._check_amop_signature = (e, t2, r, a) => (_check_amop_signature = Module._check_amop_signature = wasmExports.check_amop_signature)(e, t2, r, a), _identify_opfamily_groups = Module._identify_opfamily_groups = (e, t2) => (_identify_opfamily_groups = Module._identify_opfamily_groups = wasmExports.identify_opfamily_groups)(e, t2), _format_type_be = Module._format_type_be = (e) => (_format_type_be = Module._format_type_be = wasmExports.format_type_be)(e), _ReleaseCatCacheList = Module._ReleaseCatCacheList = (e) => (_ReleaseCatCacheList = Module._ReleaseCatCacheList = wasmExports.ReleaseCatCacheList)(e), _format_type_with_typemod = Module._format_type_with_typemod = (e, t2) => (_format_type_with_typemod = Module._format_type_with_typemod = wasmExports.format_type_with_typemod)(e, t2), _errdetail = Module._errdetail = (e, t2) => (_errdetail = Module._errdetail = wasmExports.errdetail)(e, t2), _strcmp = Module._strcmp = (e, t2) => (_strcmp = Module._strcmp = wasmExports.strcmp)(e, t2), _DatumGetEOHP = Module._DatumGetEOHP = (e) => (_DatumGetEOHP = Module._DatumGetEOHP = wasmExports.DatumGetEOHP)(e), _EOH_get_flat_size = Module._EOH_get_flat_size = (e) => (_EOH_get_flat_size = Module._EOH_get_flat_size = wasmExports.EOH_get_flat_size)(e), _EOH_flatten_into = Module._EOH_flatten_into = (e, t2, r) => (_EOH_flatten_into = Module._EOH_flatten_into = wasmExports.EOH_flatten_into)(e, t2, r), _toast_raw_datum_size = Module._toast_raw_datum_size = (e) => (_toast_raw_datum_size = Module._toast_raw_datum_size = wasmExports.toast_raw_datum_size)(e), _getmissingattr = Module._getmissingattr = (e, t2, r) => (_getmissingattr = Module._getmissingattr = wasmExports.getmissingattr)(e, t2, r), _hash_create = Module._hash_create = (e, t2, r, a) => (_hash_create = Module._hash_create = wasmExports.hash_create)(e, t2, r, a), _hash_search = Module._hash_search = (e, t2, r, a) => (_hash_search = Module._hash_search = wasmExports.hash_search)(e, t2, r, a), _nocachegetattr = Module._nocachegetattr = (e, t2, r) => (_nocachegetattr = Module._nocachegetattr = wasmExports.nocachegetattr)(e, t2, r), _heap_getsysattr = Module._heap_getsysattr = (e, t2, r, a) => (_heap_getsysattr = Module._heap_getsysattr = wasmExports.heap_getsysattr)(e, t2, r, a), _heap_form_tuple = Module._heap_form_tuple = (e, t2, r) => (_heap_form_tuple = Module._heap_form_tuple = wasmExports.heap_form_tuple)(e, t2, r), _heap_modify_tuple = Module._heap_modify_tuple = (e, t2, r, a, o3) => (_heap_modify_tuple = Module._heap_modify_tuple = wasmExports.heap_modify_tuple)(e, t2, r, a, o3), _heap_deform_tuple = Module._heap_deform_tuple = (e, t2, r, a) => (_heap_deform_tuple = Module._heap_deform_tuple = wasmExports.heap_deform_tuple)(e, t2, r, a), _heap_modify_tuple_by_cols = Module._heap_modify_tuple_by_cols = (e, t2, r, a, o3, _3) => (_heap_modify_tuple_by_cols = Module._heap_modify_tuple_by_cols = wasmExports.heap_modify_tuple_by_cols)(e, t2, r, a, o3, _3), _heap_freetuple = Module._heap_freetuple = (e) => (_heap_freetuple = Module._heap_freetuple = wasmExports.heap_freetuple)(e), _hash_bytes = Module._hash_bytes = (e, t2) => (_hash_bytes = Module._hash_bytes = wasmExports.hash_bytes)(e, t2), _index_form_tuple = Module._index_form_tuple = (e, t2, r) => (_index_form_tuple = Module._index_form_tuple = wasmExports.index_form_tuple)(e, t2, r), _MemoryContextAllocZero = Module._MemoryContextAllocZero = (e, t2) => (_MemoryContextAllocZero = Module._MemoryContextAllocZero = wasmExports.MemoryContextAllocZero)(e, t2), _nocache_index_getattr = Module._nocache_index_getattr = (e, t2, r) => (_nocache_index_getattr = Module._nocache_index_getattr = wasmExports.nocache_index_getattr)(e, t2, r), _index_deform_tuple = Module._index_deform_tuple = (e, t2, r, a) => (_index_deform_tuple = Module._index_deform_tuple = wasmExports.index_deform_tuple)(e, t2, r, a), _enlargeStringInfo = Module._enlargeStringInfo = (e, t2) => (_enlargeStringInfo = Module._enlargeStringInfo = wasmExports.enlargeStringInfo)(e, t2), _slot_getsomeattrs_int = Module._slot_getsomeattrs_int = (e, t2) => (_slot_getsomeattrs_int = Module._slot_getsomeattrs_int = wasmExports.slot_getsomeattrs_int)(e, t2), _pg_lltoa = Module._pg_lltoa = (e, t2) => (_pg_lltoa = Module._pg_lltoa = wasmExports.pg_lltoa)(e, t2), _pg_ltoa = Module._pg_ltoa = (e, t2) => (_pg_ltoa = Module._pg_ltoa = wasmExports.pg_ltoa)(e, t2), _pq_sendbytes = Module._pq_sendbytes = (e, t2, r) => (_pq_sendbytes = Module._pq_sendbytes = wasmExports.pq_sendbytes)(e, t2, r), _pg_printf = Module._pg_printf = (e, t2) => (_pg_printf = Module._pg_printf = wasmExports.pg_printf)(e, t2), _relation_open = Module._relation_open = (e, t2) => (_relation_open = Module._relation_open = wasmExports.relation_open)(e, t2), _LockRelationOid = Module._LockRelationOid = (e, t2) => (_LockRelationOid = Module._LockRelationOid = wasmExports.LockRelationOid)(e, t2), _RelationIdGetRelation = Module._RelationIdGetRelation = (e) => (_RelationIdGetRelation = Module._RelationIdGetRelation = wasmExports.RelationIdGetRelation)(e), _try_relation_open = Module._try_relation_open = (e, t2) => (_try_relation_open = Module._try_relation_open = wasmExports.try_relation_open)(e, t2), _relation_openrv = Module._relation_openrv = (e, t2) => (_relation_openrv = Module._relation_openrv = wasmExports.relation_openrv)(e, t2), _AcceptInvalidationMessages = Module._AcceptInvalidationMessages = () => (_AcceptInvalidationMessages = Module._AcceptInvalidationMessages = wasmExports.AcceptInvalidationMessages)(), _RangeVarGetRelidExtended = Module._RangeVarGetRelidExtended = (e, t2, r, a, o3) => (_RangeVarGetRelidExtended = Module._RangeVarGetRelidExtended = wasmExports.RangeVarGetRelidExtended)(e, t2, r, a, o3), _RelationClose = Module._RelationClose = (e) => (_RelationClose = Module._RelationClose = wasmExports.RelationClose)(e), _add_reloption_kind = Module._add_reloption_kind = () => (_add_reloption_kind = Module._add_reloption_kind = wasmExports.add_reloption_kind)(), _register_reloptions_validator = Module._register_reloptions_validator = (e, t2) => (_register_reloptions_validator = Module._register_reloptions_validator = wasmExports.register_reloptions_validator)(e, t2), _lappend = Module._lappend = (e, t2) => (_lappend = Module._lappend = wasmExports.lappend)(e, t2), _pstrdup = Module._pstrdup = (e) => (_pstrdup = Module._pstrdup = wasmExports.pstrdup)(e), _add_int_reloption = Module._add_int_reloption = (e, t2, r, a, o3, _3, s2) => (_add_int_reloption = Module._add_int_reloption = wasmExports.add_int_reloption)(e, t2, r, a, o3, _3, s2), _add_real_reloption = Module._add_real_reloption = (e, t2, r, a, o3, _3, s2) => (_add_real_reloption = Module._add_real_reloption = wasmExports.add_real_reloption)(e, t2, r, a, o3, _3, s2), _add_string_reloption = Module._add_string_reloption = (e, t2, r, a, o3, _3) => (_add_string_reloption = Module._add_string_reloption = wasmExports.add_string_reloption)(e, t2, r, a, o3, _3), _strdup = Module._strdup = (e) => (_strdup = Module._strdup = wasmExports.strdup)(e), _MemoryContextStrdup = Module._MemoryContextStrdup = (e, t2) => (_MemoryContextStrdup = Module._MemoryContextStrdup = wasmExports.MemoryContextStrdup)(e, t2), _transformRelOptions = Module._transformRelOptions = (e, t2, r, a, o3, _3) => (_transformRelOptions = Module._transformRelOptions = wasmExports.transformRelOptions)(e, t2, r, a, o3, _3), _deconstruct_array_builtin = Module._deconstruct_array_builtin = (e, t2, r, a, o3) => (_deconstruct_array_builtin = Module._deconstruct_array_builtin = wasmExports.deconstruct_array_builtin)(e, t2, r, a, o3), _strncmp = Module._strncmp = (e, t2, r) => (_strncmp = Module._strncmp = wasmExports.strncmp)(e, t2, r), _defGetString = Module._defGetString = (e) => (_defGetString = Module._defGetString = wasmExports.defGetString)(e), _defGetBoolean = Module._defGetBoolean = (e) => (_defGetBoolean = Module._defGetBoolean = wasmExports.defGetBoolean)(e), _pg_sprintf = Module._pg_sprintf = (e, t2, r) => (_pg_sprintf = Module._pg_sprintf = wasmExports.pg_sprintf)(e, t2, r), _untransformRelOptions = Module._untransformRelOptions = (e) => (_untransformRelOptions = Module._untransformRelOptions = wasmExports.untransformRelOptions)(e), _text_to_cstring = Module._text_to_cstring = (e) => (_text_to_cstring = Module._text_to_cstring = wasmExports.text_to_cstring)(e), _strchr = Module._strchr = (e, t2) => (_strchr = Module._strchr = wasmExports.strchr)(e, t2), _makeString = Module._makeString = (e) => (_makeString = Module._makeString = wasmExports.makeString)(e), _makeDefElem = Module._makeDefElem = (e, t2, r) => (_makeDefElem = Module._makeDefElem = wasmExports.makeDefElem)(e, t2, r), _heap_reloptions = Module._heap_reloptions = (e, t2, r) => (_heap_reloptions = Module._heap_reloptions = wasmExports.heap_reloptions)(e, t2, r), _strcpy = Module._strcpy = (e, t2) => (_strcpy = Module._strcpy = wasmExports.strcpy)(e, t2), _MemoryContextAlloc = Module._MemoryContextAlloc = (e, t2) => (_MemoryContextAlloc = Module._MemoryContextAlloc = wasmExports.MemoryContextAlloc)(e, t2), _parse_bool = Module._parse_bool = (e, t2) => (_parse_bool = Module._parse_bool = wasmExports.parse_bool)(e, t2), _parse_int = Module._parse_int = (e, t2, r, a) => (_parse_int = Module._parse_int = wasmExports.parse_int)(e, t2, r, a), _parse_real = Module._parse_real = (e, t2, r, a) => (_parse_real = Module._parse_real = wasmExports.parse_real)(e, t2, r, a), _pg_strcasecmp = Module._pg_strcasecmp = (e, t2) => (_pg_strcasecmp = Module._pg_strcasecmp = wasmExports.pg_strcasecmp)(e, t2), _ScanKeyInit = Module._ScanKeyInit = (e, t2, r, a, o3) => (_ScanKeyInit = Module._ScanKeyInit = wasmExports.ScanKeyInit)(e, t2, r, a, o3), _dsm_segment_handle = Module._dsm_segment_handle = (e) => (_dsm_segment_handle = Module._dsm_segment_handle = wasmExports.dsm_segment_handle)(e), _dsm_create = Module._dsm_create = (e, t2) => (_dsm_create = Module._dsm_create = wasmExports.dsm_create)(e, t2), _dsm_segment_address = Module._dsm_segment_address = (e) => (_dsm_segment_address = Module._dsm_segment_address = wasmExports.dsm_segment_address)(e), _dsa_pin_mapping = Module._dsa_pin_mapping = (e) => (_dsa_pin_mapping = Module._dsa_pin_mapping = wasmExports.dsa_pin_mapping)(e), _dsm_attach = Module._dsm_attach = (e) => (_dsm_attach = Module._dsm_attach = wasmExports.dsm_attach)(e), _dsm_detach = Module._dsm_detach = (e) => (_dsm_detach = Module._dsm_detach = wasmExports.dsm_detach)(e), _dsa_detach = Module._dsa_detach = (e) => (_dsa_detach = Module._dsa_detach = wasmExports.dsa_detach)(e), _ShmemInitStruct = Module._ShmemInitStruct = (e, t2, r) => (_ShmemInitStruct = Module._ShmemInitStruct = wasmExports.ShmemInitStruct)(e, t2, r), _LWLockAcquire = Module._LWLockAcquire = (e, t2) => (_LWLockAcquire = Module._LWLockAcquire = wasmExports.LWLockAcquire)(e, t2), _LWLockRelease = Module._LWLockRelease = (e) => (_LWLockRelease = Module._LWLockRelease = wasmExports.LWLockRelease)(e), _dsa_create_ext = Module._dsa_create_ext = (e, t2, r) => (_dsa_create_ext = Module._dsa_create_ext = wasmExports.dsa_create_ext)(e, t2, r), _dsa_allocate_extended = Module._dsa_allocate_extended = (e, t2, r) => (_dsa_allocate_extended = Module._dsa_allocate_extended = wasmExports.dsa_allocate_extended)(e, t2, r), _dsa_get_address = Module._dsa_get_address = (e, t2) => (_dsa_get_address = Module._dsa_get_address = wasmExports.dsa_get_address)(e, t2), _LWLockInitialize = Module._LWLockInitialize = (e, t2) => (_LWLockInitialize = Module._LWLockInitialize = wasmExports.LWLockInitialize)(e, t2), _dsa_attach = Module._dsa_attach = (e) => (_dsa_attach = Module._dsa_attach = wasmExports.dsa_attach)(e), _dsa_free = Module._dsa_free = (e, t2) => (_dsa_free = Module._dsa_free = wasmExports.dsa_free)(e, t2), _dsa_get_total_size = Module._dsa_get_total_size = (e) => (_dsa_get_total_size = Module._dsa_get_total_size = wasmExports.dsa_get_total_size)(e), _MemoryContextMemAllocated = Module._MemoryContextMemAllocated = (e, t2) => (_MemoryContextMemAllocated = Module._MemoryContextMemAllocated = wasmExports.MemoryContextMemAllocated)(e, t2), _check_stack_depth = Module._check_stack_depth = () => (_check_stack_depth = Module._check_stack_depth = wasmExports.check_stack_depth)(), _GetCurrentCommandId = Module._GetCurrentCommandId = (e) => (_GetCurrentCommandId = Module._GetCurrentCommandId = wasmExports.GetCurrentCommandId)(e), _toast_open_indexes = Module._toast_open_indexes = (e, t2, r, a) => (_toast_open_indexes = Module._toast_open_indexes = wasmExports.toast_open_indexes)(e, t2, r, a), _heap_insert = Module._heap_insert = (e, t2, r, a, o3) => (_heap_insert = Module._heap_insert = wasmExports.heap_insert)(e, t2, r, a, o3), _RelationGetIndexList = Module._RelationGetIndexList = (e) => (_RelationGetIndexList = Module._RelationGetIndexList = wasmExports.RelationGetIndexList)(e), _list_free = Module._list_free = (e) => (_list_free = Module._list_free = wasmExports.list_free)(e), _systable_beginscan = Module._systable_beginscan = (e, t2, r, a, o3, _3) => (_systable_beginscan = Module._systable_beginscan = wasmExports.systable_beginscan)(e, t2, r, a, o3, _3), _systable_getnext = Module._systable_getnext = (e) => (_systable_getnext = Module._systable_getnext = wasmExports.systable_getnext)(e), _systable_endscan = Module._systable_endscan = (e) => (_systable_endscan = Module._systable_endscan = wasmExports.systable_endscan)(e), _toast_close_indexes = Module._toast_close_indexes = (e, t2, r) => (_toast_close_indexes = Module._toast_close_indexes = wasmExports.toast_close_indexes)(e, t2, r), _systable_beginscan_ordered = Module._systable_beginscan_ordered = (e, t2, r, a, o3) => (_systable_beginscan_ordered = Module._systable_beginscan_ordered = wasmExports.systable_beginscan_ordered)(e, t2, r, a, o3), _systable_getnext_ordered = Module._systable_getnext_ordered = (e, t2) => (_systable_getnext_ordered = Module._systable_getnext_ordered = wasmExports.systable_getnext_ordered)(e, t2), _systable_endscan_ordered = Module._systable_endscan_ordered = (e) => (_systable_endscan_ordered = Module._systable_endscan_ordered = wasmExports.systable_endscan_ordered)(e), _init_toast_snapshot = Module._init_toast_snapshot = (e) => (_init_toast_snapshot = Module._init_toast_snapshot = wasmExports.init_toast_snapshot)(e), _convert_tuples_by_position = Module._convert_tuples_by_position = (e, t2, r) => (_convert_tuples_by_position = Module._convert_tuples_by_position = wasmExports.convert_tuples_by_position)(e, t2, r), _execute_attr_map_tuple = Module._execute_attr_map_tuple = (e, t2) => (_execute_attr_map_tuple = Module._execute_attr_map_tuple = wasmExports.execute_attr_map_tuple)(e, t2), _ExecStoreVirtualTuple = Module._ExecStoreVirtualTuple = (e) => (_ExecStoreVirtualTuple = Module._ExecStoreVirtualTuple = wasmExports.ExecStoreVirtualTuple)(e), _bms_is_member = Module._bms_is_member = (e, t2) => (_bms_is_member = Module._bms_is_member = wasmExports.bms_is_member)(e, t2), _bms_add_member = Module._bms_add_member = (e, t2) => (_bms_add_member = Module._bms_add_member = wasmExports.bms_add_member)(e, t2), _CreateTupleDescCopy = Module._CreateTupleDescCopy = (e) => (_CreateTupleDescCopy = Module._CreateTupleDescCopy = wasmExports.CreateTupleDescCopy)(e), _ResourceOwnerEnlarge = Module._ResourceOwnerEnlarge = (e) => (_ResourceOwnerEnlarge = Module._ResourceOwnerEnlarge = wasmExports.ResourceOwnerEnlarge)(e), _ResourceOwnerRemember = Module._ResourceOwnerRemember = (e, t2, r) => (_ResourceOwnerRemember = Module._ResourceOwnerRemember = wasmExports.ResourceOwnerRemember)(e, t2, r), _DecrTupleDescRefCount = Module._DecrTupleDescRefCount = (e) => (_DecrTupleDescRefCount = Module._DecrTupleDescRefCount = wasmExports.DecrTupleDescRefCount)(e), _ResourceOwnerForget = Module._ResourceOwnerForget = (e, t2, r) => (_ResourceOwnerForget = Module._ResourceOwnerForget = wasmExports.ResourceOwnerForget)(e, t2, r), _datumIsEqual = Module._datumIsEqual = (e, t2, r, a) => (_datumIsEqual = Module._datumIsEqual = wasmExports.datumIsEqual)(e, t2, r, a), _namestrcpy = Module._namestrcpy = (e, t2) => (_namestrcpy = Module._namestrcpy = wasmExports.namestrcpy)(e, t2), _TupleDescInitEntryCollation = Module._TupleDescInitEntryCollation = (e, t2, r) => (_TupleDescInitEntryCollation = Module._TupleDescInitEntryCollation = wasmExports.TupleDescInitEntryCollation)(e, t2, r), _stringToNode = Module._stringToNode = (e) => (_stringToNode = Module._stringToNode = wasmExports.stringToNode)(e), _psprintf = Module._psprintf = (e, t2) => (_psprintf = Module._psprintf = wasmExports.psprintf)(e, t2), _pg_detoast_datum_copy = Module._pg_detoast_datum_copy = (e) => (_pg_detoast_datum_copy = Module._pg_detoast_datum_copy = wasmExports.pg_detoast_datum_copy)(e), _get_typlenbyvalalign = Module._get_typlenbyvalalign = (e, t2, r, a) => (_get_typlenbyvalalign = Module._get_typlenbyvalalign = wasmExports.get_typlenbyvalalign)(e, t2, r, a), _deconstruct_array = Module._deconstruct_array = (e, t2, r, a, o3, _3, s2, n) => (_deconstruct_array = Module._deconstruct_array = wasmExports.deconstruct_array)(e, t2, r, a, o3, _3, s2, n), _tbm_add_tuples = Module._tbm_add_tuples = (e, t2, r, a) => (_tbm_add_tuples = Module._tbm_add_tuples = wasmExports.tbm_add_tuples)(e, t2, r, a), _ginPostingListDecode = Module._ginPostingListDecode = (e, t2) => (_ginPostingListDecode = Module._ginPostingListDecode = wasmExports.ginPostingListDecode)(e, t2), _ItemPointerCompare = Module._ItemPointerCompare = (e, t2) => (_ItemPointerCompare = Module._ItemPointerCompare = wasmExports.ItemPointerCompare)(e, t2), _LockPage = Module._LockPage = (e, t2, r) => (_LockPage = Module._LockPage = wasmExports.LockPage)(e, t2, r), _UnlockPage = Module._UnlockPage = (e, t2, r) => (_UnlockPage = Module._UnlockPage = wasmExports.UnlockPage)(e, t2, r), _vacuum_delay_point = Module._vacuum_delay_point = () => (_vacuum_delay_point = Module._vacuum_delay_point = wasmExports.vacuum_delay_point)(), _RecordFreeIndexPage = Module._RecordFreeIndexPage = (e, t2) => (_RecordFreeIndexPage = Module._RecordFreeIndexPage = wasmExports.RecordFreeIndexPage)(e, t2), _IndexFreeSpaceMapVacuum = Module._IndexFreeSpaceMapVacuum = (e) => (_IndexFreeSpaceMapVacuum = Module._IndexFreeSpaceMapVacuum = wasmExports.IndexFreeSpaceMapVacuum)(e), _pg_prng_double = Module._pg_prng_double = (e) => (_pg_prng_double = Module._pg_prng_double = wasmExports.pg_prng_double)(e), _log_newpage_range = Module._log_newpage_range = (e, t2, r, a, o3) => (_log_newpage_range = Module._log_newpage_range = wasmExports.log_newpage_range)(e, t2, r, a, o3), _GetFreeIndexPage = Module._GetFreeIndexPage = (e) => (_GetFreeIndexPage = Module._GetFreeIndexPage = wasmExports.GetFreeIndexPage)(e), _ConditionalLockBuffer = Module._ConditionalLockBuffer = (e) => (_ConditionalLockBuffer = Module._ConditionalLockBuffer = wasmExports.ConditionalLockBuffer)(e), _LockBufferForCleanup = Module._LockBufferForCleanup = (e) => (_LockBufferForCleanup = Module._LockBufferForCleanup = wasmExports.LockBufferForCleanup)(e), _gistcheckpage = Module._gistcheckpage = (e, t2) => (_gistcheckpage = Module._gistcheckpage = wasmExports.gistcheckpage)(e, t2), _PageIndexMultiDelete = Module._PageIndexMultiDelete = (e, t2, r) => (_PageIndexMultiDelete = Module._PageIndexMultiDelete = wasmExports.PageIndexMultiDelete)(e, t2, r), _list_make1_impl = Module._list_make1_impl = (e, t2) => (_list_make1_impl = Module._list_make1_impl = wasmExports.list_make1_impl)(e, t2), _lcons = Module._lcons = (e, t2) => (_lcons = Module._lcons = wasmExports.lcons)(e, t2), _pow = Module._pow = (e, t2) => (_pow = Module._pow = wasmExports.pow)(e, t2), _smgrnblocks = Module._smgrnblocks = (e, t2) => (_smgrnblocks = Module._smgrnblocks = wasmExports.smgrnblocks)(e, t2), _list_free_deep = Module._list_free_deep = (e) => (_list_free_deep = Module._list_free_deep = wasmExports.list_free_deep)(e), _pairingheap_remove_first = Module._pairingheap_remove_first = (e) => (_pairingheap_remove_first = Module._pairingheap_remove_first = wasmExports.pairingheap_remove_first)(e), _pairingheap_add = Module._pairingheap_add = (e, t2) => (_pairingheap_add = Module._pairingheap_add = wasmExports.pairingheap_add)(e, t2), _float_overflow_error = Module._float_overflow_error = () => (_float_overflow_error = Module._float_overflow_error = wasmExports.float_overflow_error)(), _float_underflow_error = Module._float_underflow_error = () => (_float_underflow_error = Module._float_underflow_error = wasmExports.float_underflow_error)(), _DirectFunctionCall5Coll = Module._DirectFunctionCall5Coll = (e, t2, r, a, o3, _3, s2) => (_DirectFunctionCall5Coll = Module._DirectFunctionCall5Coll = wasmExports.DirectFunctionCall5Coll)(e, t2, r, a, o3, _3, s2), _pairingheap_allocate = Module._pairingheap_allocate = (e, t2) => (_pairingheap_allocate = Module._pairingheap_allocate = wasmExports.pairingheap_allocate)(e, t2), _GenerationContextCreate = Module._GenerationContextCreate = (e, t2, r, a, o3) => (_GenerationContextCreate = Module._GenerationContextCreate = wasmExports.GenerationContextCreate)(e, t2, r, a, o3), _pgstat_progress_update_param = Module._pgstat_progress_update_param = (e, t2) => (_pgstat_progress_update_param = Module._pgstat_progress_update_param = wasmExports.pgstat_progress_update_param)(e, t2), __hash_getbuf = Module.__hash_getbuf = (e, t2, r, a) => (__hash_getbuf = Module.__hash_getbuf = wasmExports._hash_getbuf)(e, t2, r, a), __hash_relbuf = Module.__hash_relbuf = (e, t2) => (__hash_relbuf = Module.__hash_relbuf = wasmExports._hash_relbuf)(e, t2), __hash_get_indextuple_hashkey = Module.__hash_get_indextuple_hashkey = (e) => (__hash_get_indextuple_hashkey = Module.__hash_get_indextuple_hashkey = wasmExports._hash_get_indextuple_hashkey)(e), __hash_getbuf_with_strategy = Module.__hash_getbuf_with_strategy = (e, t2, r, a, o3) => (__hash_getbuf_with_strategy = Module.__hash_getbuf_with_strategy = wasmExports._hash_getbuf_with_strategy)(e, t2, r, a, o3), _FlushOneBuffer = Module._FlushOneBuffer = (e) => (_FlushOneBuffer = Module._FlushOneBuffer = wasmExports.FlushOneBuffer)(e), _hashcharextended = Module._hashcharextended = (e) => (_hashcharextended = Module._hashcharextended = wasmExports.hashcharextended)(e), _hashint8 = Module._hashint8 = (e) => (_hashint8 = Module._hashint8 = wasmExports.hashint8)(e), _hashint8extended = Module._hashint8extended = (e) => (_hashint8extended = Module._hashint8extended = wasmExports.hashint8extended)(e), _hash_bytes_extended = Module._hash_bytes_extended = (e, t2, r) => (_hash_bytes_extended = Module._hash_bytes_extended = wasmExports.hash_bytes_extended)(e, t2, r), _hashfloat8 = Module._hashfloat8 = (e) => (_hashfloat8 = Module._hashfloat8 = wasmExports.hashfloat8)(e), _hashfloat8extended = Module._hashfloat8extended = (e) => (_hashfloat8extended = Module._hashfloat8extended = wasmExports.hashfloat8extended)(e), __hash_ovflblkno_to_bitno = Module.__hash_ovflblkno_to_bitno = (e, t2) => (__hash_ovflblkno_to_bitno = Module.__hash_ovflblkno_to_bitno = wasmExports._hash_ovflblkno_to_bitno)(e, t2), _hash_destroy = Module._hash_destroy = (e) => (_hash_destroy = Module._hash_destroy = wasmExports.hash_destroy)(e), _OidFunctionCall1Coll = Module._OidFunctionCall1Coll = (e, t2, r) => (_OidFunctionCall1Coll = Module._OidFunctionCall1Coll = wasmExports.OidFunctionCall1Coll)(e, t2, r), _list_member_oid = Module._list_member_oid = (e, t2) => (_list_member_oid = Module._list_member_oid = wasmExports.list_member_oid)(e, t2), _CommandCounterIncrement = Module._CommandCounterIncrement = () => (_CommandCounterIncrement = Module._CommandCounterIncrement = wasmExports.CommandCounterIncrement)(), _list_concat_copy = Module._list_concat_copy = (e, t2) => (_list_concat_copy = Module._list_concat_copy = wasmExports.list_concat_copy)(e, t2), _HeapTupleSatisfiesVisibility = Module._HeapTupleSatisfiesVisibility = (e, t2, r) => (_HeapTupleSatisfiesVisibility = Module._HeapTupleSatisfiesVisibility = wasmExports.HeapTupleSatisfiesVisibility)(e, t2, r), _read_stream_begin_relation = Module._read_stream_begin_relation = (e, t2, r, a, o3, _3, s2) => (_read_stream_begin_relation = Module._read_stream_begin_relation = wasmExports.read_stream_begin_relation)(e, t2, r, a, o3, _3, s2), _GetAccessStrategy = Module._GetAccessStrategy = (e) => (_GetAccessStrategy = Module._GetAccessStrategy = wasmExports.GetAccessStrategy)(e), _FreeAccessStrategy = Module._FreeAccessStrategy = (e) => (_FreeAccessStrategy = Module._FreeAccessStrategy = wasmExports.FreeAccessStrategy)(e), _read_stream_end = Module._read_stream_end = (e) => (_read_stream_end = Module._read_stream_end = wasmExports.read_stream_end)(e), _heap_getnext = Module._heap_getnext = (e, t2) => (_heap_getnext = Module._heap_getnext = wasmExports.heap_getnext)(e, t2), _heap_fetch = Module._heap_fetch = (e, t2, r, a, o3) => (_heap_fetch = Module._heap_fetch = wasmExports.heap_fetch)(e, t2, r, a, o3), _HeapTupleSatisfiesVacuum = Module._HeapTupleSatisfiesVacuum = (e, t2, r) => (_HeapTupleSatisfiesVacuum = Module._HeapTupleSatisfiesVacuum = wasmExports.HeapTupleSatisfiesVacuum)(e, t2, r), _GetMultiXactIdMembers = Module._GetMultiXactIdMembers = (e, t2, r, a) => (_GetMultiXactIdMembers = Module._GetMultiXactIdMembers = wasmExports.GetMultiXactIdMembers)(e, t2, r, a), _TransactionIdPrecedes = Module._TransactionIdPrecedes = (e, t2) => (_TransactionIdPrecedes = Module._TransactionIdPrecedes = wasmExports.TransactionIdPrecedes)(e, t2), _HeapTupleGetUpdateXid = Module._HeapTupleGetUpdateXid = (e) => (_HeapTupleGetUpdateXid = Module._HeapTupleGetUpdateXid = wasmExports.HeapTupleGetUpdateXid)(e), _GetBulkInsertState = Module._GetBulkInsertState = () => (_GetBulkInsertState = Module._GetBulkInsertState = wasmExports.GetBulkInsertState)(), _FreeBulkInsertState = Module._FreeBulkInsertState = (e) => (_FreeBulkInsertState = Module._FreeBulkInsertState = wasmExports.FreeBulkInsertState)(e), _visibilitymap_clear = Module._visibilitymap_clear = (e, t2, r, a) => (_visibilitymap_clear = Module._visibilitymap_clear = wasmExports.visibilitymap_clear)(e, t2, r, a), _pgstat_count_heap_insert = Module._pgstat_count_heap_insert = (e, t2) => (_pgstat_count_heap_insert = Module._pgstat_count_heap_insert = wasmExports.pgstat_count_heap_insert)(e, t2), _heap_multi_insert = Module._heap_multi_insert = (e, t2, r, a, o3, _3) => (_heap_multi_insert = Module._heap_multi_insert = wasmExports.heap_multi_insert)(e, t2, r, a, o3, _3), _ExecFetchSlotHeapTuple = Module._ExecFetchSlotHeapTuple = (e, t2, r) => (_ExecFetchSlotHeapTuple = Module._ExecFetchSlotHeapTuple = wasmExports.ExecFetchSlotHeapTuple)(e, t2, r), _PageGetHeapFreeSpace = Module._PageGetHeapFreeSpace = (e) => (_PageGetHeapFreeSpace = Module._PageGetHeapFreeSpace = wasmExports.PageGetHeapFreeSpace)(e), _heap_delete = Module._heap_delete = (e, t2, r, a, o3, _3, s2) => (_heap_delete = Module._heap_delete = wasmExports.heap_delete)(e, t2, r, a, o3, _3, s2), _visibilitymap_pin = Module._visibilitymap_pin = (e, t2, r) => (_visibilitymap_pin = Module._visibilitymap_pin = wasmExports.visibilitymap_pin)(e, t2, r), _HeapTupleSatisfiesUpdate = Module._HeapTupleSatisfiesUpdate = (e, t2, r) => (_HeapTupleSatisfiesUpdate = Module._HeapTupleSatisfiesUpdate = wasmExports.HeapTupleSatisfiesUpdate)(e, t2, r), _TransactionIdIsCurrentTransactionId = Module._TransactionIdIsCurrentTransactionId = (e) => (_TransactionIdIsCurrentTransactionId = Module._TransactionIdIsCurrentTransactionId = wasmExports.TransactionIdIsCurrentTransactionId)(e), _TransactionIdDidCommit = Module._TransactionIdDidCommit = (e) => (_TransactionIdDidCommit = Module._TransactionIdDidCommit = wasmExports.TransactionIdDidCommit)(e), _TransactionIdIsInProgress = Module._TransactionIdIsInProgress = (e) => (_TransactionIdIsInProgress = Module._TransactionIdIsInProgress = wasmExports.TransactionIdIsInProgress)(e), _bms_free = Module._bms_free = (e) => (_bms_free = Module._bms_free = wasmExports.bms_free)(e), _bms_add_members = Module._bms_add_members = (e, t2) => (_bms_add_members = Module._bms_add_members = wasmExports.bms_add_members)(e, t2), _bms_next_member = Module._bms_next_member = (e, t2) => (_bms_next_member = Module._bms_next_member = wasmExports.bms_next_member)(e, t2), _bms_overlap = Module._bms_overlap = (e, t2) => (_bms_overlap = Module._bms_overlap = wasmExports.bms_overlap)(e, t2), _heap_lock_tuple = Module._heap_lock_tuple = (e, t2, r, a, o3, _3, s2, n) => (_heap_lock_tuple = Module._heap_lock_tuple = wasmExports.heap_lock_tuple)(e, t2, r, a, o3, _3, s2, n), _MultiXactIdPrecedes = Module._MultiXactIdPrecedes = (e, t2) => (_MultiXactIdPrecedes = Module._MultiXactIdPrecedes = wasmExports.MultiXactIdPrecedes)(e, t2), _heap_tuple_needs_eventual_freeze = Module._heap_tuple_needs_eventual_freeze = (e) => (_heap_tuple_needs_eventual_freeze = Module._heap_tuple_needs_eventual_freeze = wasmExports.heap_tuple_needs_eventual_freeze)(e), _PrefetchBuffer = Module._PrefetchBuffer = (e, t2, r, a) => (_PrefetchBuffer = Module._PrefetchBuffer = wasmExports.PrefetchBuffer)(e, t2, r, a), _XLogRecGetBlockTagExtended = Module._XLogRecGetBlockTagExtended = (e, t2, r, a, o3, _3) => (_XLogRecGetBlockTagExtended = Module._XLogRecGetBlockTagExtended = wasmExports.XLogRecGetBlockTagExtended)(e, t2, r, a, o3, _3), _read_stream_next_buffer = Module._read_stream_next_buffer = (e, t2) => (_read_stream_next_buffer = Module._read_stream_next_buffer = wasmExports.read_stream_next_buffer)(e, t2), _FlushRelationBuffers = Module._FlushRelationBuffers = (e) => (_FlushRelationBuffers = Module._FlushRelationBuffers = wasmExports.FlushRelationBuffers)(e), _smgrexists = Module._smgrexists = (e, t2) => (_smgrexists = Module._smgrexists = wasmExports.smgrexists)(e, t2), _table_slot_create = Module._table_slot_create = (e, t2) => (_table_slot_create = Module._table_slot_create = wasmExports.table_slot_create)(e, t2), _ExecDropSingleTupleTableSlot = Module._ExecDropSingleTupleTableSlot = (e) => (_ExecDropSingleTupleTableSlot = Module._ExecDropSingleTupleTableSlot = wasmExports.ExecDropSingleTupleTableSlot)(e), _CreateExecutorState = Module._CreateExecutorState = () => (_CreateExecutorState = Module._CreateExecutorState = wasmExports.CreateExecutorState)(), _MakePerTupleExprContext = Module._MakePerTupleExprContext = (e) => (_MakePerTupleExprContext = Module._MakePerTupleExprContext = wasmExports.MakePerTupleExprContext)(e), _ExecPrepareQual = Module._ExecPrepareQual = (e, t2) => (_ExecPrepareQual = Module._ExecPrepareQual = wasmExports.ExecPrepareQual)(e, t2), _GetOldestNonRemovableTransactionId = Module._GetOldestNonRemovableTransactionId = (e) => (_GetOldestNonRemovableTransactionId = Module._GetOldestNonRemovableTransactionId = wasmExports.GetOldestNonRemovableTransactionId)(e), _FreeExecutorState = Module._FreeExecutorState = (e) => (_FreeExecutorState = Module._FreeExecutorState = wasmExports.FreeExecutorState)(e), _MakeSingleTupleTableSlot = Module._MakeSingleTupleTableSlot = (e, t2) => (_MakeSingleTupleTableSlot = Module._MakeSingleTupleTableSlot = wasmExports.MakeSingleTupleTableSlot)(e, t2), _tuplesort_getdatum = Module._tuplesort_getdatum = (e, t2, r, a, o3, _3) => (_tuplesort_getdatum = Module._tuplesort_getdatum = wasmExports.tuplesort_getdatum)(e, t2, r, a, o3, _3), _ExecStoreHeapTuple = Module._ExecStoreHeapTuple = (e, t2, r) => (_ExecStoreHeapTuple = Module._ExecStoreHeapTuple = wasmExports.ExecStoreHeapTuple)(e, t2, r), _visibilitymap_get_status = Module._visibilitymap_get_status = (e, t2, r) => (_visibilitymap_get_status = Module._visibilitymap_get_status = wasmExports.visibilitymap_get_status)(e, t2, r), _ExecStoreAllNullTuple = Module._ExecStoreAllNullTuple = (e) => (_ExecStoreAllNullTuple = Module._ExecStoreAllNullTuple = wasmExports.ExecStoreAllNullTuple)(e), _XidInMVCCSnapshot = Module._XidInMVCCSnapshot = (e, t2) => (_XidInMVCCSnapshot = Module._XidInMVCCSnapshot = wasmExports.XidInMVCCSnapshot)(e, t2), _bsearch = Module._bsearch = (e, t2, r, a, o3) => (_bsearch = Module._bsearch = wasmExports.bsearch)(e, t2, r, a, o3), _hash_seq_init = Module._hash_seq_init = (e, t2) => (_hash_seq_init = Module._hash_seq_init = wasmExports.hash_seq_init)(e, t2), _hash_seq_search = Module._hash_seq_search = (e) => (_hash_seq_search = Module._hash_seq_search = wasmExports.hash_seq_search)(e), _errcode_for_file_access = Module._errcode_for_file_access = () => (_errcode_for_file_access = Module._errcode_for_file_access = wasmExports.errcode_for_file_access)(), _pg_snprintf = Module._pg_snprintf = (e, t2, r, a) => (_pg_snprintf = Module._pg_snprintf = wasmExports.pg_snprintf)(e, t2, r, a), _OpenTransientFile = Module._OpenTransientFile = (e, t2) => (_OpenTransientFile = Module._OpenTransientFile = wasmExports.OpenTransientFile)(e, t2), _ftruncate = Module._ftruncate = (e, t2) => (_ftruncate = Module._ftruncate = wasmExports.ftruncate)(e, t2), ___errno_location = Module.___errno_location = () => (___errno_location = Module.___errno_location = wasmExports.__errno_location)(), _pwrite = Module._pwrite = (e, t2, r, a) => (_pwrite = Module._pwrite = wasmExports.pwrite)(e, t2, r, a), _CloseTransientFile = Module._CloseTransientFile = (e) => (_CloseTransientFile = Module._CloseTransientFile = wasmExports.CloseTransientFile)(e), _sscanf = Module._sscanf = (e, t2, r) => (_sscanf = Module._sscanf = wasmExports.sscanf)(e, t2, r), _unlink = Module._unlink = (e) => (_unlink = Module._unlink = wasmExports.unlink)(e), _fsync_fname = Module._fsync_fname = (e, t2) => (_fsync_fname = Module._fsync_fname = wasmExports.fsync_fname)(e, t2), _GetCurrentTimestamp = Module._GetCurrentTimestamp = () => (_GetCurrentTimestamp = Module._GetCurrentTimestamp = wasmExports.GetCurrentTimestamp)(), _get_namespace_name = Module._get_namespace_name = (e) => (_get_namespace_name = Module._get_namespace_name = wasmExports.get_namespace_name)(e), _GetRecordedFreeSpace = Module._GetRecordedFreeSpace = (e, t2) => (_GetRecordedFreeSpace = Module._GetRecordedFreeSpace = wasmExports.GetRecordedFreeSpace)(e, t2), _vac_estimate_reltuples = Module._vac_estimate_reltuples = (e, t2, r, a) => (_vac_estimate_reltuples = Module._vac_estimate_reltuples = wasmExports.vac_estimate_reltuples)(e, t2, r, a), _WaitLatch = Module._WaitLatch = (e, t2, r, a) => (_WaitLatch = Module._WaitLatch = wasmExports.WaitLatch)(e, t2, r, a), _ResetLatch = Module._ResetLatch = (e) => (_ResetLatch = Module._ResetLatch = wasmExports.ResetLatch)(e), _clock_gettime = Module._clock_gettime = (e, t2) => (_clock_gettime = Module._clock_gettime = wasmExports.clock_gettime)(e, t2), _WalUsageAccumDiff = Module._WalUsageAccumDiff = (e, t2, r) => (_WalUsageAccumDiff = Module._WalUsageAccumDiff = wasmExports.WalUsageAccumDiff)(e, t2, r), _BufferUsageAccumDiff = Module._BufferUsageAccumDiff = (e, t2, r) => (_BufferUsageAccumDiff = Module._BufferUsageAccumDiff = wasmExports.BufferUsageAccumDiff)(e, t2, r), _appendStringInfoString = Module._appendStringInfoString = (e, t2) => (_appendStringInfoString = Module._appendStringInfoString = wasmExports.appendStringInfoString)(e, t2), _set_errcontext_domain = Module._set_errcontext_domain = (e) => (_set_errcontext_domain = Module._set_errcontext_domain = wasmExports.set_errcontext_domain)(e), _errcontext_msg = Module._errcontext_msg = (e, t2) => (_errcontext_msg = Module._errcontext_msg = wasmExports.errcontext_msg)(e, t2), _visibilitymap_prepare_truncate = Module._visibilitymap_prepare_truncate = (e, t2) => (_visibilitymap_prepare_truncate = Module._visibilitymap_prepare_truncate = wasmExports.visibilitymap_prepare_truncate)(e, t2), _check_enable_rls = Module._check_enable_rls = (e, t2, r) => (_check_enable_rls = Module._check_enable_rls = wasmExports.check_enable_rls)(e, t2, r), _pg_class_aclcheck = Module._pg_class_aclcheck = (e, t2, r) => (_pg_class_aclcheck = Module._pg_class_aclcheck = wasmExports.pg_class_aclcheck)(e, t2, r), _btboolcmp = Module._btboolcmp = (e) => (_btboolcmp = Module._btboolcmp = wasmExports.btboolcmp)(e), _btint2cmp = Module._btint2cmp = (e) => (_btint2cmp = Module._btint2cmp = wasmExports.btint2cmp)(e), _btint4cmp = Module._btint4cmp = (e) => (_btint4cmp = Module._btint4cmp = wasmExports.btint4cmp)(e), _btint8cmp = Module._btint8cmp = (e) => (_btint8cmp = Module._btint8cmp = wasmExports.btint8cmp)(e), _btoidcmp = Module._btoidcmp = (e) => (_btoidcmp = Module._btoidcmp = wasmExports.btoidcmp)(e), _btcharcmp = Module._btcharcmp = (e) => (_btcharcmp = Module._btcharcmp = wasmExports.btcharcmp)(e), __bt_form_posting = Module.__bt_form_posting = (e, t2, r) => (__bt_form_posting = Module.__bt_form_posting = wasmExports._bt_form_posting)(e, t2, r), __bt_mkscankey = Module.__bt_mkscankey = (e, t2) => (__bt_mkscankey = Module.__bt_mkscankey = wasmExports._bt_mkscankey)(e, t2), __bt_checkpage = Module.__bt_checkpage = (e, t2) => (__bt_checkpage = Module.__bt_checkpage = wasmExports._bt_checkpage)(e, t2), __bt_compare = Module.__bt_compare = (e, t2, r, a) => (__bt_compare = Module.__bt_compare = wasmExports._bt_compare)(e, t2, r, a), __bt_relbuf = Module.__bt_relbuf = (e, t2) => (__bt_relbuf = Module.__bt_relbuf = wasmExports._bt_relbuf)(e, t2), __bt_search = Module.__bt_search = (e, t2, r, a, o3) => (__bt_search = Module.__bt_search = wasmExports._bt_search)(e, t2, r, a, o3), __bt_binsrch_insert = Module.__bt_binsrch_insert = (e, t2) => (__bt_binsrch_insert = Module.__bt_binsrch_insert = wasmExports._bt_binsrch_insert)(e, t2), __bt_freestack = Module.__bt_freestack = (e) => (__bt_freestack = Module.__bt_freestack = wasmExports._bt_freestack)(e), _pg_prng_uint32 = Module._pg_prng_uint32 = (e) => (_pg_prng_uint32 = Module._pg_prng_uint32 = wasmExports.pg_prng_uint32)(e), __bt_metaversion = Module.__bt_metaversion = (e, t2, r) => (__bt_metaversion = Module.__bt_metaversion = wasmExports._bt_metaversion)(e, t2, r), __bt_allequalimage = Module.__bt_allequalimage = (e, t2) => (__bt_allequalimage = Module.__bt_allequalimage = wasmExports._bt_allequalimage)(e, t2), ___wasm_setjmp_test = Module.___wasm_setjmp_test = (e, t2) => (___wasm_setjmp_test = Module.___wasm_setjmp_test = wasmExports.__wasm_setjmp_test)(e, t2), _before_shmem_exit = Module._before_shmem_exit = (e, t2) => (_before_shmem_exit = Module._before_shmem_exit = wasmExports.before_shmem_exit)(e, t2), ___wasm_setjmp = Module.___wasm_setjmp = (e, t2, r) => (___wasm_setjmp = Module.___wasm_setjmp = wasmExports.__wasm_setjmp)(e, t2, r), _cancel_before_shmem_exit = Module._cancel_before_shmem_exit = (e, t2) => (_cancel_before_shmem_exit = Module._cancel_before_shmem_exit = wasmExports.cancel_before_shmem_exit)(e, t2), _pg_re_throw = Module._pg_re_throw = () => (_pg_re_throw = Module._pg_re_throw = wasmExports.pg_re_throw)(), _emscripten_longjmp = Module._emscripten_longjmp = (e, t2) => (_emscripten_longjmp = Module._emscripten_longjmp = wasmExports.emscripten_longjmp)(e, t2), _get_opfamily_member = Module._get_opfamily_member = (e, t2, r, a) => (_get_opfamily_member = Module._get_opfamily_member = wasmExports.get_opfamily_member)(e, t2, r, a), _time = Module._time = (e) => (_time = Module._time = wasmExports.time)(e), _datum_image_eq = Module._datum_image_eq = (e, t2, r, a) => (_datum_image_eq = Module._datum_image_eq = wasmExports.datum_image_eq)(e, t2, r, a), __bt_check_natts = Module.__bt_check_natts = (e, t2, r, a) => (__bt_check_natts = Module.__bt_check_natts = wasmExports._bt_check_natts)(e, t2, r, a), _strlcpy = Module._strlcpy = (e, t2, r) => (_strlcpy = Module._strlcpy = wasmExports.strlcpy)(e, t2, r), _strncpy = Module._strncpy = (e, t2, r) => (_strncpy = Module._strncpy = wasmExports.strncpy)(e, t2, r), _timestamptz_to_str = Module._timestamptz_to_str = (e) => (_timestamptz_to_str = Module._timestamptz_to_str = wasmExports.timestamptz_to_str)(e), _XLogRecGetBlockRefInfo = Module._XLogRecGetBlockRefInfo = (e, t2, r, a, o3) => (_XLogRecGetBlockRefInfo = Module._XLogRecGetBlockRefInfo = wasmExports.XLogRecGetBlockRefInfo)(e, t2, r, a, o3), _varstr_cmp = Module._varstr_cmp = (e, t2, r, a, o3) => (_varstr_cmp = Module._varstr_cmp = wasmExports.varstr_cmp)(e, t2, r, a, o3), _getBaseType = Module._getBaseType = (e) => (_getBaseType = Module._getBaseType = wasmExports.getBaseType)(e), _exprType = Module._exprType = (e) => (_exprType = Module._exprType = wasmExports.exprType)(e), _GetActiveSnapshot = Module._GetActiveSnapshot = () => (_GetActiveSnapshot = Module._GetActiveSnapshot = wasmExports.GetActiveSnapshot)(), _errdetail_relkind_not_supported = Module._errdetail_relkind_not_supported = (e) => (_errdetail_relkind_not_supported = Module._errdetail_relkind_not_supported = wasmExports.errdetail_relkind_not_supported)(e), _table_openrv = Module._table_openrv = (e, t2) => (_table_openrv = Module._table_openrv = wasmExports.table_openrv)(e, t2), _table_slot_callbacks = Module._table_slot_callbacks = (e) => (_table_slot_callbacks = Module._table_slot_callbacks = wasmExports.table_slot_callbacks)(e), _clamp_row_est = Module._clamp_row_est = (e) => (_clamp_row_est = Module._clamp_row_est = wasmExports.clamp_row_est)(e), _pre_format_elog_string = Module._pre_format_elog_string = (e, t2) => (_pre_format_elog_string = Module._pre_format_elog_string = wasmExports.pre_format_elog_string)(e, t2), _format_elog_string = Module._format_elog_string = (e, t2) => (_format_elog_string = Module._format_elog_string = wasmExports.format_elog_string)(e, t2), _IsTransactionState = Module._IsTransactionState = () => (_IsTransactionState = Module._IsTransactionState = wasmExports.IsTransactionState)(), _estimate_expression_value = Module._estimate_expression_value = (e, t2) => (_estimate_expression_value = Module._estimate_expression_value = wasmExports.estimate_expression_value)(e, t2), _SetConfigOption = Module._SetConfigOption = (e, t2, r, a) => (_SetConfigOption = Module._SetConfigOption = wasmExports.SetConfigOption)(e, t2, r, a), _XLogFlush = Module._XLogFlush = (e) => (_XLogFlush = Module._XLogFlush = wasmExports.XLogFlush)(e), _get_call_result_type = Module._get_call_result_type = (e, t2, r) => (_get_call_result_type = Module._get_call_result_type = wasmExports.get_call_result_type)(e, t2, r), _HeapTupleHeaderGetDatum = Module._HeapTupleHeaderGetDatum = (e) => (_HeapTupleHeaderGetDatum = Module._HeapTupleHeaderGetDatum = wasmExports.HeapTupleHeaderGetDatum)(e), _GenericXLogStart = Module._GenericXLogStart = (e) => (_GenericXLogStart = Module._GenericXLogStart = wasmExports.GenericXLogStart)(e), _GenericXLogRegisterBuffer = Module._GenericXLogRegisterBuffer = (e, t2, r) => (_GenericXLogRegisterBuffer = Module._GenericXLogRegisterBuffer = wasmExports.GenericXLogRegisterBuffer)(e, t2, r), _GenericXLogFinish = Module._GenericXLogFinish = (e) => (_GenericXLogFinish = Module._GenericXLogFinish = wasmExports.GenericXLogFinish)(e), _GenericXLogAbort = Module._GenericXLogAbort = (e) => (_GenericXLogAbort = Module._GenericXLogAbort = wasmExports.GenericXLogAbort)(e), _errmsg_plural = Module._errmsg_plural = (e, t2, r, a) => (_errmsg_plural = Module._errmsg_plural = wasmExports.errmsg_plural)(e, t2, r, a), _ReadNextMultiXactId = Module._ReadNextMultiXactId = () => (_ReadNextMultiXactId = Module._ReadNextMultiXactId = wasmExports.ReadNextMultiXactId)(), _ReadMultiXactIdRange = Module._ReadMultiXactIdRange = (e, t2) => (_ReadMultiXactIdRange = Module._ReadMultiXactIdRange = wasmExports.ReadMultiXactIdRange)(e, t2), _MultiXactIdPrecedesOrEquals = Module._MultiXactIdPrecedesOrEquals = (e, t2) => (_MultiXactIdPrecedesOrEquals = Module._MultiXactIdPrecedesOrEquals = wasmExports.MultiXactIdPrecedesOrEquals)(e, t2), _init_MultiFuncCall = Module._init_MultiFuncCall = (e) => (_init_MultiFuncCall = Module._init_MultiFuncCall = wasmExports.init_MultiFuncCall)(e), _TupleDescGetAttInMetadata = Module._TupleDescGetAttInMetadata = (e) => (_TupleDescGetAttInMetadata = Module._TupleDescGetAttInMetadata = wasmExports.TupleDescGetAttInMetadata)(e), _per_MultiFuncCall = Module._per_MultiFuncCall = (e) => (_per_MultiFuncCall = Module._per_MultiFuncCall = wasmExports.per_MultiFuncCall)(e), _BuildTupleFromCStrings = Module._BuildTupleFromCStrings = (e, t2) => (_BuildTupleFromCStrings = Module._BuildTupleFromCStrings = wasmExports.BuildTupleFromCStrings)(e, t2), _end_MultiFuncCall = Module._end_MultiFuncCall = (e, t2) => (_end_MultiFuncCall = Module._end_MultiFuncCall = wasmExports.end_MultiFuncCall)(e, t2), _GetCurrentSubTransactionId = Module._GetCurrentSubTransactionId = () => (_GetCurrentSubTransactionId = Module._GetCurrentSubTransactionId = wasmExports.GetCurrentSubTransactionId)(), _WaitForBackgroundWorkerShutdown = Module._WaitForBackgroundWorkerShutdown = (e) => (_WaitForBackgroundWorkerShutdown = Module._WaitForBackgroundWorkerShutdown = wasmExports.WaitForBackgroundWorkerShutdown)(e), _RegisterDynamicBackgroundWorker = Module._RegisterDynamicBackgroundWorker = (e, t2) => (_RegisterDynamicBackgroundWorker = Module._RegisterDynamicBackgroundWorker = wasmExports.RegisterDynamicBackgroundWorker)(e, t2), _appendBinaryStringInfo = Module._appendBinaryStringInfo = (e, t2, r) => (_appendBinaryStringInfo = Module._appendBinaryStringInfo = wasmExports.appendBinaryStringInfo)(e, t2, r), _pq_getmsgbyte = Module._pq_getmsgbyte = (e) => (_pq_getmsgbyte = Module._pq_getmsgbyte = wasmExports.pq_getmsgbyte)(e), _pq_getmsgint = Module._pq_getmsgint = (e, t2) => (_pq_getmsgint = Module._pq_getmsgint = wasmExports.pq_getmsgint)(e, t2), _pq_getmsgint64 = Module._pq_getmsgint64 = (e) => (_pq_getmsgint64 = Module._pq_getmsgint64 = wasmExports.pq_getmsgint64)(e), _die = Module._die = (e) => (_die = Module._die = wasmExports.die)(e), _BackgroundWorkerUnblockSignals = Module._BackgroundWorkerUnblockSignals = () => (_BackgroundWorkerUnblockSignals = Module._BackgroundWorkerUnblockSignals = wasmExports.BackgroundWorkerUnblockSignals)(), _BackgroundWorkerInitializeConnectionByOid = Module._BackgroundWorkerInitializeConnectionByOid = (e, t2, r) => (_BackgroundWorkerInitializeConnectionByOid = Module._BackgroundWorkerInitializeConnectionByOid = wasmExports.BackgroundWorkerInitializeConnectionByOid)(e, t2, r), _GetDatabaseEncoding = Module._GetDatabaseEncoding = () => (_GetDatabaseEncoding = Module._GetDatabaseEncoding = wasmExports.GetDatabaseEncoding)(), _StartTransactionCommand = Module._StartTransactionCommand = () => (_StartTransactionCommand = Module._StartTransactionCommand = wasmExports.StartTransactionCommand)(), _CommitTransactionCommand = Module._CommitTransactionCommand = () => (_CommitTransactionCommand = Module._CommitTransactionCommand = wasmExports.CommitTransactionCommand)(), _PushActiveSnapshot = Module._PushActiveSnapshot = (e) => (_PushActiveSnapshot = Module._PushActiveSnapshot = wasmExports.PushActiveSnapshot)(e), _PopActiveSnapshot = Module._PopActiveSnapshot = () => (_PopActiveSnapshot = Module._PopActiveSnapshot = wasmExports.PopActiveSnapshot)(), _RmgrNotFound = Module._RmgrNotFound = (e) => (_RmgrNotFound = Module._RmgrNotFound = wasmExports.RmgrNotFound)(e), _InitMaterializedSRF = Module._InitMaterializedSRF = (e, t2) => (_InitMaterializedSRF = Module._InitMaterializedSRF = wasmExports.InitMaterializedSRF)(e, t2), _tuplestore_putvalues = Module._tuplestore_putvalues = (e, t2, r, a) => (_tuplestore_putvalues = Module._tuplestore_putvalues = wasmExports.tuplestore_putvalues)(e, t2, r, a), _pread = Module._pread = (e, t2, r, a) => (_pread = Module._pread = wasmExports.pread)(e, t2, r, a), _strspn = Module._strspn = (e, t2) => (_strspn = Module._strspn = wasmExports.strspn)(e, t2), _strtoll = Module._strtoll = (e, t2, r) => (_strtoll = Module._strtoll = wasmExports.strtoll)(e, t2, r), _AllocateFile = Module._AllocateFile = (e, t2) => (_AllocateFile = Module._AllocateFile = wasmExports.AllocateFile)(e, t2), _ferror = Module._ferror = (e) => (_ferror = Module._ferror = wasmExports.ferror)(e), _FreeFile = Module._FreeFile = (e) => (_FreeFile = Module._FreeFile = wasmExports.FreeFile)(e), _getpid = Module._getpid = () => (_getpid = Module._getpid = wasmExports.getpid)(), _read = Module._read = (e, t2, r) => (_read = Module._read = wasmExports.read)(e, t2, r), _write = Module._write = (e, t2, r) => (_write = Module._write = wasmExports.write)(e, t2, r), _durable_rename = Module._durable_rename = (e, t2, r) => (_durable_rename = Module._durable_rename = wasmExports.durable_rename)(e, t2, r), _BlessTupleDesc = Module._BlessTupleDesc = (e) => (_BlessTupleDesc = Module._BlessTupleDesc = wasmExports.BlessTupleDesc)(e), _fstat = Module._fstat = (e, t2) => (_fstat = Module._fstat = wasmExports.fstat)(e, t2), _superuser_arg = Module._superuser_arg = (e) => (_superuser_arg = Module._superuser_arg = wasmExports.superuser_arg)(e), _wal_segment_close = Module._wal_segment_close = (e) => (_wal_segment_close = Module._wal_segment_close = wasmExports.wal_segment_close)(e), _wal_segment_open = Module._wal_segment_open = (e, t2, r) => (_wal_segment_open = Module._wal_segment_open = wasmExports.wal_segment_open)(e, t2, r), _XLogReaderAllocate = Module._XLogReaderAllocate = (e, t2, r, a) => (_XLogReaderAllocate = Module._XLogReaderAllocate = wasmExports.XLogReaderAllocate)(e, t2, r, a), _XLogReadRecord = Module._XLogReadRecord = (e, t2) => (_XLogReadRecord = Module._XLogReadRecord = wasmExports.XLogReadRecord)(e, t2), _XLogReaderFree = Module._XLogReaderFree = (e) => (_XLogReaderFree = Module._XLogReaderFree = wasmExports.XLogReaderFree)(e), _strtoull = Module._strtoull = (e, t2, r) => (_strtoull = Module._strtoull = wasmExports.strtoull)(e, t2, r), _access = Module._access = (e, t2) => (_access = Module._access = wasmExports.access)(e, t2), _GetTopFullTransactionId = Module._GetTopFullTransactionId = () => (_GetTopFullTransactionId = Module._GetTopFullTransactionId = wasmExports.GetTopFullTransactionId)(), _GetCurrentTransactionNestLevel = Module._GetCurrentTransactionNestLevel = () => (_GetCurrentTransactionNestLevel = Module._GetCurrentTransactionNestLevel = wasmExports.GetCurrentTransactionNestLevel)(), _ResourceOwnerCreate = Module._ResourceOwnerCreate = (e, t2) => (_ResourceOwnerCreate = Module._ResourceOwnerCreate = wasmExports.ResourceOwnerCreate)(e, t2), _IsTransactionBlock = Module._IsTransactionBlock = () => (_IsTransactionBlock = Module._IsTransactionBlock = wasmExports.IsTransactionBlock)(), _RegisterXactCallback = Module._RegisterXactCallback = (e, t2) => (_RegisterXactCallback = Module._RegisterXactCallback = wasmExports.RegisterXactCallback)(e, t2), _UnregisterXactCallback = Module._UnregisterXactCallback = (e, t2) => (_UnregisterXactCallback = Module._UnregisterXactCallback = wasmExports.UnregisterXactCallback)(e, t2), _RegisterSubXactCallback = Module._RegisterSubXactCallback = (e, t2) => (_RegisterSubXactCallback = Module._RegisterSubXactCallback = wasmExports.RegisterSubXactCallback)(e, t2), _BeginInternalSubTransaction = Module._BeginInternalSubTransaction = (e) => (_BeginInternalSubTransaction = Module._BeginInternalSubTransaction = wasmExports.BeginInternalSubTransaction)(e), _ReleaseCurrentSubTransaction = Module._ReleaseCurrentSubTransaction = () => (_ReleaseCurrentSubTransaction = Module._ReleaseCurrentSubTransaction = wasmExports.ReleaseCurrentSubTransaction)(), _ResourceOwnerDelete = Module._ResourceOwnerDelete = (e) => (_ResourceOwnerDelete = Module._ResourceOwnerDelete = wasmExports.ResourceOwnerDelete)(e), _RollbackAndReleaseCurrentSubTransaction = Module._RollbackAndReleaseCurrentSubTransaction = () => (_RollbackAndReleaseCurrentSubTransaction = Module._RollbackAndReleaseCurrentSubTransaction = wasmExports.RollbackAndReleaseCurrentSubTransaction)(), _pg_usleep = Module._pg_usleep = (e) => (_pg_usleep = Module._pg_usleep = wasmExports.pg_usleep)(e), _close = Module._close = (e) => (_close = Module._close = wasmExports.close)(e), _ReleaseExternalFD = Module._ReleaseExternalFD = () => (_ReleaseExternalFD = Module._ReleaseExternalFD = wasmExports.ReleaseExternalFD)(), _SplitIdentifierString = Module._SplitIdentifierString = (e, t2, r) => (_SplitIdentifierString = Module._SplitIdentifierString = wasmExports.SplitIdentifierString)(e, t2, r), _guc_malloc = Module._guc_malloc = (e, t2) => (_guc_malloc = Module._guc_malloc = wasmExports.guc_malloc)(e, t2), _find_option = Module._find_option = (e, t2, r, a) => (_find_option = Module._find_option = wasmExports.find_option)(e, t2, r, a), _gettimeofday = Module._gettimeofday = (e, t2) => (_gettimeofday = Module._gettimeofday = wasmExports.gettimeofday)(e, t2), _pg_strong_random = Module._pg_strong_random = (e, t2) => (_pg_strong_random = Module._pg_strong_random = wasmExports.pg_strong_random)(e, t2), _stat = Module._stat = (e, t2) => (_stat = Module._stat = wasmExports.stat)(e, t2), _GetFlushRecPtr = Module._GetFlushRecPtr = (e) => (_GetFlushRecPtr = Module._GetFlushRecPtr = wasmExports.GetFlushRecPtr)(e), _GetXLogReplayRecPtr = Module._GetXLogReplayRecPtr = (e) => (_GetXLogReplayRecPtr = Module._GetXLogReplayRecPtr = wasmExports.GetXLogReplayRecPtr)(e), _TimestampDifferenceMilliseconds = Module._TimestampDifferenceMilliseconds = (e, t2) => (_TimestampDifferenceMilliseconds = Module._TimestampDifferenceMilliseconds = wasmExports.TimestampDifferenceMilliseconds)(e, t2), _strtoul = Module._strtoul = (e, t2, r) => (_strtoul = Module._strtoul = wasmExports.strtoul)(e, t2, r), _readlink = Module._readlink = (e, t2, r) => (_readlink = Module._readlink = wasmExports.readlink)(e, t2, r), _pg_fprintf = Module._pg_fprintf = (e, t2, r) => (_pg_fprintf = Module._pg_fprintf = wasmExports.pg_fprintf)(e, t2, r), _fflush = Module._fflush = (e) => (_fflush = Module._fflush = wasmExports.fflush)(e), _pgl_system = Module._pgl_system = (e) => (_pgl_system = Module._pgl_system = wasmExports.pgl_system)(e), _wait_result_to_str = Module._wait_result_to_str = (e) => (_wait_result_to_str = Module._wait_result_to_str = wasmExports.wait_result_to_str)(e), _replace_percent_placeholders = Module._replace_percent_placeholders = (e, t2, r, a) => (_replace_percent_placeholders = Module._replace_percent_placeholders = wasmExports.replace_percent_placeholders)(e, t2, r, a), _makeStringInfo = Module._makeStringInfo = () => (_makeStringInfo = Module._makeStringInfo = wasmExports.makeStringInfo)(), _pg_toupper = Module._pg_toupper = (e) => (_pg_toupper = Module._pg_toupper = wasmExports.pg_toupper)(e), _numeric_in = Module._numeric_in = (e) => (_numeric_in = Module._numeric_in = wasmExports.numeric_in)(e), _DirectFunctionCall3Coll = Module._DirectFunctionCall3Coll = (e, t2, r, a, o3) => (_DirectFunctionCall3Coll = Module._DirectFunctionCall3Coll = wasmExports.DirectFunctionCall3Coll)(e, t2, r, a, o3), _palloc_extended = Module._palloc_extended = (e, t2) => (_palloc_extended = Module._palloc_extended = wasmExports.palloc_extended)(e, t2), _pg_vsnprintf = Module._pg_vsnprintf = (e, t2, r, a) => (_pg_vsnprintf = Module._pg_vsnprintf = wasmExports.pg_vsnprintf)(e, t2, r, a), _XLogFindNextRecord = Module._XLogFindNextRecord = (e, t2) => (_XLogFindNextRecord = Module._XLogFindNextRecord = wasmExports.XLogFindNextRecord)(e, t2), _RestoreBlockImage = Module._RestoreBlockImage = (e, t2, r) => (_RestoreBlockImage = Module._RestoreBlockImage = wasmExports.RestoreBlockImage)(e, t2, r), _timestamptz_in = Module._timestamptz_in = (e) => (_timestamptz_in = Module._timestamptz_in = wasmExports.timestamptz_in)(e), _fscanf = Module._fscanf = (e, t2, r) => (_fscanf = Module._fscanf = wasmExports.fscanf)(e, t2, r), _symlink = Module._symlink = (e, t2) => (_symlink = Module._symlink = wasmExports.symlink)(e, t2), _ParseDateTime = Module._ParseDateTime = (e, t2, r, a, o3, _3, s2) => (_ParseDateTime = Module._ParseDateTime = wasmExports.ParseDateTime)(e, t2, r, a, o3, _3, s2), _DecodeDateTime = Module._DecodeDateTime = (e, t2, r, a, o3, _3, s2, n) => (_DecodeDateTime = Module._DecodeDateTime = wasmExports.DecodeDateTime)(e, t2, r, a, o3, _3, s2, n), _tm2timestamp = Module._tm2timestamp = (e, t2, r, a) => (_tm2timestamp = Module._tm2timestamp = wasmExports.tm2timestamp)(e, t2, r, a), _XLogRecStoreStats = Module._XLogRecStoreStats = (e, t2) => (_XLogRecStoreStats = Module._XLogRecStoreStats = wasmExports.XLogRecStoreStats)(e, t2), _hash_get_num_entries = Module._hash_get_num_entries = (e) => (_hash_get_num_entries = Module._hash_get_num_entries = wasmExports.hash_get_num_entries)(e), _read_local_xlog_page_no_wait = Module._read_local_xlog_page_no_wait = (e, t2, r, a, o3) => (_read_local_xlog_page_no_wait = Module._read_local_xlog_page_no_wait = wasmExports.read_local_xlog_page_no_wait)(e, t2, r, a, o3), _escape_json = Module._escape_json = (e, t2) => (_escape_json = Module._escape_json = wasmExports.escape_json)(e, t2), _lstat = Module._lstat = (e, t2) => (_lstat = Module._lstat = wasmExports.lstat)(e, t2), _list_sort = Module._list_sort = (e, t2) => (_list_sort = Module._list_sort = wasmExports.list_sort)(e, t2), _pgl_geteuid = Module._pgl_geteuid = () => (_pgl_geteuid = Module._pgl_geteuid = wasmExports.pgl_geteuid)(), _getegid = Module._getegid = () => (_getegid = Module._getegid = wasmExports.getegid)(), _pg_checksum_page = Module._pg_checksum_page = (e, t2) => (_pg_checksum_page = Module._pg_checksum_page = wasmExports.pg_checksum_page)(e, t2), _CreateDestReceiver = Module._CreateDestReceiver = (e) => (_CreateDestReceiver = Module._CreateDestReceiver = wasmExports.CreateDestReceiver)(e), _bbsink_forward_end_archive = Module._bbsink_forward_end_archive = (e) => (_bbsink_forward_end_archive = Module._bbsink_forward_end_archive = wasmExports.bbsink_forward_end_archive)(e), _bbsink_forward_begin_manifest = Module._bbsink_forward_begin_manifest = (e) => (_bbsink_forward_begin_manifest = Module._bbsink_forward_begin_manifest = wasmExports.bbsink_forward_begin_manifest)(e), _bbsink_forward_end_manifest = Module._bbsink_forward_end_manifest = (e) => (_bbsink_forward_end_manifest = Module._bbsink_forward_end_manifest = wasmExports.bbsink_forward_end_manifest)(e), _bbsink_forward_end_backup = Module._bbsink_forward_end_backup = (e, t2, r) => (_bbsink_forward_end_backup = Module._bbsink_forward_end_backup = wasmExports.bbsink_forward_end_backup)(e, t2, r), _bbsink_forward_cleanup = Module._bbsink_forward_cleanup = (e) => (_bbsink_forward_cleanup = Module._bbsink_forward_cleanup = wasmExports.bbsink_forward_cleanup)(e), _MemoryContextAllocExtended = Module._MemoryContextAllocExtended = (e, t2, r) => (_MemoryContextAllocExtended = Module._MemoryContextAllocExtended = wasmExports.MemoryContextAllocExtended)(e, t2, r), _appendStringInfoVA = Module._appendStringInfoVA = (e, t2, r) => (_appendStringInfoVA = Module._appendStringInfoVA = wasmExports.appendStringInfoVA)(e, t2, r), _list_concat = Module._list_concat = (e, t2) => (_list_concat = Module._list_concat = wasmExports.list_concat)(e, t2), _strrchr = Module._strrchr = (e, t2) => (_strrchr = Module._strrchr = wasmExports.strrchr)(e, t2), _bbsink_forward_begin_backup = Module._bbsink_forward_begin_backup = (e) => (_bbsink_forward_begin_backup = Module._bbsink_forward_begin_backup = wasmExports.bbsink_forward_begin_backup)(e), _bbsink_forward_archive_contents = Module._bbsink_forward_archive_contents = (e, t2) => (_bbsink_forward_archive_contents = Module._bbsink_forward_archive_contents = wasmExports.bbsink_forward_archive_contents)(e, t2), _bbsink_forward_begin_archive = Module._bbsink_forward_begin_archive = (e, t2) => (_bbsink_forward_begin_archive = Module._bbsink_forward_begin_archive = wasmExports.bbsink_forward_begin_archive)(e, t2), _bbsink_forward_manifest_contents = Module._bbsink_forward_manifest_contents = (e, t2) => (_bbsink_forward_manifest_contents = Module._bbsink_forward_manifest_contents = wasmExports.bbsink_forward_manifest_contents)(e, t2), _has_privs_of_role = Module._has_privs_of_role = (e, t2) => (_has_privs_of_role = Module._has_privs_of_role = wasmExports.has_privs_of_role)(e, t2), _BaseBackupAddTarget = Module._BaseBackupAddTarget = (e, t2, r) => (_BaseBackupAddTarget = Module._BaseBackupAddTarget = wasmExports.BaseBackupAddTarget)(e, t2, r), _list_copy = Module._list_copy = (e) => (_list_copy = Module._list_copy = wasmExports.list_copy)(e), _tuplestore_puttuple = Module._tuplestore_puttuple = (e, t2) => (_tuplestore_puttuple = Module._tuplestore_puttuple = wasmExports.tuplestore_puttuple)(e, t2), _isatty = Module._isatty = (e) => (_isatty = Module._isatty = wasmExports.isatty)(e), _makeRangeVar = Module._makeRangeVar = (e, t2, r) => (_makeRangeVar = Module._makeRangeVar = wasmExports.makeRangeVar)(e, t2, r), _DefineIndex = Module._DefineIndex = (e, t2, r, a, o3, _3, s2, n, l, d, p2, m3) => (_DefineIndex = Module._DefineIndex = wasmExports.DefineIndex)(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3), _realloc = Module._realloc = (e, t2) => (_realloc = Module._realloc = wasmExports.realloc)(e, t2), _getc = Module._getc = (e) => (_getc = Module._getc = wasmExports.getc)(e), _fread = Module._fread = (e, t2, r, a) => (_fread = Module._fread = wasmExports.fread)(e, t2, r, a), _clearerr = Module._clearerr = (e) => (_clearerr = Module._clearerr = wasmExports.clearerr)(e), _malloc = Module._malloc = (e) => (_malloc = Module._malloc = wasmExports.malloc)(e), _free = Module._free = (e) => (_free = Module._free = wasmExports.free)(e), _copyObjectImpl = Module._copyObjectImpl = (e) => (_copyObjectImpl = Module._copyObjectImpl = wasmExports.copyObjectImpl)(e), _lappend_oid = Module._lappend_oid = (e, t2) => (_lappend_oid = Module._lappend_oid = wasmExports.lappend_oid)(e, t2), _makeTypeNameFromNameList = Module._makeTypeNameFromNameList = (e) => (_makeTypeNameFromNameList = Module._makeTypeNameFromNameList = wasmExports.makeTypeNameFromNameList)(e), _get_namespace_oid = Module._get_namespace_oid = (e, t2) => (_get_namespace_oid = Module._get_namespace_oid = wasmExports.get_namespace_oid)(e, t2), _SearchSysCache2 = Module._SearchSysCache2 = (e, t2, r) => (_SearchSysCache2 = Module._SearchSysCache2 = wasmExports.SearchSysCache2)(e, t2, r), _CatalogTupleUpdate = Module._CatalogTupleUpdate = (e, t2, r) => (_CatalogTupleUpdate = Module._CatalogTupleUpdate = wasmExports.CatalogTupleUpdate)(e, t2, r), _get_attnum = Module._get_attnum = (e, t2) => (_get_attnum = Module._get_attnum = wasmExports.get_attnum)(e, t2), _get_rel_name = Module._get_rel_name = (e) => (_get_rel_name = Module._get_rel_name = wasmExports.get_rel_name)(e), _CatalogTupleDelete = Module._CatalogTupleDelete = (e, t2) => (_CatalogTupleDelete = Module._CatalogTupleDelete = wasmExports.CatalogTupleDelete)(e, t2), _SearchSysCache3 = Module._SearchSysCache3 = (e, t2, r, a) => (_SearchSysCache3 = Module._SearchSysCache3 = wasmExports.SearchSysCache3)(e, t2, r, a), _performDeletion = Module._performDeletion = (e, t2, r) => (_performDeletion = Module._performDeletion = wasmExports.performDeletion)(e, t2, r), _CatalogTupleInsert = Module._CatalogTupleInsert = (e, t2) => (_CatalogTupleInsert = Module._CatalogTupleInsert = wasmExports.CatalogTupleInsert)(e, t2), _recordDependencyOn = Module._recordDependencyOn = (e, t2, r) => (_recordDependencyOn = Module._recordDependencyOn = wasmExports.recordDependencyOn)(e, t2, r), _get_element_type = Module._get_element_type = (e) => (_get_element_type = Module._get_element_type = wasmExports.get_element_type)(e), _object_aclcheck = Module._object_aclcheck = (e, t2, r, a) => (_object_aclcheck = Module._object_aclcheck = wasmExports.object_aclcheck)(e, t2, r, a), _isTempNamespace = Module._isTempNamespace = (e) => (_isTempNamespace = Module._isTempNamespace = wasmExports.isTempNamespace)(e), _superuser = Module._superuser = () => (_superuser = Module._superuser = wasmExports.superuser)(), _SearchSysCacheAttName = Module._SearchSysCacheAttName = (e, t2) => (_SearchSysCacheAttName = Module._SearchSysCacheAttName = wasmExports.SearchSysCacheAttName)(e, t2), _new_object_addresses = Module._new_object_addresses = () => (_new_object_addresses = Module._new_object_addresses = wasmExports.new_object_addresses)(), _free_object_addresses = Module._free_object_addresses = (e) => (_free_object_addresses = Module._free_object_addresses = wasmExports.free_object_addresses)(e), _performMultipleDeletions = Module._performMultipleDeletions = (e, t2, r) => (_performMultipleDeletions = Module._performMultipleDeletions = wasmExports.performMultipleDeletions)(e, t2, r), _recordDependencyOnExpr = Module._recordDependencyOnExpr = (e, t2, r, a) => (_recordDependencyOnExpr = Module._recordDependencyOnExpr = wasmExports.recordDependencyOnExpr)(e, t2, r, a), _query_tree_walker_impl = Module._query_tree_walker_impl = (e, t2, r, a) => (_query_tree_walker_impl = Module._query_tree_walker_impl = wasmExports.query_tree_walker_impl)(e, t2, r, a), _expression_tree_walker_impl = Module._expression_tree_walker_impl = (e, t2, r) => (_expression_tree_walker_impl = Module._expression_tree_walker_impl = wasmExports.expression_tree_walker_impl)(e, t2, r), _add_exact_object_address = Module._add_exact_object_address = (e, t2) => (_add_exact_object_address = Module._add_exact_object_address = wasmExports.add_exact_object_address)(e, t2), _get_rel_relkind = Module._get_rel_relkind = (e) => (_get_rel_relkind = Module._get_rel_relkind = wasmExports.get_rel_relkind)(e), _get_typtype = Module._get_typtype = (e) => (_get_typtype = Module._get_typtype = wasmExports.get_typtype)(e), _list_delete_last = Module._list_delete_last = (e) => (_list_delete_last = Module._list_delete_last = wasmExports.list_delete_last)(e), _type_is_collatable = Module._type_is_collatable = (e) => (_type_is_collatable = Module._type_is_collatable = wasmExports.type_is_collatable)(e), _CatalogOpenIndexes = Module._CatalogOpenIndexes = (e) => (_CatalogOpenIndexes = Module._CatalogOpenIndexes = wasmExports.CatalogOpenIndexes)(e), _CatalogCloseIndexes = Module._CatalogCloseIndexes = (e) => (_CatalogCloseIndexes = Module._CatalogCloseIndexes = wasmExports.CatalogCloseIndexes)(e), _get_relname_relid = Module._get_relname_relid = (e, t2) => (_get_relname_relid = Module._get_relname_relid = wasmExports.get_relname_relid)(e, t2), _GetSysCacheOid = Module._GetSysCacheOid = (e, t2, r, a, o3, _3) => (_GetSysCacheOid = Module._GetSysCacheOid = wasmExports.GetSysCacheOid)(e, t2, r, a, o3, _3), _CheckTableNotInUse = Module._CheckTableNotInUse = (e, t2) => (_CheckTableNotInUse = Module._CheckTableNotInUse = wasmExports.CheckTableNotInUse)(e, t2), _construct_array = Module._construct_array = (e, t2, r, a, o3, _3) => (_construct_array = Module._construct_array = wasmExports.construct_array)(e, t2, r, a, o3, _3), _make_parsestate = Module._make_parsestate = (e) => (_make_parsestate = Module._make_parsestate = wasmExports.make_parsestate)(e), _addRangeTableEntryForRelation = Module._addRangeTableEntryForRelation = (e, t2, r, a, o3, _3) => (_addRangeTableEntryForRelation = Module._addRangeTableEntryForRelation = wasmExports.addRangeTableEntryForRelation)(e, t2, r, a, o3, _3), _addNSItemToQuery = Module._addNSItemToQuery = (e, t2, r, a, o3) => (_addNSItemToQuery = Module._addNSItemToQuery = wasmExports.addNSItemToQuery)(e, t2, r, a, o3), _transformExpr = Module._transformExpr = (e, t2, r) => (_transformExpr = Module._transformExpr = wasmExports.transformExpr)(e, t2, r), _coerce_to_boolean = Module._coerce_to_boolean = (e, t2, r) => (_coerce_to_boolean = Module._coerce_to_boolean = wasmExports.coerce_to_boolean)(e, t2, r), _assign_expr_collations = Module._assign_expr_collations = (e, t2) => (_assign_expr_collations = Module._assign_expr_collations = wasmExports.assign_expr_collations)(e, t2), _equal = Module._equal = (e, t2) => (_equal = Module._equal = wasmExports.equal)(e, t2), _pull_var_clause = Module._pull_var_clause = (e, t2) => (_pull_var_clause = Module._pull_var_clause = wasmExports.pull_var_clause)(e, t2), _get_attname = Module._get_attname = (e, t2, r) => (_get_attname = Module._get_attname = wasmExports.get_attname)(e, t2, r), _coerce_to_target_type = Module._coerce_to_target_type = (e, t2, r, a, o3, _3, s2, n) => (_coerce_to_target_type = Module._coerce_to_target_type = wasmExports.coerce_to_target_type)(e, t2, r, a, o3, _3, s2, n), _nodeToString = Module._nodeToString = (e) => (_nodeToString = Module._nodeToString = wasmExports.nodeToString)(e), _CatalogTupleInsertWithInfo = Module._CatalogTupleInsertWithInfo = (e, t2, r) => (_CatalogTupleInsertWithInfo = Module._CatalogTupleInsertWithInfo = wasmExports.CatalogTupleInsertWithInfo)(e, t2, r), _buildoidvector = Module._buildoidvector = (e, t2) => (_buildoidvector = Module._buildoidvector = wasmExports.buildoidvector)(e, t2), _parser_errposition = Module._parser_errposition = (e, t2) => (_parser_errposition = Module._parser_errposition = wasmExports.parser_errposition)(e, t2), _exprTypmod = Module._exprTypmod = (e) => (_exprTypmod = Module._exprTypmod = wasmExports.exprTypmod)(e), _get_base_element_type = Module._get_base_element_type = (e) => (_get_base_element_type = Module._get_base_element_type = wasmExports.get_base_element_type)(e), _SystemFuncName = Module._SystemFuncName = (e) => (_SystemFuncName = Module._SystemFuncName = wasmExports.SystemFuncName)(e), _CreateTrigger = Module._CreateTrigger = (e, t2, r, a, o3, _3, s2, n, l, d, p2, m3) => (_CreateTrigger = Module._CreateTrigger = wasmExports.CreateTrigger)(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3), _plan_create_index_workers = Module._plan_create_index_workers = (e, t2) => (_plan_create_index_workers = Module._plan_create_index_workers = wasmExports.plan_create_index_workers)(e, t2), _tuplesort_begin_datum = Module._tuplesort_begin_datum = (e, t2, r, a, o3, _3, s2) => (_tuplesort_begin_datum = Module._tuplesort_begin_datum = wasmExports.tuplesort_begin_datum)(e, t2, r, a, o3, _3, s2), _tuplesort_putdatum = Module._tuplesort_putdatum = (e, t2, r) => (_tuplesort_putdatum = Module._tuplesort_putdatum = wasmExports.tuplesort_putdatum)(e, t2, r), _get_rel_namespace = Module._get_rel_namespace = (e) => (_get_rel_namespace = Module._get_rel_namespace = wasmExports.get_rel_namespace)(e), _ExecOpenIndices = Module._ExecOpenIndices = (e, t2) => (_ExecOpenIndices = Module._ExecOpenIndices = wasmExports.ExecOpenIndices)(e, t2), _ExecCloseIndices = Module._ExecCloseIndices = (e) => (_ExecCloseIndices = Module._ExecCloseIndices = wasmExports.ExecCloseIndices)(e), _ConditionalLockRelationOid = Module._ConditionalLockRelationOid = (e, t2) => (_ConditionalLockRelationOid = Module._ConditionalLockRelationOid = wasmExports.ConditionalLockRelationOid)(e, t2), _RelnameGetRelid = Module._RelnameGetRelid = (e) => (_RelnameGetRelid = Module._RelnameGetRelid = wasmExports.RelnameGetRelid)(e), _get_relkind_objtype = Module._get_relkind_objtype = (e) => (_get_relkind_objtype = Module._get_relkind_objtype = wasmExports.get_relkind_objtype)(e), _RelationIsVisible = Module._RelationIsVisible = (e) => (_RelationIsVisible = Module._RelationIsVisible = wasmExports.RelationIsVisible)(e), _TypenameGetTypid = Module._TypenameGetTypid = (e) => (_TypenameGetTypid = Module._TypenameGetTypid = wasmExports.TypenameGetTypid)(e), _get_func_arg_info = Module._get_func_arg_info = (e, t2, r, a) => (_get_func_arg_info = Module._get_func_arg_info = wasmExports.get_func_arg_info)(e, t2, r, a), _NameListToString = Module._NameListToString = (e) => (_NameListToString = Module._NameListToString = wasmExports.NameListToString)(e), _OpernameGetOprid = Module._OpernameGetOprid = (e, t2, r) => (_OpernameGetOprid = Module._OpernameGetOprid = wasmExports.OpernameGetOprid)(e, t2, r), _get_ts_config_oid = Module._get_ts_config_oid = (e, t2) => (_get_ts_config_oid = Module._get_ts_config_oid = wasmExports.get_ts_config_oid)(e, t2), _makeRangeVarFromNameList = Module._makeRangeVarFromNameList = (e) => (_makeRangeVarFromNameList = Module._makeRangeVarFromNameList = wasmExports.makeRangeVarFromNameList)(e), _quote_identifier = Module._quote_identifier = (e) => (_quote_identifier = Module._quote_identifier = wasmExports.quote_identifier)(e), _atoi = Module._atoi = (e) => (_atoi = Module._atoi = wasmExports.atoi)(e), _GetSearchPathMatcher = Module._GetSearchPathMatcher = (e) => (_GetSearchPathMatcher = Module._GetSearchPathMatcher = wasmExports.GetSearchPathMatcher)(e), _SearchPathMatchesCurrentEnvironment = Module._SearchPathMatchesCurrentEnvironment = (e) => (_SearchPathMatchesCurrentEnvironment = Module._SearchPathMatchesCurrentEnvironment = wasmExports.SearchPathMatchesCurrentEnvironment)(e), _get_collation_oid = Module._get_collation_oid = (e, t2) => (_get_collation_oid = Module._get_collation_oid = wasmExports.get_collation_oid)(e, t2), _GetDatabaseEncodingName = Module._GetDatabaseEncodingName = () => (_GetDatabaseEncodingName = Module._GetDatabaseEncodingName = wasmExports.GetDatabaseEncodingName)(), _CacheRegisterSyscacheCallback = Module._CacheRegisterSyscacheCallback = (e, t2, r) => (_CacheRegisterSyscacheCallback = Module._CacheRegisterSyscacheCallback = wasmExports.CacheRegisterSyscacheCallback)(e, t2, r), _fetch_search_path = Module._fetch_search_path = (e) => (_fetch_search_path = Module._fetch_search_path = wasmExports.fetch_search_path)(e), _get_object_address = Module._get_object_address = (e, t2, r, a, o3, _3) => (_get_object_address = Module._get_object_address = wasmExports.get_object_address)(e, t2, r, a, o3, _3), _get_extension_oid = Module._get_extension_oid = (e, t2) => (_get_extension_oid = Module._get_extension_oid = wasmExports.get_extension_oid)(e, t2), _get_role_oid = Module._get_role_oid = (e, t2) => (_get_role_oid = Module._get_role_oid = wasmExports.get_role_oid)(e, t2), _get_am_oid = Module._get_am_oid = (e, t2) => (_get_am_oid = Module._get_am_oid = wasmExports.get_am_oid)(e, t2), _GetForeignServerByName = Module._GetForeignServerByName = (e, t2) => (_GetForeignServerByName = Module._GetForeignServerByName = wasmExports.GetForeignServerByName)(e, t2), _typeStringToTypeName = Module._typeStringToTypeName = (e, t2) => (_typeStringToTypeName = Module._typeStringToTypeName = wasmExports.typeStringToTypeName)(e, t2), _makeFloat = Module._makeFloat = (e) => (_makeFloat = Module._makeFloat = wasmExports.makeFloat)(e), _list_make2_impl = Module._list_make2_impl = (e, t2, r) => (_list_make2_impl = Module._list_make2_impl = wasmExports.list_make2_impl)(e, t2, r), _check_object_ownership = Module._check_object_ownership = (e, t2, r, a, o3) => (_check_object_ownership = Module._check_object_ownership = wasmExports.check_object_ownership)(e, t2, r, a, o3), _GetUserNameFromId = Module._GetUserNameFromId = (e, t2) => (_GetUserNameFromId = Module._GetUserNameFromId = wasmExports.GetUserNameFromId)(e, t2), _format_type_extended = Module._format_type_extended = (e, t2, r) => (_format_type_extended = Module._format_type_extended = wasmExports.format_type_extended)(e, t2, r), _quote_qualified_identifier = Module._quote_qualified_identifier = (e, t2) => (_quote_qualified_identifier = Module._quote_qualified_identifier = wasmExports.quote_qualified_identifier)(e, t2), _get_tablespace_name = Module._get_tablespace_name = (e) => (_get_tablespace_name = Module._get_tablespace_name = wasmExports.get_tablespace_name)(e), _GetForeignServerExtended = Module._GetForeignServerExtended = (e, t2) => (_GetForeignServerExtended = Module._GetForeignServerExtended = wasmExports.GetForeignServerExtended)(e, t2), _GetForeignServer = Module._GetForeignServer = (e) => (_GetForeignServer = Module._GetForeignServer = wasmExports.GetForeignServer)(e), _get_extension_name = Module._get_extension_name = (e) => (_get_extension_name = Module._get_extension_name = wasmExports.get_extension_name)(e), _construct_empty_array = Module._construct_empty_array = (e) => (_construct_empty_array = Module._construct_empty_array = wasmExports.construct_empty_array)(e), _format_type_be_qualified = Module._format_type_be_qualified = (e) => (_format_type_be_qualified = Module._format_type_be_qualified = wasmExports.format_type_be_qualified)(e), _get_namespace_name_or_temp = Module._get_namespace_name_or_temp = (e) => (_get_namespace_name_or_temp = Module._get_namespace_name_or_temp = wasmExports.get_namespace_name_or_temp)(e), _list_make3_impl = Module._list_make3_impl = (e, t2, r, a) => (_list_make3_impl = Module._list_make3_impl = wasmExports.list_make3_impl)(e, t2, r, a), _construct_md_array = Module._construct_md_array = (e, t2, r, a, o3, _3, s2, n, l) => (_construct_md_array = Module._construct_md_array = wasmExports.construct_md_array)(e, t2, r, a, o3, _3, s2, n, l), _pull_varattnos = Module._pull_varattnos = (e, t2, r) => (_pull_varattnos = Module._pull_varattnos = wasmExports.pull_varattnos)(e, t2, r), _makeBoolExpr = Module._makeBoolExpr = (e, t2, r) => (_makeBoolExpr = Module._makeBoolExpr = wasmExports.makeBoolExpr)(e, t2, r), _eval_const_expressions = Module._eval_const_expressions = (e, t2) => (_eval_const_expressions = Module._eval_const_expressions = wasmExports.eval_const_expressions)(e, t2), _get_func_name = Module._get_func_name = (e) => (_get_func_name = Module._get_func_name = wasmExports.get_func_name)(e), _construct_array_builtin = Module._construct_array_builtin = (e, t2, r) => (_construct_array_builtin = Module._construct_array_builtin = wasmExports.construct_array_builtin)(e, t2, r), _makeObjectName = Module._makeObjectName = (e, t2, r) => (_makeObjectName = Module._makeObjectName = wasmExports.makeObjectName)(e, t2, r), _get_primary_key_attnos = Module._get_primary_key_attnos = (e, t2, r) => (_get_primary_key_attnos = Module._get_primary_key_attnos = wasmExports.get_primary_key_attnos)(e, t2, r), _check_functional_grouping = Module._check_functional_grouping = (e, t2, r, a, o3) => (_check_functional_grouping = Module._check_functional_grouping = wasmExports.check_functional_grouping)(e, t2, r, a, o3), _bms_is_subset = Module._bms_is_subset = (e, t2) => (_bms_is_subset = Module._bms_is_subset = wasmExports.bms_is_subset)(e, t2), _getExtensionOfObject = Module._getExtensionOfObject = (e, t2) => (_getExtensionOfObject = Module._getExtensionOfObject = wasmExports.getExtensionOfObject)(e, t2), _find_inheritance_children = Module._find_inheritance_children = (e, t2) => (_find_inheritance_children = Module._find_inheritance_children = wasmExports.find_inheritance_children)(e, t2), _lappend_int = Module._lappend_int = (e, t2) => (_lappend_int = Module._lappend_int = wasmExports.lappend_int)(e, t2), _has_superclass = Module._has_superclass = (e) => (_has_superclass = Module._has_superclass = wasmExports.has_superclass)(e), _strstr = Module._strstr = (e, t2) => (_strstr = Module._strstr = wasmExports.strstr)(e, t2), _memchr = Module._memchr = (e, t2, r) => (_memchr = Module._memchr = wasmExports.memchr)(e, t2, r), _CheckFunctionValidatorAccess = Module._CheckFunctionValidatorAccess = (e, t2) => (_CheckFunctionValidatorAccess = Module._CheckFunctionValidatorAccess = wasmExports.CheckFunctionValidatorAccess)(e, t2), _AcquireRewriteLocks = Module._AcquireRewriteLocks = (e, t2, r) => (_AcquireRewriteLocks = Module._AcquireRewriteLocks = wasmExports.AcquireRewriteLocks)(e, t2, r), _pg_parse_query = Module._pg_parse_query = (e) => (_pg_parse_query = Module._pg_parse_query = wasmExports.pg_parse_query)(e), _function_parse_error_transpose = Module._function_parse_error_transpose = (e) => (_function_parse_error_transpose = Module._function_parse_error_transpose = wasmExports.function_parse_error_transpose)(e), _geterrposition = Module._geterrposition = () => (_geterrposition = Module._geterrposition = wasmExports.geterrposition)(), _getinternalerrposition = Module._getinternalerrposition = () => (_getinternalerrposition = Module._getinternalerrposition = wasmExports.getinternalerrposition)(), _pg_mblen = Module._pg_mblen = (e) => (_pg_mblen = Module._pg_mblen = wasmExports.pg_mblen)(e), _pg_mbstrlen_with_len = Module._pg_mbstrlen_with_len = (e, t2) => (_pg_mbstrlen_with_len = Module._pg_mbstrlen_with_len = wasmExports.pg_mbstrlen_with_len)(e, t2), _errposition = Module._errposition = (e) => (_errposition = Module._errposition = wasmExports.errposition)(e), _internalerrposition = Module._internalerrposition = (e) => (_internalerrposition = Module._internalerrposition = wasmExports.internalerrposition)(e), _internalerrquery = Module._internalerrquery = (e) => (_internalerrquery = Module._internalerrquery = wasmExports.internalerrquery)(e), _list_delete_nth_cell = Module._list_delete_nth_cell = (e, t2) => (_list_delete_nth_cell = Module._list_delete_nth_cell = wasmExports.list_delete_nth_cell)(e, t2), _get_array_type = Module._get_array_type = (e) => (_get_array_type = Module._get_array_type = wasmExports.get_array_type)(e), _pnstrdup = Module._pnstrdup = (e, t2) => (_pnstrdup = Module._pnstrdup = wasmExports.pnstrdup)(e, t2), _smgrtruncate2 = Module._smgrtruncate2 = (e, t2, r, a, o3) => (_smgrtruncate2 = Module._smgrtruncate2 = wasmExports.smgrtruncate2)(e, t2, r, a, o3), _smgrreadv = Module._smgrreadv = (e, t2, r, a, o3) => (_smgrreadv = Module._smgrreadv = wasmExports.smgrreadv)(e, t2, r, a, o3), _NewRelationCreateToastTable = Module._NewRelationCreateToastTable = (e, t2) => (_NewRelationCreateToastTable = Module._NewRelationCreateToastTable = wasmExports.NewRelationCreateToastTable)(e, t2), _transformStmt = Module._transformStmt = (e, t2) => (_transformStmt = Module._transformStmt = wasmExports.transformStmt)(e, t2), _free_parsestate = Module._free_parsestate = (e) => (_free_parsestate = Module._free_parsestate = wasmExports.free_parsestate)(e), _makeFromExpr = Module._makeFromExpr = (e, t2) => (_makeFromExpr = Module._makeFromExpr = wasmExports.makeFromExpr)(e, t2), _assign_query_collations = Module._assign_query_collations = (e, t2) => (_assign_query_collations = Module._assign_query_collations = wasmExports.assign_query_collations)(e, t2), _exprLocation = Module._exprLocation = (e) => (_exprLocation = Module._exprLocation = wasmExports.exprLocation)(e), _ParseFuncOrColumn = Module._ParseFuncOrColumn = (e, t2, r, a, o3, _3, s2) => (_ParseFuncOrColumn = Module._ParseFuncOrColumn = wasmExports.ParseFuncOrColumn)(e, t2, r, a, o3, _3, s2), _exprCollation = Module._exprCollation = (e) => (_exprCollation = Module._exprCollation = wasmExports.exprCollation)(e), _transformSortClause = Module._transformSortClause = (e, t2, r, a, o3) => (_transformSortClause = Module._transformSortClause = wasmExports.transformSortClause)(e, t2, r, a, o3), _transformDistinctClause = Module._transformDistinctClause = (e, t2, r, a) => (_transformDistinctClause = Module._transformDistinctClause = wasmExports.transformDistinctClause)(e, t2, r, a), _makeTargetEntry = Module._makeTargetEntry = (e, t2, r, a) => (_makeTargetEntry = Module._makeTargetEntry = wasmExports.makeTargetEntry)(e, t2, r, a), _select_common_type = Module._select_common_type = (e, t2, r, a) => (_select_common_type = Module._select_common_type = wasmExports.select_common_type)(e, t2, r, a), _coerce_to_common_type = Module._coerce_to_common_type = (e, t2, r, a) => (_coerce_to_common_type = Module._coerce_to_common_type = wasmExports.coerce_to_common_type)(e, t2, r, a), _select_common_collation = Module._select_common_collation = (e, t2, r) => (_select_common_collation = Module._select_common_collation = wasmExports.select_common_collation)(e, t2, r), _contain_vars_of_level = Module._contain_vars_of_level = (e, t2) => (_contain_vars_of_level = Module._contain_vars_of_level = wasmExports.contain_vars_of_level)(e, t2), _expandNSItemAttrs = Module._expandNSItemAttrs = (e, t2, r, a, o3) => (_expandNSItemAttrs = Module._expandNSItemAttrs = wasmExports.expandNSItemAttrs)(e, t2, r, a, o3), _makeAlias = Module._makeAlias = (e, t2) => (_makeAlias = Module._makeAlias = wasmExports.makeAlias)(e, t2), _addRangeTableEntryForSubquery = Module._addRangeTableEntryForSubquery = (e, t2, r, a, o3) => (_addRangeTableEntryForSubquery = Module._addRangeTableEntryForSubquery = wasmExports.addRangeTableEntryForSubquery)(e, t2, r, a, o3), _assign_list_collations = Module._assign_list_collations = (e, t2) => (_assign_list_collations = Module._assign_list_collations = wasmExports.assign_list_collations)(e, t2), _expandNSItemVars = Module._expandNSItemVars = (e, t2, r, a, o3) => (_expandNSItemVars = Module._expandNSItemVars = wasmExports.expandNSItemVars)(e, t2, r, a, o3), _markTargetListOrigins = Module._markTargetListOrigins = (e, t2) => (_markTargetListOrigins = Module._markTargetListOrigins = wasmExports.markTargetListOrigins)(e, t2), _addRangeTableEntryForJoin = Module._addRangeTableEntryForJoin = (e, t2, r, a, o3, _3, s2, n, l, d, p2) => (_addRangeTableEntryForJoin = Module._addRangeTableEntryForJoin = wasmExports.addRangeTableEntryForJoin)(e, t2, r, a, o3, _3, s2, n, l, d, p2), _list_truncate = Module._list_truncate = (e, t2) => (_list_truncate = Module._list_truncate = wasmExports.list_truncate)(e, t2), _makeVar = Module._makeVar = (e, t2, r, a, o3, _3) => (_makeVar = Module._makeVar = wasmExports.makeVar)(e, t2, r, a, o3, _3), _makeNullConst = Module._makeNullConst = (e, t2, r) => (_makeNullConst = Module._makeNullConst = wasmExports.makeNullConst)(e, t2, r), _get_sort_group_operators = Module._get_sort_group_operators = (e, t2, r, a, o3, _3, s2, n) => (_get_sort_group_operators = Module._get_sort_group_operators = wasmExports.get_sort_group_operators)(e, t2, r, a, o3, _3, s2, n), _setup_parser_errposition_callback = Module._setup_parser_errposition_callback = (e, t2, r) => (_setup_parser_errposition_callback = Module._setup_parser_errposition_callback = wasmExports.setup_parser_errposition_callback)(e, t2, r), _cancel_parser_errposition_callback = Module._cancel_parser_errposition_callback = (e) => (_cancel_parser_errposition_callback = Module._cancel_parser_errposition_callback = wasmExports.cancel_parser_errposition_callback)(e), _locate_var_of_level = Module._locate_var_of_level = (e, t2) => (_locate_var_of_level = Module._locate_var_of_level = wasmExports.locate_var_of_level)(e, t2), _makeBoolean = Module._makeBoolean = (e) => (_makeBoolean = Module._makeBoolean = wasmExports.makeBoolean)(e), _makeInteger = Module._makeInteger = (e) => (_makeInteger = Module._makeInteger = wasmExports.makeInteger)(e), _makeSimpleA_Expr = Module._makeSimpleA_Expr = (e, t2, r, a, o3) => (_makeSimpleA_Expr = Module._makeSimpleA_Expr = wasmExports.makeSimpleA_Expr)(e, t2, r, a, o3), _makeTypeName = Module._makeTypeName = (e) => (_makeTypeName = Module._makeTypeName = wasmExports.makeTypeName)(e), _SystemTypeName = Module._SystemTypeName = (e) => (_SystemTypeName = Module._SystemTypeName = wasmExports.SystemTypeName)(e), _makeFuncCall = Module._makeFuncCall = (e, t2, r, a) => (_makeFuncCall = Module._makeFuncCall = wasmExports.makeFuncCall)(e, t2, r, a), _makeA_Expr = Module._makeA_Expr = (e, t2, r, a, o3) => (_makeA_Expr = Module._makeA_Expr = wasmExports.makeA_Expr)(e, t2, r, a, o3), _list_make4_impl = Module._list_make4_impl = (e, t2, r, a, o3) => (_list_make4_impl = Module._list_make4_impl = wasmExports.list_make4_impl)(e, t2, r, a, o3), _addTargetToSortList = Module._addTargetToSortList = (e, t2, r, a, o3) => (_addTargetToSortList = Module._addTargetToSortList = wasmExports.addTargetToSortList)(e, t2, r, a, o3), _locate_agg_of_level = Module._locate_agg_of_level = (e, t2) => (_locate_agg_of_level = Module._locate_agg_of_level = wasmExports.locate_agg_of_level)(e, t2), _list_intersection_int = Module._list_intersection_int = (e, t2) => (_list_intersection_int = Module._list_intersection_int = wasmExports.list_intersection_int)(e, t2), _get_sortgroupclause_tle = Module._get_sortgroupclause_tle = (e, t2) => (_get_sortgroupclause_tle = Module._get_sortgroupclause_tle = wasmExports.get_sortgroupclause_tle)(e, t2), _flatten_join_alias_vars = Module._flatten_join_alias_vars = (e, t2, r) => (_flatten_join_alias_vars = Module._flatten_join_alias_vars = wasmExports.flatten_join_alias_vars)(e, t2, r), _list_member_int = Module._list_member_int = (e, t2) => (_list_member_int = Module._list_member_int = wasmExports.list_member_int)(e, t2), _list_union_int = Module._list_union_int = (e, t2) => (_list_union_int = Module._list_union_int = wasmExports.list_union_int)(e, t2), _makeFuncExpr = Module._makeFuncExpr = (e, t2, r, a, o3, _3) => (_makeFuncExpr = Module._makeFuncExpr = wasmExports.makeFuncExpr)(e, t2, r, a, o3, _3), _get_rte_attribute_name = Module._get_rte_attribute_name = (e, t2) => (_get_rte_attribute_name = Module._get_rte_attribute_name = wasmExports.get_rte_attribute_name)(e, t2), _checkNameSpaceConflicts = Module._checkNameSpaceConflicts = (e, t2, r) => (_checkNameSpaceConflicts = Module._checkNameSpaceConflicts = wasmExports.checkNameSpaceConflicts)(e, t2, r), _addRangeTableEntryForENR = Module._addRangeTableEntryForENR = (e, t2, r) => (_addRangeTableEntryForENR = Module._addRangeTableEntryForENR = wasmExports.addRangeTableEntryForENR)(e, t2, r), _addRangeTableEntry = Module._addRangeTableEntry = (e, t2, r, a, o3) => (_addRangeTableEntry = Module._addRangeTableEntry = wasmExports.addRangeTableEntry)(e, t2, r, a, o3), _FigureColname = Module._FigureColname = (e) => (_FigureColname = Module._FigureColname = wasmExports.FigureColname)(e), _coerce_to_specific_type = Module._coerce_to_specific_type = (e, t2, r, a) => (_coerce_to_specific_type = Module._coerce_to_specific_type = wasmExports.coerce_to_specific_type)(e, t2, r, a), _typenameTypeIdAndMod = Module._typenameTypeIdAndMod = (e, t2, r, a) => (_typenameTypeIdAndMod = Module._typenameTypeIdAndMod = wasmExports.typenameTypeIdAndMod)(e, t2, r, a), _get_typcollation = Module._get_typcollation = (e) => (_get_typcollation = Module._get_typcollation = wasmExports.get_typcollation)(e), _markNullableIfNeeded = Module._markNullableIfNeeded = (e, t2) => (_markNullableIfNeeded = Module._markNullableIfNeeded = wasmExports.markNullableIfNeeded)(e, t2), _markVarForSelectPriv = Module._markVarForSelectPriv = (e, t2) => (_markVarForSelectPriv = Module._markVarForSelectPriv = wasmExports.markVarForSelectPriv)(e, t2), _coerce_type = Module._coerce_type = (e, t2, r, a, o3, _3, s2, n) => (_coerce_type = Module._coerce_type = wasmExports.coerce_type)(e, t2, r, a, o3, _3, s2, n), _LookupFuncName = Module._LookupFuncName = (e, t2, r, a) => (_LookupFuncName = Module._LookupFuncName = wasmExports.LookupFuncName)(e, t2, r, a), _addRangeTableEntryForFunction = Module._addRangeTableEntryForFunction = (e, t2, r, a, o3, _3, s2) => (_addRangeTableEntryForFunction = Module._addRangeTableEntryForFunction = wasmExports.addRangeTableEntryForFunction)(e, t2, r, a, o3, _3, s2), _parserOpenTable = Module._parserOpenTable = (e, t2, r) => (_parserOpenTable = Module._parserOpenTable = wasmExports.parserOpenTable)(e, t2, r), _strip_implicit_coercions = Module._strip_implicit_coercions = (e) => (_strip_implicit_coercions = Module._strip_implicit_coercions = wasmExports.strip_implicit_coercions)(e), _colNameToVar = Module._colNameToVar = (e, t2, r, a) => (_colNameToVar = Module._colNameToVar = wasmExports.colNameToVar)(e, t2, r, a), _op_hashjoinable = Module._op_hashjoinable = (e, t2) => (_op_hashjoinable = Module._op_hashjoinable = wasmExports.op_hashjoinable)(e, t2), _get_commutator = Module._get_commutator = (e) => (_get_commutator = Module._get_commutator = wasmExports.get_commutator)(e), _can_coerce_type = Module._can_coerce_type = (e, t2, r, a) => (_can_coerce_type = Module._can_coerce_type = wasmExports.can_coerce_type)(e, t2, r, a), _get_sortgroupref_tle = Module._get_sortgroupref_tle = (e, t2) => (_get_sortgroupref_tle = Module._get_sortgroupref_tle = wasmExports.get_sortgroupref_tle)(e, t2), _assignSortGroupRef = Module._assignSortGroupRef = (e, t2) => (_assignSortGroupRef = Module._assignSortGroupRef = wasmExports.assignSortGroupRef)(e, t2), _targetIsInSortList = Module._targetIsInSortList = (e, t2, r) => (_targetIsInSortList = Module._targetIsInSortList = wasmExports.targetIsInSortList)(e, t2, r), _contain_aggs_of_level = Module._contain_aggs_of_level = (e, t2) => (_contain_aggs_of_level = Module._contain_aggs_of_level = wasmExports.contain_aggs_of_level)(e, t2), _find_coercion_pathway = Module._find_coercion_pathway = (e, t2, r, a) => (_find_coercion_pathway = Module._find_coercion_pathway = wasmExports.find_coercion_pathway)(e, t2, r, a), _typeidType = Module._typeidType = (e) => (_typeidType = Module._typeidType = wasmExports.typeidType)(e), _typeTypeCollation = Module._typeTypeCollation = (e) => (_typeTypeCollation = Module._typeTypeCollation = wasmExports.typeTypeCollation)(e), _typeLen = Module._typeLen = (e) => (_typeLen = Module._typeLen = wasmExports.typeLen)(e), _typeByVal = Module._typeByVal = (e) => (_typeByVal = Module._typeByVal = wasmExports.typeByVal)(e), _makeConst = Module._makeConst = (e, t2, r, a, o3, _3, s2) => (_makeConst = Module._makeConst = wasmExports.makeConst)(e, t2, r, a, o3, _3, s2), _lookup_rowtype_tupdesc = Module._lookup_rowtype_tupdesc = (e, t2) => (_lookup_rowtype_tupdesc = Module._lookup_rowtype_tupdesc = wasmExports.lookup_rowtype_tupdesc)(e, t2), _verify_common_type = Module._verify_common_type = (e, t2) => (_verify_common_type = Module._verify_common_type = wasmExports.verify_common_type)(e, t2), _bms_del_member = Module._bms_del_member = (e, t2) => (_bms_del_member = Module._bms_del_member = wasmExports.bms_del_member)(e, t2), _list_member = Module._list_member = (e, t2) => (_list_member = Module._list_member = wasmExports.list_member)(e, t2), _raw_expression_tree_walker_impl = Module._raw_expression_tree_walker_impl = (e, t2, r) => (_raw_expression_tree_walker_impl = Module._raw_expression_tree_walker_impl = wasmExports.raw_expression_tree_walker_impl)(e, t2, r), _type_is_rowtype = Module._type_is_rowtype = (e) => (_type_is_rowtype = Module._type_is_rowtype = wasmExports.type_is_rowtype)(e), _refnameNamespaceItem = Module._refnameNamespaceItem = (e, t2, r, a, o3) => (_refnameNamespaceItem = Module._refnameNamespaceItem = wasmExports.refnameNamespaceItem)(e, t2, r, a, o3), _scanNSItemForColumn = Module._scanNSItemForColumn = (e, t2, r, a, o3) => (_scanNSItemForColumn = Module._scanNSItemForColumn = wasmExports.scanNSItemForColumn)(e, t2, r, a, o3), _make_op = Module._make_op = (e, t2, r, a, o3, _3) => (_make_op = Module._make_op = wasmExports.make_op)(e, t2, r, a, o3, _3), _make_scalar_array_op = Module._make_scalar_array_op = (e, t2, r, a, o3, _3) => (_make_scalar_array_op = Module._make_scalar_array_op = wasmExports.make_scalar_array_op)(e, t2, r, a, o3, _3), _count_nonjunk_tlist_entries = Module._count_nonjunk_tlist_entries = (e) => (_count_nonjunk_tlist_entries = Module._count_nonjunk_tlist_entries = wasmExports.count_nonjunk_tlist_entries)(e), _makeWholeRowVar = Module._makeWholeRowVar = (e, t2, r, a) => (_makeWholeRowVar = Module._makeWholeRowVar = wasmExports.makeWholeRowVar)(e, t2, r, a), _expandRTE = Module._expandRTE = (e, t2, r, a, o3, _3, s2) => (_expandRTE = Module._expandRTE = wasmExports.expandRTE)(e, t2, r, a, o3, _3, s2), _bms_int_members = Module._bms_int_members = (e, t2) => (_bms_int_members = Module._bms_int_members = wasmExports.bms_int_members)(e, t2), _jsonb_in = Module._jsonb_in = (e) => (_jsonb_in = Module._jsonb_in = wasmExports.jsonb_in)(e), _geterrcode = Module._geterrcode = () => (_geterrcode = Module._geterrcode = wasmExports.geterrcode)(), _bit_in = Module._bit_in = (e) => (_bit_in = Module._bit_in = wasmExports.bit_in)(e), _bms_union = Module._bms_union = (e, t2) => (_bms_union = Module._bms_union = wasmExports.bms_union)(e, t2), _varstr_levenshtein_less_equal = Module._varstr_levenshtein_less_equal = (e, t2, r, a, o3, _3, s2, n, l) => (_varstr_levenshtein_less_equal = Module._varstr_levenshtein_less_equal = wasmExports.varstr_levenshtein_less_equal)(e, t2, r, a, o3, _3, s2, n, l), _raw_parser = Module._raw_parser = (e, t2) => (_raw_parser = Module._raw_parser = wasmExports.raw_parser)(e, t2), _errsave_start = Module._errsave_start = (e, t2) => (_errsave_start = Module._errsave_start = wasmExports.errsave_start)(e, t2), _errsave_finish = Module._errsave_finish = (e, t2, r, a) => (_errsave_finish = Module._errsave_finish = wasmExports.errsave_finish)(e, t2, r, a), _makeColumnDef = Module._makeColumnDef = (e, t2, r, a) => (_makeColumnDef = Module._makeColumnDef = wasmExports.makeColumnDef)(e, t2, r, a), _GetDefaultOpClass = Module._GetDefaultOpClass = (e, t2) => (_GetDefaultOpClass = Module._GetDefaultOpClass = wasmExports.GetDefaultOpClass)(e, t2), _ChooseRelationName = Module._ChooseRelationName = (e, t2, r, a, o3) => (_ChooseRelationName = Module._ChooseRelationName = wasmExports.ChooseRelationName)(e, t2, r, a, o3), _scanner_init = Module._scanner_init = (e, t2, r, a) => (_scanner_init = Module._scanner_init = wasmExports.scanner_init)(e, t2, r, a), _scanner_finish = Module._scanner_finish = (e) => (_scanner_finish = Module._scanner_finish = wasmExports.scanner_finish)(e), _core_yylex = Module._core_yylex = (e, t2, r) => (_core_yylex = Module._core_yylex = wasmExports.core_yylex)(e, t2, r), _isxdigit = Module._isxdigit = (e) => (_isxdigit = Module._isxdigit = wasmExports.isxdigit)(e), _scanner_isspace = Module._scanner_isspace = (e) => (_scanner_isspace = Module._scanner_isspace = wasmExports.scanner_isspace)(e), _truncate_identifier = Module._truncate_identifier = (e, t2, r) => (_truncate_identifier = Module._truncate_identifier = wasmExports.truncate_identifier)(e, t2, r), _ScanKeywordLookup = Module._ScanKeywordLookup = (e, t2) => (_ScanKeywordLookup = Module._ScanKeywordLookup = wasmExports.ScanKeywordLookup)(e, t2), _downcase_truncate_identifier = Module._downcase_truncate_identifier = (e, t2, r) => (_downcase_truncate_identifier = Module._downcase_truncate_identifier = wasmExports.downcase_truncate_identifier)(e, t2, r), _pg_database_encoding_max_length = Module._pg_database_encoding_max_length = () => (_pg_database_encoding_max_length = Module._pg_database_encoding_max_length = wasmExports.pg_database_encoding_max_length)(), _getTypeInputInfo = Module._getTypeInputInfo = (e, t2, r) => (_getTypeInputInfo = Module._getTypeInputInfo = wasmExports.getTypeInputInfo)(e, t2, r), _RenameSchema = Module._RenameSchema = (e, t2, r) => (_RenameSchema = Module._RenameSchema = wasmExports.RenameSchema)(e, t2, r), _namein = Module._namein = (e) => (_namein = Module._namein = wasmExports.namein)(e), _BlockSampler_Init = Module._BlockSampler_Init = (e, t2, r, a) => (_BlockSampler_Init = Module._BlockSampler_Init = wasmExports.BlockSampler_Init)(e, t2, r, a), _reservoir_init_selection_state = Module._reservoir_init_selection_state = (e, t2) => (_reservoir_init_selection_state = Module._reservoir_init_selection_state = wasmExports.reservoir_init_selection_state)(e, t2), _reservoir_get_next_S = Module._reservoir_get_next_S = (e, t2, r) => (_reservoir_get_next_S = Module._reservoir_get_next_S = wasmExports.reservoir_get_next_S)(e, t2, r), _sampler_random_fract = Module._sampler_random_fract = (e) => (_sampler_random_fract = Module._sampler_random_fract = wasmExports.sampler_random_fract)(e), _std_typanalyze = Module._std_typanalyze = (e) => (_std_typanalyze = Module._std_typanalyze = wasmExports.std_typanalyze)(e), _BlockSampler_HasMore = Module._BlockSampler_HasMore = (e) => (_BlockSampler_HasMore = Module._BlockSampler_HasMore = wasmExports.BlockSampler_HasMore)(e), _BlockSampler_Next = Module._BlockSampler_Next = (e) => (_BlockSampler_Next = Module._BlockSampler_Next = wasmExports.BlockSampler_Next)(e), _Async_Notify = Module._Async_Notify = (e, t2) => (_Async_Notify = Module._Async_Notify = wasmExports.Async_Notify)(e, t2), _RangeVarCallbackMaintainsTable = Module._RangeVarCallbackMaintainsTable = (e, t2, r, a) => (_RangeVarCallbackMaintainsTable = Module._RangeVarCallbackMaintainsTable = wasmExports.RangeVarCallbackMaintainsTable)(e, t2, r, a), _make_new_heap = Module._make_new_heap = (e, t2, r, a, o3) => (_make_new_heap = Module._make_new_heap = wasmExports.make_new_heap)(e, t2, r, a, o3), _finish_heap_swap = Module._finish_heap_swap = (e, t2, r, a, o3, _3, s2, n, l) => (_finish_heap_swap = Module._finish_heap_swap = wasmExports.finish_heap_swap)(e, t2, r, a, o3, _3, s2, n, l), _OpenPipeStream = Module._OpenPipeStream = (e, t2) => (_OpenPipeStream = Module._OpenPipeStream = wasmExports.OpenPipeStream)(e, t2), _pg_is_ascii = Module._pg_is_ascii = (e) => (_pg_is_ascii = Module._pg_is_ascii = wasmExports.pg_is_ascii)(e), _ClosePipeStream = Module._ClosePipeStream = (e) => (_ClosePipeStream = Module._ClosePipeStream = wasmExports.ClosePipeStream)(e), _BeginCopyFrom = Module._BeginCopyFrom = (e, t2, r, a, o3, _3, s2, n) => (_BeginCopyFrom = Module._BeginCopyFrom = wasmExports.BeginCopyFrom)(e, t2, r, a, o3, _3, s2, n), _EndCopyFrom = Module._EndCopyFrom = (e) => (_EndCopyFrom = Module._EndCopyFrom = wasmExports.EndCopyFrom)(e), _ProcessCopyOptions = Module._ProcessCopyOptions = (e, t2, r, a) => (_ProcessCopyOptions = Module._ProcessCopyOptions = wasmExports.ProcessCopyOptions)(e, t2, r, a), _CopyFromErrorCallback = Module._CopyFromErrorCallback = (e) => (_CopyFromErrorCallback = Module._CopyFromErrorCallback = wasmExports.CopyFromErrorCallback)(e), _ExecInitRangeTable = Module._ExecInitRangeTable = (e, t2, r) => (_ExecInitRangeTable = Module._ExecInitRangeTable = wasmExports.ExecInitRangeTable)(e, t2, r), _ExecInitResultRelation = Module._ExecInitResultRelation = (e, t2, r) => (_ExecInitResultRelation = Module._ExecInitResultRelation = wasmExports.ExecInitResultRelation)(e, t2, r), _ExecInitQual = Module._ExecInitQual = (e, t2) => (_ExecInitQual = Module._ExecInitQual = wasmExports.ExecInitQual)(e, t2), _NextCopyFrom = Module._NextCopyFrom = (e, t2, r, a) => (_NextCopyFrom = Module._NextCopyFrom = wasmExports.NextCopyFrom)(e, t2, r, a), _ExecCloseResultRelations = Module._ExecCloseResultRelations = (e) => (_ExecCloseResultRelations = Module._ExecCloseResultRelations = wasmExports.ExecCloseResultRelations)(e), _ExecCloseRangeTableRelations = Module._ExecCloseRangeTableRelations = (e) => (_ExecCloseRangeTableRelations = Module._ExecCloseRangeTableRelations = wasmExports.ExecCloseRangeTableRelations)(e), _ExecConstraints = Module._ExecConstraints = (e, t2, r) => (_ExecConstraints = Module._ExecConstraints = wasmExports.ExecConstraints)(e, t2, r), _ExecInsertIndexTuples = Module._ExecInsertIndexTuples = (e, t2, r, a, o3, _3, s2, n) => (_ExecInsertIndexTuples = Module._ExecInsertIndexTuples = wasmExports.ExecInsertIndexTuples)(e, t2, r, a, o3, _3, s2, n), _build_column_default = Module._build_column_default = (e, t2) => (_build_column_default = Module._build_column_default = wasmExports.build_column_default)(e, t2), _ExecInitExpr = Module._ExecInitExpr = (e, t2) => (_ExecInitExpr = Module._ExecInitExpr = wasmExports.ExecInitExpr)(e, t2), _fileno = Module._fileno = (e) => (_fileno = Module._fileno = wasmExports.fileno)(e), _NextCopyFromRawFields = Module._NextCopyFromRawFields = (e, t2, r) => (_NextCopyFromRawFields = Module._NextCopyFromRawFields = wasmExports.NextCopyFromRawFields)(e, t2, r), _resetStringInfo = Module._resetStringInfo = (e) => (_resetStringInfo = Module._resetStringInfo = wasmExports.resetStringInfo)(e), _tolower = Module._tolower = (e) => (_tolower = Module._tolower = wasmExports.tolower)(e), _pq_copymsgbytes = Module._pq_copymsgbytes = (e, t2, r) => (_pq_copymsgbytes = Module._pq_copymsgbytes = wasmExports.pq_copymsgbytes)(e, t2, r), _pg_plan_query = Module._pg_plan_query = (e, t2, r, a) => (_pg_plan_query = Module._pg_plan_query = wasmExports.pg_plan_query)(e, t2, r, a), _PushCopiedSnapshot = Module._PushCopiedSnapshot = (e) => (_PushCopiedSnapshot = Module._PushCopiedSnapshot = wasmExports.PushCopiedSnapshot)(e), _UpdateActiveSnapshotCommandId = Module._UpdateActiveSnapshotCommandId = () => (_UpdateActiveSnapshotCommandId = Module._UpdateActiveSnapshotCommandId = wasmExports.UpdateActiveSnapshotCommandId)(), _CreateQueryDesc = Module._CreateQueryDesc = (e, t2, r, a, o3, _3, s2, n) => (_CreateQueryDesc = Module._CreateQueryDesc = wasmExports.CreateQueryDesc)(e, t2, r, a, o3, _3, s2, n), _ExecutorStart = Module._ExecutorStart = (e, t2) => (_ExecutorStart = Module._ExecutorStart = wasmExports.ExecutorStart)(e, t2), _ExecutorFinish = Module._ExecutorFinish = (e) => (_ExecutorFinish = Module._ExecutorFinish = wasmExports.ExecutorFinish)(e), _ExecutorEnd = Module._ExecutorEnd = (e) => (_ExecutorEnd = Module._ExecutorEnd = wasmExports.ExecutorEnd)(e), _FreeQueryDesc = Module._FreeQueryDesc = (e) => (_FreeQueryDesc = Module._FreeQueryDesc = wasmExports.FreeQueryDesc)(e), _pg_server_to_any = Module._pg_server_to_any = (e, t2, r) => (_pg_server_to_any = Module._pg_server_to_any = wasmExports.pg_server_to_any)(e, t2, r), _ExecutorRun = Module._ExecutorRun = (e, t2, r, a) => (_ExecutorRun = Module._ExecutorRun = wasmExports.ExecutorRun)(e, t2, r, a), _fwrite = Module._fwrite = (e, t2, r, a) => (_fwrite = Module._fwrite = wasmExports.fwrite)(e, t2, r, a), _CreateTableAsRelExists = Module._CreateTableAsRelExists = (e) => (_CreateTableAsRelExists = Module._CreateTableAsRelExists = wasmExports.CreateTableAsRelExists)(e), _QueryRewrite = Module._QueryRewrite = (e) => (_QueryRewrite = Module._QueryRewrite = wasmExports.QueryRewrite)(e), _DefineRelation = Module._DefineRelation = (e, t2, r, a, o3, _3) => (_DefineRelation = Module._DefineRelation = wasmExports.DefineRelation)(e, t2, r, a, o3, _3), _rmdir = Module._rmdir = (e) => (_rmdir = Module._rmdir = wasmExports.rmdir)(e), _atof = Module._atof = (e) => (_atof = Module._atof = wasmExports.atof)(e), _int8in = Module._int8in = (e) => (_int8in = Module._int8in = wasmExports.int8in)(e), _oidin = Module._oidin = (e) => (_oidin = Module._oidin = wasmExports.oidin)(e), _RemoveObjects = Module._RemoveObjects = (e) => (_RemoveObjects = Module._RemoveObjects = wasmExports.RemoveObjects)(e), _GetCommandTagName = Module._GetCommandTagName = (e) => (_GetCommandTagName = Module._GetCommandTagName = wasmExports.GetCommandTagName)(e), _ExplainBeginOutput = Module._ExplainBeginOutput = (e) => (_ExplainBeginOutput = Module._ExplainBeginOutput = wasmExports.ExplainBeginOutput)(e), _NewExplainState = Module._NewExplainState = () => (_NewExplainState = Module._NewExplainState = wasmExports.NewExplainState)(), _ExplainEndOutput = Module._ExplainEndOutput = (e) => (_ExplainEndOutput = Module._ExplainEndOutput = wasmExports.ExplainEndOutput)(e), _ExplainPrintPlan = Module._ExplainPrintPlan = (e, t2) => (_ExplainPrintPlan = Module._ExplainPrintPlan = wasmExports.ExplainPrintPlan)(e, t2), _appendStringInfoSpaces = Module._appendStringInfoSpaces = (e, t2) => (_appendStringInfoSpaces = Module._appendStringInfoSpaces = wasmExports.appendStringInfoSpaces)(e, t2), _ExplainPrintTriggers = Module._ExplainPrintTriggers = (e, t2) => (_ExplainPrintTriggers = Module._ExplainPrintTriggers = wasmExports.ExplainPrintTriggers)(e, t2), _ExplainPrintJITSummary = Module._ExplainPrintJITSummary = (e, t2) => (_ExplainPrintJITSummary = Module._ExplainPrintJITSummary = wasmExports.ExplainPrintJITSummary)(e, t2), _InstrEndLoop = Module._InstrEndLoop = (e) => (_InstrEndLoop = Module._InstrEndLoop = wasmExports.InstrEndLoop)(e), _ExplainPropertyInteger = Module._ExplainPropertyInteger = (e, t2, r, a) => (_ExplainPropertyInteger = Module._ExplainPropertyInteger = wasmExports.ExplainPropertyInteger)(e, t2, r, a), _ExplainQueryText = Module._ExplainQueryText = (e, t2) => (_ExplainQueryText = Module._ExplainQueryText = wasmExports.ExplainQueryText)(e, t2), _ExplainPropertyText = Module._ExplainPropertyText = (e, t2, r) => (_ExplainPropertyText = Module._ExplainPropertyText = wasmExports.ExplainPropertyText)(e, t2, r), _ExplainQueryParameters = Module._ExplainQueryParameters = (e, t2, r) => (_ExplainQueryParameters = Module._ExplainQueryParameters = wasmExports.ExplainQueryParameters)(e, t2, r), _get_func_namespace = Module._get_func_namespace = (e) => (_get_func_namespace = Module._get_func_namespace = wasmExports.get_func_namespace)(e), _CreateSchemaCommand = Module._CreateSchemaCommand = (e, t2, r, a) => (_CreateSchemaCommand = Module._CreateSchemaCommand = wasmExports.CreateSchemaCommand)(e, t2, r, a), _get_rel_type_id = Module._get_rel_type_id = (e) => (_get_rel_type_id = Module._get_rel_type_id = wasmExports.get_rel_type_id)(e), _set_config_option = Module._set_config_option = (e, t2, r, a, o3, _3, s2, n) => (_set_config_option = Module._set_config_option = wasmExports.set_config_option)(e, t2, r, a, o3, _3, s2, n), _pg_any_to_server = Module._pg_any_to_server = (e, t2, r) => (_pg_any_to_server = Module._pg_any_to_server = wasmExports.pg_any_to_server)(e, t2, r), _DirectFunctionCall4Coll = Module._DirectFunctionCall4Coll = (e, t2, r, a, o3, _3) => (_DirectFunctionCall4Coll = Module._DirectFunctionCall4Coll = wasmExports.DirectFunctionCall4Coll)(e, t2, r, a, o3, _3), _replace_text = Module._replace_text = (e) => (_replace_text = Module._replace_text = wasmExports.replace_text)(e), _ProcessUtility = Module._ProcessUtility = (e, t2, r, a, o3, _3, s2, n) => (_ProcessUtility = Module._ProcessUtility = wasmExports.ProcessUtility)(e, t2, r, a, o3, _3, s2, n), _list_delete_cell = Module._list_delete_cell = (e, t2) => (_list_delete_cell = Module._list_delete_cell = wasmExports.list_delete_cell)(e, t2), _GetForeignDataWrapper = Module._GetForeignDataWrapper = (e) => (_GetForeignDataWrapper = Module._GetForeignDataWrapper = wasmExports.GetForeignDataWrapper)(e), _CreateExprContext = Module._CreateExprContext = (e) => (_CreateExprContext = Module._CreateExprContext = wasmExports.CreateExprContext)(e), _EnsurePortalSnapshotExists = Module._EnsurePortalSnapshotExists = () => (_EnsurePortalSnapshotExists = Module._EnsurePortalSnapshotExists = wasmExports.EnsurePortalSnapshotExists)(), _CheckIndexCompatible = Module._CheckIndexCompatible = (e, t2, r, a) => (_CheckIndexCompatible = Module._CheckIndexCompatible = wasmExports.CheckIndexCompatible)(e, t2, r, a), _pgstat_count_truncate = Module._pgstat_count_truncate = (e) => (_pgstat_count_truncate = Module._pgstat_count_truncate = wasmExports.pgstat_count_truncate)(e), _SPI_connect = Module._SPI_connect = () => (_SPI_connect = Module._SPI_connect = wasmExports.SPI_connect)(), _SPI_exec = Module._SPI_exec = (e, t2) => (_SPI_exec = Module._SPI_exec = wasmExports.SPI_exec)(e, t2), _SPI_execute = Module._SPI_execute = (e, t2, r) => (_SPI_execute = Module._SPI_execute = wasmExports.SPI_execute)(e, t2, r), _SPI_getvalue = Module._SPI_getvalue = (e, t2, r) => (_SPI_getvalue = Module._SPI_getvalue = wasmExports.SPI_getvalue)(e, t2, r), _generate_operator_clause = Module._generate_operator_clause = (e, t2, r, a, o3, _3) => (_generate_operator_clause = Module._generate_operator_clause = wasmExports.generate_operator_clause)(e, t2, r, a, o3, _3), _SPI_finish = Module._SPI_finish = () => (_SPI_finish = Module._SPI_finish = wasmExports.SPI_finish)(), _CreateTransientRelDestReceiver = Module._CreateTransientRelDestReceiver = (e) => (_CreateTransientRelDestReceiver = Module._CreateTransientRelDestReceiver = wasmExports.CreateTransientRelDestReceiver)(e), _MemoryContextSetIdentifier = Module._MemoryContextSetIdentifier = (e, t2) => (_MemoryContextSetIdentifier = Module._MemoryContextSetIdentifier = wasmExports.MemoryContextSetIdentifier)(e, t2), _checkExprHasSubLink = Module._checkExprHasSubLink = (e) => (_checkExprHasSubLink = Module._checkExprHasSubLink = wasmExports.checkExprHasSubLink)(e), _MemoryContextSetParent = Module._MemoryContextSetParent = (e, t2) => (_MemoryContextSetParent = Module._MemoryContextSetParent = wasmExports.MemoryContextSetParent)(e, t2), _SetTuplestoreDestReceiverParams = Module._SetTuplestoreDestReceiverParams = (e, t2, r, a, o3, _3) => (_SetTuplestoreDestReceiverParams = Module._SetTuplestoreDestReceiverParams = wasmExports.SetTuplestoreDestReceiverParams)(e, t2, r, a, o3, _3), _tuplestore_rescan = Module._tuplestore_rescan = (e) => (_tuplestore_rescan = Module._tuplestore_rescan = wasmExports.tuplestore_rescan)(e), _MemoryContextDeleteChildren = Module._MemoryContextDeleteChildren = (e) => (_MemoryContextDeleteChildren = Module._MemoryContextDeleteChildren = wasmExports.MemoryContextDeleteChildren)(e), _makeParamList = Module._makeParamList = (e) => (_makeParamList = Module._makeParamList = wasmExports.makeParamList)(e), _ReleaseCachedPlan = Module._ReleaseCachedPlan = (e, t2) => (_ReleaseCachedPlan = Module._ReleaseCachedPlan = wasmExports.ReleaseCachedPlan)(e, t2), _bms_equal = Module._bms_equal = (e, t2) => (_bms_equal = Module._bms_equal = wasmExports.bms_equal)(e, t2), _register_label_provider = Module._register_label_provider = (e, t2) => (_register_label_provider = Module._register_label_provider = wasmExports.register_label_provider)(e, t2), _DefineSequence = Module._DefineSequence = (e, t2, r) => (_DefineSequence = Module._DefineSequence = wasmExports.DefineSequence)(e, t2, r), _AlterSequence = Module._AlterSequence = (e, t2, r) => (_AlterSequence = Module._AlterSequence = wasmExports.AlterSequence)(e, t2, r), _nextval = Module._nextval = (e) => (_nextval = Module._nextval = wasmExports.nextval)(e), _textToQualifiedNameList = Module._textToQualifiedNameList = (e) => (_textToQualifiedNameList = Module._textToQualifiedNameList = wasmExports.textToQualifiedNameList)(e), _nextval_internal = Module._nextval_internal = (e, t2) => (_nextval_internal = Module._nextval_internal = wasmExports.nextval_internal)(e, t2), _setval_oid = Module._setval_oid = (e) => (_setval_oid = Module._setval_oid = wasmExports.setval_oid)(e), _tuplestore_gettupleslot = Module._tuplestore_gettupleslot = (e, t2, r, a) => (_tuplestore_gettupleslot = Module._tuplestore_gettupleslot = wasmExports.tuplestore_gettupleslot)(e, t2, r, a), _list_delete = Module._list_delete = (e, t2) => (_list_delete = Module._list_delete = wasmExports.list_delete)(e, t2), _tuplestore_end = Module._tuplestore_end = (e) => (_tuplestore_end = Module._tuplestore_end = wasmExports.tuplestore_end)(e), _list_append_unique = Module._list_append_unique = (e, t2) => (_list_append_unique = Module._list_append_unique = wasmExports.list_append_unique)(e, t2), _quote_literal_cstr = Module._quote_literal_cstr = (e) => (_quote_literal_cstr = Module._quote_literal_cstr = wasmExports.quote_literal_cstr)(e), _contain_mutable_functions = Module._contain_mutable_functions = (e) => (_contain_mutable_functions = Module._contain_mutable_functions = wasmExports.contain_mutable_functions)(e), _RemoveRelations = Module._RemoveRelations = (e) => (_RemoveRelations = Module._RemoveRelations = wasmExports.RemoveRelations)(e), _ExecuteTruncateGuts = Module._ExecuteTruncateGuts = (e, t2, r, a, o3, _3) => (_ExecuteTruncateGuts = Module._ExecuteTruncateGuts = wasmExports.ExecuteTruncateGuts)(e, t2, r, a, o3, _3), _InitResultRelInfo = Module._InitResultRelInfo = (e, t2, r, a, o3) => (_InitResultRelInfo = Module._InitResultRelInfo = wasmExports.InitResultRelInfo)(e, t2, r, a, o3), _AlterTable = Module._AlterTable = (e, t2, r) => (_AlterTable = Module._AlterTable = wasmExports.AlterTable)(e, t2, r), _bms_make_singleton = Module._bms_make_singleton = (e) => (_bms_make_singleton = Module._bms_make_singleton = wasmExports.bms_make_singleton)(e), _ChangeVarNodes = Module._ChangeVarNodes = (e, t2, r, a) => (_ChangeVarNodes = Module._ChangeVarNodes = wasmExports.ChangeVarNodes)(e, t2, r, a), _tuplestore_puttupleslot = Module._tuplestore_puttupleslot = (e, t2) => (_tuplestore_puttupleslot = Module._tuplestore_puttupleslot = wasmExports.tuplestore_puttupleslot)(e, t2), _tuplestore_begin_heap = Module._tuplestore_begin_heap = (e, t2, r) => (_tuplestore_begin_heap = Module._tuplestore_begin_heap = wasmExports.tuplestore_begin_heap)(e, t2, r), _ExecForceStoreHeapTuple = Module._ExecForceStoreHeapTuple = (e, t2, r) => (_ExecForceStoreHeapTuple = Module._ExecForceStoreHeapTuple = wasmExports.ExecForceStoreHeapTuple)(e, t2, r), _ExecUpdateLockMode = Module._ExecUpdateLockMode = (e, t2) => (_ExecUpdateLockMode = Module._ExecUpdateLockMode = wasmExports.ExecUpdateLockMode)(e, t2), _bms_copy = Module._bms_copy = (e) => (_bms_copy = Module._bms_copy = wasmExports.bms_copy)(e), _strtoint = Module._strtoint = (e, t2, r) => (_strtoint = Module._strtoint = wasmExports.strtoint)(e, t2, r), _strtod = Module._strtod = (e, t2) => (_strtod = Module._strtod = wasmExports.strtod)(e, t2), _plain_crypt_verify = Module._plain_crypt_verify = (e, t2, r, a) => (_plain_crypt_verify = Module._plain_crypt_verify = wasmExports.plain_crypt_verify)(e, t2, r, a), _ProcessConfigFile = Module._ProcessConfigFile = (e) => (_ProcessConfigFile = Module._ProcessConfigFile = wasmExports.ProcessConfigFile)(e), _pgl_exit = Module._pgl_exit = (e) => (_pgl_exit = Module._pgl_exit = wasmExports.pgl_exit)(e), _dsa_get_handle = Module._dsa_get_handle = (e) => (_dsa_get_handle = Module._dsa_get_handle = wasmExports.dsa_get_handle)(e), _pg_strncasecmp = Module._pg_strncasecmp = (e, t2, r) => (_pg_strncasecmp = Module._pg_strncasecmp = wasmExports.pg_strncasecmp)(e, t2, r), _ExecReScan = Module._ExecReScan = (e) => (_ExecReScan = Module._ExecReScan = wasmExports.ExecReScan)(e), _ExecAsyncResponse = Module._ExecAsyncResponse = (e) => (_ExecAsyncResponse = Module._ExecAsyncResponse = wasmExports.ExecAsyncResponse)(e), _ExecAsyncRequestDone = Module._ExecAsyncRequestDone = (e, t2) => (_ExecAsyncRequestDone = Module._ExecAsyncRequestDone = wasmExports.ExecAsyncRequestDone)(e, t2), _ExecAsyncRequestPending = Module._ExecAsyncRequestPending = (e) => (_ExecAsyncRequestPending = Module._ExecAsyncRequestPending = wasmExports.ExecAsyncRequestPending)(e), _ExprEvalPushStep = Module._ExprEvalPushStep = (e, t2) => (_ExprEvalPushStep = Module._ExprEvalPushStep = wasmExports.ExprEvalPushStep)(e, t2), _ExecInitExprWithParams = Module._ExecInitExprWithParams = (e, t2) => (_ExecInitExprWithParams = Module._ExecInitExprWithParams = wasmExports.ExecInitExprWithParams)(e, t2), _ExecInitExprList = Module._ExecInitExprList = (e, t2) => (_ExecInitExprList = Module._ExecInitExprList = wasmExports.ExecInitExprList)(e, t2), _ExecGetResultType = Module._ExecGetResultType = (e) => (_ExecGetResultType = Module._ExecGetResultType = wasmExports.ExecGetResultType)(e), _ExecInitExtraTupleSlot = Module._ExecInitExtraTupleSlot = (e, t2, r) => (_ExecInitExtraTupleSlot = Module._ExecInitExtraTupleSlot = wasmExports.ExecInitExtraTupleSlot)(e, t2, r), _MakeExpandedObjectReadOnlyInternal = Module._MakeExpandedObjectReadOnlyInternal = (e) => (_MakeExpandedObjectReadOnlyInternal = Module._MakeExpandedObjectReadOnlyInternal = wasmExports.MakeExpandedObjectReadOnlyInternal)(e), _tuplesort_puttupleslot = Module._tuplesort_puttupleslot = (e, t2) => (_tuplesort_puttupleslot = Module._tuplesort_puttupleslot = wasmExports.tuplesort_puttupleslot)(e, t2), _ArrayGetNItems = Module._ArrayGetNItems = (e, t2) => (_ArrayGetNItems = Module._ArrayGetNItems = wasmExports.ArrayGetNItems)(e, t2), _expanded_record_fetch_tupdesc = Module._expanded_record_fetch_tupdesc = (e) => (_expanded_record_fetch_tupdesc = Module._expanded_record_fetch_tupdesc = wasmExports.expanded_record_fetch_tupdesc)(e), _expanded_record_fetch_field = Module._expanded_record_fetch_field = (e, t2, r) => (_expanded_record_fetch_field = Module._expanded_record_fetch_field = wasmExports.expanded_record_fetch_field)(e, t2, r), _json_validate = Module._json_validate = (e, t2, r) => (_json_validate = Module._json_validate = wasmExports.json_validate)(e, t2, r), _JsonbValueToJsonb = Module._JsonbValueToJsonb = (e) => (_JsonbValueToJsonb = Module._JsonbValueToJsonb = wasmExports.JsonbValueToJsonb)(e), _numeric_out = Module._numeric_out = (e) => (_numeric_out = Module._numeric_out = wasmExports.numeric_out)(e), _boolout = Module._boolout = (e) => (_boolout = Module._boolout = wasmExports.boolout)(e), _bool_int4 = Module._bool_int4 = (e) => (_bool_int4 = Module._bool_int4 = wasmExports.bool_int4)(e), _lookup_rowtype_tupdesc_domain = Module._lookup_rowtype_tupdesc_domain = (e, t2, r) => (_lookup_rowtype_tupdesc_domain = Module._lookup_rowtype_tupdesc_domain = wasmExports.lookup_rowtype_tupdesc_domain)(e, t2, r), _MemoryContextGetParent = Module._MemoryContextGetParent = (e) => (_MemoryContextGetParent = Module._MemoryContextGetParent = wasmExports.MemoryContextGetParent)(e), _DeleteExpandedObject = Module._DeleteExpandedObject = (e) => (_DeleteExpandedObject = Module._DeleteExpandedObject = wasmExports.DeleteExpandedObject)(e), _ExecFindJunkAttributeInTlist = Module._ExecFindJunkAttributeInTlist = (e, t2) => (_ExecFindJunkAttributeInTlist = Module._ExecFindJunkAttributeInTlist = wasmExports.ExecFindJunkAttributeInTlist)(e, t2), _standard_ExecutorStart = Module._standard_ExecutorStart = (e, t2) => (_standard_ExecutorStart = Module._standard_ExecutorStart = wasmExports.standard_ExecutorStart)(e, t2), _ExecInitNode = Module._ExecInitNode = (e, t2, r) => (_ExecInitNode = Module._ExecInitNode = wasmExports.ExecInitNode)(e, t2, r), _standard_ExecutorRun = Module._standard_ExecutorRun = (e, t2, r, a) => (_standard_ExecutorRun = Module._standard_ExecutorRun = wasmExports.standard_ExecutorRun)(e, t2, r, a), _standard_ExecutorFinish = Module._standard_ExecutorFinish = (e) => (_standard_ExecutorFinish = Module._standard_ExecutorFinish = wasmExports.standard_ExecutorFinish)(e), _standard_ExecutorEnd = Module._standard_ExecutorEnd = (e) => (_standard_ExecutorEnd = Module._standard_ExecutorEnd = wasmExports.standard_ExecutorEnd)(e), _ExecEndNode = Module._ExecEndNode = (e) => (_ExecEndNode = Module._ExecEndNode = wasmExports.ExecEndNode)(e), _InstrAlloc = Module._InstrAlloc = (e, t2, r) => (_InstrAlloc = Module._InstrAlloc = wasmExports.InstrAlloc)(e, t2, r), _MakeTupleTableSlot = Module._MakeTupleTableSlot = (e, t2) => (_MakeTupleTableSlot = Module._MakeTupleTableSlot = wasmExports.MakeTupleTableSlot)(e, t2), _ExecWithCheckOptions = Module._ExecWithCheckOptions = (e, t2, r, a) => (_ExecWithCheckOptions = Module._ExecWithCheckOptions = wasmExports.ExecWithCheckOptions)(e, t2, r, a), _get_typlenbyval = Module._get_typlenbyval = (e, t2, r) => (_get_typlenbyval = Module._get_typlenbyval = wasmExports.get_typlenbyval)(e, t2, r), _bms_num_members = Module._bms_num_members = (e) => (_bms_num_members = Module._bms_num_members = wasmExports.bms_num_members)(e), _ExecAssignExprContext = Module._ExecAssignExprContext = (e, t2) => (_ExecAssignExprContext = Module._ExecAssignExprContext = wasmExports.ExecAssignExprContext)(e, t2), _ExecInitScanTupleSlot = Module._ExecInitScanTupleSlot = (e, t2, r, a) => (_ExecInitScanTupleSlot = Module._ExecInitScanTupleSlot = wasmExports.ExecInitScanTupleSlot)(e, t2, r, a), _InputFunctionCall = Module._InputFunctionCall = (e, t2, r, a) => (_InputFunctionCall = Module._InputFunctionCall = wasmExports.InputFunctionCall)(e, t2, r, a), _list_delete_ptr = Module._list_delete_ptr = (e, t2) => (_list_delete_ptr = Module._list_delete_ptr = wasmExports.list_delete_ptr)(e, t2), _FreeExprContext = Module._FreeExprContext = (e, t2) => (_FreeExprContext = Module._FreeExprContext = wasmExports.FreeExprContext)(e, t2), _ExecAssignProjectionInfo = Module._ExecAssignProjectionInfo = (e, t2) => (_ExecAssignProjectionInfo = Module._ExecAssignProjectionInfo = wasmExports.ExecAssignProjectionInfo)(e, t2), _ExecOpenScanRelation = Module._ExecOpenScanRelation = (e, t2, r) => (_ExecOpenScanRelation = Module._ExecOpenScanRelation = wasmExports.ExecOpenScanRelation)(e, t2, r), _bms_intersect = Module._bms_intersect = (e, t2) => (_bms_intersect = Module._bms_intersect = wasmExports.bms_intersect)(e, t2), _GetAttributeByNum = Module._GetAttributeByNum = (e, t2, r) => (_GetAttributeByNum = Module._GetAttributeByNum = wasmExports.GetAttributeByNum)(e, t2, r), _ExecGetReturningSlot = Module._ExecGetReturningSlot = (e, t2) => (_ExecGetReturningSlot = Module._ExecGetReturningSlot = wasmExports.ExecGetReturningSlot)(e, t2), _ExecGetResultRelCheckAsUser = Module._ExecGetResultRelCheckAsUser = (e, t2) => (_ExecGetResultRelCheckAsUser = Module._ExecGetResultRelCheckAsUser = wasmExports.ExecGetResultRelCheckAsUser)(e, t2), _get_call_expr_argtype = Module._get_call_expr_argtype = (e, t2) => (_get_call_expr_argtype = Module._get_call_expr_argtype = wasmExports.get_call_expr_argtype)(e, t2), _tuplestore_clear = Module._tuplestore_clear = (e) => (_tuplestore_clear = Module._tuplestore_clear = wasmExports.tuplestore_clear)(e), _InstrUpdateTupleCount = Module._InstrUpdateTupleCount = (e, t2) => (_InstrUpdateTupleCount = Module._InstrUpdateTupleCount = wasmExports.InstrUpdateTupleCount)(e, t2), _tuplesort_begin_heap = Module._tuplesort_begin_heap = (e, t2, r, a, o3, _3, s2, n, l) => (_tuplesort_begin_heap = Module._tuplesort_begin_heap = wasmExports.tuplesort_begin_heap)(e, t2, r, a, o3, _3, s2, n, l), _AggCheckCallContext = Module._AggCheckCallContext = (e, t2) => (_AggCheckCallContext = Module._AggCheckCallContext = wasmExports.AggCheckCallContext)(e, t2), _tuplesort_gettupleslot = Module._tuplesort_gettupleslot = (e, t2, r, a, o3) => (_tuplesort_gettupleslot = Module._tuplesort_gettupleslot = wasmExports.tuplesort_gettupleslot)(e, t2, r, a, o3), _bms_del_members = Module._bms_del_members = (e, t2) => (_bms_del_members = Module._bms_del_members = wasmExports.bms_del_members)(e, t2), _AddWaitEventToSet = Module._AddWaitEventToSet = (e, t2, r, a, o3) => (_AddWaitEventToSet = Module._AddWaitEventToSet = wasmExports.AddWaitEventToSet)(e, t2, r, a, o3), _GetNumRegisteredWaitEvents = Module._GetNumRegisteredWaitEvents = (e) => (_GetNumRegisteredWaitEvents = Module._GetNumRegisteredWaitEvents = wasmExports.GetNumRegisteredWaitEvents)(e), _get_attstatsslot = Module._get_attstatsslot = (e, t2, r, a, o3) => (_get_attstatsslot = Module._get_attstatsslot = wasmExports.get_attstatsslot)(e, t2, r, a, o3), _free_attstatsslot = Module._free_attstatsslot = (e) => (_free_attstatsslot = Module._free_attstatsslot = wasmExports.free_attstatsslot)(e), _tuplesort_reset = Module._tuplesort_reset = (e) => (_tuplesort_reset = Module._tuplesort_reset = wasmExports.tuplesort_reset)(e), _pairingheap_first = Module._pairingheap_first = (e) => (_pairingheap_first = Module._pairingheap_first = wasmExports.pairingheap_first)(e), _bms_nonempty_difference = Module._bms_nonempty_difference = (e, t2) => (_bms_nonempty_difference = Module._bms_nonempty_difference = wasmExports.bms_nonempty_difference)(e, t2), _datum_image_hash = Module._datum_image_hash = (e, t2, r) => (_datum_image_hash = Module._datum_image_hash = wasmExports.datum_image_hash)(e, t2, r), _tuplesort_rescan = Module._tuplesort_rescan = (e) => (_tuplesort_rescan = Module._tuplesort_rescan = wasmExports.tuplesort_rescan)(e), _WinGetPartitionLocalMemory = Module._WinGetPartitionLocalMemory = (e, t2) => (_WinGetPartitionLocalMemory = Module._WinGetPartitionLocalMemory = wasmExports.WinGetPartitionLocalMemory)(e, t2), _WinGetCurrentPosition = Module._WinGetCurrentPosition = (e) => (_WinGetCurrentPosition = Module._WinGetCurrentPosition = wasmExports.WinGetCurrentPosition)(e), _WinGetPartitionRowCount = Module._WinGetPartitionRowCount = (e) => (_WinGetPartitionRowCount = Module._WinGetPartitionRowCount = wasmExports.WinGetPartitionRowCount)(e), _WinGetFuncArgInPartition = Module._WinGetFuncArgInPartition = (e, t2, r, a, o3, _3, s2) => (_WinGetFuncArgInPartition = Module._WinGetFuncArgInPartition = wasmExports.WinGetFuncArgInPartition)(e, t2, r, a, o3, _3, s2), _WinGetFuncArgCurrent = Module._WinGetFuncArgCurrent = (e, t2, r) => (_WinGetFuncArgCurrent = Module._WinGetFuncArgCurrent = wasmExports.WinGetFuncArgCurrent)(e, t2, r), _SPI_connect_ext = Module._SPI_connect_ext = (e) => (_SPI_connect_ext = Module._SPI_connect_ext = wasmExports.SPI_connect_ext)(e), _SPI_commit = Module._SPI_commit = () => (_SPI_commit = Module._SPI_commit = wasmExports.SPI_commit)(), _CopyErrorData = Module._CopyErrorData = () => (_CopyErrorData = Module._CopyErrorData = wasmExports.CopyErrorData)(), _FlushErrorState = Module._FlushErrorState = () => (_FlushErrorState = Module._FlushErrorState = wasmExports.FlushErrorState)(), _ReThrowError = Module._ReThrowError = (e) => (_ReThrowError = Module._ReThrowError = wasmExports.ReThrowError)(e), _SPI_commit_and_chain = Module._SPI_commit_and_chain = () => (_SPI_commit_and_chain = Module._SPI_commit_and_chain = wasmExports.SPI_commit_and_chain)(), _SPI_rollback = Module._SPI_rollback = () => (_SPI_rollback = Module._SPI_rollback = wasmExports.SPI_rollback)(), _SPI_rollback_and_chain = Module._SPI_rollback_and_chain = () => (_SPI_rollback_and_chain = Module._SPI_rollback_and_chain = wasmExports.SPI_rollback_and_chain)(), _SPI_freetuptable = Module._SPI_freetuptable = (e) => (_SPI_freetuptable = Module._SPI_freetuptable = wasmExports.SPI_freetuptable)(e), _SPI_execute_extended = Module._SPI_execute_extended = (e, t2) => (_SPI_execute_extended = Module._SPI_execute_extended = wasmExports.SPI_execute_extended)(e, t2), _SPI_execute_plan = Module._SPI_execute_plan = (e, t2, r, a, o3) => (_SPI_execute_plan = Module._SPI_execute_plan = wasmExports.SPI_execute_plan)(e, t2, r, a, o3), _SPI_execp = Module._SPI_execp = (e, t2, r, a) => (_SPI_execp = Module._SPI_execp = wasmExports.SPI_execp)(e, t2, r, a), _SPI_execute_plan_extended = Module._SPI_execute_plan_extended = (e, t2) => (_SPI_execute_plan_extended = Module._SPI_execute_plan_extended = wasmExports.SPI_execute_plan_extended)(e, t2), _SPI_execute_plan_with_paramlist = Module._SPI_execute_plan_with_paramlist = (e, t2, r, a) => (_SPI_execute_plan_with_paramlist = Module._SPI_execute_plan_with_paramlist = wasmExports.SPI_execute_plan_with_paramlist)(e, t2, r, a), _SPI_execute_with_args = Module._SPI_execute_with_args = (e, t2, r, a, o3, _3, s2) => (_SPI_execute_with_args = Module._SPI_execute_with_args = wasmExports.SPI_execute_with_args)(e, t2, r, a, o3, _3, s2), _SPI_prepare = Module._SPI_prepare = (e, t2, r) => (_SPI_prepare = Module._SPI_prepare = wasmExports.SPI_prepare)(e, t2, r), _SPI_prepare_extended = Module._SPI_prepare_extended = (e, t2) => (_SPI_prepare_extended = Module._SPI_prepare_extended = wasmExports.SPI_prepare_extended)(e, t2), _SPI_keepplan = Module._SPI_keepplan = (e) => (_SPI_keepplan = Module._SPI_keepplan = wasmExports.SPI_keepplan)(e), _SPI_freeplan = Module._SPI_freeplan = (e) => (_SPI_freeplan = Module._SPI_freeplan = wasmExports.SPI_freeplan)(e), _SPI_copytuple = Module._SPI_copytuple = (e) => (_SPI_copytuple = Module._SPI_copytuple = wasmExports.SPI_copytuple)(e), _SPI_returntuple = Module._SPI_returntuple = (e, t2) => (_SPI_returntuple = Module._SPI_returntuple = wasmExports.SPI_returntuple)(e, t2), _SPI_modifytuple = Module._SPI_modifytuple = (e, t2, r, a, o3, _3) => (_SPI_modifytuple = Module._SPI_modifytuple = wasmExports.SPI_modifytuple)(e, t2, r, a, o3, _3), _SPI_fnumber = Module._SPI_fnumber = (e, t2) => (_SPI_fnumber = Module._SPI_fnumber = wasmExports.SPI_fnumber)(e, t2), _SPI_fname = Module._SPI_fname = (e, t2) => (_SPI_fname = Module._SPI_fname = wasmExports.SPI_fname)(e, t2), _SPI_getbinval = Module._SPI_getbinval = (e, t2, r, a) => (_SPI_getbinval = Module._SPI_getbinval = wasmExports.SPI_getbinval)(e, t2, r, a), _SPI_gettype = Module._SPI_gettype = (e, t2) => (_SPI_gettype = Module._SPI_gettype = wasmExports.SPI_gettype)(e, t2), _SPI_gettypeid = Module._SPI_gettypeid = (e, t2) => (_SPI_gettypeid = Module._SPI_gettypeid = wasmExports.SPI_gettypeid)(e, t2), _SPI_getrelname = Module._SPI_getrelname = (e) => (_SPI_getrelname = Module._SPI_getrelname = wasmExports.SPI_getrelname)(e), _SPI_palloc = Module._SPI_palloc = (e) => (_SPI_palloc = Module._SPI_palloc = wasmExports.SPI_palloc)(e), _SPI_datumTransfer = Module._SPI_datumTransfer = (e, t2, r) => (_SPI_datumTransfer = Module._SPI_datumTransfer = wasmExports.SPI_datumTransfer)(e, t2, r), _datumTransfer = Module._datumTransfer = (e, t2, r) => (_datumTransfer = Module._datumTransfer = wasmExports.datumTransfer)(e, t2, r), _SPI_cursor_open_with_paramlist = Module._SPI_cursor_open_with_paramlist = (e, t2, r, a) => (_SPI_cursor_open_with_paramlist = Module._SPI_cursor_open_with_paramlist = wasmExports.SPI_cursor_open_with_paramlist)(e, t2, r, a), _SPI_cursor_parse_open = Module._SPI_cursor_parse_open = (e, t2, r) => (_SPI_cursor_parse_open = Module._SPI_cursor_parse_open = wasmExports.SPI_cursor_parse_open)(e, t2, r), _SPI_cursor_find = Module._SPI_cursor_find = (e) => (_SPI_cursor_find = Module._SPI_cursor_find = wasmExports.SPI_cursor_find)(e), _SPI_cursor_fetch = Module._SPI_cursor_fetch = (e, t2, r) => (_SPI_cursor_fetch = Module._SPI_cursor_fetch = wasmExports.SPI_cursor_fetch)(e, t2, r), _SPI_scroll_cursor_fetch = Module._SPI_scroll_cursor_fetch = (e, t2, r) => (_SPI_scroll_cursor_fetch = Module._SPI_scroll_cursor_fetch = wasmExports.SPI_scroll_cursor_fetch)(e, t2, r), _SPI_scroll_cursor_move = Module._SPI_scroll_cursor_move = (e, t2, r) => (_SPI_scroll_cursor_move = Module._SPI_scroll_cursor_move = wasmExports.SPI_scroll_cursor_move)(e, t2, r), _SPI_cursor_close = Module._SPI_cursor_close = (e) => (_SPI_cursor_close = Module._SPI_cursor_close = wasmExports.SPI_cursor_close)(e), _SPI_plan_is_valid = Module._SPI_plan_is_valid = (e) => (_SPI_plan_is_valid = Module._SPI_plan_is_valid = wasmExports.SPI_plan_is_valid)(e), _SPI_result_code_string = Module._SPI_result_code_string = (e) => (_SPI_result_code_string = Module._SPI_result_code_string = wasmExports.SPI_result_code_string)(e), _SPI_plan_get_plan_sources = Module._SPI_plan_get_plan_sources = (e) => (_SPI_plan_get_plan_sources = Module._SPI_plan_get_plan_sources = wasmExports.SPI_plan_get_plan_sources)(e), _SPI_plan_get_cached_plan = Module._SPI_plan_get_cached_plan = (e) => (_SPI_plan_get_cached_plan = Module._SPI_plan_get_cached_plan = wasmExports.SPI_plan_get_cached_plan)(e), _SPI_register_relation = Module._SPI_register_relation = (e) => (_SPI_register_relation = Module._SPI_register_relation = wasmExports.SPI_register_relation)(e), _create_queryEnv = Module._create_queryEnv = () => (_create_queryEnv = Module._create_queryEnv = wasmExports.create_queryEnv)(), _register_ENR = Module._register_ENR = (e, t2) => (_register_ENR = Module._register_ENR = wasmExports.register_ENR)(e, t2), _SPI_register_trigger_data = Module._SPI_register_trigger_data = (e) => (_SPI_register_trigger_data = Module._SPI_register_trigger_data = wasmExports.SPI_register_trigger_data)(e), _tuplestore_tuple_count = Module._tuplestore_tuple_count = (e) => (_tuplestore_tuple_count = Module._tuplestore_tuple_count = wasmExports.tuplestore_tuple_count)(e), _GetUserMapping = Module._GetUserMapping = (e, t2) => (_GetUserMapping = Module._GetUserMapping = wasmExports.GetUserMapping)(e, t2), _GetForeignTable = Module._GetForeignTable = (e) => (_GetForeignTable = Module._GetForeignTable = wasmExports.GetForeignTable)(e), _GetForeignColumnOptions = Module._GetForeignColumnOptions = (e, t2) => (_GetForeignColumnOptions = Module._GetForeignColumnOptions = wasmExports.GetForeignColumnOptions)(e, t2), _initClosestMatch = Module._initClosestMatch = (e, t2, r) => (_initClosestMatch = Module._initClosestMatch = wasmExports.initClosestMatch)(e, t2, r), _updateClosestMatch = Module._updateClosestMatch = (e, t2) => (_updateClosestMatch = Module._updateClosestMatch = wasmExports.updateClosestMatch)(e, t2), _getClosestMatch = Module._getClosestMatch = (e) => (_getClosestMatch = Module._getClosestMatch = wasmExports.getClosestMatch)(e), _GetExistingLocalJoinPath = Module._GetExistingLocalJoinPath = (e) => (_GetExistingLocalJoinPath = Module._GetExistingLocalJoinPath = wasmExports.GetExistingLocalJoinPath)(e), _bloom_create = Module._bloom_create = (e, t2, r) => (_bloom_create = Module._bloom_create = wasmExports.bloom_create)(e, t2, r), _bloom_free = Module._bloom_free = (e) => (_bloom_free = Module._bloom_free = wasmExports.bloom_free)(e), _bloom_add_element = Module._bloom_add_element = (e, t2, r) => (_bloom_add_element = Module._bloom_add_element = wasmExports.bloom_add_element)(e, t2, r), _bloom_lacks_element = Module._bloom_lacks_element = (e, t2, r) => (_bloom_lacks_element = Module._bloom_lacks_element = wasmExports.bloom_lacks_element)(e, t2, r), _bloom_prop_bits_set = Module._bloom_prop_bits_set = (e) => (_bloom_prop_bits_set = Module._bloom_prop_bits_set = wasmExports.bloom_prop_bits_set)(e), _dshash_create = Module._dshash_create = (e, t2, r) => (_dshash_create = Module._dshash_create = wasmExports.dshash_create)(e, t2, r), _dshash_attach = Module._dshash_attach = (e, t2, r, a) => (_dshash_attach = Module._dshash_attach = wasmExports.dshash_attach)(e, t2, r, a), _dshash_detach = Module._dshash_detach = (e) => (_dshash_detach = Module._dshash_detach = wasmExports.dshash_detach)(e), _dshash_destroy = Module._dshash_destroy = (e) => (_dshash_destroy = Module._dshash_destroy = wasmExports.dshash_destroy)(e), _dshash_get_hash_table_handle = Module._dshash_get_hash_table_handle = (e) => (_dshash_get_hash_table_handle = Module._dshash_get_hash_table_handle = wasmExports.dshash_get_hash_table_handle)(e), _dshash_find = Module._dshash_find = (e, t2, r) => (_dshash_find = Module._dshash_find = wasmExports.dshash_find)(e, t2, r), _dshash_find_or_insert = Module._dshash_find_or_insert = (e, t2, r) => (_dshash_find_or_insert = Module._dshash_find_or_insert = wasmExports.dshash_find_or_insert)(e, t2, r), _dshash_delete_key = Module._dshash_delete_key = (e, t2) => (_dshash_delete_key = Module._dshash_delete_key = wasmExports.dshash_delete_key)(e, t2), _dshash_release_lock = Module._dshash_release_lock = (e, t2) => (_dshash_release_lock = Module._dshash_release_lock = wasmExports.dshash_release_lock)(e, t2), _dshash_memcmp = Module._dshash_memcmp = (e, t2, r, a) => (_dshash_memcmp = Module._dshash_memcmp = wasmExports.dshash_memcmp)(e, t2, r, a), _dshash_memhash = Module._dshash_memhash = (e, t2, r) => (_dshash_memhash = Module._dshash_memhash = wasmExports.dshash_memhash)(e, t2, r), _tag_hash = Module._tag_hash = (e, t2) => (_tag_hash = Module._tag_hash = wasmExports.tag_hash)(e, t2), _dshash_memcpy = Module._dshash_memcpy = (e, t2, r, a) => (_dshash_memcpy = Module._dshash_memcpy = wasmExports.dshash_memcpy)(e, t2, r, a), _dshash_seq_init = Module._dshash_seq_init = (e, t2, r) => (_dshash_seq_init = Module._dshash_seq_init = wasmExports.dshash_seq_init)(e, t2, r), _dshash_seq_next = Module._dshash_seq_next = (e) => (_dshash_seq_next = Module._dshash_seq_next = wasmExports.dshash_seq_next)(e), _dshash_seq_term = Module._dshash_seq_term = (e) => (_dshash_seq_term = Module._dshash_seq_term = wasmExports.dshash_seq_term)(e), _dshash_delete_current = Module._dshash_delete_current = (e) => (_dshash_delete_current = Module._dshash_delete_current = wasmExports.dshash_delete_current)(e), _ldexp = Module._ldexp = (e, t2) => (_ldexp = Module._ldexp = wasmExports.ldexp)(e, t2), _strtok = Module._strtok = (e, t2) => (_strtok = Module._strtok = wasmExports.strtok)(e, t2), _strtol = Module._strtol = (e, t2, r) => (_strtol = Module._strtol = wasmExports.strtol)(e, t2, r), _gai_strerror = Module._gai_strerror = (e) => (_gai_strerror = Module._gai_strerror = wasmExports.gai_strerror)(e), _pgl_getpwuid = Module._pgl_getpwuid = (e) => (_pgl_getpwuid = Module._pgl_getpwuid = wasmExports.pgl_getpwuid)(e), _socket = Module._socket = (e, t2, r) => (_socket = Module._socket = wasmExports.socket)(e, t2, r), _pgl_connect = Module._pgl_connect = (e, t2, r) => (_pgl_connect = Module._pgl_connect = wasmExports.pgl_connect)(e, t2, r), _pgl_send = Module._pgl_send = (e, t2, r, a) => (_pgl_send = Module._pgl_send = wasmExports.pgl_send)(e, t2, r, a), _pgl_recv = Module._pgl_recv = (e, t2, r, a) => (_pgl_recv = Module._pgl_recv = wasmExports.pgl_recv)(e, t2, r, a), _be_lo_unlink = Module._be_lo_unlink = (e) => (_be_lo_unlink = Module._be_lo_unlink = wasmExports.be_lo_unlink)(e), _text_to_cstring_buffer = Module._text_to_cstring_buffer = (e, t2, r) => (_text_to_cstring_buffer = Module._text_to_cstring_buffer = wasmExports.text_to_cstring_buffer)(e, t2, r), _pg_mb2wchar_with_len = Module._pg_mb2wchar_with_len = (e, t2, r) => (_pg_mb2wchar_with_len = Module._pg_mb2wchar_with_len = wasmExports.pg_mb2wchar_with_len)(e, t2, r), _pg_regcomp = Module._pg_regcomp = (e, t2, r, a, o3) => (_pg_regcomp = Module._pg_regcomp = wasmExports.pg_regcomp)(e, t2, r, a, o3), _pg_regerror = Module._pg_regerror = (e, t2, r, a) => (_pg_regerror = Module._pg_regerror = wasmExports.pg_regerror)(e, t2, r, a), _strcat = Module._strcat = (e, t2) => (_strcat = Module._strcat = wasmExports.strcat)(e, t2), _pgl_getsockname = Module._pgl_getsockname = (e, t2, r) => (_pgl_getsockname = Module._pgl_getsockname = wasmExports.pgl_getsockname)(e, t2, r), _pgl_setsockopt = Module._pgl_setsockopt = (e, t2, r, a, o3) => (_pgl_setsockopt = Module._pgl_setsockopt = wasmExports.pgl_setsockopt)(e, t2, r, a, o3), _pgl_fcntl = Module._pgl_fcntl = (e, t2, r) => (_pgl_fcntl = Module._pgl_fcntl = wasmExports.pgl_fcntl)(e, t2, r), _utime = Module._utime = (e, t2) => (_utime = Module._utime = wasmExports.utime)(e, t2), _pq_buffer_remaining_data = Module._pq_buffer_remaining_data = () => (_pq_buffer_remaining_data = Module._pq_buffer_remaining_data = wasmExports.pq_buffer_remaining_data)(), _pgl_getsockopt = Module._pgl_getsockopt = (e, t2, r, a, o3) => (_pgl_getsockopt = Module._pgl_getsockopt = wasmExports.pgl_getsockopt)(e, t2, r, a, o3), _pq_sendtext = Module._pq_sendtext = (e, t2, r) => (_pq_sendtext = Module._pq_sendtext = wasmExports.pq_sendtext)(e, t2, r), _pq_sendfloat4 = Module._pq_sendfloat4 = (e, t2) => (_pq_sendfloat4 = Module._pq_sendfloat4 = wasmExports.pq_sendfloat4)(e, t2), _pq_sendfloat8 = Module._pq_sendfloat8 = (e, t2) => (_pq_sendfloat8 = Module._pq_sendfloat8 = wasmExports.pq_sendfloat8)(e, t2), _pq_begintypsend = Module._pq_begintypsend = (e) => (_pq_begintypsend = Module._pq_begintypsend = wasmExports.pq_begintypsend)(e), _pq_endtypsend = Module._pq_endtypsend = (e) => (_pq_endtypsend = Module._pq_endtypsend = wasmExports.pq_endtypsend)(e), _pq_getmsgfloat4 = Module._pq_getmsgfloat4 = (e) => (_pq_getmsgfloat4 = Module._pq_getmsgfloat4 = wasmExports.pq_getmsgfloat4)(e), _pq_getmsgfloat8 = Module._pq_getmsgfloat8 = (e) => (_pq_getmsgfloat8 = Module._pq_getmsgfloat8 = wasmExports.pq_getmsgfloat8)(e), _pq_getmsgtext = Module._pq_getmsgtext = (e, t2, r) => (_pq_getmsgtext = Module._pq_getmsgtext = wasmExports.pq_getmsgtext)(e, t2, r), _pg_strtoint32 = Module._pg_strtoint32 = (e) => (_pg_strtoint32 = Module._pg_strtoint32 = wasmExports.pg_strtoint32)(e), _main = Module._main = (e, t2) => (_main = Module._main = wasmExports.__main_argc_argv)(e, t2), _pgl_getuid = Module._pgl_getuid = () => (_pgl_getuid = Module._pgl_getuid = wasmExports.pgl_getuid)(), _getenv = Module._getenv = (e) => (_getenv = Module._getenv = wasmExports.getenv)(e), _bms_membership = Module._bms_membership = (e) => (_bms_membership = Module._bms_membership = wasmExports.bms_membership)(e), _RegisterExtensibleNodeMethods = Module._RegisterExtensibleNodeMethods = (e) => (_RegisterExtensibleNodeMethods = Module._RegisterExtensibleNodeMethods = wasmExports.RegisterExtensibleNodeMethods)(e), _list_make5_impl = Module._list_make5_impl = (e, t2, r, a, o3, _3) => (_list_make5_impl = Module._list_make5_impl = wasmExports.list_make5_impl)(e, t2, r, a, o3, _3), _GetMemoryChunkContext = Module._GetMemoryChunkContext = (e) => (_GetMemoryChunkContext = Module._GetMemoryChunkContext = wasmExports.GetMemoryChunkContext)(e), _list_insert_nth = Module._list_insert_nth = (e, t2, r) => (_list_insert_nth = Module._list_insert_nth = wasmExports.list_insert_nth)(e, t2, r), _list_member_ptr = Module._list_member_ptr = (e, t2) => (_list_member_ptr = Module._list_member_ptr = wasmExports.list_member_ptr)(e, t2), _list_append_unique_ptr = Module._list_append_unique_ptr = (e, t2) => (_list_append_unique_ptr = Module._list_append_unique_ptr = wasmExports.list_append_unique_ptr)(e, t2), _make_opclause = Module._make_opclause = (e, t2, r, a, o3, _3, s2) => (_make_opclause = Module._make_opclause = wasmExports.make_opclause)(e, t2, r, a, o3, _3, s2), _exprIsLengthCoercion = Module._exprIsLengthCoercion = (e, t2) => (_exprIsLengthCoercion = Module._exprIsLengthCoercion = wasmExports.exprIsLengthCoercion)(e, t2), _fix_opfuncids = Module._fix_opfuncids = (e) => (_fix_opfuncids = Module._fix_opfuncids = wasmExports.fix_opfuncids)(e), _expression_tree_mutator_impl = Module._expression_tree_mutator_impl = (e, t2, r) => (_expression_tree_mutator_impl = Module._expression_tree_mutator_impl = wasmExports.expression_tree_mutator_impl)(e, t2, r), _outToken = Module._outToken = (e, t2) => (_outToken = Module._outToken = wasmExports.outToken)(e, t2), _outNode = Module._outNode = (e, t2) => (_outNode = Module._outNode = wasmExports.outNode)(e, t2), _appendStringInfoStringQuoted = Module._appendStringInfoStringQuoted = (e, t2, r) => (_appendStringInfoStringQuoted = Module._appendStringInfoStringQuoted = wasmExports.appendStringInfoStringQuoted)(e, t2, r), _CleanQuerytext = Module._CleanQuerytext = (e, t2, r) => (_CleanQuerytext = Module._CleanQuerytext = wasmExports.CleanQuerytext)(e, t2, r), _EnableQueryId = Module._EnableQueryId = () => (_EnableQueryId = Module._EnableQueryId = wasmExports.EnableQueryId)(), _nodeRead = Module._nodeRead = (e, t2) => (_nodeRead = Module._nodeRead = wasmExports.nodeRead)(e, t2), _pg_strtok = Module._pg_strtok = (e) => (_pg_strtok = Module._pg_strtok = wasmExports.pg_strtok)(e), _debackslash = Module._debackslash = (e, t2) => (_debackslash = Module._debackslash = wasmExports.debackslash)(e, t2), _exp2 = Module._exp2 = (e) => (_exp2 = Module._exp2 = wasmExports.exp2)(e), _find_base_rel = Module._find_base_rel = (e, t2) => (_find_base_rel = Module._find_base_rel = wasmExports.find_base_rel)(e, t2), _add_path = Module._add_path = (e, t2) => (_add_path = Module._add_path = wasmExports.add_path)(e, t2), _pathkeys_contained_in = Module._pathkeys_contained_in = (e, t2) => (_pathkeys_contained_in = Module._pathkeys_contained_in = wasmExports.pathkeys_contained_in)(e, t2), _create_sort_path = Module._create_sort_path = (e, t2, r, a, o3) => (_create_sort_path = Module._create_sort_path = wasmExports.create_sort_path)(e, t2, r, a, o3), _set_baserel_size_estimates = Module._set_baserel_size_estimates = (e, t2) => (_set_baserel_size_estimates = Module._set_baserel_size_estimates = wasmExports.set_baserel_size_estimates)(e, t2), _clauselist_selectivity = Module._clauselist_selectivity = (e, t2, r, a, o3) => (_clauselist_selectivity = Module._clauselist_selectivity = wasmExports.clauselist_selectivity)(e, t2, r, a, o3), _get_tablespace_page_costs = Module._get_tablespace_page_costs = (e, t2, r) => (_get_tablespace_page_costs = Module._get_tablespace_page_costs = wasmExports.get_tablespace_page_costs)(e, t2, r), _cost_qual_eval = Module._cost_qual_eval = (e, t2, r) => (_cost_qual_eval = Module._cost_qual_eval = wasmExports.cost_qual_eval)(e, t2, r), _pull_varnos = Module._pull_varnos = (e, t2) => (_pull_varnos = Module._pull_varnos = wasmExports.pull_varnos)(e, t2), _estimate_num_groups = Module._estimate_num_groups = (e, t2, r, a, o3) => (_estimate_num_groups = Module._estimate_num_groups = wasmExports.estimate_num_groups)(e, t2, r, a, o3), _cost_sort = Module._cost_sort = (e, t2, r, a, o3, _3, s2, n, l) => (_cost_sort = Module._cost_sort = wasmExports.cost_sort)(e, t2, r, a, o3, _3, s2, n, l), _get_sortgrouplist_exprs = Module._get_sortgrouplist_exprs = (e, t2) => (_get_sortgrouplist_exprs = Module._get_sortgrouplist_exprs = wasmExports.get_sortgrouplist_exprs)(e, t2), _make_restrictinfo = Module._make_restrictinfo = (e, t2, r, a, o3, _3, s2, n, l, d) => (_make_restrictinfo = Module._make_restrictinfo = wasmExports.make_restrictinfo)(e, t2, r, a, o3, _3, s2, n, l, d), _remove_nulling_relids = Module._remove_nulling_relids = (e, t2, r) => (_remove_nulling_relids = Module._remove_nulling_relids = wasmExports.remove_nulling_relids)(e, t2, r), _get_mergejoin_opfamilies = Module._get_mergejoin_opfamilies = (e) => (_get_mergejoin_opfamilies = Module._get_mergejoin_opfamilies = wasmExports.get_mergejoin_opfamilies)(e), _generate_implied_equalities_for_column = Module._generate_implied_equalities_for_column = (e, t2, r, a, o3) => (_generate_implied_equalities_for_column = Module._generate_implied_equalities_for_column = wasmExports.generate_implied_equalities_for_column)(e, t2, r, a, o3), _eclass_useful_for_merging = Module._eclass_useful_for_merging = (e, t2, r) => (_eclass_useful_for_merging = Module._eclass_useful_for_merging = wasmExports.eclass_useful_for_merging)(e, t2, r), _join_clause_is_movable_to = Module._join_clause_is_movable_to = (e, t2) => (_join_clause_is_movable_to = Module._join_clause_is_movable_to = wasmExports.join_clause_is_movable_to)(e, t2), _get_plan_rowmark = Module._get_plan_rowmark = (e, t2) => (_get_plan_rowmark = Module._get_plan_rowmark = wasmExports.get_plan_rowmark)(e, t2), _is_pseudo_constant_for_index = Module._is_pseudo_constant_for_index = (e, t2, r) => (_is_pseudo_constant_for_index = Module._is_pseudo_constant_for_index = wasmExports.is_pseudo_constant_for_index)(e, t2, r), _update_mergeclause_eclasses = Module._update_mergeclause_eclasses = (e, t2) => (_update_mergeclause_eclasses = Module._update_mergeclause_eclasses = wasmExports.update_mergeclause_eclasses)(e, t2), _find_join_rel = Module._find_join_rel = (e, t2) => (_find_join_rel = Module._find_join_rel = wasmExports.find_join_rel)(e, t2), _make_canonical_pathkey = Module._make_canonical_pathkey = (e, t2, r, a, o3) => (_make_canonical_pathkey = Module._make_canonical_pathkey = wasmExports.make_canonical_pathkey)(e, t2, r, a, o3), _get_sortgroupref_clause_noerr = Module._get_sortgroupref_clause_noerr = (e, t2) => (_get_sortgroupref_clause_noerr = Module._get_sortgroupref_clause_noerr = wasmExports.get_sortgroupref_clause_noerr)(e, t2), _extract_actual_clauses = Module._extract_actual_clauses = (e, t2) => (_extract_actual_clauses = Module._extract_actual_clauses = wasmExports.extract_actual_clauses)(e, t2), _change_plan_targetlist = Module._change_plan_targetlist = (e, t2, r) => (_change_plan_targetlist = Module._change_plan_targetlist = wasmExports.change_plan_targetlist)(e, t2, r), _make_foreignscan = Module._make_foreignscan = (e, t2, r, a, o3, _3, s2, n) => (_make_foreignscan = Module._make_foreignscan = wasmExports.make_foreignscan)(e, t2, r, a, o3, _3, s2, n), _tlist_member = Module._tlist_member = (e, t2) => (_tlist_member = Module._tlist_member = wasmExports.tlist_member)(e, t2), _pull_vars_of_level = Module._pull_vars_of_level = (e, t2) => (_pull_vars_of_level = Module._pull_vars_of_level = wasmExports.pull_vars_of_level)(e, t2), _IncrementVarSublevelsUp = Module._IncrementVarSublevelsUp = (e, t2, r) => (_IncrementVarSublevelsUp = Module._IncrementVarSublevelsUp = wasmExports.IncrementVarSublevelsUp)(e, t2, r), _op_mergejoinable = Module._op_mergejoinable = (e, t2) => (_op_mergejoinable = Module._op_mergejoinable = wasmExports.op_mergejoinable)(e, t2), _find_nonnullable_rels = Module._find_nonnullable_rels = (e) => (_find_nonnullable_rels = Module._find_nonnullable_rels = wasmExports.find_nonnullable_rels)(e), _standard_planner = Module._standard_planner = (e, t2, r, a) => (_standard_planner = Module._standard_planner = wasmExports.standard_planner)(e, t2, r, a), _get_relids_in_jointree = Module._get_relids_in_jointree = (e, t2, r) => (_get_relids_in_jointree = Module._get_relids_in_jointree = wasmExports.get_relids_in_jointree)(e, t2, r), _SS_process_sublinks = Module._SS_process_sublinks = (e, t2, r) => (_SS_process_sublinks = Module._SS_process_sublinks = wasmExports.SS_process_sublinks)(e, t2, r), _add_new_columns_to_pathtarget = Module._add_new_columns_to_pathtarget = (e, t2) => (_add_new_columns_to_pathtarget = Module._add_new_columns_to_pathtarget = wasmExports.add_new_columns_to_pathtarget)(e, t2), _get_agg_clause_costs = Module._get_agg_clause_costs = (e, t2, r) => (_get_agg_clause_costs = Module._get_agg_clause_costs = wasmExports.get_agg_clause_costs)(e, t2, r), _grouping_is_sortable = Module._grouping_is_sortable = (e) => (_grouping_is_sortable = Module._grouping_is_sortable = wasmExports.grouping_is_sortable)(e), _copy_pathtarget = Module._copy_pathtarget = (e) => (_copy_pathtarget = Module._copy_pathtarget = wasmExports.copy_pathtarget)(e), _create_projection_path = Module._create_projection_path = (e, t2, r, a) => (_create_projection_path = Module._create_projection_path = wasmExports.create_projection_path)(e, t2, r, a), _GetSysCacheHashValue = Module._GetSysCacheHashValue = (e, t2, r, a, o3) => (_GetSysCacheHashValue = Module._GetSysCacheHashValue = wasmExports.GetSysCacheHashValue)(e, t2, r, a, o3), _contain_nonstrict_functions = Module._contain_nonstrict_functions = (e) => (_contain_nonstrict_functions = Module._contain_nonstrict_functions = wasmExports.contain_nonstrict_functions)(e), _get_translated_update_targetlist = Module._get_translated_update_targetlist = (e, t2, r, a) => (_get_translated_update_targetlist = Module._get_translated_update_targetlist = wasmExports.get_translated_update_targetlist)(e, t2, r, a), _add_row_identity_var = Module._add_row_identity_var = (e, t2, r, a) => (_add_row_identity_var = Module._add_row_identity_var = wasmExports.add_row_identity_var)(e, t2, r, a), _get_rel_all_updated_cols = Module._get_rel_all_updated_cols = (e, t2) => (_get_rel_all_updated_cols = Module._get_rel_all_updated_cols = wasmExports.get_rel_all_updated_cols)(e, t2), _get_baserel_parampathinfo = Module._get_baserel_parampathinfo = (e, t2, r) => (_get_baserel_parampathinfo = Module._get_baserel_parampathinfo = wasmExports.get_baserel_parampathinfo)(e, t2, r), _create_foreignscan_path = Module._create_foreignscan_path = (e, t2, r, a, o3, _3, s2, n, l, d, p2) => (_create_foreignscan_path = Module._create_foreignscan_path = wasmExports.create_foreignscan_path)(e, t2, r, a, o3, _3, s2, n, l, d, p2), _create_foreign_join_path = Module._create_foreign_join_path = (e, t2, r, a, o3, _3, s2, n, l, d, p2) => (_create_foreign_join_path = Module._create_foreign_join_path = wasmExports.create_foreign_join_path)(e, t2, r, a, o3, _3, s2, n, l, d, p2), _create_foreign_upper_path = Module._create_foreign_upper_path = (e, t2, r, a, o3, _3, s2, n, l, d) => (_create_foreign_upper_path = Module._create_foreign_upper_path = wasmExports.create_foreign_upper_path)(e, t2, r, a, o3, _3, s2, n, l, d), _adjust_limit_rows_costs = Module._adjust_limit_rows_costs = (e, t2, r, a, o3) => (_adjust_limit_rows_costs = Module._adjust_limit_rows_costs = wasmExports.adjust_limit_rows_costs)(e, t2, r, a, o3), _add_to_flat_tlist = Module._add_to_flat_tlist = (e, t2) => (_add_to_flat_tlist = Module._add_to_flat_tlist = wasmExports.add_to_flat_tlist)(e, t2), _get_fn_expr_variadic = Module._get_fn_expr_variadic = (e) => (_get_fn_expr_variadic = Module._get_fn_expr_variadic = wasmExports.get_fn_expr_variadic)(e), _get_fn_expr_argtype = Module._get_fn_expr_argtype = (e, t2) => (_get_fn_expr_argtype = Module._get_fn_expr_argtype = wasmExports.get_fn_expr_argtype)(e, t2), _on_shmem_exit = Module._on_shmem_exit = (e, t2) => (_on_shmem_exit = Module._on_shmem_exit = wasmExports.on_shmem_exit)(e, t2), _pgl_shmdt = Module._pgl_shmdt = (e) => (_pgl_shmdt = Module._pgl_shmdt = wasmExports.pgl_shmdt)(e), _pgl_shmctl = Module._pgl_shmctl = (e, t2, r) => (_pgl_shmctl = Module._pgl_shmctl = wasmExports.pgl_shmctl)(e, t2, r), _pgl_shmat = Module._pgl_shmat = (e, t2, r) => (_pgl_shmat = Module._pgl_shmat = wasmExports.pgl_shmat)(e, t2, r), _mmap = Module._mmap = (e, t2, r, a, o3, _3) => (_mmap = Module._mmap = wasmExports.mmap)(e, t2, r, a, o3, _3), _pgl_shmget = Module._pgl_shmget = (e, t2, r) => (_pgl_shmget = Module._pgl_shmget = wasmExports.pgl_shmget)(e, t2, r), _pgl_munmap = Module._pgl_munmap = (e, t2) => (_pgl_munmap = Module._pgl_munmap = wasmExports.pgl_munmap)(e, t2), _SignalHandlerForConfigReload = Module._SignalHandlerForConfigReload = (e) => (_SignalHandlerForConfigReload = Module._SignalHandlerForConfigReload = wasmExports.SignalHandlerForConfigReload)(e), _SignalHandlerForShutdownRequest = Module._SignalHandlerForShutdownRequest = (e) => (_SignalHandlerForShutdownRequest = Module._SignalHandlerForShutdownRequest = wasmExports.SignalHandlerForShutdownRequest)(e), _procsignal_sigusr1_handler = Module._procsignal_sigusr1_handler = (e) => (_procsignal_sigusr1_handler = Module._procsignal_sigusr1_handler = wasmExports.procsignal_sigusr1_handler)(e), _RegisterBackgroundWorker = Module._RegisterBackgroundWorker = (e) => (_RegisterBackgroundWorker = Module._RegisterBackgroundWorker = wasmExports.RegisterBackgroundWorker)(e), _WaitForBackgroundWorkerStartup = Module._WaitForBackgroundWorkerStartup = (e, t2) => (_WaitForBackgroundWorkerStartup = Module._WaitForBackgroundWorkerStartup = wasmExports.WaitForBackgroundWorkerStartup)(e, t2), _open = Module._open = (e, t2, r) => (_open = Module._open = wasmExports.open)(e, t2, r), _rename = Module._rename = (e, t2) => (_rename = Module._rename = wasmExports.rename)(e, t2), _GetConfigOption = Module._GetConfigOption = (e, t2, r) => (_GetConfigOption = Module._GetConfigOption = wasmExports.GetConfigOption)(e, t2, r), _puts = Module._puts = (e) => (_puts = Module._puts = wasmExports.puts)(e), _fopen = Module._fopen = (e, t2) => (_fopen = Module._fopen = wasmExports.fopen)(e, t2), _fclose = Module._fclose = (e) => (_fclose = Module._fclose = wasmExports.fclose)(e), _fputc = Module._fputc = (e, t2) => (_fputc = Module._fputc = wasmExports.fputc)(e, t2), _ftell = Module._ftell = (e) => (_ftell = Module._ftell = wasmExports.ftell)(e), _iswprint_l = Module._iswprint_l = (e, t2) => (_iswprint_l = Module._iswprint_l = wasmExports.iswprint_l)(e, t2), _isalnum = Module._isalnum = (e) => (_isalnum = Module._isalnum = wasmExports.isalnum)(e), _iswalpha_l = Module._iswalpha_l = (e, t2) => (_iswalpha_l = Module._iswalpha_l = wasmExports.iswalpha_l)(e, t2), _iswdigit_l = Module._iswdigit_l = (e, t2) => (_iswdigit_l = Module._iswdigit_l = wasmExports.iswdigit_l)(e, t2), _isdigit_l = Module._isdigit_l = (e, t2) => (_isdigit_l = Module._isdigit_l = wasmExports.isdigit_l)(e, t2), _iswpunct_l = Module._iswpunct_l = (e, t2) => (_iswpunct_l = Module._iswpunct_l = wasmExports.iswpunct_l)(e, t2), _iswspace_l = Module._iswspace_l = (e, t2) => (_iswspace_l = Module._iswspace_l = wasmExports.iswspace_l)(e, t2), _iswlower_l = Module._iswlower_l = (e, t2) => (_iswlower_l = Module._iswlower_l = wasmExports.iswlower_l)(e, t2), _iswupper_l = Module._iswupper_l = (e, t2) => (_iswupper_l = Module._iswupper_l = wasmExports.iswupper_l)(e, t2), _towlower_l = Module._towlower_l = (e, t2) => (_towlower_l = Module._towlower_l = wasmExports.towlower_l)(e, t2), _tolower_l = Module._tolower_l = (e, t2) => (_tolower_l = Module._tolower_l = wasmExports.tolower_l)(e, t2), _toupper = Module._toupper = (e) => (_toupper = Module._toupper = wasmExports.toupper)(e), _towupper_l = Module._towupper_l = (e, t2) => (_towupper_l = Module._towupper_l = wasmExports.towupper_l)(e, t2), _toupper_l = Module._toupper_l = (e, t2) => (_toupper_l = Module._toupper_l = wasmExports.toupper_l)(e, t2), _pg_reg_getinitialstate = Module._pg_reg_getinitialstate = (e) => (_pg_reg_getinitialstate = Module._pg_reg_getinitialstate = wasmExports.pg_reg_getinitialstate)(e), _pg_reg_getfinalstate = Module._pg_reg_getfinalstate = (e) => (_pg_reg_getfinalstate = Module._pg_reg_getfinalstate = wasmExports.pg_reg_getfinalstate)(e), _pg_reg_getnumoutarcs = Module._pg_reg_getnumoutarcs = (e, t2) => (_pg_reg_getnumoutarcs = Module._pg_reg_getnumoutarcs = wasmExports.pg_reg_getnumoutarcs)(e, t2), _pg_reg_getoutarcs = Module._pg_reg_getoutarcs = (e, t2, r, a) => (_pg_reg_getoutarcs = Module._pg_reg_getoutarcs = wasmExports.pg_reg_getoutarcs)(e, t2, r, a), _pg_reg_getnumcolors = Module._pg_reg_getnumcolors = (e) => (_pg_reg_getnumcolors = Module._pg_reg_getnumcolors = wasmExports.pg_reg_getnumcolors)(e), _pg_reg_colorisbegin = Module._pg_reg_colorisbegin = (e, t2) => (_pg_reg_colorisbegin = Module._pg_reg_colorisbegin = wasmExports.pg_reg_colorisbegin)(e, t2), _pg_reg_colorisend = Module._pg_reg_colorisend = (e, t2) => (_pg_reg_colorisend = Module._pg_reg_colorisend = wasmExports.pg_reg_colorisend)(e, t2), _pg_reg_getnumcharacters = Module._pg_reg_getnumcharacters = (e, t2) => (_pg_reg_getnumcharacters = Module._pg_reg_getnumcharacters = wasmExports.pg_reg_getnumcharacters)(e, t2), _pg_reg_getcharacters = Module._pg_reg_getcharacters = (e, t2, r, a) => (_pg_reg_getcharacters = Module._pg_reg_getcharacters = wasmExports.pg_reg_getcharacters)(e, t2, r, a), _dsa_pin = Module._dsa_pin = (e) => (_dsa_pin = Module._dsa_pin = wasmExports.dsa_pin)(e), _OutputPluginPrepareWrite = Module._OutputPluginPrepareWrite = (e, t2) => (_OutputPluginPrepareWrite = Module._OutputPluginPrepareWrite = wasmExports.OutputPluginPrepareWrite)(e, t2), _OutputPluginWrite = Module._OutputPluginWrite = (e, t2) => (_OutputPluginWrite = Module._OutputPluginWrite = wasmExports.OutputPluginWrite)(e, t2), _array_contains_nulls = Module._array_contains_nulls = (e) => (_array_contains_nulls = Module._array_contains_nulls = wasmExports.array_contains_nulls)(e), _CacheRegisterRelcacheCallback = Module._CacheRegisterRelcacheCallback = (e, t2) => (_CacheRegisterRelcacheCallback = Module._CacheRegisterRelcacheCallback = wasmExports.CacheRegisterRelcacheCallback)(e, t2), _hash_seq_term = Module._hash_seq_term = (e) => (_hash_seq_term = Module._hash_seq_term = wasmExports.hash_seq_term)(e), _FreeErrorData = Module._FreeErrorData = (e) => (_FreeErrorData = Module._FreeErrorData = wasmExports.FreeErrorData)(e), _RelidByRelfilenumber = Module._RelidByRelfilenumber = (e, t2) => (_RelidByRelfilenumber = Module._RelidByRelfilenumber = wasmExports.RelidByRelfilenumber)(e, t2), _WaitLatchOrSocket = Module._WaitLatchOrSocket = (e, t2, r, a, o3) => (_WaitLatchOrSocket = Module._WaitLatchOrSocket = wasmExports.WaitLatchOrSocket)(e, t2, r, a, o3), _get_row_security_policies = Module._get_row_security_policies = (e, t2, r, a, o3, _3, s2) => (_get_row_security_policies = Module._get_row_security_policies = wasmExports.get_row_security_policies)(e, t2, r, a, o3, _3, s2), _hash_estimate_size = Module._hash_estimate_size = (e, t2) => (_hash_estimate_size = Module._hash_estimate_size = wasmExports.hash_estimate_size)(e, t2), _ShmemInitHash = Module._ShmemInitHash = (e, t2, r, a, o3) => (_ShmemInitHash = Module._ShmemInitHash = wasmExports.ShmemInitHash)(e, t2, r, a, o3), _LockBufHdr = Module._LockBufHdr = (e) => (_LockBufHdr = Module._LockBufHdr = wasmExports.LockBufHdr)(e), _EvictUnpinnedBuffer = Module._EvictUnpinnedBuffer = (e) => (_EvictUnpinnedBuffer = Module._EvictUnpinnedBuffer = wasmExports.EvictUnpinnedBuffer)(e), _have_free_buffer = Module._have_free_buffer = () => (_have_free_buffer = Module._have_free_buffer = wasmExports.have_free_buffer)(), _calloc = Module._calloc = (e, t2) => (_calloc = Module._calloc = wasmExports.calloc)(e, t2), _copy_file = Module._copy_file = (e, t2) => (_copy_file = Module._copy_file = wasmExports.copy_file)(e, t2), _fdatasync = Module._fdatasync = (e) => (_fdatasync = Module._fdatasync = wasmExports.fdatasync)(e), _truncate = Module._truncate = (e, t2) => (_truncate = Module._truncate = wasmExports.truncate)(e, t2), _dup = Module._dup = (e) => (_dup = Module._dup = wasmExports.dup)(e), _AcquireExternalFD = Module._AcquireExternalFD = () => (_AcquireExternalFD = Module._AcquireExternalFD = wasmExports.AcquireExternalFD)(), _mkdir = Module._mkdir = (e, t2) => (_mkdir = Module._mkdir = wasmExports.mkdir)(e, t2), _pgl_popen = Module._pgl_popen = (e, t2) => (_pgl_popen = Module._pgl_popen = wasmExports.pgl_popen)(e, t2), _pgl_pclose = Module._pgl_pclose = (e) => (_pgl_pclose = Module._pgl_pclose = wasmExports.pgl_pclose)(e), _closedir = Module._closedir = (e) => (_closedir = Module._closedir = wasmExports.closedir)(e), _opendir = Module._opendir = (e) => (_opendir = Module._opendir = wasmExports.opendir)(e), _readdir = Module._readdir = (e) => (_readdir = Module._readdir = wasmExports.readdir)(e), _GetNamedDSMSegment = Module._GetNamedDSMSegment = (e, t2, r, a) => (_GetNamedDSMSegment = Module._GetNamedDSMSegment = wasmExports.GetNamedDSMSegment)(e, t2, r, a), _pgl_atexit = Module._pgl_atexit = (e) => (_pgl_atexit = Module._pgl_atexit = wasmExports.pgl_atexit)(e), _RequestAddinShmemSpace = Module._RequestAddinShmemSpace = (e) => (_RequestAddinShmemSpace = Module._RequestAddinShmemSpace = wasmExports.RequestAddinShmemSpace)(e), _pgl_poll = Module._pgl_poll = (e, t2, r) => (_pgl_poll = Module._pgl_poll = wasmExports.pgl_poll)(e, t2, r), _GetRunningTransactionData = Module._GetRunningTransactionData = () => (_GetRunningTransactionData = Module._GetRunningTransactionData = wasmExports.GetRunningTransactionData)(), _BackendXidGetPid = Module._BackendXidGetPid = (e) => (_BackendXidGetPid = Module._BackendXidGetPid = wasmExports.BackendXidGetPid)(e), _LWLockRegisterTranche = Module._LWLockRegisterTranche = (e, t2) => (_LWLockRegisterTranche = Module._LWLockRegisterTranche = wasmExports.LWLockRegisterTranche)(e, t2), _GetNamedLWLockTranche = Module._GetNamedLWLockTranche = (e) => (_GetNamedLWLockTranche = Module._GetNamedLWLockTranche = wasmExports.GetNamedLWLockTranche)(e), _LWLockNewTrancheId = Module._LWLockNewTrancheId = () => (_LWLockNewTrancheId = Module._LWLockNewTrancheId = wasmExports.LWLockNewTrancheId)(), _RequestNamedLWLockTranche = Module._RequestNamedLWLockTranche = (e, t2) => (_RequestNamedLWLockTranche = Module._RequestNamedLWLockTranche = wasmExports.RequestNamedLWLockTranche)(e, t2), _LWLockHeldByMe = Module._LWLockHeldByMe = (e) => (_LWLockHeldByMe = Module._LWLockHeldByMe = wasmExports.LWLockHeldByMe)(e), _smgrtruncate = Module._smgrtruncate = (e, t2, r, a) => (_smgrtruncate = Module._smgrtruncate = wasmExports.smgrtruncate)(e, t2, r, a), _ProcessStartupPacket = Module._ProcessStartupPacket = (e, t2, r) => (_ProcessStartupPacket = Module._ProcessStartupPacket = wasmExports.ProcessStartupPacket)(e, t2, r), _htons = (e) => (_htons = wasmExports.htons)(e), _htonl = (e) => (_htonl = wasmExports.htonl)(e), _pgl_startPGlite = Module._pgl_startPGlite = () => (_pgl_startPGlite = Module._pgl_startPGlite = wasmExports.pgl_startPGlite)(), _pgl_pq_flush = Module._pgl_pq_flush = () => (_pgl_pq_flush = Module._pgl_pq_flush = wasmExports.pgl_pq_flush)(), _pgl_getMyProcPort = Module._pgl_getMyProcPort = () => (_pgl_getMyProcPort = Module._pgl_getMyProcPort = wasmExports.pgl_getMyProcPort)(), _pgl_sendConnData = Module._pgl_sendConnData = () => (_pgl_sendConnData = Module._pgl_sendConnData = wasmExports.pgl_sendConnData)(), _PostgresMainLongJmp = Module._PostgresMainLongJmp = () => (_PostgresMainLongJmp = Module._PostgresMainLongJmp = wasmExports.PostgresMainLongJmp)(), _PostgresMainLoopOnce = Module._PostgresMainLoopOnce = () => (_PostgresMainLoopOnce = Module._PostgresMainLoopOnce = wasmExports.PostgresMainLoopOnce)(), _PostgresSendReadyForQueryIfNecessary = Module._PostgresSendReadyForQueryIfNecessary = () => (_PostgresSendReadyForQueryIfNecessary = Module._PostgresSendReadyForQueryIfNecessary = wasmExports.PostgresSendReadyForQueryIfNecessary)(), _errhidestmt = Module._errhidestmt = (e) => (_errhidestmt = Module._errhidestmt = wasmExports.errhidestmt)(e), _standard_ProcessUtility = Module._standard_ProcessUtility = (e, t2, r, a, o3, _3, s2, n) => (_standard_ProcessUtility = Module._standard_ProcessUtility = wasmExports.standard_ProcessUtility)(e, t2, r, a, o3, _3, s2, n), _lookup_ts_dictionary_cache = Module._lookup_ts_dictionary_cache = (e) => (_lookup_ts_dictionary_cache = Module._lookup_ts_dictionary_cache = wasmExports.lookup_ts_dictionary_cache)(e), _get_tsearch_config_filename = Module._get_tsearch_config_filename = (e, t2) => (_get_tsearch_config_filename = Module._get_tsearch_config_filename = wasmExports.get_tsearch_config_filename)(e, t2), _lowerstr = Module._lowerstr = (e) => (_lowerstr = Module._lowerstr = wasmExports.lowerstr)(e), _readstoplist = Module._readstoplist = (e, t2, r) => (_readstoplist = Module._readstoplist = wasmExports.readstoplist)(e, t2, r), _lowerstr_with_len = Module._lowerstr_with_len = (e, t2) => (_lowerstr_with_len = Module._lowerstr_with_len = wasmExports.lowerstr_with_len)(e, t2), _searchstoplist = Module._searchstoplist = (e, t2) => (_searchstoplist = Module._searchstoplist = wasmExports.searchstoplist)(e, t2), _tsearch_readline_begin = Module._tsearch_readline_begin = (e, t2) => (_tsearch_readline_begin = Module._tsearch_readline_begin = wasmExports.tsearch_readline_begin)(e, t2), _tsearch_readline = Module._tsearch_readline = (e) => (_tsearch_readline = Module._tsearch_readline = wasmExports.tsearch_readline)(e), _t_isspace = Module._t_isspace = (e) => (_t_isspace = Module._t_isspace = wasmExports.t_isspace)(e), _tsearch_readline_end = Module._tsearch_readline_end = (e) => (_tsearch_readline_end = Module._tsearch_readline_end = wasmExports.tsearch_readline_end)(e), _stringToQualifiedNameList = Module._stringToQualifiedNameList = (e, t2) => (_stringToQualifiedNameList = Module._stringToQualifiedNameList = wasmExports.stringToQualifiedNameList)(e, t2), _t_isdigit = Module._t_isdigit = (e) => (_t_isdigit = Module._t_isdigit = wasmExports.t_isdigit)(e), _to_tsvector_byid = Module._to_tsvector_byid = (e) => (_to_tsvector_byid = Module._to_tsvector_byid = wasmExports.to_tsvector_byid)(e), _to_tsvector = Module._to_tsvector = (e) => (_to_tsvector = Module._to_tsvector = wasmExports.to_tsvector)(e), _t_isalnum = Module._t_isalnum = (e) => (_t_isalnum = Module._t_isalnum = wasmExports.t_isalnum)(e), _get_restriction_variable = Module._get_restriction_variable = (e, t2, r, a, o3, _3) => (_get_restriction_variable = Module._get_restriction_variable = wasmExports.get_restriction_variable)(e, t2, r, a, o3, _3), _MemoryContextAllocHuge = Module._MemoryContextAllocHuge = (e, t2) => (_MemoryContextAllocHuge = Module._MemoryContextAllocHuge = wasmExports.MemoryContextAllocHuge)(e, t2), _fseek = Module._fseek = (e, t2, r) => (_fseek = Module._fseek = wasmExports.fseek)(e, t2, r), _WaitEventExtensionNew = Module._WaitEventExtensionNew = (e) => (_WaitEventExtensionNew = Module._WaitEventExtensionNew = wasmExports.WaitEventExtensionNew)(e), _expand_array = Module._expand_array = (e, t2, r) => (_expand_array = Module._expand_array = wasmExports.expand_array)(e, t2, r), _exp = Module._exp = (e) => (_exp = Module._exp = wasmExports.exp)(e), _arraycontsel = Module._arraycontsel = (e) => (_arraycontsel = Module._arraycontsel = wasmExports.arraycontsel)(e), _arraycontjoinsel = Module._arraycontjoinsel = (e) => (_arraycontjoinsel = Module._arraycontjoinsel = wasmExports.arraycontjoinsel)(e), _initArrayResult = Module._initArrayResult = (e, t2, r) => (_initArrayResult = Module._initArrayResult = wasmExports.initArrayResult)(e, t2, r), _array_create_iterator = Module._array_create_iterator = (e, t2, r) => (_array_create_iterator = Module._array_create_iterator = wasmExports.array_create_iterator)(e, t2, r), _array_iterate = Module._array_iterate = (e, t2, r) => (_array_iterate = Module._array_iterate = wasmExports.array_iterate)(e, t2, r), _array_free_iterator = Module._array_free_iterator = (e) => (_array_free_iterator = Module._array_free_iterator = wasmExports.array_free_iterator)(e), _ArrayGetIntegerTypmods = Module._ArrayGetIntegerTypmods = (e, t2) => (_ArrayGetIntegerTypmods = Module._ArrayGetIntegerTypmods = wasmExports.ArrayGetIntegerTypmods)(e, t2), _boolin = Module._boolin = (e) => (_boolin = Module._boolin = wasmExports.boolin)(e), ___multi3 = Module.___multi3 = (e, t2, r, a, o3) => (___multi3 = Module.___multi3 = wasmExports.__multi3)(e, t2, r, a, o3), _cash_cmp = Module._cash_cmp = (e) => (_cash_cmp = Module._cash_cmp = wasmExports.cash_cmp)(e), _int64_to_numeric = Module._int64_to_numeric = (e) => (_int64_to_numeric = Module._int64_to_numeric = wasmExports.int64_to_numeric)(e), _numeric_div = Module._numeric_div = (e) => (_numeric_div = Module._numeric_div = wasmExports.numeric_div)(e), _numeric_round = Module._numeric_round = (e) => (_numeric_round = Module._numeric_round = wasmExports.numeric_round)(e), _numeric_int8 = Module._numeric_int8 = (e) => (_numeric_int8 = Module._numeric_int8 = wasmExports.numeric_int8)(e), _numeric_mul = Module._numeric_mul = (e) => (_numeric_mul = Module._numeric_mul = wasmExports.numeric_mul)(e), _j2date = Module._j2date = (e, t2, r, a) => (_j2date = Module._j2date = wasmExports.j2date)(e, t2, r, a), _EncodeDateOnly = Module._EncodeDateOnly = (e, t2, r) => (_EncodeDateOnly = Module._EncodeDateOnly = wasmExports.EncodeDateOnly)(e, t2, r), _EncodeSpecialDate = Module._EncodeSpecialDate = (e, t2) => (_EncodeSpecialDate = Module._EncodeSpecialDate = wasmExports.EncodeSpecialDate)(e, t2), _date_eq = Module._date_eq = (e) => (_date_eq = Module._date_eq = wasmExports.date_eq)(e), _date_lt = Module._date_lt = (e) => (_date_lt = Module._date_lt = wasmExports.date_lt)(e), _date_le = Module._date_le = (e) => (_date_le = Module._date_le = wasmExports.date_le)(e), _date_gt = Module._date_gt = (e) => (_date_gt = Module._date_gt = wasmExports.date_gt)(e), _date_ge = Module._date_ge = (e) => (_date_ge = Module._date_ge = wasmExports.date_ge)(e), _date_cmp = Module._date_cmp = (e) => (_date_cmp = Module._date_cmp = wasmExports.date_cmp)(e), _date_mi = Module._date_mi = (e) => (_date_mi = Module._date_mi = wasmExports.date_mi)(e), _timestamp2tm = Module._timestamp2tm = (e, t2, r, a, o3, _3) => (_timestamp2tm = Module._timestamp2tm = wasmExports.timestamp2tm)(e, t2, r, a, o3, _3), _time2tm = Module._time2tm = (e, t2, r) => (_time2tm = Module._time2tm = wasmExports.time2tm)(e, t2, r), _EncodeTimeOnly = Module._EncodeTimeOnly = (e, t2, r, a, o3, _3) => (_EncodeTimeOnly = Module._EncodeTimeOnly = wasmExports.EncodeTimeOnly)(e, t2, r, a, o3, _3), _time_eq = Module._time_eq = (e) => (_time_eq = Module._time_eq = wasmExports.time_eq)(e), _time_lt = Module._time_lt = (e) => (_time_lt = Module._time_lt = wasmExports.time_lt)(e), _time_le = Module._time_le = (e) => (_time_le = Module._time_le = wasmExports.time_le)(e), _time_gt = Module._time_gt = (e) => (_time_gt = Module._time_gt = wasmExports.time_gt)(e), _time_ge = Module._time_ge = (e) => (_time_ge = Module._time_ge = wasmExports.time_ge)(e), _time_cmp = Module._time_cmp = (e) => (_time_cmp = Module._time_cmp = wasmExports.time_cmp)(e), _time_mi_time = Module._time_mi_time = (e) => (_time_mi_time = Module._time_mi_time = wasmExports.time_mi_time)(e), _timetz2tm = Module._timetz2tm = (e, t2, r, a) => (_timetz2tm = Module._timetz2tm = wasmExports.timetz2tm)(e, t2, r, a), _timetz_cmp = Module._timetz_cmp = (e) => (_timetz_cmp = Module._timetz_cmp = wasmExports.timetz_cmp)(e), _pg_tolower = Module._pg_tolower = (e) => (_pg_tolower = Module._pg_tolower = wasmExports.pg_tolower)(e), _EncodeDateTime = Module._EncodeDateTime = (e, t2, r, a, o3, _3, s2) => (_EncodeDateTime = Module._EncodeDateTime = wasmExports.EncodeDateTime)(e, t2, r, a, o3, _3, s2), _TransferExpandedObject = Module._TransferExpandedObject = (e, t2) => (_TransferExpandedObject = Module._TransferExpandedObject = wasmExports.TransferExpandedObject)(e, t2), _forkname_to_number = Module._forkname_to_number = (e) => (_forkname_to_number = Module._forkname_to_number = wasmExports.forkname_to_number)(e), _numeric_lt = Module._numeric_lt = (e) => (_numeric_lt = Module._numeric_lt = wasmExports.numeric_lt)(e), _numeric_abs = Module._numeric_abs = (e) => (_numeric_abs = Module._numeric_abs = wasmExports.numeric_abs)(e), _numeric_add = Module._numeric_add = (e) => (_numeric_add = Module._numeric_add = wasmExports.numeric_add)(e), _numeric_ge = Module._numeric_ge = (e) => (_numeric_ge = Module._numeric_ge = wasmExports.numeric_ge)(e), _err_generic_string = Module._err_generic_string = (e, t2) => (_err_generic_string = Module._err_generic_string = wasmExports.err_generic_string)(e, t2), _domain_check = Module._domain_check = (e, t2, r, a, o3) => (_domain_check = Module._domain_check = wasmExports.domain_check)(e, t2, r, a, o3), _enum_lt = Module._enum_lt = (e) => (_enum_lt = Module._enum_lt = wasmExports.enum_lt)(e), _enum_le = Module._enum_le = (e) => (_enum_le = Module._enum_le = wasmExports.enum_le)(e), _enum_ge = Module._enum_ge = (e) => (_enum_ge = Module._enum_ge = wasmExports.enum_ge)(e), _enum_gt = Module._enum_gt = (e) => (_enum_gt = Module._enum_gt = wasmExports.enum_gt)(e), _enum_cmp = Module._enum_cmp = (e) => (_enum_cmp = Module._enum_cmp = wasmExports.enum_cmp)(e), _make_expanded_record_from_typeid = Module._make_expanded_record_from_typeid = (e, t2, r) => (_make_expanded_record_from_typeid = Module._make_expanded_record_from_typeid = wasmExports.make_expanded_record_from_typeid)(e, t2, r), _MemoryContextRegisterResetCallback = Module._MemoryContextRegisterResetCallback = (e, t2) => (_MemoryContextRegisterResetCallback = Module._MemoryContextRegisterResetCallback = wasmExports.MemoryContextRegisterResetCallback)(e, t2), _make_expanded_record_from_tupdesc = Module._make_expanded_record_from_tupdesc = (e, t2) => (_make_expanded_record_from_tupdesc = Module._make_expanded_record_from_tupdesc = wasmExports.make_expanded_record_from_tupdesc)(e, t2), _make_expanded_record_from_exprecord = Module._make_expanded_record_from_exprecord = (e, t2) => (_make_expanded_record_from_exprecord = Module._make_expanded_record_from_exprecord = wasmExports.make_expanded_record_from_exprecord)(e, t2), _expanded_record_set_tuple = Module._expanded_record_set_tuple = (e, t2, r, a) => (_expanded_record_set_tuple = Module._expanded_record_set_tuple = wasmExports.expanded_record_set_tuple)(e, t2, r, a), _expanded_record_get_tuple = Module._expanded_record_get_tuple = (e) => (_expanded_record_get_tuple = Module._expanded_record_get_tuple = wasmExports.expanded_record_get_tuple)(e), _deconstruct_expanded_record = Module._deconstruct_expanded_record = (e) => (_deconstruct_expanded_record = Module._deconstruct_expanded_record = wasmExports.deconstruct_expanded_record)(e), _expanded_record_lookup_field = Module._expanded_record_lookup_field = (e, t2, r) => (_expanded_record_lookup_field = Module._expanded_record_lookup_field = wasmExports.expanded_record_lookup_field)(e, t2, r), _expanded_record_set_field_internal = Module._expanded_record_set_field_internal = (e, t2, r, a, o3, _3) => (_expanded_record_set_field_internal = Module._expanded_record_set_field_internal = wasmExports.expanded_record_set_field_internal)(e, t2, r, a, o3, _3), _expanded_record_set_fields = Module._expanded_record_set_fields = (e, t2, r, a) => (_expanded_record_set_fields = Module._expanded_record_set_fields = wasmExports.expanded_record_set_fields)(e, t2, r, a), _float4in_internal = Module._float4in_internal = (e, t2, r, a, o3) => (_float4in_internal = Module._float4in_internal = wasmExports.float4in_internal)(e, t2, r, a, o3), _strtof = Module._strtof = (e, t2) => (_strtof = Module._strtof = wasmExports.strtof)(e, t2), _float_to_shortest_decimal_buf = Module._float_to_shortest_decimal_buf = (e, t2) => (_float_to_shortest_decimal_buf = Module._float_to_shortest_decimal_buf = wasmExports.float_to_shortest_decimal_buf)(e, t2), _float8in = Module._float8in = (e) => (_float8in = Module._float8in = wasmExports.float8in)(e), _float8in_internal = Module._float8in_internal = (e, t2, r, a, o3) => (_float8in_internal = Module._float8in_internal = wasmExports.float8in_internal)(e, t2, r, a, o3), _float8out = Module._float8out = (e) => (_float8out = Module._float8out = wasmExports.float8out)(e), _float8out_internal = Module._float8out_internal = (e) => (_float8out_internal = Module._float8out_internal = wasmExports.float8out_internal)(e), _float8pl = Module._float8pl = (e) => (_float8pl = Module._float8pl = wasmExports.float8pl)(e), _btfloat4cmp = Module._btfloat4cmp = (e) => (_btfloat4cmp = Module._btfloat4cmp = wasmExports.btfloat4cmp)(e), _btfloat8cmp = Module._btfloat8cmp = (e) => (_btfloat8cmp = Module._btfloat8cmp = wasmExports.btfloat8cmp)(e), _dtoi4 = Module._dtoi4 = (e) => (_dtoi4 = Module._dtoi4 = wasmExports.dtoi4)(e), _dtoi2 = Module._dtoi2 = (e) => (_dtoi2 = Module._dtoi2 = wasmExports.dtoi2)(e), _cbrt = Module._cbrt = (e) => (_cbrt = Module._cbrt = wasmExports.cbrt)(e), _dexp = Module._dexp = (e) => (_dexp = Module._dexp = wasmExports.dexp)(e), _log10 = Module._log10 = (e) => (_log10 = Module._log10 = wasmExports.log10)(e), _dacos = Module._dacos = (e) => (_dacos = Module._dacos = wasmExports.dacos)(e), _acos = Module._acos = (e) => (_acos = Module._acos = wasmExports.acos)(e), _dasin = Module._dasin = (e) => (_dasin = Module._dasin = wasmExports.dasin)(e), _asin = Module._asin = (e) => (_asin = Module._asin = wasmExports.asin)(e), _datan = Module._datan = (e) => (_datan = Module._datan = wasmExports.datan)(e), _atan = Module._atan = (e) => (_atan = Module._atan = wasmExports.atan)(e), _datan2 = Module._datan2 = (e) => (_datan2 = Module._datan2 = wasmExports.datan2)(e), _atan2 = Module._atan2 = (e, t2) => (_atan2 = Module._atan2 = wasmExports.atan2)(e, t2), _dcos = Module._dcos = (e) => (_dcos = Module._dcos = wasmExports.dcos)(e), _cos = Module._cos = (e) => (_cos = Module._cos = wasmExports.cos)(e), _dcot = Module._dcot = (e) => (_dcot = Module._dcot = wasmExports.dcot)(e), _tan = Module._tan = (e) => (_tan = Module._tan = wasmExports.tan)(e), _dsin = Module._dsin = (e) => (_dsin = Module._dsin = wasmExports.dsin)(e), _sin = Module._sin = (e) => (_sin = Module._sin = wasmExports.sin)(e), _dtan = Module._dtan = (e) => (_dtan = Module._dtan = wasmExports.dtan)(e), _fmod = Module._fmod = (e, t2) => (_fmod = Module._fmod = wasmExports.fmod)(e, t2), _degrees = Module._degrees = (e) => (_degrees = Module._degrees = wasmExports.degrees)(e), _dpi = Module._dpi = (e) => (_dpi = Module._dpi = wasmExports.dpi)(e), _radians = Module._radians = (e) => (_radians = Module._radians = wasmExports.radians)(e), _sinh = Module._sinh = (e) => (_sinh = Module._sinh = wasmExports.sinh)(e), _cosh = Module._cosh = (e) => (_cosh = Module._cosh = wasmExports.cosh)(e), _tanh = Module._tanh = (e) => (_tanh = Module._tanh = wasmExports.tanh)(e), _asinh = Module._asinh = (e) => (_asinh = Module._asinh = wasmExports.asinh)(e), _acosh = Module._acosh = (e) => (_acosh = Module._acosh = wasmExports.acosh)(e), _atanh = Module._atanh = (e) => (_atanh = Module._atanh = wasmExports.atanh)(e), _float8_accum = Module._float8_accum = (e) => (_float8_accum = Module._float8_accum = wasmExports.float8_accum)(e), _float8_stddev_pop = Module._float8_stddev_pop = (e) => (_float8_stddev_pop = Module._float8_stddev_pop = wasmExports.float8_stddev_pop)(e), _float8_stddev_samp = Module._float8_stddev_samp = (e) => (_float8_stddev_samp = Module._float8_stddev_samp = wasmExports.float8_stddev_samp)(e), _str_tolower = Module._str_tolower = (e, t2, r) => (_str_tolower = Module._str_tolower = wasmExports.str_tolower)(e, t2, r), _numeric_power = Module._numeric_power = (e) => (_numeric_power = Module._numeric_power = wasmExports.numeric_power)(e), _numeric_int4 = Module._numeric_int4 = (e) => (_numeric_int4 = Module._numeric_int4 = wasmExports.numeric_int4)(e), _int84 = Module._int84 = (e) => (_int84 = Module._int84 = wasmExports.int84)(e), _dtoi8 = Module._dtoi8 = (e) => (_dtoi8 = Module._dtoi8 = wasmExports.dtoi8)(e), _int8out = Module._int8out = (e) => (_int8out = Module._int8out = wasmExports.int8out)(e), _fseeko = Module._fseeko = (e, t2, r) => (_fseeko = Module._fseeko = wasmExports.fseeko)(e, t2, r), _int4in = Module._int4in = (e) => (_int4in = Module._int4in = wasmExports.int4in)(e), _int4_bool = Module._int4_bool = (e) => (_int4_bool = Module._int4_bool = wasmExports.int4_bool)(e), _int8pl = Module._int8pl = (e) => (_int8pl = Module._int8pl = wasmExports.int8pl)(e), _int82 = Module._int82 = (e) => (_int82 = Module._int82 = wasmExports.int82)(e), _json_in = Module._json_in = (e) => (_json_in = Module._json_in = wasmExports.json_in)(e), _EncodeSpecialTimestamp = Module._EncodeSpecialTimestamp = (e, t2) => (_EncodeSpecialTimestamp = Module._EncodeSpecialTimestamp = wasmExports.EncodeSpecialTimestamp)(e, t2), _extract_variadic_args = Module._extract_variadic_args = (e, t2, r, a, o3, _3) => (_extract_variadic_args = Module._extract_variadic_args = wasmExports.extract_variadic_args)(e, t2, r, a, o3, _3), _pushJsonbValue = Module._pushJsonbValue = (e, t2, r) => (_pushJsonbValue = Module._pushJsonbValue = wasmExports.pushJsonbValue)(e, t2, r), _numeric_int2 = Module._numeric_int2 = (e) => (_numeric_int2 = Module._numeric_int2 = wasmExports.numeric_int2)(e), _numeric_float4 = Module._numeric_float4 = (e) => (_numeric_float4 = Module._numeric_float4 = wasmExports.numeric_float4)(e), _numeric_normalize = Module._numeric_normalize = (e) => (_numeric_normalize = Module._numeric_normalize = wasmExports.numeric_normalize)(e), _numeric_cmp = Module._numeric_cmp = (e) => (_numeric_cmp = Module._numeric_cmp = wasmExports.numeric_cmp)(e), _numeric_eq = Module._numeric_eq = (e) => (_numeric_eq = Module._numeric_eq = wasmExports.numeric_eq)(e), _hash_numeric = Module._hash_numeric = (e) => (_hash_numeric = Module._hash_numeric = wasmExports.hash_numeric)(e), _hash_numeric_extended = Module._hash_numeric_extended = (e) => (_hash_numeric_extended = Module._hash_numeric_extended = wasmExports.hash_numeric_extended)(e), _int2_numeric = Module._int2_numeric = (e) => (_int2_numeric = Module._int2_numeric = wasmExports.int2_numeric)(e), _int4_numeric = Module._int4_numeric = (e) => (_int4_numeric = Module._int4_numeric = wasmExports.int4_numeric)(e), _int8_numeric = Module._int8_numeric = (e) => (_int8_numeric = Module._int8_numeric = wasmExports.int8_numeric)(e), _float4_numeric = Module._float4_numeric = (e) => (_float4_numeric = Module._float4_numeric = wasmExports.float4_numeric)(e), _float8_numeric = Module._float8_numeric = (e) => (_float8_numeric = Module._float8_numeric = wasmExports.float8_numeric)(e), _numeric_uminus = Module._numeric_uminus = (e) => (_numeric_uminus = Module._numeric_uminus = wasmExports.numeric_uminus)(e), _numeric_is_nan = Module._numeric_is_nan = (e) => (_numeric_is_nan = Module._numeric_is_nan = wasmExports.numeric_is_nan)(e), _numeric_ceil = Module._numeric_ceil = (e) => (_numeric_ceil = Module._numeric_ceil = wasmExports.numeric_ceil)(e), _numeric_floor = Module._numeric_floor = (e) => (_numeric_floor = Module._numeric_floor = wasmExports.numeric_floor)(e), _timestamp_cmp = Module._timestamp_cmp = (e) => (_timestamp_cmp = Module._timestamp_cmp = wasmExports.timestamp_cmp)(e), _macaddr_cmp = Module._macaddr_cmp = (e) => (_macaddr_cmp = Module._macaddr_cmp = wasmExports.macaddr_cmp)(e), _macaddr_lt = Module._macaddr_lt = (e) => (_macaddr_lt = Module._macaddr_lt = wasmExports.macaddr_lt)(e), _macaddr_le = Module._macaddr_le = (e) => (_macaddr_le = Module._macaddr_le = wasmExports.macaddr_le)(e), _macaddr_eq = Module._macaddr_eq = (e) => (_macaddr_eq = Module._macaddr_eq = wasmExports.macaddr_eq)(e), _macaddr_ge = Module._macaddr_ge = (e) => (_macaddr_ge = Module._macaddr_ge = wasmExports.macaddr_ge)(e), _macaddr_gt = Module._macaddr_gt = (e) => (_macaddr_gt = Module._macaddr_gt = wasmExports.macaddr_gt)(e), _macaddr8_cmp = Module._macaddr8_cmp = (e) => (_macaddr8_cmp = Module._macaddr8_cmp = wasmExports.macaddr8_cmp)(e), _macaddr8_lt = Module._macaddr8_lt = (e) => (_macaddr8_lt = Module._macaddr8_lt = wasmExports.macaddr8_lt)(e), _macaddr8_le = Module._macaddr8_le = (e) => (_macaddr8_le = Module._macaddr8_le = wasmExports.macaddr8_le)(e), _macaddr8_eq = Module._macaddr8_eq = (e) => (_macaddr8_eq = Module._macaddr8_eq = wasmExports.macaddr8_eq)(e), _macaddr8_ge = Module._macaddr8_ge = (e) => (_macaddr8_ge = Module._macaddr8_ge = wasmExports.macaddr8_ge)(e), _macaddr8_gt = Module._macaddr8_gt = (e) => (_macaddr8_gt = Module._macaddr8_gt = wasmExports.macaddr8_gt)(e), _current_query = Module._current_query = (e) => (_current_query = Module._current_query = wasmExports.current_query)(e), _get_fn_expr_arg_stable = Module._get_fn_expr_arg_stable = (e, t2) => (_get_fn_expr_arg_stable = Module._get_fn_expr_arg_stable = wasmExports.get_fn_expr_arg_stable)(e, t2), _unpack_sql_state = Module._unpack_sql_state = (e) => (_unpack_sql_state = Module._unpack_sql_state = wasmExports.unpack_sql_state)(e), _get_fn_expr_rettype = Module._get_fn_expr_rettype = (e) => (_get_fn_expr_rettype = Module._get_fn_expr_rettype = wasmExports.get_fn_expr_rettype)(e), _btnamecmp = Module._btnamecmp = (e) => (_btnamecmp = Module._btnamecmp = wasmExports.btnamecmp)(e), _inet_in = Module._inet_in = (e) => (_inet_in = Module._inet_in = wasmExports.inet_in)(e), _network_cmp = Module._network_cmp = (e) => (_network_cmp = Module._network_cmp = wasmExports.network_cmp)(e), _convert_network_to_scalar = Module._convert_network_to_scalar = (e, t2, r) => (_convert_network_to_scalar = Module._convert_network_to_scalar = wasmExports.convert_network_to_scalar)(e, t2, r), _numeric_sign = Module._numeric_sign = (e) => (_numeric_sign = Module._numeric_sign = wasmExports.numeric_sign)(e), _numeric_gt = Module._numeric_gt = (e) => (_numeric_gt = Module._numeric_gt = wasmExports.numeric_gt)(e), _numeric_le = Module._numeric_le = (e) => (_numeric_le = Module._numeric_le = wasmExports.numeric_le)(e), _numeric_mod = Module._numeric_mod = (e) => (_numeric_mod = Module._numeric_mod = wasmExports.numeric_mod)(e), _numeric_sqrt = Module._numeric_sqrt = (e) => (_numeric_sqrt = Module._numeric_sqrt = wasmExports.numeric_sqrt)(e), ___divti3 = Module.___divti3 = (e, t2, r, a, o3) => (___divti3 = Module.___divti3 = wasmExports.__divti3)(e, t2, r, a, o3), _numeric_exp = Module._numeric_exp = (e) => (_numeric_exp = Module._numeric_exp = wasmExports.numeric_exp)(e), _numeric_ln = Module._numeric_ln = (e) => (_numeric_ln = Module._numeric_ln = wasmExports.numeric_ln)(e), _numeric_log = Module._numeric_log = (e) => (_numeric_log = Module._numeric_log = wasmExports.numeric_log)(e), _numeric_float8_no_overflow = Module._numeric_float8_no_overflow = (e) => (_numeric_float8_no_overflow = Module._numeric_float8_no_overflow = wasmExports.numeric_float8_no_overflow)(e), _pg_strtoint64 = Module._pg_strtoint64 = (e) => (_pg_strtoint64 = Module._pg_strtoint64 = wasmExports.pg_strtoint64)(e), _oidout = Module._oidout = (e) => (_oidout = Module._oidout = wasmExports.oidout)(e), _btrim1 = Module._btrim1 = (e) => (_btrim1 = Module._btrim1 = wasmExports.btrim1)(e), _ltrim1 = Module._ltrim1 = (e) => (_ltrim1 = Module._ltrim1 = wasmExports.ltrim1)(e), _rtrim1 = Module._rtrim1 = (e) => (_rtrim1 = Module._rtrim1 = wasmExports.rtrim1)(e), _tuplesort_skiptuples = Module._tuplesort_skiptuples = (e, t2, r) => (_tuplesort_skiptuples = Module._tuplesort_skiptuples = wasmExports.tuplesort_skiptuples)(e, t2, r), _interval_mi = Module._interval_mi = (e) => (_interval_mi = Module._interval_mi = wasmExports.interval_mi)(e), _setlocale = Module._setlocale = (e, t2) => (_setlocale = Module._setlocale = wasmExports.setlocale)(e, t2), _localeconv = Module._localeconv = () => (_localeconv = Module._localeconv = wasmExports.localeconv)(), _localtime = Module._localtime = (e) => (_localtime = Module._localtime = wasmExports.localtime)(e), _strftime = Module._strftime = (e, t2, r, a) => (_strftime = Module._strftime = wasmExports.strftime)(e, t2, r, a), _newlocale = Module._newlocale = (e, t2, r) => (_newlocale = Module._newlocale = wasmExports.newlocale)(e, t2, r), _strcoll_l = Module._strcoll_l = (e, t2, r) => (_strcoll_l = Module._strcoll_l = wasmExports.strcoll_l)(e, t2, r), _uselocale = Module._uselocale = (e) => (_uselocale = Module._uselocale = wasmExports.uselocale)(e), _drandom = Module._drandom = (e) => (_drandom = Module._drandom = wasmExports.drandom)(e), _quote_ident = Module._quote_ident = (e) => (_quote_ident = Module._quote_ident = wasmExports.quote_ident)(e), _textregexeq = Module._textregexeq = (e) => (_textregexeq = Module._textregexeq = wasmExports.textregexeq)(e), _text_substr = Module._text_substr = (e) => (_text_substr = Module._text_substr = wasmExports.text_substr)(e), _pg_wchar2mb_with_len = Module._pg_wchar2mb_with_len = (e, t2, r) => (_pg_wchar2mb_with_len = Module._pg_wchar2mb_with_len = wasmExports.pg_wchar2mb_with_len)(e, t2, r), _regexp_split_to_array = Module._regexp_split_to_array = (e) => (_regexp_split_to_array = Module._regexp_split_to_array = wasmExports.regexp_split_to_array)(e), _regclassin = Module._regclassin = (e) => (_regclassin = Module._regclassin = wasmExports.regclassin)(e), _regtypeout = Module._regtypeout = (e) => (_regtypeout = Module._regtypeout = wasmExports.regtypeout)(e), _regconfigout = Module._regconfigout = (e) => (_regconfigout = Module._regconfigout = wasmExports.regconfigout)(e), _pg_get_indexdef_columns_extended = Module._pg_get_indexdef_columns_extended = (e, t2) => (_pg_get_indexdef_columns_extended = Module._pg_get_indexdef_columns_extended = wasmExports.pg_get_indexdef_columns_extended)(e, t2), _pg_get_querydef = Module._pg_get_querydef = (e, t2) => (_pg_get_querydef = Module._pg_get_querydef = wasmExports.pg_get_querydef)(e, t2), _strcspn = Module._strcspn = (e, t2) => (_strcspn = Module._strcspn = wasmExports.strcspn)(e, t2), _generic_restriction_selectivity = Module._generic_restriction_selectivity = (e, t2, r, a, o3, _3) => (_generic_restriction_selectivity = Module._generic_restriction_selectivity = wasmExports.generic_restriction_selectivity)(e, t2, r, a, o3, _3), _genericcostestimate = Module._genericcostestimate = (e, t2, r, a) => (_genericcostestimate = Module._genericcostestimate = wasmExports.genericcostestimate)(e, t2, r, a), _tidin = Module._tidin = (e) => (_tidin = Module._tidin = wasmExports.tidin)(e), _tidout = Module._tidout = (e) => (_tidout = Module._tidout = wasmExports.tidout)(e), _timestamp_in = Module._timestamp_in = (e) => (_timestamp_in = Module._timestamp_in = wasmExports.timestamp_in)(e), _timestamp_eq = Module._timestamp_eq = (e) => (_timestamp_eq = Module._timestamp_eq = wasmExports.timestamp_eq)(e), _timestamp_lt = Module._timestamp_lt = (e) => (_timestamp_lt = Module._timestamp_lt = wasmExports.timestamp_lt)(e), _timestamp_gt = Module._timestamp_gt = (e) => (_timestamp_gt = Module._timestamp_gt = wasmExports.timestamp_gt)(e), _timestamp_le = Module._timestamp_le = (e) => (_timestamp_le = Module._timestamp_le = wasmExports.timestamp_le)(e), _timestamp_ge = Module._timestamp_ge = (e) => (_timestamp_ge = Module._timestamp_ge = wasmExports.timestamp_ge)(e), _interval_eq = Module._interval_eq = (e) => (_interval_eq = Module._interval_eq = wasmExports.interval_eq)(e), _interval_lt = Module._interval_lt = (e) => (_interval_lt = Module._interval_lt = wasmExports.interval_lt)(e), _interval_gt = Module._interval_gt = (e) => (_interval_gt = Module._interval_gt = wasmExports.interval_gt)(e), _interval_le = Module._interval_le = (e) => (_interval_le = Module._interval_le = wasmExports.interval_le)(e), _interval_ge = Module._interval_ge = (e) => (_interval_ge = Module._interval_ge = wasmExports.interval_ge)(e), _interval_cmp = Module._interval_cmp = (e) => (_interval_cmp = Module._interval_cmp = wasmExports.interval_cmp)(e), _timestamp_mi = Module._timestamp_mi = (e) => (_timestamp_mi = Module._timestamp_mi = wasmExports.timestamp_mi)(e), _interval_um = Module._interval_um = (e) => (_interval_um = Module._interval_um = wasmExports.interval_um)(e), _has_fn_opclass_options = Module._has_fn_opclass_options = (e) => (_has_fn_opclass_options = Module._has_fn_opclass_options = wasmExports.has_fn_opclass_options)(e), _uuid_in = Module._uuid_in = (e) => (_uuid_in = Module._uuid_in = wasmExports.uuid_in)(e), _uuid_out = Module._uuid_out = (e) => (_uuid_out = Module._uuid_out = wasmExports.uuid_out)(e), _uuid_cmp = Module._uuid_cmp = (e) => (_uuid_cmp = Module._uuid_cmp = wasmExports.uuid_cmp)(e), _gen_random_uuid = Module._gen_random_uuid = (e) => (_gen_random_uuid = Module._gen_random_uuid = wasmExports.gen_random_uuid)(e), _varbit_in = Module._varbit_in = (e) => (_varbit_in = Module._varbit_in = wasmExports.varbit_in)(e), _biteq = Module._biteq = (e) => (_biteq = Module._biteq = wasmExports.biteq)(e), _bitlt = Module._bitlt = (e) => (_bitlt = Module._bitlt = wasmExports.bitlt)(e), _bitle = Module._bitle = (e) => (_bitle = Module._bitle = wasmExports.bitle)(e), _bitgt = Module._bitgt = (e) => (_bitgt = Module._bitgt = wasmExports.bitgt)(e), _bitge = Module._bitge = (e) => (_bitge = Module._bitge = wasmExports.bitge)(e), _bitcmp = Module._bitcmp = (e) => (_bitcmp = Module._bitcmp = wasmExports.bitcmp)(e), _bpchareq = Module._bpchareq = (e) => (_bpchareq = Module._bpchareq = wasmExports.bpchareq)(e), _bpcharlt = Module._bpcharlt = (e) => (_bpcharlt = Module._bpcharlt = wasmExports.bpcharlt)(e), _bpcharle = Module._bpcharle = (e) => (_bpcharle = Module._bpcharle = wasmExports.bpcharle)(e), _bpchargt = Module._bpchargt = (e) => (_bpchargt = Module._bpchargt = wasmExports.bpchargt)(e), _bpcharge = Module._bpcharge = (e) => (_bpcharge = Module._bpcharge = wasmExports.bpcharge)(e), _bpcharcmp = Module._bpcharcmp = (e) => (_bpcharcmp = Module._bpcharcmp = wasmExports.bpcharcmp)(e), _pg_detoast_datum_slice = Module._pg_detoast_datum_slice = (e, t2, r) => (_pg_detoast_datum_slice = Module._pg_detoast_datum_slice = wasmExports.pg_detoast_datum_slice)(e, t2, r), _text_substr_no_len = Module._text_substr_no_len = (e) => (_text_substr_no_len = Module._text_substr_no_len = wasmExports.text_substr_no_len)(e), _texteq = Module._texteq = (e) => (_texteq = Module._texteq = wasmExports.texteq)(e), _text_lt = Module._text_lt = (e) => (_text_lt = Module._text_lt = wasmExports.text_lt)(e), _text_le = Module._text_le = (e) => (_text_le = Module._text_le = wasmExports.text_le)(e), _text_gt = Module._text_gt = (e) => (_text_gt = Module._text_gt = wasmExports.text_gt)(e), _text_ge = Module._text_ge = (e) => (_text_ge = Module._text_ge = wasmExports.text_ge)(e), _bttextcmp = Module._bttextcmp = (e) => (_bttextcmp = Module._bttextcmp = wasmExports.bttextcmp)(e), _byteaeq = Module._byteaeq = (e) => (_byteaeq = Module._byteaeq = wasmExports.byteaeq)(e), _bytealt = Module._bytealt = (e) => (_bytealt = Module._bytealt = wasmExports.bytealt)(e), _byteale = Module._byteale = (e) => (_byteale = Module._byteale = wasmExports.byteale)(e), _byteagt = Module._byteagt = (e) => (_byteagt = Module._byteagt = wasmExports.byteagt)(e), _byteage = Module._byteage = (e) => (_byteage = Module._byteage = wasmExports.byteage)(e), _byteacmp = Module._byteacmp = (e) => (_byteacmp = Module._byteacmp = wasmExports.byteacmp)(e), _to_hex32 = Module._to_hex32 = (e) => (_to_hex32 = Module._to_hex32 = wasmExports.to_hex32)(e), _text_left = Module._text_left = (e) => (_text_left = Module._text_left = wasmExports.text_left)(e), _text_right = Module._text_right = (e) => (_text_right = Module._text_right = wasmExports.text_right)(e), _text_reverse = Module._text_reverse = (e) => (_text_reverse = Module._text_reverse = wasmExports.text_reverse)(e), _varstr_levenshtein = Module._varstr_levenshtein = (e, t2, r, a, o3, _3, s2, n) => (_varstr_levenshtein = Module._varstr_levenshtein = wasmExports.varstr_levenshtein)(e, t2, r, a, o3, _3, s2, n), _pg_utf_mblen_private = Module._pg_utf_mblen_private = (e) => (_pg_utf_mblen_private = Module._pg_utf_mblen_private = wasmExports.pg_utf_mblen_private)(e), _pg_xml_init = Module._pg_xml_init = (e) => (_pg_xml_init = Module._pg_xml_init = wasmExports.pg_xml_init)(e), _xml_ereport = Module._xml_ereport = (e, t2, r, a) => (_xml_ereport = Module._xml_ereport = wasmExports.xml_ereport)(e, t2, r, a), _pg_xml_done = Module._pg_xml_done = (e, t2) => (_pg_xml_done = Module._pg_xml_done = wasmExports.pg_xml_done)(e, t2), _pg_do_encoding_conversion = Module._pg_do_encoding_conversion = (e, t2, r, a) => (_pg_do_encoding_conversion = Module._pg_do_encoding_conversion = wasmExports.pg_do_encoding_conversion)(e, t2, r, a), _CreateCacheMemoryContext = Module._CreateCacheMemoryContext = () => (_CreateCacheMemoryContext = Module._CreateCacheMemoryContext = wasmExports.CreateCacheMemoryContext)(), _get_typsubscript = Module._get_typsubscript = (e, t2) => (_get_typsubscript = Module._get_typsubscript = wasmExports.get_typsubscript)(e, t2), _CachedPlanAllowsSimpleValidityCheck = Module._CachedPlanAllowsSimpleValidityCheck = (e, t2, r) => (_CachedPlanAllowsSimpleValidityCheck = Module._CachedPlanAllowsSimpleValidityCheck = wasmExports.CachedPlanAllowsSimpleValidityCheck)(e, t2, r), _CachedPlanIsSimplyValid = Module._CachedPlanIsSimplyValid = (e, t2, r) => (_CachedPlanIsSimplyValid = Module._CachedPlanIsSimplyValid = wasmExports.CachedPlanIsSimplyValid)(e, t2, r), _GetCachedExpression = Module._GetCachedExpression = (e) => (_GetCachedExpression = Module._GetCachedExpression = wasmExports.GetCachedExpression)(e), _FreeCachedExpression = Module._FreeCachedExpression = (e) => (_FreeCachedExpression = Module._FreeCachedExpression = wasmExports.FreeCachedExpression)(e), _ReleaseAllPlanCacheRefsInOwner = Module._ReleaseAllPlanCacheRefsInOwner = (e) => (_ReleaseAllPlanCacheRefsInOwner = Module._ReleaseAllPlanCacheRefsInOwner = wasmExports.ReleaseAllPlanCacheRefsInOwner)(e), _abort = Module._abort = () => (_abort = Module._abort = wasmExports.abort)(), _in_error_recursion_trouble = Module._in_error_recursion_trouble = () => (_in_error_recursion_trouble = Module._in_error_recursion_trouble = wasmExports.in_error_recursion_trouble)(), _pg_vfprintf = Module._pg_vfprintf = (e, t2, r) => (_pg_vfprintf = Module._pg_vfprintf = wasmExports.pg_vfprintf)(e, t2, r), _pgl_longjmp = Module._pgl_longjmp = (e, t2) => (_pgl_longjmp = Module._pgl_longjmp = wasmExports.pgl_longjmp)(e, t2), _GetErrorContextStack = Module._GetErrorContextStack = () => (_GetErrorContextStack = Module._GetErrorContextStack = wasmExports.GetErrorContextStack)(), _dlsym = Module._dlsym = (e, t2) => (_dlsym = Module._dlsym = wasmExports.dlsym)(e, t2), _dlopen = Module._dlopen = (e, t2) => (_dlopen = Module._dlopen = wasmExports.dlopen)(e, t2), _dlerror = Module._dlerror = () => (_dlerror = Module._dlerror = wasmExports.dlerror)(), _dlclose = Module._dlclose = (e) => (_dlclose = Module._dlclose = wasmExports.dlclose)(e), _find_rendezvous_variable = Module._find_rendezvous_variable = (e) => (_find_rendezvous_variable = Module._find_rendezvous_variable = wasmExports.find_rendezvous_variable)(e), _CallerFInfoFunctionCall1 = Module._CallerFInfoFunctionCall1 = (e, t2, r, a) => (_CallerFInfoFunctionCall1 = Module._CallerFInfoFunctionCall1 = wasmExports.CallerFInfoFunctionCall1)(e, t2, r, a), _CallerFInfoFunctionCall2 = Module._CallerFInfoFunctionCall2 = (e, t2, r, a, o3) => (_CallerFInfoFunctionCall2 = Module._CallerFInfoFunctionCall2 = wasmExports.CallerFInfoFunctionCall2)(e, t2, r, a, o3), _FunctionCall0Coll = Module._FunctionCall0Coll = (e, t2) => (_FunctionCall0Coll = Module._FunctionCall0Coll = wasmExports.FunctionCall0Coll)(e, t2), _resolve_polymorphic_argtypes = Module._resolve_polymorphic_argtypes = (e, t2, r, a) => (_resolve_polymorphic_argtypes = Module._resolve_polymorphic_argtypes = wasmExports.resolve_polymorphic_argtypes)(e, t2, r, a), _RelationNameGetTupleDesc = Module._RelationNameGetTupleDesc = (e) => (_RelationNameGetTupleDesc = Module._RelationNameGetTupleDesc = wasmExports.RelationNameGetTupleDesc)(e), _hash_freeze = Module._hash_freeze = (e) => (_hash_freeze = Module._hash_freeze = wasmExports.hash_freeze)(e), _chdir = Module._chdir = (e) => (_chdir = Module._chdir = wasmExports.chdir)(e), _pg_bindtextdomain = Module._pg_bindtextdomain = (e) => (_pg_bindtextdomain = Module._pg_bindtextdomain = wasmExports.pg_bindtextdomain)(e), _DefineCustomBoolVariable = Module._DefineCustomBoolVariable = (e, t2, r, a, o3, _3, s2, n, l, d) => (_DefineCustomBoolVariable = Module._DefineCustomBoolVariable = wasmExports.DefineCustomBoolVariable)(e, t2, r, a, o3, _3, s2, n, l, d), _DefineCustomIntVariable = Module._DefineCustomIntVariable = (e, t2, r, a, o3, _3, s2, n, l, d, p2, m3) => (_DefineCustomIntVariable = Module._DefineCustomIntVariable = wasmExports.DefineCustomIntVariable)(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3), _DefineCustomRealVariable = Module._DefineCustomRealVariable = (e, t2, r, a, o3, _3, s2, n, l, d, p2, m3) => (_DefineCustomRealVariable = Module._DefineCustomRealVariable = wasmExports.DefineCustomRealVariable)(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3), _DefineCustomStringVariable = Module._DefineCustomStringVariable = (e, t2, r, a, o3, _3, s2, n, l, d) => (_DefineCustomStringVariable = Module._DefineCustomStringVariable = wasmExports.DefineCustomStringVariable)(e, t2, r, a, o3, _3, s2, n, l, d), _DefineCustomEnumVariable = Module._DefineCustomEnumVariable = (e, t2, r, a, o3, _3, s2, n, l, d, p2) => (_DefineCustomEnumVariable = Module._DefineCustomEnumVariable = wasmExports.DefineCustomEnumVariable)(e, t2, r, a, o3, _3, s2, n, l, d, p2), _MarkGUCPrefixReserved = Module._MarkGUCPrefixReserved = (e) => (_MarkGUCPrefixReserved = Module._MarkGUCPrefixReserved = wasmExports.MarkGUCPrefixReserved)(e), _sampler_random_init_state = Module._sampler_random_init_state = (e, t2) => (_sampler_random_init_state = Module._sampler_random_init_state = wasmExports.sampler_random_init_state)(e, t2), _dsa_trim = Module._dsa_trim = (e) => (_dsa_trim = Module._dsa_trim = wasmExports.dsa_trim)(e), _pchomp = Module._pchomp = (e) => (_pchomp = Module._pchomp = wasmExports.pchomp)(e), _PinPortal = Module._PinPortal = (e) => (_PinPortal = Module._PinPortal = wasmExports.PinPortal)(e), _UnpinPortal = Module._UnpinPortal = (e) => (_UnpinPortal = Module._UnpinPortal = wasmExports.UnpinPortal)(e), ___lshrti3 = Module.___lshrti3 = (e, t2, r, a) => (___lshrti3 = Module.___lshrti3 = wasmExports.__lshrti3)(e, t2, r, a), _realpath = Module._realpath = (e, t2) => (_realpath = Module._realpath = wasmExports.realpath)(e, t2), _float_to_shortest_decimal_bufn = Module._float_to_shortest_decimal_bufn = (e, t2) => (_float_to_shortest_decimal_bufn = Module._float_to_shortest_decimal_bufn = wasmExports.float_to_shortest_decimal_bufn)(e, t2), _IsValidJsonNumber = Module._IsValidJsonNumber = (e, t2) => (_IsValidJsonNumber = Module._IsValidJsonNumber = wasmExports.IsValidJsonNumber)(e, t2), _pg_prng_uint64 = Module._pg_prng_uint64 = (e) => (_pg_prng_uint64 = Module._pg_prng_uint64 = wasmExports.pg_prng_uint64)(e), _getcwd = Module._getcwd = (e, t2) => (_getcwd = Module._getcwd = wasmExports.getcwd)(e, t2), _nanosleep = Module._nanosleep = (e, t2) => (_nanosleep = Module._nanosleep = wasmExports.nanosleep)(e, t2), _strchrnul = Module._strchrnul = (e, t2) => (_strchrnul = Module._strchrnul = wasmExports.strchrnul)(e, t2), _snprintf = Module._snprintf = (e, t2, r, a) => (_snprintf = Module._snprintf = wasmExports.snprintf)(e, t2, r, a), _strerror = Module._strerror = (e) => (_strerror = Module._strerror = wasmExports.strerror)(e), _clear_setitimer = Module._clear_setitimer = () => (_clear_setitimer = Module._clear_setitimer = wasmExports.clear_setitimer)(), _pgl_setPGliteActive = Module._pgl_setPGliteActive = (e) => (_pgl_setPGliteActive = Module._pgl_setPGliteActive = wasmExports.pgl_setPGliteActive)(e), _pgl_siglongjmp = Module._pgl_siglongjmp = (e, t2) => (_pgl_siglongjmp = Module._pgl_siglongjmp = wasmExports.pgl_siglongjmp)(e, t2), _pgl_set_system_fn = Module._pgl_set_system_fn = (e) => (_pgl_set_system_fn = Module._pgl_set_system_fn = wasmExports.pgl_set_system_fn)(e), _pgl_set_popen_fn = Module._pgl_set_popen_fn = (e) => (_pgl_set_popen_fn = Module._pgl_set_popen_fn = wasmExports.pgl_set_popen_fn)(e), _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = (e) => (_pgl_set_pclose_fn = Module._pgl_set_pclose_fn = wasmExports.pgl_set_pclose_fn)(e), _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = () => (_pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = wasmExports.pgl_run_atexit_funcs)(), _pgl_freopen = Module._pgl_freopen = (e, t2, r) => (_pgl_freopen = Module._pgl_freopen = wasmExports.pgl_freopen)(e, t2, r), _fiprintf = Module._fiprintf = (e, t2, r) => (_fiprintf = Module._fiprintf = wasmExports.fiprintf)(e, t2, r), _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = (e, t2) => (_pgl_set_rw_cbs = Module._pgl_set_rw_cbs = wasmExports.pgl_set_rw_cbs)(e, t2), _vfprintf = Module._vfprintf = (e, t2, r) => (_vfprintf = Module._vfprintf = wasmExports.vfprintf)(e, t2, r), _pthread_key_create = Module._pthread_key_create = (e, t2) => (_pthread_key_create = Module._pthread_key_create = wasmExports.pthread_key_create)(e, t2), _pthread_getspecific = Module._pthread_getspecific = (e) => (_pthread_getspecific = Module._pthread_getspecific = wasmExports.pthread_getspecific)(e), _pthread_key_delete = Module._pthread_key_delete = (e) => (_pthread_key_delete = Module._pthread_key_delete = wasmExports.pthread_key_delete)(e), _pthread_setspecific = Module._pthread_setspecific = (e, t2) => (_pthread_setspecific = Module._pthread_setspecific = wasmExports.pthread_setspecific)(e, t2), _iconv_open = Module._iconv_open = (e, t2) => (_iconv_open = Module._iconv_open = wasmExports.iconv_open)(e, t2), _iconv_close = Module._iconv_close = (e) => (_iconv_close = Module._iconv_close = wasmExports.iconv_close)(e), _iconv = Module._iconv = (e, t2, r, a, o3) => (_iconv = Module._iconv = wasmExports.iconv)(e, t2, r, a, o3), _pthread_mutex_init = Module._pthread_mutex_init = (e, t2) => (_pthread_mutex_init = Module._pthread_mutex_init = wasmExports.pthread_mutex_init)(e, t2), _pthread_mutex_destroy = Module._pthread_mutex_destroy = (e) => (_pthread_mutex_destroy = Module._pthread_mutex_destroy = wasmExports.pthread_mutex_destroy)(e), _pthread_mutex_lock = Module._pthread_mutex_lock = (e) => (_pthread_mutex_lock = Module._pthread_mutex_lock = wasmExports.pthread_mutex_lock)(e), _pthread_mutex_unlock = Module._pthread_mutex_unlock = (e) => (_pthread_mutex_unlock = Module._pthread_mutex_unlock = wasmExports.pthread_mutex_unlock)(e), _pthread_cond_init = Module._pthread_cond_init = (e, t2) => (_pthread_cond_init = Module._pthread_cond_init = wasmExports.pthread_cond_init)(e, t2), _pthread_cond_destroy = Module._pthread_cond_destroy = (e) => (_pthread_cond_destroy = Module._pthread_cond_destroy = wasmExports.pthread_cond_destroy)(e), _pthread_self = Module._pthread_self = () => (_pthread_self = Module._pthread_self = wasmExports.pthread_self)(), _pthread_cond_wait = Module._pthread_cond_wait = (e, t2) => (_pthread_cond_wait = Module._pthread_cond_wait = wasmExports.pthread_cond_wait)(e, t2), _pthread_cond_signal = Module._pthread_cond_signal = (e) => (_pthread_cond_signal = Module._pthread_cond_signal = wasmExports.pthread_cond_signal)(e), _pthread_once = Module._pthread_once = (e, t2) => (_pthread_once = Module._pthread_once = wasmExports.pthread_once)(e, t2), ___cxa_atexit = Module.___cxa_atexit = (e, t2, r) => (___cxa_atexit = Module.___cxa_atexit = wasmExports.__cxa_atexit)(e, t2, r), _fputs = Module._fputs = (e, t2) => (_fputs = Module._fputs = wasmExports.fputs)(e, t2), _vsnprintf = Module._vsnprintf = (e, t2, r, a) => (_vsnprintf = Module._vsnprintf = wasmExports.vsnprintf)(e, t2, r, a), ___small_fprintf = Module.___small_fprintf = (e, t2, r) => (___small_fprintf = Module.___small_fprintf = wasmExports.__small_fprintf)(e, t2, r), ___dynamic_cast = Module.___dynamic_cast = (e, t2, r, a) => (___dynamic_cast = Module.___dynamic_cast = wasmExports.__dynamic_cast)(e, t2, r, a), ___cxa_pure_virtual = Module.___cxa_pure_virtual = () => (___cxa_pure_virtual = Module.___cxa_pure_virtual = wasmExports.__cxa_pure_virtual)(), _modf = Module._modf = (e, t2) => (_modf = Module._modf = wasmExports.modf)(e, t2), _localtime_r = Module._localtime_r = (e, t2) => (_localtime_r = Module._localtime_r = wasmExports.localtime_r)(e, t2), _strncat = Module._strncat = (e, t2, r) => (_strncat = Module._strncat = wasmExports.strncat)(e, t2, r), _munmap = Module._munmap = (e, t2) => (_munmap = Module._munmap = wasmExports.munmap)(e, t2), __ZdlPvm = Module.__ZdlPvm = (e, t2) => (__ZdlPvm = Module.__ZdlPvm = wasmExports._ZdlPvm)(e, t2), _sysconf = Module._sysconf = (e) => (_sysconf = Module._sysconf = wasmExports.sysconf)(e), ___ctype_get_mb_cur_max = Module.___ctype_get_mb_cur_max = () => (___ctype_get_mb_cur_max = Module.___ctype_get_mb_cur_max = wasmExports.__ctype_get_mb_cur_max)(), ___ctype_tolower_loc = Module.___ctype_tolower_loc = () => (___ctype_tolower_loc = Module.___ctype_tolower_loc = wasmExports.__ctype_tolower_loc)(), ___ctype_toupper_loc = Module.___ctype_toupper_loc = () => (___ctype_toupper_loc = Module.___ctype_toupper_loc = wasmExports.__ctype_toupper_loc)(), _fdopen = Module._fdopen = (e, t2) => (_fdopen = Module._fdopen = wasmExports.fdopen)(e, t2), _sqrt = Module._sqrt = (e) => (_sqrt = Module._sqrt = wasmExports.sqrt)(e), _acosl = Module._acosl = (e, t2, r) => (_acosl = Module._acosl = wasmExports.acosl)(e, t2, r), _aligned_alloc = Module._aligned_alloc = (e, t2) => (_aligned_alloc = Module._aligned_alloc = wasmExports.aligned_alloc)(e, t2), _atan2l = Module._atan2l = (e, t2, r, a, o3) => (_atan2l = Module._atan2l = wasmExports.atan2l)(e, t2, r, a, o3), ___funcs_on_exit = () => (___funcs_on_exit = wasmExports.__funcs_on_exit)(), _atexit = Module._atexit = (e) => (_atexit = Module._atexit = wasmExports.atexit)(e), ___cxa_finalize = Module.___cxa_finalize = (e) => (___cxa_finalize = Module.___cxa_finalize = wasmExports.__cxa_finalize)(e), _btowc = Module._btowc = (e) => (_btowc = Module._btowc = wasmExports.btowc)(e), _scalbn = Module._scalbn = (e, t2) => (_scalbn = Module._scalbn = wasmExports.scalbn)(e, t2), _cosl = Module._cosl = (e, t2, r) => (_cosl = Module._cosl = wasmExports.cosl)(e, t2, r), _dladdr = Module._dladdr = (e, t2) => (_dladdr = Module._dladdr = wasmExports.dladdr)(e, t2), ___dl_seterr = (e, t2) => (___dl_seterr = wasmExports.__dl_seterr)(e, t2), _duplocale = Module._duplocale = (e) => (_duplocale = Module._duplocale = wasmExports.duplocale)(e), _fchmod = Module._fchmod = (e, t2) => (_fchmod = Module._fchmod = wasmExports.fchmod)(e, t2), _fchmodat = Module._fchmodat = (e, t2, r, a) => (_fchmodat = Module._fchmodat = wasmExports.fchmodat)(e, t2, r, a), _fchown = Module._fchown = (e, t2, r) => (_fchown = Module._fchown = wasmExports.fchown)(e, t2, r), _fcntl = Module._fcntl = (e, t2, r) => (_fcntl = Module._fcntl = wasmExports.fcntl)(e, t2, r), _fdopendir = Module._fdopendir = (e) => (_fdopendir = Module._fdopendir = wasmExports.fdopendir)(e), _fmax = Module._fmax = (e, t2) => (_fmax = Module._fmax = wasmExports.fmax)(e, t2), _fmin = Module._fmin = (e, t2) => (_fmin = Module._fmin = wasmExports.fmin)(e, t2), _fputwc = Module._fputwc = (e, t2) => (_fputwc = Module._fputwc = wasmExports.fputwc)(e, t2), _freelocale = Module._freelocale = (e) => (_freelocale = Module._freelocale = wasmExports.freelocale)(e), _frexp = Module._frexp = (e, t2) => (_frexp = Module._frexp = wasmExports.frexp)(e, t2), _ftello = Module._ftello = (e) => (_ftello = Module._ftello = wasmExports.ftello)(e), _getentropy = Module._getentropy = (e, t2) => (_getentropy = Module._getentropy = wasmExports.getentropy)(e, t2), _geteuid = Module._geteuid = () => (_geteuid = Module._geteuid = wasmExports.geteuid)(), _getgid = Module._getgid = () => (_getgid = Module._getgid = wasmExports.getgid)(), _mbtowc = Module._mbtowc = (e, t2, r) => (_mbtowc = Module._mbtowc = wasmExports.mbtowc)(e, t2, r), _getuid = Module._getuid = () => (_getuid = Module._getuid = wasmExports.getuid)(), _getwc = Module._getwc = (e) => (_getwc = Module._getwc = wasmExports.getwc)(e), _gmtime = Module._gmtime = (e) => (_gmtime = Module._gmtime = wasmExports.gmtime)(e), _hypot = Module._hypot = (e, t2) => (_hypot = Module._hypot = wasmExports.hypot)(e, t2), _mbrtowc = Module._mbrtowc = (e, t2, r, a) => (_mbrtowc = Module._mbrtowc = wasmExports.mbrtowc)(e, t2, r, a), _ioctl = Module._ioctl = (e, t2, r) => (_ioctl = Module._ioctl = wasmExports.ioctl)(e, t2, r), _isalpha = Module._isalpha = (e) => (_isalpha = Module._isalpha = wasmExports.isalpha)(e), _isgraph = Module._isgraph = (e) => (_isgraph = Module._isgraph = wasmExports.isgraph)(e), _isspace = Module._isspace = (e) => (_isspace = Module._isspace = wasmExports.isspace)(e), _iswblank_l = Module._iswblank_l = (e, t2) => (_iswblank_l = Module._iswblank_l = wasmExports.iswblank_l)(e, t2), _iswcntrl_l = Module._iswcntrl_l = (e, t2) => (_iswcntrl_l = Module._iswcntrl_l = wasmExports.iswcntrl_l)(e, t2), _iswxdigit_l = Module._iswxdigit_l = (e, t2) => (_iswxdigit_l = Module._iswxdigit_l = wasmExports.iswxdigit_l)(e, t2), _isxdigit_l = Module._isxdigit_l = (e, t2) => (_isxdigit_l = Module._isxdigit_l = wasmExports.isxdigit_l)(e, t2), _pthread_cond_broadcast = Module._pthread_cond_broadcast = (e) => (_pthread_cond_broadcast = Module._pthread_cond_broadcast = wasmExports.pthread_cond_broadcast)(e), _pthread_atfork = Module._pthread_atfork = (e, t2, r) => (_pthread_atfork = Module._pthread_atfork = wasmExports.pthread_atfork)(e, t2, r), _pthread_mutexattr_init = Module._pthread_mutexattr_init = (e) => (_pthread_mutexattr_init = Module._pthread_mutexattr_init = wasmExports.pthread_mutexattr_init)(e), _pthread_mutexattr_setprotocol = Module._pthread_mutexattr_setprotocol = (e, t2) => (_pthread_mutexattr_setprotocol = Module._pthread_mutexattr_setprotocol = wasmExports.pthread_mutexattr_setprotocol)(e, t2), _pthread_mutexattr_settype = Module._pthread_mutexattr_settype = (e, t2) => (_pthread_mutexattr_settype = Module._pthread_mutexattr_settype = wasmExports.pthread_mutexattr_settype)(e, t2), _pthread_mutexattr_destroy = Module._pthread_mutexattr_destroy = (e) => (_pthread_mutexattr_destroy = Module._pthread_mutexattr_destroy = wasmExports.pthread_mutexattr_destroy)(e), _pthread_mutexattr_setpshared = Module._pthread_mutexattr_setpshared = (e, t2) => (_pthread_mutexattr_setpshared = Module._pthread_mutexattr_setpshared = wasmExports.pthread_mutexattr_setpshared)(e, t2), _pthread_mutex_trylock = Module._pthread_mutex_trylock = (e) => (_pthread_mutex_trylock = Module._pthread_mutex_trylock = wasmExports.pthread_mutex_trylock)(e), _pthread_create = Module._pthread_create = (e, t2, r, a) => (_pthread_create = Module._pthread_create = wasmExports.pthread_create)(e, t2, r, a), _pthread_join = Module._pthread_join = (e, t2) => (_pthread_join = Module._pthread_join = wasmExports.pthread_join)(e, t2), _pthread_cond_timedwait = Module._pthread_cond_timedwait = (e, t2, r) => (_pthread_cond_timedwait = Module._pthread_cond_timedwait = wasmExports.pthread_cond_timedwait)(e, t2, r), _pthread_detach = Module._pthread_detach = (e) => (_pthread_detach = Module._pthread_detach = wasmExports.pthread_detach)(e), _link = Module._link = (e, t2) => (_link = Module._link = wasmExports.link)(e, t2), _llround = Module._llround = (e) => (_llround = Module._llround = wasmExports.llround)(e), _log2 = Module._log2 = (e) => (_log2 = Module._log2 = wasmExports.log2)(e), _logb = Module._logb = (e) => (_logb = Module._logb = wasmExports.logb)(e), _lround = Module._lround = (e) => (_lround = Module._lround = wasmExports.lround)(e), _mbrlen = Module._mbrlen = (e, t2, r) => (_mbrlen = Module._mbrlen = wasmExports.mbrlen)(e, t2, r), _mbsnrtowcs = Module._mbsnrtowcs = (e, t2, r, a, o3) => (_mbsnrtowcs = Module._mbsnrtowcs = wasmExports.mbsnrtowcs)(e, t2, r, a, o3), _mbsrtowcs = Module._mbsrtowcs = (e, t2, r, a) => (_mbsrtowcs = Module._mbsrtowcs = wasmExports.mbsrtowcs)(e, t2, r, a), _memrchr = Module._memrchr = (e, t2, r) => (_memrchr = Module._memrchr = wasmExports.memrchr)(e, t2, r), _emscripten_builtin_memalign = (e, t2) => (_emscripten_builtin_memalign = wasmExports.emscripten_builtin_memalign)(e, t2), _nextafter = Module._nextafter = (e, t2) => (_nextafter = Module._nextafter = wasmExports.nextafter)(e, t2), _nextafterf = Module._nextafterf = (e, t2) => (_nextafterf = Module._nextafterf = wasmExports.nextafterf)(e, t2), _ntohs = (e) => (_ntohs = wasmExports.ntohs)(e), _openat = Module._openat = (e, t2, r, a) => (_openat = Module._openat = wasmExports.openat)(e, t2, r, a), _pathconf = Module._pathconf = (e, t2) => (_pathconf = Module._pathconf = wasmExports.pathconf)(e, t2), _perror = Module._perror = (e) => (_perror = Module._perror = wasmExports.perror)(e), _iprintf = Module._iprintf = (e, t2) => (_iprintf = Module._iprintf = wasmExports.iprintf)(e, t2), ___small_printf = Module.___small_printf = (e, t2) => (___small_printf = Module.___small_printf = wasmExports.__small_printf)(e, t2), _pthread_mutexattr_getprotocol = Module._pthread_mutexattr_getprotocol = (e, t2) => (_pthread_mutexattr_getprotocol = Module._pthread_mutexattr_getprotocol = wasmExports.pthread_mutexattr_getprotocol)(e, t2), _pthread_mutexattr_getpshared = Module._pthread_mutexattr_getpshared = (e, t2) => (_pthread_mutexattr_getpshared = Module._pthread_mutexattr_getpshared = wasmExports.pthread_mutexattr_getpshared)(e, t2), _pthread_mutexattr_getrobust = Module._pthread_mutexattr_getrobust = (e, t2) => (_pthread_mutexattr_getrobust = Module._pthread_mutexattr_getrobust = wasmExports.pthread_mutexattr_getrobust)(e, t2), _pthread_mutexattr_gettype = Module._pthread_mutexattr_gettype = (e, t2) => (_pthread_mutexattr_gettype = Module._pthread_mutexattr_gettype = wasmExports.pthread_mutexattr_gettype)(e, t2), _putchar = Module._putchar = (e) => (_putchar = Module._putchar = wasmExports.putchar)(e), _qsort = Module._qsort = (e, t2, r, a) => (_qsort = Module._qsort = wasmExports.qsort)(e, t2, r, a), _srand = Module._srand = (e) => (_srand = Module._srand = wasmExports.srand)(e), _rand = Module._rand = () => (_rand = Module._rand = wasmExports.rand)(), _remainder = Module._remainder = (e, t2) => (_remainder = Module._remainder = wasmExports.remainder)(e, t2), _remove = Module._remove = (e) => (_remove = Module._remove = wasmExports.remove)(e), _remquo = Module._remquo = (e, t2, r) => (_remquo = Module._remquo = wasmExports.remquo)(e, t2, r), _round = Module._round = (e) => (_round = Module._round = wasmExports.round)(e), _roundf = Module._roundf = (e) => (_roundf = Module._roundf = wasmExports.roundf)(e), __emscripten_timeout = (e, t2) => (__emscripten_timeout = wasmExports._emscripten_timeout)(e, t2), _sinl = Module._sinl = (e, t2, r) => (_sinl = Module._sinl = wasmExports.sinl)(e, t2, r), _siprintf = Module._siprintf = (e, t2, r) => (_siprintf = Module._siprintf = wasmExports.siprintf)(e, t2, r), _sqrtl = Module._sqrtl = (e, t2, r) => (_sqrtl = Module._sqrtl = wasmExports.sqrtl)(e, t2, r), _vsscanf = Module._vsscanf = (e, t2, r) => (_vsscanf = Module._vsscanf = wasmExports.vsscanf)(e, t2, r), _statvfs = Module._statvfs = (e, t2) => (_statvfs = Module._statvfs = wasmExports.statvfs)(e, t2), _strcasecmp = Module._strcasecmp = (e, t2) => (_strcasecmp = Module._strcasecmp = wasmExports.strcasecmp)(e, t2), _strerror_r = Module._strerror_r = (e, t2, r) => (_strerror_r = Module._strerror_r = wasmExports.strerror_r)(e, t2, r), _strftime_l = Module._strftime_l = (e, t2, r, a, o3) => (_strftime_l = Module._strftime_l = wasmExports.strftime_l)(e, t2, r, a, o3), _strncasecmp = Module._strncasecmp = (e, t2, r) => (_strncasecmp = Module._strncasecmp = wasmExports.strncasecmp)(e, t2, r), ___multf3 = Module.___multf3 = (e, t2, r, a, o3) => (___multf3 = Module.___multf3 = wasmExports.__multf3)(e, t2, r, a, o3), ___addtf3 = Module.___addtf3 = (e, t2, r, a, o3) => (___addtf3 = Module.___addtf3 = wasmExports.__addtf3)(e, t2, r, a, o3), ___extenddftf2 = Module.___extenddftf2 = (e, t2) => (___extenddftf2 = Module.___extenddftf2 = wasmExports.__extenddftf2)(e, t2), ___subtf3 = Module.___subtf3 = (e, t2, r, a, o3) => (___subtf3 = Module.___subtf3 = wasmExports.__subtf3)(e, t2, r, a, o3), ___divtf3 = Module.___divtf3 = (e, t2, r, a, o3) => (___divtf3 = Module.___divtf3 = wasmExports.__divtf3)(e, t2, r, a, o3), ___eqtf2 = Module.___eqtf2 = (e, t2, r, a) => (___eqtf2 = Module.___eqtf2 = wasmExports.__eqtf2)(e, t2, r, a), ___trunctfdf2 = Module.___trunctfdf2 = (e, t2) => (___trunctfdf2 = Module.___trunctfdf2 = wasmExports.__trunctfdf2)(e, t2), _strtold = Module._strtold = (e, t2, r) => (_strtold = Module._strtold = wasmExports.strtold)(e, t2, r), _strtof_l = Module._strtof_l = (e, t2, r) => (_strtof_l = Module._strtof_l = wasmExports.strtof_l)(e, t2, r), _strtod_l = Module._strtod_l = (e, t2, r) => (_strtod_l = Module._strtod_l = wasmExports.strtod_l)(e, t2, r), _strtold_l = Module._strtold_l = (e, t2, r, a) => (_strtold_l = Module._strtold_l = wasmExports.strtold_l)(e, t2, r, a), _strtoull_l = Module._strtoull_l = (e, t2, r, a) => (_strtoull_l = Module._strtoull_l = wasmExports.strtoull_l)(e, t2, r, a), _strtoll_l = Module._strtoll_l = (e, t2, r, a) => (_strtoll_l = Module._strtoll_l = wasmExports.strtoll_l)(e, t2, r, a), _strxfrm_l = Module._strxfrm_l = (e, t2, r, a) => (_strxfrm_l = Module._strxfrm_l = wasmExports.strxfrm_l)(e, t2, r, a), _swprintf = Module._swprintf = (e, t2, r, a) => (_swprintf = Module._swprintf = wasmExports.swprintf)(e, t2, r, a), _trunc = Module._trunc = (e) => (_trunc = Module._trunc = wasmExports.trunc)(e), _ungetc = Module._ungetc = (e, t2) => (_ungetc = Module._ungetc = wasmExports.ungetc)(e, t2), _ungetwc = Module._ungetwc = (e, t2) => (_ungetwc = Module._ungetwc = wasmExports.ungetwc)(e, t2), _unlinkat = Module._unlinkat = (e, t2, r) => (_unlinkat = Module._unlinkat = wasmExports.unlinkat)(e, t2, r), _usleep = Module._usleep = (e) => (_usleep = Module._usleep = wasmExports.usleep)(e), _utimensat = Module._utimensat = (e, t2, r, a) => (_utimensat = Module._utimensat = wasmExports.utimensat)(e, t2, r, a), _vasprintf = Module._vasprintf = (e, t2, r) => (_vasprintf = Module._vasprintf = wasmExports.vasprintf)(e, t2, r), _wcrtomb = Module._wcrtomb = (e, t2, r) => (_wcrtomb = Module._wcrtomb = wasmExports.wcrtomb)(e, t2, r), _wcslen = Module._wcslen = (e) => (_wcslen = Module._wcslen = wasmExports.wcslen)(e), _wcscoll_l = Module._wcscoll_l = (e, t2, r) => (_wcscoll_l = Module._wcscoll_l = wasmExports.wcscoll_l)(e, t2, r), _wcsnrtombs = Module._wcsnrtombs = (e, t2, r, a, o3) => (_wcsnrtombs = Module._wcsnrtombs = wasmExports.wcsnrtombs)(e, t2, r, a, o3), _wcstof = Module._wcstof = (e, t2) => (_wcstof = Module._wcstof = wasmExports.wcstof)(e, t2), _wcstod = Module._wcstod = (e, t2) => (_wcstod = Module._wcstod = wasmExports.wcstod)(e, t2), _wcstold = Module._wcstold = (e, t2, r) => (_wcstold = Module._wcstold = wasmExports.wcstold)(e, t2, r), _wcstoull = Module._wcstoull = (e, t2, r) => (_wcstoull = Module._wcstoull = wasmExports.wcstoull)(e, t2, r), _wcstoll = Module._wcstoll = (e, t2, r) => (_wcstoll = Module._wcstoll = wasmExports.wcstoll)(e, t2, r), _wcstoul = Module._wcstoul = (e, t2, r) => (_wcstoul = Module._wcstoul = wasmExports.wcstoul)(e, t2, r), _wcstol = Module._wcstol = (e, t2, r) => (_wcstol = Module._wcstol = wasmExports.wcstol)(e, t2, r), _wcsxfrm_l = Module._wcsxfrm_l = (e, t2, r, a) => (_wcsxfrm_l = Module._wcsxfrm_l = wasmExports.wcsxfrm_l)(e, t2, r, a), _wctob = Module._wctob = (e) => (_wctob = Module._wctob = wasmExports.wctob)(e), _wmemchr = Module._wmemchr = (e, t2, r) => (_wmemchr = Module._wmemchr = wasmExports.wmemchr)(e, t2, r), _wmemcmp = Module._wmemcmp = (e, t2, r) => (_wmemcmp = Module._wmemcmp = wasmExports.wmemcmp)(e, t2, r), ___lttf2 = Module.___lttf2 = (e, t2, r, a) => (___lttf2 = Module.___lttf2 = wasmExports.__lttf2)(e, t2, r, a), _setThrew = (e, t2) => (_setThrew = wasmExports.setThrew)(e, t2), __emscripten_tempret_set = (e) => (__emscripten_tempret_set = wasmExports._emscripten_tempret_set)(e), __emscripten_tempret_get = () => (__emscripten_tempret_get = wasmExports._emscripten_tempret_get)(), __emscripten_stack_restore = (e) => (__emscripten_stack_restore = wasmExports._emscripten_stack_restore)(e), __emscripten_stack_alloc = (e) => (__emscripten_stack_alloc = wasmExports._emscripten_stack_alloc)(e), _emscripten_stack_get_current = () => (_emscripten_stack_get_current = wasmExports.emscripten_stack_get_current)(), __Znwm = Module.__Znwm = (e) => (__Znwm = Module.__Znwm = wasmExports._Znwm)(e), __ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = (e, t2, r) => (__ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__210__stdinbufIcEC2EP8_IO_FILEP11__mbstate_t)(e, t2, r), __ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = (e, t2, r) => (__ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__211__stdoutbufIcEC2EP8_IO_FILEP11__mbstate_t)(e, t2, r), __ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = (e, t2, r) => (__ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__210__stdinbufIwEC2EP8_IO_FILEP11__mbstate_t)(e, t2, r), __ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = (e, t2, r) => (__ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = Module.__ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t = wasmExports._ZNSt3__211__stdoutbufIwEC2EP8_IO_FILEP11__mbstate_t)(e, t2, r), __ZSt15get_new_handlerv = Module.__ZSt15get_new_handlerv = () => (__ZSt15get_new_handlerv = Module.__ZSt15get_new_handlerv = wasmExports._ZSt15get_new_handlerv)(), __ZdlPv = Module.__ZdlPv = (e) => (__ZdlPv = Module.__ZdlPv = wasmExports._ZdlPv)(e), __ZNSt13runtime_errorD2Ev = Module.__ZNSt13runtime_errorD2Ev = (e) => (__ZNSt13runtime_errorD2Ev = Module.__ZNSt13runtime_errorD2Ev = wasmExports._ZNSt13runtime_errorD2Ev)(e), __ZNKSt13runtime_error4whatEv = Module.__ZNKSt13runtime_error4whatEv = (e) => (__ZNKSt13runtime_error4whatEv = Module.__ZNKSt13runtime_error4whatEv = wasmExports._ZNKSt13runtime_error4whatEv)(e), __ZSt9terminatev = Module.__ZSt9terminatev = () => (__ZSt9terminatev = Module.__ZSt9terminatev = wasmExports._ZSt9terminatev)(), __ZNSt11logic_errorD2Ev = Module.__ZNSt11logic_errorD2Ev = (e) => (__ZNSt11logic_errorD2Ev = Module.__ZNSt11logic_errorD2Ev = wasmExports._ZNSt11logic_errorD2Ev)(e), ___cxa_decrement_exception_refcount = Module.___cxa_decrement_exception_refcount = (e) => (___cxa_decrement_exception_refcount = Module.___cxa_decrement_exception_refcount = wasmExports.__cxa_decrement_exception_refcount)(e), ___cxa_increment_exception_refcount = Module.___cxa_increment_exception_refcount = (e) => (___cxa_increment_exception_refcount = Module.___cxa_increment_exception_refcount = wasmExports.__cxa_increment_exception_refcount)(e), __ZNSt9exceptionD2Ev = Module.__ZNSt9exceptionD2Ev = (e) => (__ZNSt9exceptionD2Ev = Module.__ZNSt9exceptionD2Ev = wasmExports._ZNSt9exceptionD2Ev)(e), __ZNKSt11logic_error4whatEv = Module.__ZNKSt11logic_error4whatEv = (e) => (__ZNKSt11logic_error4whatEv = Module.__ZNKSt11logic_error4whatEv = wasmExports._ZNKSt11logic_error4whatEv)(e), ___cxa_bad_cast = Module.___cxa_bad_cast = () => (___cxa_bad_cast = Module.___cxa_bad_cast = wasmExports.__cxa_bad_cast)(), ___cxa_bad_typeid = Module.___cxa_bad_typeid = () => (___cxa_bad_typeid = Module.___cxa_bad_typeid = wasmExports.__cxa_bad_typeid)(), ___cxa_allocate_exception = Module.___cxa_allocate_exception = (e) => (___cxa_allocate_exception = Module.___cxa_allocate_exception = wasmExports.__cxa_allocate_exception)(e), ___cxa_free_exception = Module.___cxa_free_exception = (e) => (___cxa_free_exception = Module.___cxa_free_exception = wasmExports.__cxa_free_exception)(e), ___cxa_init_primary_exception = Module.___cxa_init_primary_exception = (e, t2, r) => (___cxa_init_primary_exception = Module.___cxa_init_primary_exception = wasmExports.__cxa_init_primary_exception)(e, t2, r), __ZNSt9type_infoD2Ev = Module.__ZNSt9type_infoD2Ev = (e) => (__ZNSt9type_infoD2Ev = Module.__ZNSt9type_infoD2Ev = wasmExports._ZNSt9type_infoD2Ev)(e), ___cxa_can_catch = (e, t2, r) => (___cxa_can_catch = wasmExports.__cxa_can_catch)(e, t2, r), ___cxa_get_exception_ptr = Module.___cxa_get_exception_ptr = (e) => (___cxa_get_exception_ptr = Module.___cxa_get_exception_ptr = wasmExports.__cxa_get_exception_ptr)(e), __ZNSt9exceptionD0Ev = Module.__ZNSt9exceptionD0Ev = (e) => (__ZNSt9exceptionD0Ev = Module.__ZNSt9exceptionD0Ev = wasmExports._ZNSt9exceptionD0Ev)(e), __ZNSt9exceptionD1Ev = Module.__ZNSt9exceptionD1Ev = (e) => (__ZNSt9exceptionD1Ev = Module.__ZNSt9exceptionD1Ev = wasmExports._ZNSt9exceptionD1Ev)(e), __ZNKSt9exception4whatEv = Module.__ZNKSt9exception4whatEv = (e) => (__ZNKSt9exception4whatEv = Module.__ZNKSt9exception4whatEv = wasmExports._ZNKSt9exception4whatEv)(e), __ZNSt13bad_exceptionD0Ev = Module.__ZNSt13bad_exceptionD0Ev = (e) => (__ZNSt13bad_exceptionD0Ev = Module.__ZNSt13bad_exceptionD0Ev = wasmExports._ZNSt13bad_exceptionD0Ev)(e), __ZNSt13bad_exceptionD1Ev = Module.__ZNSt13bad_exceptionD1Ev = (e) => (__ZNSt13bad_exceptionD1Ev = Module.__ZNSt13bad_exceptionD1Ev = wasmExports._ZNSt13bad_exceptionD1Ev)(e), __ZNKSt13bad_exception4whatEv = Module.__ZNKSt13bad_exception4whatEv = (e) => (__ZNKSt13bad_exception4whatEv = Module.__ZNKSt13bad_exception4whatEv = wasmExports._ZNKSt13bad_exception4whatEv)(e), __ZNSt9bad_allocC2Ev = Module.__ZNSt9bad_allocC2Ev = (e) => (__ZNSt9bad_allocC2Ev = Module.__ZNSt9bad_allocC2Ev = wasmExports._ZNSt9bad_allocC2Ev)(e), __ZNSt9bad_allocD0Ev = Module.__ZNSt9bad_allocD0Ev = (e) => (__ZNSt9bad_allocD0Ev = Module.__ZNSt9bad_allocD0Ev = wasmExports._ZNSt9bad_allocD0Ev)(e), __ZNSt9bad_allocD1Ev = Module.__ZNSt9bad_allocD1Ev = (e) => (__ZNSt9bad_allocD1Ev = Module.__ZNSt9bad_allocD1Ev = wasmExports._ZNSt9bad_allocD1Ev)(e), __ZNKSt9bad_alloc4whatEv = Module.__ZNKSt9bad_alloc4whatEv = (e) => (__ZNKSt9bad_alloc4whatEv = Module.__ZNKSt9bad_alloc4whatEv = wasmExports._ZNKSt9bad_alloc4whatEv)(e), __ZNSt20bad_array_new_lengthC2Ev = Module.__ZNSt20bad_array_new_lengthC2Ev = (e) => (__ZNSt20bad_array_new_lengthC2Ev = Module.__ZNSt20bad_array_new_lengthC2Ev = wasmExports._ZNSt20bad_array_new_lengthC2Ev)(e), __ZNSt20bad_array_new_lengthD0Ev = Module.__ZNSt20bad_array_new_lengthD0Ev = (e) => (__ZNSt20bad_array_new_lengthD0Ev = Module.__ZNSt20bad_array_new_lengthD0Ev = wasmExports._ZNSt20bad_array_new_lengthD0Ev)(e), __ZNSt20bad_array_new_lengthD1Ev = Module.__ZNSt20bad_array_new_lengthD1Ev = (e) => (__ZNSt20bad_array_new_lengthD1Ev = Module.__ZNSt20bad_array_new_lengthD1Ev = wasmExports._ZNSt20bad_array_new_lengthD1Ev)(e), __ZNKSt20bad_array_new_length4whatEv = Module.__ZNKSt20bad_array_new_length4whatEv = (e) => (__ZNKSt20bad_array_new_length4whatEv = Module.__ZNKSt20bad_array_new_length4whatEv = wasmExports._ZNKSt20bad_array_new_length4whatEv)(e), __ZNSt13bad_exceptionD2Ev = Module.__ZNSt13bad_exceptionD2Ev = (e) => (__ZNSt13bad_exceptionD2Ev = Module.__ZNSt13bad_exceptionD2Ev = wasmExports._ZNSt13bad_exceptionD2Ev)(e), __ZNSt9bad_allocC1Ev = Module.__ZNSt9bad_allocC1Ev = (e) => (__ZNSt9bad_allocC1Ev = Module.__ZNSt9bad_allocC1Ev = wasmExports._ZNSt9bad_allocC1Ev)(e), __ZNSt9bad_allocD2Ev = Module.__ZNSt9bad_allocD2Ev = (e) => (__ZNSt9bad_allocD2Ev = Module.__ZNSt9bad_allocD2Ev = wasmExports._ZNSt9bad_allocD2Ev)(e), __ZNSt20bad_array_new_lengthC1Ev = Module.__ZNSt20bad_array_new_lengthC1Ev = (e) => (__ZNSt20bad_array_new_lengthC1Ev = Module.__ZNSt20bad_array_new_lengthC1Ev = wasmExports._ZNSt20bad_array_new_lengthC1Ev)(e), __ZNSt20bad_array_new_lengthD2Ev = Module.__ZNSt20bad_array_new_lengthD2Ev = (e) => (__ZNSt20bad_array_new_lengthD2Ev = Module.__ZNSt20bad_array_new_lengthD2Ev = wasmExports._ZNSt20bad_array_new_lengthD2Ev)(e), __ZNSt11logic_errorD0Ev = Module.__ZNSt11logic_errorD0Ev = (e) => (__ZNSt11logic_errorD0Ev = Module.__ZNSt11logic_errorD0Ev = wasmExports._ZNSt11logic_errorD0Ev)(e), __ZNSt11logic_errorD1Ev = Module.__ZNSt11logic_errorD1Ev = (e) => (__ZNSt11logic_errorD1Ev = Module.__ZNSt11logic_errorD1Ev = wasmExports._ZNSt11logic_errorD1Ev)(e), __ZNSt13runtime_errorD0Ev = Module.__ZNSt13runtime_errorD0Ev = (e) => (__ZNSt13runtime_errorD0Ev = Module.__ZNSt13runtime_errorD0Ev = wasmExports._ZNSt13runtime_errorD0Ev)(e), __ZNSt13runtime_errorD1Ev = Module.__ZNSt13runtime_errorD1Ev = (e) => (__ZNSt13runtime_errorD1Ev = Module.__ZNSt13runtime_errorD1Ev = wasmExports._ZNSt13runtime_errorD1Ev)(e), __ZNSt12domain_errorD0Ev = Module.__ZNSt12domain_errorD0Ev = (e) => (__ZNSt12domain_errorD0Ev = Module.__ZNSt12domain_errorD0Ev = wasmExports._ZNSt12domain_errorD0Ev)(e), __ZNSt12domain_errorD1Ev = Module.__ZNSt12domain_errorD1Ev = (e) => (__ZNSt12domain_errorD1Ev = Module.__ZNSt12domain_errorD1Ev = wasmExports._ZNSt12domain_errorD1Ev)(e), __ZNSt16invalid_argumentD0Ev = Module.__ZNSt16invalid_argumentD0Ev = (e) => (__ZNSt16invalid_argumentD0Ev = Module.__ZNSt16invalid_argumentD0Ev = wasmExports._ZNSt16invalid_argumentD0Ev)(e), __ZNSt16invalid_argumentD1Ev = Module.__ZNSt16invalid_argumentD1Ev = (e) => (__ZNSt16invalid_argumentD1Ev = Module.__ZNSt16invalid_argumentD1Ev = wasmExports._ZNSt16invalid_argumentD1Ev)(e), __ZNSt12length_errorD0Ev = Module.__ZNSt12length_errorD0Ev = (e) => (__ZNSt12length_errorD0Ev = Module.__ZNSt12length_errorD0Ev = wasmExports._ZNSt12length_errorD0Ev)(e), __ZNSt12length_errorD1Ev = Module.__ZNSt12length_errorD1Ev = (e) => (__ZNSt12length_errorD1Ev = Module.__ZNSt12length_errorD1Ev = wasmExports._ZNSt12length_errorD1Ev)(e), __ZNSt12out_of_rangeD0Ev = Module.__ZNSt12out_of_rangeD0Ev = (e) => (__ZNSt12out_of_rangeD0Ev = Module.__ZNSt12out_of_rangeD0Ev = wasmExports._ZNSt12out_of_rangeD0Ev)(e), __ZNSt12out_of_rangeD1Ev = Module.__ZNSt12out_of_rangeD1Ev = (e) => (__ZNSt12out_of_rangeD1Ev = Module.__ZNSt12out_of_rangeD1Ev = wasmExports._ZNSt12out_of_rangeD1Ev)(e), __ZNSt11range_errorD0Ev = Module.__ZNSt11range_errorD0Ev = (e) => (__ZNSt11range_errorD0Ev = Module.__ZNSt11range_errorD0Ev = wasmExports._ZNSt11range_errorD0Ev)(e), __ZNSt11range_errorD1Ev = Module.__ZNSt11range_errorD1Ev = (e) => (__ZNSt11range_errorD1Ev = Module.__ZNSt11range_errorD1Ev = wasmExports._ZNSt11range_errorD1Ev)(e), __ZNSt14overflow_errorD0Ev = Module.__ZNSt14overflow_errorD0Ev = (e) => (__ZNSt14overflow_errorD0Ev = Module.__ZNSt14overflow_errorD0Ev = wasmExports._ZNSt14overflow_errorD0Ev)(e), __ZNSt14overflow_errorD1Ev = Module.__ZNSt14overflow_errorD1Ev = (e) => (__ZNSt14overflow_errorD1Ev = Module.__ZNSt14overflow_errorD1Ev = wasmExports._ZNSt14overflow_errorD1Ev)(e), __ZNSt15underflow_errorD0Ev = Module.__ZNSt15underflow_errorD0Ev = (e) => (__ZNSt15underflow_errorD0Ev = Module.__ZNSt15underflow_errorD0Ev = wasmExports._ZNSt15underflow_errorD0Ev)(e), __ZNSt15underflow_errorD1Ev = Module.__ZNSt15underflow_errorD1Ev = (e) => (__ZNSt15underflow_errorD1Ev = Module.__ZNSt15underflow_errorD1Ev = wasmExports._ZNSt15underflow_errorD1Ev)(e), __ZNSt12domain_errorD2Ev = Module.__ZNSt12domain_errorD2Ev = (e) => (__ZNSt12domain_errorD2Ev = Module.__ZNSt12domain_errorD2Ev = wasmExports._ZNSt12domain_errorD2Ev)(e), __ZNSt16invalid_argumentD2Ev = Module.__ZNSt16invalid_argumentD2Ev = (e) => (__ZNSt16invalid_argumentD2Ev = Module.__ZNSt16invalid_argumentD2Ev = wasmExports._ZNSt16invalid_argumentD2Ev)(e), __ZNSt12length_errorD2Ev = Module.__ZNSt12length_errorD2Ev = (e) => (__ZNSt12length_errorD2Ev = Module.__ZNSt12length_errorD2Ev = wasmExports._ZNSt12length_errorD2Ev)(e), __ZNSt12out_of_rangeD2Ev = Module.__ZNSt12out_of_rangeD2Ev = (e) => (__ZNSt12out_of_rangeD2Ev = Module.__ZNSt12out_of_rangeD2Ev = wasmExports._ZNSt12out_of_rangeD2Ev)(e), __ZNSt11range_errorD2Ev = Module.__ZNSt11range_errorD2Ev = (e) => (__ZNSt11range_errorD2Ev = Module.__ZNSt11range_errorD2Ev = wasmExports._ZNSt11range_errorD2Ev)(e), __ZNSt14overflow_errorD2Ev = Module.__ZNSt14overflow_errorD2Ev = (e) => (__ZNSt14overflow_errorD2Ev = Module.__ZNSt14overflow_errorD2Ev = wasmExports._ZNSt14overflow_errorD2Ev)(e), __ZNSt15underflow_errorD2Ev = Module.__ZNSt15underflow_errorD2Ev = (e) => (__ZNSt15underflow_errorD2Ev = Module.__ZNSt15underflow_errorD2Ev = wasmExports._ZNSt15underflow_errorD2Ev)(e), __ZNSt9type_infoD0Ev = Module.__ZNSt9type_infoD0Ev = (e) => (__ZNSt9type_infoD0Ev = Module.__ZNSt9type_infoD0Ev = wasmExports._ZNSt9type_infoD0Ev)(e), __ZNSt9type_infoD1Ev = Module.__ZNSt9type_infoD1Ev = (e) => (__ZNSt9type_infoD1Ev = Module.__ZNSt9type_infoD1Ev = wasmExports._ZNSt9type_infoD1Ev)(e), __ZNSt8bad_castC2Ev = Module.__ZNSt8bad_castC2Ev = (e) => (__ZNSt8bad_castC2Ev = Module.__ZNSt8bad_castC2Ev = wasmExports._ZNSt8bad_castC2Ev)(e), __ZNSt8bad_castD2Ev = Module.__ZNSt8bad_castD2Ev = (e) => (__ZNSt8bad_castD2Ev = Module.__ZNSt8bad_castD2Ev = wasmExports._ZNSt8bad_castD2Ev)(e), __ZNSt8bad_castD0Ev = Module.__ZNSt8bad_castD0Ev = (e) => (__ZNSt8bad_castD0Ev = Module.__ZNSt8bad_castD0Ev = wasmExports._ZNSt8bad_castD0Ev)(e), __ZNSt8bad_castD1Ev = Module.__ZNSt8bad_castD1Ev = (e) => (__ZNSt8bad_castD1Ev = Module.__ZNSt8bad_castD1Ev = wasmExports._ZNSt8bad_castD1Ev)(e), __ZNKSt8bad_cast4whatEv = Module.__ZNKSt8bad_cast4whatEv = (e) => (__ZNKSt8bad_cast4whatEv = Module.__ZNKSt8bad_cast4whatEv = wasmExports._ZNKSt8bad_cast4whatEv)(e), __ZNSt10bad_typeidC2Ev = Module.__ZNSt10bad_typeidC2Ev = (e) => (__ZNSt10bad_typeidC2Ev = Module.__ZNSt10bad_typeidC2Ev = wasmExports._ZNSt10bad_typeidC2Ev)(e), __ZNSt10bad_typeidD2Ev = Module.__ZNSt10bad_typeidD2Ev = (e) => (__ZNSt10bad_typeidD2Ev = Module.__ZNSt10bad_typeidD2Ev = wasmExports._ZNSt10bad_typeidD2Ev)(e), __ZNSt10bad_typeidD0Ev = Module.__ZNSt10bad_typeidD0Ev = (e) => (__ZNSt10bad_typeidD0Ev = Module.__ZNSt10bad_typeidD0Ev = wasmExports._ZNSt10bad_typeidD0Ev)(e), __ZNSt10bad_typeidD1Ev = Module.__ZNSt10bad_typeidD1Ev = (e) => (__ZNSt10bad_typeidD1Ev = Module.__ZNSt10bad_typeidD1Ev = wasmExports._ZNSt10bad_typeidD1Ev)(e), __ZNKSt10bad_typeid4whatEv = Module.__ZNKSt10bad_typeid4whatEv = (e) => (__ZNKSt10bad_typeid4whatEv = Module.__ZNKSt10bad_typeid4whatEv = wasmExports._ZNKSt10bad_typeid4whatEv)(e), __ZNSt8bad_castC1Ev = Module.__ZNSt8bad_castC1Ev = (e) => (__ZNSt8bad_castC1Ev = Module.__ZNSt8bad_castC1Ev = wasmExports._ZNSt8bad_castC1Ev)(e), __ZNSt10bad_typeidC1Ev = Module.__ZNSt10bad_typeidC1Ev = (e) => (__ZNSt10bad_typeidC1Ev = Module.__ZNSt10bad_typeidC1Ev = wasmExports._ZNSt10bad_typeidC1Ev)(e), ___wasm_apply_data_relocs = () => (___wasm_apply_data_relocs = wasmExports.__wasm_apply_data_relocs)(), _LocalBufferBlockPointers = Module._LocalBufferBlockPointers = 2784348, _BufferBlocks = Module._BufferBlocks = 2779068, _wal_level = Module._wal_level = 2574560, _CurrentMemoryContext = Module._CurrentMemoryContext = 2823792, _SnapshotAnyData = Module._SnapshotAnyData = 2661488, _debug_query_string = Module._debug_query_string = 2787952, _maintenance_work_mem = Module._maintenance_work_mem = 2608960, _CritSectionCount = Module._CritSectionCount = 2818404, _InterruptPending = Module._InterruptPending = 2818352, _ParallelWorkerNumber = Module._ParallelWorkerNumber = 2566088, _pg_number_of_ones = Module._pg_number_of_ones = 2002208, _TopMemoryContext = Module._TopMemoryContext = 2823796, _IsUnderPostmaster = Module._IsUnderPostmaster = 2818433, _MainLWLockArray = Module._MainLWLockArray = 2785956, _CurrentResourceOwner = Module._CurrentResourceOwner = 2823840, _work_mem = Module._work_mem = 2608948, _pg_global_prng_state = Module._pg_global_prng_state = 2907296, _NBuffers = Module._NBuffers = 2608968, _bsysscan = Module._bsysscan = 2763860, _CheckXidAlive = Module._CheckXidAlive = 2763856, _RecentXmin = Module._RecentXmin = 2661580, _TTSOpsHeapTuple = Module._TTSOpsHeapTuple = 2578508, _XactIsoLevel = Module._XactIsoLevel = 2574424, _pgWalUsage = Module._pgWalUsage = 2767200, _MyDatabaseId = Module._MyDatabaseId = 2818412, _pgBufferUsage = Module._pgBufferUsage = 2767072, _error_context_stack = Module._error_context_stack = 2816648, _MyLatch = Module._MyLatch = 2818544, ___THREW__ = Module.___THREW__ = 2925092, ___threwValue = Module.___threwValue = 2925096, _PG_exception_stack = Module._PG_exception_stack = 2816652, _TTSOpsVirtual = Module._TTSOpsVirtual = 2578456, _GUC_check_errdetail_string = Module._GUC_check_errdetail_string = 2822316, _MyProc = Module._MyProc = 2787772, _TransamVariables = Module._TransamVariables = 2763848, _TopTransactionContext = Module._TopTransactionContext = 2823816, _MyProcPid = Module._MyProcPid = 2818504, _RmgrTable = Module._RmgrTable = 2566144, _process_shared_preload_libraries_in_progress = Module._process_shared_preload_libraries_in_progress = 2821712, _wal_segment_size = Module._wal_segment_size = 2574580, _TopTransactionResourceOwner = Module._TopTransactionResourceOwner = 2823848, _arch_module_check_errdetail_string = Module._arch_module_check_errdetail_string = 2776856, _stdout = Module._stdout = 2758464, _stdin = Module._stdin = 2758312, _object_access_hook = Module._object_access_hook = 2765840, _InvalidObjectAddress = Module._InvalidObjectAddress = 708312, _check_function_bodies = Module._check_function_bodies = 2609126, _post_parse_analyze_hook = Module._post_parse_analyze_hook = 2765880, _ScanKeywordTokens = Module._ScanKeywordTokens = 1255056, _ScanKeywords = Module._ScanKeywords = 2711976, _None_Receiver = Module._None_Receiver = 2583308, _SPI_processed = Module._SPI_processed = 2767376, _SPI_tuptable = Module._SPI_tuptable = 2767384, _CacheMemoryContext = Module._CacheMemoryContext = 2823808, _TTSOpsMinimalTuple = Module._TTSOpsMinimalTuple = 2578560, _check_password_hook = Module._check_password_hook = 2766148, _ConfigReloadPending = Module._ConfigReloadPending = 2776828, _max_parallel_maintenance_workers = Module._max_parallel_maintenance_workers = 2608964, _DateStyle = Module._DateStyle = 2608936, _ExecutorStart_hook = Module._ExecutorStart_hook = 2767048, _ExecutorRun_hook = Module._ExecutorRun_hook = 2767052, _ExecutorFinish_hook = Module._ExecutorFinish_hook = 2767056, _ExecutorEnd_hook = Module._ExecutorEnd_hook = 2767060, _SPI_result = Module._SPI_result = 2767388, _stderr = Module._stderr = 2758160, _ClientAuthentication_hook = Module._ClientAuthentication_hook = 2767552, _MyProcPort = Module._MyProcPort = 2818532, _set_rel_pathlist_hook = Module._set_rel_pathlist_hook = 2776416, _cpu_tuple_cost = Module._cpu_tuple_cost = 2579048, _cpu_operator_cost = Module._cpu_operator_cost = 2579064, _seq_page_cost = Module._seq_page_cost = 2579032, _planner_hook = Module._planner_hook = 2776456, _QueryCancelPending = Module._QueryCancelPending = 2818356, _ShutdownRequestPending = Module._ShutdownRequestPending = 2776832, _MyStartTime = Module._MyStartTime = 2818512, _cluster_name = Module._cluster_name = 2609176, _ProcDiePending = Module._ProcDiePending = 2818360, _application_name = Module._application_name = 2822580, _row_security_policy_hook_restrictive = Module._row_security_policy_hook_restrictive = 2779060, _row_security_policy_hook_permissive = Module._row_security_policy_hook_permissive = 2779056, _BufferDescriptors = Module._BufferDescriptors = 2779064, _shmem_startup_hook = Module._shmem_startup_hook = 2785028, _ProcessUtility_hook = Module._ProcessUtility_hook = 2788160, _IntervalStyle = Module._IntervalStyle = 2818436, _extra_float_digits = Module._extra_float_digits = 2599320, _pg_crc32_table = Module._pg_crc32_table = 1670432, _shmem_request_hook = Module._shmem_request_hook = 2821716, __ZTVN10__cxxabiv120__si_class_type_infoE = Module.__ZTVN10__cxxabiv120__si_class_type_infoE = 2758996, __ZTVN10__cxxabiv117__class_type_infoE = Module.__ZTVN10__cxxabiv117__class_type_infoE = 2758956, __ZTVN10__cxxabiv121__vmi_class_type_infoE = Module.__ZTVN10__cxxabiv121__vmi_class_type_infoE = 2759048, __ZTVSt11logic_error = Module.__ZTVSt11logic_error = 2759308, __ZTVSt9exception = Module.__ZTVSt9exception = 2759224, __ZTVSt13runtime_error = Module.__ZTVSt13runtime_error = 2759328, __ZTISt13runtime_error = Module.__ZTISt13runtime_error = 2759520, __ZTISt9exception = Module.__ZTISt9exception = 2759244, __ZTISt11logic_error = Module.__ZTISt11logic_error = 2759380, __ZTISt9type_info = Module.__ZTISt9type_info = 2759652, __ZTVN10__cxxabiv116__shim_type_infoE = Module.__ZTVN10__cxxabiv116__shim_type_infoE = 2758740, __ZTVN10__cxxabiv123__fundamental_type_infoE = Module.__ZTVN10__cxxabiv123__fundamental_type_infoE = 2758768, __ZTVN10__cxxabiv119__pointer_type_infoE = Module.__ZTVN10__cxxabiv119__pointer_type_infoE = 2759128, __ZTIPKc = Module.__ZTIPKc = 2758832, __ZTVN10__cxxabiv117__array_type_infoE = Module.__ZTVN10__cxxabiv117__array_type_infoE = 2758848, __ZTVN10__cxxabiv120__function_type_infoE = Module.__ZTVN10__cxxabiv120__function_type_infoE = 2758888, __ZTVN10__cxxabiv116__enum_type_infoE = Module.__ZTVN10__cxxabiv116__enum_type_infoE = 2758916, __ZTVN10__cxxabiv117__pbase_type_infoE = Module.__ZTVN10__cxxabiv117__pbase_type_infoE = 2759100, __ZTVN10__cxxabiv129__pointer_to_member_type_infoE = Module.__ZTVN10__cxxabiv129__pointer_to_member_type_infoE = 2759156, __ZTVSt9bad_alloc = Module.__ZTVSt9bad_alloc = 2759184, __ZTVSt20bad_array_new_length = Module.__ZTVSt20bad_array_new_length = 2759204, __ZTISt9bad_alloc = Module.__ZTISt9bad_alloc = 2759284, __ZTISt20bad_array_new_length = Module.__ZTISt20bad_array_new_length = 2759296, __ZTSSt9exception = Module.__ZTSSt9exception = 2551637, __ZTVSt13bad_exception = Module.__ZTVSt13bad_exception = 2759252, __ZTISt13bad_exception = Module.__ZTISt13bad_exception = 2759272, __ZTSSt13bad_exception = Module.__ZTSSt13bad_exception = 2551650, __ZTSSt9bad_alloc = Module.__ZTSSt9bad_alloc = 2551668, __ZTSSt20bad_array_new_length = Module.__ZTSSt20bad_array_new_length = 2551681, __ZTVSt12domain_error = Module.__ZTVSt12domain_error = 2759348, __ZTISt12domain_error = Module.__ZTISt12domain_error = 2759368, __ZTSSt12domain_error = Module.__ZTSSt12domain_error = 2551706, __ZTSSt11logic_error = Module.__ZTSSt11logic_error = 2551723, __ZTVSt16invalid_argument = Module.__ZTVSt16invalid_argument = 2759392, __ZTISt16invalid_argument = Module.__ZTISt16invalid_argument = 2759412, __ZTSSt16invalid_argument = Module.__ZTSSt16invalid_argument = 2551739, __ZTVSt12length_error = Module.__ZTVSt12length_error = 2759424, __ZTISt12length_error = Module.__ZTISt12length_error = 2759444, __ZTSSt12length_error = Module.__ZTSSt12length_error = 2551760, __ZTVSt12out_of_range = Module.__ZTVSt12out_of_range = 2759456, __ZTISt12out_of_range = Module.__ZTISt12out_of_range = 2759476, __ZTSSt12out_of_range = Module.__ZTSSt12out_of_range = 2551777, __ZTVSt11range_error = Module.__ZTVSt11range_error = 2759488, __ZTISt11range_error = Module.__ZTISt11range_error = 2759508, __ZTSSt11range_error = Module.__ZTSSt11range_error = 2551794, __ZTSSt13runtime_error = Module.__ZTSSt13runtime_error = 2551810, __ZTVSt14overflow_error = Module.__ZTVSt14overflow_error = 2759532, __ZTISt14overflow_error = Module.__ZTISt14overflow_error = 2759552, __ZTSSt14overflow_error = Module.__ZTSSt14overflow_error = 2551828, __ZTVSt15underflow_error = Module.__ZTVSt15underflow_error = 2759564, __ZTISt15underflow_error = Module.__ZTISt15underflow_error = 2759584, __ZTSSt15underflow_error = Module.__ZTSSt15underflow_error = 2551847, __ZTVSt8bad_cast = Module.__ZTVSt8bad_cast = 2759596, __ZTVSt10bad_typeid = Module.__ZTVSt10bad_typeid = 2759616, __ZTISt8bad_cast = Module.__ZTISt8bad_cast = 2759660, __ZTISt10bad_typeid = Module.__ZTISt10bad_typeid = 2759672, __ZTVSt9type_info = Module.__ZTVSt9type_info = 2759636, __ZTSSt9type_info = Module.__ZTSSt9type_info = 2551867, __ZTSSt8bad_cast = Module.__ZTSSt8bad_cast = 2551880, __ZTSSt10bad_typeid = Module.__ZTSSt10bad_typeid = 2551892;
    function invoke_ii(e, t2) {
      var r = stackSave();
      try {
        return getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        _setThrew(1, 0);
      }
    }
    function invoke_vii(e, t2, r) {
      var a = stackSave();
      try {
        getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiii(e, t2, r, a, o3, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3);
      } catch (n) {
        if (stackRestore(s2), n !== n + 0) throw n;
        _setThrew(1, 0);
      }
    }
    function invoke_vi(e, t2) {
      var r = stackSave();
      try {
        getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        _setThrew(1, 0);
      }
    }
    function invoke_v(e) {
      var t2 = stackSave();
      try {
        getWasmTableEntry(e)();
      } catch (r) {
        if (stackRestore(t2), r !== r + 0) throw r;
        _setThrew(1, 0);
      }
    }
    function invoke_iii(e, t2, r) {
      var a = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        _setThrew(1, 0);
      }
    }
    function invoke_viii(e, t2, r, a) {
      var o3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_jii(e, t2, r) {
      var a = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_iiiii(e, t2, r, a, o3) {
      var _3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_i(e) {
      var t2 = stackSave();
      try {
        return getWasmTableEntry(e)();
      } catch (r) {
        if (stackRestore(t2), r !== r + 0) throw r;
        _setThrew(1, 0);
      }
    }
    function invoke_iiii(e, t2, r, a) {
      var o3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_ji(e, t2) {
      var r = stackSave();
      try {
        return getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_jiiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d) {
      var p2 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d);
      } catch (m3) {
        if (stackRestore(p2), m3 !== m3 + 0) throw m3;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_jiiiiii(e, t2, r, a, o3, _3, s2) {
      var n = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2);
      } catch (l) {
        if (stackRestore(n), l !== l + 0) throw l;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_viiii(e, t2, r, a, o3) {
      var _3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3, g3, u2) {
      var f2 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d, p2, m3, g3, u2);
      } catch (c2) {
        if (stackRestore(f2), c2 !== c2 + 0) throw c2;
        _setThrew(1, 0);
      }
    }
    function invoke_vji(e, t2, r) {
      var a = stackSave();
      try {
        getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiji(e, t2, r, a, o3) {
      var _3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiij(e, t2, r, a, o3) {
      var _3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_vijiji(e, t2, r, a, o3, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3);
      } catch (n) {
        if (stackRestore(s2), n !== n + 0) throw n;
        _setThrew(1, 0);
      }
    }
    function invoke_viji(e, t2, r, a) {
      var o3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiji(e, t2, r, a) {
      var o3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiii(e, t2, r, a, o3, _3) {
      var s2 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3);
      } catch (n) {
        if (stackRestore(s2), n !== n + 0) throw n;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiii(e, t2, r, a, o3, _3, s2, n, l) {
      var d = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l);
      } catch (p2) {
        if (stackRestore(d), p2 !== p2 + 0) throw p2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiiiiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3, g3, u2, f2, c2, x3, w2) {
      var b2 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d, p2, m3, g3, u2, f2, c2, x3, w2);
      } catch (M2) {
        if (stackRestore(b2), M2 !== M2 + 0) throw M2;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiii(e, t2, r, a, o3, _3, s2) {
      var n = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2);
      } catch (l) {
        if (stackRestore(n), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_vj(e, t2) {
      var r = stackSave();
      try {
        getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d) {
      var p2 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d);
      } catch (m3) {
        if (stackRestore(p2), m3 !== m3 + 0) throw m3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiiiii(e, t2, r, a, o3, _3, s2, n, l) {
      var d = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l);
      } catch (p2) {
        if (stackRestore(d), p2 !== p2 + 0) throw p2;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d) {
      var p2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d);
      } catch (m3) {
        if (stackRestore(p2), m3 !== m3 + 0) throw m3;
        _setThrew(1, 0);
      }
    }
    function invoke_vij(e, t2, r) {
      var a = stackSave();
      try {
        getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiii(e, t2, r, a, o3, _3, s2) {
      var n = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3, s2);
      } catch (l) {
        if (stackRestore(n), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_ij(e, t2) {
      var r = stackSave();
      try {
        return getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiiiii(e, t2, r, a, o3, _3, s2, n) {
      var l = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_viiiji(e, t2, r, a, o3, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3);
      } catch (n) {
        if (stackRestore(s2), n !== n + 0) throw n;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiii(e, t2, r, a, o3, _3, s2, n) {
      var l = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_iiij(e, t2, r, a) {
      var o3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_vid(e, t2, r) {
      var a = stackSave();
      try {
        getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        _setThrew(1, 0);
      }
    }
    function invoke_j(e) {
      var t2 = stackSave();
      try {
        return getWasmTableEntry(e)();
      } catch (r) {
        if (stackRestore(t2), r !== r + 0) throw r;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_ijji(e, t2, r, a) {
      var o3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_iijj(e, t2, r, a) {
      var o3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_jiii(e, t2, r, a) {
      var o3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_jij(e, t2, r) {
      var a = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r);
      } catch (o3) {
        if (stackRestore(a), o3 !== o3 + 0) throw o3;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_ijiiiiii(e, t2, r, a, o3, _3, s2, n) {
      var l = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_viijii(e, t2, r, a, o3, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3);
      } catch (n) {
        if (stackRestore(s2), n !== n + 0) throw n;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiji(e, t2, r, a, o3, _3, s2) {
      var n = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2);
      } catch (l) {
        if (stackRestore(n), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_viijiiii(e, t2, r, a, o3, _3, s2, n) {
      var l = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n);
      } catch (d) {
        if (stackRestore(l), d !== d + 0) throw d;
        _setThrew(1, 0);
      }
    }
    function invoke_viij(e, t2, r, a) {
      var o3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_viiij(e, t2, r, a, o3) {
      var _3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        _setThrew(1, 0);
      }
    }
    function invoke_vijjii(e, t2, r, a, o3, _3) {
      var s2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3);
      } catch (n) {
        if (stackRestore(s2), n !== n + 0) throw n;
        _setThrew(1, 0);
      }
    }
    function invoke_vjii(e, t2, r, a) {
      var o3 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a);
      } catch (_3) {
        if (stackRestore(o3), _3 !== _3 + 0) throw _3;
        _setThrew(1, 0);
      }
    }
    function invoke_jiiii(e, t2, r, a, o3) {
      var _3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3);
      } catch (s2) {
        if (stackRestore(_3), s2 !== s2 + 0) throw s2;
        return _setThrew(1, 0), 0n;
      }
    }
    function invoke_viiiiiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d, p2, m3, g3) {
      var u2 = stackSave();
      try {
        getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d, p2, m3, g3);
      } catch (f2) {
        if (stackRestore(u2), f2 !== f2 + 0) throw f2;
        _setThrew(1, 0);
      }
    }
    function invoke_di(e, t2) {
      var r = stackSave();
      try {
        return getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        _setThrew(1, 0);
      }
    }
    function invoke_id(e, t2) {
      var r = stackSave();
      try {
        return getWasmTableEntry(e)(t2);
      } catch (a) {
        if (stackRestore(r), a !== a + 0) throw a;
        _setThrew(1, 0);
      }
    }
    function invoke_ijiiiii(e, t2, r, a, o3, _3, s2) {
      var n = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2);
      } catch (l) {
        if (stackRestore(n), l !== l + 0) throw l;
        _setThrew(1, 0);
      }
    }
    function invoke_iiiiiiiiiii(e, t2, r, a, o3, _3, s2, n, l, d, p2) {
      var m3 = stackSave();
      try {
        return getWasmTableEntry(e)(t2, r, a, o3, _3, s2, n, l, d, p2);
      } catch (g3) {
        if (stackRestore(m3), g3 !== g3 + 0) throw g3;
        _setThrew(1, 0);
      }
    }
    Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.callMain = callMain, Module.ENV = ENV, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.setValue = setValue, Module.getValue = getValue, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_createPreloadedFile = FS_createPreloadedFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS, Module.IDBFS = IDBFS;
    var calledRun;
    dependenciesFulfilled = function e() {
      calledRun || run(), calledRun || (dependenciesFulfilled = e);
    };
    function callMain(e = []) {
      var t2 = resolveGlobalSymbol("main").sym;
      if (t2) {
        e.unshift(thisProgram);
        var r = e.length, a = stackAlloc((r + 1) * 4), o3 = a;
        e.forEach((s2) => {
          HEAPU32[o3 >> 2] = stringToUTF8OnStack(s2), o3 += 4;
        }), HEAPU32[o3 >> 2] = 0;
        try {
          var _3 = t2(r, a);
          return exitJS(_3, true), _3;
        } catch (s2) {
          return handleException(s2);
        }
      }
    }
    function run(e = arguments_) {
      if (runDependencies > 0 || (preRun(), runDependencies > 0)) return;
      function t2() {
        calledRun || (calledRun = true, Module.calledRun = true, !ABORT && (initRuntime(), preMain(), readyPromiseResolve(Module), Module.onRuntimeInitialized?.(), shouldRunNow && callMain(e), postRun()));
      }
      Module.setStatus ? (Module.setStatus("Running..."), setTimeout(() => {
        setTimeout(() => Module.setStatus(""), 1), t2();
      }, 1)) : t2();
    }
    if (Module.preInit) for (typeof Module.preInit == "function" && (Module.preInit = [Module.preInit]); Module.preInit.length > 0; ) Module.preInit.pop()();
    var shouldRunNow = false;
    return Module.noInitialRun && (shouldRunNow = false), run(), moduleRtn = readyPromise, moduleRtn;
  };
})();
var Xe2 = xt2;
var Ke2 = Xe2;
var se2;
var ne;
var le2;
var pe2;
var Ae2;
var Ie2;
var Re3;
var qe2;
var ce2;
var ie2;
var we2;
var me2;
var de2;
var te;
var N2;
var ue2;
var ge2;
var H2;
var re;
var $2;
var fe2;
var ve2;
var J2;
var W2;
var U2;
var ae2;
var z3;
var O2;
var Se2;
var ye2;
var be2;
var he2;
var k2;
var Qe2;
var $e2;
var Je2;
var et2;
var tt2;
var rt2;
var D2;
var at3;
var ot2;
var _t2;
var st2;
var nt2;
var q2 = class q3 extends z2 {
  constructor(r = {}, a = {}) {
    super();
    (0, import_cli_chunk_TPG6O3EZ.R)(this, k2);
    this.POSTGRES_MAIN_LONGJMP = 100;
    (0, import_cli_chunk_TPG6O3EZ.R)(this, se2, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ne, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, le2, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, pe2, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, Ae2, new ee2());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, Ie2, new ee2());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, Re3, new ee2());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, qe2, new ee2());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ce2, false);
    this.debug = 0;
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ie2);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, we2, []);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, me2, new pe());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, de2);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, te);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, N2, /* @__PURE__ */ new Map());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ue2, /* @__PURE__ */ new Set());
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ge2, -1);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, H2, []);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, re, false);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, $2);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, fe2);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ve2, -1);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, J2, []);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, W2, 0);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, U2, null);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ae2, true);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, z3, new Uint8Array(0));
    (0, import_cli_chunk_TPG6O3EZ.R)(this, O2, 0);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, Se2, -1);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, ye2, -1);
    (0, import_cli_chunk_TPG6O3EZ.R)(this, be2, -1);
    this.externalCommandStreamFd = null;
    (0, import_cli_chunk_TPG6O3EZ.R)(this, he2, false);
    typeof r == "string" ? a = { dataDir: r, ...a } : a = r, this.dataDir = a.dataDir, a.parsers !== void 0 && (this.parsers = { ...this.parsers, ...a.parsers }), a.serializers !== void 0 && (this.serializers = { ...this.serializers, ...a.serializers }), a?.debug !== void 0 && (this.debug = a.debug), a?.relaxedDurability !== void 0 && (0, import_cli_chunk_TPG6O3EZ.x)(this, pe2, a.relaxedDurability), (0, import_cli_chunk_TPG6O3EZ.x)(this, ie2, a.extensions ?? {}), this.waitReady = (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, Je2).call(this, a ?? {});
  }
  get ENV() {
    return this.mod?.ENV;
  }
  static async create(r, a) {
    let o3 = typeof r == "string" ? { dataDir: r, ...a ?? {} } : r ?? {}, _3 = new q3(o3);
    return await _3.waitReady, _3;
  }
  handleExternalCmd(r, a) {
    if (r.startsWith("locale -a") && a === "r") {
      let o3 = this.mod.stringToUTF8OnStack("/pglite/locale-a"), _3 = this.mod.stringToUTF8OnStack(a);
      return this.mod._fopen(o3, _3);
    }
    throw new Error("Unhandled cmd");
  }
  get Module() {
    return this.mod;
  }
  get ready() {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, se2) && !(0, import_cli_chunk_TPG6O3EZ.h)(this, ne) && !(0, import_cli_chunk_TPG6O3EZ.h)(this, le2);
  }
  get closed() {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, le2);
  }
  async close() {
    await this._checkReady(), (0, import_cli_chunk_TPG6O3EZ.x)(this, ne, true);
    for (let r of (0, import_cli_chunk_TPG6O3EZ.h)(this, we2)) await r();
    try {
      this.mod._pgl_setPGliteActive(0), await this.execProtocol(We2.end()), this.mod._pgl_run_atexit_funcs();
    } catch (r) {
      let a = r;
      a.name === "ExitStatus" && a.status === 0 || (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "An error occured while closing the db", r.toString());
    } finally {
      this.mod.removeFunction((0, import_cli_chunk_TPG6O3EZ.h)(this, ve2)), this.mod.removeFunction((0, import_cli_chunk_TPG6O3EZ.h)(this, ge2));
    }
    await this.fs.closeFs(), (0, import_cli_chunk_TPG6O3EZ.x)(this, le2, true), (0, import_cli_chunk_TPG6O3EZ.x)(this, ne, false), (0, import_cli_chunk_TPG6O3EZ.x)(this, se2, false), (0, import_cli_chunk_TPG6O3EZ.x)(this, he2, false);
    try {
      this.mod._emscripten_force_exit(0);
    } catch (r) {
      (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, r), r.status !== 0 && (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "Error when exiting", r.toString());
    }
  }
  async [Symbol.asyncDispose]() {
    await this.close();
  }
  async _handleBlob(r) {
    (0, import_cli_chunk_TPG6O3EZ.x)(this, de2, r ? await r.arrayBuffer() : void 0);
  }
  async _cleanupBlob() {
    (0, import_cli_chunk_TPG6O3EZ.x)(this, de2, void 0);
  }
  async _getWrittenBlob() {
    if (!(0, import_cli_chunk_TPG6O3EZ.h)(this, te)) return;
    let r = new Blob((0, import_cli_chunk_TPG6O3EZ.h)(this, te));
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, te, void 0), r;
  }
  async _checkReady() {
    if ((0, import_cli_chunk_TPG6O3EZ.h)(this, ne)) throw new Error("PGlite is closing");
    if ((0, import_cli_chunk_TPG6O3EZ.h)(this, le2)) throw new Error("PGlite is closed");
    (0, import_cli_chunk_TPG6O3EZ.h)(this, se2) || await this.waitReady;
  }
  execProtocolRawSync(r) {
    let a = this.mod;
    if ((0, import_cli_chunk_TPG6O3EZ.x)(this, W2, 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, O2, 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, J2, r), (0, import_cli_chunk_TPG6O3EZ.h)(this, ae2) && (0, import_cli_chunk_TPG6O3EZ.h)(this, z3).length !== q3.DEFAULT_RECV_BUF_SIZE && (0, import_cli_chunk_TPG6O3EZ.x)(this, z3, new Uint8Array(q3.DEFAULT_RECV_BUF_SIZE)), r[0] === 88) return new Uint8Array(0);
    if (r[0] === 0) return (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, nt2).call(this, r);
    let o3;
    globalThis.process?.env && (o3 = process.exitCode);
    try {
      for (; (0, import_cli_chunk_TPG6O3EZ.h)(this, W2) < r.length || a._pq_buffer_remaining_data() > 0; ) try {
        a._PostgresMainLoopOnce();
      } catch (_3) {
        _3.status === this.POSTGRES_MAIN_LONGJMP && a._PostgresMainLongJmp();
      }
    } finally {
      a._PostgresSendReadyForQueryIfNecessary(), a._pgl_pq_flush(), globalThis.process?.env && (process.exitCode = o3);
    }
    return (0, import_cli_chunk_TPG6O3EZ.x)(this, J2, []), (0, import_cli_chunk_TPG6O3EZ.h)(this, ae2) && (0, import_cli_chunk_TPG6O3EZ.h)(this, O2) ? new Uint8Array((0, import_cli_chunk_TPG6O3EZ.h)(this, z3).subarray(0, (0, import_cli_chunk_TPG6O3EZ.h)(this, O2))) : new Uint8Array(0);
  }
  async execProtocolRaw(r, { syncToFs: a = true } = {}) {
    let o3 = this.execProtocolRawSync(r);
    return a && await this.syncToFs(), o3;
  }
  async execProtocolRawStream(r, { syncToFs: a = true, onRawData: o3 }) {
    (0, import_cli_chunk_TPG6O3EZ.x)(this, fe2, o3), this.execProtocolRawSync(r), a && await this.syncToFs();
  }
  async execProtocol(r, { syncToFs: a = true, throwOnError: o3 = true, onNotice: _3 } = {}) {
    (0, import_cli_chunk_TPG6O3EZ.x)(this, re, o3), (0, import_cli_chunk_TPG6O3EZ.x)(this, $2, _3), (0, import_cli_chunk_TPG6O3EZ.x)(this, H2, []), (0, import_cli_chunk_TPG6O3EZ.x)(this, U2, null);
    let s2 = await this.execProtocolRaw(r, { syncToFs: a }), n = (0, import_cli_chunk_TPG6O3EZ.h)(this, U2);
    (0, import_cli_chunk_TPG6O3EZ.x)(this, re, false), (0, import_cli_chunk_TPG6O3EZ.x)(this, $2, void 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, U2, null);
    let l = { messages: (0, import_cli_chunk_TPG6O3EZ.h)(this, H2), data: s2 };
    if ((0, import_cli_chunk_TPG6O3EZ.x)(this, H2, []), o3 && n) throw (0, import_cli_chunk_TPG6O3EZ.x)(this, me2, new pe()), n;
    return l;
  }
  async execProtocolStream(r, { syncToFs: a, throwOnError: o3 = true, onNotice: _3 } = {}) {
    (0, import_cli_chunk_TPG6O3EZ.x)(this, re, o3), (0, import_cli_chunk_TPG6O3EZ.x)(this, $2, _3), (0, import_cli_chunk_TPG6O3EZ.x)(this, H2, []), (0, import_cli_chunk_TPG6O3EZ.x)(this, U2, null), (0, import_cli_chunk_TPG6O3EZ.x)(this, ae2, false), await this.execProtocolRaw(r, { syncToFs: a }), (0, import_cli_chunk_TPG6O3EZ.x)(this, ae2, true);
    let s2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, U2);
    (0, import_cli_chunk_TPG6O3EZ.x)(this, re, false), (0, import_cli_chunk_TPG6O3EZ.x)(this, $2, void 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, U2, null);
    let n = (0, import_cli_chunk_TPG6O3EZ.h)(this, H2);
    if ((0, import_cli_chunk_TPG6O3EZ.x)(this, H2, []), o3 && s2) throw (0, import_cli_chunk_TPG6O3EZ.x)(this, me2, new pe()), s2;
    return n;
  }
  isInTransaction() {
    return this.mod._IsTransactionBlock() !== 0;
  }
  async syncToFs() {
    if ((0, import_cli_chunk_TPG6O3EZ.h)(this, ce2)) return;
    (0, import_cli_chunk_TPG6O3EZ.x)(this, ce2, true);
    let r = async () => {
      await (0, import_cli_chunk_TPG6O3EZ.h)(this, qe2).runExclusive(async () => {
        (0, import_cli_chunk_TPG6O3EZ.x)(this, ce2, false), await this.fs.syncToFs((0, import_cli_chunk_TPG6O3EZ.h)(this, pe2));
      });
    };
    (0, import_cli_chunk_TPG6O3EZ.h)(this, pe2) ? r() : await r();
  }
  async listen(r, a, o3) {
    return this._runExclusiveListen(() => (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, at3).call(this, r, a, o3));
  }
  async unlisten(r, a, o3) {
    return this._runExclusiveListen(() => (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, ot2).call(this, r, a, o3));
  }
  onNotification(r) {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, ue2).add(r), () => {
      (0, import_cli_chunk_TPG6O3EZ.h)(this, ue2).delete(r);
    };
  }
  offNotification(r) {
    (0, import_cli_chunk_TPG6O3EZ.h)(this, ue2).delete(r);
  }
  async dumpDataDir(r) {
    await this._checkReady();
    let a = this.dataDir?.split("/").pop() ?? "pgdata";
    return this.fs.dumpTar(a, r);
  }
  _runExclusiveQuery(r) {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, Ae2).runExclusive(r);
  }
  _runExclusiveTransaction(r) {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, Ie2).runExclusive(r);
  }
  async clone() {
    let r = await this.dumpDataDir("none");
    return q3.create({ loadDataDir: r, extensions: (0, import_cli_chunk_TPG6O3EZ.h)(this, ie2) });
  }
  _runExclusiveListen(r) {
    return (0, import_cli_chunk_TPG6O3EZ.h)(this, Re3).runExclusive(r);
  }
  callMain(r) {
    return this.mod.callMain(r);
  }
  copyToFS(r, a, o3) {
    Me2(this.mod.FS, r, a, o3);
  }
};
se2 = /* @__PURE__ */ new WeakMap(), ne = /* @__PURE__ */ new WeakMap(), le2 = /* @__PURE__ */ new WeakMap(), pe2 = /* @__PURE__ */ new WeakMap(), Ae2 = /* @__PURE__ */ new WeakMap(), Ie2 = /* @__PURE__ */ new WeakMap(), Re3 = /* @__PURE__ */ new WeakMap(), qe2 = /* @__PURE__ */ new WeakMap(), ce2 = /* @__PURE__ */ new WeakMap(), ie2 = /* @__PURE__ */ new WeakMap(), we2 = /* @__PURE__ */ new WeakMap(), me2 = /* @__PURE__ */ new WeakMap(), de2 = /* @__PURE__ */ new WeakMap(), te = /* @__PURE__ */ new WeakMap(), N2 = /* @__PURE__ */ new WeakMap(), ue2 = /* @__PURE__ */ new WeakMap(), ge2 = /* @__PURE__ */ new WeakMap(), H2 = /* @__PURE__ */ new WeakMap(), re = /* @__PURE__ */ new WeakMap(), $2 = /* @__PURE__ */ new WeakMap(), fe2 = /* @__PURE__ */ new WeakMap(), ve2 = /* @__PURE__ */ new WeakMap(), J2 = /* @__PURE__ */ new WeakMap(), W2 = /* @__PURE__ */ new WeakMap(), U2 = /* @__PURE__ */ new WeakMap(), ae2 = /* @__PURE__ */ new WeakMap(), z3 = /* @__PURE__ */ new WeakMap(), O2 = /* @__PURE__ */ new WeakMap(), Se2 = /* @__PURE__ */ new WeakMap(), ye2 = /* @__PURE__ */ new WeakMap(), be2 = /* @__PURE__ */ new WeakMap(), he2 = /* @__PURE__ */ new WeakMap(), k2 = /* @__PURE__ */ new WeakSet(), Qe2 = function(r) {
  this.debug && console.debug(r);
}, $e2 = function(r) {
  this.debug && console.error(r);
}, Je2 = async function(r) {
  let a;
  if (globalThis.process?.env && (a = process.exitCode), r.fs) this.fs = r.fs;
  else {
    let { dataDir: u2, fsType: f2 } = We3(r.dataDir);
    this.fs = await Ve2(u2, f2);
  }
  let o3 = {}, _3 = [], s2 = [...this.debug ? ["-d", this.debug.toString()] : []];
  r.pgliteWasmModule || import_cli_chunk_TPG6O3EZ.m.startArtifactDownload(new URL("./pglite.wasm", __migraUrl)), r.initdbWasmModule || import_cli_chunk_TPG6O3EZ.m.startArtifactDownload(new URL("./initdb.wasm", __migraUrl));
  let n = new URL("./pglite.data", __migraUrl), l = r.fsBundle ? r.fsBundle.arrayBuffer() : import_cli_chunk_TPG6O3EZ.m.getFsBundle(n), d;
  l.then((u2) => {
    d = u2;
  });
  let p2 = new WebAssembly.Memory({ initial: r.initialMemory ? r.initialMemory / (64 * 1024) : 2048, maximum: 32768 }), m3 = { thisProgram: import_cli_chunk_TPG6O3EZ.wt, WASM_PREFIX: import_cli_chunk_TPG6O3EZ.kt, arguments: s2, noExitRuntime: true, wasmMemory: p2, stdin: () => null, print: (u2) => {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, Qe2).call(this, u2);
  }, printErr: (u2) => {
    (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, $e2).call(this, u2);
  }, instantiateWasm: (u2, f2) => {
    let c2 = new URL("./pglite.wasm", __migraUrl);
    return import_cli_chunk_TPG6O3EZ.m.instantiateWasm(u2, c2, r.pgliteWasmModule).then(({ instance: x3, module: w2 }) => {
      f2(x3, w2);
    }), {};
  }, getPreloadedPackage: (u2, f2) => {
    if (u2 === "pglite.data") {
      if (d.byteLength !== f2) throw new Error(`Invalid FS bundle size: ${d.byteLength} !== ${f2}`);
      return d;
    }
    throw new Error(`Unknown package: ${u2}`);
  }, preRun: [(u2) => {
    u2.onRuntimeInitialized = () => {
      (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, tt2).call(this, u2);
    };
  }, (u2) => {
    let f2 = u2.FS.makedev(64, 0), c2 = { open: (x3) => {
    }, close: (x3) => {
    }, read: (x3, w2, b2, M2, S2) => {
      let E2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, de2);
      if (!E2) throw new Error("No /dev/blob File or Blob provided to read from");
      let y3 = new Uint8Array(E2);
      if (S2 >= y3.length) return 0;
      let F3 = Math.min(y3.length - S2, M2);
      for (let A2 = 0; A2 < F3; A2++) w2[b2 + A2] = y3[S2 + A2];
      return F3;
    }, write: (x3, w2, b2, M2, S2) => ((0, import_cli_chunk_TPG6O3EZ.h)(this, te) ?? (0, import_cli_chunk_TPG6O3EZ.x)(this, te, []), (0, import_cli_chunk_TPG6O3EZ.h)(this, te).push(w2.slice(b2, b2 + M2)), M2), llseek: (x3, w2, b2) => {
      let M2 = (0, import_cli_chunk_TPG6O3EZ.h)(this, de2);
      if (!M2) throw new Error("No /dev/blob File or Blob provided to llseek");
      let S2 = w2;
      if (b2 === 1 ? S2 += x3.position : b2 === 2 && (S2 = new Uint8Array(M2).length), S2 < 0) throw new u2.FS.ErrnoError(28);
      return S2;
    } };
    u2.FS.registerDevice(f2, c2), u2.FS.mkdev("/dev/blob", f2);
  }, (u2) => {
    u2.ENV.HOME = "/home/postgres", u2.ENV.USER = "postgres", u2.ENV.LOGNAME = "postgres", u2.ENV.PGDATA = import_cli_chunk_TPG6O3EZ.B, u2.ENV.PGUSER = r.username ?? "postgres", u2.ENV.PGDATABASE = r.database ?? "postgres", u2.ENV.LANG = u2.ENV.LC_COLLATE = u2.ENV.LC_CTYPE = "en_US.UTF-8", u2.ENV.TZ = "UTC", u2.ENV.PGTZ = "UTC", u2.ENV.PGCLIENTENCODING = "UTF8", u2.ENV.ICU_DATA = import_cli_chunk_TPG6O3EZ.jr;
    for (let [f2] of Object.entries((0, import_cli_chunk_TPG6O3EZ.h)(this, ie2))) f2 === "postgis" && (u2.ENV.PROJ_DATA = `${import_cli_chunk_TPG6O3EZ.kt}/share/proj`);
  }, (u2) => {
    u2.FS.chmod("/home/postgres/.pgpass", 384), u2.FS.chmod(import_cli_chunk_TPG6O3EZ.Yr, 365), u2.FS.chmod(import_cli_chunk_TPG6O3EZ.wt, 365);
  }] }, { emscriptenOpts: g3 } = await this.fs.init(this, m3);
  m3 = g3;
  for (let [u2, f2] of Object.entries((0, import_cli_chunk_TPG6O3EZ.h)(this, ie2))) if (f2 instanceof URL) o3[u2] = ze2(f2);
  else {
    let c2 = await f2.setup(this, m3);
    if (c2.emscriptenOpts && (m3 = c2.emscriptenOpts), c2.namespaceObj) {
      let x3 = this;
      x3[u2] = c2.namespaceObj;
    }
    c2.bundlePath && (o3[u2] = ze2(c2.bundlePath)), c2.init && _3.push(c2.init), c2.close && (0, import_cli_chunk_TPG6O3EZ.h)(this, we2).push(c2.close);
  }
  if (m3.pg_extensions = o3, await l, this.mod = await Ke2(m3), await this.fs.initialSyncFs(), r.icuDataDir && await (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, et2).call(this, r.icuDataDir), !r.noInitDb) {
    if (r.loadDataDir) {
      if (this.mod.FS.analyzePath(import_cli_chunk_TPG6O3EZ.B + "/PG_VERSION").exists) throw new Error("Database already exists, cannot load from tarball");
      (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "pglite: loading data from tarball"), await (0, import_cli_chunk_TPG6O3EZ.at)(this.mod.FS, r.loadDataDir, import_cli_chunk_TPG6O3EZ.B);
    } else if (this.mod.FS.analyzePath(import_cli_chunk_TPG6O3EZ.B + "/PG_VERSION").exists) (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "pglite: found DB, resuming");
    else {
      (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "pglite: no db in filesystem, running initdb");
      let u2 = { ...r };
      u2.noInitDb = true, u2.dataDir = void 0, u2.extensions = void 0, u2.loadDataDir = void 0;
      let f2 = await q2.create(u2), c2 = await (0, import_cli_chunk_TPG6O3EZ.At)({ pg: f2, debug: r.debug, wasmModule: r.initdbWasmModule, args: r.initDbStartParams });
      if (c2.exitCode !== 0 && !c2.stderr.includes("exists but is not empty")) throw new Error("INITDB failed to initialize: " + c2.stderr);
      let x3 = await f2.dumpDataDir("none");
      f2.close(), await (0, import_cli_chunk_TPG6O3EZ.at)(this.mod.FS, x3, import_cli_chunk_TPG6O3EZ.B), await this.syncToFs();
    }
    if (await He2(this.mod, (...u2) => (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, ...u2)), r.postgresqlconf) {
      let u2 = typeof r.postgresqlconf == "string" ? r.postgresqlconf : r.postgresqlconf.join(`
`);
      Me2(this.mod.FS, `${import_cli_chunk_TPG6O3EZ.B}/postgresql.conf`, new TextEncoder().encode(u2));
    }
    this.mod._pgl_setPGliteActive(1), (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, st2).call(this, { pgDataFolder: import_cli_chunk_TPG6O3EZ.B, startParams: [...r.startParams || q2.defaultStartParams, ...this.debug ? ["-d", this.debug.toString()] : []] }), (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, _t2).call(this), (0, import_cli_chunk_TPG6O3EZ.x)(this, se2, true), r.username && await this.exec(`SET ROLE ${r.username};`), await this._initArrayTypes();
    for (let u2 of _3) await u2();
  }
  globalThis.process?.env && (process.exitCode = a);
}, et2 = async function(r) {
  (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, `pglite: icuDataDir specified, removing default icu data dir at ${import_cli_chunk_TPG6O3EZ.jr}`), import_cli_chunk_TPG6O3EZ.m.rmdirRecursive(this.mod.FS, import_cli_chunk_TPG6O3EZ.jr), (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, `pglite: loading icu data from tarball ${r}`), this.mod.FS.mkdirTree(import_cli_chunk_TPG6O3EZ.jr), await (0, import_cli_chunk_TPG6O3EZ.at)(this.mod.FS, r, import_cli_chunk_TPG6O3EZ.jr);
}, tt2 = function(r) {
  (0, import_cli_chunk_TPG6O3EZ.x)(this, Se2, r.addFunction((a) => ((0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, `Postgres tried to execute ${r.UTF8ToString(a)}, returning 1.`), 1), "pi")), r._pgl_set_system_fn((0, import_cli_chunk_TPG6O3EZ.h)(this, Se2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, ye2, r.addFunction((a, o3) => {
    let _3 = r.UTF8ToString(o3), s2 = r.UTF8ToString(a);
    return this.externalCommandStreamFd = this.handleExternalCmd(s2, _3), this.externalCommandStreamFd;
  }, "ppp")), r._pgl_set_popen_fn((0, import_cli_chunk_TPG6O3EZ.h)(this, ye2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, be2, r.addFunction((a) => {
    if (a === this.externalCommandStreamFd) this.mod._fclose(this.externalCommandStreamFd), this.externalCommandStreamFd = null;
    else throw `Unhandled pclose ${a}`;
    (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "pclose_fn", a);
  }, "pi")), r._pgl_set_pclose_fn((0, import_cli_chunk_TPG6O3EZ.h)(this, be2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, ge2, r.addFunction((a, o3) => {
    let _3;
    try {
      _3 = this.mod.HEAPU8.subarray(a, a + o3);
    } catch (s2) {
      throw console.error("error", s2), s2;
    }
    if ((0, import_cli_chunk_TPG6O3EZ.h)(this, me2).parse(_3, (s2) => {
      let n = (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, rt2).call(this, s2);
      n && (0, import_cli_chunk_TPG6O3EZ.h)(this, H2).push(n);
    }), (0, import_cli_chunk_TPG6O3EZ.h)(this, ae2)) {
      let s2 = _3.slice();
      if ((0, import_cli_chunk_TPG6O3EZ.h)(this, fe2)) try {
        (0, import_cli_chunk_TPG6O3EZ.h)(this, fe2).call(this, s2);
      } catch (n) {
        (0, import_cli_chunk_TPG6O3EZ.T)(this, k2, D2).call(this, "Error in onRawData() callback", n);
      }
      else {
        let n = (0, import_cli_chunk_TPG6O3EZ.h)(this, O2) + s2.length;
        if (n > (0, import_cli_chunk_TPG6O3EZ.h)(this, z3).length) {
          let l = (0, import_cli_chunk_TPG6O3EZ.h)(this, z3).length + ((0, import_cli_chunk_TPG6O3EZ.h)(this, z3).length >> 1) + n;
          n > q2.MAX_BUFFER_SIZE && (n = q2.MAX_BUFFER_SIZE);
          let d = new Uint8Array(l);
          d.set((0, import_cli_chunk_TPG6O3EZ.h)(this, z3).subarray(0, (0, import_cli_chunk_TPG6O3EZ.h)(this, O2))), (0, import_cli_chunk_TPG6O3EZ.x)(this, z3, d);
        }
        (0, import_cli_chunk_TPG6O3EZ.h)(this, z3).set(s2, (0, import_cli_chunk_TPG6O3EZ.h)(this, O2)), (0, import_cli_chunk_TPG6O3EZ.x)(this, O2, (0, import_cli_chunk_TPG6O3EZ.h)(this, O2) + s2.length);
      }
    }
    return o3;
  }, "iii")), (0, import_cli_chunk_TPG6O3EZ.x)(this, ve2, r.addFunction((a, o3) => {
    let _3 = (0, import_cli_chunk_TPG6O3EZ.h)(this, J2).length - (0, import_cli_chunk_TPG6O3EZ.h)(this, W2);
    return _3 > o3 && (_3 = o3), this.mod.HEAP8.set((0, import_cli_chunk_TPG6O3EZ.h)(this, J2).subarray((0, import_cli_chunk_TPG6O3EZ.h)(this, W2), (0, import_cli_chunk_TPG6O3EZ.h)(this, W2) + _3), a), (0, import_cli_chunk_TPG6O3EZ.x)(this, W2, (0, import_cli_chunk_TPG6O3EZ.h)(this, W2) + _3), _3;
  }, "iii")), r._pgl_set_rw_cbs((0, import_cli_chunk_TPG6O3EZ.h)(this, ve2), (0, import_cli_chunk_TPG6O3EZ.h)(this, ge2));
}, rt2 = function(r) {
  if (!(0, import_cli_chunk_TPG6O3EZ.h)(this, U2)) {
    if (r instanceof C) (0, import_cli_chunk_TPG6O3EZ.h)(this, re) && (0, import_cli_chunk_TPG6O3EZ.x)(this, U2, r);
    else if (r instanceof Z) this.debug > 0 && console.warn(r), (0, import_cli_chunk_TPG6O3EZ.h)(this, $2) && (0, import_cli_chunk_TPG6O3EZ.h)(this, $2).call(this, r);
    else if (r instanceof K) {
      let a = (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(r.channel);
      a && a.forEach((o3) => {
        queueMicrotask(() => o3(r.payload));
      }), (0, import_cli_chunk_TPG6O3EZ.h)(this, ue2).forEach((o3) => {
        queueMicrotask(() => o3(r.channel, r.payload));
      });
    }
    return r;
  }
  return null;
}, D2 = function(...r) {
  this.debug > 0 && console.log(...r);
}, at3 = async function(r, a, o3) {
  let _3 = import_cli_chunk_TPG6O3EZ.m.toPostgresName(r), s2 = o3 ?? this;
  (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).has(_3) || (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).set(_3, /* @__PURE__ */ new Set()), (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(_3).add(a);
  try {
    await s2.exec(`LISTEN ${r}`);
  } catch (n) {
    throw (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(_3).delete(a), (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(_3)?.size === 0 && (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).delete(_3), n;
  }
  return async (n) => {
    await this.unlisten(_3, a, n);
  };
}, ot2 = async function(r, a, o3) {
  let _3 = import_cli_chunk_TPG6O3EZ.m.toPostgresName(r), s2 = o3 ?? this, n = async () => {
    await s2.exec(`UNLISTEN ${r}`), (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(_3)?.size === 0 && (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).delete(_3);
  };
  a ? ((0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(_3)?.delete(a), (0, import_cli_chunk_TPG6O3EZ.h)(this, N2).get(_3)?.size === 0 && await n()) : await n();
}, _t2 = function() {
  if ((0, import_cli_chunk_TPG6O3EZ.h)(this, he2)) throw new Error("PGlite single mode already running");
  this.mod._pgl_startPGlite(), (0, import_cli_chunk_TPG6O3EZ.x)(this, he2, true);
}, st2 = function(r) {
  let a = [...r.startParams, "-D", r.pgDataFolder, this.mod.ENV.PGDATABASE];
  if (this.mod.callMain(a) !== 99) throw new Error("PGlite failed to initialize properly");
}, nt2 = function(r) {
  (0, import_cli_chunk_TPG6O3EZ.x)(this, W2, 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, O2, 0), (0, import_cli_chunk_TPG6O3EZ.x)(this, J2, r);
  let a = this.mod._pgl_getMyProcPort();
  if (this.mod._ProcessStartupPacket(a, true, true) !== 0) throw new Error(`Cannot process startup packet + ${r.toString()}`);
  return this.mod._pgl_sendConnData(), this.mod._pgl_pq_flush(), (0, import_cli_chunk_TPG6O3EZ.x)(this, J2, []), (0, import_cli_chunk_TPG6O3EZ.h)(this, O2) ? (0, import_cli_chunk_TPG6O3EZ.h)(this, z3).subarray(0, (0, import_cli_chunk_TPG6O3EZ.h)(this, O2)) : new Uint8Array(0);
}, q2.paths = { PG_ROOT: import_cli_chunk_TPG6O3EZ.I, PGDATA: import_cli_chunk_TPG6O3EZ.B, ICU_DATA_PATH: import_cli_chunk_TPG6O3EZ.jr, INITDB_EXE_PATH: import_cli_chunk_TPG6O3EZ.Yr, POSTGRES_EXE_PATH: import_cli_chunk_TPG6O3EZ.wt }, q2.DEFAULT_RECV_BUF_SIZE = 1 * 1024 * 1024, q2.MAX_BUFFER_SIZE = Math.pow(2, 30), q2.defaultStartParams = ["--single", "-F", "-O", "-j", "-c", "search_path=public", "-c", "exit_on_error=false", "-c", "log_checkpoints=false", "-c", "max_worker_processes=0", "-c", "max_parallel_workers=0", "-c", "max_parallel_workers_per_gather=0"];
var Ye2 = q2;
(0, import_cli_chunk_TPG6O3EZ.u)();

})