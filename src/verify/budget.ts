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
  private readonly until: number;

  constructor(
    readonly statementMs: number = STATEMENT_TIMEOUT_MS,
    readonly totalMs: number = VERIFY_BUDGET_MS,
  ) {
    this.until = Date.now() + totalMs;
  }

  /** Milliseconds a statement may still take: its own timeout, or what is left of the whole. */
  private allowance(): number {
    const left = this.until - Date.now();
    if (left <= 0) throw new VerifyBudgetError(`the overall budget of ${Math.round(this.totalMs / 1000)} s ran out`);
    return Math.min(this.statementMs, left);
  }

  /** Run `work`, failing with VerifyBudgetError (and calling `onTimeout`) when it takes longer than allowed. */
  async race<T>(work: () => Promise<T>, onTimeout: () => void): Promise<T> {
    const ms = this.allowance();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        onTimeout();
        reject(new VerifyBudgetError(ms < this.statementMs ? `the overall budget of ${Math.round(this.totalMs / 1000)} s ran out` : `a statement ran longer than ${Math.round(this.statementMs / 1000)} s`));
      }, ms);
    });
    try {
      return await Promise.race([work(), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Wait at most `ms` for a promise that only cleans up (closing a connection): never throws. */
export async function settle(p: Promise<unknown>, ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
