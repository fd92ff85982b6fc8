import type { UserFunction } from './lib/user-functions.js';
import type { DjangoModel } from '../frontends/python/django.js';
import type { DbTarget, Dialect } from '../model/dialect.js';
import type { Category, Severity } from '../model/finding.js';
import type { FileChange, FormatId, MigrationFile, MigrationSet } from '../model/migration.js';
import type { LocatedOp, QName, Statement } from '../model/operation.js';
import type { SchemaDiff } from '../model/report.js';
import type { Schema } from '../model/schema.js';
import type { LiveFacts } from '../model/live.js';
import type { VerifiedSet } from '../model/verified.js';

/** An operation under review, with the schema exactly as it stood before it ran. */
export interface ReviewedOp {
  op: LocatedOp;
  before: Schema;
  file: MigrationFile;
  /** Every operation of the same file, in order; `position` is this one's index in it. */
  fileOps: LocatedOp[];
  position: number;
}

/** A migration file of this set that the PR added, changed, deleted or renamed. */
export interface ChangedFile {
  change: FileChange;
  /** The file as it was at `before` (absent for additions): same path, or same MigrationFile.key where the format gives one. */
  baseFile?: MigrationFile;
  /** The file at head (absent for deletions). */
  headFile?: MigrationFile;
  baseText?: string;
  headText?: string;
}

export interface RuleContext {
  target: DbTarget;
  /** The migration set at head (at before when the PR deletes the whole set). */
  set: MigrationSet;
  /** The same set at `before`; undefined when the PR adds the set. */
  baseSet?: MigrationSet;
  /** Operations of the files this PR adds, in replay order. */
  ops: ReviewedOp[];
  /** Schema after replaying the set at `before` and at head. */
  base: Schema;
  head: Schema;
  diff: SchemaDiff;
  changes: ChangedFile[];
  /** The table exists at `before`: it was not created by this PR. */
  existedAtBase(table: QName): boolean;
  /** The column exists on that table at `before`. */
  columnExistedAtBase(table: QName, column: string): boolean;
  /** Every file the pull request changed, migration or not (missing-migration looks for changed models). */
  allChanges?: FileChange[];
  /** Contents at both commits of changed files that are not migrations but matter to a rule (Django models modules). */
  changedTexts?: ReadonlyMap<string, { before?: string; head?: string }>;
  /** Project settings rules may use: how the project deploys (config `deploy`, default online). */
  settings?: { deploy: 'online' | 'offline' };
  /** Django sets: the model state (`app_label.model` → model) after replaying every migration at `before` and at head. */
  djangoModels?: { base?: ReadonlyMap<string, DjangoModel>; head?: ReadonlyMap<string, DjangoModel> };
  /**
   * Every file's parsed operations, the history's included (the engine parses the whole set): the SQL of
   * Python migrations (Django RunSQL, Alembic op.execute) is only here. Undefined where no caller filled it.
   * SQL files that a replay snapshot stands for (history-snapshot.ts) are not parsed on a warm run and
   * are absent: read a SQL file of the history from its text (`file.up`), as user-functions.ts does.
   */
  historyOps?: ReadonlyMap<MigrationFile, readonly LocatedOp[]>;
  /**
   * The user functions (lib/user-functions.ts) the first `files` files of `set` leave, kept in the
   * replay snapshot that stands for them on a warm review; undefined without one.
   */
  snapshotFunctions?: { files: number; functions: readonly UserFunction[] };
  /** What a real engine observed applying the history and this pull request (the verify stage); undefined when not verified. */
  verified?: VerifiedSet;
  /** What the team's real database holds where the statements reach (the live stage); undefined without a database URL. */
  live?: LiveFacts;
}

/** Where a finding points: a statement, or a line range of a file. */
export type Anchor = Statement | { file: string; line: number; endLine: number; text?: string };

export interface RuleHit {
  at: Anchor;
  /** One sentence naming the objects: "Dropping column users.email deletes its data." */
  message: string;
  /** Overrides the rule's generic why/fix with specifics (the lock taken, the exact recipe). */
  why?: string;
  fix?: string;
  /** An exact safe rewrite of the statement. */
  replacement?: string;
  /** Overrides the default severity for this hit (TRUNCATE … CASCADE is critical). */
  severity?: Severity;
  /** The operation this hit is about; its inverse becomes the finding's rollback SQL. */
  op?: ReviewedOp;
  /** Overrides the rule's `offline` for this hit: what it costs when the application is stopped. */
  offline?: OfflineConcern;
  /**
   * What the hit says the statement does to the table, where an engine can observe it; by default
   * the rule's own `claims` (analyze/observed.ts). A full scan leaves no trace in the table's storage, so
   * a scan claim is never contradicted by an unchanged relfilenode the way a rewrite claim is.
   * `session-rewrite`: a rewrite that depends on the migrating session's settings (timestamp ↔
   * timestamptz on PostgreSQL 12+ skips it when TimeZone is UTC); the verifying engine's session is
   * not production's, so its observation neither confirms nor contradicts the claim.
   */
  claims?: 'rewrite' | 'scan' | 'session-rewrite';
  /** Set by the analysis, never by a rule: what a real engine observed for the statement (see analyze/observed.ts). */
  verified?: string;
  /** Set by the analysis, never by a rule: the numbers read from the real database (see analyze/live-impact.ts). */
  impact?: string;
  /**
   * Set by the analysis with `impact`: what the numbers make of the severity (after config):
   * `fails` critical, `small` at most low, `large` a medium finding becomes high.
   */
  sizing?: 'fails' | 'small' | 'large';
}

/**
 * What a finding is about, for projects that migrate with the application stopped (config
 * `deploy: offline`): `lock` (other sessions wait) and `running-app` (deployed code meets the new
 * schema) no longer matter there and become info; `stays` (duration, data loss, failure) keeps
 * its severity.
 */
export type OfflineConcern = 'lock' | 'running-app' | 'stays';

export interface RuleExample {
  /** Migrations that already ran: the schema the example starts from. */
  before?: string;
  /** The migration the PR adds. */
  sql: string;
  dialect?: Dialect;
  version?: string;
  /** Format of the example set (decides transactions); plain numbered SQL files by default. */
  format?: Extract<FormatId, 'plain' | 'golang-migrate' | 'goose' | 'flyway'>;
  /** Full control over the trees, for process rules: path → content at before and at head. */
  files?: { before: Record<string, string>; head: Record<string, string> };
  /** Shown in the docs under the example. */
  note?: string;
  /** Run with verification on a real engine (migration-fails-to-apply's examples need it). */
  verify?: boolean;
}

export interface RuleDocs {
  summary: string;
  why: string;
  fix: string;
  bad: RuleExample[];
  good: RuleExample[];
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  dialects: readonly Dialect[] | 'all';
  /** Off unless the user turns it on (hygiene rules). */
  defaultOff?: boolean;
  /**
   * What the rule judges: the schema change itself (default; also applies to `migra diff`),
   * the way a statement is written (CONCURRENTLY, NOT VALID, lock_timeout), or the history of files.
   */
  scope?: 'change' | 'statement' | 'history';
  /** What the rule's findings cost when the application is stopped during migrations (default `stays`). */
  offline?: OfflineConcern;
  /** What the rule's hits claim the statement does to the table, where an engine can observe it (a hit's own `claims` wins). */
  claims?: RuleHit['claims'];
  docs: RuleDocs;
  check(ctx: RuleContext): RuleHit[];
}

export function appliesTo(rule: Rule, dialect: Dialect): boolean {
  return rule.dialects === 'all' || rule.dialects.includes(dialect);
}
