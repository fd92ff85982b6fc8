import type { ParseResult } from 'libpg-query';
// The Emscripten module itself (CommonJS, no types): libpg-query's own entry instantiates it as
// soon as it is imported, and reads its results through JavaScript loops.
// @ts-expect-error no declaration file for the generated module
import PgQueryModule from 'libpg-query/wasm/libpg-query.js';
import { setParserFlags } from '../v8-flags.js';

/** The parts of libpg-query's Emscripten module used here. */
interface PgQueryWasm {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(queryPtr: number): number;
  _wasm_free_parse_result(resultPtr: number): void;
  getValue(ptr: number, type: 'i32'): number;
  UTF8ToString(ptr: number): string;
  lengthBytesUTF8(s: string): number;
  stringToUTF8(s: string, ptr: number, max: number): void;
}

let loading: Promise<void> | undefined;
let wasm: PgQueryWasm | undefined;

/**
 * libpg-query's parser, instantiated the first time a review needs it (a MySQL or SQLite review,
 * or `migra --version`, never does), then reused.
 */
export function loadPgWasm(): Promise<void> {
  loading ??= setParserFlags().then(() => (PgQueryModule as () => Promise<PgQueryWasm>)()).then((m) => {
    wasm = m;
  });
  return loading;
}

/** PostgreSQL refused the text (libpg-query's error of the same name). */
class SqlError extends Error {
  override name = 'SqlError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * libpg-query's parseSync, with the same results and errors: PostgreSQL's parse tree of `query`
 * as JSON, or an Error with PostgreSQL's message. The text goes in and the tree comes out
 * through native encoders (TextEncoder, indexOf, TextDecoder) instead of libpg-query's
 * byte-by-byte loops over every character of the input and of its much longer JSON output.
 */
export function parsePgSync(query: string): ParseResult {
  return JSON.parse(parsePgJson(query)) as ParseResult;
}

/**
 * The same tree as libpg-query's JSON text, not yet parsed: readPgStatement reads some statements
 * (views, statements described from their text) without building the tree (see pg-json.ts).
 */
export function parsePgJson(query: string): string {
  const w = wasm;
  if (!w) throw new Error('WASM module not initialized. Call loadModule() first.');
  if (query === null || query === undefined) throw new Error('Query cannot be null or undefined');
  if (query === '') throw new Error('Query cannot be empty');
  const queryPtr = writeString(w, query);
  let resultPtr = 0;
  try {
    resultPtr = w._wasm_parse_query_raw(queryPtr);
    if (!resultPtr) throw new Error('Failed to parse query: memory allocation failed');
    const treePtr = w.getValue(resultPtr, 'i32');
    const errorPtr = w.getValue(resultPtr + 8, 'i32');
    if (errorPtr) {
      const messagePtr = w.getValue(errorPtr, 'i32');
      throw new SqlError(messagePtr ? w.UTF8ToString(messagePtr) : 'Unknown error');
    }
    if (!treePtr) throw new Error('No parse tree generated');
    // HEAPU8 is read after the call: parsing may have grown the memory (a new buffer).
    const heap = w.HEAPU8;
    return decoder.decode(heap.subarray(treePtr, heap.indexOf(0, treePtr)));
  } finally {
    w._free(queryPtr);
    if (resultPtr) w._wasm_free_parse_result(resultPtr);
  }
}

/** The text as a NUL-terminated UTF-8 string in the module's memory. */
function writeString(w: PgQueryWasm, s: string): number {
  // A lone surrogate is encoded by Emscripten's own loop, as libpg-query does (TextEncoder would write U+FFFD).
  if (LONE_SURROGATE.test(s)) {
    const len = w.lengthBytesUTF8(s) + 1;
    const ptr = w._malloc(len);
    w.stringToUTF8(s, ptr, len);
    return ptr;
  }
  const max = s.length * 3 + 1;
  const ptr = w._malloc(max);
  const { written } = encoder.encodeInto(s, w.HEAPU8.subarray(ptr, ptr + max - 1));
  w.HEAPU8[ptr + written] = 0;
  return ptr;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
