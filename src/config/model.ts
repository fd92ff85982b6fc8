import type { Dialect } from '../model/dialect.js';
import { MigraError } from '../model/errors.js';
import type { Severity } from '../model/finding.js';
import type { FormatId } from '../model/migration.js';
import type { LiveThresholds } from '../model/live.js';

/**
 * What a run is configured with, and what every run needs of it. Reading the config file
 * (config.ts: YAML and a zod schema, a third of the bundle) is loaded only when there is one.
 */

export const DEFAULT_CONFIG_PATH = '.github/migra.yml';
/** The label that lets a pull request at or above fail-on pass (action input and config `approve-label`). */
export const DEFAULT_APPROVE_LABEL = 'migra:approved';

export const DEPLOY_MODES = ['online', 'offline'] as const;
export type DeployMode = (typeof DEPLOY_MODES)[number];
export const FAIL_LEVELS = ['none', 'low', 'medium', 'high', 'critical', 'never'] as const;

/** `fail-on`: a level, a score from 0 to 100, or never. */
export type FailOn = { level: Exclude<(typeof FAIL_LEVELS)[number], 'never'> } | { score: number } | 'never';

export interface Config {
  dialect?: Dialect;
  version?: string;
  sets?: { path: string; format?: FormatId; dialect?: Dialect; after?: string[] }[];
  rules: Record<string, Severity | 'off'>;
  failOn?: FailOn;
  ignorePaths: string[];
  approveLabel?: string;
  /**
   * `offline`: migrations run with the application stopped (at start-up under a lock, or in a
   * maintenance window), so findings about locks and about the running application become info;
   * duration, data loss and failure keep their severity. Default online.
   */
  deploy?: DeployMode;
  /** Config `live:` (only what was written; the live stage has the defaults). */
  live?: LiveConfig;
}

export interface LiveConfig {
  thresholds?: Partial<LiveThresholds>;
  budgetMs?: number;
  statementTimeoutMs?: number;
}

export const EMPTY_CONFIG: Config = { rules: {}, ignorePaths: [] };

/** fail-on in the words a user writes it: `high`, `60`, `never`. */
export function describeFailOn(f: FailOn): string {
  if (f === 'never') return 'never';
  return 'score' in f ? String(f.score) : f.level;
}

export function parseFailOn(value: string, where = 'fail-on'): FailOn {
  const v = value.trim().toLowerCase();
  if (v === 'never') return 'never';
  if ((FAIL_LEVELS as readonly string[]).includes(v)) return { level: v as Exclude<(typeof FAIL_LEVELS)[number], 'never'> };
  if (/^\d+$/.test(v) && Number(v) <= 100) return { score: Number(v) };
  throw new MigraError(`${where}: "${value}" is not allowed; use one of ${FAIL_LEVELS.join(', ')} or a score from 0 to 100`);
}

/** A set path as written in `path:` and `after:` (`./core/`, `core`) → one spelling. */
export function setPathKey(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
