import type { LocatedOp } from '../model/operation.js';
import type { TransactionMode } from '../model/migration.js';

/**
 * Decide for every statement whether it runs inside a transaction block: an explicit
 * BEGIN … COMMIT in the file, or the wrapper the migration tool puts around the file.
 * `implicit`: the tool sends the whole file as one string, and PostgreSQL runs a
 * multi-statement string as one transaction unless it has a single statement.
 */
export function markTransactions(ops: LocatedOp[], mode: TransactionMode): void {
  const statements = new Set(ops.filter((o) => o.kind !== 'transaction').map((o) => o.stmt.index)).size;
  const wrapped = mode === 'per-file' || mode === 'batch' || (mode === 'implicit' && statements > 1);
  let open = false;
  // The tool's own transaction, until an explicit COMMIT or ROLLBACK in the file ends it: the
  // statements after it (until a BEGIN, which the tool's final COMMIT then closes) autocommit.
  // A multi-statement string is the exception: PostgreSQL runs its rest as a new implicit block.
  let toolTx = wrapped;
  for (const op of ops) {
    if (op.kind === 'transaction') {
      open = op.action === 'begin';
      if (!open && mode !== 'implicit') toolTx = false;
    }
    const outside = mode === 'batch' && batchRunsAlone(op);
    op.stmt.inTransaction = open || (toolTx && !outside) || (op.kind === 'transaction' && wrapped && !outside);
  }
}

/**
 * Statements the Supabase CLI takes out of its batch and runs on their own
 * (supabase/cli#5671, #6276). DETACH PARTITION … CONCURRENTLY is not among them.
 */
function batchRunsAlone(op: LocatedOp): boolean {
  switch (op.kind) {
    case 'create_index':
    case 'drop_index':
    case 'reindex':
      return op.concurrently;
    case 'maintenance':
      return op.action === 'vacuum' || op.action === 'vacuum_full' || op.action === 'cluster';
    default:
      return false;
  }
}
