import type { FormatId } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import type { ReviewedOp, Rule, RuleHit } from './rule.js';
import { shown } from './lib/reviewed.js';

export const preferRobustStatements: Rule = {
  id: 'prefer-robust-statements',
  category: 'hygiene',
  severity: 'low',
  defaultOff: true,
  scope: 'statement',
  dialects: ['postgresql'],
  docs: {
    summary: 'A statement that runs outside a transaction has no IF [NOT] EXISTS guard, so re-running the migration after a partial failure stops at it.',
    why: 'Without a transaction, each statement commits on its own. When a later statement of the file fails (a lock timeout, a duplicate key, a deploy killed half-way), the earlier ones stay applied while the migration is not recorded as done; the retry then fails at the first of them ("relation already exists", "column does not exist") and someone has to repair the database by hand. A failed CREATE INDEX CONCURRENTLY also leaves an INVALID index behind under its name. Inside a transaction the whole file rolls back instead, so Migra stays quiet there, as Squawk\'s prefer-robust-stmts does; it also stays quiet on the last statement of a file (when it fails, it leaves nothing behind), apart from CREATE INDEX CONCURRENTLY.',
    fix: 'Write the guard: CREATE TABLE / INDEX / SCHEMA … IF NOT EXISTS, ADD COLUMN IF NOT EXISTS, ALTER TYPE … ADD VALUE IF NOT EXISTS, CREATE OR REPLACE VIEW, DROP … IF EXISTS, and DROP CONSTRAINT IF EXISTS right before an ADD CONSTRAINT. For a CONCURRENTLY index that may have failed, drop the INVALID leftover (`DROP INDEX CONCURRENTLY IF EXISTS …`) before retrying. Or put the statements that can run in a transaction inside BEGIN … COMMIT, leaving only the CONCURRENTLY ones outside.',
    bad: [
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE accounts ADD COLUMN billing_email text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_billing_email_idx ON accounts (billing_email);',
        note: 'A plain SQL file runs statement by statement: if the index build fails, the column stays and the retry fails at ADD COLUMN.',
      },
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
        sql: 'CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);',
        note: 'A failed concurrent build leaves an INVALID index named accounts_email_idx, and the retry fails on that name.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS billing_email text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_billing_email_idx ON accounts (billing_email);',
      },
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        sql: 'BEGIN;\nALTER TABLE accounts ADD COLUMN billing_email text;\nCREATE TABLE invoices (id bigint PRIMARY KEY);\nCOMMIT;',
        note: 'Inside a transaction a failure rolls the whole file back: the retry starts from scratch.',
      },
      {
        format: 'goose',
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE accounts ADD COLUMN billing_email text;\nDROP TABLE legacy_accounts;',
        note: 'goose runs each migration in a transaction.',
      },
      {
        before: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE accounts ADD COLUMN billing_email text;',
        note: 'A single statement either applies or does not: there is nothing half-done to trip over on the retry.',
      },
    ],
  },
  check(ctx) {
    const groups = new Map<string, { r: ReviewedOp; missing: Missing[] }>();
    for (const r of ctx.ops) {
      if (r.op.stmt.inTransaction) continue;
      const missing = missingGuard(r);
      if (!missing) continue;
      if (!missing.leavesLeftover && !laterStatement(r)) continue;
      const key = `${r.op.stmt.file}\0${r.op.stmt.index}`;
      const g = groups.get(key);
      if (g) g.missing.push(missing);
      else groups.set(key, { r, missing: [missing] });
    }
    return [...groups.values()].map(({ r, missing }): RuleHit => {
      const several = missing.length > 1;
      const lacks = `${missing.map((m) => m.what).join(', ')} ${several ? 'have' : 'has'} no ${[...new Set(missing.map((m) => m.guard))].join(' / ')} and ${several ? 'run' : 'runs'} outside a transaction`;
      // Several operations of one statement fail alike: the first one's error stands for all.
      const retry = missing[0].retry;
      const sql = r.file.language === 'sql';
      return {
        at: r.op.stmt,
        message: missing[0].leavesLeftover
          ? `${lacks}: if the build fails, PostgreSQL leaves an INVALID index behind and the retry ${retry}.`
          : `${lacks}: if a later statement of this file fails, ${several ? 'they stay' : 'it stays'} applied and the retry ${retry}.`,
        fix: sql ? missing.map((m) => m.fix).filter(Boolean).join(' ') || undefined : pythonFix(ctx.set.format),
        replacement: sql ? rewritten(r, missing) : undefined,
      };
    });
  },
};

/** The statement with its guards written in, when one insertion covers every operation of it. */
function rewritten(r: ReviewedOp, missing: Missing[]): string | undefined {
  const ops = sameStatement(r);
  const multiNameDrop = ops.every((o) => o.kind === r.op.kind && DROPS.has(o.kind));
  if (missing.length !== ops.length || (ops.length > 1 && !multiNameDrop) || !missing[0].rewrite) return undefined;
  const text = missing[0].rewrite(r.op.stmt.text);
  return text && `${text};`;
}

