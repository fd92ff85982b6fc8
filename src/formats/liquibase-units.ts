import type { MigrationUnit } from '../model/migration.js';
import type { Changeset } from './liquibase-sql.js';

/**
 * The changesets that run, as units of their file: liquibase records each one in
 * DATABASECHANGELOG by id, author and file, with a checksum of its SQL, so a file grows by
 * appending changesets and only an edit of one that ran is a problem. `up` is the file's up
 * text (rollbacks blanked), whose lines are the file's.
 */
export function changesetUnits(up: string, applied: readonly Changeset[]): MigrationUnit[] {
  const lines = up.split('\n');
  return applied.map((c) => {
    const body = lines.slice(c.line + 1, c.end);
    let last = body.length;
    while (last > 0 && body[last - 1].trim() === '') last--;
    const unit: MigrationUnit = { id: `${c.author}:${c.id}`, line: c.line + 1, endLine: c.line + 1 + last, text: body.slice(0, last).join('\n'), textLine: c.line + 2 };
    if (c.runOnChange) unit.rerunsOnChange = true;
    return unit;
  });
}
