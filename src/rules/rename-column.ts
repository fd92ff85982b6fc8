import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { columnBefore, opsOf, shown, tableBefore, type ReviewedOf } from './lib/reviewed.js';
import { columnAtBase, sameColumn, sameTable, tableAtBase } from './lib/origin.js';
import { sameColumnType, showType } from './lib/type-change.js';
import type { Column } from '../model/schema.js';

const WHY =
  'Application servers running the previous release keep using the old name: during the deploy old and new code run side by side, and a rollback of the application needs the old name to work. Their queries fail with "column does not exist" from the moment the migration commits, and ORMs that list every column (Rails, Django, Hibernate) fail even on queries that never mention it.';

export const renameColumn: Rule = {
  id: 'rename-column',
  category: 'compatibility',
  severity: 'high',
  dialects: 'all',
  docs: {
    summary: 'A column that exists in production is renamed, explicitly or as a drop plus an add of the same type.',
    why: `${WHY} A rename written as DROP COLUMN plus ADD COLUMN is worse: the new column starts empty and the old data is gone.`,
    fix: 'Rename in steps that old and new code both survive (expand and contract): 1) add the new column; 2) write to both columns (in the application, or with a trigger); 3) backfill the new column from the old one in batches; 4) switch reads to the new column and deploy; 5) stop writing the old column, and drop it in a later migration. Where only the name in the code matters, keep the column and map the new attribute name to it in the ORM instead. On PostgreSQL, an updatable view that exposes the old name can cover the transition for readers.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
        sql: 'ALTER TABLE users RENAME COLUMN email TO email_address;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, fullname text);',
        sql: 'ALTER TABLE users DROP COLUMN fullname;\nALTER TABLE users ADD COLUMN full_name text;',
        note: 'A probable rename: full_name starts empty and the names in fullname are lost.',
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
        sql: 'ALTER TABLE users ADD COLUMN full_name text;',
        note: 'Only an addition: the old column stays.',
      },
    ],
  },
  check(ctx) {
    return [...explicitRenames(ctx), ...probableRenames(ctx)];
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

interface Side {
  r: ReviewedOf<'drop_column'> | ReviewedOf<'add_column'>;
  name: string;
  column: Pick<Column, 'type'>;
}

/** DROP COLUMN a plus ADD COLUMN b of the same type on one table in one file, each the only match of the other. */
function probableRenames(ctx: RuleContext): RuleHit[] {
  const d = ctx.target.dialect;
  const hits: RuleHit[] = [];
  const files = new Set(ctx.ops.map((r) => r.file));
  for (const file of files) {
    const inFile = ctx.ops.filter((r) => r.file === file);
    const drops: Side[] = inFile.filter(isKind('drop_column')).flatMap((r) => {
      const col = columnBefore(r, r.op.table, r.op.column);
      return col && columnAtBase(ctx, r, r.op.table, r.op.column) ? [{ r, name: col.name, column: col }] : [];
    });
    const adds: Side[] = inFile.filter(isKind('add_column')).flatMap((r) => {
      if (columnBefore(r, r.op.table, r.op.column.name) || !tableBefore(r, r.op.table) || !tableAtBase(ctx, r, r.op.table)) return [];
      return [{ r, name: r.op.column.name, column: r.op.column }];
    });
    const matches = (a: Side, b: Side) =>
      sameTable(a.r.op.table, b.r.op.table, d) && !sameColumn(a.name, b.name, d) && sameColumnType(a.column.type, b.column.type, ctx.target);
    for (const add of adds) {
      const candidates = drops.filter((drop) => matches(drop, add));
      if (candidates.length !== 1) continue;
      const drop = candidates[0];
      if (adds.filter((a) => matches(drop, a)).length !== 1) continue;
      const t = shown(add.r.op.table);
      const type = showType(drop.column.type);
      const copied = copiesData(ctx, inFile, add, drop.name);
      // Without a copy of the data, only similar names make a rename likely (plan → region is not one).
      if (!copied && !similarNames(drop.name, add.name)) continue;
      const message = copied
        ? `${t}.${drop.name} is copied into the new column ${add.name} (${type}) and dropped in the same migration: in effect a rename, and queries of the running application that still use ${drop.name} fail.`
        : `${t}.${drop.name} is dropped and ${t}.${add.name} added with the same type (${type}) in the same migration, probably a rename: ${add.name} starts ${add.r.op.kind === 'add_column' && add.r.op.column.default ? 'with its default' : 'empty'}, so the data of ${drop.name} is lost, and queries of the running application that still use ${drop.name} fail.`;
      hits.push({
        at: add.r.op.stmt,
        op: add.r,
        message,
        why: copied ? WHY : `${WHY} Written as a drop and an add, the values themselves are lost as well: only a backup has them.`,
        fix: copied ? undefined : `If it is a rename, write it as one (ALTER TABLE … RENAME COLUMN ${drop.name} TO ${add.name}) so the data stays, and then follow the steps that keep the running application working: ${renameColumn.docs.fix.replace(/^[^:]*: /, '')}`,
      });
    }
  }
  return hits;
}

/** fullname ~ full_name, email ~ email_address, colour ~ color; plan and region are unrelated. */
export function similarNames(a: string, b: string): boolean {
  const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const fa = flat(a);
  const fb = flat(b);
  if (fa.includes(fb) || fb.includes(fa)) return true;
  const words = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  const wb = new Set(words(b));
  if (words(a).some((w) => wb.has(w))) return true;
  return editDistance(fa, fb) <= Math.max(1, Math.floor(Math.min(fa.length, fb.length) / 3));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

function isKind<K extends 'drop_column' | 'add_column'>(kind: K) {
  return (r: ReviewedOp): r is ReviewedOf<K> => r.op.kind === kind;
}

/** An UPDATE of the table in the same file that names both columns copies the old values over. */
function copiesData(ctx: RuleContext, inFile: RuleContext['ops'], add: Side, oldName: string): boolean {
  const d = ctx.target.dialect;
  const word = (name: string) => new RegExp(`(^|[^A-Za-z0-9_$])["\`]?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["\`]?([^A-Za-z0-9_$]|$)`, 'i');
  return inFile.some((r) => r.op.kind === 'data_change' && r.op.verb === 'update' && sameTable(r.op.table, add.r.op.table, d)
    && word(add.name).test(r.op.stmt.text) && word(oldName).test(r.op.stmt.text));
}
