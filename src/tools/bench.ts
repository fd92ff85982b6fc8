import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRepo } from '../analyze/check-repo.js';

/**
 * `npm run bench [-- N | -- PATH BASE HEAD]`: time `check` on a synthetic history of N migrations
 * (default 2,000, mixed DDL) in a temporary git repository with a PR that adds a few files,
 * or on a real repository.
 */
/** Each synthetic migration has this many statements (see migration()). */
const STATEMENTS_PER_FILE = 4;

// `--verify`: also apply the history and the PR to the embedded engines (`--cache-dir DIR` keeps the base).
const flags = process.argv.slice(2);
const cacheAt = flags.indexOf('--cache-dir');
const verify = flags.includes('--verify') ? { enabled: true, cacheDir: cacheAt >= 0 ? flags[cacheAt + 1] : '' } : undefined;
const [first, base, head] = flags.filter((a, i) => !a.startsWith('--') && flags[i - 1] !== '--cache-dir');
if (first && !/^\d+$/.test(first)) {
  await measure(first, base ?? 'HEAD~1', head ?? 'HEAD', 'given repository');
} else {
  const n = first ? Number(first) : 2000;
  const repo = mkdtempSync(join(tmpdir(), 'migra-bench-'));
  try {
    buildHistory(repo, n);
    await measure(repo, 'main', 'pr', `synthetic history of ${n} migrations`, true);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

async function measure(repo: string, base: string, headRef: string, label: string, synthetic = false): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const { report } = await checkRepo({ repo, base, head: headRef, verify });
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const files = report.sets.reduce((a, s) => a + s.files, 0);
  const statements = synthetic ? files * STATEMENTS_PER_FILE : 0;
  console.log(`${label}: ${report.sets.length} set(s), ${files} files at head, ${report.files.length} changed`);
  console.log(`wall time ${ms.toFixed(0)} ms (git ${report.timings.git} ms, parse ${report.timings.parse} ms, replay ${report.timings.replay} ms, rules ${report.timings.rules} ms${verify ? `, verify ${report.timings.verify} ms` : ''})`);
  console.log(`peak RSS ${(peak / 1048576).toFixed(0)} MiB`);
  if (statements) console.log(`~${Math.round((statements * 2) / (ms / 1000))} statements/s (both commits replayed)`);
  console.log(`findings ${report.findings.length}, score ${report.score} (${report.level})`);
}

function buildHistory(repo: string, n: number): void {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' } });
  git('init', '-q', '-b', 'main');
  const write = (i: number, sql: string) => {
    const p = join(repo, 'db/migrations', `${String(i).padStart(5, '0')}_step.sql`);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, sql);
  };
  for (let i = 1; i <= n; i++) write(i, migration(i));
  git('add', '-A');
  git('commit', '-q', '-m', 'history');
  git('checkout', '-q', '-b', 'pr');
  for (let i = n + 1; i <= n + 3; i++) write(i, migration(i));
  git('add', '-A');
  git('commit', '-q', '-m', 'pr');
}

/** Mixed DDL touching earlier tables, so replay and rules have real work to do. */
function migration(i: number): string {
  const t = `t${i}`;
  const prev = `t${Math.max(1, i - 1)}`;
  return [
    `CREATE TABLE ${t} (id bigserial PRIMARY KEY, name varchar(100) NOT NULL, parent_id bigint, created_at timestamptz NOT NULL DEFAULT now());`,
    `CREATE INDEX ${t}_name_idx ON ${t} (name);`,
    `ALTER TABLE ${prev} ADD COLUMN c${i} integer;`,
    i % 7 === 0 ? `ALTER TABLE ${prev} ALTER COLUMN name TYPE text;` : `COMMENT ON TABLE ${t} IS 'step ${i}';`,
  ].join('\n') + '\n';
}
