import { isMysqlFamily, type DbTarget } from '../model/dialect.js';
import type { QName } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { existingTable } from './lib/existing.js';
import { actionsOf, alteredTable, OSC, type Action } from './lib/mysql-alter-actions.js';
import { ddlSession, type DdlSession } from './lib/mysql-ddl-context.js';
import { combine, onlineDdl, refusedBy, type OnlineDdl } from '../knowledge/mysql-online-ddl.js';
import { andList, capitalize, lowerFirst } from './lib/prose.js';
import { shown } from './lib/reviewed.js';
import { reviewedTypeChanges, type ReviewedTypeChange } from './lib/reviewed-type-changes.js';

export const mysqlTableCopy: Rule = {
  id: 'mysql-table-copy',
  category: 'locking',
  severity: 'high',
  dialects: ['mysql', 'mariadb'],
  docs: {
    summary: 'An ALTER TABLE that MySQL / MariaDB cannot run INSTANT or INPLACE with writes going on, for the configured version (expression defaults included), or that asks for ALGORITHM=COPY / LOCK=SHARED / LOCK=EXCLUSIVE on any clause.',
    why: 'MySQL runs ALTER TABLE with the cheapest algorithm the operation supports: INSTANT (the data dictionary only), INPLACE (rebuilt or indexed in the background while writes go on) or COPY, which creates a table with the new definition, copies every row into it and swaps it in. While it copies, other sessions can read the table, but every INSERT, UPDATE and DELETE waits, minutes to hours on a large table, and replicas replay the same copy afterwards and fall behind. A few in-place operations refuse concurrent writes too (FULLTEXT and SPATIAL indexes, CONVERT TO CHARACTER SET on 8.0). Which operations copy depends on the server and its version: the rule follows the online DDL tables of MySQL 5.7, 8.0 and 8.4 and of MariaDB for the configured version (default MySQL 8.0). A version without a patch level counts as the newest release of its series ("8.0" is read as 8.0.x, at least 8.0.29): patch releases only turned in-place operations instant, which changes no verdict about copying, except that 8.0.16 started enforcing CHECK constraints, which are added by copying, and that copy must not be missed. Type changes, NOT NULL and AUTO_INCREMENT / STORED generated columns are reported by table-rewrite-type-change, set-not-null-scan and add-stored-generated-or-serial instead.',
    fix: 'Find the INSTANT or INPLACE form of the change (ADD FOREIGN KEY with foreign_key_checks off, DROP and ADD PRIMARY KEY in one statement, no ALGORITHM=COPY or LOCK=SHARED), and write ALGORITHM=INPLACE, LOCK=NONE on it so the server refuses instead of blocking writes if it cannot. Where there is none (CONVERT TO CHARACTER SET, ENGINE=, PARTITION BY, ADD CHECK, FULLTEXT indexes), run it through gh-ost or pt-online-schema-change.',
    bad: [
      {
        dialect: 'mysql',
        before: 'CREATE TABLE posts (id bigint PRIMARY KEY, title varchar(200), body text) DEFAULT CHARSET=utf8mb3;',
        sql: 'ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;',
        note: 'MySQL 8.0 converts in place but without concurrent writes; 5.7 copies the table.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, KEY orders_user_id (user_id));',
        sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
        note: 'With foreign_key_checks on (the default) only ALGORITHM=COPY can add a foreign key.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20));',
        sql: 'ALTER TABLE orders ADD INDEX orders_status (status), ALGORITHM=COPY;',
        note: 'The index could be built in place while writes go on; ALGORITHM=COPY copies the table instead.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20));',
        sql: 'ALTER TABLE orders ADD COLUMN placed_at datetime DEFAULT (now());',
        note: 'An expression default must be computed for every existing row: neither INSTANT nor INPLACE can, so MySQL copies the table.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20), KEY orders_status (status));',
        sql: 'ALTER TABLE orders DROP INDEX orders_status, LOCK=EXCLUSIVE;',
        note: 'Reported at low: the drop is metadata only, so the block is short, but LOCK=EXCLUSIVE stops reads and writes for no gain.',
      },
      {
        dialect: 'mariadb',
        before: 'CREATE TABLE events (id bigint NOT NULL, kind varchar(20), PRIMARY KEY (id));',
        sql: 'ALTER TABLE events DROP PRIMARY KEY;',
      },
    ],
    good: [
      {
        dialect: 'mysql',
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, KEY orders_user_id (user_id));',
        sql: 'SET foreign_key_checks = 0;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INPLACE, LOCK=NONE;\nSET foreign_key_checks = 1;',
        note: 'With foreign_key_checks off MySQL adds the foreign key in place, as a metadata change (existing rows are not checked: look for orphans first).',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20));',
        sql: 'ALTER TABLE orders ADD COLUMN note varchar(200), ADD INDEX orders_status (status);',
        note: 'ADD COLUMN is instant and a secondary index is built in place while writes go on.',
      },
      {
        dialect: 'mysql',
        before: 'CREATE TABLE events (id bigint NOT NULL, kind varchar(20), PRIMARY KEY (id));',
        sql: 'ALTER TABLE events DROP PRIMARY KEY, ADD PRIMARY KEY (id, kind);',
        note: 'Dropping and adding the primary key in one statement is rebuilt in place.',
      },
      {
        dialect: 'mysql',
        sql: 'CREATE TABLE posts (id bigint PRIMARY KEY, body text);\nALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4;',
        note: 'The table is created in the same pull request: it is empty.',
      },
    ],
  },
  check(ctx) {
    if (!isMysqlFamily(ctx.target.dialect)) return [];
    const typeChanges = new Map(reviewedTypeChanges(ctx).map((tc) => [tc.r as ReviewedOp, tc]));
    // One ALTER TABLE runs as one operation on its table: judge every statement and table once.
    const statements = new Map<string, { table: QName; ops: ReviewedOp[] }>();
    for (const r of ctx.ops) {
      const table = alteredTable(r);
      if (!table) continue;
      const key = `${r.file.path}\0${r.op.stmt.index}\0${tableKey(table, ctx.target.dialect)}`;
      const s = statements.get(key) ?? { table, ops: [] };
      s.ops.push(r);
      statements.set(key, s);
    }
    return [...statements.values()].flatMap(({ table, ops }) => judge(ctx, table, ops, typeChanges));
  },
};

