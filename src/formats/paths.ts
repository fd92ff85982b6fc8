import picomatch from 'picomatch';

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

/** isExcludedPath of one name (no '/'). */
export function isExcludedName(name: string): boolean {
  return NOT_MIGRATIONS.has(name.toLowerCase());
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
 * A matcher for `ignorePaths`: each pattern is a glob (picomatch: `*` within one path segment, `**`
 * across segments, `?`, `[abc]`, braces `{a,b}`) naming a path or a folder whose contents are all
 * ignored. A pattern starting with `!` takes paths back in, as in .gitignore: `["apps/**", "!apps/core/**"]`
 * ignores every app but core. 'legacy' ignores 'legacy/…'; '**\/fixtures' every folder of that name.
 */
export function ignoreMatcher(patterns: readonly string[] = []): (path: string) => boolean {
  const globs = (negated: boolean) =>
    patterns
      .map((p) => p.trim())
      .filter((p) => p.startsWith('!') === negated)
      .map((p) => normalizeDir(negated ? p.slice(1).trim() : p))
      .filter((p) => p !== '')
      // A pattern naming a folder also names everything under it.
      .flatMap((p) => [p, `${p}/**`]);
  const include = globs(false);
  if (include.length === 0) return () => false;
  const options = { dot: true };
  const ignored = picomatch(include, options);
  const exclude = globs(true);
  const kept = exclude.length ? picomatch(exclude, options) : () => false;
  return (path) => ignored(path) && !kept(path);
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
