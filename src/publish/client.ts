import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { BudgetExceededError, type TimeBudget } from './budget.js';

/** The Octokit the publishing steps use: REST methods, pagination, retries and throttling. */
export const MigraOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof MigraOctokit>;

export interface ClientOptions {
  token: string;
  /** Default GITHUB_API_URL, else https://api.github.com (GitHub Enterprise Server sets GITHUB_API_URL). */
  baseUrl?: string;
  /**
   * One unit of waiting, in milliseconds: retries back off by 1, 4, 9 units, writes are spaced by
   * one unit (three for writes that notify people), as GitHub asks of integrations. Default 1000;
   * tests set MIGRA_RETRY_BASE_MS to a few milliseconds.
   */
  delayUnitMs?: number;
  /** Retries after a 5xx or network error. */
  retries?: number;
  /** A request without an answer after this long counts as a network error (and is retried). */
  requestTimeoutMs?: number;
  /** Where the client's own messages go (never tokens: Octokit redacts them). */
  log?: (message: string) => void;
  /** Told when a rate limit makes the client wait. */
  onWait?: (message: string) => void;
  fetch?: typeof fetch;
  /** Shared by every request once started: none is sent after it runs out, none waits past it. */
  budget?: TimeBudget;
}

/** A rate limit longer than this is not waited for: the step fails and the others go on. */
const MAX_RATE_LIMIT_WAIT_S = 120;

export function createClient(opts: ClientOptions): GitHubClient {
  const unit = opts.delayUnitMs ?? delayUnitFromEnv();
  const sink = opts.log ?? (() => {});
  // Only the message: the other arguments Octokit logs hold request options, headers included.
  const log = (message: unknown) => {
    if (typeof message === 'string' && message !== 'request') sink(message);
  };
  const quiet = { debug: log, info: log, warn: log, error: log };
  const baseFetch = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.requestTimeoutMs ?? 60_000;
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    if (retryCount >= 2 || retryAfter > MAX_RATE_LIMIT_WAIT_S) return false;
    if (opts.budget && retryAfter * 1000 >= opts.budget.remainingMs()) return false;
    opts.onWait?.(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying after ${retryAfter} s`);
    return true;
  };
  return new MigraOctokit({
    auth: opts.token,
    baseUrl: (opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'migra-action',
    log: quiet,
    request: {
      fetch: withTimeout(baseFetch, timeoutMs, opts.budget),
      retries: opts.retries ?? 3,
      log: quiet,
    },
    retry: { retryAfterBaseValue: unit },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      id: 'migra',
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}

export function delayUnitFromEnv(): number {
  const v = Number(process.env.MIGRA_RETRY_BASE_MS);
  return Number.isFinite(v) && v >= 0 && process.env.MIGRA_RETRY_BASE_MS !== '' && process.env.MIGRA_RETRY_BASE_MS !== undefined ? v : 1000;
}

/**
 * fetch that gives up after `ms`, or when the publishing budget runs out, whichever is first. A
 * plain timeout is a plain error, not an AbortError, so Octokit reports it as a network error
 * (status 500) and the retry plugin tries again; a spent budget is final (BudgetExceededError).
 */
function withTimeout(f: typeof fetch, ms: number, budget?: TimeBudget): typeof fetch {
  return (async (url: string | URL | Request, init: RequestInit = {}) => {
    const left = budget ? budget.remainingMs() : Infinity;
    if (left <= 0) throw new BudgetExceededError(budget!);
    const byBudget = left < ms;
    const timeout = AbortSignal.timeout(Math.max(1, Math.min(ms, left)));
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await f(url, { ...init, signal });
    } catch (e) {
      if (timeout.aborted && byBudget) throw new BudgetExceededError(budget!);
      if (timeout.aborted) throw new Error(`no answer within ${Math.round(ms / 1000)} s`);
      throw e;
    }
  }) as typeof fetch;
}
