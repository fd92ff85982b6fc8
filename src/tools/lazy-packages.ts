import { build, type Metafile, type Plugin } from 'esbuild';
import { join } from 'node:path';

/**
 * Packages that only some runs use, loaded by the bundle on their first call instead of at
 * start-up. Each is built into a CommonJS file of its own beside the bundle (`lazy-<name>.cjs`),
 * and the source's `import { parse } from 'smol-toml'` is answered by a small module whose `parse`
 * requires that file when first called: synchronously, as the callers expect, and without
 * compiling it at every start. A warm review reads no Python, matches no ignore globs and reads
 * no TOML, yet these 300 kB were compiled (and the first two evaluated) in every run:
 *
 * - @lezer/python (with @lezer/lr, @lezer/common, @lezer/highlight): its node types, highlighting
 *   tags and parse tables (LRParser.deserialize of about 40 kB of encoded tables, 20–25 ms), which
 *   only repositories with Alembic or Django migrations need. src/python/reader.ts only calls
 *   `parser.parse`.
 * - picomatch (CommonJS, evaluated where it is imported): src/formats/paths.ts calls it as a function.
 * - smol-toml: src/formats/toml.ts calls `parse`.
 *
 * Only the exports listed stand in: esbuild fails the build when a source file imports anything
 * else from these packages, so a new use cannot silently get `undefined`.
 */
const LAZY: Record<string, { file: string; exports: string[] }> = {
  '@lezer/python': { file: 'lazy-lezer-python.cjs', exports: ['export const parser = { parse: (...a) => load().parser.parse(...a) };'] },
  picomatch: { file: 'lazy-picomatch.cjs', exports: ['export default function picomatch(...a) { return load()(...a); }'] },
  'smol-toml': { file: 'lazy-smol-toml.cjs', exports: ['export function parse(...a) { return load().parse(...a); }'] },
};

const escape = (s: string) => s.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');

export const lazyPackages: Plugin = {
  name: 'lazy-packages',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY).map(escape).join('|')})$`) }, (args) => {
      if (args.kind !== 'import-statement') return undefined;
      return { path: args.path, namespace: 'lazy-package' };
    });
    // The stand-in's require() is answered at run time, from the folder of the bundle.
    b.onResolve({ filter: /^\.\/lazy-[\w-]+\.cjs$/ }, (args) => (args.namespace === 'lazy-package' ? { path: args.path, external: true } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const spec = LAZY[args.path];
      const contents = ['let real;', `const load = () => (real ??= require(${JSON.stringify(`./${spec.file}`)}));`, ...spec.exports].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/** Build each lazy package into `outdir`; their metafiles, for the license check. */
export async function buildLazyPackages(outdir: string): Promise<Metafile[]> {
  const results = await Promise.all(
    Object.entries(LAZY).map(([pkg, { file }]) =>
      build({
        stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: process.cwd(), loader: 'js', sourcefile: `lazy:${pkg}` },
        outfile: join(outdir, file),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        legalComments: 'eof',
        metafile: true,
        mainFields: ['module', 'main'],
        logLevel: 'warning',
      }),
    ),
  );
  return results.map((r) => r.metafile);
}
