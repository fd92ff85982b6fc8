import { setParserFlags } from './v8-flags.js';

let sql: Promise<typeof import('./sql/index.js')> | undefined;

/**
 * The SQL front end (its mappers, libpg-query's glue, the splitter and describers), loaded when a
 * statement is first parsed: the bundle keeps it in a chunk of its own, and a warm review, whose
 * files all come from the parse cache or a replay snapshot, never loads it. Nothing outside the
 * front end may import ./sql/index.js statically, or the chunk loads with the bundle again.
 *
 * The parsers' V8 flags are set before the chunk loads, not by its first parse (issue 11): the
 * CLI caches a file's compiled code when the process exits, or, for the files loaded before the
 * flags are set, at that moment (V8 rejects code cached under other flags; src/cli/script-loader.ts).
 * Loaded after them, the front end's code is cached at exit with every function the review ran,
 * instead of its top level only: the mappers and libpg-query's glue are no longer compiled from
 * source by every cold review.
 */
export function loadSql(): Promise<typeof import('./sql/index.js')> {
  sql ??= setParserFlags().then(() => import('./sql/index.js'));
  return sql;
}
