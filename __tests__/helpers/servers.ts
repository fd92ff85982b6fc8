// Real database servers for the tests that need one (live impact, scratch-database verification):
// PostgreSQL and MariaDB from Debian's packages (`.ci/run` installs them: postgresql, mariadb-server),
// each started on loopback in a throwaway data directory of its own and stopped by the test file's
// afterAll. No mock of a database anywhere: a machine without the packages fails these tests with a
// message saying what to install, rather than passing them silently.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface TestServer {
  /** Superuser URL on 127.0.0.1 (postgres://… or mysql://…); the password is `secret-pw`. */
  adminUrl: string;
  host: string;
  port: number;
  user: string;
  password: string;
  /** The server's version string, as `SELECT version()` reports it. */
  version: string;
  /** The throwaway folder holding the server's data, removed by stop(). */
  dataDir: string;
  stop(): Promise<void>;
}

export const ADMIN_PASSWORD = 'secret-pw';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A data directory outside the test run's TMPDIR: that folder is private to root, and PostgreSQL runs as `postgres`. */
function dataRoot(prefix: string): string {
  const dir = mkdtempSync(join('/tmp', prefix));
  chmodSync(dir, 0o755);
  return dir;
}

function pgBin(): string {
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => +b - +a) : [];
  for (const m of majors) if (existsSync(join(base, m, 'bin', 'initdb'))) return join(base, m, 'bin');
  throw new Error('PostgreSQL server not installed: run `apt-get install -y postgresql` (.ci/run does) to run this test');
}

/** PostgreSQL refuses to run as root; the Debian package makes the `postgres` user for it. */
function asServerUser(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ['runuser', ['-u', 'postgres', '--', cmd, ...args]];
}

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function waitFor(check: () => boolean, what: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}): ${log()}`);
    if (check()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not start within 60 s: ${log()}`);
}

export async function startPostgres(): Promise<TestServer> {
  const bin = pgBin();
  const root = dataRoot('migra-pg-');
  const data = join(root, 'data');
  const pwfile = join(root, 'pw');
  writeFileSync(pwfile, ADMIN_PASSWORD + '\n');
  if (process.getuid?.() === 0) run('chown', ['-R', 'postgres:postgres', root], 'chown');
  const [ic, ia] = asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile,
    '-A', 'scram-sha-256', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run(ic, ia, 'initdb');
  const port = await freePort();
  let out = '';
  const [sc, sa] = asServerUser(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1',
    '-c', `unix_socket_directories=${root}`, '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off',
    '-c', 'shared_buffers=16MB', '-c', 'max_connections=40']);
  const child = spawn(sc, sa, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await waitFor(() => /ready to accept connections/.test(out), 'postgres', child, () => out);
  const version = run(join(bin, 'postgres'), ['--version'], 'postgres --version').trim();
  return {
    adminUrl: `postgres://postgres:${ADMIN_PASSWORD}@127.0.0.1:${port}/postgres`,
    host: '127.0.0.1', port, user: 'postgres', password: ADMIN_PASSWORD, version, dataDir: root,
    // Signal the postmaster itself (runuser does not pass signals on): SIGINT is a fast shutdown.
    stop: () => stopChild(child, 'SIGINT', root, () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0])),
  };
}

function mariadbBin(): { server: string; install: string; client: string } {
  const server = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => existsSync(p));
  const install = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((p) => existsSync(p));
  const client = ['/usr/bin/mariadb', '/usr/bin/mysql'].find((p) => existsSync(p));
  if (!server || !install || !client) {
    throw new Error('MariaDB server not installed: run `apt-get install -y mariadb-server` (.ci/run does) to run this test');
  }
  return { server, install, client };
}

export async function startMariadb(): Promise<TestServer> {
  const { server, install, client } = mariadbBin();
  const root = dataRoot('migra-mariadb-');
  const data = join(root, 'data');
  const sock = join(root, 'mysqld.sock');
  const asRoot = process.getuid?.() === 0;
  run(install, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db',
    ...(asRoot ? ['--user=root'] : [])], 'mariadb-install-db');
  const port = await freePort();
  let out = '';
  const child = spawn(server, ['--no-defaults', `--datadir=${data}`, `--socket=${sock}`, `--port=${port}`,
    '--bind-address=127.0.0.1', '--skip-name-resolve', '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M',
    '--innodb-flush-log-at-trx-commit=0', '--skip-log-bin', `--pid-file=${join(root, 'mysqld.pid')}`,
    ...(asRoot ? ['--user=root'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await waitFor(() => /ready for connections/.test(out), 'mariadbd', child, () => out);
  // The fresh root has no password and only the socket; give it a password usable over TCP.
  run(client, ['--no-defaults', `--socket=${sock}`, '-uroot', '-e',
    `CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '${ADMIN_PASSWORD}';` +
    `GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;`], 'mariadb root password');
  const version = run(client, ['--no-defaults', `--socket=${sock}`, '-uroot', '-N', '-e', 'SELECT VERSION()'], 'version').trim();
  return {
    adminUrl: `mysql://root:${ADMIN_PASSWORD}@127.0.0.1:${port}/mysql`,
    host: '127.0.0.1', port, user: 'root', password: ADMIN_PASSWORD, version, dataDir: root,
    stop: () => stopChild(child, 'SIGTERM', root),
  };
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals, root: string, serverPid?: () => number): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    let pid = child.pid!;
    try { if (serverPid) pid = serverPid(); } catch { /* not written yet: signal the child */ }
    process.kill(pid, signal);
    const timer = setTimeout(() => { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } child.kill('SIGKILL'); }, 20_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
