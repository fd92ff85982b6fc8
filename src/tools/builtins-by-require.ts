import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';

/**
 * Node's built-in modules, taken in the bundle with `require` (the banner's createRequire) instead
 * of `import`. Importing a built-in from ESM builds a module facade that reads every one of its
 * exports, getters included: `node:crypto`'s `webcrypto` and `subtle` load Web Crypto, `node:fs`'s
 * `ReadStream` its streams, in every run, though nothing here uses them.
 *
 * The source imports them as usual (`import { createHash } from 'node:crypto'`); here each such
 * import is answered by a small ES module that requires the built-in and exports just the names
 * imported (`const m = require('node:crypto'); export const { createHash } = m;`). Not esbuild's
 * CommonJS interop, which copies every property into a getter at each importing module (8–10 ms of
 * its own), nor every name of the built-in (Node 24 warns when `fs.F_OK` is read). An import of
 * another shape (default, namespace, or in a package) is left as it was.
 */
export const builtinsByRequire: Plugin = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      if (args.kind !== 'import-statement' || args.namespace !== 'file' || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      const names = importedNames(readFileSync(args.importer, 'utf8'), args.path);
      if (!names) return undefined;
      return { path: `${args.path}#${names.join(',')}`, namespace: 'builtin-require', pluginData: { module: args.path, names } };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => {
      const { module, names } = args.pluginData as { module: string; names: string[] };
      const contents = [`const m = require(${JSON.stringify(module)});`, names.length ? `export const { ${names.join(', ')} } = m;` : ''].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The names `source` imports from `spec` when every import of it there is `import { a, b as c }`
 * (types left out), sorted; undefined for any other shape.
 */
export function importedNames(source: string, spec: string): string[] | undefined {
  const quoted = `['"]${spec.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}['"]`;
  const all = [...source.matchAll(new RegExp(`\\bimport\\s+([^;]*?)\\s*from\\s*${quoted}`, 'g'))];
  const names = new Set<string>();
  for (const m of all) {
    const clause = m[1];
    if (/^type\s/.test(clause)) continue;
    const braces = /^\{([^}]*)\}$/.exec(clause);
    if (!braces) return undefined;
    for (const part of braces[1].split(',')) {
      const p = part.trim();
      if (!p || /^type\s/.test(p)) continue;
      const name = /^([A-Za-z_$][\w$]*)(\s+as\s+[A-Za-z_$][\w$]*)?$/.exec(p)?.[1];
      if (!name) return undefined;
      names.add(name);
    }
  }
  return all.length ? [...names].sort() : undefined;
}
