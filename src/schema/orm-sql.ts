import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { qnameSql, quoteIdent, type Constraint, type LocatedOp, type OpOf, type Statement } from '../model/operation.js';
import { emptySchema, findColumn, tableKey, type Schema, type Table } from '../model/schema.js';
import { cloneSchema } from './clone.js';
import { planStatementSql } from './plan-sql.js';
import { applyOp } from './replay.js';
import { createTableSql, createIndexSql, isKeyIndex } from './to-sql.js';
import { leftOut, leftOutNote, pythonIndex, toolValue } from './orm-sql-gaps.js';

/**
 * The SQL a Django or Alembic migration runs, rendered from the operations Migra read from it
 * (what `sqlmigrate` and `alembic upgrade --sql` print by hand): each Python call's operations
 * through planStatementSql, the renderer `migra diff` uses, against the schema replayed up to it.
 * It checks the migration's logic and Migra's model of it, not the exact SQL Django or Alembic
 * would emit (names of deferred constraints, quoting and the order of a few steps differ).
 */
export interface OrmSql {
  /** Statements in the order they run, without `;`; `--` lines are comments. Empty: nothing runs. */
  statements: string[];
  /** Python code (RunPython, a loop, an unread call): what it does to the database is not known. */
  opaque?: string;
}

/** Kinds that change no table: nothing of theirs reaches the database, or it cannot be told. */
const SILENT = new Set<LocatedOp['kind']>(['other', 'transaction', 'set_setting']);

/** What SQLite's ALTER TABLE cannot do: Alembic's batch mode copies the table instead. */
const SQLITE_REBUILDS = new Set<LocatedOp['kind']>(['alter_column_type', 'set_not_null', 'drop_not_null', 'set_default', 'drop_default', 'add_constraint', 'drop_constraint']);

/**
 * The rendered SQL of every statement of `files` whose text is Python (`stmt.orm`), replaying the
 * whole set in order from `start` (the schema other sets left) so each sees the schema before it.
 */
export function renderOrmSql(files: readonly MigrationFile[], ops: ReadonlyMap<MigrationFile, readonly LocatedOp[]>, dialect: Dialect, start?: Schema): Map<Statement, OrmSql> {
  const schema = start ? cloneSchema(start) : emptySchema(dialect);
  const out = new Map<Statement, OrmSql>();
  for (const file of files) {
    for (const group of byStatement(ops.get(file) ?? [])) {
      const stmt = group[0].stmt;
      if (!stmt.orm) {
        for (const op of group) applyOp(schema, op);
        continue;
      }
      out.set(stmt, renderStatement(schema, group, dialect));
    }
  }
  return out;
}

/** Consecutive operations sharing one statement. */
function byStatement(ops: readonly LocatedOp[]): LocatedOp[][] {
  const groups: LocatedOp[][] = [];
  for (const op of ops) {
    const last = groups[groups.length - 1];
    if (last && last[0].stmt === op.stmt) last.push(op);
    else groups.push([op]);
  }
  return groups;
}

function renderStatement(schema: Schema, group: readonly LocatedOp[], d: Dialect): OrmSql {
  const out: OrmSql = { statements: [] };
  // Django's SQLite remake: the operations before it say what changed, the remake is what runs.
  const remakeAt = d === 'sqlite' ? group.findIndex((op, i) => isRemakeStart(group, i)) : -1;
  const batch = d === 'sqlite' && inBatch(group[0].stmt);
  const rebuilds = new Map<string, { table: Table; columns: string[] }>();
  // The columns each table has on the engine before the call: a remake copies only those.
  const columnsBefore = new Map<string, string[]>();
  for (const op of group) {
    const t = 'table' in op && op.table && typeof op.table === 'object' && 'name' in op.table ? schema.tables.get(tableKey(op.table, d)) : undefined;
    if (t && !columnsBefore.has(tableKey(t.name, d))) columnsBefore.set(tableKey(t.name, d), t.columns.map((c) => c.name));
  }
  for (const [i, op] of group.entries()) {
    // RunPython(migrations.RunPython.noop): nothing runs.
    if (op.kind === 'opaque_code' && /^RunPython\([\w.]*\bnoop\)/.test(op.description)) continue;
    if (op.kind === 'opaque_code' || op.kind === 'unparsed') {
      out.opaque = op.kind === 'opaque_code' ? op.description : op.message;
      continue;
    }
    if (SILENT.has(op.kind)) continue;
    if (i < remakeAt) {
      applyOp(schema, op);
      continue;
    }
    if (batch && SQLITE_REBUILDS.has(op.kind) && 'table' in op && op.table) {
      const t = schema.tables.get(tableKey(op.table, d));
      if (t && !rebuilds.has(tableKey(t.name, d))) rebuilds.set(tableKey(t.name, d), { table: t, columns: t.columns.map((c) => c.name) });
      applyOp(schema, op);
      continue;
    }
    // DROP CONSTRAINT reads the constraint's kind from the schema before it (MySQL spells each kind its own way).
    const before = op.kind === 'drop_constraint' ? planStatementSql(op, schema, schema) : undefined;
    if (op.kind !== 'data_change') applyOp(schema, op);
    out.statements.push(...(before !== undefined ? [before] : opSql(op, group.slice(0, i), schema, d, columnsBefore)));
  }
  for (const [key, { columns }] of rebuilds) {
    const t = schema.tables.get(key);
    if (t) out.statements.push(...rebuildSql(t, columns, d));
  }
  return out;
}

