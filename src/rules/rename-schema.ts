import type { Rule, RuleHit } from './rule.js';
import { opsOf } from './lib/reviewed.js';
import { positionOf } from './lib/op-positions.js';

/** `ALTER SCHEMA name RENAME TO new_name`, names unquoted or double-quoted. */
const RENAME = /^\s*alter\s+schema\s+("(?:[^"]|"")+"|[\w$]+)\s+rename\s+to\s+("(?:[^"]|"")+"|[\w$]+)\s*;?\s*$/i;

function ident(s: string): string {
  return s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s.toLowerCase();
}

export const renameSchema: Rule = {
  id: 'rename-schema',
  category: 'compatibility',
  severity: 'high',
  offline: 'running-app',
  // MySQL and MariaDB cannot rename a database in SQL at all (RENAME DATABASE was removed in 5.1.23).
  dialects: ['postgresql'],
  docs: {
    summary: 'A schema that exists in production is renamed.',
    why: 'Every table, view, function and sequence of the schema moves to the new name at once. Application servers running the previous release keep writing the old name (in qualified names, and in their search_path), so every one of their queries on the schema fails ("relation does not exist", "schema does not exist") from the moment the migration commits, and a rollback of the application needs the old name back.',
    fix: 'Keep the schema name and change the name the application uses, or move in steps: create the new schema, move objects one at a time (`ALTER TABLE … SET SCHEMA`) with a view under the old qualified name for each, deploy code that uses the new name, then drop the views and the old schema in a later migration.',
    bad: [
      {
        before: 'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint PRIMARY KEY);',
        sql: 'ALTER SCHEMA billing RENAME TO accounting;',
      },
    ],
    good: [
      {
        sql: 'CREATE SCHEMA billing_import;\nCREATE TABLE billing_import.invoices (id bigint PRIMARY KEY);\nALTER SCHEMA billing_import RENAME TO billing;',
        note: 'The schema was created in the same pull request: no deployed code uses its first name.',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'other').flatMap((r): RuleHit[] => {
      const m = RENAME.exec(r.op.stmt.text);
      if (!m) return [];
      const from = ident(m[1]);
      const to = ident(m[2]);
      // Created earlier in this pull request: nothing deployed knows the first name.
      const earlier = ctx.ops.slice(0, positionOf(ctx, r));
      if (earlier.some((o) => o.op.kind === 'create_schema' && o.op.name === from)) return [];
      return [{
        at: r.op.stmt,
        op: r,
        message: `Renaming schema ${from} to ${to} moves every object in it at once: every query of the running application that names ${from} (or has it in its search_path) fails.`,
      }];
    });
  },
};
