import type { ParserOptions, Program } from 'sql-parser-cst';
import { setParserFlags } from '../v8-flags.js';

/**
 * sql-parser-cst, loaded when a statement first needs it. It is 3.4 MB of the bundle (half of it),
 * and most PostgreSQL reviews never call it (libpg-query reads nearly everything; a warm parse cache
 * reads nothing), so the bundle keeps it in a chunk of its own that only this import loads:
 * compiling it cost about 0.2 s of CPU at every start. Callers await `loadCstParser()` once, then
 * parse synchronously.
 */
let parser: ((text: string, options: ParserOptions) => Program) | undefined;
let loading: Promise<void> | undefined;

export function loadCstParser(): Promise<void> {
  loading ??= setParserFlags().then(() => import('sql-parser-cst')).then((m: typeof import('sql-parser-cst') & { default?: typeof import('sql-parser-cst') }) => {
    // sql-parser-cst is CommonJS: Node's loader gives its exports by name, the bundle's chunk only
    // as `default` (which left SQLite sets parsing nothing from dist/).
    parser = m.parse ?? m.default?.parse;
  });
  return loading;
}

/** sql-parser-cst's parse; `loadCstParser()` must have been awaited. */
export function cstParse(text: string, options: ParserOptions): Program {
  if (!parser) throw new Error('sql-parser-cst is not loaded: await loadCstParser() first');
  return parser(text, options);
}
