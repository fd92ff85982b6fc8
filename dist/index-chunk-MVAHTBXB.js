import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  defaultExpr,
  maskTemplates,
  splitStatements,
  tokenize,
  withoutCopyData
} from "./index-chunk-CMJBBHVC.js";
import {
  setParserFlags
} from "./index-chunk-INAR34EY.js";
import {
  SERIAL_NAMES,
  makeType
} from "./index-chunk-7HFEEYRV.js";
import {
  quoteIdent,
  sqlString
} from "./index-chunk-FFEZG4PP.js";
import {
  isMysqlFamily
} from "./index-chunk-ITR6XU2S.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./index-chunk-A2GLISHG.js";

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule2 = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __migraFilename != "undefined") {
          _scriptName = __migraFilename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __migraDirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve) => {
              instantiateWasm(info, (inst) => resolve(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str2 = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str2 += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str2 += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str2 += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str2;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path) => {
          var isAbsolute = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute).join("/");
          if (!path && !isAbsolute) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute ? "/" : "") + path;
        }, dirname: (path) => {
          var result = PATH.splitPath(path), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view2) => (nodeCrypto.randomFillSync(view2), 0);
          }
          return (view2) => (crypto.getRandomValues(view2), 0);
        };
        var randomFill = (view2) => (randomFill = initRandomFill())(view2);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path = i >= 0 ? args[i] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str2) => {
          var len = 0;
          for (var i = 0; i < str2.length; ++i) {
            var c = str2.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str2, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str2.length; ++i) {
            var u = str2.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str2) => {
          if (typeof str2 != "string") return str2;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str2];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str2}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve) => dependenciesPromiseResolve = resolve);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
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
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH.isAbs(link)) {
                  link = PATH.dirname(current_path) + "/" + link;
                }
                path = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path, mode, dev) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path, mode, 0);
        }, mkdir(path, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path, mode, 0);
        }, mkdirTree(path, mode) {
          var dirs = path.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative = PATH_FS.relative(old_path, new_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative = PATH_FS.relative(new_path, old_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          var node = lookup.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path) {
          var lookup = FS.lookupPath(path);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path, mode) {
          FS.chmod(path, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: true });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode = 438) {
          if (path === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat = FS.stat(path);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path);
            lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name ? PATH.join2(parent, name) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header;
              var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
              var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev;
          HEAPU32[buf + 4 >> 2] = stat.mode;
          HEAPU32[buf + 8 >> 2] = stat.nlink;
          HEAPU32[buf + 12 >> 2] = stat.uid;
          HEAPU32[buf + 16 >> 2] = stat.gid;
          HEAPU32[buf + 20 >> 2] = stat.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime();
          var mtime = stat.mtime.getTime();
          var ctime = stat.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view2 = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view2.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view2, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve) => setTimeout(resolve, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run();
        ;
        return Module;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = PgQueryModule2;
      module.exports.default = PgQueryModule2;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule2);
  }
});

// src/frontends/sql/column-draft.ts
function newDraft(name, type, serial) {
  return { name, type, serial, notNull: false, primaryKey: false, constraints: [] };
}
function qname(name, schema) {
  return schema ? { schema, name } : { name };
}
function finishColumn(d, table, dialect) {
  const col = { name: d.name, type: d.type, nullable: !d.notNull, constraints: d.constraints };
  if (d.serial) {
    col.serial = true;
    col.nullable = false;
    const seq = `${table.schema ? `${table.schema}.` : ""}${table.name}_${d.name}_seq`;
    col.default = { text: `nextval(${sqlString(seq)}::regclass)`, volatile: true };
  }
  if (d.default) col.default = d.default;
  if (d.identity) {
    col.identity = d.identity;
    if (d.identity !== "auto" || dialect === "sqlite") col.nullable = false;
  }
  if (d.generated) col.generated = d.generated;
  if (d.collation) col.collation = d.collation;
  if (d.primaryKey && primaryKeyImpliesNotNull(d.type, dialect)) col.nullable = false;
  return col;
}
function primaryKeyImpliesNotNull(type, dialect) {
  return dialect !== "sqlite" || type.raw.trim().toUpperCase() === "INTEGER";
}
function applyTablePrimaryKey(columns, constraints, dialect, withoutRowid = false) {
  const pk = new Set(constraints.filter((c) => c.kind === "primary").flatMap((c) => c.columns));
  for (const col of columns) {
    const inline = col.constraints.some((c) => c.kind === "primary");
    if (!pk.has(col.name) && !inline) continue;
    if (withoutRowid || primaryKeyImpliesNotNull(col.type, dialect)) col.nullable = false;
  }
}
function elemModifier(collation, opclass) {
  const parts = [collation !== void 0 ? `COLLATE ${quoteIdent(collation)}` : "", opclass?.toLowerCase() ?? ""].filter(Boolean);
  return parts.length ? parts.join(" ") : void 0;
}

// src/frontends/sql/cst-util.ts
var CstUnsupported = class extends Error {
};
function src(ctx, node) {
  if (!node?.range) return "";
  return ctx.text.slice(node.range[0], node.range[1]);
}
function ident(ctx, node) {
  if (!node) return "";
  if (node.type === "identifier") {
    if (ctx.dialect !== "postgresql") return node.name;
    const quoted = node.text.startsWith('"') || /^u&"/i.test(node.text);
    return pgTruncate(quoted ? node.name : node.name.toLowerCase());
  }
  if (node.type === "keyword") return ctx.dialect === "postgresql" ? pgTruncate(node.text.toLowerCase()) : node.text;
  if (node.type === "string_literal") return node.value;
  if (node.type === "member_expr") return ident(ctx, node.property);
  if (node.type === "paren_expr") return ident(ctx, node.expr);
  return src(ctx, node);
}
function nameParts(ctx, node) {
  if (node.type === "member_expr") return [...nameParts(ctx, node.object), ident(ctx, node.property)];
  if (node.type === "bigquery_quoted_member_expr") return nameParts(ctx, node.expr);
  return [ident(ctx, node)];
}
function relName(ctx, node) {
  switch (node.type) {
    case "table_without_inheritance":
    case "table_with_inheritance":
      return relName(ctx, node.table);
    case "alias":
      return relName(ctx, node.expr);
    case "indexed_table":
    case "not_indexed_table":
      return relName(ctx, node.table);
    default: {
      const parts = nameParts(ctx, node);
      return qname(parts[parts.length - 1], parts.length > 1 ? parts[parts.length - 2] : void 0);
    }
  }
}
function kwText(kw) {
  if (!kw) return "";
  const list = Array.isArray(kw) ? kw : [kw];
  return list.map((k) => k.type === "keyword" ? k.name : "").join(" ");
}
function listItems(node) {
  if (!node) return [];
  return Array.isArray(node) ? node : node.items ?? [];
}
var NAME_BYTES = 63;
function pgTruncate(name) {
  if (name.length <= NAME_BYTES / 4 || Buffer.byteLength(name, "utf8") <= NAME_BYTES) return name;
  let bytes = 0;
  let end = 0;
  for (const ch of name) {
    const size = Buffer.byteLength(ch, "utf8");
    if (bytes + size > NAME_BYTES) break;
    bytes += size;
    end += ch.length;
  }
  return name.slice(0, end);
}

// src/frontends/sql/cst-types.ts
var LENGTH_ONE = /* @__PURE__ */ new Set(["CHAR", "CHARACTER", "BIT"]);
function cstType(ctx, dt) {
  if (!dt) return { type: makeType(ctx.dialect, "", [], { raw: "" }), serial: false };
  const raw = src(ctx, dt).replace(/\s+/g, " ").replace(ctx.dialect === "sqlite" ? /\sGENERATED ALWAYS$/i : /$^/, "");
  let node = dt;
  let array = 0;
  while (node.type === "array_data_type") {
    array++;
    node = node.dataType;
  }
  let args = [];
  if (node.type === "modified_data_type") {
    args = numericArgs(node.modifiers);
    node = node.dataType;
  }
  let name;
  let folded = false;
  switch (node.type) {
    case "data_type_name": {
      const kws = Array.isArray(node.name) ? node.name : [node.name];
      name = kws.map((k) => k.name).join(" ");
      if (ctx.dialect === "postgresql" && args.length === 0 && kws.length === 1 && LENGTH_ONE.has(kws[0].name)) args = [1];
      break;
    }
    case "time_data_type":
      name = node.timeKw.name + (node.timeZoneKw ? ` ${node.timeZoneKw[0].name} time zone` : "");
      if (node.precision && node.precision.expr.type === "number_literal") args = [node.precision.expr.value];
      break;
    case "interval_data_type":
      name = "interval";
      args = intervalPrecision(raw);
      break;
    case "identifier":
    case "member_expr":
      name = nameParts(ctx, node).join(".");
      folded = ctx.dialect === "postgresql";
      break;
    default:
      name = src(ctx, node);
  }
  name = name.replace(/^pg_catalog\./i, "");
  if (ctx.dialect === "sqlite" && /\sgenerated\s+always$/i.test(name)) name = name.replace(/\s+generated\s+always$/i, "");
  if (ctx.dialect === "postgresql" && name.toLowerCase() === "interval") args = intervalPrecision(raw);
  const serial = ctx.dialect === "postgresql" && SERIAL_NAMES.has(name.toLowerCase());
  return { type: makeType(ctx.dialect, name, args, { array, raw, folded }), serial };
}
function numericArgs(mods) {
  if (!mods || mods.type !== "paren_expr") return [];
  const inner = mods.expr;
  const items = inner.type === "list_expr" ? inner.items : [inner];
  const out = [];
  for (const it of items) if (it.type === "number_literal") out.push(it.value);
  return out;
}
function intervalPrecision(raw) {
  const m = /\(\s*(\d+)\s*\)\s*(?:\[\s*\d*\s*\]\s*)*$/.exec(raw);
  return m ? [Number(m[1])] : [];
}

// src/frontends/sql/cst-columns.ts
var NOT_NULL_OPERATOR = /* @__PURE__ */ new Set(["NOT NULL", "NOTNULL"]);
function cstColumn(ctx, def, table) {
  const name = ident(ctx, def.name);
  const { type, serial } = cstType(ctx, def.dataType);
  const d = newDraft(name, type, serial);
  for (const item of def.constraints) {
    const { inner, name: conName, modifiers } = unwrap(ctx, item);
    switch (inner.type) {
      case "constraint_null":
        break;
      case "constraint_not_null":
        d.notNull = true;
        break;
      case "constraint_default": {
        let expr = inner.expr;
        for (; ; ) {
          if (expr.type === "postfix_op_expr" && NOT_NULL_OPERATOR.has(kwText(expr.operator))) {
            d.notNull = true;
            expr = expr.expr;
          } else if (expr.type === "binary_expr" && kwText(expr.operator) === "COLLATE") {
            d.collation = ident(ctx, expr.right);
            expr = expr.left;
          } else break;
        }
        d.default = defaultExpr(src(ctx, expr), ctx.dialect);
        break;
      }
      case "constraint_auto_increment":
        d.identity = "auto";
        break;
      case "constraint_collate":
        d.collation = ident(ctx, inner.collation);
        break;
      case "constraint_generated":
        if (inner.expr.type === "identity_column") {
          d.identity = inner.generatedKw && kwText(inner.generatedKw).includes("BY DEFAULT") ? "by default" : "always";
        } else {
          d.generated = { expr: src(ctx, inner.expr.expr), stored: inner.storageKw?.name === "STORED" };
        }
        break;
      default: {
        if (inner.type === "constraint_primary_key") d.primaryKey = true;
        const c = cstConstraint(ctx, inner, [name]);
        if (c) d.constraints.push(withAttrs(c, conName, modifiers));
      }
    }
  }
  return finishColumn(d, table, ctx.dialect);
}
function unwrap(ctx, node) {
  if (node.type !== "constraint") return { inner: node, modifiers: [] };
  return {
    inner: node.constraint,
    name: node.name?.name ? ident(ctx, node.name.name) : void 0,
    modifiers: node.modifiers.map((m) => kwText(m.kw))
  };
}
function withAttrs(c, name, modifiers) {
  if (name !== void 0) c.name = name;
  if (modifiers.includes("NOT VALID")) c.notValid = true;
  if (modifiers.includes("DEFERRABLE")) c.deferrable = true;
  return c;
}
function cstConstraint(ctx, node, columnOf) {
  switch (node.type) {
    case "constraint_primary_key": {
      const c = { kind: "primary", columns: columnOf ?? [] };
      if (node.columns?.type === "existing_index") c.usingIndex = ident(ctx, node.columns.index);
      else if (node.columns) c.columns = listItems(node.columns.expr).map((s) => ident(ctx, s.expr));
      return c;
    }
    case "constraint_unique": {
      const c = { kind: "unique", columns: columnOf ?? [] };
      if (node.columns?.type === "existing_index") c.usingIndex = ident(ctx, node.columns.index);
      else if (node.columns) c.columns = listItems(node.columns.expr).map((s) => ident(ctx, s));
      return c;
    }
    case "constraint_check":
      return { kind: "check", columns: columnOf ?? [], expr: src(ctx, node.expr.expr) };
    case "references_specification":
      return { kind: "foreign", columns: columnOf ?? [], references: foreignRef(ctx, node) };
    case "constraint_foreign_key":
      return {
        kind: "foreign",
        columns: listItems(node.columns.expr).map((s) => ident(ctx, s)),
        references: foreignRef(ctx, node.references)
      };
    case "constraint_exclude": {
      const first = node.using ?? node.params;
      const columns = listItems(node.params.expr).map((p) => p.index.expr).filter((e) => e.type === "identifier").map((e) => ident(ctx, e));
      return { kind: "exclude", columns, expr: ctx.text.slice(first.range[0], node.range[1]) };
    }
    case "constraint_not_null":
      throw new CstUnsupported("NOT NULL table constraint");
    default:
      return void 0;
  }
}
function foreignRef(ctx, spec) {
  const ref = { table: relName(ctx, spec.table), columns: spec.columns ? listItems(spec.columns.expr).map((s) => ident(ctx, s)) : [] };
  for (const opt of spec.options) {
    if (opt.type !== "referential_action") continue;
    const action = kwText(opt.actionKw);
    if (action === "NO ACTION") continue;
    if (opt.eventKw.name === "DELETE") ref.onDelete = action;
    else ref.onUpdate = action;
  }
  return ref;
}

