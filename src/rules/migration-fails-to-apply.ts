import type { Rule, RuleHit } from './rule.js';

export const migrationFailsToApply: Rule = {
  id: 'migration-fails-to-apply',
  category: 'integrity',
  severity: 'critical',
  dialects: ['postgresql', 'sqlite', 'mysql', 'mariadb'],
  scope: 'statement',
  docs: {
    summary: 'A statement of the pull request fails on a real engine built from the base history.',
    why: 'Migra applies every migration of the history and then the pull request to an embedded PostgreSQL (PGlite) or SQLite, or to a scratch database on the server given with verify-url (PostgreSQL, MySQL, MariaDB), statement by statement, the way the migration tool runs them. This statement raised an error there, so it will fail the same way when the migration is deployed: the tool stops, the migration is left failed or half applied, and the deploy waits for someone to fix it by hand. The engine\'s tables are empty, so this is about the statement itself (a cast PostgreSQL refuses, a default of the wrong type, a function or column that does not exist), never about the data.',
    fix: 'Fix the statement so it runs: read the engine\'s error quoted in the finding. A type change PostgreSQL cannot cast by itself needs a USING clause; a default must be of the column\'s type; a function must exist (or its extension be created first); CREATE INDEX CONCURRENTLY must run outside a transaction. Run the migration against a local database before merging.',
    bad: [
      {
        before: 'CREATE TABLE people (id bigint PRIMARY KEY, age text);',
        sql: 'ALTER TABLE people ALTER COLUMN age TYPE integer;',
        verify: true,
        note: 'PostgreSQL answers: column "age" cannot be cast automatically to type integer.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
        sql: "ALTER TABLE orders ADD COLUMN placed_at timestamptz NOT NULL DEFAULT 'yesterday at noon';",
        verify: true,
        note: 'A default of the wrong type: invalid input syntax for type timestamp with time zone.',
      },
      {
        dialect: 'sqlite',
        before: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);',
        sql: 'CREATE INDEX notes_title ON notes (title);',
        verify: true,
        note: 'SQLite answers: no such column: title.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE people (id bigint PRIMARY KEY, age text);',
        sql: 'ALTER TABLE people ALTER COLUMN age TYPE integer USING age::integer;',
        verify: true,
      },
      {
        before: 'CREATE EXTENSION postgis;\nCREATE TABLE places (id bigint PRIMARY KEY, location geometry(Point, 4326));',
        sql: 'CREATE INDEX places_location ON places USING gist (location);',
        verify: true,
        note: 'The embedded engine has no PostGIS: the history statements it could not run are skipped with a note, and a failure that comes from them is a note too, not a finding.',
      },
    ],
  },
  check(ctx) {
    const v = ctx.verified;
    if (!v) return [];
    const hits: RuleHit[] = [];
    for (const r of ctx.ops) {
      const obs = v.observe(r.op.stmt);
      if (!obs || obs.status !== 'failed' || obs.blockedBy || !obs.error || hits.some((h) => h.at === r.op.stmt)) continue;
      const e = obs.error;
      const where = e.line ? ` (line ${e.line}${e.column ? `, column ${e.column}` : ''})` : '';
      const extra = [e.detail, e.hint && `Hint: ${e.hint}`].filter(Boolean).join(' ');
      hits.push({
        at: r.op.stmt,
        message: `This statement fails on ${v.engine}: ${e.message}${where}.`,
        why: `${extra ? `${extra} ` : ''}${migrationFailsToApply.docs.why}`,
        op: r,
      });
    }
    return hits;
  },
};
