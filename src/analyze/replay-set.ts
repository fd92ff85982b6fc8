import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { emptySchema, type Schema } from '../model/schema.js';
import type { ReviewedOp } from '../rules/rule.js';
import { forkSchema } from '../schema/clone.js';
import { applyOp, cloneSchema, type ReplayIssue } from '../schema/replay.js';

/** Kinds that never change the schema model, so the snapshot before them can be shared. */
export const INERT_KINDS: ReadonlySet<LocatedOp['kind']> = new Set<LocatedOp['kind']>(['data_change', 'transaction', 'set_setting', 'maintenance', 'other', 'opaque_code', 'unparsed', 'truncate']);

/** Which operations of a file are under review: all, none, or those the predicate picks (new units of a changed file). */
export type ReviewScope = boolean | ((op: LocatedOp) => boolean);

export interface SetReplay {
  schema: Schema;
  reviewed: ReviewedOp[];
  issues: ReplayIssue[];
}

/**
 * Gives the operation replay applies in place of one it was given (analyze/engine-columns.ts:
 * a table made from a query gets the columns a real engine gave it), seeing the schema just before it.
 */
export type AmendOp = (op: LocatedOp, schema: Schema) => LocatedOp;

/**
 * Replay files in order. For operations under review, keep the schema as it stood before each
 * of them (a copy-on-write fork, made only when an operation changed it since the last one). The operations of a
 * file under review in part see only each other as their file's operations: the rest ran long ago.
 * `start`: the schema other sets left before this one runs (not changed), else empty. `amend`:
 * see AmendOp (the operations under review are reported as given).
 */
export function replayFiles(
  files: readonly MigrationFile[],
  ops: ReadonlyMap<MigrationFile, LocatedOp[]>,
  dialect: Dialect,
  underReview: (f: MigrationFile) => ReviewScope,
  start?: Schema,
  amend?: AmendOp,
): SetReplay {
  return replayOnto(start ? cloneSchema(start) : emptySchema(dialect), files, ops, underReview, amend);
}

/** replayFiles on `schema` itself, which it changes (a fork of a shared start: history-snapshot.ts). */
export function replayOnto(schema: Schema, files: readonly MigrationFile[], ops: ReadonlyMap<MigrationFile, LocatedOp[]>, underReview: (f: MigrationFile) => ReviewScope, amend?: AmendOp): SetReplay {
  const reviewed: ReviewedOp[] = [];
  const issues: ReplayIssue[] = [];
  let snapshot: Schema | undefined;
  for (const file of files) {
    const fileOps = ops.get(file) ?? [];
    const scope = underReview(file);
    const inScope = scope === true ? fileOps : scope === false ? [] : fileOps.filter(scope);
    let position = 0;
    for (const op of fileOps) {
      if (inScope[position] === op) {
        snapshot ??= forkSchema(schema);
        reviewed.push({ op, before: snapshot, file, fileOps: inScope, position: position++ });
      }
      if (INERT_KINDS.has(op.kind)) continue;
      issues.push(...applyOp(schema, amend ? amend(op, schema) : op));
      snapshot = undefined;
    }
  }
  return { schema, reviewed, issues };
}
