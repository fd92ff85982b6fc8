import { isMysqlFamily, type DbTarget } from '../model/dialect.js';
import { qnameSql, quoteIdent, sqlString } from '../model/operation.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown, type ReviewedOf } from './lib/reviewed.js';
import { showType } from '../knowledge/type-change.js';
import { enumValueChange, type EnumValueChange } from './lib/enum-values.js';

export const dropEnumValue: Rule = {
  id: 'drop-enum-value',
  category: 'data-loss',
  severity: 'high',
  dialects: ['postgresql', 'mysql', 'mariadb'],
  docs: {
    summary: 'A column that holds production data is converted to an enum that lacks some of the values it can hold today.',
    why: 'PostgreSQL cannot remove a value from an enum type, so tools recreate the type without it and convert the column (Prisma: CREATE TYPE … _new, ALTER COLUMN … TYPE … _new USING …::text::…_new, DROP TYPE, RENAME). Every row that still holds a removed value makes that conversion fail, and the migration aborts after holding the table locked for as long as it ran. MySQL and MariaDB shrink an ENUM column with MODIFY: in strict mode (the default) the ALTER fails on the first such row ("Data truncated"); without strict mode those rows are silently set to the empty string \'\', and the value is gone for good.',
    fix: 'First move the rows off the values that go away (`UPDATE … SET status = \'<kept value>\' WHERE status IN (…)`, in batches) and deploy code that no longer writes them; remove the values in a later migration. On PostgreSQL the conversion can also map them explicitly: `USING CASE status::text WHEN \'<removed>\' THEN \'<kept>\' ELSE status::text END::<new type>`.',
    bad: [
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid', 'refunded');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
        sql: "CREATE TYPE order_status_new AS ENUM ('new', 'paid');\nALTER TABLE orders ALTER COLUMN status TYPE order_status_new USING (status::text::order_status_new);\nDROP TYPE order_status;\nALTER TYPE order_status_new RENAME TO order_status;",
        note: "The enum is recreated without 'refunded' (the way Prisma does it): rows holding 'refunded' make the conversion fail.",
      },
      {
        dialect: 'mysql',
        before: "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','pending','closed') NOT NULL);",
        sql: "ALTER TABLE tickets MODIFY state enum('open','closed') NOT NULL;",
      },
    ],
    good: [
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid', 'refunded');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
        sql: "CREATE TYPE order_status_new AS ENUM ('new', 'paid');\nALTER TABLE orders ALTER COLUMN status TYPE order_status_new USING (CASE status::text WHEN 'refunded' THEN 'paid' ELSE status::text END)::order_status_new;\nDROP TYPE order_status;\nALTER TYPE order_status_new RENAME TO order_status;",
        note: "The conversion maps 'refunded' explicitly: no row fails to convert (table-rewrite-type-change still reports the rewrite).",
      },
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
        sql: "ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';",
        note: 'Renaming a value keeps every row: they hold the new name.',
      },
      {
        dialect: 'mysql',
        before: "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','closed') NOT NULL);",
        sql: "ALTER TABLE tickets MODIFY state enum('open','closed','archived') NOT NULL;\nALTER TABLE tickets MODIFY state enum('open','closed') NOT NULL;",
        note: "'archived' was added in this pull request: no production row holds it yet.",
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'alter_column_type').flatMap((r): RuleHit[] => {
      const change = enumValueChange(ctx, r);
      if (!change?.removed.length) return [];
      const t = shown(r.op.table);
      const list = quoted(change.removed);
      const one = change.removed.length === 1;
      const mysql = isMysqlFamily(ctx.target.dialect);
      const outcome = mysql
        ? `in strict mode (the default) the ALTER fails on the first row holding ${one ? 'it' : 'one of them'}; without strict mode those rows are silently set to ''`
        : `every row holding ${one ? 'it' : 'one of them'} makes the conversion fail, and the migration aborts`;
      return [{
        at: r.op.stmt,
        op: r,
        message: `Changing ${t}.${r.op.column} to ${showType(r.op.type)} drops the enum value${one ? '' : 's'} ${list}, which production rows may hold: ${outcome}.`,
        why: mysql
          ? `${ctx.target.dialect === 'mariadb' ? 'MariaDB' : 'MySQL'} copies ${t} to change the ENUM. In strict mode (the default) the first row holding a removed value aborts the ALTER ("Data truncated for column '${r.op.column}'"); without strict mode those rows are stored as '' and the value is gone for good.`
          : `PostgreSQL converts every row of ${t} while holding ACCESS EXCLUSIVE on it; the first row that still holds a removed value aborts the migration after the table was blocked for that long. Code deployed before the change may also keep writing the value until the migration runs.`,
        fix: fix(ctx.target, r, change),
      }];
    });
  },
};

function quoted(values: readonly string[]): string {
  return values.map(sqlString).join(', ');
}

function fix(target: DbTarget, r: ReviewedOf<'alter_column_type'>, change: EnumValueChange): string {
  const d = target.dialect;
  const tbl = qnameSql(change.base.table, d);
  const col = quoteIdent(change.base.column, d);
  const list = quoted(change.removed);
  const array = r.op.type.array > 0;
  const where = array ? `${col}::text[] && ARRAY[${list}]` : `${col}${d === 'postgresql' ? '::text' : ''} IN (${list})`;
  const count = `SELECT count(*) FROM ${tbl} WHERE ${where}`;
  const move = array
    ? `rewrite the arrays that hold ${change.removed.length === 1 ? 'it' : 'them'}`
    : `\`UPDATE ${tbl} SET ${col} = '<kept value>' WHERE ${where};\` (in batches)`;
  const mapping = d === 'postgresql' && !array
    ? ` Or map ${change.removed.length === 1 ? 'it' : 'them'} in the conversion itself: \`USING CASE ${quoteIdent(r.op.column)}::text ${change.removed.map((v) => `WHEN ${sqlString(v)} THEN '<kept value>'`).join(' ')} ELSE ${quoteIdent(r.op.column)}::text END::${r.op.type.raw}\`.`
    : '';
  return `Count the rows first: \`${count}\`. Move them off the value${change.removed.length === 1 ? '' : 's'} that go${change.removed.length === 1 ? 'es' : ''} away: ${move}, deploy code that no longer writes ${change.removed.length === 1 ? 'it' : 'them'}, and remove ${change.removed.length === 1 ? 'it' : 'them'} in a later migration.${mapping}`;
}
