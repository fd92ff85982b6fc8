import type { MigrationSet } from '../model/migration.js';
import { inVersionDirs } from './alembic-config.js';
import { isDieselPath } from './diesel.js';
import { isFlywayName } from './flyway.js';
import { GOLANG_MIGRATE_NAME } from './golang-migrate.js';
import { baseName, dirOf, isExcludedPath, isMigrationDir } from './paths.js';
import { PRISMA_FOLDER, prismaSetDir } from './prisma.js';
import { NUMBERED_SQL } from './plain.js';
import { FORMAT_SPECS, isSupportedFormat } from './registry.js';
import { isSupabaseDir } from './supabase.js';

/**
 * The set a path belongs to: a migration file of the set or a companion that changes one
 * (golang-migrate .down.sql, Flyway undo and .conf files). For a deleted file pass the sets
 * detected at the commit before.
 */
export function setForPath(sets: readonly MigrationSet[], path: string): MigrationSet | undefined {
  return sets.find((s) =>
    s.versionDirs ? inVersionDirs(path, s.versionDirs.dirs, s.versionDirs.recursive) : isSupportedFormat(s.format) && FORMAT_SPECS[s.format].owns(s.dir, path),
  );
}

/**
 * Whether a path is part of a migration set. Given the detected sets, that is exact. Without
 * them it is a guess from the name alone, the same rules auto-detection starts from (goose and
 * dbmate files outside migrations-named folders are only recognised by their content).
 */
export function isMigrationPath(path: string, sets?: readonly MigrationSet[]): boolean {
  if (sets) return setForPath(sets, path) !== undefined;
  if (isExcludedPath(path)) return false;
  const name = baseName(path);
  const dir = dirOf(path);
  if (isFlywayName(name) || GOLANG_MIGRATE_NAME.test(name) || isDieselPath(path)) return true;
  if (name === 'migration.sql' && prismaSetDir(path) !== undefined && PRISMA_FOLDER.test(baseName(dir))) return true;
  return NUMBERED_SQL.test(name) && (isMigrationDir(dir) || isSupabaseDir(dir));
}
