/**
 * The database URL is a secret: its password, and often its user and host, must never reach a
 * report, a log line or a note. Driver errors quote the URL or parts of it ("password
 * authentication failed for user …", "getaddrinfo ENOTFOUND db.internal"), so every message that
 * leaves the live stage or the scratch-database verifier goes through scrub(). One definition of
 * what of a URL is secret, for both URLs (database-url, verify-url) and the action's masks.
 */
export interface Secret {
  /** The URL as given. */
  url: string;
  /** The pieces of it that must not be printed: the whole URL, the password (raw and decoded), the user. */
  pieces: string[];
}

export function secretOf(url: string, opts: { user?: boolean } = {}): Secret {
  const pieces = new Set<string>([url]);
  try {
    const u = new URL(url);
    // The user too (unless told not to: a scratch server's `root` or `postgres` names no one): it
    // names an account, and `password authentication failed for user …` quotes it.
    const user = opts.user !== false && u.username.length >= 3 ? u.username : '';
    for (const raw of [u.password, user]) {
      if (!raw) continue;
      pieces.add(raw);
      try {
        pieces.add(decodeURIComponent(raw));
      } catch {
        // Not valid percent-encoding: the raw text is all there is.
      }
    }
    // A password may also sit in the query string (?password=…), which some drivers accept.
    const p = u.searchParams.get('password');
    if (p) pieces.add(p);
  } catch {
    // A file path (SQLite) or a string the URL parser refuses: the whole of it is the secret.
  }
  // Longest first, so the URL goes before its pieces. A user of one or two letters would blank out
  // ordinary words, so it is left; a password is masked whatever its length.
  return { url, pieces: [...pieces].filter((p) => p.length >= 1).sort((a, b) => b.length - a.length) };
}

/** The message with every piece of the secret replaced by `***`. */
export function scrub(message: string, secret: Pick<Secret, 'pieces'>): string {
  let out = message;
  for (const p of secret.pieces) out = out.split(p).join('***');
  return out;
}

/** The first line of an error, scrubbed: what a note may quote. */
export function errorText(e: unknown, secret: Pick<Secret, 'pieces'>): string {
  const o = e as { message?: unknown; code?: unknown } | undefined;
  const msg = typeof o?.message === 'string' && o.message ? o.message : String(e);
  const code = typeof o?.code === 'string' && !msg.includes(o.code) ? ` (${o.code})` : '';
  return scrub(`${msg.split('\n')[0]}${code}`, secret).slice(0, 300);
}
