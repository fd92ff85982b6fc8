import type { Config } from '../config/config.js';
import { DEFAULT_VERSION, type DbTarget } from '../model/dialect.js';
import type { AcknowledgedFinding, Finding } from '../model/finding.js';
import type { FileChange, MigrationFile, TreeView } from '../model/migration.js';
import type { QName } from '../model/operation.js';
import { REPORT_VERSION, type FileSummary, type Report, type SchemaDiff, type SetSummary } from '../model/report.js';
import { findColumn, tableKey } from '../model/schema.js';
import { ignoreMatcher, strayMigrationFiles, strayNote } from '../formats/index.js';
import { unmaskTemplates } from '../frontends/sql/templates.js';
import { appliesTo, type ReviewedOp, type Rule, type RuleContext, type RuleHit } from '../rules/rule.js';
import { diffSchemas } from '../schema/diff.js';
import type { MigrationView } from './dump-explained.js';
import { isDumpSet, migrationViews, reviewDump } from './dump-set.js';
import { compareFindings, isEnabled, toFindings } from './findings.js';
import { loadSets, type LoadedSet } from './load.js';
import type { ParseCache } from './parse-cache.js';
import { replayFromSnapshot } from './history-snapshot.js';
import type { ReplayCache } from './replay-cache.js';
import type { DetectCache } from '../formats/detect-cache.js';
import { reviewScope, setChanges } from './changed-files.js';
import { judgesChange } from './plan-change.js';
import { replayFiles, type AmendOp } from './replay-set.js';
import { engineColumns } from './engine-columns.js';
import { startSchemas } from './set-order.js';
import { judge, lockMismatches } from './observed.js';
import { withMigrationSql } from './orm-sql-files.js';
import { rollbackPlan } from './rollback.js';
import { verifyContexts, type VerifyResult } from './verify-contexts.js';
import type { VerifyOptions } from '../verify/index.js';
import type { LiveOptions } from '../live/index.js';
import { DEFAULT_LIVE_THRESHOLDS } from '../model/live.js';
import { liveContexts } from './live-contexts.js';
import { applyLive } from './live-impact.js';
import { riskLevel, riskScore } from './score.js';

export interface AnalyzeInput {
  before: TreeView;
  head: TreeView;
  changes: FileChange[];
  config: Config;
  rules: readonly Rule[];
  toolVersion: string;
  /** Told what the analysis is doing (sets found, files parsed, replay), for a progress line. */
  progress?: (message: string) => void;
  /** Apply the history and the pull request to a real engine (off unless asked). */
  verify?: VerifyOptions;
  /** Operations of SQL files kept from earlier runs (`migra check`'s cache folder). */
  parseCache?: ParseCache;
  /** Schemas of histories replayed by earlier runs (the same folder): only the files after one are replayed. */
  replayCache?: ReplayCache;
  /** Migration sets found by earlier runs (the same folder): the history's texts are then read only where needed. */
  detectCache?: DetectCache;
  /** A read-only connection to the team's database: the numbers behind each finding (off without a URL). */
  live?: LiveOptions;
}

