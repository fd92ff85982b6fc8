import type { Plugin } from 'esbuild';
import { dirname } from 'node:path';

/**
 * Packages that only some runs use, evaluated in the bundle on their first call instead of at
 * start-up. Their code stays in the bundle, but esbuild wraps a package that is `require()`d in a
 * lazy initialiser: the source's `import { parse } from 'smol-toml'` is answered by a small module
 * whose `parse` requires the real one when first called. A warm review reads no Python, matches no
 * ignore globs and reads no TOML, yet evaluating these cost it about 10 ms of CPU at every start:
 *
 * - @lezer/python (with @lezer/lr, @lezer/common, @lezer/highlight): its node types, highlighting
 *   tags and parse tables (LRParser.deserialize of about 40 kB of encoded tables, 20–25 ms), which
 *   only repositories with Alembic or Django migrations need. src/python/reader.ts only calls
 *   `parser.parse`.
 * - picomatch (CommonJS, evaluated where it is imported): src/formats/paths.ts calls it as a function.
 * - smol-toml: src/formats/toml.ts calls `parse`.
 *
 * Only the exports listed stand in; the build fails when a source file imports anything else from
 * these packages, so a new use cannot silently get `undefined`.
 */
const LAZY: Record<string, { exports: Record<string, string> }> = {
  '@lezer/python': { exports: { parser: 'export const parser = { parse: (...a) => load().parser.parse(...a) };' } },
  picomatch: { exports: { default: 'export default function picomatch(...a) { return load()(...a); }' } },
  'smol-toml': { exports: { parse: 'export function parse(...a) { return load().parse(...a); }' } },
};

export const lazyPackages: Plugin = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).map((k) => k.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      // The stand-in's own require() resolves to the real package.
      if (args.kind === 'require-call' || args.namespace === 'lazy-package') return undefined;
      if (args.kind !== 'import-statement') return undefined;
      return { path: args.path, namespace: 'lazy-package', pluginData: { resolveDir: dirname(args.importer) } };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const spec = LAZY[args.path];
      const contents = [
        'let real;',
        `const load = () => (real ??= require(${JSON.stringify(args.path)}));`,
        ...Object.values(spec.exports),
      ].join('\n');
      return { contents, loader: 'js', resolveDir: (args.pluginData as { resolveDir: string }).resolveDir };
    });
  },
};
