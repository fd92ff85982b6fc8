import { MigraError } from '../model/errors.js';
import { scrub as scrubSecret, secretOf } from '../model/url-secret.js';

/**
 * The scratch database server of `--verify-url` / input `verify-url`. The URL carries a password:
 * it is parsed once here, and everything Migra says about the server names only its host and port
 * (`where`); every error a driver raises passes through `scrub` before anyone sees it.
 */
export interface ServerUrl {
  /** postgresql: a PostgreSQL server (PostGIS or any major); mysql: MySQL or MariaDB. */
  kind: 'postgresql' | 'mysql';
  /** `127.0.0.1:5432`: what notes name. */
  where: string;
  /** The URL as given, for the driver only. */
  url: string;
  /** The database named in the URL ('' when none): where the driver connects first. */
  database: string;
  /** Every form of the secret a message could contain (the password as written and decoded, the URL). */
  secrets: string[];
}

const SCHEMES: Record<string, ServerUrl['kind']> = {
  'postgres:': 'postgresql',
  'postgresql:': 'postgresql',
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
};

/** Parse a server URL; the error never repeats the URL (it holds the password). */
export function parseServerUrl(raw: string): ServerUrl {
  const url = raw.trim();
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new MigraError('the verify URL is not a URL; use postgres://user:password@host:port/database or mysql://user:password@host:port/');
  }
  const kind = SCHEMES[u.protocol];
  if (!kind) throw new MigraError(`the verify URL's scheme "${u.protocol.replace(/:$/, '')}" is not supported; use postgres:// (PostgreSQL) or mysql:// (MySQL, MariaDB)`);
  if (!u.hostname) throw new MigraError('the verify URL names no host');
  const port = u.port || (kind === 'postgresql' ? '5432' : '3306');
  return {
    kind,
    where: `${u.hostname}:${port}`,
    url: kind === 'mysql' && u.protocol === 'mariadb:' ? url.replace(/^mariadb:/i, 'mysql:') : url,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')),
    secrets: secretOf(url, { user: false }).pieces,
  };
}

/** The text with every form of the URL's secret replaced (longest first, so the URL goes before its password). */
export function scrub(text: string, server: Pick<ServerUrl, 'secrets'>): string {
  return scrubSecret(text, { pieces: server.secrets });
}

/** The dialects a server verifies: a MySQL-protocol server serves MySQL and MariaDB sets alike. */
export function serves(server: Pick<ServerUrl, 'kind'>, dialect: string): boolean {
  return server.kind === 'postgresql' ? dialect === 'postgresql' : dialect === 'mysql' || dialect === 'mariadb';
}

/** The driver's error with every trace of the URL's password removed (message and the fields a report quotes). */
export function scrubbed(e: unknown, server: Pick<ServerUrl, 'secrets'>): Error & Record<string, unknown> {
  const o = (e ?? {}) as Record<string, unknown>;
  const out = new Error(scrub(typeof o.message === 'string' ? o.message : String(e), server)) as Error & Record<string, unknown>;
  for (const k of ['code', 'detail', 'hint', 'position', 'sqlMessage', 'errno', 'sqlState']) {
    const v = o[k];
    if (v !== undefined) out[k] = typeof v === 'string' ? scrub(v, server) : v;
  }
  return out;
}