function judge(ctx: RuleContext, table: QName, ops: ReviewedOp[], typeChanges: Map<ReviewedOp, ReviewedTypeChange>): RuleHit[] {
  const r = ops[0];
  if (!existingTable(ctx, r, table)) return [];
  const stmt = r.op.stmt;
  const session = ddlSession(r);
  const requested = stmt.algorithm && stmt.algorithm !== 'default' ? stmt.algorithm : session.algorithm;
  const lock = stmt.lock && stmt.lock !== 'default' ? stmt.lock : undefined;
  const actions = ops.flatMap((o) => actionsOf(ctx, o, ops, session, typeChanges));
  // MySQL's INSTANT accepts no LOCK clause but DEFAULT, and ALGORITHM=INPLACE means exactly that:
  // the server then works in place. MariaDB reads both as the least it accepts and still goes INSTANT.
  const inplace = ctx.target.dialect === 'mysql' && (requested === 'inplace' || lock !== undefined);
  const ddls = actions.map((a) => onlineDdl(a.op, ctx.target, inplace));
  const natural = combine(ddls);
  const forced = requested === 'copy';
  // The server refuses these rather than copy or lock: the migration fails, nothing is blocked.
  if (refusedBy(requested, natural) || (lock === 'none' && (forced || !natural.dml))) return [];
  const blocksWrites = forced || lock === 'shared' || lock === 'exclusive' || !natural.dml;
  if (!blocksWrites) return [];
  // LOCK=SHARED / EXCLUSIVE on a quick, metadata-only change: the block is short, but the clause buys nothing.
  // MariaDB still goes INSTANT under a LOCK clause (it names the least it accepts).
  if (!(forced || natural.slow)) {
    const held = (lock === 'shared' || lock === 'exclusive') && !(ctx.target.dialect === 'mariadb' && natural.algorithm === 'instant');
    return held ? [quickUnderLock({ ctx, table, r, lock, session, natural, forced })] : [];
  }
  // Another rule already reports that this statement blocks writes (a type change that copies, an AUTO_INCREMENT column).
  const theirs = actions.some((a, i) => a.owner && !ddls[i].dml);
  if (theirs && lock !== 'exclusive') return [];
  const mine = actions.filter((a, i) => !a.owner && !ddls[i].dml);
  const at = { ctx, table, r, lock, session, natural, forced };
  return [mine.length ? blockingActions(at, mine, ddls.filter((_, i) => !actions[i].owner && !ddls[i].dml)) : clauseOnly(at, actions)];
}

