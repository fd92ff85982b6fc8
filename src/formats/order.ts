import type { FormatId, MigrationFile } from '../model/migration.js';
import { baseName } from './paths.js';
import { compareText } from '../model/text-order.js';

/**
 * Ordering keys are plain strings compared by code unit (`<`), so they can be sorted, stored and
 * compared without knowing the format. Each format's key reproduces the order its tool applies.
 */

/**
 * A key for a run of digits that sorts numerically: leading zeros dropped, then prefixed with the
 * digit count ('9' → '0001:9', '10' → '0002:10'). No size limit, unlike Number.
 */
export function numericKey(digits: string): string {
  const d = digits.replace(/^0+(?=\d)/, '');
  return `${String(d.length).padStart(4, '0')}:${d}`;
}

/**
 * Flyway versions compare part by part as integers, parts split on '.' or '_' (V1_1 is 1.1, 1.10
 * comes after 1.9). Trailing zero parts are dropped, as Flyway treats 1.0 and 1 as the same version.
 */
export function flywayVersionKey(version: string): string {
  const parts = version.split(/[._]/).map(numericKey);
  while (parts.length > 1 && parts[parts.length - 1] === numericKey('0')) parts.pop();
  return parts.join('.');
}

/** Formats whose tool sorts file (or folder) names as text (Atlas: LocalDir.Files; its versions compare as text too). */
const BY_NAME = new Set<FormatId>(['dbmate', 'supabase', 'prisma', 'atlas']);
/** Formats whose tool compares versions as text (Diesel: `MigrationVersion` is a string, so 10 runs before 9). */
const TEXT_VERSION = new Set<FormatId>(['diesel']);

/**
 * The key that identifies a version within a set: two files with equal keys claim the same
 * version (a conflict for the tool), and a new file whose key is below the newest one at base
 * runs out of order.
 */
export function versionKey(format: FormatId, version: string): string {
  if (format === 'flyway') return flywayVersionKey(version);
  if (BY_NAME.has(format) || TEXT_VERSION.has(format)) return version;
  return /^\d+$/.test(version) ? numericKey(version) : version;
}

type Orderable = Pick<MigrationFile, 'path' | 'version' | 'name'> & { repeatable?: boolean };

/** The sort key of a file within its set; ties are broken by path so the order is total. */
export function orderKey(format: FormatId, file: Orderable): string {
  if (format === 'flyway') {
    // Repeatables run after every versioned migration, ordered by description.
    return file.repeatable ? `1\0${file.name}\0${file.path}` : `0\0${flywayVersionKey(file.version)}\0${file.path}`;
  }
  if (format === 'prisma') return `${baseName(file.path.slice(0, file.path.lastIndexOf('/')))}\0${file.path}`;
  if (BY_NAME.has(format)) return `${baseName(file.path)}\0${file.path}`;
  if (TEXT_VERSION.has(format)) return `${file.version}\0${file.path}`;
  return `${versionKey(format, file.version)}\0${file.name}\0${file.path}`;
}

/** Order keys compare by code unit (model/text-order.ts). */
export const compareKeys = compareText;

/** Compare two files of one set in the order the tool applies them. */
export function compareMigrations(format: FormatId, a: Orderable, b: Orderable): number {
  return compareKeys(orderKey(format, a), orderKey(format, b));
}

/** Compare two versions of one format: negative when `a` runs first, 0 when they are the same version. */
export function compareVersionsOf(format: FormatId, a: string, b: string): number {
  return compareKeys(versionKey(format, a), versionKey(format, b));
}

export function sortMigrations<T extends Orderable>(format: FormatId, files: T[]): T[] {
  const keyed = files.map((f) => [orderKey(format, f), f] as const);
  keyed.sort((x, y) => compareKeys(x[0], y[0]));
  return keyed.map(([, f]) => f);
}
