import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { sourceParserId } from '../analyze/parse-cache.js';
import { sourceReplayId } from '../analyze/replay-cache.js';
import { sourceDetectId } from '../analyze/detect-store.js';
import { collectLicenses, renderLicenses } from './licenses.js';
import { builtinsByRequire } from './builtins-by-require.js';
import { PARSER_V8_FLAGS } from '../frontends/v8-flags.js';
import { buildLazyPackages, lazyPackages } from './lazy-packages.js';
import { PGLITE_FILES } from '../verify/pglite.js';
import { SQLJS_FILES } from '../verify/sqlite.js';
import { moduleToScript } from './to-script.js';

/**
 * Bundle the CLI and the action into dist/ so they run with plain `node` and no node_modules.
 * libpg-query's WASM binary is loaded from next to the bundle, so it is copied there; so are the
 * embedded engines' files (PGlite's PostgreSQL, its extension bundles, sql.js's SQLite) under engines/.
 * What only some runs need is imported dynamically (sql-parser-cst, the MySQL front end with
 * node-sql-parser, PGlite, sql.js) and esbuild splits it into `chunk-*.js` files beside the bundles,
 * so a run compiles only the code it uses: loading the whole 7.7 MB bundle cost about 0.4 s of CPU
 * before any work. Chunks stay in dist/ itself, where the code that finds libpg-query's WASM next
 * to it (`__dirname`) expects to be.
 * The CLI's files are then made scripts that dist/cli.js compiles with V8's code cache
 * (src/cli/script-loader.ts, src/tools/to-script.ts); the action's stay ES modules.
 * `--outdir DIR` builds elsewhere (the action's end-to-end tests build into a temp folder, so they
 * never race with a dist/ that something else is reading).
 * The bundle is distributed, so it carries the licenses of what it is made of: THIRD_PARTY_LICENSES is
 * written from esbuild's metafile, and the build fails when a bundled package's license is missing or
 * not on the allow-list (src/tools/licenses.ts). Legal comments (/*! … *\/, @license) are kept at the
 * end of each file, as those licenses ask.
 */
const ENTRIES: Record<string, string> = { 'cli-bundle': 'src/cli/main.ts' };
if (existsSync('src/action/main.ts')) ENTRIES['index-bundle'] = 'src/action/main.ts';
/** The action's young generation (semi-spaces and the new large object space), in MiB. */
const YOUNG_GENERATION_MIB = 8;
const at = process.argv.indexOf('--outdir');
const OUT = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : 'dist';

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// Names the parser in parse cache keys, so a cache never outlives the build that wrote it.
const PARSER_ID = sourceParserId(resolve('src'));
// And replay in replay snapshot keys (the parser, the model and the replay code).
const REPLAY_ID = sourceReplayId(resolve('src'));
// And detection in the keys of the sets it keeps (the formats and the model).
const DETECT_ID = sourceDetectId(resolve('src'));
// CommonJS dependencies call require(); ESM bundles need one. (The CLI's scripts get these from their loader instead.)
const BANNER = [
  "import { createRequire as __migraCreateRequire } from 'node:module';",
  "import { fileURLToPath as __migraFileURLToPath } from 'node:url';",
  'const require = __migraCreateRequire(import.meta.url);',
  'const __migraFilename = __migraFileURLToPath(import.meta.url);',
  // globalThis: a chunk's own top-level `URL` (a regular expression in formats/alembic.ts) would shadow the global here.
  "const __migraDirname = __migraFileURLToPath(new globalThis.URL('.', import.meta.url));",
].join(' ');

// One build per entry, each with its own chunk prefix (cli-chunk-*.js, index-chunk-*.js): the npm
// package ships the CLI's chunks and none of the action's (package.json `files`).
const [lazy, ...results] = await Promise.all([buildLazyPackages(OUT), ...Object.entries(ENTRIES).map(([name, entry]) => bundleEntry(name, entry))]);
const SCRIPTS = Object.keys(results[Object.keys(ENTRIES).indexOf('cli-bundle')].metafile.outputs).map((o) => o.split('/').pop()!).filter((f) => f.endsWith('.js'));
const scripts = await Promise.all(SCRIPTS.sort().map(async (f) => ({ f, code: await moduleToScript(readFileSync(join(OUT, f), 'utf8'), BANNER) })));
for (const { f, code } of scripts) writeFileSync(join(OUT, f), code);
// Names the code cache's folder: cached code is only ever given back to the scripts it came from.
const buildId = scripts.reduce((h, { f, code }) => h.update(f).update('\0').update(code).update('\0'), createHash('sha256')).digest('hex').slice(0, 16);
const inputs = [...new Set([...results.map((r) => r.metafile), ...lazy].flatMap((m) => Object.keys(m.inputs)))];

