import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { attachDirectives, parseDirectives } from './directives.js';
import { parseSqlFile } from './sql/index.js';
import { markTransactions } from './transactions.js';

/** Every operation of one migration file, with directives and transaction state filled in. */
export async function parseMigrationFile(file: MigrationFile, dialect: Dialect): Promise<LocatedOp[]> {
  const ops = await parseSqlFile(file.up, { file: file.path, dialect });
  attachDirectives(ops, parseDirectives(file.up, file.path), file.up);
  markTransactions(ops, file.transaction);
  return ops;
}

export { parseDirectives, directiveCovers } from './directives.js';
