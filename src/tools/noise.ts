import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EMPTY_CONFIG, type Config } from '../config/model.js';
import { analyze } from '../analyze/engine.js';
import { reviewEachFile, type FileReview } from '../analyze/incremental.js';
import { parseDialect } from '../cli/coverage.js';
import { detectSets } from '../formats/index.js';
import { createPythonSession, parseMigrationFile } from '../frontends/index.js';
import type { Finding } from '../model/finding.js';
import type { MigrationFile, MigrationSet, TreeView } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { RULES } from '../rules/index.js';
import { diskTree } from '../source/disk-tree.js';
import { memoryTree } from '../source/memory-tree.js';

/**
 * `npm run noise -- DIR [--dialect d] [--squawk] [--json] [--verify N] [--show RULE[,RULE]] [--version V] [--deploy offline]`
 *
 * Reviews every migration file of every set under DIR as if a pull request had added it on
 * top of the files before it, and prints how many findings each rule raises per file: the
 * measure of how much a reviewer would have to read on a real history. `--squawk` runs Squawk
 * (PostgreSQL sets only) on the same files for comparison. `--verify N` re-runs N files through
 * the full engine (`analyze` on two trees) and checks the findings are the same. `--show`
 * prints every finding of the given rules (or `all`) with its statement, for reading.
 */

interface Args {
  dir: string;
  dialect?: string;
  version?: string;
  squawk: boolean;
  json: boolean;
  verify: number;
  show: string[];
  deploy?: 'online' | 'offline';
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dir: '', squawk: false, json: false, verify: 0, show: [] };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    const next = () => {
      const n = argv[++i];
      if (n === undefined) throw new Error(`${v} needs a value`);
      return n;
    };
    if (v === '--dialect') a.dialect = next();
    else if (v === '--version') a.version = next();
    else if (v === '--squawk') a.squawk = true;
    else if (v === '--json') a.json = true;
    else if (v === '--verify') a.verify = Number(next());
    else if (v === '--show') a.show = next().split(',');
    else if (v === '--deploy') {
      const d = next();
      if (d !== 'online' && d !== 'offline') throw new Error('--deploy is online or offline');
      a.deploy = d;
    }
    else if (v.startsWith('--')) throw new Error(`unknown option ${v}`);
    else if (!a.dir) a.dir = v;
    else throw new Error(`unexpected argument ${v}`);
  }
  if (!a.dir) throw new Error('usage: npm run noise -- DIR [--dialect d] [--version v] [--squawk] [--json] [--verify N] [--show rule,…|all]');
  return a;
}

interface SetResult {
  dir: string;
  format: string;
  dialect: string;
  files: number;
  statements: number;
  findings: number;
  byRule: Record<string, number>;
  /** Files with at least one finding. */
  filesWithFindings: number;
  squawk?: { findings: number; byRule: Record<string, number>; filesWithFindings: number; error?: string };
  verified?: { files: number; mismatches: string[] };
  reviews: FileReview[];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = resolve(args.dir);
  const dialect = parseDialect(args.dialect);
  const config: Config = { ...EMPTY_CONFIG, dialect, version: args.version, ...(args.deploy ? { deploy: args.deploy } : {}) };
  const tree = await diskTree(root);
  let sets = await detectSets(tree, { config: { dialect, ignorePaths: [] } });
  if (!sets.length) sets = await detectSets(tree, { config: { dialect, ignorePaths: [], sets: [{ path: '' }] } }).catch(() => []);
  if (!sets.length) throw new Error(`no migration sets found under ${args.dir}`);

