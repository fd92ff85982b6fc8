import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_PATH, EMPTY_CONFIG, parseConfig } from '../config/config.js';
import { detectSets } from '../formats/index.js';
import { RULES } from '../rules/index.js';
import { loadRevisions } from '../source/index.js';
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
 *   --squawk                      run Squawk (node_modules/.bin/squawk) on the files Migra reviewed, and
 *                                 on every SQL migration file of the sets at head (what Migra reads)
 *   --node PATH                   run the CLI under another Node binary
 *   --runs N                      runs per case; the median is shown (default 1)
 *   --action                      also run the bundled action (dist/index.js) on each case, as the
 *                                 runner would on a push from base to head (no comment, no check run)
 *   --cli PATH                    the bundle to run (default dist/cli.js)
 *   --warm                        a second run of each case, with the parse cache the first left
 *   --env K=V                     extra environment for the CLI (several allowed)
 *   --unset NAME                  run every measured process without this environment variable (several
 *                                 allowed): `--unset NODE_EXTRA_CA_CERTS` on a machine whose environment
 *                                 points it at a certificate bundle, which Node 20 parses at start-up
 *                                 (~70 ms of CPU for the 144 certificates of Debian's) before any code runs
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
    unset: { type: 'string', multiple: true },
    verify: { type: 'boolean' },
    'cache-dir': { type: 'string' },
    action: { type: 'boolean' },
  },
});

const NODE = values.node ?? process.execPath;
const CLI = resolve(values.cli ?? 'dist/cli.js');
const ACTION = join(dirname(CLI), 'index.js');
const RUNS = Math.max(1, Number(values.runs ?? 1));
const SQUAWK = squawkBinary();
const EXTRA_ENV = Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const UNSET = new Set(values.unset ?? []);
/** The environment every measured process starts from. */
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !UNSET.has(k)));
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
  action?: Measure;
  files: number;
  findings: number;
  /** Squawk on the files Migra reviewed. */
  squawk?: Measure;
  /** Squawk on every SQL migration file of the sets at head: what Migra reads and replays. */
  squawkHistory?: Measure;
  historyFiles?: number;
}

const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'migra-bench-'));
const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();

