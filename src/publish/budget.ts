/**
 * One time budget for all of publishing (comment, check run, suggestions). Without it, a GitHub
 * that never answers costs each request 60 s and each step four attempts; with it, every request
 * gets at most what is left, and once it is spent nothing more is sent.
 */
export class TimeBudget {
  private deadline = Infinity;
  private total = 0;

  /** Starts the clock (requests made before, such as reading the pull request, are not counted). */
  start(totalMs: number, now = Date.now()): void {
    this.total = totalMs;
    this.deadline = now + totalMs;
  }

  /** Milliseconds left; Infinity before start. */
  remainingMs(now = Date.now()): number {
    return Math.max(0, this.deadline - now);
  }

  get exhausted(): boolean {
    return this.remainingMs() <= 0;
  }

  get totalMs(): number {
    return this.total;
  }

  /** "180 s" for messages. */
  describe(): string {
    return this.total >= 1000 ? `${Math.round(this.total / 1000)} s` : `${this.total} ms`;
  }
}

/**
 * A request not sent, or cut off, because the budget is spent. Its name is AbortError so Octokit
 * passes it through without retrying (an AbortError is the caller's decision, not a network fault).
 */
export class BudgetExceededError extends Error {
  readonly budgetExceeded = true;
  constructor(budget: TimeBudget) {
    super(`the publishing time budget of ${budget.describe()} is used up`);
    this.name = 'AbortError';
  }
}

export function isBudgetExceeded(e: unknown): boolean {
  return (e as { budgetExceeded?: unknown })?.budgetExceeded === true;
}

/** Default budget; MIGRA_PUBLISH_BUDGET_MS overrides it (tests). */
export const DEFAULT_PUBLISH_BUDGET_MS = 180_000;

export function publishBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.MIGRA_PUBLISH_BUDGET_MS);
  return env.MIGRA_PUBLISH_BUDGET_MS && Number.isFinite(v) && v > 0 ? v : DEFAULT_PUBLISH_BUDGET_MS;
}
