import { shown } from './reviewed.js';
import type { QName } from '../../model/operation.js';

/** PostgreSQL lock names with what each blocks, for messages that say what the lock costs. */
export const PG_LOCKS = {
  accessExclusive: 'ACCESS EXCLUSIVE',
  share: 'SHARE',
  shareRowExclusive: 'SHARE ROW EXCLUSIVE',
  shareUpdateExclusive: 'SHARE UPDATE EXCLUSIVE',
} as const;

export function accessExclusive(table: QName, until = 'the statement and its transaction finish'): string {
  return `It takes an ACCESS EXCLUSIVE lock on ${shown(table)}: every read and write of the table waits until ${until}, and so does everything queued behind it.`;
}

export function shareLock(table: QName, until = 'the index is built'): string {
  return `It takes a SHARE lock on ${shown(table)}: reads go on, but every INSERT, UPDATE and DELETE waits until ${until}.`;
}
