import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempRepo } from '../../src/source/temp-repo.js';

/*
 * A warm review (every file from the parse cache or a replay snapshot) loads no code it does not
 * run (issue 11): not the SQL front end's chunk (libpg-query's glue, the mappers), not node:v8 (the
 * parsers' V8 flags are set just before a parser loads), not the Python grammar, picomatch or
 * smol-toml (required from files of their own on first use), not Web Crypto (built-ins are
 * required, not imported through a facade). A cold run of the same review loads the front end and
 * node:v8, so each check here can fail.
 */
const DIST = join(process.cwd(), 'dist');
/**
 * The runs' temporary folder, where the CLI keeps its compiled code (src/cli/script-loader.ts): this
 * file's own, so that what it measures is its cold run and the warm run after it, not the code other
 * test files' runs of the same build cached (coverage then missed the rules a warm run ran, once in
 * a whole suite).
 */
const RUN_TMP = mkdtempSync(join(tmpdir(), 'migra-lazy-tmp-'));

interface Loaded {
  /** Node's internal modules, as `process.moduleLoadList` names them ("NativeModule v8"). */
  internals: string[];
  /** Files of dist/ that were compiled, by name. */
  files: string[];
  /** Bundled modules (esbuild's `// path` markers) that had a function run, in those files. */
  ran: Set<string>;
}

/** What `migra check` loads and runs, from V8's coverage and Node's list of its internal modules. */
function checkLoading(repo: TempRepo, cache: string, onReport: (report: Report) => void = (r) => expect(r.findings.map((f) => f.rule)).toContain('drop-column')): Loaded {
  const dir = mkdtempSync(join(tmpdir(), 'migra-lazy-'));
  const preload = join(dir, 'internals.mjs');
  const internals = join(dir, 'internals.json');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(internals)}, JSON.stringify(process.moduleLoadList)));\n`);
  const coverage = join(dir, 'coverage');
  const r = spawnSync(process.execPath, ['--import', preload, join(DIST, 'cli.js'), 'check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--format', 'json', '--fail-on', 'never', '--cache-dir', cache], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', NODE_V8_COVERAGE: coverage, TMPDIR: RUN_TMP },
  });
  if (r.status !== 0) throw new Error(`migra exited ${r.status}: ${r.stderr}`);
  onReport(JSON.parse(r.stdout) as Report);
  const files: string[] = [];
  const ran = new Set<string>();
  for (const name of readdirSync(coverage)) {
    const scripts = (JSON.parse(readFileSync(join(coverage, name), 'utf8')) as { result: Script[] }).result;
    for (const s of scripts) {
      if (!s.url.startsWith('file:') || !fileURLToPath(s.url).startsWith(DIST)) continue;
      files.push(s.url.split('/').pop()!);
      const marks = modulesOf(readFileSync(fileURLToPath(s.url), 'utf8'));
      for (const f of s.functions) {
        const at = f.ranges[0];
        // The file's own top level (offset 0) is every module's body at once: only functions say which ran.
        if (at.startOffset === 0 || at.count === 0) continue;
        let mod: string | undefined;
        for (const m of marks) if (m.at <= at.startOffset) mod = m.path;
        if (mod) ran.add(mod);
      }
    }
  }
  return { internals: JSON.parse(readFileSync(internals, 'utf8')), files, ran };
}

interface Report {
  findings: { rule: string; file: string }[];
}

interface Script {
  url: string;
  functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
}

/** esbuild starts each bundled module with a `// path` line. */
function modulesOf(code: string): { at: number; path: string }[] {
  return [...code.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => ({ at: m.index!, path: m[1] }));
}

