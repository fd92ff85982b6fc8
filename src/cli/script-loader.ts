import { createRequire } from 'node:module';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * Runs the bundled CLI's files as scripts compiled with V8's code cache, which Node 20 has no other
 * way to give ES modules: Node 22.1+ caches compiled modules (`module.enableCompileCache`), Node 20
 * compiled the 1.3 MB a check loads from source in every run (compileSourceTextModule, ~50 ms of a
 * cold review on this machine, ~30 of a warm one). src/tools/to-script.ts turns each ES module
 * esbuild writes into one function expression taking SCRIPT_PARAMS; this loader compiles it with
 * `vm.Script` and the cached data of an earlier run, and stands in for `import` between the files
 * (their imports became `require("./x.js")`). Node 24 takes the same path: its own compile cache
 * did the same work for the modules, and one way of loading means the tests cover what both run.
 *
 * A file's code is cached as late as it can be, so that it holds the functions the run compiled
 * lazily too, not only the file's top level (a warm Lemmy check, CPU medians of 9 on a busy
 * machine: 0.43 -> 0.37 s): when the process exits, or, for the files loaded by then, when the
 * bundle first asks for `node:v8`. That is where the parsers set their V8 flags
 * (src/frontends/v8-flags.ts), and V8 rejects code cached under other flags: cached after that,
 * the files loaded at start-up would be compiled from source again by every run that starts
 * without those flags.
 */
export const SCRIPT_PARAMS = ['exports', 'require', 'module', '__migraUrl', '__migraFilename', '__migraDirname', '__migraImport'] as const;

/** A specifier of another script of the bundle: a file in the same folder, `.js` (the lazy packages are `.cjs`, for Node's `require`). */
const SCRIPT_SPEC = /^\.\/([\w-]+\.js)$/;

interface Loaded {
  exports: Record<string, unknown>;
}

/** A run of the bundle: the entry's exports, and `saveCache` to call when the process exits. */
export interface ScriptRun {
  exports: Record<string, unknown>;
  saveCache: () => void;
}

/**
 * Loads `entry` (a file name in `dir`) and what it requires; compiled code is kept in `cacheDir`
 * (undefined: none).
 */
export function runScripts(dir: string, entry: string, cacheDir: string | undefined): ScriptRun {
  const nodeRequire = createRequire(join(dir, entry));
  const modules = new Map<string, Loaded>();
  /** Files compiled without cached code V8 took, whose code is still to be cached. */
  let unsaved: { script: Script; file: string }[] = [];
  const saveCache = () => {
    for (const { script, file } of unsaved) writeCache(file, script);
    unsaved = [];
  };
  // `resolve` too, as the ES modules' banner gave them Node's whole `require` (nothing in the bundle reads it today).
  const require = Object.assign(
    (spec: string): unknown => {
      const m = SCRIPT_SPEC.exec(spec);
      if (m) return load(m[1]);
      if (spec === 'node:v8' || spec === 'v8') saveCache();
      return nodeRequire(spec);
    },
    { resolve: nodeRequire.resolve },
  );
  const load = (name: string): Record<string, unknown> => {
    const known = modules.get(name);
    // A cycle between files gets the exports as they are, as CommonJS does (esbuild's exports are getters, defined first).
    if (known) return known.exports;
    const module: Loaded = { exports: {} };
    modules.set(name, module);
    const path = join(dir, name);
    const url = pathToFileURL(path).href;
    // The bundle is ASCII (src/tools/bundle.ts escapes the rest): Latin-1 is the cheapest exact decoding.
    const source = readFileSync(path, 'latin1');
    const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `${name}.cache`);
    const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
    // Named by URL, as the ES modules were: stack traces and coverage read the same as before.
    const script = new Script(source, { filename: url, cachedData });
    if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) unsaved.push({ script, file: cacheFile });
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run(module.exports, require, module, url, path, join(dir, '/'), require);
    return module.exports;
  };
  return { exports: load(entry), saveCache };
}

/**
 * Where compiled code is kept: a folder of the user's own under the temporary folder, one a runtime
 * and build (`buildId`, a hash of the scripts). Undefined, so nothing is cached, when
 * NODE_DISABLE_COMPILE_CACHE is set (as Node's own cache) or the folder is not the user's alone:
 * cached code is run as is, so a folder someone else can write is not trusted.
 */
export function codeCacheDir(buildId: string, tmp: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const base = join(tmp, uid === undefined ? 'migra-compile-cache' : `migra-compile-cache-${uid}`);
  try {
    mkdirSync(base, { recursive: true, mode: 0o700 });
    const st = lstatSync(base);
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return join(base, `${process.version}-${process.arch}-${buildId}`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written under a name of its own, then renamed: processes running at once never read half a file. */
function writeCache(file: string, script: Script): void {
  try {
    const data = script.createCachedData();
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs the time it would have saved.
  }
}
