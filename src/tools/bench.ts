import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TempRepo } from '../source/temp-repo.js';

/**
 * `npm run bench -- [options]`: what a user waits for. Every case spawns the whole CLI
 * (`node dist/cli.js check … --format json`) and records wall time and peak RSS of that process
 * with /usr/bin/time, so start-up, module loading, git, compilation in the background and exit
 * are all counted. Run `npm run bundle` first.
 *
 *   --synthetic 1000,4000,10000   synthetic PostgreSQL histories of these sizes, a PR of 3 files
 *   --wide                        the 300-file PR dropping 2,400 columns, and a 1-file PR beside it
 *   --repo DIR --base REF [--head REF]   a real repository (several --repo … allowed, in order)
 *   --squawk                      run Squawk (node_modules/.bin/squawk) on the same files
 *   --node PATH                   run the CLI under another Node binary
 *   --runs N                      runs per case; the fastest is shown (default 1)
 *   --cli PATH                    the bundle to run (default dist/cli.js)
 *   --warm                        a second run of each case, with the parse cache the first left
 *   --env K=V                     extra environment for the CLI (several allowed)
 *   --verify [--cache-dir DIR]    also verify on the embedded engine (PGlite / sql.js)
 */
const { values } = parseArgs({
  options: {
    synthetic: { type: 'string' },
    wide: { type: 'boolean' },
    repo: { type: 'string', multiple: true },
    base: { type: 'string', multiple: true },
    head: { type: 'string', multiple: true },
    squawk: { type: 'boolean' },
    node: { type: 'string' },
    runs: { type: 'string' },
    cli: { type: 'string' },
    warm: { type: 'boolean' },
    env: { type: 'string', multiple: true },
    verify: { type: 'boolean' },
    'cache-dir': { type: 'string' },
  },
});

const NODE = values.node ?? process.execPath;
const CLI = resolve(values.cli ?? 'dist/cli.js');
const RUNS = Math.max(1, Number(values.runs ?? 1));
const SQUAWK = squawkBinary();
const EXTRA_ENV = Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run npm run bundle first`);

interface Measure {
  wallS: number;
  /** User + system CPU: steadier than wall time on a shared machine. */
  cpuS: number;
  peakMiB: number;
}

interface Row {
  name: string;
  migra: Measure;
  warm?: Measure;
  files: number;
  findings: number;
  squawk?: Measure;
}

const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'migra-bench-'));
const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();

try {
  const sizes = values.synthetic ? values.synthetic.split(',').map(Number) : values.repo || values.wide ? [] : [1000];
  for (const n of sizes) {
    const repo = syntheticRepo(n, 3, migration);
    rows.push(measureCase(`synthetic ${n} + PR of 3`, repo.dir, 'main', 'pr'));
    repo.remove();
  }
  if (values.wide) {
    const one = wideRepo(1);
    rows.push(measureCase('1,000 + 1-file PR (8 drops)', one.dir, 'main', 'pr'));
    one.remove();
    const wide = wideRepo(300);
    rows.push(measureCase('1,000 + 300-file PR (2,400 drops)', wide.dir, 'main', 'pr'));
    wide.remove();
  }
  (values.repo ?? []).forEach((dir, i) => {
    const base = values.base?.[i];
    if (!base) throw new Error('--repo needs a --base for each repository');
    // Several repositories: give --head for each (HEAD for the work tree's commit).
    const head = values.head?.[i] ?? 'HEAD';
    rows.push(measureCase(`${dir.split('/').pop()} ${base}..${head}`, resolve(dir), base, head));
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
printTable();

function measureCase(name: string, repo: string, base: string, head: string): Row {
  const cacheDir = join(work, `cache-${rows.length}`);
  const args = [CLI, 'check', '--repo', repo, '--base', base, '--head', head, '--format', 'json', '--fail-on', 'never', ...(values.verify ? ['--verify'] : []), ...(values['cache-dir'] ? ['--cache-dir', values['cache-dir']] : [])];
  let report: { files: { path: string }[]; findings: unknown[] } | undefined;
  let best: Measure | undefined;
  let warm: Measure | undefined;
  for (let r = 0; r < RUNS; r++) {
    rmSync(cacheDir, { recursive: true, force: true });
    // The cache goes to a fresh folder (XDG_CACHE_HOME), so the first run is cold whatever ran before.
    const env = { XDG_CACHE_HOME: cacheDir };
    best = fastest(best, timed(NODE, args, (out) => (report = JSON.parse(out)), env));
    if (values.warm) warm = fastest(warm, timed(NODE, args, undefined, env));
  }
  const row: Row = { name, migra: best!, files: report!.files.length, findings: report!.findings.length };
  if (warm) row.warm = warm;
  if (values.squawk) row.squawk = squawkOn(repo, head, report!.files.map((f) => f.path).filter((p) => p.endsWith('.sql')));
  process.stderr.write(`${name}: ${show(row.migra)}\n`);
  return row;
}

/** Squawk on the files Migra reviewed, as they are at head (written out: Squawk reads files). */
function squawkOn(repo: string, head: string, paths: string[]): Measure | undefined {
  if (!SQUAWK || !paths.length) return undefined;
  const dir = join(work, `squawk-${rows.length}`);
  const files = paths.map((p, i) => {
    const out = join(dir, `${String(i).padStart(5, '0')}.sql`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, execFileSync('git', ['show', `${head}:${p}`], { cwd: repo, maxBuffer: 1 << 28 }));
    return out;
  });
  let best: Measure | undefined;
  for (let r = 0; r < RUNS; r++) best = fastest(best, timed(SQUAWK, files));
  return best;
}

/** Wall time, CPU time and peak RSS of one process, from GNU time. */
function timed(cmd: string, args: string[], onStdout?: (out: string) => void, env: Record<string, string> = {}): Measure {
  const stats = join(work, 'time.txt');
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...EXTRA_ENV, ...env } });
  // Squawk exits 1 when it found something; Migra runs with --fail-on never.
  if (res.status !== 0 && res.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}): ${res.stderr.slice(0, 2000)}`);
  onStdout?.(res.stdout);
  const [wall, user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallS: wall, cpuS: user + sys, peakMiB: kb / 1024 };
}

