import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../../src/source/temp-repo.js';

// The bundled CLI, run the way a user runs it: plain node, no node_modules needed.
const CLI = join(process.cwd(), 'dist/cli.js');

function migra(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('migra CLI (bundled)', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create('migra-cli-');
    repo.commit('base', {
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy text);\n',
    });
    repo.checkout('safe', true);
    repo.commit('safe change', { 'db/migrations/002_posts.sql': 'CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX posts_user_id_idx ON posts (user_id);\n' });
    repo.checkout('main');
    repo.checkout('risky', true);
    repo.commit('risky change', { 'db/migrations/002_drop.sql': '-- cleanup\nALTER TABLE users DROP COLUMN legacy;\nSELECT FROM WHERE;\n' });
  });
  afterAll(() => repo.remove());

  it('exits 0 and says so on a safe pull request', () => {
    const r = migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'safe']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('set db/migrations: plain, postgresql');
    expect(r.out).toContain('no risky changes in 1 changed migration file');
  });

  it('exits 1 at the threshold and reports each finding on its line, the rest of the file still analysed', () => {
    const r = migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ version: 1, level: 'high' });
    expect(report.findings.map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`)).toEqual(expect.arrayContaining(['drop-column:2', 'unparsed-statement:3']));
    expect(report.findings.find((f: { rule: string }) => f.rule === 'drop-column')).toMatchObject({ file: 'db/migrations/002_drop.sql', severity: 'high', category: 'data-loss', endLine: 2 });
    expect(report.rollback).toContain('ALTER TABLE users ADD COLUMN legacy text;');
    expect(report.score).toBeGreaterThan(0);
  });

  it('colours through a pipe with FORCE_COLOR, and not with --no-color', () => {
    const run = (extra: string[]) => spawnSync(process.execPath, [CLI, 'check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '1', GITHUB_ACTIONS: '' } }).stdout;
    expect(run([])).toContain('\x1b[31mhigh');
    expect(run(['--no-color'])).not.toContain('\x1b[');
  });

  it('honours --fail-on', () => {
    expect(migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--fail-on', 'critical']).code).toBe(0);
    expect(migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--fail-on', 'never']).code).toBe(0);
    expect(migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--fail-on', '10']).code).toBe(1);
  });

  it('keeps the replayed history in --cache-dir and reviews the same from it; keeps nothing with --no-cache', () => {
    const home = mkdtempSync(join(tmpdir(), 'migra-cli-home-'));
    const cache = join(home, 'given');
    const run = (...extra: string[]) => {
      const r = spawnSync(process.execPath, [CLI, 'check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--format', 'json', ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', XDG_CACHE_HOME: home } });
      return JSON.stringify({ ...JSON.parse(r.stdout), timings: undefined });
    };
    const without = run('--no-cache');
    expect(readdirSync(home)).toEqual([]);
    expect(run('--cache-dir', cache)).toBe(without);
    // The history the pull request leaves alone (001), and its head (001 and 002).
    expect(readdirSync(join(cache, 'replay')).filter((n) => n.endsWith('.json.gz'))).toHaveLength(2);
    expect(run('--cache-dir', cache)).toBe(without);
    rmSync(home, { recursive: true, force: true });
  });

  it('renders markdown and SARIF', () => {
    const md = migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--format', 'markdown']).out;
    expect(md).toContain('<!-- migra:report -->');
    expect(md).toContain('`drop-column`');
    // The verdict is the gate the exit status applies.
    expect(md).toMatch(/^\*\*Blocked:\*\* \d+ findings? (is|are) at or above `fail-on: high`\. To unblock, fix (it|them), or a maintainer adds the label `migra:approved`/m);
    const never = migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--format', 'markdown', '--fail-on', 'never']).out;
    expect(never).toContain('**Passes:** with `fail-on: never` Migra reports but never blocks.');
    const sarif = JSON.parse(migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--format', 'sarif']).out);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('answers usage, git and config errors with exit 2 and one line', () => {
    const unknownRef = migra(['check', '--repo', repo.dir, '--base', 'nope', '--head', 'risky']);
    expect(unknownRef.code).toBe(2);
    expect(unknownRef.err).toMatch(/^migra: .*nope/);
    expect(unknownRef.err.trim().split('\n')).toHaveLength(1);
    const badFormat = migra(['check', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('--format: "xml" is not allowed');
    const dir = mkdtempSync(join(tmpdir(), 'migra-cfg-'));
    writeFileSync(join(dir, 'migra.yml'), 'rules:\n  drop-colum: off\n');
    const badConfig = migra(['check', '--repo', repo.dir, '--base', 'main', '--head', 'risky', '--config', join(dir, 'migra.yml')]);
    expect(badConfig.code).toBe(2);
    expect(badConfig.err).toContain('rules.drop-colum: unknown rule (did you mean drop-column?)');
  });

  it('reads .github/migra.yml at head', () => {
    const r = TempRepo.create('migra-cli-cfg-');
    try {
      r.commit('base', { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' });
      r.checkout('pr', true);
      r.commit('pr', { '.github/migra.yml': 'rules:\n  drop-column: off\n', 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' });
      const out = migra(['check', '--repo', r.dir, '--base', 'main', '--head', 'pr', '--format', 'json']);
      expect(out.code).toBe(0);
      expect(JSON.parse(out.out).findings.filter((f: { rule: string }) => f.rule === 'drop-column')).toEqual([]);
    } finally {
      r.remove();
    }
  });

  it('diffs two schema files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migra-diff-'));
    writeFileSync(join(dir, 'before.sql'), 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, nickname text);\n');
    writeFileSync(join(dir, 'after.sql'), 'CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email varchar(100) NOT NULL\n);\n');
    const r = migra(['diff', join(dir, 'before.sql'), join(dir, 'after.sql'), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.migration).toContain('ALTER TABLE users DROP COLUMN nickname;');
    expect(report.migration).toContain('ALTER TABLE users ALTER COLUMN email TYPE varchar(100);');
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['drop-column', 'narrowing-type-change']));
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('lock-timeout-missing');
    // A changed column points at its own line of the after file; a dropped one at its statement in the before file.
    const at = (rule: string) => report.findings.filter((f: { rule: string }) => f.rule === rule).map((f: { file: string; line: number }) => `${f.file.split('/').pop()}:${f.line}`);
    expect(at('narrowing-type-change')).toEqual(['after.sql:3']);
    expect(at('drop-column')).toEqual(['before.sql:1']);
  });

  it('gates a diff with --fail-on (or fail-on in --config), and only reports without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migra-diff-'));
    writeFileSync(join(dir, 'before.sql'), 'CREATE TABLE users (id bigint PRIMARY KEY, nickname text);\n');
    writeFileSync(join(dir, 'after.sql'), 'CREATE TABLE users (id bigint PRIMARY KEY);\n');
    writeFileSync(join(dir, 'migra.yml'), 'fail-on: medium\n');
    const files = [join(dir, 'before.sql'), join(dir, 'after.sql')];
    // drop-column is high.
    expect(migra(['diff', ...files]).code).toBe(0);
    expect(migra(['diff', ...files, '--fail-on', 'high']).code).toBe(1);
    expect(migra(['diff', ...files, '--fail-on', 'critical']).code).toBe(0);
    expect(migra(['diff', ...files, '--config', join(dir, 'migra.yml')]).code).toBe(1);
    expect(migra(['diff', ...files, '--config', join(dir, 'migra.yml'), '--fail-on', 'never']).code).toBe(0);
    const bad = migra(['diff', ...files, '--fail-on', 'severe']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--fail-on: "severe" is not allowed');
  });

  it('prints help for a command and rejects options that do not apply to it', () => {
    const help = migra(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: migra check [options]');
    const stray = migra(['rules', '--base', 'main']);
    expect(stray.code).toBe(2);
    expect(stray.err).toBe('migra: --base does not apply to migra rules (only to check); see `migra rules --help`\n');
  });

  // `script` gives the CLI a terminal; elsewhere (every other test here) stderr stays empty.
  const withTty = spawnSync('script', ['--version']).status === 0 ? it : it.skip;
  withTty('shows progress on stderr in a terminal, erased before the result', () => {
    const cmd = [process.execPath, CLI, 'check', '--repo', repo.dir, '--base', 'main', '--head', 'risky'].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout).toContain('\r\x1b[2Kreading git history: main…risky');
    expect(r.stdout).toMatch(/\r\x1b\[2K1 migration set, 2 files parsed; replaying/);
    expect(r.stdout).toMatch(/\r\x1b\[2Kset db\/migrations: plain/);
  });

  it('diffs with a config: hygiene rules turned on, others off or re-rated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migra-diff-'));
    writeFileSync(join(dir, 'before.sql'), 'CREATE TABLE users (id bigint PRIMARY KEY, nickname text);\n');
    writeFileSync(join(dir, 'after.sql'), 'CREATE TABLE users (id bigint PRIMARY KEY, created_at timestamp);\n');
    writeFileSync(join(dir, 'migra.yml'), 'rules:\n  prefer-timestamptz: medium\n  drop-column: off\n');
    const plain = JSON.parse(migra(['diff', join(dir, 'before.sql'), join(dir, 'after.sql'), '--format', 'json']).out);
    expect(plain.findings.map((f: { rule: string }) => f.rule)).toEqual(['drop-column']);
    const configured = JSON.parse(migra(['diff', join(dir, 'before.sql'), join(dir, 'after.sql'), '--config', join(dir, 'migra.yml'), '--format', 'json']).out);
    expect(configured.findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toEqual(['prefer-timestamptz:medium']);
  });

  it('ends quietly when the reader closes the pipe early (`migra rules | head -1`)', async () => {
    // The read end is closed before the CLI writes a byte, so every write meets EPIPE.
    const child = spawn(process.execPath, [CLI, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('lists the rules as JSON', () => {
    const rules = JSON.parse(migra(['rules', '--format', 'json']).out);
    expect(rules.find((r: { id: string }) => r.id === 'drop-table')).toMatchObject({ category: 'data-loss', severity: 'critical' });
  });

  it('runs the bundled demo', () => {
    const r = migra(['demo']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## ❌ Migra: blocked · high risk');
    expect(r.out).toContain('#### `004_orders_cleanup.sql` <sub>in `db/migrations/`</sub>');
    expect(r.out).toContain('· line 4 · `drop-column` · data loss');
    // The new coupons table is created and indexed in the same PR: nothing to say about it.
    expect(r.out).not.toMatch(/coupons_code_idx.*CONCURRENTLY/);
  });

  it('measures parse coverage of a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migra-cov-'));
    writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE a (id int);\nCREATE TABLE b (id int;\n');
    const r = migra(['coverage', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('total: 1/2 statements parsed (50.00 %)');
    expect(r.out).toContain('unparsed 001_a.sql:2');
  });
});
