/** The verify stage: apply a set's history and the pull request's statements to a real engine, and say what it observed. */
export { defaultCacheDir } from './cache.js';
export { verifySet, type SetToVerify, type SetVerification } from './verify-set.js';

export interface VerifyOptions {
  enabled: boolean;
  /** Where the base history's engine database is kept between runs; default under the user's cache directory; '' keeps nothing. */
  cacheDir?: string;
}