// src/frontends/sql/describe.ts
var MODIFIERS = /* @__PURE__ */ new Set(["OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "TRUSTED", "PROCEDURAL", "RECURSIVE", "CONSTRAINT", "UNIQUE", "IF", "NOT", "EXISTS", "ALGORITHM", "SQL", "SECURITY", "INVOKER", "DEFINER", "UNDEFINED", "MERGE", "TEMPTABLE", "ONLINE", "OFFLINE", "IGNORE", "AGGREGATE", "FULLTEXT", "SPATIAL"]);
var SECOND_WORD = {
  MATERIALIZED: /* @__PURE__ */ new Set(["VIEW"]),
  FOREIGN: /* @__PURE__ */ new Set(["TABLE", "DATA", "SERVER"]),
  EVENT: /* @__PURE__ */ new Set(["TRIGGER"]),
  TEXT: /* @__PURE__ */ new Set(["SEARCH"]),
  DEFAULT: /* @__PURE__ */ new Set(["PRIVILEGES"]),
  ACCESS: /* @__PURE__ */ new Set(["METHOD"]),
  USER: /* @__PURE__ */ new Set(["MAPPING"]),
  OPERATOR: /* @__PURE__ */ new Set(["CLASS", "FAMILY"]),
  LARGE: /* @__PURE__ */ new Set(["OBJECT"])
};
var OBJECT_WORDS = /* @__PURE__ */ new Set(["TABLE", "VIEW", "INDEX", "TRIGGER", "FUNCTION", "PROCEDURE", "EVENT", "SEQUENCE", "TYPE", "SCHEMA", "DATABASE"]);
var LEADING_TOKENS = 40;
function leadingWords(toks, limit) {
  const words = [];
  const usable = toks.length >= limit ? toks.length - 1 : toks.length;
  for (let k = 0; k < usable; k++) {
    const t = toks[k];
    if (t.kind === "word") words.push(t.upper);
    else if (words.length === 0) continue;
    else if (words[0] !== "CREATE" && words[0] !== "ALTER" && words[0] !== "DROP") return words;
    else words.push("");
    if (words.length > 14) return words;
  }
  return usable < toks.length ? void 0 : words;
}
function describeStatement(text, dialect) {
  const head = text.slice(0, 400);
  const words = leadingWords(tokenize(head, dialect, LEADING_TOKENS), LEADING_TOKENS) ?? leadingWords(tokenize(head, dialect), Infinity) ?? [];
  const first = words[0];
  if (!first) return "STATEMENT";
  if (first === "COMMENT" || first === "SECURITY") return words[1] ? `${first} ${words[1]}` : first;
  if (first !== "CREATE" && first !== "ALTER" && first !== "DROP") return first;
  let k = 1;
  let definer = false;
  while (k < words.length) {
    const w = words[k];
    if (w === "DEFINER") definer = true;
    if (w === "AGGREGATE" && words[k + 1] !== "FUNCTION") break;
    if (w === "" || MODIFIERS.has(w) || definer && !OBJECT_WORDS.has(w)) k++;
    else break;
  }
  const object = words[k];
  if (!object) return first;
  const second = words[k + 1];
  return second && SECOND_WORD[object]?.has(second) ? `${first} ${object} ${second}` : `${first} ${object}`;
}
var PG_ALTER_OTHER = {
  AT_SetStatistics: "ALTER COLUMN SET STATISTICS",
  AT_SetOptions: "ALTER COLUMN SET (\u2026)",
  AT_ResetOptions: "ALTER COLUMN RESET (\u2026)",
  AT_SetStorage: "ALTER COLUMN SET STORAGE",
  AT_SetCompression: "ALTER COLUMN SET COMPRESSION",
  AT_SetExpression: "ALTER COLUMN SET EXPRESSION",
  AT_DropExpression: "ALTER COLUMN DROP EXPRESSION",
  AT_AddIdentity: "ALTER COLUMN ADD GENERATED AS IDENTITY",
  AT_SetIdentity: "ALTER COLUMN SET identity option",
  AT_DropIdentity: "ALTER COLUMN DROP IDENTITY",
  AT_AlterColumnGenericOptions: "ALTER COLUMN OPTIONS (\u2026)",
  AT_AlterConstraint: "ALTER CONSTRAINT",
  AT_ChangeOwner: "OWNER TO",
  AT_ClusterOn: "CLUSTER ON",
  AT_DropCluster: "SET WITHOUT CLUSTER",
  AT_SetLogged: "SET LOGGED",
  AT_SetUnLogged: "SET UNLOGGED",
  AT_DropOids: "SET WITHOUT OIDS",
  AT_SetAccessMethod: "SET ACCESS METHOD",
  AT_SetTableSpace: "SET TABLESPACE",
  AT_SetRelOptions: "SET (\u2026)",
  AT_ResetRelOptions: "RESET (\u2026)",
  AT_ReplaceRelOptions: "SET (\u2026)",
  AT_EnableTrig: "ENABLE TRIGGER",
  AT_EnableAlwaysTrig: "ENABLE TRIGGER",
  AT_EnableReplicaTrig: "ENABLE TRIGGER",
  AT_EnableTrigAll: "ENABLE TRIGGER",
  AT_EnableTrigUser: "ENABLE TRIGGER",
  AT_DisableTrig: "DISABLE TRIGGER",
  AT_DisableTrigAll: "DISABLE TRIGGER",
  AT_DisableTrigUser: "DISABLE TRIGGER",
  AT_EnableRule: "ENABLE RULE",
  AT_EnableAlwaysRule: "ENABLE RULE",
  AT_EnableReplicaRule: "ENABLE RULE",
  AT_DisableRule: "DISABLE RULE",
  AT_AddInherit: "INHERIT",
  AT_DropInherit: "NO INHERIT",
  AT_AddOf: "OF",
  AT_DropOf: "NOT OF",
  AT_ReplicaIdentity: "REPLICA IDENTITY",
  AT_EnableRowSecurity: "ENABLE ROW LEVEL SECURITY",
  AT_DisableRowSecurity: "DISABLE ROW LEVEL SECURITY",
  AT_ForceRowSecurity: "FORCE ROW LEVEL SECURITY",
  AT_NoForceRowSecurity: "NO FORCE ROW LEVEL SECURITY",
  AT_GenericOptions: "OPTIONS (\u2026)",
  AT_DetachPartitionFinalize: "DETACH PARTITION FINALIZE"
};
var CST_ALTER_OTHER = {
  alter_action_set_statistics: PG_ALTER_OTHER.AT_SetStatistics,
  alter_action_set_storage: PG_ALTER_OTHER.AT_SetStorage,
  alter_action_set_compression: PG_ALTER_OTHER.AT_SetCompression,
  alter_action_drop_expression: PG_ALTER_OTHER.AT_DropExpression,
  alter_action_add_identity: PG_ALTER_OTHER.AT_AddIdentity,
  alter_action_alter_identity: PG_ALTER_OTHER.AT_SetIdentity,
  alter_action_drop_identity: PG_ALTER_OTHER.AT_DropIdentity,
  alter_action_alter_constraint: PG_ALTER_OTHER.AT_AlterConstraint,
  alter_action_owner_to: PG_ALTER_OTHER.AT_ChangeOwner,
  alter_action_cluster_on: PG_ALTER_OTHER.AT_ClusterOn,
  alter_action_set_without_cluster: PG_ALTER_OTHER.AT_DropCluster,
  alter_action_set_logged: PG_ALTER_OTHER.AT_SetLogged,
  alter_action_set_unlogged: PG_ALTER_OTHER.AT_SetUnLogged,
  alter_action_set_without_oids: PG_ALTER_OTHER.AT_DropOids,
  alter_action_set_access_method: PG_ALTER_OTHER.AT_SetAccessMethod,
  alter_action_set_tablespace: PG_ALTER_OTHER.AT_SetTableSpace,
  alter_action_set_postgresql_options: PG_ALTER_OTHER.AT_SetRelOptions,
  alter_action_reset_postgresql_options: PG_ALTER_OTHER.AT_ResetRelOptions,
  alter_action_inherit: PG_ALTER_OTHER.AT_AddInherit,
  alter_action_no_inherit: PG_ALTER_OTHER.AT_DropInherit,
  alter_action_of_type: PG_ALTER_OTHER.AT_AddOf,
  alter_action_not_of_type: PG_ALTER_OTHER.AT_DropOf,
  alter_action_replica_identity: PG_ALTER_OTHER.AT_ReplicaIdentity,
  alter_action_force: PG_ALTER_OTHER.AT_ForceRowSecurity,
  alter_action_no_force: PG_ALTER_OTHER.AT_NoForceRowSecurity
};
function alterOther(object, action) {
  return `ALTER ${object} ${action}`;
}

// src/frontends/sql/cst-alter.ts
function cstAlterTable(ctx, stmt) {
  const table = relName(ctx, stmt.table);
  return stmt.actions.items.map((a) => alterAction(ctx, table, a));
}
function alterAction(ctx, table, a) {
  switch (a.type) {
    case "alter_action_rename":
      return { kind: "rename_table", table, newName: relName(ctx, a.newName) };
    case "alter_action_set_schema":
      return { kind: "rename_table", table, newName: { schema: ident(ctx, a.schema), name: table.name } };
    case "alter_action_rename_column":
      return { kind: "rename_column", table, column: ident(ctx, a.oldName), newName: ident(ctx, a.newName) };
    case "alter_action_add_column":
      return { kind: "add_column", table, column: cstColumn(ctx, a.column, table), ifNotExists: !!a.ifNotExistsKw };
    case "alter_action_drop_column":
      return { kind: "drop_column", table, column: ident(ctx, a.column), ifExists: !!a.ifExistsKw, cascade: a.behaviorKw?.name === "CASCADE" };
    case "alter_action_alter_column":
      return alterColumn(ctx, table, ident(ctx, a.column), a.action);
    case "alter_action_add_constraint": {
      const { inner } = unwrap(ctx, a.constraint);
      const c = cstConstraint(ctx, inner);
      if (!c) return { kind: "other", description: alterOther("TABLE", "ADD CONSTRAINT") };
      const name = a.name ? ident(ctx, a.name.name) : void 0;
      return { kind: "add_constraint", table, constraint: withAttrs(c, name, a.modifiers.map((m) => kwText(m.kw))) };
    }
    case "alter_action_validate_constraint":
      return { kind: "validate_constraint", table, name: ident(ctx, a.constraint) };
    case "alter_action_drop_constraint":
      return { kind: "drop_constraint", table, name: ident(ctx, a.constraint), ifExists: !!a.ifExistsKw, cascade: a.behaviorKw?.name === "CASCADE" };
    case "alter_action_rename_constraint":
      return { kind: "rename_constraint", table, name: ident(ctx, a.oldName), newName: ident(ctx, a.newName) };
    case "alter_action_enable":
    case "alter_action_disable": {
      const verb = a.type === "alter_action_enable" ? "ENABLE" : "DISABLE";
      const item = a.item.type === "toggle_trigger" ? "TRIGGER" : a.item.type === "toggle_rule" ? "RULE" : "ROW LEVEL SECURITY";
      return { kind: "other", description: alterOther("TABLE", `${verb} ${item}`) };
    }
    default:
      return { kind: "other", description: alterOther("TABLE", CST_ALTER_OTHER[a.type] ?? src(ctx, a).split(/\s+/).slice(0, 2).join(" ").toUpperCase()) };
  }
}
function alterColumn(ctx, table, column, action) {
  switch (action.type) {
    case "alter_action_set_default":
      return { kind: "set_default", table, column, default: defaultExpr(src(ctx, action.expr), ctx.dialect) };
    case "alter_action_drop_default":
      return { kind: "drop_default", table, column };
    case "alter_action_set_not_null":
      return { kind: "set_not_null", table, column };
    case "alter_action_drop_not_null":
      return { kind: "drop_not_null", table, column };
    case "alter_action_set_data_type": {
      const op = { kind: "alter_column_type", table, column, type: cstType(ctx, action.dataType).type };
      const using = action.clauses.find((c) => c.type === "set_data_type_using_clause");
      if (using) op.using = src(ctx, using.expr);
      return op;
    }
    case "alter_action_set_postgresql_options":
      return { kind: "other", description: alterOther("TABLE", "ALTER COLUMN SET (\u2026)") };
    case "alter_action_reset_postgresql_options":
      return { kind: "other", description: alterOther("TABLE", "ALTER COLUMN RESET (\u2026)") };
    default:
      return { kind: "other", description: alterOther("TABLE", CST_ALTER_OTHER[action.type] ?? "ALTER COLUMN") };
  }
}

// src/frontends/sql/cst-select.ts
function selectShape(ctx, node) {
  if (!node) return void 0;
  switch (node.type) {
    case "paren_expr":
      return selectShape(ctx, node.expr);
    case "compound_select_stmt": {
      const left = selectShape(ctx, node.left);
      const right = selectShape(ctx, node.right);
      if (!left) return void 0;
      if (right && right.columns.length === left.columns.length) left.union = [...left.union ?? [], right, ...right.union ?? []];
      return left;
    }
    case "select_stmt":
      return plainSelect(ctx, node);
    default:
      return void 0;
  }
}
function plainSelect(ctx, node) {
  const shape = { columns: [], from: [] };
  for (const clause of node.clauses) {
    if (clause.type === "with_clause") return void 0;
    if (clause.type === "select_clause") {
      for (const item of listItems(clause.columns)) {
        if (item.type === "all_columns" || item.type === "member_expr" && item.property.type === "all_columns") return void 0;
        const aliased = item.type === "alias";
        const expr = aliased ? item.expr : item;
        shape.columns.push({ name: aliased ? ident(ctx, item.alias) : outputName(ctx, expr), value: valueOf(ctx, expr) });
      }
    } else if (clause.type === "from_clause") {
      if (!fromItems(ctx, clause.expr, shape.from)) return void 0;
    }
  }
  return shape.columns.length ? shape : void 0;
}
function fromItems(ctx, node, out) {
  switch (node.type) {
    case "join_expr":
      return fromItems(ctx, node.left, out) && fromItems(ctx, node.right, out);
    case "list_expr":
      return node.items.every((n) => fromItems(ctx, n, out));
    case "alias": {
      const alias = ident(ctx, node.alias);
      const inner = node.expr;
      if (inner.type === "paren_expr") {
        const sub = selectShape(ctx, inner);
        if (sub) out.push({ alias, sub });
        return !!sub;
      }
      out.push({ alias, table: relName(ctx, inner) });
      return true;
    }
    case "paren_expr": {
      const sub = selectShape(ctx, node);
      if (sub) out.push({ alias: "", sub });
      return !!sub;
    }
    case "identifier":
    case "member_expr":
    case "table_without_inheritance":
    case "table_with_inheritance": {
      const table = relName(ctx, node);
      out.push({ alias: table.name, table });
      return true;
    }
    default:
      return false;
  }
}
function outputName(ctx, expr) {
  switch (expr.type) {
    case "identifier":
      return ident(ctx, expr);
    case "member_expr":
      return ident(ctx, expr.property);
    case "func_call":
      return nameParts(ctx, expr.name).pop() ?? "?column?";
    case "cast_operator_expr": {
      const inner = outputName(ctx, expr.left);
      return inner !== "?column?" ? inner : typeName(ctx, expr.right);
    }
    case "cast_expr": {
      const arg = castArg(expr);
      const inner = outputName(ctx, arg.expr);
      return inner !== "?column?" ? inner : typeName(ctx, arg.dataType);
    }
    case "paren_expr":
      return outputName(ctx, expr.expr);
    default:
      return "?column?";
  }
}
function typeName(ctx, dt) {
  const PG_NAMES = { integer: "int4", bigint: "int8", smallint: "int2", boolean: "bool", timestamptz: "timestamptz", varchar: "varchar", "double precision": "float8", real: "float4" };
  const t = cstType(ctx, dt).type;
  return PG_NAMES[t.name] ?? t.name;
}
var BOOLEAN_OPS = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">=", "AND", "OR", "IS", "IS NOT", "LIKE", "ILIKE", "NOT LIKE", "IN", "NOT IN", "IS DISTINCT FROM", "IS NOT DISTINCT FROM"]);
var SAME_TYPE_FUNCS = /* @__PURE__ */ new Set(["min", "max", "coalesce", "greatest", "least"]);
function valueOf(ctx, expr) {
  switch (expr.type) {
    case "identifier":
      return { kind: "column", column: ident(ctx, expr) };
    case "member_expr": {
      const parts = nameParts(ctx, expr);
      return { kind: "column", rel: parts[parts.length - 2], column: parts[parts.length - 1] };
    }
    case "paren_expr":
      return valueOf(ctx, expr.expr);
    case "cast_operator_expr":
      return { kind: "type", type: cstType(ctx, expr.right).type };
    case "cast_expr":
      return { kind: "type", type: cstType(ctx, castArg(expr).dataType).type };
    case "null_literal":
      return { kind: "null" };
    case "boolean_literal":
      return { kind: "type", type: makeType(ctx.dialect, "boolean") };
    case "string_literal":
      return { kind: "type", type: makeType(ctx.dialect, "text") };
    case "number_literal":
      return { kind: "type", type: makeType(ctx.dialect, Number.isInteger(expr.value) && !/[.e]/i.test(expr.text) ? Math.abs(expr.value) < 2 ** 31 ? "integer" : "bigint" : "numeric") };
    case "binary_expr": {
      const op = (typeof expr.operator === "string" ? expr.operator : [].concat(expr.operator).map((k) => k.text).join(" ")).toUpperCase();
      return BOOLEAN_OPS.has(op) ? { kind: "type", type: makeType(ctx.dialect, "boolean") } : { kind: "unknown" };
    }
    case "postfix_op_expr":
    case "between_expr":
      return { kind: "type", type: makeType(ctx.dialect, "boolean") };
    case "func_call": {
      const name = (nameParts(ctx, expr.name).pop() ?? "").toLowerCase();
      const args = funcArgs(expr);
      if (name === "count") return { kind: "type", type: makeType(ctx.dialect, "bigint") };
      if (name === "now") return { kind: "type", type: makeType(ctx.dialect, "timestamptz") };
      if (SAME_TYPE_FUNCS.has(name) && args.length) return { kind: "same", of: valueOf(ctx, args[0]) };
      return { kind: "unknown" };
    }
    default:
      return { kind: "unknown" };
  }
}
function castArg(expr) {
  const args = expr.args;
  return args.expr;
}
function funcArgs(expr) {
  const args = expr.args;
  const list = args?.expr?.args;
  return list ? listItems(list) : [];
}

