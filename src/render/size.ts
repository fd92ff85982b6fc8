/**
 * GitHub's size limits, counted conservatively: in UTF-8 bytes, which are never fewer than the
 * characters GitHub counts, so a text within the byte limit is within the character limit.
 */

/** Issue and pull request comment body: 65,536 characters. */
export const COMMENT_MAX_BYTES = 65_536;
/** Check run output.title: 255 characters. */
export const CHECK_TITLE_MAX_CHARS = 255;
/** Check run output.summary and output.text: 65,535 characters each. */
export const CHECK_SUMMARY_MAX_BYTES = 65_535;
/** Job summary of one step: 1 MiB. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
/** SARIF for code scanning: at most 25,000 results a run (only the 5,000 most severe are kept), 10 MB a file. */
export const SARIF_MAX_RESULTS = 5_000;
export const SARIF_MAX_BYTES = 10 * 1000 * 1000;

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * At most `max` UTF-16 units of `s`, ending with `marker` when cut; never splits a surrogate pair
 * (a lone half is not valid Unicode and GitHub may refuse it).
 */
export function clip(s: string, max: number, marker = '…'): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - marker.length);
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return s.slice(0, end) + marker;
}

/** The longest clip of `s` that is at most `maxBytes` UTF-8 bytes. */
export function clipBytes(s: string, maxBytes: number, marker = '…'): string {
  if (utf8Bytes(s) <= maxBytes) return s;
  const out = clip(s, largestFitting(s.length, (n) => utf8Bytes(clip(s, n, marker)) <= maxBytes), marker);
  return utf8Bytes(out) <= maxBytes ? out : '';
}

/** The largest n in 0..max for which `fits(n)` holds, `fits` being true up to some n and false after (0 when none is). */
export function largestFitting(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
