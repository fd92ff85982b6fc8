import { atLeast, type DbTarget } from '../model/dialect.js';
import type { LocatedOp, Operation } from '../model/operation.js';
import type { Column } from '../model/schema.js';
import { plainCast } from './type-change-statement.js';

/**
 * timestamp ↔ timestamptz by a plain cast on PostgreSQL 12+: the table is rewritten unless the
 * migrating session's TimeZone is UTC, when the stored values already mean the same instants and
 * PostgreSQL only changes the catalog (release notes of 12). Which session runs the migration is
 * unknown here, so this is a condition, not a fact.
 */
export function rewritesUnlessUtc(tc: { r: { op: Extract<Operation, { kind: 'alter_column_type' }> }; column: Column }, target: DbTarget): boolean {
  const { r, column } = tc;
  const from = column.type;
  const to = r.op.type;
  return target.dialect === 'postgresql' && atLeast(target, '12') && !from.array && !to.array
    && /^timestamp(tz)?$/.test(from.name) && /^timestamp(tz)?$/.test(to.name) && from.name !== to.name
    // A lower precision rounds, which rewrites whatever the time zone.
    && (to.args[0] ?? 6) >= (from.args[0] ?? 6)
    && (r.op.using === undefined || plainCast(r.op.using, column.name));
}

/** Zones with a fixed zero offset, which PostgreSQL accepts for the relabel (pg_get_timezone_offset). */
const UTC_ZONES = /^(utc|etc\/utc|gmt|etc\/gmt|etc\/gmt[+-]0|gmt[+-]?0|uct|etc\/uct|universal|etc\/universal|zulu|etc\/zulu|z|\+?0+(:00)?)$/i;

/** Whether an earlier statement of the file set TimeZone to UTC for this one (SET, or SET LOCAL in the same transaction). */
export function utcSessionAt(r: { fileOps: readonly LocatedOp[]; position: number; op: LocatedOp }): boolean {
  let session = false;
  let local: boolean | undefined;
  for (const op of r.fileOps.slice(0, r.position)) {
    // The end of a transaction ends its SET LOCAL.
    if (op.kind === 'transaction') local = undefined;
    if (op.kind !== 'set_setting' || op.name.toLowerCase() !== 'timezone') continue;
    const utc = UTC_ZONES.test(op.value.trim().replace(/^'(.*)'$/, '$1'));
    if (!op.local) {
      session = utc;
      local = undefined;
    } else if (op.stmt.inTransaction) local = utc;
  }
  return (r.op.stmt.inTransaction ? local : undefined) ?? session;
}