describe('a warm run of the bundled CLI', () => {
  let repo: TempRepo;
  let cold: Loaded;
  let warm: Loaded;
  beforeAll(() => {
    repo = TempRepo.create('migra-bundle-lazy-');
    repo.commit('base', { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' });
    repo.checkout('pr', true);
    repo.commit('drop', { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' });
    const cache = mkdtempSync(join(tmpdir(), 'migra-lazy-cache-'));
    cold = checkLoading(repo, cache);
    warm = checkLoading(repo, cache);
  });
  afterAll(() => repo.remove());

  const frontEnd = (l: Loaded) => l.files.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('// src/frontends/sql/pg-fallback.ts'));

  it('does not load the SQL front end that the cold run parsed with', () => {
    expect(frontEnd(cold)).toHaveLength(1);
    expect(cold.ran).toContain('node_modules/libpg-query/wasm/libpg-query.js');
    expect(frontEnd(warm)).toEqual([]);
  });

  it('does not load node:v8 (the parsers set their flags when they load)', () => {
    expect(cold.internals).toContain('NativeModule v8');
    expect(warm.internals).not.toContain('NativeModule v8');
  });

  it('runs nothing of the Python grammar, picomatch or smol-toml, and loads no Web Crypto', () => {
    expect([...warm.ran].filter((m) => /node_modules\/(@lezer|picomatch|smol-toml)\//.test(m))).toEqual([]);
    // They are files of their own beside the bundle (src/tools/lazy-packages.ts), not even compiled.
    expect(warm.files.filter((f) => !f.endsWith('.js'))).toEqual([]);
    expect(warm.internals).not.toContain('NativeModule internal/crypto/webcrypto');
    // The check above would see them: the run does use node:crypto and the bundle's own modules.
    expect(warm.internals).toContain('NativeModule crypto');
    expect([...warm.ran].some((m) => m.startsWith('src/rules/'))).toBe(true);
  });
});

describe('a cold run of the bundled CLI', () => {
  it('does not load the TOML parser for a Diesel config that names no migrations folder and no backend (as Lemmy\'s)', () => {
    const repo = TempRepo.create('migra-bundle-lazy-');
    try {
      repo.commit('base', {
        'diesel.toml': '[print_schema]\nfile = "src/schema.rs"\ncustom_type_derives = ["diesel::query_builder::QueryId"]\n',
        'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
        'migrations/2024-01-01-000000_users/down.sql': 'DROP TABLE users;\n',
      });
      repo.checkout('pr', true);
      repo.commit('drop', {
        'migrations/2024-02-01-000000_drop/up.sql': 'ALTER TABLE users DROP COLUMN legacy;\n',
        'migrations/2024-02-01-000000_drop/down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n',
      });
      const run = checkLoading(repo, mkdtempSync(join(tmpdir(), 'migra-lazy-cache-')), (r) => expect(r.findings.filter((f) => f.rule === 'drop-column').map((f) => f.file)).toEqual(['migrations/2024-02-01-000000_drop/up.sql']));
      expect(run.files.filter((f) => f.endsWith('.cjs'))).toEqual([]);
    } finally {
      repo.remove();
    }
  });
});

describe('the packages the bundle loads on first use', () => {
  it('work from their own files: a Django migration (the Python grammar), a set a diesel.toml names (smol-toml), ignore-paths (picomatch)', () => {
    const repo = TempRepo.create('migra-bundle-lazy-');
    try {
      const django = (deps: string, ops: string) => `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n        ${ops},\n    ]\n`;
      repo.commit('base', {
        'shop/migrations/__init__.py': '',
        'shop/migrations/0001_initial.py': django('', "migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(primary_key=True)), ('legacy', models.TextField(null=True))])"),
        // Folder names without versions: only the diesel.toml says this is Diesel's migrations folder.
        'backend/diesel.toml': '[migrations_directory]\ndir = "db/sql"\n',
        'backend/db/sql/create_users/up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
        'backend/db/sql/create_users/down.sql': 'DROP TABLE users;\n',
        '.github/migra.yml': 'ignore-paths: ["legacy/**"]\n',
        'legacy/db/migrations/001_old.sql': 'CREATE TABLE old (id int);\n',
      });
      repo.checkout('pr', true);
      repo.commit('drops', {
        'shop/migrations/0002_remove.py': django("('shop', '0001_initial')", "migrations.RemoveField(model_name='order', name='legacy')"),
        'backend/db/sql/drop_legacy/up.sql': 'ALTER TABLE users DROP COLUMN legacy;\n',
        'backend/db/sql/drop_legacy/down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n',
        'legacy/db/migrations/002_drop.sql': 'DROP TABLE old;\n',
      });
      const cache = mkdtempSync(join(tmpdir(), 'migra-lazy-cache-'));
      let findings: Report['findings'] = [];
      const run = checkLoading(repo, cache, (r) => (findings = r.findings));
      const drops = findings.filter((f) => f.rule === 'drop-column').map((f) => f.file);
      expect(drops).toEqual(expect.arrayContaining(['shop/migrations/0002_remove.py', 'backend/db/sql/drop_legacy/up.sql']));
      expect(findings.filter((f) => f.file.startsWith('legacy/'))).toEqual([]);
      expect(run.files.filter((f) => f.endsWith('.cjs')).sort()).toEqual(['lazy-lezer-python.cjs', 'lazy-picomatch.cjs', 'lazy-smol-toml.cjs']);
    } finally {
      repo.remove();
    }
  });
});
