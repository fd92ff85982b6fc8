/**
 * V8 settings for the generated parsers and the WebAssembly engines, set just before the first of
 * them is loaded rather than by the launcher at start-up: `node:v8` costs about 9 ms to load (its
 * heap utilities and streams), and a warm review, whose files all come from caches, loads no parser.
 * Both kinds of flag still take effect when set at run time, before the code they concern is
 * compiled (`--liftoff-only` does not, on Node 24).
 *
 * sql-parser-cst's and node-sql-parser's parsers are one generated function each (`peg$parse`) of
 * tens of thousands of lines. From about 1,000 migration files V8's optimizing compilers (TurboFan,
 * and Maglev on Node 22+) compile it in the background for seconds, and the process waits for them at
 * exit: keeping them off it halved wall time and peak memory (see `npm run bench`).
 *
 * libpg-query is WebAssembly, and its parser is one huge function too: V8 tiers it up to TurboFan in
 * the background, which on Node 24 took 1.2 s of system time and 550 MiB of memory on the Lemmy PR
 * (peak 673 MiB; 170 MiB with the baseline compiler only). Liftoff's code stays faster even on
 * 40,000 statements, so WebAssembly never tiers up (PGlite's and sql.js's neither, as before).
 */
export const PARSER_V8_FLAGS: readonly string[] = ['--turbo-filter=-peg$parse', '--maglev-filter=-peg$parse', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'];

let set: Promise<void> | undefined;

/** Defined by the bundle (src/tools/bundle.ts): only the bundled CLI and action set the flags, as their launchers did. */
declare const __MIGRA_V8_FLAGS__: boolean | undefined;

export function setParserFlags(): Promise<void> {
  // From the sources (the tests) V8 is left as it is, as before: set there, the flags kept PGlite's
  // WebAssembly on the baseline compiler for the rest of the test file, which then ran past its time limit.
  if (typeof __MIGRA_V8_FLAGS__ === 'undefined') return Promise.resolve();
  set ??= import('node:v8').then(({ default: v8 }) => {
    for (const flag of PARSER_V8_FLAGS) v8.setFlagsFromString(flag);
  });
  return set;
}
