import type { RawEngineError } from './adapter.js';
import type { RunUnit } from './units.js';

/** A statement the engine could not run and verification went on without. */
export interface Skipped {
  where: string;
  text: string;
  error: string;
  /** A statement of the pull request that failed for a reason that is not its own: later ones may need it too. */
  reviewed?: boolean;
}

export function skippedOf(u: RunUnit, e: RawEngineError): Skipped {
  return { where: `${u.file.path}:${u.stmt.line}`, text: u.sql, error: e.message };
}

export function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * Names an error is about: `relation "geo" does not exist`, `type "geometry" does not exist`,
 * `function st_makepoint(integer) does not exist`, SQLite's `no such table: geo`.
 */
export function namesIn(message: string): string[] {
  const out = new Set<string>();
  for (const m of message.matchAll(/"([^"]+)"/g)) out.add(m[1]);
  for (const m of message.matchAll(/\bfunction ([\w.]+)\(/g)) out.add(m[1]);
  for (const m of message.matchAll(/\bno such (?:table|column|index|view|function|collation|module): ([\w.]+)/g)) out.add(m[1]);
  return [...out].flatMap((n) => [n, n.split('.').pop()!]).filter((n) => n.length > 1);
}

/** The skipped statement a failure comes from: one that names an object the error names. */
export function blockingSkip(e: RawEngineError, skipped: readonly Skipped[]): Skipped | undefined {
  const names = namesIn(e.message);
  if (!names.length) return undefined;
  return skipped.find((s) => names.some((n) => new RegExp(`(^|[^\\w$])"?${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?($|[^\\w$])`, 'i').test(s.text)));
}

/**
 * Failures that come from the environment the migrations run in, not from the migration: a role,
 * schema or tablespace made by the platform or the operator, an extension the embedded engine
 * does not ship, a permission. The engine cannot judge those.
 */
export function environmental(e: RawEngineError): boolean {
  if (e.code && ['3F000', '42501', '58P01', '3D000'].includes(e.code)) return true;
  if (e.code === '0A000' && /extension/i.test(e.message)) return true;
  return /^(role|tablespace|database|extension|schema) "[^"]+" does not exist/.test(e.message) || /extension "[^"]+" is not available|could not open extension control file|could not access file/.test(e.message);
}
