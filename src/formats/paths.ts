/** Path helpers for repo-relative, '/'-separated paths ('' is the repository root). */

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** Whether `path` is `dir` itself or lies below it. */
export function isUnder(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

/** Config paths are written by hand: './db/migrations/' means 'db/migrations'. */
export function normalizeDir(dir: string): string {
  return dir
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '');
}

/**
 * Folders whose SQL is not the application's migration history: dependencies, test fixtures and
 * build output (which may hold copies of the real migrations). Auto-detection skips them;
 * a set named in the config is read wherever it is.
 */
const NOT_MIGRATIONS = new Set([
  'node_modules',
  'vendor',
  'bower_components',
  'third_party',
  'third-party',
  'test',
  'tests',
  '__tests__',
  '__test__',
  'spec',
  'specs',
  'fixtures',
  '__fixtures__',
  'testdata',
  'test-data',
  'test_data',
  '__mocks__',
  'dist',
  'build',
  'target',
  '.git',
]);

export function isExcludedPath(path: string): boolean {
  return path.split('/').some((seg) => NOT_MIGRATIONS.has(seg.toLowerCase()));
}

/** Folder names under which plain numbered SQL files are taken as migrations. */
const MIGRATION_DIRS = new Set(['migrations', 'migration', 'migrate', 'db', 'database', 'schema_migrations', 'schema-migrations', 'sql_migrations']);

/**
 * Whether numbered .sql files in `dir` are migrations without a tool's marker: the folder is
 * named like a migrations folder, or sits inside one (`migrations/postgres/`).
 */
export function isMigrationDir(dir: string): boolean {
  if (dir === '') return false;
  const segs = dir.toLowerCase().split('/');
  if (MIGRATION_DIRS.has(segs[segs.length - 1])) return true;
  return segs.some((s) => s === 'migrations' || s === 'migration');
}

/**
 * A matcher for `ignorePaths`: each pattern names a path or folder prefix, with `*` for any
 * characters within one path segment, `**` for any number of segments and `?` for one character.
 * 'legacy' ignores 'legacy/…'; 'apps/*\/old' ignores 'apps/x/old/…'; '**\/fixtures' ignores every
 * folder of that name.
 */
export function ignoreMatcher(patterns: readonly string[] = []): (path: string) => boolean {
  const res = patterns
    .map((p) => normalizeDir(p.trim()))
    .filter((p) => p !== '')
    .map((p) => new RegExp(`^${globToRegex(p)}(?:/.*)?$`, 's'));
  if (res.length === 0) return () => false;
  return (path) => res.some((re) => re.test(path));
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // '**/' may match no folder at all; a trailing or inner '**' matches anything.
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** `a/b/../c` → `a/c`; undefined when it climbs above the root. */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}