// src/frontends/sql/cst-parser.ts
var parser;
var loading;
function loadCstParser() {
  loading ??= setParserFlags().then(() => import("./index-chunk-UVUCNWXZ.js")).then((m) => {
    parser = m.parse ?? m.default?.parse;
  });
  return loading;
}
function cstParse(text, options) {
  if (!parser) throw new Error("sql-parser-cst is not loaded: await loadCstParser() first");
  return parser(text, options);
}

// src/frontends/sql/cst-map.ts
var OPTIONS = {
  postgresql: { dialect: "postgresql", includeRange: true, paramTypes: ["$nr"] },
  sqlite: { dialect: "sqlite", includeRange: true, paramTypes: ["?", "?nr", ":name", "$name", "@name"] }
};
function parserOptions(dialect) {
  return OPTIONS[dialect];
}
function mapCstStatement(text, dialect) {
  return mapProgram(cstParse(text, OPTIONS[dialect]), text, dialect);
}
function mapProgram(program, text, dialect) {
  const ctx = { text, dialect };
  return program.statements.filter((s) => s.type !== "empty").flatMap((s) => mapStatement(ctx, s));
}
function mapStatement(ctx, s) {
  const other = () => [{ kind: "other", description: describeStatement(src(ctx, s), ctx.dialect) }];
  const role = roleSetting(ctx, s);
  if (role) return [role];
  switch (s.type) {
    case "create_table_stmt":
      if (kwText(s.kind?.kindKw) === "FOREIGN") return other();
      return [createTable(ctx, s)];
    case "drop_table_stmt":
      return listItems(s.tables).map((t) => ({ kind: "drop_table", table: relName(ctx, t), ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === "CASCADE" }));
    case "alter_table_stmt":
      return cstAlterTable(ctx, s);
    case "create_index_stmt":
      return [createIndex(ctx, s)];
    case "drop_index_stmt":
      return listItems(s.indexes).map((i) => {
        const op = { kind: "drop_index", name: relName(ctx, i), concurrently: !!s.concurrentlyKw, ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === "CASCADE" };
        if (s.table) op.table = relName(ctx, s.table);
        return op;
      });
    case "alter_index_stmt":
      if (s.action.type === "alter_action_rename") return [{ kind: "rename_index", name: relName(ctx, s.index), newName: lastPart(ctx, s.action.newName) }];
      return other();
    case "reindex_stmt": {
      const target = s.targetKw?.name.toLowerCase() ?? (s.name ? "index" : "database");
      const concurrently = !!s.concurrentlyKw || listItems(s.options?.expr).some((o) => o.type === "reindex_option_concurrently" && o.value?.value !== false);
      return [{ kind: "reindex", target, name: s.name ? relName(ctx, s.name) : { name: "" }, concurrently }];
    }
    case "create_type_stmt":
      if (s.definition?.type !== "enum_type_definition") return other();
      return [{ kind: "create_enum", name: relName(ctx, s.name), values: listItems(s.definition.values.expr).map((v) => v.value) }];
    case "alter_type_stmt":
      return s.actions.items.map((a) => {
        const name = relName(ctx, s.name);
        if (a.type === "alter_action_add_enum_value") {
          const op = { kind: "add_enum_value", name, value: a.value.value, ifNotExists: !!a.ifNotExistsKw };
          if (a.position?.positionKw.name === "BEFORE") op.before = a.position.value.value;
          if (a.position?.positionKw.name === "AFTER") op.after = a.position.value.value;
          return op;
        }
        if (a.type === "alter_action_rename_enum_value") return { kind: "rename_enum_value", name, value: a.oldValue.value, newValue: a.newValue.value };
        if (a.type === "alter_action_rename") return { kind: "rename_type", name, newName: { name: lastPart(ctx, a.newName) } };
        return { kind: "other", description: describeStatement(src(ctx, s), ctx.dialect) };
      });
    case "drop_type_stmt":
      return listItems(s.types).map((t) => ({ kind: "drop_type", name: relName(ctx, t), ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === "CASCADE" }));
    case "create_view_stmt":
      return [{ kind: "create_view", name: relName(ctx, s.name), materialized: s.kinds.some((k) => kwText(k.kindKw) === "MATERIALIZED"), orReplace: !!s.orReplaceKw }];
    case "drop_view_stmt":
      return listItems(s.views).map((v) => ({ kind: "drop_view", name: relName(ctx, v), materialized: kwText(s.kind?.kindKw) === "MATERIALIZED", ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === "CASCADE" }));
    case "refresh_materialized_view_stmt":
      return [{ kind: "refresh_materialized_view", name: relName(ctx, s.name), concurrently: !!s.concurrentlyKw }];
    case "create_schema_stmt": {
      if (s.createSchemaKw[1].name === "DATABASE") return other();
      const auth = s.clauses.find((c) => c.type === "create_schema_authorization_clause");
      const name = s.name ? lastPart(ctx, s.name) : auth ? ident(ctx, auth.role) : "";
      return [{ kind: "create_schema", name, ifNotExists: !!s.ifNotExistsKw }];
    }
    case "drop_schema_stmt":
      return listItems(s.schemas).map((x) => ({ kind: "drop_schema", name: lastPart(ctx, x), ifExists: !!s.ifExistsKw, cascade: s.behaviorKw?.name === "CASCADE", database: s.dropSchemaKw[1].name === "DATABASE" }));
    case "truncate_stmt":
      return [{ kind: "truncate", tables: listItems(s.tables).map((t) => relName(ctx, t)), cascade: s.behaviorKw?.name === "CASCADE" }];
    case "update_stmt":
    case "delete_stmt":
    case "insert_stmt":
      return [dataChange(ctx, s)];
    case "start_transaction_stmt":
      return [{ kind: "transaction", action: "begin" }];
    case "commit_transaction_stmt":
      return [{ kind: "transaction", action: "commit" }];
    case "rollback_transaction_stmt":
      return s.savepoint ? other() : [{ kind: "transaction", action: "rollback" }];
    case "set_parameter_stmt":
      return [{ kind: "set_setting", name: ident(ctx, s.name).toLowerCase(), value: listItems(s.value).map((v) => settingValue(ctx, v)).join(", "), local: s.modifierKw?.name === "LOCAL" }];
    case "set_time_zone_parameter_stmt":
      return [{ kind: "set_setting", name: "timezone", value: settingValue(ctx, s.value), local: s.modifierKw?.name === "LOCAL" }];
    case "reset_parameter_stmt":
      if (s.name.type === "all_parameters") return other();
      return [{ kind: "set_setting", name: ident(ctx, s.name).toLowerCase(), value: "DEFAULT", local: false }];
    case "pragma_stmt":
      if (s.pragma.type !== "pragma_assignment") return other();
      return [{ kind: "set_setting", name: nameParts(ctx, s.pragma.name).join(".").toLowerCase(), value: settingValue(ctx, s.pragma.value), local: false }];
    case "analyze_stmt": {
      const tables = listItems(s.tables);
      if (!tables.length) return [{ kind: "maintenance", action: "analyze" }];
      return tables.map((t) => ({ kind: "maintenance", action: "analyze", table: relName(ctx, t) }));
    }
    case "vacuum_stmt":
      return [{ kind: "maintenance", action: "vacuum" }];
    default:
      return other();
  }
}
function roleSetting(ctx, n) {
  if (n.type === "reset_role_stmt") return { kind: "set_setting", name: "role", value: "DEFAULT", local: false };
  if (n.type !== "set_role_stmt") return void 0;
  const value = n.name.type === "keyword" ? n.name.text.toLowerCase() : settingValue(ctx, n.name);
  return { kind: "set_setting", name: "role", value, local: n.scopeKw?.name === "LOCAL" };
}
function lastPart(ctx, n) {
  const parts = nameParts(ctx, n);
  return parts[parts.length - 1];
}
function createTable(ctx, s) {
  const table = relName(ctx, s.name);
  const columns = [];
  const constraints = [];
  for (const el of listItems(s.columns?.expr)) {
    if (el.type === "column_definition") {
      if (!el.dataType && ctx.dialect === "postgresql") continue;
      columns.push(cstColumn(ctx, el, table));
      continue;
    }
    const { inner, name, modifiers } = unwrap(ctx, el);
    const c = cstConstraint(ctx, inner);
    if (c) constraints.push(withAttrs(c, name, modifiers));
  }
  const kind = kwText(s.kind?.kindKw);
  const withoutRowid = listItems(s.options).some((o) => kwText(o.name) === "WITHOUT ROWID");
  applyTablePrimaryKey(columns, constraints, ctx.dialect, withoutRowid);
  const borrowed = listItems(s.columns?.expr).some((el) => el.type === "create_table_like_clause") || s.clauses.some((c) => c.type === "create_table_inherits_clause");
  const op = {
    kind: "create_table",
    table,
    columns,
    constraints,
    ifNotExists: !!s.ifNotExistsKw,
    temporary: /TEMP/.test(kind),
    asSelect: borrowed || s.clauses.some((c) => c.type === "as_clause")
  };
  const asClause = s.clauses.find((c) => c.type === "as_clause");
  if (asClause && ctx.dialect === "postgresql" && !borrowed && !listItems(s.columns?.expr).length) {
    const select = selectShape(ctx, asClause.expr);
    if (select) op.select = select;
  }
  if (s.partitionOf) op.partitionOf = relName(ctx, s.partitionOf.table);
  if (s.clauses.some((c) => c.type === "create_table_partition_by_clause")) op.partitioned = true;
  return op;
}
function createIndex(ctx, s) {
  const elems = [];
  if (s.columns.expr.type === "list_expr") {
    for (const spec of s.columns.expr.items) {
      let e = spec.expr;
      let collation;
      if (e.type === "binary_expr" && kwText(e.operator) === "COLLATE" && e.left.type === "identifier") {
        collation = ident(ctx, e.right);
        e = e.left;
      }
      const col = e.type === "identifier" ? e : e.type === "paren_expr" && e.expr.type === "identifier" ? e.expr : void 0;
      const el = col ? { column: ident(ctx, col) } : { expr: src(ctx, e) };
      if (spec.direction?.type === "sort_direction_desc") el.desc = true;
      const modifier = elemModifier(collation, spec.opclass ? ident(ctx, spec.opclass.name) : void 0);
      if (modifier) el.modifier = modifier;
      elems.push(el);
    }
  }
  const op = {
    kind: "create_index",
    table: relName(ctx, s.table),
    elems,
    unique: s.indexTypeKw?.name === "UNIQUE",
    concurrently: !!s.concurrentlyKw,
    ifNotExists: !!s.ifNotExistsKw
  };
  if (s.name) op.name = lastPart(ctx, s.name);
  if (ctx.dialect === "postgresql") op.method = s.using ? ident(ctx, s.using.method).toLowerCase() : "btree";
  for (const c of s.clauses) {
    if (c.type === "where_clause") op.where = src(ctx, c.expr);
    else if (c.type === "index_include_clause") op.include = listItems(c.columns.expr).map((i) => ident(ctx, i));
  }
  return op;
}
function dataChange(ctx, s) {
  let table = { name: "" };
  let verb = "insert";
  let hasWhere = false;
  for (const c of s.clauses) {
    if (c.type === "update_clause") {
      verb = "update";
      table = relName(ctx, c.tables.items[0]);
    } else if (c.type === "delete_clause") {
      verb = "delete";
      table = relName(ctx, c.tables.items[0]);
    } else if (c.type === "insert_clause") {
      table = relName(ctx, c.table);
    } else if (c.type === "where_clause" || c.type === "where_current_of_clause") {
      hasWhere = true;
    }
  }
  return { kind: "data_change", verb, table, hasWhere };
}
function settingValue(ctx, v) {
  switch (v.type) {
    case "string_literal":
      return v.value;
    case "number_literal":
      return v.text;
    case "boolean_literal":
    case "boolean_on_off_literal":
      return src(ctx, v).toLowerCase();
    case "identifier":
      return ident(ctx, v);
    case "default":
    case "local_parameter_value":
      return "DEFAULT";
    case "keyword":
      return v.text.toLowerCase();
    default:
      return src(ctx, v);
  }
}

