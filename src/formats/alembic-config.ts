import { baseName, dirOf, isExcludedPath, isUnder, joinPath, normalizeDir, normalizePath } from './paths.js';
import type { SourceFile } from './spec.js';
import { isEnvPath } from './graph.js';
import { isTomlTable, readToml, tomlAt } from './toml.js';

/**
 * An Alembic environment named by an alembic.ini section or pyproject.toml `[tool.alembic]`:
 * its `script_location` (the set) and the folders holding its revision scripts
 * (`version_locations`, else `<script_location>/versions`), one revision graph across them all.
 */
export interface AlembicEnv {
  dir: string;
  versionDirs: string[];
  /** `recursive_version_locations`: revisions may sit in subfolders of the version folders. */
  recursive: boolean;
  /** The file that names the environment. */
  config: string;
}

/** Whether a path is a revision script of an environment with these version folders. */
export function inVersionDirs(path: string, versionDirs: readonly string[], recursive: boolean): boolean {
  if (!path.endsWith('.py') || baseName(path).startsWith('__') || isExcludedPath(path) || isEnvPath(path)) return false;
  return versionDirs.some((d) => (recursive ? isUnder(path, d) && path !== d : dirOf(path) === d));
}

/** The environments the alembic.ini and pyproject.toml files of a tree name, each folder once. */
export function alembicEnvs(configs: readonly SourceFile[]): AlembicEnv[] {
  const envs: AlembicEnv[] = [];
  const seen = new Set<string>();
  // alembic.ini before alembic_other.ini before pyproject.toml, shallow before deep.
  const rank = (p: string) => (baseName(p) === 'alembic.ini' ? 0 : p.endsWith('.ini') ? 1 : 2);
  const sorted = [...configs].sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    const here = dirOf(f.path);
    const found = f.path.endsWith('.ini') ? iniEnvs(f.text) : tomlEnvs(f.text);
    for (const raw of found) {
      const dir = resolveLocation(here, raw.scriptLocation);
      if (dir === undefined || seen.has(dir)) continue;
      const versionDirs = raw.versionLocations?.map((v) => resolveLocation(here, v)).filter((d): d is string => d !== undefined) ?? [];
      seen.add(dir);
      envs.push({ dir, versionDirs: versionDirs.length ? [...new Set(versionDirs)] : [joinPath(dir, 'versions')], recursive: raw.recursive, config: f.path });
    }
  }
  return envs;
}

interface RawEnv {
  scriptLocation: string;
  versionLocations?: string[];
  recursive: boolean;
}

const HERE = '\0here';