interface Judged {
  ctx: RuleContext;
  table: QName;
  r: ReviewedOp;
  lock?: string;
  session: DdlSession;
  natural: OnlineDdl;
  forced: boolean;
}

function server(target: DbTarget): string {
  return `${target.dialect === 'mariadb' ? 'MariaDB' : 'MySQL'} ${target.version}`;
}

function blocked(t: string, lock: string | undefined, until: string): string {
  return `${lock === 'exclusive' ? 'reads and writes' : 'writes'} to ${t} are blocked until ${until}`;
}

function whyOf(j: Judged, work: string): string {
  const t = shown(j.table);
  const held = j.lock === 'exclusive'
    ? `LOCK=EXCLUSIVE on ${t}: every query on ${t}, reads included, waits until ${work} finishes`
    : `${work} holds a shared lock on ${t}: SELECTs go on, but every INSERT, UPDATE and DELETE on ${t} waits until it finishes`;
  return `${capitalize(held)}, minutes to hours on a large table, and so does every request queued behind them; replicas replay the same ALTER afterwards and fall behind for as long.`;
}

/** Actions that block writes by themselves (no INSTANT or INPLACE form with writes going on). */
function blockingActions(j: Judged, mine: Action[], ddls: OnlineDdl[]): RuleHit {
  const t = shown(j.table);
  const eff = j.forced ? { ...combine(ddls), algorithm: 'copy' as const, rebuild: true } : combine(ddls);
  const lockLabel = j.lock === 'exclusive' ? 'LOCK=EXCLUSIVE' : 'LOCK=SHARED';
  const how = eff.algorithm === 'copy'
    ? `copy the whole ${t} table (ALGORITHM=COPY${j.lock === 'exclusive' ? ', LOCK=EXCLUSIVE' : ''})`
    : `${eff.rebuild ? `rebuild ${t}` : 'build the index'} in place without allowing concurrent writes (${lockLabel})`;
  const work = eff.algorithm === 'copy' ? 'the copy' : eff.rebuild ? 'the rebuild' : 'the index build';
  const verb = mine.length > 1 ? 'make' : 'makes';
  return {
    at: j.r.op.stmt,
    op: j.r,
    message: `${capitalize(andList(mine.map((a) => a.what)))} ${verb} ${server(j.ctx.target)} ${how}: ${blocked(t, j.lock, `${work} finishes`)}.${mine.map((a) => (a.guess ? ` ${a.guess}` : '')).join('')}`,
    why: whyOf(j, work),
    fix: mine.length > 1
      ? ['Split the statement, one change per ALTER TABLE: each has its own way around the copy.', ...mine.map((a) => `${capitalize(a.what)}: ${lowerFirst(a.fix ?? OSC)}`)].join('\n')
      : mine[0].fix ?? OSC,
    ...(mine.every((a) => a.guess) ? { severity: 'medium' as const } : {}),
  };
}

