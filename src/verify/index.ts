/** The verify stage: apply a set's history and the pull request's statements to a real engine, and say what it observed. */
export { defaultCacheDir } from './cache.js';
export { verifySet, type SetToVerify, type SetVerification } from './verify-set.js';
export { Budget } from './budget.js';
export { openServer, serverLabel } from './server.js';
export { parseServerUrl, scrub, serves, type ServerUrl } from './server-url.js';

export interface VerifyOptions {
  enabled: boolean;
  /** Where the base history's engine database is kept between runs; default under the user's cache directory; '' keeps nothing. */
  cacheDir?: string;
  /**
   * A scratch database server (`--verify-url`, input `verify-url`): sets of its dialect are verified
   * there instead of on the embedded engine; the only way MySQL and MariaDB sets are verified.
   */
  url?: string;
  /** Per statement and overall, on the server (defaults: budget.ts). */
  statementTimeoutMs?: number;
  budgetMs?: number;
}