/** The whole analysis: sets → parse → replay → rules → findings, score and rollback. */
export async function analyze(input: AnalyzeInput): Promise<Report> {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const snapshots = input.replayCache && { cache: input.replayCache, changes: input.changes, parseEveryFile: !!input.verify?.enabled };
  const sets = await loadSets(input.before, input.head, input.config, input.parseCache, snapshots, input.detectCache);
  const heads = sets.flatMap((l) => (l.head ? [l.head] : []));
  const notes = strayMigrationFiles(heads, input.changes, ignoreMatcher(input.config.ignorePaths)).map(strayNote);
  const changedTexts = await readModelTexts(input, sets);
  timings.parse = Math.round(performance.now() - t0);
  input.progress?.(`${sets.length} migration set${sets.length === 1 ? '' : 's'}, ${sets.reduce((n, l) => n + (l.head ?? l.base)!.files.length, 0)} files parsed; replaying them and judging the changes`);

  const findings: Finding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  const files: FileSummary[] = [];
  const rollbacks: string[] = [];
  const diffs: SchemaDiff[] = [];
  const t1 = performance.now();
  let rulesMs = 0;
  // Migration sets first: a schema dump reports only what they do not already show.
  const contexts = new Map(sets.filter((l) => !isDumpSet(l)).map((l) => [l, buildContext(l, input, changedTexts)]));
  const verification = await verifyContexts(contexts, input.verify);
  notes.push(...verification.notes, ...withEngineColumns(contexts, verification.queryColumns, input, changedTexts));
  const live = await liveContexts(contexts, input.live && { budgetMs: input.config.live?.budgetMs, statementTimeoutMs: input.config.live?.statementTimeoutMs, ...input.live });
  notes.push(...live.notes);
  const destroys: string[] = [];
  let views: MigrationView[] | undefined;
  const migrations = () => (views ??= migrationViews(sets, (l) => contexts.get(l)));
  for (const loaded of sets) {
    const dump = isDumpSet(loaded) ? reviewDump(loaded, setChanges(loaded, input.changes), input.config.version, migrations) : undefined;
    const ctx = dump?.ctx ?? contexts.get(loaded);
    if (!ctx) continue;
    files.push(...withMigrationSql(summarizeFiles(ctx), loaded));
    const diff = dump ? dump.diff : ctx.diff;
    if (diff) diffs.push(JSON.parse(unmaskTemplates(JSON.stringify(diff), (o) => JSON.stringify(o).slice(1, -1))) as typeof diff);
    const rollback = rollbackPlan(ctx.ops, ctx.target);
    const r0 = performance.now();
    const judgedAll: { rule: Rule; hits: RuleHit[] }[] = [];
    for (const rule of input.rules) {
      if (!isEnabled(rule, input.config) || !appliesTo(rule, ctx.target.dialect) || (dump && !judgesChange(rule))) continue;
      const judged = judge(rule, ctx);
      notes.push(...judged.notes);
      judgedAll.push({ rule, hits: judged.hits });
    }
    const applied = applyLive(judgedAll, ctx, { ...DEFAULT_LIVE_THRESHOLDS, ...input.config.live?.thresholds });
    notes.push(...applied.notes);
    destroys.push(...applied.destroys);
    for (const { rule, hits } of judgedAll) {
      const sorted = toFindings(rule, hits, input.config, rollback.inverseFor);
      findings.push(...sorted.findings);
      acknowledged.push(...sorted.acknowledged);
    }
    rulesMs += performance.now() - r0;
    notes.push(...lockMismatches(ctx));
    if (rollback.script.trim()) rollbacks.push(unmaskTemplates(rollback.script));
  }
  timings.replay = Math.round(performance.now() - t1 - rulesMs - verification.ms - live.ms);
  if (input.verify?.enabled) timings.verify = verification.ms;
  if (input.live?.url) timings.live = live.ms;
  timings.rules = Math.round(rulesMs);
  findings.sort(compareFindings);
  acknowledged.sort(compareFindings);
  // Every file is parsed by now: what the parse cache gathered is written, as one file.
  input.parseCache?.flush?.();

  return {
    version: REPORT_VERSION,
    tool: { name: 'migra', version: input.toolVersion },
    before: input.before.commit,
    head: input.head.commit,
    sets: sets.map(summarizeSet),
    files,
    findings,
    acknowledged,
    score: riskScore(findings),
    level: riskLevel(findings),
    rollback: rollbacks.join('\n'),
    dataLoss: findings.filter((f) => f.category === 'data-loss').map((f) => `${f.file}:${f.line} ${f.message}`),
    schemaDiff: mergeDiffs(diffs),
    timings,
    ...(notes.length ? { notes } : {}),
    ...(live.engine ? { live: { engine: live.engine, destroys } } : {}),
  };
}

/**
 * Verification's correction step (engine-columns.ts): a set whose history made tables from a query
 * that Migra could not type is replayed again with the engine's columns; its notes say how many.
 */
function withEngineColumns(contexts: Map<LoadedSet, RuleContext | undefined>, observed: VerifyResult['queryColumns'], input: AnalyzeInput, changedTexts: ChangedTexts): string[] {
  const notes: string[] = [];
  for (const [loaded, seen] of observed) {
    const ctx = contexts.get(loaded);
    const columns = ctx && engineColumns(seen, ctx.target.dialect);
    if (!ctx?.verified || !columns) continue;
    const [base, rest] = [columns(true), columns(false)];
    const again = buildContext(loaded, input, changedTexts, { base: base.amend, rest: rest.amend });
    if (!again || !base.taken.length) continue;
    again.verified = ctx.verified;
    contexts.set(loaded, again);
    const named = base.taken.slice(0, 5).map((t) => `${t.table}.${t.column}`).join(', ');
    const n = base.taken.length;
    notes.push(`${ctx.set.dir || '.'}: ${n} column${n === 1 ? '' : 's'} of tables made from a query (CREATE TABLE … AS, SELECT … INTO) taken from ${ctx.verified.engine}'s catalog, which Migra could not type from the select list: ${named}${n > 5 ? ` and ${n - 5} more` : ''}.`);
  }
  return notes;
}

type ChangedTexts = ReadonlyMap<string, { before?: string; head?: string }>;

