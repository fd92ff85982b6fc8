import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';

/**
 * @lezer/python builds its parse tables when its module is evaluated (LRParser.deserialize of
 * about 40 kB of encoded tables): 20–25 ms of CPU on every run, although only repositories with
 * Alembic or Django migrations ever parse Python, and the reader's importers (formats, front
 * ends, rules) load it with the review. In the bundle the tables are built on the first use of
 * `parser` instead (a Proxy in front of the real parser; src/python/reader.ts only calls
 * parser.parse). The build fails if a new version of the package is laid out differently.
 */
export const lazyPythonGrammar: Plugin = {
  name: 'lazy-python-grammar',
  setup(b) {
    b.onLoad({ filter: /[\\/]@lezer[\\/]python[\\/]dist[\\/]index\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const build = 'const parser = LRParser.deserialize(';
      const exported = 'export { parser };';
      if (src.split(build).length !== 2 || src.split(exported).length !== 2) throw new Error(`${args.path}: the lazy Python grammar expects one \`${build}\` and one \`${exported}\``);
      const lazy = [
        'let builtParser;',
        'const parser = new Proxy({}, { get(_, key) { builtParser ??= buildParser(); const v = Reflect.get(builtParser, key, builtParser); return typeof v === "function" ? v.bind(builtParser) : v; } });',
        exported,
      ].join('\n');
      return { contents: src.replace(build, 'const buildParser = () => LRParser.deserialize(').replace(exported, lazy), loader: 'js' };
    });
  },
};
