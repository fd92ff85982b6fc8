import { sqlString } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { sqlName } from './lib/statement-text.js';
import { positionOf } from './lib/op-positions.js';

export const renameEnumValue: Rule = {
  id: 'rename-enum-value',
  category: 'compatibility',
  severity: 'high',
  offline: 'running-app',
  dialects: ['postgresql'],
  docs: {
    summary: 'A value of an enum type that exists in production is renamed (ALTER TYPE … RENAME VALUE).',
    why: 'The rename is instant and every row now holds the new label, but application servers running the previous release still write and compare the old one: their inserts and updates fail ("invalid input value for enum"), and their reads no longer match the rows they expect, until every server runs the new code. A rollback of the application meets the same wall.',
    fix: 'Add the new value first (`ALTER TYPE … ADD VALUE`), deploy code that accepts both and writes the new one, move the rows over in batches (`UPDATE … SET col = \'<new>\' WHERE col = \'<old>\'`), and stop using the old value; an unused enum value can stay, or the type can be recreated without it later.',
    bad: [
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
        sql: "ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';",
      },
    ],
    good: [
      {
        sql: "CREATE TYPE ticket_state AS ENUM ('open', 'done');\nALTER TYPE ticket_state RENAME VALUE 'done' TO 'closed';",
        note: 'The type was created in the same pull request: no deployed code uses its first labels.',
      },
      {
        before: "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
        sql: "ALTER TYPE order_status ADD VALUE 'settled';",
        note: 'Adding the new label is the first step of the safe recipe.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'rename_enum_value').flatMap((r): RuleHit[] => {
      const key = tableKey(r.op.name, 'postgresql');
      // A type this pull request created: at base it does not exist, and an earlier operation of the PR made it.
      const created = !ctx.base.enums.has(key) && ctx.ops.slice(0, positionOf(ctx, r)).some((o) => o.op.kind === 'create_enum' && tableKey(o.op.name, 'postgresql') === key);
      if (created) return [];
      const t = shown(r.op.name);
      return [{
        at: r.op.stmt,
        op: r,
        message: `Renaming value ${sqlString(r.op.value)} of enum ${t} to ${sqlString(r.op.newValue)} changes it in every row at once: the running application still writes and compares ${sqlString(r.op.value)}, and its inserts and updates with it fail.`,
        fix: `Add the new label, deploy code that writes it, move the rows, and leave the old label unused: \`ALTER TYPE ${sqlName(r.op.name)} ADD VALUE ${sqlString(r.op.newValue)};\` (outside the transaction that uses it), then \`UPDATE … SET … = ${sqlString(r.op.newValue)} WHERE … = ${sqlString(r.op.value)};\` in batches.`,
      }];
    });
  },
};