/** LOCK=SHARED / EXCLUSIVE on a change that only touches the data dictionary. */
function quickUnderLock(j: Judged): RuleHit {
  const t = shown(j.table);
  const label = `LOCK=${j.lock!.toUpperCase()}`;
  return {
    at: j.r.op.stmt,
    op: j.r,
    severity: 'low',
    message: `${label} blocks ${j.lock === 'exclusive' ? 'reads and writes' : 'writes'} to ${t} for the whole statement; the change itself only touches the data dictionary and would let them go on without the clause, so the block is short but buys nothing.`,
    why: whyOf(j, 'the statement'),
    fix: 'Use LOCK=NONE (or leave LOCK out): the server then lets reads and writes go on, and refuses rather than blocks them if it cannot.',
    replacement: onlineRewrite(j.r),
  };
}

/** The statement could run with writes going on, but ALGORITHM=COPY or LOCK=SHARED / EXCLUSIVE says otherwise. */
function clauseOnly(j: Judged, actions: Action[]): RuleHit {
  const t = shown(j.table);
  const { r, ctx } = j;
  const online = combine(actions.map((a) => onlineDdl(a.op, ctx.target, ctx.target.dialect === 'mysql')));
  const defaultRun = combine(actions.map((a) => onlineDdl(a.op, ctx.target)));
  const without = defaultRun.algorithm === 'instant' ? 'instantly' : defaultRun.rebuild ? `by rebuilding ${t} in place` : 'in place';
  const canOnline = online.algorithm !== 'copy' && online.dml && actions.length > 0;
  let message: string;
  let fix: string;
  let work: string;
  if (j.forced) {
    const source = r.op.stmt.algorithm === 'copy' ? 'ALGORITHM=COPY' : j.session.algorithmSource ?? 'ALGORITHM=COPY';
    work = 'the copy';
    message = `${source} makes ${server(ctx.target)} copy the whole ${t} table for this statement: ${blocked(t, j.lock, 'the copy finishes')}${canOnline ? `; without it, the statement would run ${without} while writes go on` : ''}.`;
    fix = canOnline
      ? `Remove ${source}: the server then runs the statement ${without} while writes go on. Write ALGORITHM=INPLACE, LOCK=NONE on it to make sure: it then refuses rather than blocks writes.`
      : `Remove ${source}. ${OSC}`;
  } else {
    work = online.algorithm === 'copy' ? 'the copy' : online.rebuild ? 'the rebuild' : 'the index build';
    message = `LOCK=${j.lock!.toUpperCase()} blocks ${j.lock === 'exclusive' ? 'reads and writes' : 'writes'} to ${t} until ${work} finishes${online.dml ? `; without it, ${server(ctx.target)} would let writes go on` : ''}.`;
    fix = online.dml ? 'Use LOCK=NONE (or leave LOCK out): the server then lets writes go on while it works, and refuses rather than blocks them if it cannot.' : OSC;
  }
  return { at: r.op.stmt, op: r, message, why: whyOf(j, work), fix, replacement: canOnline ? onlineRewrite(r) : undefined };
}

/** The statement with ALGORITHM=COPY / LOCK=SHARED|EXCLUSIVE turned into ALGORITHM=INPLACE, LOCK=NONE. */
function onlineRewrite(r: ReviewedOp): string | undefined {
  if (r.file.language !== 'sql') return undefined;
  const text = r.op.stmt.text;
  const algo = /\bALGORITHM\s*=?\s*COPY\b/gi;
  const lock = /\bLOCK\s*=?\s*(?:DEFAULT|NONE|SHARED|EXCLUSIVE)\b/gi;
  const algos = text.match(algo)?.length ?? 0;
  const locks = text.match(lock)?.length ?? 0;
  if (algos > 1 || locks > 1 || (!algos && !locks)) return undefined;
  let out = text.replace(algo, 'ALGORITHM=INPLACE').replace(lock, 'LOCK=NONE');
  if (!algos) return out;
  if (!locks) out = out.replace(/ALGORITHM=INPLACE/, /^\s*alter\b/i.test(text) ? 'ALGORITHM=INPLACE, LOCK=NONE' : 'ALGORITHM=INPLACE LOCK=NONE');
  return out;
}
