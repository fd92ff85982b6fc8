import { createRequire as __migraCreateRequire } from 'node:module'; import { fileURLToPath as __migraFileURLToPath } from 'node:url'; const require = __migraCreateRequire(import.meta.url); const __migraFilename = __migraFileURLToPath(import.meta.url); const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));
import {
  require_dist
} from "./index-chunk-AMOCUUL2.js";
import {
  XMLParser
} from "./index-chunk-FYOURBTJ.js";
import {
  __toESM
} from "./index-chunk-A2GLISHG.js";

// src/formats/changelog-documents.ts
var import_yaml = __toESM(require_dist(), 1);
var xml = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, parseAttributeValue: false, parseTagValue: false, ignoreDeclaration: true, ignorePiTags: true });
var export_parseAllDocuments = import_yaml.parseAllDocuments;
export {
  export_parseAllDocuments as parseAllDocuments,
  xml
};