// src/frontends/sql/cst-batch.ts
var SEPARATOR = ";\n";
var BATCH = 48;
function mapCstStatements(texts, dialect) {
  const out = new Array(texts.length);
  const tried = [];
  for (let k = 0; k < texts.length; k++) {
    if (dialect === "postgresql" && NOT_IN_PG_GRAMMAR.test(texts[k])) out[k] = { error: new CstUnsupported("not in the sql-parser-cst grammar") };
    else tried.push(k);
  }
  const triedTexts = tried.map((k) => texts[k]);
  const results = new Array(tried.length);
  for (let from = 0; from < tried.length; from += BATCH) batch(triedTexts, dialect, from, Math.min(from + BATCH, tried.length), results);
  tried.forEach((k, i) => out[k] = results[i]);
  return out;
}
var NOT_IN_PG_GRAMMAR = /^(?:VACUUM|CLUSTER|COPY|LOCK|CHECKPOINT|DISCARD|LISTEN|NOTIFY|UNLISTEN|LOAD|REASSIGN|SECURITY\s+LABEL|IMPORT\s+FOREIGN|DROP\s+OWNED|ALTER\s+EXTENSION|PREPARE\s+TRANSACTION|CREATE\s+(?:STATISTICS|RULE|CAST|COLLATION|AGGREGATE|OPERATOR|TEXT\s+SEARCH|SERVER|EVENT\s+TRIGGER|TABLESPACE|DATABASE|CONVERSION|TRANSFORM|ACCESS\s+METHOD))\b/i;
function single(text, dialect) {
  try {
    return { ops: mapProgram(cstParse(text, parserOptions(dialect)), text, dialect) };
  } catch (error) {
    return { error };
  }
}
function batch(texts, dialect, from, to, out) {
  if (from >= to) return;
  if (to - from === 1) {
    out[from] = single(texts[from], dialect);
    return;
  }
  const starts = [];
  let joined = "";
  for (let k = from; k < to; k++) {
    if (k > from) joined += SEPARATOR;
    starts.push(joined.length);
    joined += texts[k];
  }
  let program;
  try {
    program = cstParse(joined, parserOptions(dialect));
  } catch (e) {
    const at = errorOffset(e, joined);
    const k = at === void 0 ? -1 : from + lastAtOrBefore(starts, at);
    if (k < from) {
      const mid = from + to >> 1;
      batch(texts, dialect, from, mid, out);
      batch(texts, dialect, mid, to, out);
      return;
    }
    batch(texts, dialect, from, k, out);
    out[k] = single(texts[k], dialect);
    batch(texts, dialect, k + 1, to, out);
    return;
  }
  const groups = Array.from({ length: to - from }, () => []);
  for (const s of program.statements) {
    if (s.type === "empty" || !s.range) continue;
    const g = lastAtOrBefore(starts, s.range[0]);
    if (g < 0 || s.range[1] > starts[g] + texts[from + g].length) {
      for (let k = from; k < to; k++) out[k] = single(texts[k], dialect);
      return;
    }
    groups[g].push(s);
  }
  for (let g = 0; g < groups.length; g++) {
    try {
      out[from + g] = { ops: mapProgram({ ...program, statements: groups[g] }, joined, dialect) };
    } catch (error) {
      out[from + g] = { error };
    }
  }
}
function lastAtOrBefore(starts, pos) {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (starts[mid] <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function errorOffset(e, text) {
  const m = /\n--> .*:(\d+):(\d+)\n/.exec(e instanceof Error ? e.message : "");
  if (!m) return void 0;
  const line = Number(m[1]);
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", offset);
    if (nl < 0) return void 0;
    offset = nl + 1;
  }
  return offset + Number(m[2]) - 1;
}

// src/frontends/sql/pg-nodes.ts
function nodeType(n) {
  if (!n) return "";
  for (const k in n) return k;
  return void 0;
}
function nodeBody(n) {
  if (!n) return {};
  for (const k in n) return n[k];
  return void 0;
}
function str(n) {
  return n?.String?.sval ?? "";
}
function strings(list) {
  return (list ?? []).map(str);
}
function rel(r) {
  return qname(r?.relname ?? "", r?.schemaname);
}
function nameList(list) {
  const parts = strings(list);
  return qname(parts[parts.length - 1] ?? "", parts.length > 1 ? parts[parts.length - 2] : void 0);
}
function intConst(n) {
  const c = n?.A_Const;
  if (!c || !c.ival) return void 0;
  return c.ival.ival ?? 0;
}
function relationsRead(query) {
  const ctes = /* @__PURE__ */ new Set();
  const found = [];
  const walk = (v) => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (!v || typeof v !== "object") return;
    for (const k in v) {
      const x = v[k];
      if (k === "RangeVar") found.push(x);
      else if (k === "CommonTableExpr") {
        const name = x.ctename;
        if (name) ctes.add(name);
      }
      walk(x);
    }
  };
  walk(query);
  return readsOf(found, ctes);
}
function readsOf(found, ctes) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const r of found) {
    if (!r.relname || !r.schemaname && ctes.has(r.relname)) continue;
    const key = `${r.schemaname ?? ""}.${r.relname}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rel(r));
  }
  return out;
}

// src/frontends/sql/pg-text.ts
var COLUMN_STOPS = /* @__PURE__ */ new Set(["NOT", "NULL", "DEFAULT", "PRIMARY", "REFERENCES", "CHECK", "UNIQUE", "CONSTRAINT", "COLLATE", "GENERATED", "USING", "DEFERRABLE", "INITIALLY", "COMPRESSION", "STORAGE", "ENFORCED"]);
var CONSTRAINT_STOPS = /* @__PURE__ */ new Set(["NOT", "DEFERRABLE", "INITIALLY", "ENFORCED", "NO"]);
var PgText = class _PgText {
  constructor(text, whole = false) {
    this.text = text;
    this.whole = whole;
  }
  text;
  whole;
  tokens;
  byteToChar;
  /** A window's lexing state: where the next batch starts, and whether the text is all lexed. */
  lexing;
  /**
   * Tokenized on first use: most statements of a history (inserts, updates, functions, most
   * creates) are mapped from the tree alone, and tokenizing every one was a tenth of a cold parse.
   */
  get toks() {
    return this.tokens ??= tokenize(this.text, "postgresql");
  }
  /** Index of the first token at or after a libpg-query location. */
  tokAt(location) {
    const pos = this.charAt(location);
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.toks[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /**
   * `run(tokAt(location), stops)`, or with `after`, the run after the first depth-0 `after` word
   * from there (`run(find(after, tokAt(location)) + 1, stops)`): from a window when it can be.
   */
  runAt(location, stops, after) {
    const w = this.window(location);
    if (w) {
      const k = after === void 0 ? 0 : w.find(after, 0);
      if (k >= 0) return w.run(after === void 0 ? k : k + 1, stops);
    }
    const at = this.tokAt(location);
    return this.run(after === void 0 ? at : this.find(after, at) + 1, stops);
  }
  /** `inner(find(after, tokAt(location)) + 1)`: the text inside the brackets after that word. */
  innerAt(location, after) {
    const w = this.window(location);
    if (w) {
      const k = w.find(after, 0);
      if (k >= 0) return w.inner(k + 1);
    }
    return this.inner(this.find(after, this.tokAt(location)) + 1);
  }
  /**
   * The statement's text from a location on, lexed lazily: undefined when the whole statement is
   * tokenized anyway, or when the location may not start one of its tokens (the window's tokens
   * would then not be the statement's). libpg-query's locations start tokens outside quotes and
   * comments; one after a space, `(` or `,` starts a token of the statement's too.
   */
  window(location) {
    if (this.tokens || this.whole || location === void 0 || location < 0) return void 0;
    const pos = this.charAt(location);
    const c = this.text.charCodeAt(pos);
    if (pos >= this.text.length || isSpace(c) || pos === 0) return void 0;
    const p = this.text.charCodeAt(pos - 1);
    if (!isSpace(p) && p !== 40 && p !== 44) return void 0;
    const w = new _PgText(this.text, true);
    w.tokens = [];
    w.lexing = { at: pos, done: false };
    return w;
  }
  /** Whether token k exists; a window lexes on until it does or the text ends. */
  has(k) {
    const toks = this.toks;
    if (k < toks.length) return true;
    const lexing = this.lexing;
    while (lexing && !lexing.done && k >= toks.length) {
      const batch2 = tokenize(this.text, "postgresql", WINDOW_BATCH, lexing.at);
      if (batch2.length < WINDOW_BATCH) lexing.done = true;
      const last = batch2[batch2.length - 1];
      if (!lexing.done && last.kind === "word" && last.upper === "E" && this.text.charCodeAt(last.end) === 39) {
        batch2.pop();
        lexing.at = last.start;
      } else if (last) lexing.at = last.end;
      for (const t of batch2) toks.push(t);
    }
    return k < toks.length;
  }
  /** Char offset of a libpg-query location (UTF-8 bytes). */
  charAt(location) {
    const map = this.byteToChar ??= /[^\x00-\x7f]/.test(this.text) ? byteMap(this.text) : null;
    return location === void 0 || location < 0 ? 0 : map ? map[Math.min(location, map.length - 1)] : location;
  }
  upper(k) {
    return this.has(k) ? this.toks[k].upper : "";
  }
  /** Source text from token a to token b, both included. */
  slice(a, b) {
    if (a > b || !this.has(a)) return "";
    return this.text.slice(this.toks[a].start, this.toks[b].end);
  }
  /** Index of the token closing the bracket opened at `open`. */
  close(open) {
    let depth = 0;
    for (let k = open; this.has(k); k++) {
      const u = this.toks[k].upper;
      if (u === "(" || u === "[") depth++;
      else if (u === ")" || u === "]") {
        if (--depth === 0) return k;
      }
    }
    return this.toks.length - 1;
  }
  /**
   * Last token of the run starting at `from` that stops before a depth-0 comma, an unopened
   * closing bracket, `;`, or (once the run is not empty) one of `stops`.
   */
  runEnd(from, stops) {
    let k = from;
    while (this.has(k)) {
      const t = this.toks[k];
      if (t.upper === "," || t.upper === ")" || t.upper === "]" || t.upper === ";") break;
      if (k > from && t.kind === "word" && stops?.has(t.upper) && !this.withTimeZone(k)) break;
      if (t.upper === "WITH" && this.upper(k + 1) === "OPTIONS") break;
      k = t.upper === "(" || t.upper === "[" ? this.close(k) + 1 : k + 1;
    }
    return k - 1;
  }
  /** The text of the run starting at `from` (see runEnd). */
  run(from, stops) {
    return this.slice(from, this.runEnd(from, stops));
  }
  /** First depth-0 token with this upper-case text in [from, to), or -1. */
  find(word, from, to = Infinity) {
    let depth = 0;
    for (let k = from; k < to && this.has(k); k++) {
      const u = this.toks[k].upper;
      if (depth === 0 && u === word) return k;
      if (u === "(" || u === "[") depth++;
      else if (u === ")" || u === "]") {
        if (--depth < 0) return -1;
      }
    }
    return -1;
  }
  /** Text inside the parentheses that open at `open`. */
  inner(open) {
    return this.slice(open + 1, this.close(open) - 1);
  }
  /** [first, last] token ranges of the depth-0 comma-separated items in [from, to]. */
  items(from, to) {
    const out = [];
    let start = from;
    let k = from;
    while (k <= to) {
      const u = this.toks[k].upper;
      if (u === "(" || u === "[") {
        k = this.close(k) + 1;
        continue;
      }
      if (u === ",") {
        out.push([start, k - 1]);
        start = k + 1;
      }
      k++;
    }
    if (start <= to) out.push([start, to]);
    return out;
  }
  /** Skip a possibly qualified name (`a`, `"a".b`, `a.b.c`) starting at `k`; returns the next index. */
  skipName(k) {
    let i = k + 1;
    while (this.upper(i) === "." && this.has(i + 1)) i += 2;
    return i;
  }
  /** `timestamp WITH TIME ZONE`: a type's own WITH, not a stop. */
  withTimeZone(k) {
    return (this.upper(k) === "WITH" || this.upper(k) === "WITHOUT") && this.upper(k + 1) === "TIME";
  }
};
var WINDOW_BATCH = 6;
function isSpace(c) {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}
function byteMap(text) {
  const bytes = Buffer.byteLength(text, "utf8");
  const map = new Int32Array(bytes + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const len = c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 56319 ? 4 : 3;
    for (let j = 0; j < len; j++) map[b + j] = i;
    b += len;
    if (len === 4) i++;
  }
  map[bytes] = text.length;
  return map;
}

// src/frontends/sql/pg-columns.ts
function pgType(t, tn) {
  let names = strings(tn.names);
  if (names.length > 1 && names[0] === "pg_catalog") names = names.slice(1);
  const name = names.join(".");
  const mods = (tn.typmods ?? []).map(intConst).filter((v) => v !== void 0);
  const args = name === "interval" ? mods.slice(1, 2) : mods;
  const raw = t.runAt(tn.location, COLUMN_STOPS).replace(/\s+/g, " ");
  return { type: makeType("postgresql", name, args, { array: tn.arrayBounds?.length ?? 0, raw, folded: true }), serial: SERIAL_NAMES.has(name) };
}
function pgColumn(t, cd, table) {
  const name = cd.colname ?? "";
  const { type, serial } = cd.typeName ? pgType(t, cd.typeName) : { type: makeType("postgresql", "", [], { raw: "" }), serial: false };
  const d = newDraft(name, type, serial);
  if (cd.collClause) d.collation = strings(cd.collClause.collname).pop();
  let last;
  for (const n of cd.constraints ?? []) {
    const c = nodeBody(n);
    switch (c.contype) {
      case "CONSTR_NULL":
        break;
      case "CONSTR_NOTNULL":
        d.notNull = true;
        break;
      case "CONSTR_DEFAULT":
        d.default = defaultExpr(t.runAt(c.location, COLUMN_STOPS, "DEFAULT"), "postgresql");
        break;
      case "CONSTR_IDENTITY":
        d.identity = c.generated_when === "d" ? "by default" : "always";
        break;
      case "CONSTR_GENERATED":
        d.generated = { expr: t.innerAt(c.location, "AS"), stored: c.generated_kind === "s" };
        break;
      // Column constraint attributes come as separate list items after their constraint.
      case "CONSTR_ATTR_DEFERRABLE":
        if (last) last.deferrable = true;
        break;
      case "CONSTR_ATTR_NOT_DEFERRABLE":
      case "CONSTR_ATTR_DEFERRED":
      case "CONSTR_ATTR_IMMEDIATE":
        break;
      default: {
        if (c.contype === "CONSTR_PRIMARY") d.primaryKey = true;
        const con = pgConstraint(t, c, [name]);
        if (con) {
          d.constraints.push(con);
          last = con;
        }
      }
    }
  }
  return finishColumn(d, table, "postgresql");
}
var FK_ACTION = { r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
function pgConstraint(t, c, columnOf) {
  let out;
  switch (c.contype) {
    case "CONSTR_PRIMARY":
    case "CONSTR_UNIQUE":
      out = { kind: c.contype === "CONSTR_PRIMARY" ? "primary" : "unique", columns: columnOf ?? strings(c.keys) };
      if (c.indexname) out.usingIndex = c.indexname;
      break;
    case "CONSTR_CHECK":
      out = { kind: "check", columns: columnOf ?? [], expr: t.innerAt(c.location, "CHECK") };
      break;
    case "CONSTR_FOREIGN": {
      const references = { table: rel(c.pktable), columns: strings(c.pk_attrs) };
      if (c.fk_del_action && FK_ACTION[c.fk_del_action]) references.onDelete = FK_ACTION[c.fk_del_action];
      if (c.fk_upd_action && FK_ACTION[c.fk_upd_action]) references.onUpdate = FK_ACTION[c.fk_upd_action];
      out = { kind: "foreign", columns: columnOf ?? strings(c.fk_attrs), references };
      break;
    }
    case "CONSTR_EXCLUSION": {
      const columns = (c.exclusions ?? []).map((pair) => nodeBody(pair).items?.[0]).map((el) => nodeType(el) === "IndexElem" ? nodeBody(el).name : void 0).filter((v) => !!v);
      out = { kind: "exclude", columns, expr: t.runAt(c.location, CONSTRAINT_STOPS, "EXCLUDE") };
      break;
    }
    default:
      return void 0;
  }
  if (c.conname !== void 0) out.name = c.conname;
  if (c.skip_validation) out.notValid = true;
  if (c.deferrable) out.deferrable = true;
  return out;
}

// src/frontends/sql/pg-alter.ts
function pgAlterTable(t, s) {
  if (s.objtype !== "OBJECT_TABLE") return [{ kind: "other", description: describeStatement(t.text, "postgresql") }];
  const table = rel(s.relation);
  const cmds = (s.cmds ?? []).map((c) => nodeBody(c));
  let segments;
  let k = 0;
  const range = (i) => {
    if (!segments) {
      k = t.skipName(t.tokAt(s.relation?.location));
      if (t.upper(k) === "*") k++;
      segments = t.items(k, t.toks.length - 1);
    }
    return segments.length === cmds.length ? segments[i] : [k, t.toks.length - 1];
  };
  return cmds.map((cmd, i) => alterCmd(t, table, cmd, () => range(i)));
}
function alterCmd(t, table, cmd, range) {
  const column = cmd.name ?? "";
  switch (cmd.subtype) {
    case "AT_AddColumn":
      return { kind: "add_column", table, column: pgColumn(t, nodeBody(cmd.def), table), ifNotExists: !!cmd.missing_ok };
    case "AT_DropColumn":
      return { kind: "drop_column", table, column, ifExists: !!cmd.missing_ok, cascade: cmd.behavior === "DROP_CASCADE" };
    case "AT_ColumnDefault":
      if (!cmd.def) return { kind: "drop_default", table, column };
      const [from, to] = range();
      return { kind: "set_default", table, column, default: defaultExpr(t.run(t.find("DEFAULT", from, to + 1) + 1), "postgresql") };
    case "AT_SetNotNull":
      return { kind: "set_not_null", table, column };
    case "AT_DropNotNull":
      return { kind: "drop_not_null", table, column };
    case "AT_AlterColumnType": {
      const def = nodeBody(cmd.def);
      const op = { kind: "alter_column_type", table, column, type: pgType(t, def.typeName ?? {}).type };
      if (def.raw_default) {
        const [from2, to2] = range();
        op.using = t.run(t.find("USING", from2, to2 + 1) + 1);
      }
      return op;
    }
    case "AT_AddConstraint": {
      const c = nodeBody(cmd.def);
      if (c.contype === "CONSTR_NOTNULL") {
        const col = strings(c.keys)[0] ?? "";
        if (c.skip_validation) return { kind: "other", description: alterOther("TABLE", "ADD CONSTRAINT NOT NULL NOT VALID") };
        return { kind: "set_not_null", table, column: col };
      }
      const con = pgConstraint(t, c);
      if (!con) return { kind: "other", description: alterOther("TABLE", "ADD CONSTRAINT") };
      return { kind: "add_constraint", table, constraint: con };
    }
    case "AT_ValidateConstraint":
      return { kind: "validate_constraint", table, name: column };
    case "AT_DropConstraint":
      return { kind: "drop_constraint", table, name: column, ifExists: !!cmd.missing_ok, cascade: cmd.behavior === "DROP_CASCADE" };
    case "AT_AttachPartition":
      return { kind: "attach_partition", table, partition: rel(nodeBody(cmd.def).name) };
    case "AT_DetachPartition": {
      const p = nodeBody(cmd.def);
      return { kind: "detach_partition", table, partition: rel(p.name), concurrently: !!p.concurrent };
    }
    default:
      return { kind: "other", description: alterOther("TABLE", PG_ALTER_OTHER[cmd.subtype ?? ""] ?? (cmd.subtype ?? "").replace(/^AT_/, "")) };
  }
}

// src/frontends/sql/pg-select.ts
function pgSelectShape(t, node) {
  if (nodeType(node) !== "SelectStmt") return void 0;
  const s = nodeBody(node);
  if (s.op && s.op !== "SETOP_NONE") {
    const left = pgSelectShape(t, { SelectStmt: s.larg });
    const right = pgSelectShape(t, { SelectStmt: s.rarg });
    if (!left) return void 0;
    if (right && right.columns.length === left.columns.length) left.union = [...left.union ?? [], right, ...right.union ?? []];
    return left;
  }
  if (s.withClause || s.valuesLists?.length) return void 0;
  const shape = { columns: [], from: [] };
  for (const item of s.targetList ?? []) {
    const target = nodeBody(item);
    if (isStar(target.val)) return void 0;
    shape.columns.push({ name: target.name ?? outputName2(t, target.val), value: valueOf2(t, target.val, target.name) });
  }
  for (const item of s.fromClause ?? []) if (!fromItem(t, item, shape.from)) return void 0;
  return shape.columns.length ? shape : void 0;
}
function isStar(n) {
  const fields = nodeType(n) === "ColumnRef" ? nodeBody(n).fields ?? [] : [];
  return nodeType(fields[fields.length - 1]) === "A_Star";
}
function fromItem(t, node, out) {
  switch (nodeType(node)) {
    case "JoinExpr": {
      const j = nodeBody(node);
      return !!j.larg && !!j.rarg && fromItem(t, j.larg, out) && fromItem(t, j.rarg, out);
    }
    case "RangeVar": {
      const r = nodeBody(node);
      const table = rel(r);
      out.push({ alias: r.alias?.aliasname ?? table.name, table });
      return true;
    }
    case "RangeSubselect": {
      const r = nodeBody(node);
      const sub = pgSelectShape(t, r.subquery);
      if (sub) out.push({ alias: r.alias?.aliasname ?? "", sub });
      return !!sub;
    }
    default:
      return false;
  }
}
function outputName2(t, expr) {
  switch (nodeType(expr)) {
    case "ColumnRef": {
      const fields = nodeBody(expr).fields ?? [];
      return str(fields[fields.length - 1]) || "?column?";
    }
    case "FuncCall":
      return strings(nodeBody(expr).funcname).pop() ?? "?column?";
    case "CoalesceExpr":
      return "coalesce";
    case "MinMaxExpr":
      return nodeBody(expr).op === "IS_LEAST" ? "least" : "greatest";
    case "TypeCast": {
      const c = nodeBody(expr);
      const inner = outputName2(t, c.arg);
      return inner !== "?column?" ? inner : typeName2(castType(t, c.typeName));
    }
    default:
      return "?column?";
  }
}
function typeName2(type) {
  const PG_NAMES = { integer: "int4", bigint: "int8", smallint: "int2", boolean: "bool", timestamptz: "timestamptz", varchar: "varchar", "double precision": "float8", real: "float4" };
  return PG_NAMES[type.name] ?? type.name;
}
var AFTER_TYPE = /* @__PURE__ */ new Set(["AS", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "FOR", "UNION", "INTERSECT", "EXCEPT", "WINDOW", "INTO", "AND", "OR", "IS", "NOT", "LIKE", "ILIKE", "IN", "BETWEEN", "COLLATE", "AT", "ON", "USING", "JOIN", "SIMILAR", "ISNULL", "NOTNULL", "THEN", "ELSE", "END", "WHEN"]);
function castType(t, tn, alias) {
  if (!tn) return makeType("postgresql", "", [], { raw: "" });
  const type = pgType(t, tn).type;
  const from = t.tokAt(tn.location);
  let k = from;
  while (k < t.toks.length) {
    const tok = t.toks[k];
    if (tok.upper === "(" || tok.upper === "[") k = t.close(k) + 1;
    else if (tok.upper === "." || tok.kind === "word" && !AFTER_TYPE.has(tok.upper) || tok.kind === "ident") k++;
    else break;
  }
  if (alias !== void 0 && k - 1 > from && isName(t, k - 1, alias) && t.upper(k - 2) !== ".") k--;
  const raw = t.slice(from, k - 1).replace(/\s+/g, " ");
  return raw ? { ...type, raw } : type;
}
function isName(t, k, name) {
  const tok = t.toks[k];
  if (tok.kind === "word") return tok.upper === name.toUpperCase() && name === name.toLowerCase();
  return tok.kind === "ident" && t.text.slice(tok.start, tok.end) === `"${name.replace(/"/g, '""')}"`;
}
var COMPARISONS = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">="]);
var BOOLEAN_KINDS = /* @__PURE__ */ new Set(["AEXPR_LIKE", "AEXPR_ILIKE", "AEXPR_IN", "AEXPR_DISTINCT", "AEXPR_NOT_DISTINCT", "AEXPR_BETWEEN", "AEXPR_NOT_BETWEEN", "AEXPR_BETWEEN_SYM", "AEXPR_NOT_BETWEEN_SYM"]);
var SAME_TYPE_FUNCS2 = /* @__PURE__ */ new Set(["min", "max"]);
function valueOf2(t, expr, alias) {
  const type = (name) => ({ kind: "type", type: makeType("postgresql", name) });
  switch (nodeType(expr)) {
    case "ColumnRef": {
      const parts = strings(nodeBody(expr).fields);
      return parts.length > 1 ? { kind: "column", rel: parts[parts.length - 2], column: parts[parts.length - 1] } : { kind: "column", column: parts[0] ?? "" };
    }
    case "TypeCast":
      return { kind: "type", type: castType(t, nodeBody(expr).typeName, alias) };
    case "A_Const":
      return constValue(t, nodeBody(expr));
    case "A_Expr": {
      const e = nodeBody(expr);
      if (BOOLEAN_KINDS.has(e.kind ?? "")) return type("boolean");
      return e.kind === "AEXPR_OP" && COMPARISONS.has(str(e.name?.[e.name.length - 1])) ? type("boolean") : { kind: "unknown" };
    }
    case "BoolExpr":
      return nodeBody(expr).boolop === "NOT_EXPR" ? { kind: "unknown" } : type("boolean");
    case "NullTest":
    case "BooleanTest":
      return type("boolean");
    case "CoalesceExpr":
    case "MinMaxExpr": {
      const args = nodeBody(expr).args ?? [];
      return args.length ? { kind: "same", of: valueOf2(t, args[0]) } : { kind: "unknown" };
    }
    case "FuncCall": {
      const f = nodeBody(expr);
      const name = (strings(f.funcname).pop() ?? "").toLowerCase();
      if (name === "count") return type("bigint");
      if (name === "now") return type("timestamptz");
      if (SAME_TYPE_FUNCS2.has(name) && f.args?.length) return { kind: "same", of: valueOf2(t, f.args[0]) };
      return { kind: "unknown" };
    }
    default:
      return { kind: "unknown" };
  }
}
function constValue(t, c) {
  const k = t.tokAt(c.location);
  if (t.upper(k) === "-") return { kind: "unknown" };
  if (c.isnull) return { kind: "null" };
  if (c.boolval !== void 0) return { kind: "type", type: makeType("postgresql", "boolean") };
  if (c.sval !== void 0) return { kind: "type", type: makeType("postgresql", "text") };
  if (c.ival !== void 0) return { kind: "type", type: makeType("postgresql", "integer") };
  if (c.fval !== void 0) return { kind: "type", type: makeType("postgresql", /[.e]/i.test(c.fval.fval ?? "") ? "numeric" : "bigint") };
  return { kind: "unknown" };
}