/** `amend`: the engine's columns for tables made from a query (withEngineColumns); `base` for the base replay, `rest` for the others. */
function buildContext(loaded: LoadedSet, input: AnalyzeInput, changedTexts: ChangedTexts, amend?: { base: AmendOp; rest: AmendOp }): RuleContext | undefined {
  const set = loaded.head ?? loaded.base!;
  const dialect = set.dialect;
  const target: DbTarget = { dialect, version: input.config.version ?? DEFAULT_VERSION[dialect] };
  const changes = setChanges(loaded, input.changes);
  // A Django project is reviewed when its models change too, even without a migration (missing-migration).
  const modelsChanged = set.format === 'django' && input.changes.some((c) => changedTexts.has(c.path) && (set.dir === '' || c.path.startsWith(`${set.dir}/`)));
  if (!changes.length && !modelsChanged) return undefined;
  const scopes = new Map(changes.flatMap((c) => (c.headFile ? [[c.headFile, reviewScope(c)] as const] : [])));
  // Every set starts from its tool's own table; sets config orders start from the schema of the sets they run after too, which their own diff leaves out.
  const start = startSchemas(loaded);
  const underReview = (f: MigrationFile) => scopes.get(f) ?? false;
  // A snapshot of the history the pull request leaves alone, when the replay cache has one
  // (history-snapshot.ts); not when the engine's columns amend what the history builds.
  const fromSnapshot = !amend && loaded.snapshot && input.replayCache && replayFromSnapshot(loaded.snapshot, loaded.base!.files, loaded.head!.files, loaded.ops, dialect, underReview, input.replayCache, start.head);
  const base = fromSnapshot ? fromSnapshot.base : replayFiles(loaded.base?.files ?? [], loaded.ops, dialect, () => false, start.base, amend?.base).schema;
  const head = fromSnapshot ? fromSnapshot.head : loaded.head ? replayFiles(loaded.head.files, loaded.ops, dialect, underReview, start.head, amend?.rest) : { schema: base, reviewed: [] as ReviewedOp[] };
  const diffFrom = start.ordered && loaded.head ? replayFiles(loaded.base?.files ?? [], loaded.ops, dialect, () => false, start.head, amend?.rest).schema : base;
  const existed = (q: QName) => base.tables.has(tableKey(q, dialect));
  return {
    target,
    set,
    baseSet: loaded.base,
    ops: head.reviewed,
    base,
    head: head.schema,
    diff: diffSchemas(diffFrom, head.schema),
    changes,
    allChanges: input.changes,
    changedTexts,
    historyOps: loaded.ops,
    snapshotFunctions: fromSnapshot ? fromSnapshot.functions : undefined,
    djangoModels: set.format === 'django' ? { base: loaded.python?.base?.django.models, head: loaded.python?.head?.django.models } : undefined,
    existedAtBase: existed,
    settings: { deploy: input.config.deploy ?? 'online' },
    columnExistedAtBase: (q, column) => {
      const t = base.tables.get(tableKey(q, dialect));
      return !!t && !!findColumn(t, column, dialect);
    },
  };
}

function summarizeFiles(ctx: RuleContext): FileSummary[] {
  const byFile = new Map<MigrationFile, ReviewedOp['op'][]>();
  for (const r of ctx.ops) {
    const ops = byFile.get(r.file);
    if (ops) ops.push(r.op);
    else byFile.set(r.file, [r.op]);
  }
  return ctx.changes.map((c) => {
    const ops = (c.headFile && byFile.get(c.headFile)) || [];
    const statements = new Set(ops.map((o) => o.stmt.index)).size;
    const s: FileSummary = { path: c.change.path, status: c.change.status, set: ctx.set.dir, statements, unparsed: ops.filter((o) => o.kind === 'unparsed').length };
    if (c.change.oldPath) s.oldPath = c.change.oldPath;
    return s;
  });
}

function summarizeSet(l: LoadedSet): SetSummary {
  const s = (l.head ?? l.base)!;
  return { dir: s.dir, format: s.format, dialect: s.dialect, dialectSource: s.dialectSource, files: s.files.length };
}

function mergeDiffs(diffs: SchemaDiff[]): SchemaDiff {
  return {
    tables: diffs.flatMap((d) => d.tables),
    enumsAdded: diffs.flatMap((d) => d.enumsAdded),
    enumsDropped: diffs.flatMap((d) => d.enumsDropped),
    enumsChanged: diffs.flatMap((d) => d.enumsChanged),
  };
}

/** Django models modules (`models.py`, `models/*.py`) changed by the pull request, at both commits. */
async function readModelTexts(input: AnalyzeInput, sets: readonly LoadedSet[]): Promise<Map<string, { before?: string; head?: string }>> {
  const out = new Map<string, { before?: string; head?: string }>();
  if (!sets.some((l) => (l.head ?? l.base)!.format === 'django')) return out;
  const paths = input.changes.filter((c) => DJANGO_MODELS.test(c.path) || (c.oldPath !== undefined && DJANGO_MODELS.test(c.oldPath)));
  if (!paths.length) return out;
  const [before, head] = await Promise.all([input.before.read(paths.map((c) => c.oldPath ?? c.path)), input.head.read(paths.map((c) => c.path))]);
  for (const c of paths) out.set(c.path, { before: before.get(c.oldPath ?? c.path), head: head.get(c.path) });
  return out;
}

const DJANGO_MODELS = /(?:^|\/)models(?:\.py|\/[^/]+\.py)$/;
