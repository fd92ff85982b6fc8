// The live stage against a real PostgreSQL 15 (Debian's package, on loopback, a throwaway data
// directory): the numbers it reads, the severities they give, that it never writes, that the
// password never shows, and that a dead or slow server costs a note.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { TempRepo } from '../../src/source/temp-repo.js';
import pg from 'pg';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { checkAnnotations } from '../../src/render/annotations.js';
import { Deadline } from '../../src/live/budget.js';
import { openPostgres } from '../../src/live/pg.js';
import { secretOf } from '../../src/model/url-secret.js';
import { startPostgres, type TestServer } from '../helpers/servers.js';
import { findingAt, reviewLive } from '../helpers/live.js';

const READER_PW = 'rd-Pw-7731';
let server: TestServer;
let readerUrl: string;
let adminUrl: string;

const BASE = {
  'db/migrations/001_init.sql': `
CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_code text, nickname text);
CREATE TABLE tags (id int PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
CREATE TABLE codes (id int PRIMARY KEY, code varchar(50));
CREATE TABLE events (id bigint PRIMARY KEY, payload text);
CREATE INDEX events_payload_idx ON events (payload);
`,
};

async function admin<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Every table's row count and a checksum of its rows, to prove nothing was written. */
async function fingerprint(): Promise<string> {
  const rows = await admin<{ t: string; n: string; h: string }>(`
    SELECT 'users' AS t, count(*)::text AS n, md5(coalesce(string_agg(u::text, ',' ORDER BY id), '')) AS h FROM users u
    UNION ALL SELECT 'tags', count(*)::text, md5(coalesce(string_agg(t::text, ',' ORDER BY id), '')) FROM tags t
    UNION ALL SELECT 'orders', count(*)::text, md5(coalesce(string_agg(o::text, ',' ORDER BY id), '')) FROM orders o
    UNION ALL SELECT 'codes', count(*)::text, md5(coalesce(string_agg(c::text, ',' ORDER BY id), '')) FROM codes c
    UNION ALL SELECT 'schema', count(*)::text, md5(string_agg(relname || ':' || relkind::text, ',' ORDER BY relname)) FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
  return JSON.stringify(rows);
}

beforeAll(async () => {
  server = await startPostgres();
  adminUrl = server.adminUrl;
  await admin(`
    ${BASE['db/migrations/001_init.sql']}
    -- 25,000 users: 18,000 legacy codes, 3 e-mail addresses used twice, 250 nicknames missing.
    INSERT INTO users SELECT g, CASE WHEN g > 24997 THEN 'u' || (g - 24997) || '@x' ELSE 'u' || g || '@x' END,
      CASE WHEN g <= 18000 THEN 'L' || g END, CASE WHEN g % 100 <> 0 THEN 'n' || g END FROM generate_series(1, 25000) g;
    INSERT INTO tags SELECT g, 'tag' || g FROM generate_series(1, 12) g;
    -- 100 orders, 5 of them pointing at users that do not exist.
    INSERT INTO orders SELECT g, CASE WHEN g <= 5 THEN 900000 + g ELSE g END FROM generate_series(1, 100) g;
    -- 20 codes, 4 longer than 10 characters.
    INSERT INTO codes SELECT g, CASE WHEN g <= 4 THEN 'long-code-' || g || '-xyz' ELSE 'c' || g END FROM generate_series(1, 20) g;
    -- 300,000 events, a quarter without payload: above the exact-count limit, so the statistics speak.
    INSERT INTO events SELECT g, CASE WHEN g % 4 <> 0 THEN 'p' || g END FROM generate_series(1, 300000) g;
    ANALYZE;
    CREATE ROLE reader LOGIN PASSWORD '${READER_PW}';
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;`);
  readerUrl = `postgres://reader:${READER_PW}@127.0.0.1:${server.port}/postgres`;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('live impact on PostgreSQL', () => {
  it('regression_issue_14_done_when: a dropped column of 25,000 rows stays serious with the values lost, a blocking index on 12 rows is minor, a violated unique index fails with the count', async () => {
    const before = await fingerprint();
    const report = await reviewLive(BASE, {
      'db/migrations/002_change.sql': [
        'ALTER TABLE users DROP COLUMN legacy_code;',
        'CREATE INDEX tags_name_idx ON tags (name);',
        'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
      ].join('\n'),
    }, { url: readerUrl });
    const drop = findingAt(report, 'drop-column', 1);
    expect(drop.severity).toBe('high');
    expect(drop.impact).toContain('drops 18,000 non-null values of users.legacy_code, 25,000 rows');
    const index = findingAt(report, 'create-index-non-concurrently', 2);
    expect(index.severity).toBe('low');
    expect(index.impact).toMatch(/^minor here: tags has 12 rows \(\d+ kB\), so the lock is held for moments$/);
    const unique = findingAt(report, 'unique-on-existing-data', 3);
    expect(unique.severity).toBe('critical');
    expect(unique.impact).toBe('fails: 3 duplicate groups of (email) in users');
    expect(report.live).toEqual({ engine: expect.stringMatching(/^PostgreSQL 15\./), destroys: ['users.legacy_code: 18,000 non-null values in 25,000 rows (db/migrations/002_change.sql:1)'] });
    expect(report.notes?.some((n) => /^Live impact read from PostgreSQL 15\.\S+ in a read-only transaction/.test(n))).toBe(true);
    expect(await fingerprint()).toBe(before);
  });

  it('without a URL nothing changes: the same findings, severities and no impact', async () => {
    const pr = { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;\nCREATE INDEX tags_name_idx ON tags (name);' };
    const without = await reviewLive(BASE, pr, undefined);
    expect(without.findings.map((f) => [f.rule, f.severity, f.impact])).toEqual([
      ['drop-column', 'high', undefined],
      ['create-index-non-concurrently', 'high', undefined],
    ]);
    expect(without.live).toBeUndefined();
    expect(without.timings.live).toBeUndefined();
  });

  it('NULLs under SET NOT NULL, orphans under a foreign key and values too long for a narrower type make the statement fail: critical, with the count', async () => {
    const report = await reviewLive(BASE, {
      'db/migrations/002_change.sql': [
        'ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;',
        'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
        'ALTER TABLE codes ALTER COLUMN code TYPE varchar(10);',
        'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      ].join('\n'),
    }, { url: readerUrl });
    const nn = findingAt(report, 'set-not-null-scan', 1);
    expect([nn.severity, nn.impact]).toEqual(['critical', 'fails: 250 rows of users with NULL in nickname']);
    const fk = findingAt(report, 'foreign-key-without-not-valid', 2);
    expect([fk.severity, fk.impact]).toEqual(['critical', 'fails: 5 rows of orders whose (user_id) has no match in users']);
    const narrow = findingAt(report, 'narrowing-type-change', 3);
    expect([narrow.severity, narrow.impact]).toEqual(['critical', 'fails: 4 values of codes.code longer than 10 characters']);
    // The same statement's lock finding says it fails too, and keeps its own severity.
    const rewrite = report.findings.find((f) => f.line === 3 && f.rule === 'table-rewrite-type-change');
    expect(rewrite?.impact).toContain('the statement fails: 4 values of codes.code longer than 10 characters');
    // No NULLs in email: SET NOT NULL succeeds, and on 25,000 rows (above 10,000) it stays as it was.
    const ok = findingAt(report, 'set-not-null-scan', 4);
    expect(ok.severity).toBe('high');
    expect(ok.impact).toMatch(/^no rows of users with NULL in email today; users: 25,000 rows, [\d.]+ MB: under a second under an ACCESS EXCLUSIVE lock \(estimated at 50 MB\/s\)$/);
  });

  it('TRUNCATE and DELETE without WHERE say how many rows go; the preview lists them', async () => {
    const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'TRUNCATE tags;\nDELETE FROM orders;\nDROP TABLE codes;' }, { url: readerUrl });
    expect(findingAt(report, 'truncate-table', 1).impact).toMatch(/^empties tags \(12 rows, \d+ kB\)$/);
    expect(findingAt(report, 'unbounded-data-change', 2).impact).toBe('touches every row of orders: 100 rows');
    expect(findingAt(report, 'drop-table', 3).impact).toMatch(/^drops codes: 20 rows, \d+ kB$/);
    expect(report.live?.destroys).toEqual([
      expect.stringMatching(/^tags: every row, 12 rows, \d+ kB \(db\/migrations\/002_change\.sql:1\)$/),
      'orders: deletes 100 rows (db/migrations/002_change.sql:2)',
      expect.stringMatching(/^codes: the whole table, 20 rows, \d+ kB \(db\/migrations\/002_change\.sql:3\)$/),
    ]);
    const md = renderMarkdown(report);
    expect(md).toContain('**Before approving: this change would destroy, in PostgreSQL 15.');
    expect(md).toContain('orders: deletes 100 rows');
  });

  it('a table the migrations do not know and a column the database lacks make one drift note', async () => {
    await admin('CREATE TABLE audit_log (id int); ALTER TABLE tags ADD COLUMN color text; GRANT SELECT ON audit_log TO reader;');
    try {
      const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'CREATE INDEX tags_name_idx ON tags (name);' }, { url: readerUrl });
      const drift = (report.notes ?? []).filter((n) => n.startsWith('Drift:'));
      expect(drift).toEqual([expect.stringContaining('tables only in the database: audit_log; columns only in the database: tags.color')]);
    } finally {
      await admin('DROP TABLE audit_log; ALTER TABLE tags DROP COLUMN color;');
    }
  });

  it('a URL whose user can write still reads in a read-only transaction: writing through it fails, nothing changes', async () => {
    const before = await fingerprint();
    const db = await openPostgres(secretOf(adminUrl), { deadline: new Deadline(20_000), statementTimeoutMs: 5_000 });
    try {
      await expect(db.query('CREATE TABLE sneaky (id int)')).rejects.toThrow(/read-only transaction/);
      await expect(db.query('DELETE FROM tags')).rejects.toThrow(/read-only transaction/);
      // The failure costs that query only: the connection still reads.
      expect(await db.query('SELECT count(*)::int AS n FROM tags')).toEqual([{ n: 12 }]);
    } finally {
      await db.close();
    }
    const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' }, { url: adminUrl });
    expect(findingAt(report, 'drop-column', 1).impact).toContain('18,000 non-null values');
    expect(await fingerprint()).toBe(before);
  });

  it('never prints the password: not in the report, the comment, the job summary, the terminal or the annotations, even when the login fails', async () => {
    const pr = { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' };
    const good = await reviewLive(BASE, pr, { url: readerUrl });
    const bad = await reviewLive(BASE, pr, { url: readerUrl.replace(READER_PW, 'Wr0ng-pw-4411') });
    expect(bad.notes).toEqual([expect.stringMatching(/^Live impact not available: password authentication failed for user "\*\*\*"/)]);
    for (const r of [good, bad]) {
      const outputs = [JSON.stringify(r), renderMarkdown(r), renderText(r, { color: false, notes: r.notes }), renderJobSummary(r, { failing: true, failOn: 'high', approveLabel: 'migra:approved' }, { notes: r.notes }), JSON.stringify(checkAnnotations(r))];
      for (const o of outputs) {
        expect(o).not.toContain(READER_PW);
        expect(o).not.toContain('Wr0ng-pw-4411');
        expect(o).not.toContain(readerUrl);
      }
    }
  });

  it('a dead port costs one note and the review goes on', async () => {
    const dead = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });
    const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' }, { url: `postgres://reader:${READER_PW}@127.0.0.1:${dead}/postgres`, budgetMs: 5_000 });
    expect(report.notes).toEqual([expect.stringMatching(/^Live impact not available: connect ECONNREFUSED 127\.0\.0\.1:\d+.*The review was made without the numbers from the database\.$/)]);
    expect(findingAt(report, 'drop-column', 1)).toMatchObject({ severity: 'high' });
    expect(findingAt(report, 'drop-column', 1).impact).toBeUndefined();
  });

  it('a server that accepts the connection and never answers costs one note when the budget runs out', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent: Server = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (silent.address() as { port: number }).port;
      const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;' }, { url: `postgres://reader:${READER_PW}@127.0.0.1:${port}/postgres`, budgetMs: 1_500 });
      expect(report.notes).toEqual([expect.stringMatching(/^Live impact not available: (the time budget ran out connecting|timeout expired|Connection terminated due to connection timeout)/)]);
      expect(findingAt(report, 'drop-column', 1).severity).toBe('high');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('a table locked by another session: the reads wait no longer than the lock timeout, and what could not be read is said', async () => {
    const holder = new pg.Client({ connectionString: adminUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const report = await reviewLive(BASE, {
        'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;\nCREATE INDEX tags_name_idx ON tags (name);',
      }, { url: readerUrl, budgetMs: 20_000, statementTimeoutMs: 1_000 });
      const drop = findingAt(report, 'drop-column', 1);
      expect(drop.severity).toBe('high');
      expect(drop.impact).toMatch(/could not read the size of users: canceling statement due to lock timeout/);
      // The other table is still read.
      expect(findingAt(report, 'create-index-non-concurrently', 2).severity).toBe('low');
      expect(report.notes?.find((n) => n.startsWith('Live impact read'))).toMatch(/Not read: could not read the size of users: canceling statement due to lock timeout/);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });

  it('a query slower than the statement timeout is cancelled and the rest goes on', async () => {
    const db = await openPostgres(secretOf(readerUrl), { deadline: new Deadline(20_000), statementTimeoutMs: 500 });
    try {
      await expect(db.query('SELECT pg_sleep(5)')).rejects.toThrow(/canceling statement due to statement timeout/);
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('thresholds come from config: above large-table-rows a medium lock finding becomes high, with the time under lock; below small-table-rows it is minor', async () => {
    const pr = { 'db/migrations/002_change.sql': 'REINDEX TABLE users;\nCREATE INDEX users_nickname_idx ON users (nickname);' };
    const defaults = await reviewLive(BASE, pr, { url: readerUrl });
    expect(findingAt(defaults, 'reindex-non-concurrently', 1).severity).toBe('medium');
    expect(findingAt(defaults, 'create-index-non-concurrently', 2).severity).toBe('high');
    const tuned = await reviewLive(BASE, pr, { url: readerUrl }, { live: { thresholds: { largeRows: 20_000, smallRows: 0 } } });
    const reindex = findingAt(tuned, 'reindex-non-concurrently', 1);
    expect(reindex.severity).toBe('high');
    expect(reindex.impact).toMatch(/^users: 25,000 rows, [\d.]+ MB: under a second under a SHARE lock \(estimated at 50 MB\/s\)$/);
    const roomy = await reviewLive(BASE, pr, { url: readerUrl }, { live: { thresholds: { smallRows: 30_000, smallBytes: 64 * 1024 * 1024 } } });
    expect(findingAt(roomy, 'create-index-non-concurrently', 2)).toMatchObject({ severity: 'low', impact: expect.stringMatching(/^minor here: users has 25,000 rows \([\d.]+ MB\)/) });
  });

  it('migra check --database-url (and MIGRA_DATABASE_URL) prints the numbers, never the URL', () => {
    const repo = TempRepo.create('migra-live-cli-');
    try {
      repo.commit('base', BASE);
      repo.checkout('pr', true);
      repo.commit('pr', { 'db/migrations/002_change.sql': 'ALTER TABLE users DROP COLUMN legacy_code;\n' });
      const cli = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), 'check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--no-cache', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', MIGRA_DATABASE_URL: '', ...env } });
      const text = cli(['--database-url', readerUrl]);
      expect(text.stdout).toContain('in the database: drops 18,000 non-null values of users.legacy_code, 25,000 rows');
      const json = cli(['--format', 'json'], { MIGRA_DATABASE_URL: readerUrl });
      expect(JSON.parse(json.stdout).findings[0].impact).toBe('drops 18,000 non-null values of users.legacy_code, 25,000 rows');
      const bad = cli(['--database-url', readerUrl.replace(READER_PW, 'Wr0ng-pw-4411')]);
      expect(bad.stdout).toMatch(/^Live impact not available: password authentication failed/m);
      for (const r of [text, json, bad]) {
        expect(r.status).toBe(1);
        expect(r.stdout + r.stderr).not.toMatch(new RegExp(`${READER_PW}|Wr0ng-pw-4411|reader:`));
      }
    } finally {
      repo.remove();
    }
  });

  it('a table above the exact-count limit is sized from the statistics, and says so', async () => {
    const report = await reviewLive(BASE, { 'db/migrations/002_change.sql': 'ALTER TABLE events DROP COLUMN payload;\nCREATE INDEX events_payload2_idx ON events (payload);' }, { url: readerUrl });
    const drop = findingAt(report, 'drop-column', 1);
    expect(drop.impact).toMatch(/^drops about 2\d\d,\d{3} non-null values of events\.payload, about 3\d\d,\d{3} rows \(statistics\)$/);
    const index = findingAt(report, 'create-index-non-concurrently', 2);
    expect(index.severity).toBe('high');
    expect(index.impact).toMatch(/^events: about 3\d\d,\d{3} rows \(statistics\), \d+ MB: under a second under a SHARE lock|^events: about 3\d\d,\d{3} rows \(statistics\), \d+ MB: about \d s under a SHARE lock/);
  });

  it('a large table makes a whole-table lock more serious, never a catalog-only one (DROP INDEX)', async () => {
    const pr = { 'db/migrations/002_change.sql': 'DROP INDEX events_payload_idx;\nREINDEX TABLE events;' };
    const report = await reviewLive(BASE, pr, { url: readerUrl }, { live: { thresholds: { largeRows: 100_000 } } });
    expect(findingAt(report, 'drop-index-non-concurrently', 1)).toMatchObject({ severity: 'medium', impact: expect.stringMatching(/^events: about 3\d\d,\d{3} rows \(statistics\), \d+ MB$/) });
    expect(findingAt(report, 'reindex-non-concurrently', 2).severity).toBe('high');
  });
});
