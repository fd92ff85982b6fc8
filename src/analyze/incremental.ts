import type { Config } from '../config/config.js';
import { DEFAULT_VERSION, type DbTarget } from '../model/dialect.js';
import type { AcknowledgedFinding, Finding } from '../model/finding.js';
import type { MigrationFile, MigrationSet } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import type { SchemaDiff } from '../model/report.js';
import { emptySchema, findColumn, tableKey, type Schema } from '../model/schema.js';
import { appliesTo, type ChangedFile, type ReviewedOp, type Rule, type RuleContext } from '../rules/rule.js';
import { diffSchemas } from '../schema/diff.js';
import { applyOp, cloneSchema } from '../schema/replay.js';
import { compareFindings, isEnabled, toFindings } from './findings.js';
import { rollbackPlan } from './rollback.js';
import { INERT_KINDS } from './replay-set.js';

/** The review of one migration file as if a pull request had added it on top of the files before it. */
export interface FileReview {
  file: MigrationFile;
  /** Position of the file in its set. */
  index: number;
  /** Statements in the file (a statement may hold several operations). */
  statements: number;
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
}

export interface IncrementalOptions {
  config: Config;
  rules: readonly Rule[];
  /** Review only the files for which this returns true (the others are still replayed). */
  review?: (file: MigrationFile, index: number) => boolean;
}

/**
 * Review every file of a set as the engine would review a pull request that adds it to the
 * files before it: base = files 0..i-1, head = files 0..i, changes = [file i added]. The set is
 * replayed once, taking snapshots on the way, so a history of n files costs one replay instead
 * of n. `ops` holds each file's parsed operations (parse each file once, with the set's dialect).
 */
export function reviewEachFile(set: MigrationSet, ops: ReadonlyMap<MigrationFile, LocatedOp[]>, opts: IncrementalOptions): FileReview[] {
  const dialect = set.dialect;
  const target: DbTarget = { dialect, version: opts.config.version ?? DEFAULT_VERSION[dialect] };
  const rules = opts.rules.filter((r) => isEnabled(r, opts.config) && appliesTo(r, dialect));
  const schema = emptySchema(dialect);
  const out: FileReview[] = [];
  set.files.forEach((file, i) => {
    const fileOps = ops.get(file) ?? [];
    const review = opts.review ? opts.review(file, i) : true;
    if (!review) {
      for (const op of fileOps) if (!INERT_KINDS.has(op.kind)) applyOp(schema, op);
      return;
    }
    const base = cloneSchema(schema);
    const reviewed: ReviewedOp[] = [];
    let snapshot: Schema | undefined = base;
    fileOps.forEach((op, position) => {
      snapshot ??= cloneSchema(schema);
      reviewed.push({ op, before: snapshot, file, fileOps, position });
      if (INERT_KINDS.has(op.kind)) return;
      applyOp(schema, op);
      snapshot = undefined;
    });
    const ctx = context(set, i, file, reviewed, base, schema, target, opts.config, ops);
    const findings: Finding[] = [];
    const acknowledged: AcknowledgedFinding[] = [];
    const rollback = rollbackPlan(reviewed, target);
    for (const rule of rules) {
      const sorted = toFindings(rule, rule.check(ctx), opts.config, rollback.inverseFor);
      findings.push(...sorted.findings);
      acknowledged.push(...sorted.acknowledged);
    }
    findings.sort(compareFindings);
    acknowledged.sort(compareFindings);
    out.push({ file, index: i, statements: new Set(fileOps.map((o) => o.stmt.index)).size, findings, acknowledged });
  });
  return out;
}

function context(set: MigrationSet, i: number, file: MigrationFile, ops: ReviewedOp[], base: Schema, head: Schema, target: DbTarget, config: Config, historyOps: ReadonlyMap<MigrationFile, LocatedOp[]>): RuleContext {
  const dialect = set.dialect;
  const change: ChangedFile = { change: { path: file.path, status: 'added' }, headFile: file, headText: file.up };
  let diff: SchemaDiff | undefined;
  return {
    target,
    set: { ...set, files: set.files.slice(0, i + 1) },
    // Before the first file the set does not exist yet, as for a pull request that adds it.
    baseSet: i === 0 ? undefined : { ...set, files: set.files.slice(0, i) },
    ops,
    base,
    head,
    get diff() {
      return (diff ??= diffSchemas(base, head));
    },
    changes: [change],
    allChanges: [change.change],
    historyOps,
    // As the engine fills it (analyze/engine.ts), so `npm run noise` reviews with the project's settings.
    settings: { deploy: config.deploy ?? 'online' },
    existedAtBase: (q) => base.tables.has(tableKey(q, dialect)),
    columnExistedAtBase: (q, column) => {
      const t = base.tables.get(tableKey(q, dialect));
      return !!t && !!findColumn(t, column, dialect);
    },
  };
}
