import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { collectLicenses, renderLicenses } from './licenses.js';

/**
 * Bundle the CLI and the action into dist/ so they run with plain `node` and no node_modules.
 * libpg-query's WASM binary is loaded from next to the bundle, so it is copied there.
 * `--outdir DIR` builds elsewhere (the action's end-to-end tests build into a temp folder, so they
 * never race with a dist/ that something else is reading).
 * The bundle is distributed, so it carries the licenses of what it is made of: THIRD_PARTY_LICENSES is
 * written from esbuild's metafile, and the build fails when a bundled package's license is missing or
 * not on the allow-list (src/tools/licenses.ts). Legal comments (/*! … *\/, @license) are kept at the
 * end of each file, as those licenses ask.
 */
const ENTRIES: Record<string, string> = { cli: 'src/cli/main.ts' };
if (existsSync('src/action/main.ts')) ENTRIES.index = 'src/action/main.ts';
const at = process.argv.indexOf('--outdir');
const OUT = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : 'dist';

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const result = await build({
  entryPoints: ENTRIES,
  outdir: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  metafile: true,
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // CommonJS dependencies call require(); ESM bundles need one. CommonJS code in dependencies also
  // reads __dirname / __filename.
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

const licenses = collectLicenses(Object.keys(result.metafile.inputs), process.cwd());
if (licenses.problems.length) {
  process.stderr.write(`bundle: license check failed:\n${licenses.problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
// The WASM binary is copied, not bundled, so the metafile does not list it: its notices are kept by hand.
const wasmNotice = readFileSync(new URL('./notices/libpg-query-wasm.txt', import.meta.url), 'utf8');
writeFileSync(join(OUT, 'THIRD_PARTY_LICENSES'), renderLicenses(licenses.packages, [wasmNotice]));
