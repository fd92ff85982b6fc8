import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Migra keeps its caches in unless told otherwise (parsed SQL files, the engine's
 * database of the base history): $XDG_CACHE_HOME/migra, else ~/.cache/migra. The XDG spec
 * ignores a relative XDG_CACHE_HOME. A file of its own: the command line reads it for every
 * command, and what cache.ts loads (node:crypto) costs start-up time that `--version` does not need.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'migra');
}