/** DROP TABLE a, b: several operations, one IF EXISTS. */
const DROPS = new Set(['drop_table', 'drop_view', 'drop_index', 'drop_type', 'drop_schema']);

interface Missing {
  /** The statement, as named in the message: "ADD COLUMN accounts.billing_email". */
  what: string;
  guard: string;
  /** What the retry does when it meets the statement's leftovers: "fails with “…”". */
  retry: string;
  /** A failure of the statement itself leaves something behind (CREATE INDEX CONCURRENTLY). */
  leavesLeftover?: boolean;
  /** The statement text with the guard written in, when that is an exact rewrite. */
  rewrite?: (text: string) => string | undefined;
  fix?: string;
}

const NAME = String.raw`(?:"(?:[^"]|"")*"|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[\w$]+))?`;

/** The guard this operation lacks, or undefined when it has one or none exists for it. */
function missingGuard(r: ReviewedOp): Missing | undefined {
  const op = r.op;
  switch (op.kind) {
    case 'create_table':
      if (op.ifNotExists || op.temporary) return undefined;
      return { what: `CREATE TABLE ${shown(op.table)}`, guard: 'IF NOT EXISTS', retry: fails(`relation "${op.table.name}" already exists`), rewrite: insertAfter(/^\s*create\s+(?:(?:global|local)\s+)?(?:unlogged\s+)?table/i, 'IF NOT EXISTS') };
    case 'create_index': {
      if (op.ifNotExists) return undefined;
      const what = `CREATE INDEX${op.concurrently ? ' CONCURRENTLY' : ''} ${op.name ?? `on ${shown(op.table)}`}`;
      if (!op.name) {
        return { what, guard: 'name', retry: 'builds one more index under the next free name', leavesLeftover: op.concurrently, fix: 'Name the index and write IF NOT EXISTS: without a name every retry builds one more index.' };
      }
      if (op.concurrently) {
        return { what, guard: 'IF NOT EXISTS', retry: fails(`relation "${op.name}" already exists`), leavesLeftover: true, fix: `Before retrying a failed run, drop the INVALID leftover with \`DROP INDEX CONCURRENTLY IF EXISTS ${op.name};\`. IF NOT EXISTS alone would let the retry pass over an INVALID index that queries never use; check \`pg_index.indisvalid\` if you rely on it.` };
      }
      return { what, guard: 'IF NOT EXISTS', retry: fails(`relation "${op.name}" already exists`), rewrite: insertAfter(/^\s*create\s+(?:unique\s+)?index/i, 'IF NOT EXISTS') };
    }
    case 'create_schema':
      if (op.ifNotExists) return undefined;
      return { what: `CREATE SCHEMA ${op.name}`, guard: 'IF NOT EXISTS', retry: fails(`schema "${op.name}" already exists`), rewrite: insertAfter(/^\s*create\s+schema/i, 'IF NOT EXISTS') };
    case 'create_view':
      if (op.materialized) {
        if (/^\s*create\s+materialized\s+view\s+if\s+not\s+exists\b/i.test(op.stmt.text)) return undefined;
        return { what: `CREATE MATERIALIZED VIEW ${shown(op.name)}`, guard: 'IF NOT EXISTS', retry: fails(`relation "${op.name.name}" already exists`), rewrite: insertAfter(/^\s*create\s+materialized\s+view/i, 'IF NOT EXISTS') };
      }
      if (op.orReplace) return undefined;
      return { what: `CREATE VIEW ${shown(op.name)}`, guard: 'OR REPLACE', retry: fails(`relation "${op.name.name}" already exists`), rewrite: insertAfter(/^\s*create/i, 'OR REPLACE') };
    case 'add_column':
      if (op.ifNotExists) return undefined;
      return { what: `ADD COLUMN ${shown(op.table)}.${op.column.name}`, guard: 'IF NOT EXISTS', retry: fails(`column "${op.column.name}" of relation "${op.table.name}" already exists`), rewrite: insertAfter(new RegExp(String.raw`^\s*alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?${NAME}\s+add\b(?:\s+column\b)?`, 'i'), 'IF NOT EXISTS') };
    case 'add_enum_value':
      if (op.ifNotExists) return undefined;
      return { what: `ADD VALUE '${op.value}' to ${shown(op.name)}`, guard: 'IF NOT EXISTS', retry: fails(`enum label "${op.value}" already exists`), rewrite: insertAfter(new RegExp(String.raw`^\s*alter\s+type\s+${NAME}\s+add\s+value`, 'i'), 'IF NOT EXISTS') };
    case 'add_constraint': {
      const c = op.constraint;
      if (c.name && droppedEarlier(r, op.table.name, c.name)) return undefined;
      const what = `ADD CONSTRAINT ${c.name ?? `(${c.kind}) on ${shown(op.table)}`}`;
      if (!c.name) {
        return { what, guard: 'name', retry: c.kind === 'primary' ? fails(`multiple primary keys for table "${op.table.name}" are not allowed`) : 'adds a second, duplicate constraint', fix: `Name the constraint and drop it first with \`ALTER TABLE ${shown(op.table)} DROP CONSTRAINT IF EXISTS <name>;\` (PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS).` };
      }
      return { what, guard: 'DROP CONSTRAINT IF EXISTS before it', retry: fails(`constraint "${c.name}" for relation "${op.table.name}" already exists`), fix: `Put \`ALTER TABLE ${shown(op.table)} DROP CONSTRAINT IF EXISTS ${c.name};\` right before it (PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS).` };
    }
    case 'drop_table':
      return op.ifExists ? undefined : dropped(`DROP TABLE ${shown(op.table)}`, `table "${op.table.name}" does not exist`, /^\s*drop\s+table/i);
    case 'drop_view':
      return op.ifExists ? undefined : dropped(`DROP ${op.materialized ? 'MATERIALIZED ' : ''}VIEW ${shown(op.name)}`, `${op.materialized ? 'materialized ' : ''}view "${op.name.name}" does not exist`, /^\s*drop\s+(?:materialized\s+)?view/i);
    case 'drop_index':
      return op.ifExists ? undefined : dropped(`DROP INDEX ${shown(op.name)}`, `index "${op.name.name}" does not exist`, /^\s*drop\s+index(?:\s+concurrently)?/i);
    case 'drop_type':
      return op.ifExists ? undefined : dropped(`DROP TYPE ${shown(op.name)}`, `type "${op.name.name}" does not exist`, /^\s*drop\s+type/i);
    case 'drop_schema':
      return op.ifExists || op.database ? undefined : dropped(`DROP SCHEMA ${op.name}`, `schema "${op.name}" does not exist`, /^\s*drop\s+schema/i);
    case 'drop_column':
      return op.ifExists ? undefined : dropped(`DROP COLUMN ${shown(op.table)}.${op.column}`, `column "${op.column}" of relation "${op.table.name}" does not exist`, new RegExp(String.raw`^\s*alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?${NAME}\s+drop\b(?:\s+column\b)?`, 'i'));
    case 'drop_constraint':
      return op.ifExists ? undefined : dropped(`DROP CONSTRAINT ${op.name}`, `constraint "${op.name}" of relation "${op.table.name}" does not exist`, new RegExp(String.raw`^\s*alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?${NAME}\s+drop\s+constraint`, 'i'));
    default:
      return undefined;
  }
}

