import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGLITE_FILES } from '../verify/pglite.js';
import { SQLJS_FILES } from '../verify/sqlite.js';

/**
 * Bundle the CLI and the action into dist/ so they run with plain `node` and no node_modules.
 * libpg-query's WASM binary is loaded from next to the bundle, so it is copied there; so are the
 * embedded engines' files (PGlite's PostgreSQL, its extension bundles, sql.js's SQLite) under engines/.
 * `--outdir DIR` builds elsewhere (the action's end-to-end tests build into a temp folder, so they
 * never race with a dist/ that something else is reading).
 */
const ENTRIES: Record<string, string> = { cli: 'src/cli/main.ts' };
if (existsSync('src/action/main.ts')) ENTRIES.index = 'src/action/main.ts';
const at = process.argv.indexOf('--outdir');
const OUT = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : 'dist';

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: ENTRIES,
  outdir: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // CommonJS dependencies call require(); ESM bundles need one.  // CommonJS code in dependencies also reads __dirname / __filename.
  banner: {
    js: [
      "import { createRequire as __migraCreateRequire } from 'node:module';",
      "import { fileURLToPath as __migraFileURLToPath } from 'node:url';",
      "const require = __migraCreateRequire(import.meta.url);",
      "const __filename = __migraFileURLToPath(import.meta.url);",
      "const __dirname = __migraFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});
const require = createRequire(import.meta.url);
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
copyFileSync(wasm, join(OUT, 'libpg-query.wasm'));
// The embedded engines of the verify stage load these at run time from dist/engines/ (src/verify/assets.ts).
mkdirSync(join(OUT, 'engines'), { recursive: true });
for (const [pkg, files] of [['@electric-sql/pglite', PGLITE_FILES], ['sql.js', SQLJS_FILES]] as const) {
  const from = dirname(require.resolve(pkg));
  for (const f of files) copyFileSync(join(from, f), join(OUT, 'engines', f));
}
chmodSync(join(OUT, 'cli.js'), 0o755);
