import { atLeast, type DbTarget } from '../model/dialect.js';
import type { FormatId, MigrationFile, TransactionMode } from '../model/migration.js';
import type { LocatedOp, Statement } from '../model/operation.js';

/** Why a statement runs inside a transaction block. */
export type TxCause =
  /** A BEGIN earlier in the file that no COMMIT / ROLLBACK closed before the statement. */
  | { kind: 'begin'; begin: Statement }
  /** The migration tool wraps the file (per-file), or sends it as one multi-statement string (implicit). */
  | { kind: 'tool'; format: FormatId; mode: TransactionMode };

/** A statement in its migration file: what deciding its transaction needs (a reviewed operation is one). */
export interface StatementInFile {
  file: MigrationFile;
  /** Every operation of the file, in order; `position` is this one's index in it. */
  fileOps: readonly LocatedOp[];
  position: number;
}

/** Every reason the statement of `r` runs inside a transaction block, explicit BEGIN first. */
export function transactionCauses(r: StatementInFile, format: FormatId): TxCause[] {
  const causes: TxCause[] = [];
  const begin = openBegin(r.fileOps, r.position);
  if (begin) causes.push({ kind: 'begin', begin });
  if (toolWraps(r.file, r.fileOps) && !toolTransactionEnded(r.file, r.fileOps, r.position)) causes.push({ kind: 'tool', format, mode: r.file.transaction });
  return causes;
}

/**
 * An explicit COMMIT or ROLLBACK earlier in the file ends the transaction the tool opened around
 * it (`COMMIT; CREATE INDEX CONCURRENTLY …; BEGIN;` in a goose file): what follows autocommits.
 * Not so in a multi-statement string, whose rest PostgreSQL runs as a new implicit block.
 */
function toolTransactionEnded(file: MigrationFile, ops: readonly LocatedOp[], position: number): boolean {
  if (file.transaction === 'implicit') return false;
  return ops.slice(0, position).some((op) => op.kind === 'transaction' && op.action !== 'begin');
}

/** The BEGIN still open at `position`, if any. */
export function openBegin(ops: readonly LocatedOp[], position: number): Statement | undefined {
  let open: Statement | undefined;
  for (const op of ops.slice(0, position)) {
    if (op.kind !== 'transaction') continue;
    open = op.action === 'begin' ? op.stmt : undefined;
  }
  return open;
}

/**
 * Whether the tool runs the file in a transaction (mirrors frontends/transactions): a
 * single-statement string is not an implicit one; a batch file is one, apart from the
 * statements the tool takes out of it.
 */
export function toolWraps(file: MigrationFile, ops: readonly LocatedOp[]): boolean {
  if (file.transaction === 'per-file' || file.transaction === 'batch') return true;
  if (file.transaction === 'none') return false;
  return new Set(ops.filter((o) => o.kind !== 'transaction').map((o) => o.stmt.index)).size > 1;
}

