import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeCacheDir, runScripts } from '../../src/cli/script-loader.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { moduleToScript } from '../../src/tools/to-script.js';

/*
 * The bundled CLI's files run as scripts with V8's code cache (src/cli/script-loader.ts), made from
 * esbuild's ES modules by src/tools/to-script.ts. Here on small modules of the same shape: a
 * banner, imports between files, `import()`, `import.meta.url`, a package required from a `.cjs`.
 */
const BANNER = "import { createRequire as __migraCreateRequire } from 'node:module'; const require = __migraCreateRequire(import.meta.url);";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'migra-scripts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeModules(files: Record<string, string>, to = dir): Promise<void> {
  mkdirSync(to, { recursive: true });
  for (const [name, code] of Object.entries(files)) writeFileSync(join(to, name), name.endsWith('.js') ? await moduleToScript(`${BANNER}\n${code}`, BANNER) : code);
}

const SHARED = ['// src/shared.ts', 'let calls = 0;', 'export function count() { return ++calls; }', 'export const where = import.meta.url;', 'export { calls };'].join('\n');
const ENTRY = [
  '// src/entry.ts',
  'import { count, calls, where } from "./chunk-shared.js";',
  'import { basename } from "node:path";',
  'const lazyPkg = require("./lazy-pkg.cjs");',
  'count();',
  'export const seen = () => calls;',
  'export const late = () => import("./chunk-late.js").then((m) => m.late(count()));',
  'export const names = [basename(where), lazyPkg.name, __migraFilename === undefined];',
].join('\n');
const LATE = ['// src/late.ts', 'export function late(n) { return `late ${n}`; }'].join('\n');

describe('moduleToScript and runScripts', () => {
  it('run modules that import each other, a built-in, a CommonJS file and one by import(), with live bindings', async () => {
    await writeModules({ 'chunk-shared.js': SHARED, 'entry.js': ENTRY, 'chunk-late.js': LATE, 'lazy-pkg.cjs': 'module.exports = { name: "pkg" };' });
    const entry = runScripts(dir, 'entry.js', undefined).exports as { seen: () => number; late: () => Promise<string>; names: unknown[] };
    expect(entry.names).toEqual(['chunk-shared.js', 'pkg', false]);
    expect(entry.seen()).toBe(1);
    await expect(entry.late()).resolves.toBe('late 2');
    // A binding that changes is read where it lives, as between ES modules.
    expect(entry.seen()).toBe(2);
  });

  it('answer import() where the code declares a `require` of its own around it (Emscripten glue)', async () => {
    const glue = ['// node_modules/glue/glue.js', 'export async function start() {', '  let { createRequire } = await import("node:module");', '  var require = createRequire(import.meta.url);', '  return typeof require("node:path").join + eval("typeof require");', '}'].join('\n');
    await writeModules({ 'entry.js': glue });
    const entry = runScripts(dir, 'entry.js', undefined).exports as { start: () => Promise<string> };
    // The direct eval (Emscripten's glue has them) keeps esbuild from renaming that `require`.
    await expect(entry.start()).resolves.toBe('functionfunction');
  });

  it('keep the `// src/…` line that starts each bundled module', async () => {
    const script = await moduleToScript(`${BANNER}\n${SHARED}`, BANNER);
    expect(script).toMatch(/^\/\/ src\/shared\.ts$/m);
  });

  it('refuse a module without the banner, and what CommonJS cannot say', async () => {
    await expect(moduleToScript('export const a = 1;', BANNER)).rejects.toThrow(/banner/);
    await expect(moduleToScript(`${BANNER}\nexport const d = import.meta.dirname;`, BANNER)).rejects.toThrow(/to-script/);
  });

  it('name each script by its file URL, as the modules were (stack traces, coverage)', async () => {
    await writeModules({ 'entry.js': ['// src/entry.ts', 'export function where() { return new Error("here").stack; }'].join('\n') });
    const entry = runScripts(dir, 'entry.js', undefined).exports as { where: () => string };
    expect(entry.where()).toContain(pathToFileURL(join(dir, 'entry.js')).href);
  });
});