function opSql(op: LocatedOp, earlier: readonly LocatedOp[], schema: Schema, d: Dialect, columnsBefore: ReadonlyMap<string, string[]>): string[] {
  if (op.kind === 'data_change') return [dataSql(op, earlier, schema, d, columnsBefore)];
  // What is not SQL Migra can write (orm-sql-gaps.ts) becomes a comment, so the engine runs the rest.
  const away = (cs: readonly Constraint[]) => cs.flatMap((c) => {
    const why = leftOut(c, schema, d);
    return why ? [{ c, why }] : [];
  });
  const notes = (list: { c: Constraint; why: string }[]) => list.map(({ c, why }) => leftOutNote(c, why));
  if (op.kind === 'create_table') {
    const t = schema.tables.get(tableKey(op.table, d));
    const gone = away(t?.constraints ?? []);
    const columns = t?.columns.map((c) => (c.default ? { ...c, default: toolValue(c.default, c.type, d) } : c));
    if (t && columns) return [createTableSql({ ...t, columns, constraints: t.constraints.filter((c) => !gone.some((g) => g.c === c)) }, d, { foreignKeys: true }), ...notes(gone)];
  }
  if (op.kind === 'add_column') {
    const gone = away(op.column.constraints);
    const column = { ...op.column, default: toolValue(op.column.default, op.column.type, d), constraints: op.column.constraints.filter((c) => !gone.some((g) => g.c === c)) };
    return [planStatementSql({ ...op, column }, schema, schema), ...notes(gone)];
  }
  if (op.kind === 'set_default') {
    const t = schema.tables.get(tableKey(op.table, d));
    const col = t && findColumn(t, op.column, d);
    if (col) return [planStatementSql({ ...op, default: toolValue(op.default, col.type, d)! }, schema, schema)];
  }
  if (op.kind === 'add_constraint' && away([op.constraint]).length) return notes(away([op.constraint]));
  if (op.kind === 'create_index') {
    const py = pythonIndex(op);
    if (py) return [py];
  }
  return [planStatementSql(op, schema, schema)];
}

/** The copy of a remake, or Django's backfill of NULLs before NOT NULL (UPDATE … SET col = default WHERE col IS NULL). */
function dataSql(op: OpOf<'data_change'>, earlier: readonly LocatedOp[], schema: Schema, d: Dialect, columnsBefore: ReadonlyMap<string, string[]>): string {
  const t = qnameSql(op.table, d);
  if (op.verb === 'insert' && op.table.name.startsWith('new__')) {
    const into = schema.tables.get(tableKey(op.table, d));
    const key = tableKey({ ...op.table, name: op.table.name.slice('new__'.length) }, d);
    const from = schema.tables.get(key);
    if (into && from) return copySql(into, from, columnsBefore.get(key) ?? from.columns.map((c) => c.name), d);
  }
  const def = [...earlier].reverse().find((o): o is OpOf<'set_default'> => o.kind === 'set_default' && tableKey(o.table, d) === tableKey(op.table, d));
  if (op.verb === 'update' && def) {
    const c = quoteIdent(def.column, d);
    const table = schema.tables.get(tableKey(op.table, d));
    const col = table && findColumn(table, def.column, d);
    const value = col ? toolValue(def.default, col.type, d)! : def.default;
    return `UPDATE ${t} SET ${c} = ${value.text} WHERE ${c} IS NULL`;
  }
  return `-- rows of ${t} ${op.verb === 'insert' ? 'inserted' : op.verb === 'update' ? 'updated' : 'deleted'} by the migration (not rendered)`;
}

/** INSERT INTO `into` SELECT FROM `from` the columns of `fromColumns` (those `from` has on the engine) that `into` has. */
function copySql(into: Table, from: Table, fromColumns: readonly string[], d: Dialect): string {
  const shared = fromColumns.filter((c) => findColumn(into, c, d)).map((c) => quoteIdent(c, d));
  return `INSERT INTO ${qnameSql(into.name, d)} (${shared.join(', ')}) SELECT ${shared.join(', ')} FROM ${qnameSql(from.name, d)}`;
}

/** Alembic's batch "move and copy" on SQLite: the table as it now is, under a temporary name, the rows copied over, then swapped in. */
function rebuildSql(t: Table, oldColumns: readonly string[], d: Dialect): string[] {
  const temp: Table = { ...t, name: { ...t.name, name: `_alembic_tmp_${t.name.name}` } };
  return [
    createTableSql(temp, d, { foreignKeys: true }),
    copySql(temp, t, oldColumns, d),
    `DROP TABLE ${qnameSql(t.name, d)}`,
    `ALTER TABLE ${qnameSql(temp.name, d)} RENAME TO ${quoteIdent(t.name.name, d)}`,
    ...t.indexes.filter((i) => !isKeyIndex(t, i, d)).map((i) => createIndexSql(t, i, d)),
  ];
}

/** `CREATE TABLE "new__x"` followed in the statement by its rename to `x`: Django's `_remake_table`. */
function isRemakeStart(group: readonly LocatedOp[], i: number): boolean {
  const op = group[i];
  if (op.kind !== 'create_table' || !op.table.name.startsWith('new__')) return false;
  return group.slice(i + 1).some((o) => o.kind === 'rename_table' && o.table.name === op.table.name);
}

/** A call on a `batch_alter_table` context (`batch_op.alter_column(…)`), not on `op` or Django's `migrations`. */
function inBatch(stmt: Statement): boolean {
  const owner = /^\s*([A-Za-z_]\w*)\.\w+\s*\(/.exec(stmt.text)?.[1];
  return owner !== undefined && owner !== 'op' && owner !== 'migrations';
}
