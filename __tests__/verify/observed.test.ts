import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';

describe('what PostgreSQL (PGlite) observed', () => {
  // One engine for several cases: each file of the pull request is its own migration.
  let report: Awaited<ReturnType<typeof runExample>>;
  beforeAll(async () => {
    report = await runExample(
      {
        verify: true,
        sql: '',
        files: {
          before: { 'migrations/001_initial.sql': 'CREATE TABLE orders (id integer PRIMARY KEY, placed timestamp, note text);' },
          head: {
            'migrations/001_initial.sql': 'CREATE TABLE orders (id integer PRIMARY KEY, placed timestamp, note text);',
            'migrations/002_tz.sql': 'ALTER TABLE orders ALTER COLUMN placed TYPE timestamptz;',
            'migrations/003_bigint.sql': 'ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
            'migrations/004_index.sql': 'CREATE INDEX CONCURRENTLY orders_note ON orders (note);',
          },
        },
      },
      RULES,
    );
  });

  // timestamp → timestamptz skips the rewrite on PostgreSQL 12+ when the session's TimeZone is UTC
  // (PGlite's); production's session is unknown, so the engine's observation does not settle it.
  it('a session-dependent rewrite (timestamp → timestamptz) keeps its medium finding, with what the engine saw, and no mismatch note', () => {
    const [f, ...rest] = report.findings.filter((x) => x.file === 'migrations/002_tz.sql' && x.rule === 'table-rewrite-type-change');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('medium');
    expect(f.message).toMatch(/unless the session that runs the migration has TimeZone set to UTC/);
    expect(f.verified).toMatch(/no table rewritten/);
    expect((report.notes ?? []).filter((n) => n.includes('002_tz.sql'))).toEqual([]);
  });

  it('inline ADD COLUMN … REFERENCES: the engine saw the locks the finding names, and no lock mismatch note', async () => {
    const r = await runExample({ verify: true, before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);', sql: 'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);' }, RULES);
    const f = r.findings.find((x) => x.rule === 'lock-timeout-missing');
    expect(f?.message).toMatch(/ACCESS EXCLUSIVE on orders .* also takes SHARE ROW EXCLUSIVE on users/);
    expect(f?.verified).toMatch(/ACCESS EXCLUSIVE on orders, SHARE ROW EXCLUSIVE on users/);
    expect(r.findings.filter((x) => x.rule === 'foreign-key-without-not-valid')).toEqual([]);
    expect(r.notes ?? []).toEqual([]);
  });

  it('regression_merge_scan_claim: a relabel that re-checks a validated CHECK keeps its full-scan finding (a scan leaves relfilenode alone)', async () => {
    const r = await runExample({ verify: true, before: "CREATE TABLE t (id bigint PRIMARY KEY, v text CHECK (v <> ''));", sql: 'ALTER TABLE t ALTER COLUMN v TYPE varchar;' }, RULES);
    const f = r.findings.find((x) => x.rule === 'table-rewrite-type-change');
    expect(f?.message).toMatch(/re-checks CHECK constraint t_v_check on every row of t \(a full scan\)/);
    expect(f?.verified).toMatch(/no table rewritten/);
    expect(r.notes ?? []).toEqual([]);
  });

  it('a confirmed rewrite keeps its finding and says what the engine saw', () => {
    const f = report.findings.find((x) => x.file === 'migrations/003_bigint.sql' && x.rule === 'table-rewrite-type-change');
    expect(f?.verified).toMatch(/^verified on PostgreSQL 17[.\d]* \(PGlite\): ACCESS EXCLUSIVE on orders, rewritten: orders/);
  });

  it('CREATE INDEX CONCURRENTLY runs outside a transaction, as the tool runs it, and applies', () => {
    expect(report.findings.filter((f) => f.rule === 'migration-fails-to-apply')).toEqual([]);
    expect(report.notes?.join('\n') ?? '').not.toMatch(/transaction block/);
  });

  it('a safe migration verifies quietly', async () => {
    const r = await runExample({ verify: true, before: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50));', sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(255);\nCREATE TABLE audit (id bigint PRIMARY KEY);' }, RULES);
    expect(r.findings).toEqual([]);
    expect(r.notes).toBeUndefined();
  });

  it('a prediction about an older configured version keeps the rule\'s own knowledge', async () => {
    // PostgreSQL 10 rewrote the table for ADD COLUMN … DEFAULT; PostgreSQL 11 and later do not.
    const r = await runExample({ verify: true, version: '10', before: 'CREATE TABLE users (id bigint PRIMARY KEY);', sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';" }, RULES);
    const rewrite = r.findings.filter((f) => /rewrite/.test(f.message));
    expect(rewrite.length).toBeGreaterThan(0);
    expect(rewrite[0].verified).toMatch(/no table rewritten/);
  });
});
