import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Operation } from '../model/operation.js';
import type { Schema } from '../model/schema.js';
import type { Anchor, ReviewedOp, Rule } from '../rules/rule.js';
import { cloneSchema } from '../schema/clone.js';
import { planOps } from '../schema/plan.js';
import { planStatementSql } from '../schema/plan-sql.js';
import { applyOp } from '../schema/replay.js';

/**
 * The rules that judge a change between two schemas (`migra diff`, a schema dump): those whose
 * scope is the change itself. How a statement is written (CONCURRENTLY, NOT VALID, lock_timeout)
 * and the history of files mean nothing when nobody runs the statements as a migration.
 */
export function judgesChange(rule: Rule): boolean {
  return (rule.scope ?? 'change') === 'change';
}

export interface PlannedChange {
  /** Every planned operation, in order, each with the schema just before it. */
  reviewed: ReviewedOp[];
  /** The forward SQL of each, with its semicolon. */
  statements: string[];
}

/**
 * Plan the operations that turn `before` into `after` and locate each one: `anchor` says where
 * it is shown (its statement text is the planned SQL), `fileOf` which file that is.
 */
export function planChange(before: Schema, after: Schema, anchor: (op: Operation) => Anchor, fileOf: (path: string) => MigrationFile): PlannedChange {
  const reviewed: ReviewedOp[] = [];
  const statements: string[] = [];
  const state = cloneSchema(before);
  const fileOps: LocatedOp[] = [];
  planOps(before, after).forEach((op, index) => {
    const text = planStatementSql(op, state, after);
    statements.push(`${text};`);
    const at = anchor(op);
    const ignored = 'ignored' in at ? at.ignored : undefined;
    const stmt = { file: at.file, line: at.line, endLine: at.endLine, text, index, column: 1, inTransaction: false, ...(ignored ? { ignored } : {}) };
    const located = { ...op, stmt } as LocatedOp;
    fileOps.push(located);
    reviewed.push({ op: located, before: cloneSchema(state), file: fileOf(at.file), fileOps, position: index });
    applyOp(state, located);
  });
  return { reviewed, statements };
}
