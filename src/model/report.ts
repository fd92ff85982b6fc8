import type { Dialect } from './dialect.js';
import type { AcknowledgedFinding, Finding } from './finding.js';
import type { LiveSummary } from './live.js';
import type { ChangeStatus, FormatId } from './migration.js';

export const REPORT_VERSION = 1;

export type Level = 'none' | 'low' | 'medium' | 'high' | 'critical';
export const LEVELS: readonly Level[] = ['none', 'low', 'medium', 'high', 'critical'];

export interface SetSummary {
  dir: string;
  format: FormatId;
  dialect: Dialect;
  dialectSource: string;
  files: number;
}

export interface FileSummary {
  path: string;
  status: ChangeStatus;
  oldPath?: string;
  set: string;
  statements: number;
  unparsed: number;
  /**
   * A Django or Alembic migration: the SQL it will run on the set's dialect, rendered from what
   * Migra read of it (as `sqlmigrate` / `alembic upgrade --sql` print it, not their exact text).
   */
  sql?: { dialect: Dialect; text: string };
}

export interface ColumnChange {
  column: string;
  from?: string;
  to?: string;
}

export interface TableDiff {
  table: string;
  status: 'added' | 'dropped' | 'changed';
  columnsAdded: string[];
  columnsDropped: string[];
  columnsChanged: ColumnChange[];
  indexesAdded: string[];
  indexesDropped: string[];
  constraintsAdded: string[];
  constraintsDropped: string[];
}

export interface SchemaDiff {
  tables: TableDiff[];
  enumsAdded: string[];
  enumsDropped: string[];
  enumsChanged: { name: string; added: string[]; removed: string[] }[];
}

export interface AiSummary {
  model: string;
  text: string;
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: 'migra'; version: string };
  /** Commit the PR is compared to (merge-base of base and head) and the head commit. */
  before: string;
  head: string;
  sets: SetSummary[];
  files: FileSummary[];
  findings: Finding[];
  acknowledged: AcknowledgedFinding[];
  score: number;
  level: Level;
  /** The whole rollback script, newest statement first. */
  rollback: string;
  /** Data that would be lost: tables and columns dropped or truncated, with their types. */
  dataLoss: string[];
  schemaDiff: SchemaDiff;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** Set by the action when the PR carries the approve label. */
  approvedBy?: string;
  /** Set by the action: the pull request the report is about, so a later workflow can publish it. */
  pullRequest?: { number: number };
  /** `migra diff` only: the SQL that turns the before schema into the after schema. */
  migration?: string;
  /** Advisory only: never changes score, findings or exit status. */
  ai?: AiSummary;
  /**
   * What the user should know about how the review ran, one sentence each: files of a migration
   * folder that look like migrations but that the tool would not run as one (names quoted with
   * control characters escaped; renderers still escape the text as untrusted), statements
   * verification skipped, and every disagreement between Migra's prediction and what the engine
   * observed (a bug in Migra's knowledge).
   */
  notes?: string[];
  /**
   * Only with a database URL that could be read: the engine, and what the change would destroy
   * there (the preview shown next to the approve label).
   */
  live?: LiveSummary;
}
