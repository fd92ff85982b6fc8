import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../../src/source/temp-repo.js';

/**
 * The npm package as a user gets it: `npm pack` of this package.json with a freshly bundled dist/,
 * installed from the tarball alone (offline) into an empty folder, and its `migra` bin run there.
 * The package is staged in a temp folder so the test never reads or writes the repository's dist/.
 */
const ROOT = process.cwd();
let work: string;
let tarball: string;
let installed: string;
let files: string[];

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    // An empty cache proves the install needs nothing but the tarball; no audit/fund requests.
    env: { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function migra(args: string[], cwd = installed) {
  const bin = join(installed, 'node_modules', '.bin', 'migra');
  const r = spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'migra-pack-'));
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) copyFileSync(join(ROOT, f), join(stage, f));
  execFileSync(process.execPath, ['--import', 'tsx', 'src/tools/bundle.ts', '--outdir', join(stage, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], stage));
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path).sort();
  installed = join(work, 'app');
  mkdirSync(installed);
  writeFileSync(join(installed, 'package.json'), '{ "name": "app", "private": true }\n');
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], installed);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the bundled CLI, its WASM, the verifying engines, the licenses and the docs, and nothing else', () => {
  // The bundle's lazily loaded parts (the front ends, the engines) are chunks beside it; the packages it requires on first use (src/tools/lazy-packages.ts) lazy-*.cjs files.
  const chunks = files.filter((f) => /^dist\/cli-chunk-\w+\.js$/.test(f));
  expect(chunks.length).toBeGreaterThan(2);
  expect(files.filter((f) => !f.startsWith('dist/engines/') && !chunks.includes(f))).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/THIRD_PARTY_LICENSES', 'dist/cli-bundle.js', 'dist/cli.js', 'dist/lazy-lezer-python.cjs', 'dist/lazy-picomatch.cjs', 'dist/lazy-smol-toml.cjs', 'dist/libpg-query.wasm', 'package.json']);
  expect(files).toEqual(expect.arrayContaining(['dist/engines/pglite.wasm', 'dist/engines/pglite.data', 'dist/engines/sql-wasm.wasm']));
  const manifest = JSON.parse(readFileSync(join(installed, 'node_modules', 'migra', 'package.json'), 'utf8'));
  expect(manifest.license).toBe('GPL-3.0-or-later');
  // Everything the CLI runs is in the bundle: installing it pulls no other package.
  expect(manifest.dependencies ?? {}).toEqual({});
  expect(readdirSync(join(installed, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['migra']);
});

test('dist/THIRD_PARTY_LICENSES carries the full texts of the bundled packages', () => {
  const text = readFileSync(join(installed, 'node_modules', 'migra', 'dist', 'THIRD_PARTY_LICENSES'), 'utf8');
  expect(text).toContain('sql-parser-cst@');
  expect(text).toContain('GNU GENERAL PUBLIC LICENSE');
  expect(text).toMatch(/groq-sdk@\S+\s+\(Apache-2\.0\)/);
  expect(text).toContain('Apache License');
  expect(text).toContain('PostgreSQL Global Development Group');
});

test('migra rules runs from the installed package', () => {
  const r = migra(['rules', '--format', 'json']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).map((rule: { id: string }) => rule.id)).toContain('drop-column');
});

test('migra check reviews a git repository from the installed package', () => {
  const repo = TempRepo.create('migra-pack-repo-');
  try {
    repo.commit('base', { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' });
    repo.checkout('drop', true);
    repo.commit('drop', { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' });
    const r = migra(['check', '--base', 'main', '--head', 'drop', '--format', 'json'], repo.dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`)).toContain('drop-column:1');
  } finally {
    repo.remove();
  }
});

test('the version the CLI prints is the package version', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  expect(migra(['--version']).out.trim()).toBe(version);
  expect(existsSync(tarball)).toBe(true);
});
