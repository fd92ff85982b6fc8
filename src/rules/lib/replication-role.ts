import type { LocatedOp } from '../../model/operation.js';

/**
 * `session_replication_role = replica` makes PostgreSQL skip every ordinary trigger, the internal
 * ones that enforce foreign keys included (they only fire in origin and local mode): for the
 * session that sets it, it is DISABLE TRIGGER ALL on every table at once.
 */
export type RoleSwitch =
  /** SET [SESSION|LOCAL] session_replication_role: this session (or transaction) only. */
  | { scope: 'session' | 'local'; replica: boolean }
  /** ALTER ROLE|USER|DATABASE … SET session_replication_role: every later session of that role or database. */
  | { scope: 'role'; replica: boolean; who: string };

const NAME = 'session_replication_role';
const ALTER_ROLE = /^\s*alter\s+(role|user|database)\s+("(?:[^"]|"")+"|[\w$]+)(?:\s+in\s+database\s+(?:"(?:[^"]|"")+"|[\w$]+))?\s+(?:set\s+session_replication_role\s*(?:=|\bto\b)\s*('?[\w]+'?)|reset\s+(session_replication_role|all)\b)/i;

function isReplica(value: string): boolean {
  return value.replace(/^'|'$/g, '').trim().toLowerCase() === 'replica';
}

/** What an operation does to session_replication_role; undefined when it does not touch it. */
export function readRoleSwitch(op: LocatedOp): RoleSwitch | undefined {
  if (op.kind === 'set_setting') {
    if (op.name.toLowerCase() !== NAME) return undefined;
    return { scope: op.local ? 'local' : 'session', replica: isReplica(op.value) };
  }
  if (op.kind !== 'other' && op.kind !== 'unparsed') return undefined;
  const m = ALTER_ROLE.exec(op.stmt.text);
  if (!m) return undefined;
  return { scope: 'role', replica: m[3] !== undefined && isReplica(m[3]), who: `${m[1].toLowerCase()} ${m[2]}` };
}
