export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Category = 'data-loss' | 'locking' | 'compatibility' | 'integrity' | 'hygiene' | 'process';

export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export interface Finding {
  rule: string;
  severity: Severity;
  category: Category;
  /** Repo-relative path. */
  file: string;
  line: number;
  endLine: number;
  /** One sentence: what this statement does that is risky. */
  message: string;
  /** Why it is risky (the lock taken, the data lost, the app code that breaks). */
  why: string;
  /** How to do it safely. */
  fix: string;
  /** An exact safe rewrite of the statement, offered as a one-click suggestion. */
  replacement?: string;
  /** SQL that undoes this statement (with a comment where data cannot come back). */
  rollback?: string;
  /** The statement text, for quoting. */
  statement?: string;
  /** What a real engine observed for the statement: "verified on PostgreSQL 17.5: ACCESS EXCLUSIVE on orders, table rewritten". */
  verified?: string;
  /**
   * The numbers read from the team's database over a read-only connection that decide this finding
   * ("drops 18,000 non-null values of users.legacy_code, 25,000 rows"); only with a database URL.
   */
  impact?: string;
}

/** A finding acknowledged by a `migra:ignore` directive: kept in the report, not scored. */
export interface AcknowledgedFinding extends Finding {
  reason: string;
}
