// The bundled action with the database-url input, against a real PostgreSQL 15 on loopback: the
// URL is masked and never printed, the comment carries the numbers and the confirmation preview,
// and a fork's pull request (no secrets) says once that the preview was not available.
import pg from 'pg';
import { FORK_NOTE } from '../../src/action/review.js';
import { prEvent, prRepo, TOKEN, type PrRepo } from '../helpers/action-fixtures.js';
import { startHarness, stopHarness, type ActionHarness } from '../helpers/action-harness.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startPostgres, type TestServer } from '../helpers/servers.js';

const READER_PW = 'Act-rd-pw-2208';
const BASE = { 'db/migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_code text);\n' };
const PR = { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_code;\n' };

let h: ActionHarness;
let server: TestServer;
let url: string;
const repos: PrRepo[] = [];

beforeAll(async () => {
  [h, server] = await Promise.all([startHarness(TOKEN), startPostgres()]);
  const c = new pg.Client({ connectionString: server.adminUrl });
  await c.connect();
  await c.query(`${BASE['db/migrations/001_init.sql']}
    INSERT INTO users SELECT g, 'u' || g || '@x', CASE WHEN g <= 180 THEN 'L' || g END FROM generate_series(1, 250) g;
    CREATE ROLE reader LOGIN PASSWORD '${READER_PW}'; GRANT SELECT ON users TO reader;`);
  await c.end();
  url = `postgresql://reader:${READER_PW}@127.0.0.1:${server.port}/postgres?sslmode=disable`;
}, 180_000);

afterAll(async () => {
  await stopHarness(h, repos);
  await server?.stop();
});

beforeEach(() => h.gh.reset());

async function run(r: PrRepo, inputs: Record<string, string>, fork = false): Promise<ActionRun> {
  return runAction({ entry: h.entry, inputs: { 'github-token': TOKEN, ...inputs }, event: prEvent(r.base, r.head, { fork }), workspace: r.repo.dir, apiUrl: h.gh.url, env: { GROQ_BASE_URL: h.groq.url } });
}

describe('action: database-url', () => {
  it('masks the URL and its password, never prints them, and puts the numbers and the preview in the comment, summary and report', async () => {
    const r = prRepo(PR, BASE);
    repos.push(r);
    const res = await run(r, { 'database-url': url });
    expect(res.stdout).toContain(`::add-mask::${url}`);
    expect(res.stdout).toContain(`::add-mask::${READER_PW}`);
    const printed = res.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + res.stderr + res.summary + JSON.stringify(res.outputs) + (res.reportText ?? '') + JSON.stringify(h.gh.comments) + JSON.stringify(h.gh.checkRuns);
    expect(printed).not.toContain(READER_PW);
    expect(printed).not.toContain(url);
    const drop = res.report.findings.find((f: { rule: string }) => f.rule === 'drop-column');
    expect(drop).toMatchObject({ severity: 'high', impact: 'drops 180 non-null values of users.legacy_code, 250 rows' });
    expect(res.report.live).toEqual({ engine: expect.stringMatching(/^PostgreSQL 15\./), destroys: ['users.legacy_code: 180 non-null values in 250 rows (db/migrations/002_drop.sql:1)'] });
    const comment = h.gh.comments[0]!.body;
    expect(comment).toContain('**In the database:** drops 180 non-null values of users.legacy\\_code, 250 rows');
    expect(comment).toMatch(/\*\*Before approving: this change would destroy, in PostgreSQL 15\.\d+:\*\*\n- users\.legacy\\_code: 180 non-null values in 250 rows/);
    // The job summary has the comment's body: the verdict, the label instruction and the preview under it.
    expect(res.summary).toMatch(/adds the label `migra:approved` to accept it\.[\s\S]*\*\*Before approving: this change would destroy, in PostgreSQL 15\.\d+:\*\*\n- users\.legacy\\_code: 180 non-null values/);
    expect(res.summary).not.toContain(FORK_NOTE);
  });

  it('a fork pull request without the secret says once that the preview was not available', async () => {
    const r = prRepo(PR, BASE);
    repos.push(r);
    const res = await run(r, {}, true);
    expect(res.summary.split(FORK_NOTE.slice(0, 40)).length - 1).toBe(1);
    expect(res.report.live).toBeUndefined();
    const same = await run(r, {}, false);
    expect(same.summary).not.toContain(FORK_NOTE.slice(0, 40));
  });
});
