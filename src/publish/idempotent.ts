import { apiFailure } from './access.js';
import { isBudgetExceeded } from './budget.js';

export interface CreateOnceOptions<T> {
  /** The create request, sent without the client's own retries. */
  create: () => Promise<T>;
  /** Looks for what an earlier attempt may have created after all. */
  find: () => Promise<T | undefined>;
  /** Unit of backoff in milliseconds. */
  delayUnitMs: number;
  attempts?: number;
  onRetry?: (message: string) => void;
}

/**
 * A create that is safe to retry. A 5xx or a dropped connection does not say whether the object was
 * created, so before trying again the caller's `find` looks for it: a retried create never makes a
 * second comment or check run.
 */
export async function createOnce<T>(opts: CreateOnceOptions<T>): Promise<{ value: T; created: boolean }> {
  const attempts = opts.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await opts.create(), created: true };
    } catch (e) {
      if (!isTransient(e) || attempt >= attempts) throw e;
      const f = apiFailure(e);
      opts.onRetry?.(`attempt ${attempt} failed (${f.status ? `HTTP ${f.status}` : 'network'}: ${f.message}); checking whether it went through, then retrying`);
      await sleep(opts.delayUnitMs * attempt * attempt);
      const existing = await opts.find();
      if (existing !== undefined) return { value: existing, created: false };
    }
  }
}

export function isTransient(e: unknown): boolean {
  if (isBudgetExceeded(e)) return false;
  const { status } = apiFailure(e);
  return status === undefined || status >= 500 || status === 429;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