try {
  const sizes = values.synthetic ? values.synthetic.split(',').map(Number) : values.repo || values.wide ? [] : [1000];
  for (const n of sizes) {
    const repo = syntheticRepo(n, 3, migration);
    rows.push(await measureCase(`synthetic ${n} + PR of 3`, repo.dir, 'main', 'pr'));
    repo.remove();
  }
  if (values.wide) {
    const one = wideRepo(1);
    rows.push(await measureCase('1,000 + 1-file PR (8 drops)', one.dir, 'main', 'pr'));
    one.remove();
    const wide = wideRepo(300);
    rows.push(await measureCase('1,000 + 300-file PR (2,400 drops)', wide.dir, 'main', 'pr'));
    wide.remove();
  }
  for (const [i, dir] of (values.repo ?? []).entries()) {
    const base = values.base?.[i];
    if (!base) throw new Error('--repo needs a --base for each repository');
    // Several repositories: give --head for each (HEAD for the work tree's commit).
    const head = values.head?.[i] ?? 'HEAD';
    rows.push(await measureCase(`${dir.split('/').pop()} ${base}..${head}`, resolve(dir), base, head));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
printTable();

async function measureCase(name: string, repo: string, base: string, head: string): Promise<Row> {
  const cacheDir = join(work, `cache-${rows.length}`);
  const args = [CLI, 'check', '--repo', repo, '--base', base, '--head', head, '--format', 'json', '--fail-on', 'never', ...(values.verify ? ['--verify'] : []), ...(values['cache-dir'] ? ['--cache-dir', values['cache-dir']] : [])];
  let report: { files: { path: string; status: string }[]; findings: unknown[] } | undefined;
  const cold: Measure[] = [];
  const warm: Measure[] = [];
  const action: Measure[] = [];
  for (let r = 0; r < RUNS; r++) {
    rmSync(cacheDir, { recursive: true, force: true });
    // The cache goes to a fresh folder (XDG_CACHE_HOME), so the first run is cold whatever ran before.
    const env = { XDG_CACHE_HOME: cacheDir };
    cold.push(timed(NODE, args, (out) => (report = JSON.parse(out)), env));
    if (values.warm) warm.push(timed(NODE, args, undefined, env));
    if (values.action) action.push(actionRun(repo, base, head, report!.findings.length));
  }
  const row: Row = { name, migra: median(cold), files: report!.files.length, findings: report!.findings.length };
  if (warm.length) row.warm = median(warm);
  if (action.length) row.action = median(action);
  if (values.squawk) {
    // Files the PR deleted are reviewed too, but there is nothing of them at head to lint.
    row.squawk = squawkOn(repo, head, report!.files.filter((f) => f.status !== 'deleted').map((f) => f.path).filter((p) => p.endsWith('.sql')));
    const history = await historyFiles(repo, head);
    row.historyFiles = history.size;
    row.squawkHistory = squawkOnTexts(history, 'history');
  }
  process.stderr.write(`${name}: ${show(row.migra)}\n`);
  return row;
}

/** Squawk on the files Migra reviewed, as they are at head (written out: Squawk reads files). */
function squawkOn(repo: string, head: string, paths: string[]): Measure | undefined {
  if (!SQUAWK || !paths.length) return undefined;
  return squawkOnTexts(new Map(paths.map((p) => [p, execFileSync('git', ['show', `${head}:${p}`], { cwd: repo, maxBuffer: 1 << 28 }).toString('utf8')])), 'reviewed');
}

/** Every SQL migration file of the sets Migra finds at head (the whole history it replays), path → text. */
async function historyFiles(repo: string, head: string): Promise<Map<string, string>> {
  const rev = await loadRevisions({ repo, base: head, head });
  try {
    const configText = (await rev.head.read([DEFAULT_CONFIG_PATH])).get(DEFAULT_CONFIG_PATH);
    const config = configText === undefined ? EMPTY_CONFIG : parseConfig(configText, DEFAULT_CONFIG_PATH, RULES.map((r) => r.id));
    const sets = await detectSets(rev.head, { config: { dialect: config.dialect, sets: config.sets, ignorePaths: config.ignorePaths } });
    const paths = sets.filter((s) => s.format !== 'schema-dump').flatMap((s) => s.files.filter((f) => f.language === 'sql').map((f) => f.path));
    return await rev.head.read(paths);
  } finally {
    await rev.close();
  }
}

/** Squawk on the given files, written out one by one in their order. */
function squawkOnTexts(texts: ReadonlyMap<string, string>, what: string): Measure | undefined {
  if (!SQUAWK || !texts.size) return undefined;
  const dir = join(work, `squawk-${rows.length}-${what}`);
  mkdirSync(dir, { recursive: true });
  const files = [...texts.values()].map((text, i) => {
    const out = join(dir, `${String(i).padStart(5, '0')}.sql`);
    writeFileSync(out, text);
    return out;
  });
  const runs: Measure[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(timed(SQUAWK, files));
  return median(runs);
}

/**
 * The bundled action as the runner starts it, on a push from base to head: inputs and the event
 * in the environment, no comment or check run (so no API call), a fresh cache folder (HOME) and no
 * Actions cache service: a cold run. Checks that it found what the CLI found.
 */
function actionRun(repo: string, base: string, head: string, findings: number): Measure {
  const dir = mkdtempSync(join(work, 'runner-'));
  const sha = (ref: string) => execFileSync('git', ['rev-parse', ref], { cwd: repo, encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ before: sha(base), after: sha(head), repository: { full_name: 'bench/repo', default_branch: 'main' } }));
  for (const f of ['output', 'summary.md']) writeFileSync(join(dir, f), '');
  const env: Record<string, string> = {
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_REPOSITORY: 'bench/repo',
    GITHUB_WORKSPACE: repo,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    XDG_CACHE_HOME: '',
    INPUT_COMMENT: 'false',
    'INPUT_CHECK-RUN': 'false',
    'INPUT_FAIL-ON': 'never',
    INPUT_VERIFY: values.verify ? 'true' : 'false',
  };
  const m = timed(NODE, [ACTION], undefined, env, repo);
  const report = JSON.parse(readFileSync(join(dir, 'migra-report.json'), 'utf8')) as { findings: unknown[] };
  if (report.findings.length !== findings) throw new Error(`the action found ${report.findings.length} findings, the CLI ${findings}`);
  rmSync(dir, { recursive: true, force: true });
  return m;
}

/** Wall time, CPU time and peak RSS of one process, from GNU time. */
function timed(cmd: string, args: string[], onStdout?: (out: string) => void, env: Record<string, string> = {}, cwd?: string): Measure {
  const stats = join(work, 'time.txt');
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', stats, cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...BASE_ENV, ...EXTRA_ENV, ...env } });
  // Squawk exits 1 when it found something; Migra runs with --fail-on never.
  if (res.status !== 0 && res.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}): ${res.stderr.slice(0, 2000)}`);
  onStdout?.(res.stdout);
  const [wall, user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallS: wall, cpuS: user + sys, peakMiB: kb / 1024 };
}

/** The median of each measure on its own (wall, CPU and memory of a shared machine vary apart). */
function median(runs: Measure[]): Measure {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return { wallS: mid(runs.map((m) => m.wallS)), cpuS: mid(runs.map((m) => m.cpuS)), peakMiB: mid(runs.map((m) => m.peakMiB)) };
}

function show(m: Measure): string {
  return `${m.wallS.toFixed(2)} s (cpu ${m.cpuS.toFixed(2)} s), ${m.peakMiB.toFixed(0)} MiB`;
}

function printTable(): void {
  const out: string[] = [];
  out.push(`Node ${nodeVersion} (${NODE}), ${CLI}, median of ${RUNS} run(s); wall, CPU (user + system) and peak RSS of the whole process; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores${UNSET.size ? `; without ${[...UNSET].join(', ')}` : ''}${!UNSET.has('NODE_EXTRA_CA_CERTS') && process.env.NODE_EXTRA_CA_CERTS ? '; NODE_EXTRA_CA_CERTS is set (Node parses its certificates at start-up)' : ''}`);
  out.push('');
  if (rows.some((r) => r.squawk || r.squawkHistory)) {
    out.push('Squawk R: Squawk on the files Migra reviewed. Squawk H: Squawk on every migration file of the set (the SQL files of every set at head: what Migra reads and replays); ratios are wall times.');
    out.push('');
  }
  out.push('| case | files reviewed | findings | Migra cold | Migra warm | action cold | Squawk R (reviewed files) | Squawk H (every migration file of the set) | cold / Squawk R | warm / Squawk R | cold / Squawk H | warm / Squawk H | action / CLI |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const ratio = (m: Measure | undefined, s: Measure | undefined) => (m && s ? `${(m.wallS / Math.max(s.wallS, 0.01)).toFixed(1)}×` : '');
    const act = r.action ? `${(r.action.wallS / r.migra.wallS).toFixed(2)}× wall, ${(r.action.cpuS / r.migra.cpuS).toFixed(2)}× cpu` : '';
    const history = r.squawkHistory ? `${show(r.squawkHistory)}, ${r.historyFiles} files` : '';
    out.push(`| ${r.name} | ${r.files} | ${r.findings} | ${show(r.migra)} | ${r.warm ? show(r.warm) : ''} | ${r.action ? show(r.action) : ''} | ${r.squawk ? show(r.squawk) : ''} | ${history} | ${ratio(r.migra, r.squawk)} | ${ratio(r.warm, r.squawk)} | ${ratio(r.migra, r.squawkHistory)} | ${ratio(r.warm, r.squawkHistory)} | ${act} |`);
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
