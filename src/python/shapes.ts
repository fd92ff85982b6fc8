import type { PyModule, PyStmt } from './reader.js';

/*
 * The shapes of migration modules, read by both the formats stage (to find and order migrations)
 * and the Python front end (to map their operations), so they live beside the reader.
 */

/** The Migration class of a Django migration file, if there is one. */
export function migrationClass(mod: PyModule): Extract<PyStmt, { t: 'class' }> | undefined {
  return mod.body.find((s): s is Extract<PyStmt, { t: 'class' }> => s.t === 'class' && s.name === 'Migration');
}

/** The `def upgrade()` / `def downgrade()` of a revision script. */
export function alembicFunction(mod: PyModule, name: string): Extract<PyStmt, { t: 'def' }> | undefined {
  return mod.body.find((s): s is Extract<PyStmt, { t: 'def' }> => s.t === 'def' && s.name === name);
}

/** Whether a function body does nothing: only `pass`, a docstring, `...` or comments. */
export function onlyPasses(body: readonly PyStmt[]): boolean {
  return body.every((s) => s.t === 'pass' || (s.t === 'expr' && (s.value.t === 'str' || (s.value.t === 'unknown' && s.value.reason === 'Ellipsis'))));
}
