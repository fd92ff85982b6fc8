import { atLeast } from '../model/dialect.js';
import type { Rule } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { runOutsideAdvice } from '../knowledge/outside-transaction.js';
import { appendClause, concurrentRewritable } from './lib/statement-text.js';

export const detachPartitionNonConcurrently: Rule = {
  id: 'detach-partition-non-concurrently',
  category: 'locking',
  severity: 'medium',
  offline: 'lock',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'ALTER TABLE … DETACH PARTITION without CONCURRENTLY on a partitioned table that exists in production.',
    why: 'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned parent as well as on the partition. It must wait for every running query on the parent, and while it waits all reads and writes of every partition queue behind it.',
    fix: 'On PostgreSQL 14 and later, use ALTER TABLE … DETACH PARTITION … CONCURRENTLY, which takes only SHARE UPDATE EXCLUSIVE on the parent. It cannot run inside a transaction block nor when the table has a default partition; if it is interrupted, finish it with DETACH PARTITION … FINALIZE. Before 14 there is no concurrent form: set a short lock_timeout, run the detach in a quiet hour and retry on timeout.',
    bad: [
      {
        before: 'CREATE TABLE measurements (id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);\nCREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\');',
        sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE measurements (id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);\nCREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\');',
        sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;',
      },
      {
        sql: 'CREATE TABLE readings (id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);\nCREATE TABLE readings_2023 PARTITION OF readings FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\');\nALTER TABLE readings DETACH PARTITION readings_2023;',
        note: 'The partitioned table is new: no production query can be holding or waiting for its lock.',
      },
    ],
  },
  check(ctx) {
    const concurrentForm = atLeast(ctx.target, '14');
    return opsOf(ctx, 'detach_partition').flatMap((r) => {
      if (r.op.concurrently || !existingTable(ctx, r, r.op.table)) return [];
      const parent = shown(r.op.table);
      const part = shown(r.op.partition);
      const message = `Detaching partition ${part} from ${parent} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${parent} and ${part}: it waits for every running query on ${parent}, and all reads and writes of ${parent} queue behind it.`;
      if (!concurrentForm) {
        return [{
          at: r.op.stmt,
          op: r,
          message: `${message} PostgreSQL ${ctx.target.version} has no DETACH PARTITION … CONCURRENTLY (it came in 14).`,
          fix: `There is no concurrent form before PostgreSQL 14: precede the detach with \`SET lock_timeout = '2s';\`, run it in a quiet hour and retry when it times out, so a long query on ${parent} cannot make it queue every other query.`,
        }];
      }
      const outside = r.op.stmt.inTransaction ? ` This statement runs in a transaction, so also ${runOutsideAdvice(ctx.set.format, r.file)}.` : '';
      const text = r.op.stmt.text.replace(/\s*;\s*$/, '');
      const replacement = concurrentRewritable(ctx, r) && !/\bfinalize\b/i.test(text) ? `${appendClause(text, 'CONCURRENTLY')};` : undefined;
      return [{
        at: r.op.stmt,
        op: r,
        message,
        fix: `Use \`ALTER TABLE ${parent} DETACH PARTITION ${part} CONCURRENTLY;\`, alone in its statement and outside a transaction block (it fails if ${parent} has a default partition).${outside}`,
        replacement,
      }];
    });
  },
};
