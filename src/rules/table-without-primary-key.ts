import { isToolTableName } from '../knowledge/tool-tables.js';
import { isMysqlFamily } from '../model/dialect.js';
import { findColumn, tableKey, type Table } from '../model/schema.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';
import { createdInPr } from './lib/existing.js';
import { baseTableOf, tableAtHead } from './lib/head-table.js';
import { notNullUniqueKey } from './lib/index-coverage.js';
import { sameColumn, sameTable } from './lib/origin.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';

export const tableWithoutPrimaryKey: Rule = {
  id: 'table-without-primary-key',
  category: 'integrity',
  severity: 'low',
  dialects: 'all',
  docs: {
    summary: 'A table this pull request creates, or whose primary key it drops, has no primary key at head.',
    why: 'Without a primary key a row has no identity: duplicate rows creep in and cannot be told apart, ORMs and admin tools cannot update or delete one row, and PostgreSQL logical replication (and tools built on it: blue/green upgrades, CDC) cannot replicate UPDATE or DELETE on the table. MySQL clusters such a table on a hidden row id and refuses it under sql_require_primary_key or group replication; SQLite may renumber the rowids of a table without an INTEGER PRIMARY KEY on VACUUM. A UNIQUE key over NOT NULL columns identifies rows just as well (PostgreSQL can use it as REPLICA IDENTITY, InnoDB clusters on it), so the rule accepts one.',
    fix: 'Declare a primary key when the table is created: a surrogate key (`id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY` on PostgreSQL, `id bigint AUTO_INCREMENT PRIMARY KEY` on MySQL, `id INTEGER PRIMARY KEY` on SQLite) or the natural one, such as PRIMARY KEY (post_id, tag_id) for a link table.',
    bad: [
      { sql: 'CREATE TABLE audit_log (happened_at timestamptz NOT NULL, actor text, action text);' },
      {
        before: 'CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);',
        sql: 'ALTER TABLE events DROP CONSTRAINT events_pkey;',
      },
      { dialect: 'sqlite', sql: 'CREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts (id), tag_id INTEGER NOT NULL REFERENCES tags (id));' },
    ],
    good: [
      { sql: 'CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, happened_at timestamptz NOT NULL, action text);' },
      {
        sql: 'CREATE TABLE post_tags (post_id bigint NOT NULL, tag_id bigint NOT NULL);\nCREATE UNIQUE INDEX post_tags_post_id_tag_id_key ON post_tags (post_id, tag_id);',
        note: 'A unique index over NOT NULL columns identifies every row: it can serve as REPLICA IDENTITY.',
      },
      { sql: 'CREATE TEMPORARY TABLE import_batch (line text);', note: 'Temporary tables live for one session.' },
      {
        before: 'CREATE TABLE events (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);',
        sql: "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        note: 'A partition takes its primary key from the parent.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
        sql: 'CREATE TABLE users_backup AS SELECT * FROM users;\n-- … repair users from the copy …\nDROP TABLE users_backup;',
        note: 'A scratch table dropped again in the same pull request.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'create_table')) {
      const op = r.op;
      if (op.temporary || op.partitionOf || op.asSelect || isToolTableName(op.table.name)) continue;
      // IF NOT EXISTS of a table that is already there creates nothing.
      if (op.ifNotExists && tableBefore(r, op.table)) continue;
      const head = tableAtHead(ctx, r, op.table);
      if (!head || !lacksKey(ctx, head)) continue;
      // A rebuild of a table that had no primary key at base either: old debt, not this change.
      const base = baseTableOf(ctx, head);
      if (base && lacksKey(ctx, base)) continue;
      const rebuilt = base ? ` It replaces ${shown(base.name)}, which had one.` : '';
      hits.push({ at: op.stmt, op: r, message: `Table ${shown(head.name)} is created without a primary key (nor a UNIQUE key over NOT NULL columns).${rebuilt}`, why: whyFor(ctx), fix: fixFor(ctx, head) });
    }
    for (const r of opsOf(ctx, 'drop_constraint', 'drop_column')) {
      const before = tableBefore(r, r.op.table);
      const pk = before?.constraints.find((c) => c.kind === 'primary');
      if (!before || !pk || createdInPr(ctx, r, r.op.table)) continue;
      const d = ctx.target.dialect;
      const op = r.op;
      const drops = op.kind === 'drop_constraint'
        ? (op.constraintKind === 'primary' && isMysqlFamily(d)) || sameColumn(pk.name, op.name, d)
        : pk.columns.some((c) => sameColumn(c, op.column, d));
      if (!drops) continue;
      const head = tableAtHead(ctx, r, r.op.table);
      if (!head || !lacksKey(ctx, head)) continue;
      // Renamed away to a backup while a new table takes the name (a rebuild): the copy is scratch.
      if (!sameTable(head.name, r.op.table, d) && ctx.head.tables.has(tableKey(r.op.table, d))) continue;
      const how = op.kind === 'drop_column' ? `Dropping column ${shown(op.table)}.${op.column} drops the primary key ${pk.name} with it` : `Dropping primary key ${pk.name}`;
      hits.push({ at: op.stmt, op: r, message: `${how} leaves ${shown(head.name)} without a primary key (nor a UNIQUE key over NOT NULL columns), and nothing later in the pull request adds one.`, why: whyFor(ctx), fix: fixFor(ctx, head) });
    }
    return hits;
  },
};

/** No primary key and no unique key that could stand in for one. Partial tables: replay did not see the whole definition. */
function lacksKey(ctx: RuleContext, t: Table): boolean {
  if (t.partial || t.partitionOf) return false;
  if (t.constraints.some((c) => c.kind === 'primary')) return false;
  return !notNullUniqueKey(t, ctx.target.dialect);
}

function whyFor(ctx: RuleContext): string {
  const common = 'Without a primary key a row has no identity: duplicate rows creep in and cannot be told apart, and ORMs and admin tools cannot update or delete one row.';
  const d = ctx.target.dialect;
  if (d === 'postgresql') return `${common} Logical replication (and what is built on it: blue/green upgrades, change data capture) cannot replicate UPDATE or DELETE on the table: with REPLICA IDENTITY DEFAULT and no key, PostgreSQL refuses them on a published table.`;
  if (d === 'sqlite') return `${common} The implicit rowid is no substitute: without an INTEGER PRIMARY KEY that aliases it, VACUUM may renumber it.`;
  return `${common} InnoDB clusters the table on a hidden row id nothing can use, replication has to find each changed row by a scan, and servers with sql_require_primary_key (and group replication) refuse the table.`;
}

function fixFor(ctx: RuleContext, t: Table): string {
  const d = ctx.target.dialect;
  // A link table (every column a foreign key column): its natural key is the pair.
  const fkCols = t.constraints.filter((c) => c.kind === 'foreign').flatMap((c) => c.columns);
  const link = t.columns.length >= 2 && t.columns.every((c) => fkCols.some((x) => sameColumn(x, c.name, d)));
  const surrogate = d === 'postgresql' ? 'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY' : d === 'sqlite' ? 'id INTEGER PRIMARY KEY' : 'id bigint AUTO_INCREMENT PRIMARY KEY';
  const natural = link ? `PRIMARY KEY (${t.columns.map((c) => c.name).join(', ')})` : undefined;
  const nullable = link ? t.columns.filter((c) => findColumn(t, c.name, d)?.nullable).map((c) => c.name) : [];
  const notNull = nullable.length ? ` (the columns become NOT NULL: ${nullable.join(', ')})` : '';
  return natural
    ? `${shown(t.name)} links rows of other tables: make the pair its key, \`${natural}\`${notNull}, which also stops the same link from being stored twice. Or add a surrogate key: \`${surrogate}\`.`
    : `Add a primary key to ${shown(t.name)}: a surrogate \`${surrogate}\`, or the columns that identify a row, as PRIMARY KEY (…).`;
}
