import { within as withinDeadline } from '../model/deadline.js';

export { Deadline } from '../model/deadline.js';

/** The live stage's one time budget ran out: every connection attempt and query gets what is left of it. */
export class BudgetSpent extends Error {
  constructor(what: string) {
    super(`the time budget ran out ${what}`);
    this.name = 'BudgetSpent';
  }
}

/** The promise, or BudgetSpent ("… waiting for the server") when `ms` pass first; `onTimeout` tears down whatever is stuck. */
export function within<T>(p: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  return withinDeadline(p, ms, () => new BudgetSpent(what), onTimeout);
}
