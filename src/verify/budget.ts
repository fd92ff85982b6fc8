import { Deadline, within } from '../model/deadline.js';
import { VerifyBudgetError } from './adapter.js';

/** Defaults of the time a scratch server may take: one statement (an empty database runs any DDL in far less), and the whole run. */
export const STATEMENT_TIMEOUT_MS = 60_000;
export const VERIFY_BUDGET_MS = 300_000;

/**
 * The time verification on a server may take: each statement within `statementMs`, everything
 * within `totalMs` from the start of the run. The server enforces the statement timeout where it
 * can; `race` enforces both on our side too, since a history may turn the server's timeout off
 * (pg_dump's `SET statement_timeout = 0`).
 */
export class Budget {
  private readonly deadline: Deadline;

  constructor(
    readonly statementMs: number = STATEMENT_TIMEOUT_MS,
    readonly totalMs: number = VERIFY_BUDGET_MS,
  ) {
    this.deadline = new Deadline(totalMs);
  }

  /** Run `work`, failing with VerifyBudgetError (and calling `onTimeout`) when it takes longer than allowed. */
  async race<T>(work: () => Promise<T>, onTimeout: () => void): Promise<T> {
    const overall = `the overall budget of ${Math.round(this.totalMs / 1000)} s ran out`;
    if (this.deadline.spent) throw new VerifyBudgetError(overall);
    // Its own timeout, or what is left of the whole.
    const ms = Math.min(this.statementMs, this.deadline.left());
    const why = ms < this.statementMs ? overall : `a statement ran longer than ${Math.round(this.statementMs / 1000)} s`;
    return within(work(), ms, () => new VerifyBudgetError(why), onTimeout);
  }
}

/** Wait at most `ms` for a promise that only cleans up (closing a connection): never throws. */
export async function settle(p: Promise<unknown>, ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
