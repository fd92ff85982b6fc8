/**
 * The live stage's one time budget: every connection attempt and query gets what is left of it,
 * so a dead or slow server costs at most the budget, never the review.
 */
export class Deadline {
  private readonly end: number;

  constructor(ms: number, private readonly now: () => number = () => performance.now()) {
    this.end = now() + ms;
  }

  left(): number {
    return Math.max(0, this.end - this.now());
  }

  get spent(): boolean {
    return this.left() <= 0;
  }
}

export class BudgetSpent extends Error {
  constructor(what: string) {
    super(`the time budget ran out ${what}`);
    this.name = 'BudgetSpent';
  }
}

/** The promise, or BudgetSpent when `ms` pass first; `onTimeout` tears down whatever is stuck. */
export function within<T>(p: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new BudgetSpent(what));
    }, Math.max(1, ms));
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
