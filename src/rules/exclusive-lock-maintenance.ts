import type { Rule, RuleHit } from './rule.js';
import { opsOf, shown } from './lib/reviewed.js';
import { existingTable } from './lib/existing.js';
import { viewAtBase } from './lib/created-in-pr.js';

export const exclusiveLockMaintenance: Rule = {
  id: 'exclusive-lock-maintenance',
  category: 'locking',
  severity: 'high',
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'VACUUM FULL, CLUSTER or REFRESH MATERIALIZED VIEW without CONCURRENTLY on an object that exists in production.',
    why: 'VACUUM FULL and CLUSTER rewrite the whole table and its indexes, and REFRESH MATERIALIZED VIEW recomputes the whole view; all three hold an ACCESS EXCLUSIVE lock for the entire time, so every read and write of the table or view waits, often for minutes on a large one.',
    fix: 'Instead of VACUUM FULL or CLUSTER, reclaim space or reorder rows online with pg_repack (or pg_squeeze), run outside the migrations; a plain VACUUM takes no blocking lock. Refresh a materialized view with REFRESH MATERIALIZED VIEW CONCURRENTLY, which lets readers go on; it needs a unique index on the view covering all rows and cannot run inside a transaction block.',
    bad: [
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);',
        sql: 'VACUUM FULL events;',
      },
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, kind text);\nCREATE INDEX events_kind_idx ON events (kind);',
        sql: 'CLUSTER events USING events_kind_idx;',
      },
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, kind text);\nCREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;',
        sql: 'REFRESH MATERIALIZED VIEW event_counts;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, kind text);\nCREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;\nCREATE UNIQUE INDEX event_counts_kind_idx ON event_counts (kind);',
        sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY event_counts;',
      },
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, kind text);',
        sql: 'CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;\nREFRESH MATERIALIZED VIEW event_counts;',
        note: 'The view was created in the same pull request: no production query reads it yet.',
      },
      {
        sql: 'CREATE TABLE imports (id bigint PRIMARY KEY, body text);\nVACUUM FULL imports;',
        note: 'The table is new: nothing in production waits on its lock.',
      },
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);',
        sql: 'VACUUM events;',
        note: 'A plain VACUUM takes SHARE UPDATE EXCLUSIVE: reads and writes go on.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'maintenance', 'refresh_materialized_view')) {
      const op = r.op;
      if (op.kind === 'maintenance') {
        if (op.action !== 'vacuum_full' && op.action !== 'cluster') continue;
        const verb = op.action === 'vacuum_full' ? 'VACUUM FULL' : 'CLUSTER';
        if (op.table && !existingTable(ctx, r, op.table)) continue;
        const message = op.table
          ? `${verb} ${shown(op.table)} rewrites the table under an ACCESS EXCLUSIVE lock: every read and write of ${shown(op.table)} waits until the rewrite ends.`
          : `${verb} without a table rewrites every table of the database in turn, each under an ACCESS EXCLUSIVE lock that blocks its reads and writes until its rewrite ends.`;
        const fix = op.action === 'vacuum_full'
          ? `Reclaim the space online with pg_repack${op.table ? ` (\`pg_repack --table=${shown(op.table)}\`)` : ''}, run outside the migrations, or settle for a plain VACUUM, which blocks nothing.`
          : `Reorder the rows online with pg_repack${op.table ? ` (\`pg_repack --table=${shown(op.table)} --order-by=…\`)` : ' --order-by'}, run outside the migrations.`;
        hits.push({ at: op.stmt, op: r, message, fix });
        continue;
      }
      if (op.concurrently || !viewAtBase(ctx, r, op.name)) continue;
      const view = shown(op.name);
      hits.push({
        at: op.stmt,
        op: r,
        message: `REFRESH MATERIALIZED VIEW ${view} without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on ${view} while the whole view is recomputed: every read of ${view} waits until the refresh ends.`,
        fix: `Use \`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view};\`, which takes EXCLUSIVE and lets reads go on. It needs a unique index on ${view} covering every row (create one first if it has none) and cannot run inside a transaction block.`,
      });
    }
    return hits;
  },
};