function dropped(what: string, error: string, head: RegExp): Missing {
  return { what, guard: 'IF EXISTS', retry: fails(error), rewrite: insertAfter(head, 'IF EXISTS') };
}

function fails(error: string): string {
  return `fails with “${error}”`;
}

/** A rewrite that writes `words` right after the part of the statement `head` matches, in the statement's case. */
function insertAfter(head: RegExp, words: string): (text: string) => string | undefined {
  return (text) => {
    const m = head.exec(text);
    if (!m) return undefined;
    const lower = !/[A-Z]/.test(m[0]);
    return `${m[0]} ${lower ? words.toLowerCase() : words}${text.slice(m[0].length)}`;
  };
}

/** The file goes on after this statement, so something can fail once it has committed. */
function laterStatement(r: ReviewedOp): boolean {
  return r.fileOps.slice(r.position + 1).some((o) => o.stmt.index !== r.op.stmt.index && o.kind !== 'transaction' && o.kind !== 'set_setting');
}

function sameStatement(r: ReviewedOp): LocatedOp[] {
  return r.fileOps.filter((o) => o.stmt.index === r.op.stmt.index);
}

/** `DROP CONSTRAINT IF EXISTS name` earlier in the file makes the ADD CONSTRAINT re-runnable. */
function droppedEarlier(r: ReviewedOp, table: string, name: string): boolean {
  return r.fileOps.slice(0, r.position).some((o) => o.kind === 'drop_constraint' && o.ifExists && o.name === name && o.table.name === table);
}

function pythonFix(format: FormatId): string {
  if (format === 'alembic') {
    return 'Pass `if_not_exists=True` / `if_exists=True` to op.create_table, op.create_index, op.drop_table and op.drop_index (recent Alembic versions), or write the statement with its guard through `op.execute(…)`; keep only the statements that cannot run in a transaction inside `autocommit_block()`.';
  }
  return 'Django records a non-atomic migration as applied only after its last operation: give the operation that needs `atomic = False` a migration of its own and keep the others in atomic migrations, or write it as `migrations.RunSQL` with IF [NOT] EXISTS inside `SeparateDatabaseAndState`.';
}
