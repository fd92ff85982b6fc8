let sql: Promise<typeof import('./sql/index.js')> | undefined;

/**
 * The SQL front end (its mappers, libpg-query's glue, the splitter and describers), loaded when a
 * statement is first parsed: the bundle keeps it in a chunk of its own, and a warm review, whose
 * files all come from the parse cache or a replay snapshot, never loads it. Nothing outside the
 * front end may import ./sql/index.js statically, or the chunk loads with the bundle again.
 */
export function loadSql(): Promise<typeof import('./sql/index.js')> {
  sql ??= import('./sql/index.js');
  return sql;
}