// src/frontends/sql/pg-json.ts
var TREE_MAPPED = /* @__PURE__ */ new Set([
  "CreateStmt",
  "CreateTableAsStmt",
  "SelectStmt",
  "AlterTableStmt",
  "RenameStmt",
  "AlterObjectSchemaStmt",
  "DropStmt",
  "IndexStmt",
  "ReindexStmt",
  "CreateEnumStmt",
  "AlterEnumStmt",
  "ViewStmt",
  "RefreshMatViewStmt",
  "CreateSchemaStmt",
  "DropdbStmt",
  "TruncateStmt",
  "UpdateStmt",
  "DeleteStmt",
  "InsertStmt",
  "CopyStmt",
  "TransactionStmt",
  "VariableSetStmt",
  "VacuumStmt",
  "ClusterStmt"
]);
var FIRST_TYPE = /^\{"version":\d+,"stmts":\[\{"stmt":\{"([A-Za-z_]+)":\{/;
var STRING = '"((?:[^"\\\\]|\\\\.)*)"';
var RANGE_VAR_NAMES = `(?:"catalogname":"(?:[^"\\\\]|\\\\.)*",)?(?:"schemaname":${STRING},)?(?:"relname":${STRING})?`;
var VIEW_NAME = new RegExp(`^\\{"version":\\d+,"stmts":\\[\\{"stmt":\\{"ViewStmt":\\{"view":\\{${RANGE_VAR_NAMES}`);
var WHERE_HOLDERS = ["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "OnConflictClause", "InferClause", "CopyStmt", "IndexStmt", "RuleStmt", "PublicationTable"].map((t) => `"${t}":`);
var DATA_CHANGE = new RegExp(`^\\{"version":\\d+,"stmts":\\[\\{"stmt":\\{"(InsertStmt|UpdateStmt|DeleteStmt)":\\{"relation":\\{${RANGE_VAR_NAMES}`);
var RANGE_VAR_KEY = '"RangeVar":{';
var RANGE_VAR_AT = new RegExp(RANGE_VAR_NAMES, "y");
var CTE_KEY = '"CommonTableExpr":{';
var CTE_NAME_AT = new RegExp(`"ctename":${STRING}`, "y");
function readWithoutTree(text, json) {
  const type = FIRST_TYPE.exec(json)?.[1];
  if (!type) return void 0;
  const described = !TREE_MAPPED.has(type);
  const data = type === "InsertStmt" || type === "UpdateStmt" || type === "DeleteStmt";
  if (!described && !data && type !== "ViewStmt" || json.includes('"stmt_location":')) return void 0;
  if (described) return [{ kind: "other", description: describeStatement(text, "postgresql") }];
  return data ? dataChange2(type, json) : view(json);
}
function dataChange2(type, json) {
  const head = DATA_CHANGE.exec(json);
  if (!head || head[3] === void 0) return void 0;
  const table = qname(unescape(head[3]), head[2] === void 0 ? void 0 : unescape(head[2]));
  if (type === "InsertStmt") return [{ kind: "data_change", verb: "insert", table, hasWhere: false }];
  const hasWhere = json.includes('"whereClause":');
  if (hasWhere && WHERE_HOLDERS.some((holder) => json.includes(holder, head[0].length))) return void 0;
  return [{ kind: "data_change", verb: type === "UpdateStmt" ? "update" : "delete", table, hasWhere }];
}
function view(json) {
  const head = VIEW_NAME.exec(json);
  if (!head || head[2] === void 0) return void 0;
  const found = [];
  for (let at = json.indexOf(RANGE_VAR_KEY); at >= 0; at = json.indexOf(RANGE_VAR_KEY, at + RANGE_VAR_KEY.length)) {
    RANGE_VAR_AT.lastIndex = at + RANGE_VAR_KEY.length;
    const m = RANGE_VAR_AT.exec(json);
    if (m?.[2] === void 0) return void 0;
    found.push(m[1] === void 0 ? { relname: unescape(m[2]) } : { schemaname: unescape(m[1]), relname: unescape(m[2]) });
  }
  const ctes = /* @__PURE__ */ new Set();
  for (let at = json.indexOf(CTE_KEY); at >= 0; at = json.indexOf(CTE_KEY, at + CTE_KEY.length)) {
    CTE_NAME_AT.lastIndex = at + CTE_KEY.length;
    const m = CTE_NAME_AT.exec(json);
    if (!m) return void 0;
    if (m[1]) ctes.add(unescape(m[1]));
  }
  const name = qname(unescape(head[2]), head[1] === void 0 ? void 0 : unescape(head[1]));
  return [{ kind: "create_view", name, materialized: false, orReplace: json.includes('"replace":true'), reads: readsOf(found, ctes) }];
}
function unescape(s) {
  return s.includes("\\") ? JSON.parse(`"${s}"`) : s;
}

// src/frontends/sql/pg-wasm.ts
var import_libpg_query = __toESM(require_libpg_query(), 1);
var loading2;
var wasm;
function loadPgWasm() {
  loading2 ??= setParserFlags().then(() => (0, import_libpg_query.default)()).then((m) => {
    wasm = m;
  });
  return loading2;
}
var SqlError = class extends Error {
  name = "SqlError";
};
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function parsePgJson(query) {
  const w = wasm;
  if (!w) throw new Error("WASM module not initialized. Call loadModule() first.");
  if (query === null || query === void 0) throw new Error("Query cannot be null or undefined");
  if (query === "") throw new Error("Query cannot be empty");
  const queryPtr = writeString(w, query);
  let resultPtr = 0;
  try {
    resultPtr = w._wasm_parse_query_raw(queryPtr);
    if (!resultPtr) throw new Error("Failed to parse query: memory allocation failed");
    const treePtr = w.getValue(resultPtr, "i32");
    const errorPtr = w.getValue(resultPtr + 8, "i32");
    if (errorPtr) {
      const messagePtr = w.getValue(errorPtr, "i32");
      throw new SqlError(messagePtr ? w.UTF8ToString(messagePtr) : "Unknown error");
    }
    if (!treePtr) throw new Error("No parse tree generated");
    const heap = w.HEAPU8;
    return decoder.decode(heap.subarray(treePtr, heap.indexOf(0, treePtr)));
  } finally {
    w._free(queryPtr);
    if (resultPtr) w._wasm_free_parse_result(resultPtr);
  }
}
function writeString(w, s) {
  if (LONE_SURROGATE.test(s)) {
    const len = w.lengthBytesUTF8(s) + 1;
    const ptr2 = w._malloc(len);
    w.stringToUTF8(s, ptr2, len);
    return ptr2;
  }
  const max = s.length * 3 + 1;
  const ptr = w._malloc(max);
  const { written } = encoder.encodeInto(s, w.HEAPU8.subarray(ptr, ptr + max - 1));
  w.HEAPU8[ptr + written] = 0;
  return ptr;
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// src/frontends/sql/pg-fallback.ts
function loadPgParser() {
  return loadPgWasm();
}
function readPgStatement(text) {
  let json;
  try {
    json = parsePgJson(text);
  } catch (rejected) {
    return { rejected };
  }
  const quick = readWithoutTree(text, json);
  if (quick) return { ops: quick };
  let stmts;
  try {
    stmts = JSON.parse(json).stmts ?? [];
  } catch (rejected) {
    return { rejected };
  }
  try {
    return { ops: mapPgParsed(text, stmts) };
  } catch (unmapped) {
    return { unmapped };
  }
}
function mapPgParsed(text, stmts, wholeTokens = false) {
  const t = new PgText(text, wholeTokens);
  return stmts.flatMap((raw) => mapStmt(t, raw.stmt));
}
var cascade = (b) => b === "DROP_CASCADE";
function mapStmt(t, stmt) {
  const type = nodeType(stmt);
  const other = () => [{ kind: "other", description: describeStatement(t.text, "postgresql") }];
  if (!TREE_MAPPED.has(type)) return other();
  switch (type) {
    case "CreateStmt":
      return [createTable2(t, nodeBody(stmt))];
    case "CreateTableAsStmt": {
      const s = nodeBody(stmt);
      const target = rel(s.into?.rel);
      if (s.objtype === "OBJECT_MATVIEW") return [{ kind: "create_view", name: target, materialized: true, orReplace: false, reads: relationsRead(s.query) }];
      if (s.objtype !== "OBJECT_TABLE") return other();
      const op = { kind: "create_table", table: target, columns: [], constraints: [], ifNotExists: !!s.if_not_exists, temporary: s.into?.rel?.relpersistence === "t", asSelect: true };
      const select = s.into?.colNames?.length ? void 0 : pgSelectShape(t, s.query);
      if (select) op.select = select;
      return [op];
    }
    case "SelectStmt": {
      const s = nodeBody(stmt);
      if (!s.intoClause?.rel) return other();
      const op = { kind: "create_table", table: rel(s.intoClause.rel), columns: [], constraints: [], ifNotExists: false, temporary: s.intoClause.rel.relpersistence === "t", asSelect: true };
      const select = s.intoClause.colNames?.length ? void 0 : pgSelectShape(t, { SelectStmt: { ...s, intoClause: void 0 } });
      if (select) op.select = select;
      return [op];
    }
    case "AlterTableStmt":
      return pgAlterTable(t, nodeBody(stmt));
    case "RenameStmt":
      return rename(nodeBody(stmt)) ?? other();
    case "AlterObjectSchemaStmt": {
      const s = nodeBody(stmt);
      if (s.objectType !== "OBJECT_TABLE") return other();
      return [{ kind: "rename_table", table: rel(s.relation), newName: { schema: s.newschema ?? "", name: s.relation?.relname ?? "" } }];
    }
    case "DropStmt":
      return drop(nodeBody(stmt)) ?? other();
    case "IndexStmt":
      return [createIndex2(t, nodeBody(stmt))];
    case "ReindexStmt": {
      const s = nodeBody(stmt);
      const target = (s.kind ?? "REINDEX_OBJECT_INDEX").replace("REINDEX_OBJECT_", "").toLowerCase();
      const concurrently = (s.params ?? []).some((p) => isOption(p, "concurrently"));
      return [{ kind: "reindex", target, name: s.relation ? rel(s.relation) : { name: s.name ?? "" }, concurrently }];
    }
    case "CreateEnumStmt": {
      const s = nodeBody(stmt);
      return [{ kind: "create_enum", name: nameList(s.typeName), values: strings(s.vals) }];
    }
    case "AlterEnumStmt": {
      const s = nodeBody(stmt);
      const name = nameList(s.typeName);
      if (s.oldVal !== void 0) return [{ kind: "rename_enum_value", name, value: s.oldVal, newValue: s.newVal ?? "" }];
      const op = { kind: "add_enum_value", name, value: s.newVal ?? "", ifNotExists: !!s.skipIfNewValExists };
      if (s.newValNeighbor !== void 0) op[s.newValIsAfter ? "after" : "before"] = s.newValNeighbor;
      return [op];
    }
    case "ViewStmt": {
      const s = nodeBody(stmt);
      return [{ kind: "create_view", name: rel(s.view), materialized: false, orReplace: !!s.replace, reads: relationsRead(s.query) }];
    }
    case "RefreshMatViewStmt": {
      const s = nodeBody(stmt);
      return [{ kind: "refresh_materialized_view", name: rel(s.relation), concurrently: !!s.concurrent }];
    }
    case "CreateSchemaStmt": {
      const s = nodeBody(stmt);
      return [{ kind: "create_schema", name: s.schemaname ?? s.authrole?.rolename ?? "", ifNotExists: !!s.if_not_exists }];
    }
    case "DropdbStmt": {
      const s = nodeBody(stmt);
      return [{ kind: "drop_schema", name: s.dbname ?? "", ifExists: !!s.missing_ok, cascade: false, database: true }];
    }
    case "TruncateStmt": {
      const s = nodeBody(stmt);
      return [{ kind: "truncate", tables: (s.relations ?? []).map((r) => rel(nodeBody(r))), cascade: cascade(s.behavior) }];
    }
    case "UpdateStmt":
    case "DeleteStmt":
    case "InsertStmt": {
      const s = nodeBody(stmt);
      const verb = type === "UpdateStmt" ? "update" : type === "DeleteStmt" ? "delete" : "insert";
      return [{ kind: "data_change", verb, table: rel(s.relation), hasWhere: verb !== "insert" && !!s.whereClause }];
    }
    case "CopyStmt": {
      const s = nodeBody(stmt);
      if (!s.is_from || !s.relation) return other();
      return [{ kind: "data_change", verb: "insert", table: rel(s.relation), hasWhere: false }];
    }
    case "TransactionStmt": {
      const kind = nodeBody(stmt).kind;
      if (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") return [{ kind: "transaction", action: "begin" }];
      if (kind === "TRANS_STMT_COMMIT") return [{ kind: "transaction", action: "commit" }];
      if (kind === "TRANS_STMT_ROLLBACK") return [{ kind: "transaction", action: "rollback" }];
      return other();
    }
    case "VariableSetStmt":
      return setting(nodeBody(stmt)) ?? other();
    case "VacuumStmt": {
      const s = nodeBody(stmt);
      const action = !s.is_vacuumcmd ? "analyze" : (s.options ?? []).some((o) => isOption(o, "full")) ? "vacuum_full" : "vacuum";
      const rels = (s.rels ?? []).map((r) => nodeBody(r).relation);
      if (!rels.length) return [{ kind: "maintenance", action }];
      return rels.map((r) => ({ kind: "maintenance", action, table: rel(r) }));
    }
    case "ClusterStmt": {
      const s = nodeBody(stmt);
      return [s.relation ? { kind: "maintenance", action: "cluster", table: rel(s.relation) } : { kind: "maintenance", action: "cluster" }];
    }
    default:
      return other();
  }
}
function isOption(n, name) {
  const d = nodeBody(n);
  if (d.defname !== name) return false;
  const arg = d.arg;
  if (!arg) return true;
  if (arg.Boolean) return !!arg.Boolean.boolval;
  if (arg.Integer) return !!arg.Integer.ival;
  return !/^(false|off|0|no)$/i.test(arg.String?.sval ?? "");
}
function createTable2(t, s) {
  const table = rel(s.relation);
  const columns = [];
  const constraints = [];
  for (const el of s.tableElts ?? []) {
    const type = nodeType(el);
    if (type === "ColumnDef") {
      const cd = nodeBody(el);
      if (cd.typeName) columns.push(pgColumn(t, cd, table));
    } else if (type === "Constraint") {
      const c = pgConstraint(t, nodeBody(el));
      if (c) constraints.push(c);
    }
  }
  applyTablePrimaryKey(columns, constraints, "postgresql");
  const borrowed = (s.tableElts ?? []).some((el) => nodeType(el) === "TableLikeClause") || !s.partbound && !!s.inhRelations?.length;
  const op = {
    kind: "create_table",
    table,
    columns,
    constraints,
    ifNotExists: !!s.if_not_exists,
    temporary: s.relation?.relpersistence === "t",
    asSelect: borrowed
  };
  if (s.partbound && s.inhRelations?.length) op.partitionOf = rel(nodeBody(s.inhRelations[0]));
  if (s.partspec) op.partitioned = true;
  return op;
}
function rename(s) {
  const table = rel(s.relation);
  const newName = s.newname ?? "";
  switch (s.renameType) {
    case "OBJECT_TABLE":
      return [{ kind: "rename_table", table, newName: { name: newName } }];
    case "OBJECT_COLUMN":
      return s.relationType === "OBJECT_TABLE" ? [{ kind: "rename_column", table, column: s.subname ?? "", newName }] : void 0;
    case "OBJECT_TABCONSTRAINT":
      return [{ kind: "rename_constraint", table, name: s.subname ?? "", newName }];
    case "OBJECT_INDEX":
      return [{ kind: "rename_index", name: table, newName }];
    case "OBJECT_TYPE":
      return [{ kind: "rename_type", name: nameList(nodeBody(s.object).items), newName: { name: newName } }];
    default:
      return void 0;
  }
}
function drop(s) {
  const ifExists = !!s.missing_ok;
  const cas = cascade(s.behavior);
  const objects = s.objects ?? [];
  const names = objects.map((o) => nodeType(o) === "List" ? nameList(nodeBody(o).items) : nameList([o]));
  switch (s.removeType) {
    case "OBJECT_TABLE":
      return names.map((table) => ({ kind: "drop_table", table, ifExists, cascade: cas }));
    case "OBJECT_INDEX":
      return names.map((name) => ({ kind: "drop_index", name, concurrently: !!s.concurrent, ifExists, cascade: cas }));
    case "OBJECT_VIEW":
    case "OBJECT_MATVIEW":
      return names.map((name) => ({ kind: "drop_view", name, materialized: s.removeType === "OBJECT_MATVIEW", ifExists, cascade: cas }));
    case "OBJECT_TYPE":
      return objects.map((o) => ({ kind: "drop_type", name: nameList(nodeBody(o).names), ifExists, cascade: cas }));
    case "OBJECT_SCHEMA":
      return objects.map((o) => ({ kind: "drop_schema", name: str(o), ifExists, cascade: cas, database: false }));
    default:
      return void 0;
  }
}
function createIndex2(t, s) {
  let close = -1;
  let segments = [];
  const list = () => {
    if (close >= 0) return;
    let k = t.skipName(t.tokAt(s.relation?.location));
    while (k < t.toks.length && t.upper(k) !== "(") k++;
    close = t.close(k);
    segments = t.items(k + 1, close - 1);
  };
  const elems = (s.indexParams ?? []).map((p, i) => {
    const e = nodeBody(p);
    const ref = nodeType(e.expr) === "ColumnRef" ? nodeBody(e.expr).fields : void 0;
    let el;
    if (e.name) el = { column: e.name };
    else if (ref?.length === 1 && nodeType(ref[0]) === "String") el = { column: str(ref[0]) };
    else {
      list();
      el = { expr: elemExpr(t, segments[i]) };
    }
    if (e.ordering === "SORTBY_DESC") el.desc = true;
    const last = (names) => names?.length ? str(names[names.length - 1]) : void 0;
    const modifier = elemModifier(last(e.collation), last(e.opclass));
    if (modifier) el.modifier = modifier;
    return el;
  });
  const op = {
    kind: "create_index",
    table: rel(s.relation),
    elems,
    unique: !!s.unique,
    concurrently: !!s.concurrent,
    ifNotExists: !!s.if_not_exists
  };
  if (s.idxname) op.name = s.idxname;
  op.method = s.accessMethod ?? "btree";
  if (s.indexIncludingParams?.length) op.include = s.indexIncludingParams.map((p) => nodeBody(p).name ?? "");
  if (s.whereClause) {
    list();
    op.where = t.slice(t.find("WHERE", close + 1) + 1, t.toks.length - 1);
  }
  return op;
}
function elemExpr(t, seg) {
  if (!seg) return "";
  const [a, b] = seg;
  let open = a;
  while (open <= b && t.upper(open) !== "(") open++;
  return open > b ? t.slice(a, b) : t.slice(a, t.close(open));
}
function setting(s) {
  const name = (s.name ?? "").toLowerCase();
  const local = !!s.is_local;
  if (s.kind === "VAR_SET_DEFAULT") return [{ kind: "set_setting", name, value: "DEFAULT", local }];
  if (s.kind === "VAR_RESET") return [{ kind: "set_setting", name, value: "DEFAULT", local: false }];
  if (s.kind !== "VAR_SET_VALUE") return void 0;
  return [{ kind: "set_setting", name, value: (s.args ?? []).map(constText).join(", "), local }];
}
function constText(n) {
  const c = n.A_Const;
  if (!c) return "";
  if (c.sval) return c.sval.sval ?? "";
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? "";
  if (c.boolval) return c.boolval.boolval ? "true" : "false";
  return "";
}

// src/frontends/sql/index.ts
var mysqlModule;
function loadMysql() {
  mysqlModule ??= setParserFlags().then(() => import("./index-chunk-WHJ5W5VM.js"));
  return mysqlModule;
}
async function parseSqlFile(text, opts) {
  const { file, dialect } = opts;
  const masked = maskTemplates(text, dialect);
  const raws = splitStatements(masked, dialect);
  const mysql = isMysqlFamily(dialect) ? await loadMysql() : void 0;
  const texts = dialect === "postgresql" ? raws.map((r) => withoutCopyData(r.text)) : raws.map((r) => r.text);
  const pg = dialect === "postgresql" ? await readPg(texts) : [];
  const cst = mysql ? [] : await mapCstWhereNeeded(texts, pg, cstDialectOf(dialect));
  const out = [];
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    const stmt = statementOf(raw, masked === text ? raw.text : text.slice(raw.start, raw.end), file, index);
    let ops;
    if (mysql) {
      ops = mapMysql(mysql, raw.text, dialect);
      const { algorithm, lock } = mysql.mysqlAlterOptions?.(raw.text) ?? {};
      if (algorithm) stmt.algorithm = algorithm;
      if (lock) stmt.lock = lock;
    } else {
      ops = settle(texts[index], pg[index], cst[index]);
    }
    if (!ops.length) ops = [{ kind: "other", description: describeStatement(raw.text, dialect) }];
    for (const op of ops) out.push({ ...op, stmt });
  }
  return out;
}
async function parseSqlStatement(text, dialect) {
  if (isMysqlFamily(dialect)) return mapMysql(await loadMysql(), maskTemplates(text, dialect), dialect);
  const parsed = dialect === "postgresql" ? withoutCopyData(maskTemplates(text, dialect)) : maskTemplates(text, dialect);
  const pg = dialect === "postgresql" ? await readPg([parsed]) : [];
  const [cst] = await mapCstWhereNeeded([parsed], pg, cstDialectOf(dialect));
  return settle(parsed, pg[0], cst);
}
async function readPg(texts) {
  if (!texts.length) return [];
  await loadPgParser();
  return texts.map(readPgStatement);
}
async function mapCstWhereNeeded(texts, pg, dialect) {
  const todo = texts.flatMap((_, i) => !pg[i] || "unmapped" in pg[i] ? [i] : []);
  if (!todo.length) return new Array(texts.length);
  traceCst(todo.map((i) => texts[i]));
  await loadCstParser();
  const results = mapCstStatements(todo.map((i) => texts[i]), dialect);
  const out = new Array(texts.length);
  todo.forEach((i, n) => out[i] = results[n]);
  return out;
}
function traceCst(texts) {
  if (!process.env.MIGRA_TRACE_CST) return;
  for (const t of texts) process.stderr.write(`migra: sql-parser-cst: ${t.split("\n")[0].slice(0, 160)}
`);
}
function cstDialectOf(dialect) {
  return dialect === "sqlite" ? "sqlite" : "postgresql";
}
function settle(text, pg, cst) {
  if (pg && "ops" in pg) return pg.ops;
  if (pg && "rejected" in pg) {
    const meta = psqlMetaCommand(text);
    return meta ? [{ kind: "other", description: meta }] : [{ kind: "unparsed", message: firstLine(pg.rejected) }];
  }
  if (!cst) throw new Error("settle: sql-parser-cst has no result for this statement");
  if ("ops" in cst) return cst.ops;
  if (pg) return [{ kind: "unparsed", message: firstLine(pg.unmapped) }];
  return sqliteWithQuotedNames(text, cst.error) ?? [{ kind: "unparsed", message: cstMessage(cst.error) }];
}
function psqlMetaCommand(text) {
  const m = /^\\([A-Za-z]+|[!?])/.exec(text);
  return m ? `psql \\${m[1]}` : void 0;
}
var SQLITE_NAME_KEYWORDS = /* @__PURE__ */ new Set(["CAST", "LIKE", "GLOB", "REGEXP", "MATCH", "RAISE", "GROUPS", "NATURAL", "LEFT", "OUTER", "RIGHT", "FULL", "INNER", "CROSS", "WINDOW", "OVER", "FILTER", "RETURNING"]);
function sqliteWithQuotedNames(text, error) {
  let current = text;
  let e = error;
  for (let attempt = 0; attempt < 8; attempt++) {
    const message = e instanceof Error ? e.message : "";
    const at = errorOffset(e, current);
    const missingComma = /^Syntax Error: Unexpected "(FOREIGN|CONSTRAINT|PRIMARY|UNIQUE|CHECK)"\nWas expecting to see: .*"\)", ","/i.exec(message)?.[1];
    if (missingComma && at !== void 0 && current.slice(at, at + missingComma.length).toUpperCase() === missingComma.toUpperCase()) {
      current = `${current.slice(0, at)}, ${current.slice(at)}`;
    } else {
      const word = /^Syntax Error: Unexpected "([A-Za-z_]+)"\nWas expecting to see: .*\bidentifier\b/.exec(message)?.[1];
      if (!word || at === void 0 || !SQLITE_NAME_KEYWORDS.has(word.toUpperCase())) return void 0;
      if (current.slice(at, at + word.length) !== word || /[\w$]/.test(current[at + word.length] ?? "")) return void 0;
      current = `${current.slice(0, at)}"${word}"${current.slice(at + word.length)}`;
    }
    try {
      return mapCstStatement(current, "sqlite");
    } catch (next) {
      e = next;
    }
  }
  return void 0;
}
function mapMysql(mod, text, dialect) {
  try {
    return mod.mapMysqlStatement(text, dialect);
  } catch (e) {
    return [{ kind: "unparsed", message: firstLine(e) }];
  }
}
function statementOf(raw, text, file, index) {
  return { file, line: raw.line, endLine: raw.endLine, column: raw.column, text, index, inTransaction: false };
}
function firstLine(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].trim() || "could not parse the statement";
}
function cstMessage(e) {
  const lines = (e instanceof Error ? e.message : String(e)).split("\n");
  const expected = lines[1]?.startsWith("Was expecting") ? lines[1].replace(/,? or whitespace$/, "").replace(/^Was expecting to see: whitespace$/, "") : "";
  return expected ? `${firstLine(e)}; ${expected.charAt(0).toLowerCase()}${expected.slice(1)}` : firstLine(e);
}
export {
  parseSqlFile,
  parseSqlStatement,
  splitStatements
};
