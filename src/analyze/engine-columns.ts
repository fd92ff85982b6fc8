import type { Dialect } from '../model/dialect.js';
import type { ColumnDef, LocatedOp } from '../model/operation.js';
import { findColumn, type Schema } from '../model/schema.js';
import type { QueryTableColumns } from '../model/verified.js';
import { selectColumns } from '../schema/select-columns.js';
import { engineType } from '../verify/facts.js';
import type { AmendOp } from './replay-set.js';

/**
 * The correction step of verification (owned here, run between the verify stage and the rules):
 * a table the history makes from a query (`CREATE TABLE … AS SELECT`, `SELECT … INTO`) gets its
 * columns from the engine's catalog where Migra could not type them from the select list (a join's
 * expression, a function of unknown result type). The replay is run again with those statements
 * amended, so base, head and the schema before each reviewed statement all hold the columns, in
 * the engine's order, and the rules see them (a later DROP COLUMN's data loss and rollback type, a
 * SET NOT NULL on it). A column Migra did type keeps the model's type. Data flows one way still:
 * the engine's facts correct the model before any rule reads it; nothing goes back to the verifier.
 */
export interface EngineColumns {
  /** Give to replayFiles (every replay of the set). */
  amend: AmendOp;
  /** Columns taken from the engine, counted over the replays amended with `countIn`. */
  taken: { table: string; column: string }[];
}

/** Undefined when the engine made no table from a query in the history. */
export function engineColumns(observed: readonly QueryTableColumns[] | undefined, dialect: Dialect): ((count: boolean) => EngineColumns) | undefined {
  if (!observed?.length) return undefined;
  const byStatement = new Map(observed.map((o) => [`${o.file}\0${o.index}`, o]));
  return (count) => {
    const taken: EngineColumns['taken'] = [];
    const amend: AmendOp = (op, schema) => {
      if (op.kind !== 'create_table' || !op.asSelect) return op;
      const seen = byStatement.get(`${op.stmt.file}\0${op.stmt.index}`);
      if (!seen || seen.text !== op.stmt.text) return op;
      const columns = merged(op, seen, schema, dialect, count ? taken : undefined);
      return columns ? { ...op, select: undefined, columns } : op;
    };
    return { amend, taken };
  };
}

/** The engine's columns in its order, each with the model's definition where the select list typed it; undefined when the model lacks none. */
function merged(op: Extract<LocatedOp, { kind: 'create_table' }>, seen: QueryTableColumns, schema: Schema, dialect: Dialect, taken: EngineColumns['taken'] | undefined): ColumnDef[] | undefined {
  const typed = op.select ? selectColumns(schema, op.select).columns : [];
  // A column list written after the table's name (`CREATE TABLE t (a, b) AS …`) names the select list's columns.
  const table = { name: op.table, columns: [...op.columns, ...typed], constraints: [], indexes: [] };
  const fromEngine: string[] = [];
  const out: ColumnDef[] = seen.columns.map((e) => {
    const model = findColumn(table, e.name, dialect);
    if (model) return { ...model, name: e.name, constraints: [] };
    fromEngine.push(e.name);
    return { name: e.name, type: engineType(e.type, dialect), nullable: e.nullable, constraints: [] };
  });
  // SQLite gives an expression no declared type: nothing to take from it.
  if (!fromEngine.length || out.some((c) => !c.type.name)) return undefined;
  taken?.push(...fromEngine.map((column) => ({ table: op.table.name, column })));
  return out;
}
