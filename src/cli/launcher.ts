import module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEarlyCatFile } from '../source/early-cat-file.js';
import { codeCacheDir, runScripts } from './script-loader.js';

/**
 * dist/cli.js (built by src/tools/bundle.ts): start-up settings, then the bundle's scripts
 * (./script-loader.ts). Node's compile cache (22.1+) still serves what Node itself loads: the lazy
 * packages (`lazy-*.cjs`).
 */
declare const __MIGRA_BUILD_ID__: string;

try {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // A cache folder that cannot be written only costs the time it would have saved.
}
// `migra check`: git starts while the bundle loads (src/source/early-cat-file.ts).
startEarlyCatFile(process.argv.slice(2));
const { saveCache } = runScripts(dirname(fileURLToPath(import.meta.url)), 'cli-bundle.js', codeCacheDir(__MIGRA_BUILD_ID__, tmpdir()));
process.once('exit', saveCache);
