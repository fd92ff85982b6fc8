import { escapeRegExp } from '../model/regex.js';
import { dirOf, joinPath, normalizePath } from './paths.js';

/**
 * The folder a tool's TOML config names under `key` of `[table]` (or `table.key = "…"` at the
 * top), relative to the config file; undefined when it names none, or an absolute path (outside
 * the repository, or a machine's own layout), or one above the repository root.
 */
export function tomlConfigDir(tomlPath: string, toml: string, table: string, key: string): string | undefined {
  const dottedKey = new RegExp(`^((?:${escapeRegExp(table)}\\s*\\.\\s*)?${escapeRegExp(key)})\\s*=\\s*["']([^"']+)["']`);
  let current = '';
  for (const raw of toml.split(/\r?\n/)) {
    const line = raw.replace(/#[^"']*$/, '').trim();
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header) {
      current = header[1];
      continue;
    }
    const m = dottedKey.exec(line);
    if (!m) continue;
    const dotted = m[1] !== key;
    if ((current === table && !dotted) || (current === '' && dotted)) return configRelativeDir(tomlPath, m[2]);
  }
  return undefined;
}

/** A folder a config file names, as a repository path. */
export function configRelativeDir(configPath: string, dir: string): string | undefined {
  const d = dir.replace(/\\/g, '/');
  if (d.startsWith('/') || /^[A-Za-z]:/.test(d)) return undefined;
  return normalizePath(joinPath(dirOf(configPath), d));
}