describe('the code cache', () => {
  const cacheOf = (name: string) => join(dir, 'cache', `${name}.cache`);

  it('is written when the run ends, read as it is by the next run, and replaced when V8 rejects it', async () => {
    // Each run from a copy in a folder of its own: V8 would otherwise find the code it compiled for
    // the same file earlier in this process, and not look at the cache at all.
    const files = { 'chunk-shared.js': SHARED, 'entry.js': ENTRY, 'chunk-late.js': LATE, 'lazy-pkg.cjs': 'module.exports = { name: "pkg" };' };
    for (const run of ['1', '2', '3']) await writeModules(files, join(dir, run));
    const cache = join(dir, 'cache');
    const one = runScripts(join(dir, '1'), 'entry.js', cache);
    expect(readdirSync(join(dir))).not.toContain('cache');
    one.saveCache();
    const first = statSync(cacheOf('entry.js'));
    expect(statSync(cacheOf('chunk-shared.js')).size).toBeGreaterThan(0);
    // Only what ran: the file imported by import() was never loaded.
    expect(() => statSync(cacheOf('chunk-late.js'))).toThrow();

    runScripts(join(dir, '2'), 'entry.js', cache).saveCache();
    // Accepted, so not written again (a write renames a new file into place).
    expect(statSync(cacheOf('entry.js')).ino).toBe(first.ino);

    writeFileSync(cacheOf('entry.js'), 'not code from V8');
    const three = runScripts(join(dir, '3'), 'entry.js', cache);
    expect((three.exports as { names: unknown[] }).names).toEqual(['chunk-shared.js', 'pkg', false]);
    three.saveCache();
    expect(readFileSync(cacheOf('entry.js'), 'latin1')).not.toBe('not code from V8');
    expect(statSync(cacheOf('entry.js')).size).toBeGreaterThan(100);
  });

  it('is written for the files loaded so far when the bundle asks for node:v8, before it sets V8 flags', async () => {
    const flags = ['// src/flags.ts', 'export const setFlags = () => import("node:v8").then(({ default: v8 }) => typeof v8.setFlagsFromString);'].join('\n');
    await writeModules({ 'entry.js': flags });
    const run = runScripts(dir, 'entry.js', join(dir, 'cache'));
    expect(() => statSync(cacheOf('entry.js'))).toThrow();
    await expect((run.exports as { setFlags: () => Promise<string> }).setFlags()).resolves.toBe('function');
    const at = statSync(cacheOf('entry.js')).ino;
    // Not again at exit: the code cached then would carry the new flags.
    run.saveCache();
    expect(statSync(cacheOf('entry.js')).ino).toBe(at);
  });

  it('lives in a folder of the user, the runtime and the build, and is off where Node would keep none or others can write', () => {
    const at = codeCacheDir('0123abcd', dir, {});
    expect(at).toBe(join(dir, `migra-compile-cache-${process.getuid!()}`, `${process.version}-${process.arch}-0123abcd`));
    expect(statSync(join(at!, '..')).mode & 0o777).toBe(0o700);
    expect(codeCacheDir('0123abcd', dir, { NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
    chmodSync(join(at!, '..'), 0o777);
    expect(codeCacheDir('0123abcd', dir, {})).toBeUndefined();
  });
});

describe('the bundled CLI', () => {
  it('keeps the code it compiled in its own cache folder, and a second run compiles it from there', () => {
    const repo = TempRepo.create('migra-scripts-repo-');
    try {
      repo.commit('base', { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' });
      repo.checkout('pr', true);
      repo.commit('drop', { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' });
      // A temporary folder of its own: the cache folder is under it, and no other test's run writes there.
      const tmp = join(dir, 'tmp');
      mkdirSync(tmp);
      const check = () => {
        const r = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), 'check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--format', 'json', '--fail-on', 'never', '--no-cache'], {
          encoding: 'utf8',
          env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', GITHUB_ACTIONS: '' },
        });
        if (r.status !== 0) throw new Error(`migra exited ${r.status}: ${r.stderr}`);
        return (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
      };
      expect(check()).toContain('drop-column');
      const [base] = readdirSync(tmp).filter((f) => f.startsWith('migra-compile-cache'));
      const [build] = readdirSync(join(tmp, base));
      const cached = join(tmp, base, build);
      expect(build.startsWith(`${process.version}-${process.arch}-`)).toBe(true);
      const files = readdirSync(cached);
      expect(files).toContain('cli-bundle.js.cache');
      // The SQL front end's chunk too: it is loaded by import(), after the parsers' V8 flags are set.
      const frontEnd = readdirSync(join(process.cwd(), 'dist')).find((f) => /^cli-chunk-/.test(f) && readFileSync(join(process.cwd(), 'dist', f), 'latin1').includes('// src/frontends/sql/pg-fallback.ts'));
      expect(files).toContain(`${frontEnd}.cache`);
      const inodes = files.map((f) => statSync(join(cached, f)).ino);

      expect(check()).toContain('drop-column');
      // V8 took every file's cached code: none was written again.
      expect(readdirSync(cached).map((f) => statSync(join(cached, f)).ino)).toEqual(inodes);
    } finally {
      repo.remove();
    }
  });
});
