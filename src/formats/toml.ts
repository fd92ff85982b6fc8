import { parse } from 'smol-toml';
import { dirOf, joinPath, normalizePath } from './paths.js';

/**
 * TOML, read by a TOML parser (smol-toml, TOML 1.0) rather than line patterns: the tools whose
 * config we read (Diesel, sqlx, Cargo, Alembic in pyproject.toml) use a real parser, so a dotted
 * key, an inline table, a quoted key or a multi-line string means to us what it means to them.
 */
export type TomlTable = { [key: string]: unknown };

/** The document, or undefined when it is not valid TOML (the tool itself would refuse it too). */
export function readToml(text: string): TomlTable | undefined {
  try {
    return parse(text) as TomlTable;
  } catch {
    return undefined;
  }
}

export function isTomlTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * Whether a TOML text may name every one of `keys`. A key is written out in the text (bare, quoted,
 * in a table header or a dotted key) unless a quoted key spells it with escapes, which take a
 * backslash; so false is certain, and the caller knows the answer without the parser. Most config
 * files name none of what we look for (Lemmy's diesel.toml names no migrations folder and no
 * backend), and parsing them was the only use a review had for the parser.
 */
export function mayName(text: string, keys: readonly string[]): boolean {
  return text.includes('\\') || keys.every((k) => text.includes(k));
}

/** The value at a path of keys (`['tool', 'alembic']`), undefined when any step is missing. */
export function tomlAt(doc: TomlTable | undefined, path: readonly string[]): unknown {
  let v: unknown = doc;
  for (const key of path) v = isTomlTable(v) ? v[key] : undefined;
  return v;
}

/**
 * The folder a tool's TOML config names under `key` of `[table]` (in any TOML spelling: a table, a
 * dotted key, an inline table), relative to the config file; undefined when it names none, or an
 * absolute path (outside the repository, or a machine's own layout), or one above the repository root.
 */
export function tomlConfigDir(tomlPath: string, toml: string, table: string, key: string): string | undefined {
  if (!mayName(toml, [table, key])) return undefined;
  const dir = tomlAt(readToml(toml), [table, key]);
  return typeof dir === 'string' && dir ? configRelativeDir(tomlPath, dir) : undefined;
}

/** A folder a config file names, as a repository path. */
export function configRelativeDir(configPath: string, dir: string): string | undefined {
  const d = dir.replace(/\\/g, '/');
  if (d.startsWith('/') || /^[A-Za-z]:/.test(d)) return undefined;
  return normalizePath(joinPath(dirOf(configPath), d));
}
