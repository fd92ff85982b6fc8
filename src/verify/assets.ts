import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files the embedded engines load at run time (WASM binaries, PostgreSQL's data files and
 * extension bundles). The bundle ships them next to dist/cli.js (src/tools/bundle.ts copies them
 * into dist/engines/); run from source they come from node_modules.
 */
export function engineAsset(pkg: '@electric-sql/pglite' | 'sql.js', file: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const shipped = join(here, 'engines', file);
  if (existsSync(shipped)) return shipped;
  const require = createRequire(import.meta.url);
  // Both packages keep these files beside their main module (dist/).
  return join(dirname(require.resolve(pkg)), file);
}
