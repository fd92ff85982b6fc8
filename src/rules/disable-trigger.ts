import type { QName } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { existingTable } from './lib/existing.js';
import { opsOf, shown } from './lib/reviewed.js';
import { readRoleSwitch, type RoleSwitch } from './lib/replication-role.js';

/** `ALTER TABLE [IF EXISTS] [ONLY] name DISABLE|ENABLE [ALWAYS|REPLICA] TRIGGER ALL|USER|name`. */
const TRIGGER = /^\s*alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?((?:"(?:[^"]|"")+"|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[\w$]+))?)\s+(disable|enable)\s+(?:(?:always|replica)\s+)?trigger\s+("(?:[^"]|"")+"|[\w$]+)/i;

interface TriggerSwitch {
  table: QName;
  enable: boolean;
  /** 'all', 'user', or a trigger's name. */
  which: string;
}

function ident(s: string): string {
  return s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s.toLowerCase();
}

function readSwitch(text: string): TriggerSwitch | undefined {
  const m = TRIGGER.exec(text);
  if (!m) return undefined;
  const parts = m[1].split(/\s*\.\s*(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(ident);
  const table = parts.length === 2 ? { schema: parts[0], name: parts[1] } : { name: parts[0] };
  const raw = m[3];
  const which = raw.startsWith('"') ? ident(raw) : raw.toLowerCase();
  return { table, enable: m[2].toLowerCase() === 'enable', which };
}

export const disableTrigger: Rule = {
  id: 'disable-trigger',
  category: 'integrity',
  severity: 'high',
  dialects: ['postgresql'],
  docs: {
    summary: 'ALTER TABLE … DISABLE TRIGGER on a table that exists in production: ALL switches off its foreign keys too; any trigger left disabled stops doing its work for every session. `session_replication_role = replica` (SET, SET LOCAL, ALTER ROLE … SET) does the same to every table.',
    why: "DISABLE TRIGGER ALL also disables the internal triggers that enforce foreign keys, in both directions: rows written while it is off are never checked, and PostgreSQL does not re-check them when the triggers come back, so orphans stay. It needs superuser (a managed database's admin role gets \"permission denied: … is a system trigger\"), so the migration fails there. Until ENABLE TRIGGER runs and commits, every session's writes skip the checks and the work of the table's own triggers (audit rows, counters, search vectors).",
    fix: 'To skip the table\'s own triggers during a backfill, use DISABLE TRIGGER USER (foreign keys stay enforced, no superuser needed) and ENABLE it again in the same transaction, so no other session ever sees it off. Never leave a trigger disabled at the end of a migration; if a trigger must go, DROP it, so the schema says so.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
        sql: 'ALTER TABLE orders DISABLE TRIGGER ALL;',
        note: 'High: foreign keys and triggers stay off for every session after the migration.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
        sql: 'BEGIN;\nALTER TABLE orders DISABLE TRIGGER ALL;\nUPDATE orders SET user_id = user_id + 1;\nALTER TABLE orders ENABLE TRIGGER ALL;\nCOMMIT;',
        note: 'Low: back on in the same transaction, so no other session sees it off, but the UPDATE was never checked against users, and ALL needs superuser.',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
        sql: "SET session_replication_role = replica;\nDELETE FROM users WHERE id < 100;",
        note: 'High: replica mode skips every trigger, the foreign-key ones included, for the rest of the session: the DELETE leaves orphan orders.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);',
        sql: "BEGIN;\nSET LOCAL session_replication_role = replica;\nUPDATE orders SET total = round(total, 2);\nSET LOCAL session_replication_role = origin;\nCOMMIT;",
        note: 'Low, not high: set back in the same transaction, so only the UPDATE in between skips the checks.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);',
        sql: 'BEGIN;\nALTER TABLE orders DISABLE TRIGGER USER;\nUPDATE orders SET total = round(total, 2);\nALTER TABLE orders ENABLE TRIGGER USER;\nCOMMIT;',
        note: 'USER leaves the foreign keys enforced, and no other session sees the triggers off.',
      },
      {
        sql: 'CREATE TABLE imports (id bigint PRIMARY KEY);\nALTER TABLE imports DISABLE TRIGGER ALL;',
        note: 'The table is created in the same pull request.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of opsOf(ctx, 'other')) {
      const s = readSwitch(r.op.stmt.text);
      if (!s || s.enable || !existingTable(ctx, r, s.table)) continue;
      const back = reEnabled(ctx, r, s);
      const all = s.which === 'all';
      const t = shown(s.table);
      const what = all ? `every trigger of ${t}, foreign-key checks included,` : s.which === 'user' ? `the triggers of ${t}` : `trigger ${s.which} on ${t}`;
      if (back?.sameTx) {
        // The switch never shows outside the transaction: only its own writes skip the triggers.
        if (!all) continue;
        hits.push({
          at: r.op.stmt,
          op: r,
          // Nobody else ever sees it off: what is left is superuser and the migration's own unchecked writes.
          severity: 'low',
          message: `DISABLE TRIGGER ALL switches off ${what} until line ${back.line} turns them back on: rows this migration writes in between are never checked against the foreign keys (PostgreSQL does not re-check them), and ALL needs superuser, which a managed database's admin role is not.`,
        });
        continue;
      }
      const until = back ? `until line ${back.line} turns ${all || s.which === 'user' ? 'them' : 'it'} back on in a later transaction` : 'and nothing in this migration turns them back on';
      hits.push({
        at: r.op.stmt,
        op: r,
        severity: all ? 'high' : 'medium',
        message: `DISABLE TRIGGER ${all ? 'ALL' : s.which === 'user' ? 'USER' : s.which} switches off ${what} for every session, ${until}: ${all ? 'rows written meanwhile are never checked against the foreign keys, and triggers skip their work' : 'writes meanwhile skip the work the triggers do'}.${all ? ' ALL also needs superuser.' : ''}`,
      });
    }
    hits.push(...replicationRole(ctx));
    return hits;
  },
};

const ROLE_EFFECT = 'foreign keys are not checked (in either direction: no orphan check on insert, no cascade or restrict on delete) and no trigger of any table fires, and PostgreSQL never re-checks those rows';

/** `session_replication_role = replica`: DISABLE TRIGGER ALL on every table, for one session, a transaction or a role. */
function replicationRole(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const r of ctx.ops) {
    const s = readRoleSwitch(r.op);
    if (!s?.replica) continue;
    const back = roleBack(r, s);
    const set = r.op.stmt.text.trim().split('\n')[0].replace(/;$/, '');
    if (s.scope === 'role') {
      hits.push({
        at: r.op.stmt,
        op: r,
        severity: back ? 'low' : 'high',
        message: back
          ? `${set} makes every session of ${s.who} that starts before line ${back.stmt.line} resets it skip foreign-key checks and every trigger: ${ROLE_EFFECT}.`
          : `${set} makes every later session of ${s.who} run with session_replication_role = replica: ${ROLE_EFFECT}. Nothing in this migration resets it.`,
      });
      continue;
    }
    if (back) {
      hits.push({
        at: r.op.stmt,
        op: r,
        // Only this migration's own session, and only until it is set back.
        severity: 'low',
        message: `session_replication_role = replica switches off foreign-key checks and every trigger for this migration's session until line ${back.stmt.line} sets it back: rows written in between are never checked against the foreign keys (PostgreSQL does not re-check them) and triggers skip their work. Setting it needs superuser.`,
      });
      continue;
    }
    const until = s.scope === 'local' ? 'to the end of the transaction' : "for the rest of the session, which the migration tool may go on using for the next migrations";
    hits.push({
      at: r.op.stmt,
      op: r,
      severity: 'high',
      message: `${s.scope === 'local' ? 'SET LOCAL' : 'SET'} session_replication_role = replica switches off foreign-key checks and every trigger of every table ${until}, and nothing in this migration sets it back: ${ROLE_EFFECT}. Setting it needs superuser.`,
      fix: "Set it back (`SET session_replication_role = origin`, or `RESET session_replication_role`) in the same transaction, right after the statements that need it, and check the foreign keys yourself afterwards (`ALTER TABLE … VALIDATE CONSTRAINT` does not re-check: query for orphans). Better, skip only the table's own triggers with `ALTER TABLE … DISABLE TRIGGER USER` and enable them again in the same transaction.",
    });
  }
  return hits;
}

/** The later operation of the same file that sets session_replication_role back, where it still counts. */
function roleBack(r: ReviewedOp, s: RoleSwitch) {
  let sameTx = r.op.stmt.inTransaction;
  for (const o of r.fileOps.slice(r.position + 1)) {
    if (o.kind === 'transaction' || !o.stmt.inTransaction) sameTx = false;
    const e = readRoleSwitch(o);
    if (!e || e.replica) continue;
    if (s.scope === 'role') {
      if (e.scope === 'role' && e.who === s.who) return o;
    } else if (e.scope !== 'role' && (s.scope === 'session' || sameTx)) return o;
  }
  return undefined;
}

/** The line of the later statement of the same file that enables the same triggers, and whether it is in the same transaction. */
function reEnabled(ctx: RuleContext, r: ReviewedOp, s: TriggerSwitch): { line: number; sameTx: boolean } | undefined {
  let sameTx = r.op.stmt.inTransaction;
  for (const o of r.fileOps.slice(r.position + 1)) {
    if (o.kind === 'transaction' || !o.stmt.inTransaction) sameTx = false;
    if (o.kind !== 'other') continue;
    const e = readSwitch(o.stmt.text);
    if (e?.enable && sameSwitch(ctx, e, s)) return { line: o.stmt.line, sameTx };
  }
  return undefined;
}

function sameSwitch(ctx: RuleContext, a: TriggerSwitch, b: TriggerSwitch): boolean {
  const d = ctx.target.dialect;
  // ENABLE TRIGGER ALL turns back on whatever was disabled; USER covers the table's own triggers.
  const covers = a.which === b.which || a.which === 'all' || (a.which === 'user' && b.which !== 'all');
  return covers && tableKey(a.table, d) === tableKey(b.table, d);
}
