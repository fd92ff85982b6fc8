import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { attachDirectives, parseDirectives } from './directives.js';
import { parsePythonFile, type PythonSession } from './python/index.js';
import { markTransactions } from './transactions.js';
import { loadSql } from './load-sql.js';

/**
 * Every operation of one migration file, with directives and transaction state filled in.
 * Python files (Django, Alembic) of one set share a `session`, parsed in the set's order.
 */
export async function parseMigrationFile(file: MigrationFile, dialect: Dialect, session?: PythonSession): Promise<LocatedOp[]> {
  if (file.language === 'python') {
    const { ops, outside } = await parsePythonFile(file, dialect, session);
    attachDirectives(ops, parseDirectives(file.up, file.path), file.up);
    markTransactions(ops, file.transaction);
    // Alembic's autocommit_block: these statements run outside the migration's transaction.
    for (const op of ops) if (outside.has(op.stmt)) op.stmt.inTransaction = false;
    return ops;
  }
  const ops = await (await loadSql()).parseSqlFile(file.up, { file: file.path, dialect });
  attachDirectives(ops, parseDirectives(file.up, file.path), file.up);
  markTransactions(ops, file.transaction);
  return ops;
}

export { loadSql } from './load-sql.js';
export { parseDirectives, directiveCovers } from './directives.js';
export { unmaskTemplates } from './sql/templates.js';
export { createPythonSession, type PythonSession } from './python/index.js';
