// The bundled action and CLI verifying on a real MariaDB server given by URL (input verify-url,
// MIGRA_VERIFY_URL): the failure reaches the comment, the scratch database is dropped, and the
// URL's password appears nowhere (stdout, stderr, job summary, outputs, report JSON, comment).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { prEvent, prRepo, TOKEN, type PrRepo } from '../helpers/action-fixtures.js';
import { startHarness, stopHarness, type ActionHarness } from '../helpers/action-harness.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { ADMIN_PASSWORD, startMariadb, type TestServer } from '../helpers/servers.js';

let h: ActionHarness;
let server: TestServer;
const repos: PrRepo[] = [];

beforeAll(async () => {
  // Both are kept even when the other fails, so afterAll stops what did start.
  const [harness, db] = await Promise.allSettled([startHarness(TOKEN), startMariadb()]);
  if (harness.status === 'fulfilled') h = harness.value;
  if (db.status === 'fulfilled') server = db.value;
  for (const r of [harness, db]) if (r.status === 'rejected') throw r.reason;
}, 240_000);
afterAll(async () => {
  await stopHarness(h ?? {}, repos);
  await server?.stop();
});
beforeEach(() => h.gh.reset());

const CONFIG = { '.github/migra.yml': 'dialect: mariadb\n' };
const BASE = { ...CONFIG, 'db/migrations/001_shop.sql': 'CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100));\nCREATE TABLE orders (id INT PRIMARY KEY, user_id INT, FOREIGN KEY (user_id) REFERENCES users (id));\n' };
const PR = { 'db/migrations/002_ids.sql': 'ALTER TABLE users ADD COLUMN nickname VARCHAR(50);\nALTER TABLE users MODIFY id VARCHAR(10);\n' };

function shop(): PrRepo {
  const r = prRepo(PR, BASE);
  repos.push(r);
  return r;
}

async function scratchDatabases(): Promise<string[]> {
  const conn = await mysql.createConnection(server.adminUrl);
  const [rows] = await conn.query("SHOW DATABASES LIKE 'migra\\_verify\\_%'");
  await conn.end();
  return (rows as Record<string, string>[]).map((r) => Object.values(r)[0]);
}

/** Everything a reader of the run can see, without the ::add-mask:: commands the runner consumes. */
function printed(r: ActionRun, comments: string): string {
  return r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + r.summary + JSON.stringify(r.outputs) + (r.reportText ?? '') + comments;
}

async function action(r: PrRepo, url: string): Promise<ActionRun> {
  return runAction({ entry: h.entry, inputs: { 'github-token': TOKEN, verify: 'true', 'verify-url': url }, event: prEvent(r.base, r.head), workspace: r.repo.dir, apiUrl: h.gh.url, env: {} });
}

describe('verify-url end to end (MariaDB)', () => {
  it('the action verifies the MariaDB set on the server: the refused MODIFY is in the comment; the password is masked and printed nowhere', async () => {
    const r = shop();
    const res = await action(r, server.adminUrl);
    const failed = res.report.findings.filter((f: { rule: string }) => f.rule === 'migration-fails-to-apply');
    expect(failed).toEqual([expect.objectContaining({ severity: 'critical', file: 'db/migrations/002_ids.sql', line: 2 })]);
    expect(failed[0].message).toMatch(/MariaDB 10\.11\.\d+: Cannot change column 'id': used in a foreign key constraint/);
    const comments = h.gh.comments.map((c) => c.body).join('\n');
    expect(comments).toContain('migration-fails-to-apply');
    expect(res.stdout).toContain(`::add-mask::${ADMIN_PASSWORD}`);
    expect(printed(res, comments)).not.toContain(ADMIN_PASSWORD);
    expect(await scratchDatabases()).toEqual([]);
  });

  it('a wrong password costs a note naming the host; the review is still published', async () => {
    const r = shop();
    const res = await action(r, server.adminUrl.replace(ADMIN_PASSWORD, 'Wr0ng-Pa55'));
    expect(res.code).not.toBe(2);
    const comments = h.gh.comments.map((c) => c.body).join('\n');
    expect(comments).toContain('table-rewrite-type-change');
    expect(res.stdout).toContain(`not verified on the MySQL/MariaDB server at 127.0.0.1:${server.port}: Access denied`);
    expect(printed(res, comments)).not.toContain('Wr0ng-Pa55');
  });

  it('the CLI reads MIGRA_VERIFY_URL (and --verify-url) and prints no password, with either format', async () => {
    const r = shop();
    const cli = join(h.entry, '..', 'cli.js');
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [cli, 'check', '--repo', r.repo.dir, '--base', r.base, '--head', r.head, '--no-cache', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...env } });
    const json = run(['--format', 'json'], { MIGRA_VERIFY_URL: server.adminUrl });
    const report = JSON.parse(json.stdout);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'migration-fails-to-apply')).toHaveLength(1);
    expect(json.stdout + json.stderr).not.toContain(ADMIN_PASSWORD);
    const bad = `mysql://root:Sup3r-S3cret@127.0.0.1:${server.port}/`;
    const text = run(['--verify-url', bad]);
    expect(text.stdout + text.stderr).toContain(`not verified on the MySQL/MariaDB server at 127.0.0.1:${server.port}`);
    expect(text.stdout + text.stderr).not.toContain('Sup3r-S3cret');
    expect(await scratchDatabases()).toEqual([]);
  });
});
