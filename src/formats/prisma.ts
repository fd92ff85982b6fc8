import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';

/** Prisma names folders `<timestamp>_<name>`. */
export const PRISMA_FOLDER = /^(\d+)_(.*)$/s;
export const PRISMA_LOCK = 'migration_lock.toml';

/** The migrations dir a `…/<folder>/migration.sql` path would belong to. */
export function prismaSetDir(path: string): string | undefined {
  if (baseName(path) !== 'migration.sql') return undefined;
  const folder = dirOf(path);
  if (folder === '') return undefined;
  return dirOf(folder);
}

/** The provider in migration_lock.toml (`provider = "postgresql"`), as a dialect Migra knows. */
export function prismaLockDialect(toml: string): Dialect | undefined {
  const m = /^\s*provider\s*=\s*["']([^"']+)["']/m.exec(toml);
  switch (m?.[1].trim().toLowerCase()) {
    case 'postgresql':
    case 'postgres':
    case 'cockroachdb':
      return 'postgresql';
    case 'mysql':
      return 'mysql';
    case 'mariadb':
      return 'mariadb';
    case 'sqlite':
      return 'sqlite';
    default:
      return undefined;
  }
}

/**
 * Prisma Migrate. Folders are applied in name order. On PostgreSQL the engine sends a
 * migration.sql as one script, so several statements share one implicit transaction (a lone
 * CREATE INDEX CONCURRENTLY works, the same statement next to another fails). No down step.
 */
export const prisma: FormatSpec = {
  id: 'prisma',
  supportsDown: false,
  owns: (dir, path) => prismaSetDir(path) === dir,
  build(_dir, files) {
    const out: MigrationFile[] = [];
    for (const f of files) {
      const folder = baseName(dirOf(f.path));
      const m = PRISMA_FOLDER.exec(folder);
      out.push({
        path: f.path,
        version: m ? m[1] : folder,
        name: m ? m[2] : folder,
        language: 'sql',
        up: f.text,
        hasDown: false,
        transaction: 'implicit',
        blobId: f.blobId,
      });
    }
    return sortMigrations('prisma', out);
  },
};