function fastest(a: Measure | undefined, b: Measure): Measure {
  return !a || b.wallS < a.wallS ? b : a;
}

function show(m: Measure): string {
  return `${m.wallS.toFixed(2)} s (cpu ${m.cpuS.toFixed(2)} s), ${m.peakMiB.toFixed(0)} MiB`;
}

function printTable(): void {
  const out: string[] = [];
  out.push(`Node ${nodeVersion} (${NODE}), ${CLI}, fastest of ${RUNS} run(s); wall, CPU (user + system) and peak RSS of the whole process; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  out.push('');
  out.push('| case | files reviewed | findings | Migra cold | Migra warm | Squawk | cold / Squawk | warm / Squawk |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const ratio = (m?: Measure) => (m && r.squawk ? `${(m.wallS / Math.max(r.squawk.wallS, 0.01)).toFixed(1)}×` : '');
    out.push(`| ${r.name} | ${r.files} | ${r.findings} | ${show(r.migra)} | ${r.warm ? show(r.warm) : ''} | ${r.squawk ? show(r.squawk) : ''} | ${ratio(r.migra)} | ${ratio(r.warm)} |`);
  }
  const synthetic = rows.filter((r) => r.name.startsWith('synthetic '));
  const first = synthetic[0];
  if (first && synthetic.length > 1) {
    out.push('');
    for (const r of synthetic.slice(1)) out.push(`growth ${r.name.split(' ')[1]} / ${first.name.split(' ')[1]}: ${(r.migra.wallS / first.migra.wallS).toFixed(2)}× wall, ${(r.migra.cpuS / first.migra.cpuS).toFixed(2)}× cpu`);
  }
  const [one, wide] = [rows.find((r) => r.name.includes('1-file')), rows.find((r) => r.name.includes('300-file'))];
  if (one && wide) out.push(`300-file PR / 1-file PR: ${(wide.migra.wallS / one.migra.wallS).toFixed(2)}× wall, ${(wide.migra.cpuS / one.migra.cpuS).toFixed(2)}× cpu`);
  console.log(out.join('\n'));
}

/** Squawk's native binary: node_modules/.bin/squawk is a Node wrapper whose start-up would be counted too. */
function squawkBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('squawk-cli/package.json');
    return createRequire(pkg).resolve(`@squawk-cli/${process.platform}-${process.arch}/bin/squawk`);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- histories

/** A repository with `n` migrations on main and `pr` more on branch pr. */
function syntheticRepo(n: number, pr: number, make: (i: number) => string, extra: Record<string, string> = {}, prFiles?: Record<string, string>): TempRepo {
  const repo = TempRepo.create('migra-bench-repo-');
  const files: Record<string, string> = { ...extra };
  for (let i = 1; i <= n; i++) files[path(i)] = make(i);
  repo.commit('history', files);
  repo.checkout('pr', true);
  const next: Record<string, string> = prFiles ?? {};
  if (!prFiles) for (let i = n + 1; i <= n + pr; i++) next[path(i)] = make(i);
  repo.commit('pr', next);
  return repo;
}

function path(i: number): string {
  return `db/migrations/${String(i).padStart(5, '0')}_step.sql`;
}

/** Mixed DDL touching earlier tables, so replay and rules have real work to do. */
function migration(i: number): string {
  const t = `t${i}`;
  const prev = `t${Math.max(1, i - 1)}`;
  return (
    [
      `CREATE TABLE ${t} (id bigserial PRIMARY KEY, name varchar(100) NOT NULL, parent_id bigint, created_at timestamptz NOT NULL DEFAULT now());`,
      `CREATE INDEX ${t}_name_idx ON ${t} (name);`,
      `ALTER TABLE ${prev} ADD COLUMN c${i} integer;`,
      i % 7 === 0 ? `ALTER TABLE ${prev} ALTER COLUMN name TYPE text;` : `COMMENT ON TABLE ${t} IS 'step ${i}';`,
    ].join('\n') + '\n'
  );
}

/**
 * 1,000 migrations, then 300 wide tables of 8 extra columns; the PR drops those columns from
 * `files` of them, one file per table (2,400 drop-column findings for 300 files).
 */
function wideRepo(files: number): TempRepo {
  const cols = Array.from({ length: 8 }, (_, k) => `x${k + 1}`);
  const create = Array.from({ length: 300 }, (_, w) => `CREATE TABLE wide${w} (id bigserial PRIMARY KEY, ${cols.map((c) => `${c} text`).join(', ')});`).join('\n');
  const pr: Record<string, string> = {};
  for (let w = 0; w < files; w++) pr[path(2001 + w)] = cols.map((c) => `ALTER TABLE wide${w} DROP COLUMN ${c};`).join('\n') + '\n';
  return syntheticRepo(1000, 0, migration, { [path(1500)]: create + '\n' }, pr);
}
