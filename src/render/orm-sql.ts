import type { Dialect } from '../model/dialect.js';
import type { Report } from '../model/report.js';
import { htmlText, mdFence } from './escape.js';
import { clip } from './size.js';

/**
 * The SQL each Django or Alembic migration of the pull request will run (report.files[i].sql),
 * collapsed, one block a migration: what reviewers would otherwise get by hand from `sqlmigrate`
 * or `alembic upgrade --sql`. It is the first thing cut when the comment is too big: budgets count
 * its lines across all migrations, and a block cut short says how many lines it left out.
 */

const DIALECT: Record<Dialect, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', sqlite: 'SQLite' };
/** One line of a migration is shown up to this long (a RunSQL may hold a whole dump on one line). */
const LINE_CHARS = 2_000;
const PATH_CHARS = 300;

/** The lines of every migration's SQL, in the report's file order. */
export function ormSqlLines(report: Report): number {
  return report.files.reduce((n, f) => n + (f.sql ? lines(f.sql.text).length : 0), 0);
}

/**
 * The blocks, showing at most `budget` lines in all; a migration none of whose lines fit is
 * left out. Empty when no migration of the report has SQL, or the budget is 0.
 */
export function ormSqlSection(report: Report, budget: number): string {
  const blocks: string[] = [];
  let left = budget;
  for (const f of report.files) {
    if (!f.sql || left <= 0) continue;
    const all = lines(f.sql.text);
    const shown = all.slice(0, left).map((l) => clip(l, LINE_CHARS));
    left -= shown.length;
    if (shown.length < all.length) shown.push(`-- … ${all.length - shown.length} more lines left out here (see the note at the top)`);
    const summary = `SQL of <code>${htmlText(clip(f.path, PATH_CHARS))}</code> on ${DIALECT[f.sql.dialect]} (rendered by Migra)`;
    blocks.push(`<details><summary>${summary}</summary>\n\n${mdFence(shown.join('\n'), 'sql')}\n\n</details>`);
  }
  if (!blocks.length) return '';
  const caveat = "<sub>Rendered from the operations Migra read, as `sqlmigrate` / `alembic upgrade --sql` would show them: it checks the migration's logic and Migra's model, not the exact SQL Django or Alembic emit.</sub>";
  return [...blocks, caveat].join('\n\n');
}

/** For the "Shortened" note: what of the SQL was left out. */
export function ormSqlLeftOut(shown: number, total: number): string | undefined {
  if (shown >= total) return undefined;
  return shown ? `the SQL of the Django and Alembic migrations after line ${shown} of ${total}` : 'the SQL of the Django and Alembic migrations';
}

function lines(text: string): string[] {
  return text.replace(/\s+$/, '').split('\n');
}
