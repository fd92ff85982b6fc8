import type { FileChange, FormatId, MigrationSet } from '../model/migration.js';
import { isAlembicVersionPath } from './alembic.js';
import { baseName, dirOf, isExcludedPath, isUnder } from './paths.js';
import { FORMAT_SPECS, isSupportedFormat } from './registry.js';

/**
 * Files a pull request adds or changes in a migration set's folder that look like migrations
 * but that Migra does not review, because the tool would not run them as one (a name the format
 * rejects: `V1.1_bad.sql` where Flyway wants `V1_1__bad.sql`; an Alembic script without a
 * `revision`; a name holding a line break). Nothing a pull request writes is skipped silently:
 * each such file is named in the report's notes.
 */

/** What the tool wants a migration to be called, per format whose files are found by name. */
const EXPECTED: Partial<Record<FormatId, string>> = {
  flyway: 'V<version>__<description>.sql or R__<description>.sql',
  'golang-migrate': '<version>_<title>.up.sql',
  goose: '<version>_<name>.sql',
  dbmate: '<version>_<name>.sql',
  plain: '<number>_<name>.sql',
  supabase: '<timestamp>_<name>.sql',
  sqlx: '<version>_<description>.sql',
  prisma: '<timestamp>_<name>/migration.sql',
  diesel: '<version>_<name>/up.sql',
};

export interface StrayFile {
  path: string;
  /** The set's folder and format. */
  dir: string;
  format: FormatId;
  why: string;
}

/**
 * Changed files (not deleted) under a set of `sets` (the sets at the head commit) that are not
 * among its migrations and not a companion the format reads with one (a .down.sql, a Flyway
 * .conf), yet have a migration's extension. `ignored` are the paths the config leaves out.
 */
export function strayMigrationFiles(sets: readonly MigrationSet[], changes: readonly FileChange[], ignored: (path: string) => boolean = () => false): StrayFile[] {
  const out: StrayFile[] = [];
  const inSets = new Set(sets.flatMap((s) => s.files.map((f) => f.path)));
  for (const change of changes) {
    const path = change.path;
    if (change.status === 'deleted' || inSets.has(path) || ignored(path) || isExcludedPath(path)) continue;
    const set = sets.find((s) => holds(s, path));
    if (!set) continue;
    const why = whyNot(set, path);
    if (why) out.push({ path, dir: set.dir, format: set.format, why });
  }
  return out;
}

function holds(set: MigrationSet, path: string): boolean {
  if (set.format === 'alembic') return isAlembicVersionPath(path) && (isUnder(path, set.dir) || (set.versionDirs?.dirs ?? []).some((d) => isUnder(path, d)));
  return set.dir !== path && isUnder(path, set.dir);
}

/** Why the file looks like a migration of the set but is not one; undefined when it does not look like one. */
function whyNot(set: MigrationSet, path: string): string | undefined {
  const name = baseName(path);
  if (set.format === 'alembic') return 'it does not assign both `revision` and `down_revision`, so Alembic does not load it as a revision';
  if (set.format === 'django') {
    if (!name.endsWith('.py') || name.startsWith('_') || baseName(dirOf(path)) !== 'migrations') return undefined;
    return 'Migra reads the migrations named `NNNN_<name>.py`; Django loads every module of the folder';
  }
  const expected = EXPECTED[set.format];
  if (!expected || !name.toLowerCase().endsWith('.sql')) return undefined;
  if (isSupportedFormat(set.format) && FORMAT_SPECS[set.format].owns(set.dir, path)) return undefined; // a companion (.down.sql, U file) or a file the tool skips on purpose
  return `${set.format} runs files named ${expected}`;
}

/**
 * A file name for a note: quoted, with line breaks, other control characters and Unicode line
 * separators written as escapes, so the name stays one line of data wherever the note goes.
 */
export function quoteName(path: string): string {
  const escaped = path.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    if (ch === '\\' || ch === '"') return `\\${ch}`;
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** The note for the report: what was not reviewed and why. */
export function strayNote(f: StrayFile): string {
  const hasControl = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(f.path);
  const where = f.dir ? `the ${f.format} set ${quoteName(f.dir)}` : `the ${f.format} set at the repository root`;
  return `Not reviewed: ${quoteName(f.path)} is in ${where} but is not a migration: ${f.why}${hasControl ? '; its name holds control characters' : ''}.`;
}
