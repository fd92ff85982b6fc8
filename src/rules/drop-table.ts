import type { Rule } from './rule.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';

export const dropTable: Rule = {
  id: 'drop-table',
  category: 'data-loss',
  severity: 'critical',
  dialects: 'all',
  docs: {
    summary: 'A table that exists in production is dropped.',
    why: 'Every row of the table is deleted, and application code that still reads or writes it fails as soon as the migration runs. Only a backup brings the data back.',
    fix: 'Stop using the table in the application first and deploy that. Then rename it (or revoke access) for a release to prove nothing needs it, take a backup, and drop it in a later migration.',
    bad: [{ before: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, body text);', sql: 'DROP TABLE audit_log;' }],
    good: [
      { sql: 'CREATE TABLE tmp_import (id int);\nDROP TABLE tmp_import;', note: 'A table created in the same pull request holds no production data.' },
      { sql: 'DROP TABLE IF EXISTS never_created;', note: 'Nothing exists to drop.' },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'drop_table').flatMap((r) => {
      const t = tableBefore(r, r.op.table);
      if (!t || !ctx.existedAtBase(r.op.table)) return [];
      const cols = t.columns.length;
      return [{
        at: r.op.stmt,
        op: r,
        message: `Dropping table ${shown(r.op.table)} deletes all of its rows (${cols} column${cols === 1 ? '' : 's'}).`,
        severity: r.op.cascade ? 'critical' : undefined,
      }];
    });
  },
};
