import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { EMPTY_CONFIG, parseFailOn, type Config } from '../config/model.js';
import { readConfigFile } from '../analyze/check-repo.js';
import { compareFindings, isEnabled, toFindings } from '../analyze/findings.js';
import { judgesChange, planChange } from '../analyze/plan-change.js';
import { dumpAnchors } from '../analyze/dump-anchors.js';
import { rollbackScript } from '../analyze/rollback.js';
import { failsGate, riskLevel, riskScore } from '../analyze/score.js';
import { dialectFromContent } from '../formats/index.js';
import { loadSql } from '../frontends/index.js';
import { DEFAULT_VERSION, type Dialect } from '../model/dialect.js';
import { MigraError } from '../model/errors.js';
import type { AcknowledgedFinding, Finding } from '../model/finding.js';
import type { MigrationFile } from '../model/migration.js';
import { REPORT_VERSION, type Report } from '../model/report.js';
import { findColumn, tableKey } from '../model/schema.js';
import { VERSION } from '../model/version.js';
import { RULES } from '../rules/index.js';
import { appliesTo, type RuleContext } from '../rules/rule.js';
import { diffSchemas } from '../schema/diff.js';
import { replay } from '../schema/replay.js';
import type { CliArgs } from './args.js';
import { parseDialect } from './coverage.js';
import { formatReport } from './output.js';

/**
 * `migra diff BEFORE.sql AFTER.sql`: replay both schema files, plan the change between them,
 * and judge that change with the rules that look at what changes (not at how a statement is written).
 */
export async function runDiff(args: CliArgs, write: (s: string) => void): Promise<number> {
  const [beforePath, afterPath] = args.positionals;
  if (!beforePath || !afterPath) throw new MigraError('diff: give two schema files, e.g. `migra diff before.sql after.sql`');
  const [beforeText, afterText] = await Promise.all([readText(beforePath), readText(afterPath)]);
  const config = args.config ? await readConfigFile(args.config) : EMPTY_CONFIG;
  // A diff is an inspection unless asked to gate: --fail-on, or fail-on in the --config file.
  const failOn = args.failOn !== undefined ? parseFailOn(args.failOn, '--fail-on') : config.failOn ?? 'never';
  const dialect: Dialect = parseDialect(args.dialect) ?? config.dialect ?? dialectFromContent([beforeText, afterText]) ?? 'postgresql';
  const report = await diffReport({ path: beforePath, text: beforeText }, { path: afterPath, text: afterText }, dialect, config);
  if (args.format === 'text' && report.migration) write(`-- migration from ${basename(beforePath)} to ${basename(afterPath)}\n${report.migration}\n\n`);
  write(formatReport(report, args));
  return failsGate(report.score, report.level, report.findings.length, failOn) ? 1 : 0;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new MigraError(`diff: cannot read ${path}`);
  }
}

/** `config` decides which rules run and how severe they are (hygiene rules included), and the database version. */
export async function diffReport(a: { path: string; text: string }, b: { path: string; text: string }, dialect: Dialect, config: Config = EMPTY_CONFIG): Promise<Report> {
  const t0 = performance.now();
  const { parseSqlFile } = await loadSql();
  const [opsA, opsB] = await Promise.all([parseSqlFile(a.text, { file: a.path, dialect }), parseSqlFile(b.text, { file: b.path, dialect })]);
  const before = replay(opsA, undefined, dialect).schema;
  const after = replay(opsB, undefined, dialect).schema;
  const file = (f: { path: string; text: string }): MigrationFile => ({ path: f.path, version: '', name: '', language: 'sql', up: f.text, hasDown: false, transaction: 'none', blobId: '' });
  const [beforeFile, afterFile] = [file(a), file(b)];
  // The schema-dump review's anchors: a column's own line; a removal at its line in the before file.
  const anchor = dumpAnchors({ files: [beforeFile], ops: new Map([[beforeFile, opsA]]) }, { files: [afterFile], ops: new Map([[afterFile, opsB]]) }, dialect);
  const fileOf = (path: string) => (path === beforeFile.path && path !== afterFile.path ? beforeFile : afterFile);
  const { reviewed, statements } = planChange(before, after, anchor, fileOf);
  for (const op of [...opsA, ...opsB]) {
    if (op.kind === 'unparsed') reviewed.push({ op, before, file: fileOf(op.stmt.file), fileOps: [op], position: 0 });
  }
  const ctx: RuleContext = {
    target: { dialect, version: config.version ?? DEFAULT_VERSION[dialect] },
    set: { id: '', dir: '', format: 'plain', dialect, dialectSource: 'default', files: [], supportsDown: false },
    ops: reviewed,
    base: before,
    head: after,
    diff: diffSchemas(before, after),
    changes: [],
    existedAtBase: (q) => before.tables.has(tableKey(q, dialect)),
    columnExistedAtBase: (q, c) => {
      const t = before.tables.get(tableKey(q, dialect));
      return !!t && !!findColumn(t, c, dialect);
    },
  };
  const findings: Finding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  for (const rule of RULES) {
    if (!judgesChange(rule) || !isEnabled(rule, config) || !appliesTo(rule, dialect)) continue;
    const sorted = toFindings(rule, rule.check(ctx), config);
    findings.push(...sorted.findings);
    acknowledged.push(...sorted.acknowledged);
  }
  findings.sort(compareFindings);
  return {
    version: REPORT_VERSION,
    tool: { name: 'migra', version: VERSION },
    before: a.path,
    head: b.path,
    sets: [],
    files: [],
    findings,
    acknowledged,
    score: riskScore(findings),
    level: riskLevel(findings),
    rollback: rollbackScript(reviewed.filter((r) => r.op.kind !== 'unparsed').map((r) => ({ op: r.op, before: r.before })), dialect),
    dataLoss: findings.filter((f) => f.category === 'data-loss').map((f) => `${f.file}:${f.line} ${f.message}`),
    schemaDiff: ctx.diff,
    migration: statements.join('\n'),
    timings: { total: Math.round(performance.now() - t0) },
  };
}
