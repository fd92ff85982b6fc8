import type { MigrationFile } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';

/** `001_name.sql`, `0001-name.sql`, `20240101120000_name.sql`, `001.sql`. */
export const NUMBERED_SQL = /^(\d+)(?:[_-](.*))?\.sql$/s;

/**
 * Numbered SQL files with no tool markers, ordered by number. The runner is unknown, so nothing
 * is assumed about transactions: statements count as autocommitted unless the file opens one.
 */
export const plain: FormatSpec = {
  id: 'plain',
  supportsDown: false,
  owns: (dir, path) => dirOf(path) === dir && NUMBERED_SQL.test(baseName(path)),
  build(_dir, files) {
    const out: MigrationFile[] = [];
    for (const f of files) {
      const m = NUMBERED_SQL.exec(baseName(f.path));
      if (!m) continue;
      out.push({ path: f.path, version: m[1], name: m[2] ?? '', language: 'sql', up: f.text, hasDown: false, transaction: 'none', blobId: f.blobId });
    }
    return sortMigrations('plain', out);
  },
};
