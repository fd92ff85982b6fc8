import type { Dialect } from '../../model/dialect.js';
import type { MigrationFile } from '../../model/migration.js';
import type { LocatedOp, Statement } from '../../model/operation.js';
import { mapAlembic } from './alembic.js';
import { DjangoState, mapDjango } from './django.js';
import { readPythonOnce } from '../../python/read-once.js';

/** State shared by the files of one set while they are parsed in order (Django's model state). */
export interface PythonSession {
  django: DjangoState;
}

/** `version`: the database version from config (Django on SQLite drops columns in place from 3.35.5). */
export function createPythonSession(version?: string): PythonSession {
  const django = new DjangoState();
  django.version = version;
  return { django };
}

/**
 * The operations of a Django migration or Alembic revision, read from its syntax tree (never
 * run). Files of a Django set must be parsed in the set's order with one session, so that table
 * and column names follow the models created earlier.
 */
export async function parsePythonFile(file: MigrationFile, dialect: Dialect, session: PythonSession = createPythonSession()): Promise<{ ops: LocatedOp[]; outside: Set<Statement> }> {
  const mod = readPythonOnce(file.up);
  try {
    if (file.graph?.format === 'alembic') return await mapAlembic(mod, file.path, dialect);
    if (file.graph?.userModel) session.django.userModel = file.graph.userModel;
    if (file.graph?.fieldClasses) session.django.fieldClasses = file.graph.fieldClasses;
    session.django.autoField = file.graph?.autoField;
    const app = file.graph?.app ?? file.path.split('/').slice(-3, -2)[0] ?? 'app';
    return await mapDjango(mod, file.path, app, dialect, session.django);
  } catch (e) {
    // A gap in the mappers must cost one finding, never the review.
    const message = `Migra could not read this migration: ${e instanceof Error ? e.message : String(e)}`;
    const stmt: Statement = { file: file.path, line: 1, endLine: 1, column: 1, text: file.up.split('\n')[0] ?? '', index: 0, inTransaction: false, orm: true };
    return { ops: [{ kind: 'unparsed', message, stmt }], outside: new Set() };
  }
}

export { readPython, type PyModule, type PyValue, type PyStmt } from '../../python/reader.js';