/** A txmode none directive near the top of the file, whether or not Atlas takes it as one. */
const ATLAS_TXMODE_NONE = /^(?:(?:--|#)[^\n]*\n)*(?:--|#)[ -~]*atlas:txmode +none[ \t\r]*(?:\n|$)/;

/** Whether the tool can run some statement of a migration outside a transaction at all (drizzle's migrator cannot). */
export function canRunOutsideTransaction(format: FormatId): boolean {
  return format !== 'drizzle';
}

/** How this migration tool is told to run a file outside a transaction. */
export function runOutsideAdvice(format: FormatId, file: MigrationFile): string {
  switch (format) {
    case 'goose':
      return 'add `-- +goose NO TRANSACTION` at the top of the file';
    case 'golang-migrate':
    case 'prisma':
      return 'put it in a migration file of its own, with no other statement (PostgreSQL runs a one-statement string outside a transaction)';
    case 'flyway':
      return 'put it in a migration of its own: Flyway runs a migration outside a transaction when every statement in it is CREATE/DROP INDEX CONCURRENTLY';
    case 'dbmate':
      return 'write `-- migrate:up transaction:false` in a migration of its own';
    case 'diesel':
      // Without its transaction Diesel still sends up.sql as one string: alone is what keeps PostgreSQL from wrapping it.
      return file.transaction === 'implicit'
        ? 'move it to a migration of its own, alone in its up.sql, with `run_in_transaction = false` in its metadata.toml (this migration already has it, but Diesel sends up.sql as one multi-statement string, which PostgreSQL runs as one transaction)'
        : 'put it alone in the up.sql of a migration of its own, with a metadata.toml next to it that says `run_in_transaction = false`';
    case 'sqlx':
      // Without its transaction sqlx still sends the file as one string: alone is what keeps PostgreSQL from wrapping it.
      return file.transaction === 'implicit'
        ? 'move it to a migration of its own, alone, that starts with `-- no-transaction` (this file already starts with it, but sqlx then sends the file as one multi-statement string, which PostgreSQL runs as one transaction)'
        : 'add `-- no-transaction` as the first line of a migration of its own that holds only this statement (without its transaction sqlx sends the file as one multi-statement string, which PostgreSQL still runs as one transaction when there is more than one statement)';
    case 'atlas':
      // Atlas reads file directives only from a comment block that an empty line ends.
      if (ATLAS_TXMODE_NONE.test(file.up) && file.up.includes('\r\n')) {
        return 'save the file with LF line endings: Atlas reads the `-- atlas:txmode none` directive only from comments at the top of the file that an empty line ends, and with CRLF line endings it finds no empty line, so the file still runs in a transaction';
      }
      return ATLAS_TXMODE_NONE.test(file.up)
        ? 'separate the `-- atlas:txmode none` line at the top of the file from the first statement with an empty line: Atlas reads file directives only from the comments at the top of the file that an empty line ends, so here it is that statement\'s comment and the file still runs in a transaction'
        : 'add `-- atlas:txmode none` at the top of the file, followed by an empty line, preferably in a migration of its own (Atlas then runs the file\'s statements one by one, without a transaction)';
    case 'django':
      return 'set `atomic = False` on the Migration class (in a migration of its own)';
    case 'alembic':
      return 'run it inside `with op.get_context().autocommit_block():`';
    case 'liquibase':
      return 'give it a changeset of its own with `runInTransaction:false`';
    case 'supabase':
      return 'run it outside the migration files (the Supabase CLI has no way to run one without a transaction), for example with psql';
    case 'sqitch':
      return 'leave the BEGIN / COMMIT out of this deploy script';
    case 'drizzle':
      return 'run it outside drizzle\'s migrator (for example with psql after `drizzle-kit migrate`): drizzle runs every migration in one transaction and cannot leave one out';
    default:
      return file.transaction === 'none'
        ? 'run it outside BEGIN … COMMIT'
        : 'run it outside a transaction, in a migration of its own';
  }
}

/** One sentence on how the tool puts this file in a transaction, for messages. */
export function toolWrapSentence(format: FormatId, mode: TransactionMode): string {
  switch (format) {
    case 'goose':
      return 'goose wraps every migration in a transaction; add `-- +goose NO TRANSACTION`';
    case 'golang-migrate':
      return 'golang-migrate sends the file as one multi-statement string, which PostgreSQL runs as one transaction: put it in a file of its own';
    case 'prisma':
      return 'Prisma Migrate sends the file as one multi-statement string, which PostgreSQL runs as one transaction: put it in a migration of its own';
    case 'dbmate':
      return 'dbmate wraps every migration in a transaction; write `-- migrate:up transaction:false`';
    case 'diesel':
      return mode === 'implicit'
        ? 'its metadata.toml turns Diesel\'s transaction off, but Diesel sends up.sql as one multi-statement string, which PostgreSQL runs as one transaction: put it in a migration of its own'
        : 'Diesel runs every migration in a transaction unless its metadata.toml says `run_in_transaction = false`';
    case 'sqlx':
      return mode === 'implicit'
        ? 'the file starts with `-- no-transaction`, but sqlx then sends it as one multi-statement string, which PostgreSQL runs as one transaction: put it in a migration of its own'
        : 'sqlx runs every migration in a transaction unless the file starts with `-- no-transaction`';
    case 'atlas':
      return '`atlas migrate apply` runs every migration file in a transaction of its own (`--tx-mode file`, the default) unless the file starts with an `-- atlas:txmode none` directive';
    case 'django':
      return 'Django runs every migration in a transaction on PostgreSQL; set `atomic = False` on the migration';
    case 'alembic':
      return 'Alembic runs migrations in a transaction on PostgreSQL; use `op.get_context().autocommit_block()`';
    case 'liquibase':
      return 'Liquibase runs every changeset in a transaction; set `runInTransaction:false` on the changeset';
    case 'supabase':
      return 'the Supabase CLI runs every migration file in one transaction; run it outside the migration files';
    case 'drizzle':
      return 'drizzle\'s migrator runs all pending migrations in one transaction and has no way to run one outside it; run it outside drizzle';
    default:
      return mode === 'implicit'
        ? `${format} sends the file as one multi-statement string, which PostgreSQL runs as one transaction: put it in a file of its own`
        : `${format} runs every migration file in a transaction: run it in a migration without one`;
  }
}

// Flyway decides per statement, by these patterns on the upper-cased text, whether the
// migration must run outside a transaction (PostgreSQLParser.detectCanExecuteInTransaction).
const FLYWAY_NON_TRANSACTIONAL = [
  /^(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)\b/,
  /^ALTER SYSTEM\b/,
  /^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY\b/,
  /^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)\b/,
  /^VACUUM\b/,
  /^DISCARD ALL\b/,
];
const FLYWAY_ADD_VALUE = /^ALTER TYPE( .*)? ADD VALUE\b/;

/** Whether Flyway recognises the statement as one that cannot run in a transaction. */
export function flywayNonTransactional(stmt: Statement, target: DbTarget): boolean {
  const s = simplified(stmt.text);
  if (FLYWAY_NON_TRANSACTIONAL.some((re) => re.test(s))) return true;
  return !atLeast(target, '12') && FLYWAY_ADD_VALUE.test(s);
}

function simplified(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}