  const results: SetResult[] = [];
  for (const set of sets) {
    const ops = new Map<MigrationFile, LocatedOp[]>();
    // Django and Alembic files share state across the set (a ForeignKey's column needs its target model), as in the engine.
    const session = set.files.some((f) => f.language === 'python') ? createPythonSession(config.version) : undefined;
    for (const f of set.files) ops.set(f, await parseMigrationFile(f, set.dialect, f.language === 'python' ? session : undefined));
    const reviews = reviewEachFile(set, ops, { config, rules: RULES });
    const byRule: Record<string, number> = {};
    for (const r of reviews) for (const f of r.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    const res: SetResult = {
      dir: set.dir || '.',
      format: set.format,
      dialect: set.dialect,
      files: set.files.length,
      statements: reviews.reduce((a, r) => a + r.statements, 0),
      findings: reviews.reduce((a, r) => a + r.findings.length, 0),
      byRule,
      filesWithFindings: reviews.filter((r) => r.findings.length).length,
      reviews,
    };
    if (args.squawk) res.squawk = await squawk(root, set);
    if (args.verify > 0) res.verified = await verify(tree, set, reviews, config, args.verify);
    results.push(res);
  }

  if (args.json) {
    const out = results.map(({ reviews, ...r }) => ({
      ...r,
      perFile: r.files ? r.findings / r.files : 0,
      details: reviews.flatMap((rv) => rv.findings.map((f) => ({ rule: f.rule, severity: f.severity, file: f.file, line: f.line, message: f.message, statement: f.statement }))),
    }));
    process.stdout.write(JSON.stringify({ dir: args.dir, sets: out }, null, 2) + '\n');
    return;
  }
  for (const r of results) printSet(r, args);
  if (results.length > 1) {
    const files = sum(results.map((r) => r.files));
    const findings = sum(results.map((r) => r.findings));
    const sq = results.filter((r) => r.squawk && !r.squawk.error);
    const sqText = sq.length ? `; squawk ${per(sum(sq.map((r) => r.squawk!.findings)), sum(sq.map((r) => r.files)))} per file on ${sq.length} PostgreSQL set(s)` : '';
    console.log(`\nall sets: ${files} files, ${findings} Migra findings, ${per(findings, files)} per file${sqText}`);
  }
}

function printSet(r: SetResult, args: Args): void {
  console.log(`\n${r.dir}: ${r.format}, ${r.dialect}, ${r.files} files, ${r.statements} statements`);
  console.log(`  Migra: ${r.findings} findings, ${per(r.findings, r.files)} per file, ${r.filesWithFindings} of ${r.files} files with any`);
  if (r.squawk) {
    if (r.squawk.error) console.log(`  Squawk: skipped (${r.squawk.error})`);
    else console.log(`  Squawk: ${r.squawk.findings} findings, ${per(r.squawk.findings, r.files)} per file, ${r.squawk.filesWithFindings} of ${r.files} files with any`);
  }
  const rows = Object.entries(r.byRule).sort((a, b) => b[1] - a[1]);
  if (rows.length) {
    const w = Math.max(...rows.map(([k]) => k.length));
    console.log('  by rule (total, per file):');
    for (const [rule, n] of rows) console.log(`    ${rule.padEnd(w)}  ${String(n).padStart(5)}  ${per(n, r.files)}`);
  }
  if (r.squawk && !r.squawk.error) {
    const sq = Object.entries(r.squawk.byRule).sort((a, b) => b[1] - a[1]);
    if (sq.length) {
      const w = Math.max(...sq.map(([k]) => k.length));
      console.log('  squawk by rule (total, per file):');
      for (const [rule, n] of sq) console.log(`    ${rule.padEnd(w)}  ${String(n).padStart(5)}  ${per(n, r.files)}`);
    }
  }
  if (r.verified) {
    const v = r.verified;
    console.log(`  verified against the full engine on ${v.files} files: ${v.mismatches.length ? `${v.mismatches.length} MISMATCHES` : 'identical findings'}`);
    for (const m of v.mismatches.slice(0, 20)) console.log(`    ${m}`);
  }
  if (args.show.length) {
    const all = args.show.includes('all');
    for (const rv of r.reviews) {
      for (const f of rv.findings) {
        if (!all && !args.show.includes(f.rule)) continue;
        console.log(`\n  [${f.rule}] ${f.file}:${f.line} (${f.severity})\n    ${f.message}\n    > ${oneLine(f.statement ?? '')}`);
      }
    }
  }
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

function per(n: number, files: number): string {
  return files ? (n / files).toFixed(2) : 'n/a';
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

// ------------------------------------------------------------------ squawk

const execFileP = promisify(execFile);

function squawkBin(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const bin = join(here, '..', '..', 'node_modules', '.bin', 'squawk');
  return existsSync(bin) ? bin : undefined;
}

interface SquawkViolation {
  file: string;
  rule_name: string;
}

/** Squawk's findings on the same files, as a user would run it on each migration file (PostgreSQL only). */
async function squawk(root: string, set: MigrationSet): Promise<NonNullable<SetResult['squawk']>> {
  const empty = { findings: 0, byRule: {}, filesWithFindings: 0 };
  if (set.dialect !== 'postgresql') return { ...empty, error: `Squawk reads PostgreSQL only; this set is ${set.dialect}` };
  const bin = squawkBin();
  if (!bin) return { ...empty, error: 'squawk-cli is not installed (npm install)' };
  const byRule: Record<string, number> = {};
  const files = new Set<string>();
  let findings = 0;
  const paths = set.files.map((f) => join(root, f.path));
  for (let i = 0; i < paths.length; i += 200) {
    const chunk = paths.slice(i, i + 200);
    let stdout: string;
    try {
      stdout = (await execFileP(bin, ['--reporter', 'json', ...chunk], { maxBuffer: 1 << 28 })).stdout;
    } catch (e) {
      // Squawk exits 1 when it finds something; its report is still on stdout.
      const err = e as { stdout?: string; message: string };
      if (!err.stdout) return { ...empty, error: `squawk failed: ${err.message.split('\n')[0]}` };
      stdout = err.stdout;
    }
    const violations = JSON.parse(stdout || '[]') as SquawkViolation[];
    for (const v of violations) {
      findings++;
      byRule[v.rule_name] = (byRule[v.rule_name] ?? 0) + 1;
      files.add(v.file);
    }
  }
  return { findings, byRule, filesWithFindings: files.size };
}

// ------------------------------------------------------------------ verify

/**
 * Run `count` files spread over the set through the full engine, with trees that hold the set's
 * files up to (head) and before (base) the file, and compare with the incremental review.
 */
async function verify(tree: TreeView, set: MigrationSet, reviews: FileReview[], config: Config, count: number): Promise<{ files: number; mismatches: string[] }> {
  const contents = await tree.read(tree.paths);
  const picks = new Set<number>();
  const n = set.files.length;
  for (let k = 0; k < Math.min(count, n); k++) picks.add(Math.min(n - 1, Math.round((k * (n - 1)) / Math.max(1, Math.min(count, n) - 1))));
  const mismatches: string[] = [];
  for (const i of picks) {
    const later = new Set(set.files.slice(i).map((f) => f.path));
    const before: Record<string, string> = {};
    const head: Record<string, string> = {};
    for (const [p, text] of contents) {
      if (!later.has(p)) before[p] = text;
      if (!later.has(p) || p === set.files[i].path) head[p] = text;
    }
    const report = await analyze({
      before: memoryTree(before, 'before'),
      head: memoryTree(head, 'head'),
      changes: [{ path: set.files[i].path, status: 'added' }],
      config,
      rules: RULES,
      toolVersion: 'noise',
    });
    const want = report.findings.map(key).sort();
    const got = (reviews.find((r) => r.index === i)?.findings ?? []).map(key).sort();
    if (want.join('\n') !== got.join('\n')) {
      const missing = want.filter((k) => !got.includes(k));
      const extra = got.filter((k) => !want.includes(k));
      mismatches.push(`${set.files[i].path}: engine only [${missing.join(' | ')}] incremental only [${extra.join(' | ')}]`);
    }
  }
  return { files: picks.size, mismatches };
}

function key(f: Finding): string {
  return `${f.rule}@${f.file}:${f.line} ${f.message}`;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