/** A location as written (after `%(here)s` became HERE) → a repo-relative folder, or undefined when it cannot be mapped. */
function resolveLocation(here: string, value: string): string | undefined {
  let v = value.trim().replace(/\\/g, '/');
  if (v.startsWith(HERE)) v = v.slice(HERE.length).replace(/^\/+/, '');
  else if (v.startsWith('/') || /^[A-Za-z]:\//.test(v) || v.includes(HERE)) return undefined;
  else if (/^[A-Za-z_][\w.]*:[^/]/.test(v)) v = v.replace(/^([^:]+):/, (_m, pkg: string) => `${pkg.replace(/\./g, '/')}/`); // package:resource
  return normalizePath(`${here}/${normalizeDir(v)}`);
}

/** `version_path_separator` / `path_separator` → how `version_locations` splits. */
function splitLocations(value: string, separator: string | undefined): string[] {
  const sep = separator?.trim();
  const re = sep === undefined || sep === '' ? /[\s,]+/ : sep === 'space' ? /\s+/ : sep === 'newline' ? /\n/ : sep === 'os' ? /[:;]/ : sep;
  return value
    .split(re)
    .map((s) => s.trim())
    .filter(Boolean);
}

const truthy = (v: string | undefined) => /^(true|yes|on|1)$/i.test(v?.trim() ?? '');

/** Every section of an alembic.ini that has a `script_location` (`[alembic]`, or `-n name` sections). */
function iniEnvs(text: string): RawEnv[] {
  const sections = readIni(text);
  const defaults = sections.get('DEFAULT') ?? new Map<string, string>();
  const out: RawEnv[] = [];
  const names = [...sections.keys()].sort((a, b) => (a === 'alembic' ? -1 : b === 'alembic' ? 1 : 0));
  for (const name of names) {
    if (name === 'DEFAULT') continue;
    const sec = sections.get(name)!;
    const get = (key: string) => {
      const raw = sec.get(key) ?? defaults.get(key);
      return raw === undefined ? undefined : interpolate(raw, sec, defaults, 0);
    };
    const script = get('script_location');
    if (!script) continue;
    const versions = get('version_locations');
    const separator = sec.has('path_separator') || defaults.has('path_separator') ? get('path_separator') : get('version_path_separator');
    out.push({ scriptLocation: script, versionLocations: versions ? splitLocations(versions, separator) : undefined, recursive: truthy(get('recursive_version_locations')) });
  }
  return out;
}

/** ConfigParser interpolation: `%(here)s` (the ini's folder), `%(key)s` of the section or DEFAULT, `%%`. */
function interpolate(value: string, sec: Map<string, string>, defaults: Map<string, string>, depth: number): string {
  return value.replace(/%%|%\(([^)]+)\)s/g, (m, key: string | undefined) => {
    if (m === '%%') return '%';
    const k = key!.toLowerCase();
    if (k === 'here') return HERE;
    const v = sec.get(k) ?? defaults.get(k);
    return v === undefined || depth > 8 ? m : interpolate(v, sec, defaults, depth + 1);
  });
}

/** A small INI reader: sections, `key = value` / `key: value`, indented continuation lines, comments. */
export function readIni(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let sec: Map<string, string> | undefined;
  let key: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(line) || line.trim() === '') {
      if (line.trim() === '') key = undefined;
      continue;
    }
    if (/^\s/.test(line) && sec && key !== undefined) {
      sec.set(key, `${sec.get(key)}\n${line.trim()}`);
      continue;
    }
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      const name = header[1].trim();
      sec = sections.get(name) ?? new Map<string, string>();
      sections.set(name, sec);
      key = undefined;
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line.trim());
    if (kv && sec) {
      key = kv[1].toLowerCase();
      sec.set(key, kv[2].trim());
    } else key = undefined;
  }
  return sections;
}

/** `[tool.alembic]` of a pyproject.toml (Alembic ≥ 1.16); `%(here)s` is the pyproject's folder. */
function tomlEnvs(text: string): RawEnv[] {
  const table = readTomlTable(text, 'tool.alembic');
  if (!table) return [];
  const here = (s: string) => s.replace(/%\(here\)s/g, HERE);
  const script = table.get('script_location');
  if (typeof script !== 'string' || !script) return [];
  const versions = table.get('version_locations');
  const list = Array.isArray(versions) ? versions : typeof versions === 'string' ? splitLocations(versions, typeof table.get('path_separator') === 'string' ? (table.get('path_separator') as string) : undefined) : undefined;
  return [{ scriptLocation: here(script), versionLocations: list?.map(here), recursive: table.get('recursive_version_locations') === true }];
}

type TomlValue = string | boolean | string[];

/** The string, boolean and string-array keys of one TOML table (`tool.alembic`); other values are skipped. */
export function readTomlTable(text: string, name: string): Map<string, TomlValue> | undefined {
  const table = tomlAt(readToml(text), name.split('.'));
  if (!isTomlTable(table)) return undefined;
  const out = new Map<string, TomlValue>();
  for (const [key, v] of Object.entries(table)) {
    if (typeof v === 'string' || typeof v === 'boolean') out.set(key, v);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.set(key, v as string[]);
  }
  return out;
}
