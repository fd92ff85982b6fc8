/**
 * Time limits on work that waits for a server: an overall deadline, and a race of one promise
 * against its own timeout that tears down whatever is stuck. Verification on a scratch server and
 * the live read both use them, each with the error it reports.
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

/** The promise, or the error `late()` makes when `ms` pass first; `onTimeout` tears down whatever is stuck. */
export function within<T>(p: Promise<T>, ms: number, late: () => Error, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(late());
    }, Math.max(1, ms));
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
