import type { MigrationFile } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';
import { hasStatements } from './text.js';

/** `{version}_{title}.up.sql` / `.down.sql`; version is an unsigned integer, title may be empty. */
export const GOLANG_MIGRATE_NAME = /^(\d+)_(.*)\.(up|down)\.sql$/s;

/**
 * golang-migrate. The down file is not a migration of its own: it only tells whether the up file
 * with the same version can be reverted. The postgres driver sends a file as one multi-statement
 * Exec, which PostgreSQL runs as one implicit transaction.
 */
export const golangMigrate: FormatSpec = {
  id: 'golang-migrate',
  supportsDown: true,
  owns: (dir, path) => dirOf(path) === dir && GOLANG_MIGRATE_NAME.test(baseName(path)),
  build(_dir, files) {
    const downs = new Set<string>();
    for (const f of files) {
      const m = GOLANG_MIGRATE_NAME.exec(baseName(f.path));
      if (m?.[3] === 'down' && hasStatements(f.text)) downs.add(BigInt(m[1]).toString());
    }
    const out: MigrationFile[] = [];
    for (const f of files) {
      const m = GOLANG_MIGRATE_NAME.exec(baseName(f.path));
      if (m?.[3] !== 'up') continue;
      out.push({
        path: f.path,
        version: m[1],
        name: m[2],
        language: 'sql',
        up: f.text,
        hasDown: downs.has(BigInt(m[1]).toString()),
        transaction: 'implicit',
        blobId: f.blobId,
      });
    }
    return sortMigrations('golang-migrate', out);
  },
};
