import { transform } from 'esbuild';
import { SCRIPT_PARAMS } from '../cli/script-loader.js';

/**
 * What esbuild makes of `import(x)`. Its `require` is renamed: code that declares a `require` of its
 * own around an `import()` (Emscripten's glue in PGlite: `let { createRequire } = await
 * import("module"); var require = createRequire(…)`) would otherwise call its own, still undefined.
 */
const DYNAMIC_IMPORT = /(Promise\.resolve\(\)\.then\(\(\) => __toESM\()require\(/g;

/**
 * One ES module of the CLI's bundle (esbuild's output: the banner, imports of other files of the
 * bundle, `export { … }`) as the script src/cli/script-loader.ts runs: a function expression of
 * SCRIPT_PARAMS whose body is the module as CommonJS. The banner's `require`, `__migraFilename`,
 * `__migraDirname` and `import.meta.url` become the loader's arguments; `import()` becomes a call
 * of the loader's `__migraImport` in a promise, so the loader answers it too.
 *
 * esbuild's `// src/…` lines, which say where each bundled module starts, are kept (the tests read
 * them; see __tests__/cli/bundle-lazy.test.ts): a transform drops ordinary comments, so they pass
 * through it as legal comments (`//! `).
 */
export async function moduleToScript(code: string, banner: string): Promise<string> {
  const body = code.replace(/^#!.*\n/, '');
  if (!body.startsWith(`${banner}\n`)) throw new Error('to-script: a bundle file does not start with the banner');
  const marked = body.slice(banner.length + 1).replace(/^\/\/ ((?:src|node_modules)\/\S+)$/gm, '//! $1');
  const { code: cjs, warnings } = await transform(marked, {
    format: 'cjs',
    target: 'node20',
    define: { 'import.meta.url': '__migraUrl' },
    supported: { 'dynamic-import': false },
    legalComments: 'inline',
    // Warnings are errors here (below), thrown rather than printed.
    logLevel: 'silent',
  });
  // Such as an `import.meta` other than its `url`, which CommonJS would make `{}`.
  if (warnings.length) throw new Error(`to-script: ${warnings.map((w) => w.text).join('; ')}`);
  const unmarked = cjs.replace(/^\/\/! ((?:src|node_modules)\/\S+)$/gm, '// $1').replace(DYNAMIC_IMPORT, '$1__migraImport(');
  // Strict, as the module was; the wrapper opens on the first line of the code, adding none.
  return `(function (${SCRIPT_PARAMS.join(', ')}) {"use strict";${unmarked}\n})`;
}
