import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Bundle the CLI and the action into dist/ so they run with plain `node` and no node_modules.
 * libpg-query's WASM binary is loaded from next to the bundle, so it is copied there.
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
chmodSync(join(OUT, 'cli.js'), 0o755);
