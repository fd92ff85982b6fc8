import type { Rule } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { pgConstraintName } from './lib/statement-text.js';

export const exclusionConstraint: Rule = {
  id: 'exclusion-constraint',
  category: 'locking',
  severity: 'medium',
  offline: 'lock',
  dialects: ['postgresql'],
  docs: {
    summary: 'An EXCLUDE constraint is added to a table that exists in production.',
    why: 'ALTER TABLE … ADD CONSTRAINT … EXCLUDE builds the constraint\'s index and checks every existing row while holding an ACCESS EXCLUSIVE lock: all reads and writes of the table wait for the whole build. Unlike CHECK and FOREIGN KEY constraints there is no NOT VALID form, and unlike UNIQUE there is no USING INDEX form to build the index concurrently beforehand. If existing rows conflict, the migration fails after holding the lock.',
    fix: 'Check for conflicting rows with a query first. Then either add the constraint in a maintenance window with a short lock_timeout (`SET lock_timeout = \'2s\';`) and retries, or, for a large table, create a new table with the constraint, copy the rows over in batches and swap the tables.',
    bad: [
      {
        before: 'CREATE EXTENSION IF NOT EXISTS btree_gist;\nCREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL, during tstzrange NOT NULL);',
        sql: 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);',
      },
    ],
    good: [
      {
        before: 'CREATE EXTENSION IF NOT EXISTS btree_gist;',
        sql: 'CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL, during tstzrange NOT NULL);\nALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);',
        note: 'The table is created in the same pull request: it is empty and nothing waits on it.',
      },
      {
        before: 'CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL);',
        sql: 'ALTER TABLE bookings ADD CONSTRAINT bookings_room_positive CHECK (room_id > 0) NOT VALID;',
        note: 'Other constraints are left to their own rules.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'add_constraint').flatMap((r) => {
      const c = r.op.constraint;
      if (c.kind !== 'exclude' || !existingTable(ctx, r, r.op.table)) return [];
      const table = shown(r.op.table);
      return [{
        at: r.op.stmt,
        op: r,
        message: `Adding exclusion constraint ${pgConstraintName(r, r.op.table, c)} builds its index and checks every row of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes of ${table} wait until it is done, and there is no NOT VALID form to avoid it.`,
      }];
    });
  },
};
