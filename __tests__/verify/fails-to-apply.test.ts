import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

// Real engines: PGlite (PostgreSQL 17) and sql.js (SQLite). Each case starts an engine of its own.
const verified = (ex: Omit<RuleExample, 'verify'>) => runExample({ ...ex, verify: true }, RULES);
const failures = (r: Awaited<ReturnType<typeof runExample>>) => r.findings.filter((f) => f.rule === 'migration-fails-to-apply');

describe('migration-fails-to-apply on PostgreSQL (PGlite)', () => {
  it('a cast PostgreSQL refuses is reported at its line with the engine message', async () => {
    const r = await verified({
      before: 'CREATE TABLE people (id bigint PRIMARY KEY, age text);',
      sql: 'ALTER TABLE people ADD COLUMN nickname text;\n\nALTER TABLE people\n  ALTER COLUMN age TYPE integer;',
    });
    const [f] = failures(r);
    expect(f).toMatchObject({ severity: 'critical', file: 'migrations/002_change.sql', line: 3 });
    expect(f.message).toContain('column "age" cannot be cast automatically to type integer');
    expect(f.message).toMatch(/PostgreSQL 17/);
    expect(f.why).toContain('USING');
  });

  it('a default of the wrong type and a function that does not exist', async () => {
    const r = await verified({
      before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      sql: "ALTER TABLE orders ADD COLUMN placed_at timestamptz NOT NULL DEFAULT 'soon';",
    });
    expect(failures(r).map((f) => f.message)).toEqual([expect.stringContaining('invalid input syntax for type timestamp with time zone: "soon"')]);
    const r2 = await verified({
      before: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      sql: 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT uuid_generate_v4();',
    });
    const [f] = failures(r2);
    expect(f.message).toContain('function uuid_generate_v4() does not exist');
  });

  it('a base statement PGlite cannot run is a note, and a PR statement that depends on it is a note, not a finding', async () => {
    const r = await verified({
      before: [
        'CREATE EXTENSION IF NOT EXISTS postgis;',
        'CREATE ROLE reporting;',
        'GRANT SELECT ON ALL TABLES IN SCHEMA public TO analytics;',
        'CREATE TABLE places (id bigint PRIMARY KEY, name text);',
        'ALTER TABLE places ADD COLUMN location geometry(Point, 4326);',
        'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
        'CREATE INDEX places_name_trgm ON places USING gin (name gin_trgm_ops);',
      ].join('\n'),
      sql: [
        'CREATE INDEX places_location ON places USING gist (location);',
        'CREATE TABLE visits (id bigint PRIMARY KEY, user_id uuid REFERENCES auth.users (id));',
        'GRANT SELECT ON visits TO authenticated;',
      ].join('\n'),
    });
    expect(failures(r)).toEqual([]);
    const notes = r.notes ?? [];
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/skipped migrations\/001_initial\.sql:1 `CREATE EXTENSION IF NOT EXISTS postgis`: extension "postgis" is not available/)]));
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/skipped migrations\/001_initial\.sql:5 .*type "geometry" does not exist/)]));
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/skipped migrations\/001_initial\.sql:3 .*role "analytics" does not exist/)]));
    // pg_trgm ships with PGlite: loaded, so its index was built and is not skipped.
    expect(notes.join('\n')).not.toMatch(/gin_trgm_ops|pg_trgm/);
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/002_change\.sql: a statement failed .* because of migrations\/001_initial\.sql:5 .*column "location" does not exist/)]));
    // Supabase's auth.users and its roles come from the platform, not from a migration.
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/because of the environment .*schema "auth" does not exist/)]));
  });
});

describe('migration-fails-to-apply on SQLite (sql.js)', () => {
  it('a statement SQLite refuses is reported with its message', async () => {
    const r = await verified({
      dialect: 'sqlite',
      before: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);',
      sql: 'ALTER TABLE notes ADD COLUMN summary TEXT;\nCREATE INDEX notes_title ON notes (title);',
    });
    const [f] = failures(r);
    expect(f).toMatchObject({ line: 2 });
    expect(f.message).toMatch(/SQLite 3[.\d]+ \(sql\.js\): no such column: title/);
  });

  it('stops with a clear note when too much of the history could not run', async () => {
    const broken = Array.from({ length: 12 }, (_, i) => `CREATE VIRTUAL TABLE t${i} USING missing_module(x);`).join('\n');
    const r = await verified({ dialect: 'sqlite', before: `${broken}\nCREATE TABLE a (id INTEGER PRIMARY KEY);`, sql: 'ALTER TABLE nope ADD COLUMN b TEXT;' });
    expect(failures(r)).toEqual([]);
    expect(r.notes).toEqual(expect.arrayContaining([expect.stringMatching(/stopped: 12 of 13 statements of the history could not run/), expect.stringMatching(/and 7 more statements/)]));
  });
});
