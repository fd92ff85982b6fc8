import type { Rule, RuleContext, RuleHit } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { columnAtBase, sameColumn } from './lib/origin.js';
import { showType } from '../knowledge/type-change.js';
import { probableRenames, similarNames } from './lib/probable-renames.js';

const WHY =
  'Application servers running the previous release keep using the old name: during the deploy old and new code run side by side, and a rollback of the application needs the old name to work. Their queries fail with "column does not exist" from the moment the migration commits, and ORMs that list every column (Rails, Django, Hibernate) fail even on queries that never mention it.';

export const renameColumn: Rule = {
  id: 'rename-column',
  category: 'compatibility',
  severity: 'high',
  offline: 'running-app',
  dialects: 'all',
  docs: {
    summary: 'A column that exists in production is renamed, explicitly or by copying it into a new column and dropping it.',
    why: `${WHY} (A rename written as DROP COLUMN plus ADD COLUMN without copying the values loses them too: drop-column reports it as a probable rename.)`,
    fix: 'Rename in steps that old and new code both survive (expand and contract): 1) add the new column; 2) write to both columns (in the application, or with a trigger); 3) backfill the new column from the old one in batches; 4) switch reads to the new column and deploy; 5) stop writing the old column, and drop it in a later migration. Where only the name in the code matters, keep the column and map the new attribute name to it in the ORM instead. On PostgreSQL, an updatable view that exposes the old name can cover the transition for readers.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
        sql: 'ALTER TABLE users RENAME COLUMN email TO email_address;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);',
        sql: 'ALTER TABLE users ADD COLUMN full_name text;\nUPDATE users SET full_name = fullname;\nALTER TABLE users DROP COLUMN fullname;',
        note: 'Copied into a new column and dropped in one migration: in effect a rename.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO nickname;',
        note: 'The column was added in the same pull request: no deployed code uses its first name.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_flags integer);',
        sql: 'ALTER TABLE users DROP COLUMN legacy_flags;\nALTER TABLE users ADD COLUMN signup_source text;',
        note: 'Different types: an unrelated drop and add, not a rename (drop-column still reports the drop).',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);',
        sql: 'ALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users ADD COLUMN full_name text;',
        note: 'A drop plus an add without a copy loses the data: drop-column reports it once, as a probable rename.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);',
        sql: 'ALTER TABLE users ADD COLUMN full_name text;',
        note: 'Only an addition: the old column stays.',
      },
    ],
  },
  check(ctx) {
    return [...explicitRenames(ctx), ...copiedRenames(ctx)];
  },
};

function explicitRenames(ctx: RuleContext): RuleHit[] {
  return opsOf(ctx, 'rename_column').flatMap((r) => {
    // A column renamed twice in the pull request was reported at its first rename.
    const origin = columnAtBase(ctx, r, r.op.table, r.op.column);
    if (!origin || !sameColumn(origin.column, r.op.column, ctx.target.dialect)) return [];
    const t = shown(r.op.table);
    return [{
      at: r.op.stmt,
      op: r,
      message: `Renaming column ${t}.${r.op.column} to ${r.op.newName} breaks every query of the running application that still uses ${r.op.column}.`,
      why: WHY,
    }];
  });
}

/** A column copied into a new one and dropped in the same migration: a rename in effect (drop-column reports uncopied ones). */
function copiedRenames(ctx: RuleContext): RuleHit[] {
  return probableRenames(ctx).filter((p) => p.copied).map(({ drop, add }) => ({
    at: add.r.op.stmt,
    op: add.r,
    message: `${shown(add.r.op.table)}.${drop.name} is copied into the new column ${add.name} (${showType(drop.column.type)}) and dropped in the same migration: in effect a rename, and queries of the running application that still use ${drop.name} fail.`,
    why: WHY,
  }));
}

/** fullname ~ full_name, email ~ email_address, colour ~ color; plan and region are unrelated. */
export { similarNames };
