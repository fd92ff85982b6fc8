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
  dirname: () => dirname,
  engineAsset: () => engineAsset,
  fileURLToPath: () => fileURLToPath,
  join: () => join
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_3ASQ7OCF = require("./cli-chunk-3ASQ7OCF.js");
var m = (0, import_cli_chunk_3ASQ7OCF.__require)("node:fs");
var { existsSync } = m;
var m2 = (0, import_cli_chunk_3ASQ7OCF.__require)("node:module");
var { createRequire } = m2;
var m3 = (0, import_cli_chunk_3ASQ7OCF.__require)("node:path");
var { dirname, join } = m3;
var m4 = (0, import_cli_chunk_3ASQ7OCF.__require)("node:url");
var { fileURLToPath } = m4;
// src/verify/assets.ts
function engineAsset(pkg, file) {
  const here = dirname(fileURLToPath(__migraUrl));
  const shipped = join(here, "engines", file);
  if (existsSync(shipped)) return shipped;
  const require2 = createRequire(__migraUrl);
  return join(dirname(require2.resolve(pkg)), file);
}

})