function bundleEntry(name: string, entry: string): ReturnType<typeof build<{ metafile: true }>> {
  return build({
    entryPoints: { [name]: entry },
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    chunkNames: `${name.replace(/-bundle$/, '')}-chunk-[hash]`,
    target: 'node20',
    legalComments: 'eof',
    metafile: true,
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    plugins: [lazyPackages, builtinsByRequire],
    // CommonJS code in dependencies reads __dirname / __filename: where it reads them undeclared,
    // they become the banner's (an ESM dependency that declares its own, like @azure/storage-common,
    // keeps its own: a second top-level declaration in one chunk would not compile).
    define: { __MIGRA_PARSER_ID__: JSON.stringify(PARSER_ID), __MIGRA_REPLAY_ID__: JSON.stringify(REPLAY_ID), __MIGRA_DETECT_ID__: JSON.stringify(DETECT_ID), __MIGRA_V8_FLAGS__: 'true', __filename: '__migraFilename', __dirname: '__migraDirname' },
    banner: { js: BANNER },
  });
}
for (const f of readdirSync(OUT)) if (/\.c?js$/.test(f)) asciiOnly(join(OUT, f));
const require = createRequire(import.meta.url);
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, join(OUT, 'libpg-query.wasm'));
// cli.js and index.js are launchers: what they set must be in place before the bundle is compiled.
if (ENTRIES['index-bundle']) writeFileSync(join(OUT, 'index.js'), launcher('./index-bundle.js'));
await build({
  entryPoints: { cli: 'src/cli/launcher.ts' },
  outdir: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [builtinsByRequire],
  define: { __MIGRA_BUILD_ID__: JSON.stringify(buildId) },
  banner: { js: ['#!/usr/bin/env node', '// Generated by src/tools/bundle.ts from src/cli/launcher.ts: start-up settings, then the bundle.', BANNER].join('\n') },
});
// The embedded engines of the verify stage load these at run time from dist/engines/ (src/verify/assets.ts).
mkdirSync(join(OUT, 'engines'), { recursive: true });
for (const [pkg, files] of [['@electric-sql/pglite', PGLITE_FILES], ['sql.js', SQLJS_FILES]] as const) {
  const from = dirname(require.resolve(pkg));
  for (const f of files) copyFileSync(join(from, f), join(OUT, 'engines', f));
}
chmodSync(join(OUT, 'cli.js'), 0o755);

const licenses = collectLicenses(inputs, process.cwd());
if (licenses.problems.length) {
  process.stderr.write(`bundle: license check failed:\n${licenses.problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
// The WASM binary is copied, not bundled, so the metafile does not list it: its notices are kept by hand.
const wasmNotice = readFileSync(new URL('./notices/libpg-query-wasm.txt', import.meta.url), 'utf8');
writeFileSync(join(OUT, 'THIRD_PARTY_LICENSES'), renderLicenses(licenses.packages, [wasmNotice]));

/**
 * The action's launcher sets the V8 settings for the generated parsers and WebAssembly
 * (src/frontends/v8-flags.ts) before it starts its worker (the worker's loaders set them again, to
 * the same values); the CLI's bundle sets them just before it loads a parser, so its launcher does
 * not import node:v8 (9 ms of every run, most of which never parse). The compile cache (Node 22.1+)
 * keeps the compiled bundle between runs.
 *
 * The action runs its bundle in a worker thread whose young generation is capped: Node 24 (the
 * action's runtime) grows it to 32 MiB semi-spaces, which was a third of the peak (Lemmy's history
 * under review: 327 MiB, 230 MiB capped; the Lemmy PR 152 → 138 MiB) for no measurable CPU. The cap
 * can only be set when an isolate is created, so it is a worker's resource limit. The CLI stays on
 * the main thread, where a terminal is a TTY (progress line, colours): its launcher is
 * src/cli/launcher.ts.
 */
function launcher(bundle: string): string {
  return [
    '#!/usr/bin/env node',
    '// Generated by src/tools/bundle.ts: start-up settings, then the bundle.',
    "import module from 'node:module';",
    "import v8 from 'node:v8';",
    "import { Worker } from 'node:worker_threads';",
    ...PARSER_V8_FLAGS.map((flag) => `v8.setFlagsFromString(${JSON.stringify(flag).replace(/"/g, "'")});`),
    'try {',
    '  module.enableCompileCache?.();',
    '} catch {',
    '  // A cache folder that cannot be written only costs the time it would have saved.',
    '}',
    `const worker = new Worker(new URL('${bundle}', import.meta.url), { argv: process.argv.slice(2), resourceLimits: { maxYoungGenerationSizeMb: ${YOUNG_GENERATION_MIB} } });`,
    "worker.on('error', (e) => {",
    '  process.stderr.write(`${e?.stack ?? e}\\n`);',
    '  process.exitCode = 1;',
    '});',
    "worker.on('exit', (code) => {",
    '  process.exitCode ||= code;',
    '});',
    '',
  ].join('\n');
}

/**
 * Non-ASCII characters of the code (a dash in a comment or a regular expression), written as
 * `\uXXXX` escapes: one such character made Node decode the whole 1.4 MB bundle as UTF-8 instead of
 * Latin-1 at every start, and V8 keep and scan it as a two-byte string (about 5 ms and 1.3 MiB). The
 * escapes mean the same in strings, regular expressions, identifiers and comments. The legal
 * comments esbuild gathers at the end of the file are kept as written (a name in a license).
 */
function asciiOnly(path: string): void {
  const text = readFileSync(path, 'utf8');
  const legal = text.search(/\n\/\*!|\n\/\*\*\n \* @license/);
  const code = legal < 0 ? text : text.slice(0, legal);
  if (/^[\x00-\x7f]*$/.test(code)) return;
  const escaped = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(path, escaped + text.slice(code.length));
}
