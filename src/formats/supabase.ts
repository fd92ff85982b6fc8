import type { MigrationFile } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';

/** The supabase CLI's own pattern: `<digits>_<name>.sql`; other files in the folder are skipped by it. */
export const SUPABASE_NAME = /^(\d+)_(.*)\.sql$/s;

export function isSupabaseDir(dir: string): boolean {
  return dir === 'supabase/migrations' || dir.endsWith('/supabase/migrations');
}

/**
 * Supabase (`supabase db push`, `migration up`, `db reset`). The CLI splits a file into statements
 * and sends them, plus the history insert, as one pipelined batch, which PostgreSQL runs as one
 * transaction ("we are running each migration file in its own transaction", supabase/cli#2898).
 * Since CLI v2.109.0 statements that cannot run in a pipeline (CREATE INDEX / REINDEX
 * CONCURRENTLY, VACUUM, CLUSTER, ALTER SYSTEM; DROP INDEX CONCURRENTLY later, supabase/cli#6276)
 * are run on their own outside the batch ('batch'); older CLIs fail on them.
 * Files are applied in file-name order; there is no down step.
 */
export const supabase: FormatSpec = {
  id: 'supabase',
  supportsDown: false,
  owns: (dir, path) => dirOf(path) === dir && SUPABASE_NAME.test(baseName(path)),
  build(_dir, files) {
    const out: MigrationFile[] = [];
    for (const f of files) {
      const m = SUPABASE_NAME.exec(baseName(f.path));
      if (!m) continue;
      out.push({ path: f.path, version: m[1], name: m[2], language: 'sql', up: f.text, hasDown: false, transaction: 'batch', blobId: f.blobId });
    }
    return sortMigrations('supabase', out);
  },
};
