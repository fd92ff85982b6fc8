import type { MigrationSet } from '../model/migration.js';

/** One line per set for the CLI: `db/migrations: golang-migrate, postgresql (default), 42 files`. */
export function describeSets(sets: readonly MigrationSet[]): string[] {
  return sets.map((s) => {
    const n = s.files.length;
    return `${s.dir || '.'}: ${s.format}, ${s.dialect} (${s.dialectSource}), ${n} ${n === 1 ? 'file' : 'files'}`;
  });
}
