import { DEFAULT_VERSION, isMysqlFamily, type DbTarget, type Dialect } from '../model/dialect.js';
import { qnameKey, qnameSql, quoteIdent, type LocatedOp, type OperationKind, type OpOf, type QName, sqlString } from '../model/operation.js';
import { findColumn, tableKey, type Schema, type Table } from '../model/schema.js';
import { classifyTypeChange, showType } from '../knowledge/type-change.js';
import type { ReviewedOp } from '../rules/rule.js';
import { forkSchema } from '../schema/clone.js';
import { applyOp } from '../schema/replay.js';
import { columnDefSql, dropIndexSql, typeSql } from '../schema/to-sql.js';
import { rebuildGroups } from './rebuild-groups.js';
import { rebuildInverse } from './rollback-rebuild.js';
import { nullabilitySql, recreateTables, restoreKeysAndIndexes, Script } from './rollback-restore.js';

/**
 * Rollback SQL: for each operation, the statements that undo it, written from the schema state
 * just before it. Where something cannot come back (data, view definitions, enum values) the
 * script says so in a comment and the inverse is `lossy`.
 */
export interface Inverse {
  /** Statements, each closed with `;`, and `--` comment lines; empty when there is nothing to undo. */
  sql: string;
  /** Running `sql` does not restore everything the operation changed or removed. */
  lossy: boolean;
  /** What is lost or what can make the rollback fail, in a sentence. */
  note?: string;
}

export function inverseOf(op: LocatedOp, before: Schema, dialect: Dialect = before.dialect): Inverse {
  const out = new Script();
  const cx: Cx = { before, d: dialect, out };
  (INVERSES[op.kind] as (cx: Cx, op: LocatedOp) => void)(cx, op);
  return toInverse(out);
}

function toInverse(out: Script): Inverse {
  const inv: Inverse = { sql: out.lines.join('\n'), lossy: out.lossy };
  if (out.notes.length) inv.note = out.notes.join(' ');
  return inv;
}

type RollbackItem = { op: LocatedOp; before: Schema } | ReviewedOp;

/**
 * The inverses of `items` newest first, each under a `-- <file>:<line>` header. Reviewed
 * operations (with their files) are searched for table rebuilds, undone as one.
 */
export function rollbackScript(items: readonly RollbackItem[], target: Dialect | DbTarget): string {
  return rollbackPlan(items, target).script;
}

export interface RollbackPlan {
  script: string;
  /** The rollback of one operation: the whole rebuild's for a step of one. */
  inverseFor(item: RollbackItem): Inverse;
}

export function rollbackPlan(items: readonly RollbackItem[], target: Dialect | DbTarget): RollbackPlan {
  const t: DbTarget = typeof target === 'string' ? { dialect: target, version: DEFAULT_VERSION[target] } : target;
  const reviewed = items.every((i): i is ReviewedOp => 'fileOps' in i) ? items : [];
  const groupOf = new Map<RollbackItem, { first: RollbackItem; last: RollbackItem; inverse: Inverse }>();
  for (const g of rebuildGroups(reviewed, t)) {
    const script = rebuildInverse(g, t);
    if (!script) continue;
    const entry = { first: g.members[0], last: g.members[g.members.length - 1], inverse: toInverse(script) };
    for (const m of g.members) groupOf.set(m, entry);
  }
  // Each inverse is worked out once: findings ask for theirs, then the script for every operation's.
  const inverses = new Map<RollbackItem, Inverse>();
  const inverseFor = (item: RollbackItem) => {
    let inv = groupOf.get(item)?.inverse ?? inverses.get(item);
    if (!inv) inverses.set(item, (inv = inverseOf(item.op, item.before, t.dialect)));
    return inv;
  };
  const script = () => {
    const parts: string[] = [];
    for (let i = items.length - 1; i >= 0; i--) {
      const group = groupOf.get(items[i]);
      if (group && group.last !== items[i]) continue;
      const { op } = group?.first ?? items[i];
      const inv = inverseFor(items[i]);
      if (inv.sql) parts.push(`-- ${op.stmt.file}:${op.stmt.line}\n${inv.sql}`);
    }
    return parts.join('\n\n');
  };
  let text: string | undefined;
  return {
    get script() {
      return (text ??= script());
    },
    inverseFor,
  };
}

interface Cx {
  before: Schema;
  d: Dialect;
  out: Script;
}

type Inverses = { [K in OperationKind]: (cx: Cx, op: OpOf<K>) => void };

function after(cx: Cx, op: LocatedOp): Schema {
  // A fork: the tables the operation does not touch stay the same objects, which restoreKeysAndIndexes skips.
  const s = forkSchema(cx.before);
  applyOp(s, op);
  return s;
}

function table(cx: Cx, q: QName): Table | undefined {
  return cx.before.tables.get(tableKey(q, cx.d));
}

/** The table's name as the database knows it (as created), else as the statement wrote it. */
function tsql(cx: Cx, q: QName): string {
  return qnameSql(table(cx, q)?.name ?? q, cx.d);
}


function unknown(cx: Cx, what: string): void {
  cx.out.loss(`cannot restore ${what}: its definition is unknown to the replayed migrations; restore it from backup`);
}

function nothing(): void {}

/** Undo by comparing before and after; `what` names the object when that finds nothing to undo. */
function byDiff(cx: Cx, op: LocatedOp, what: string, opts: { concurrently?: boolean; missing?: 'restore' | 'drop' } = {}): void {
  restoreKeysAndIndexes(cx.before, after(cx, op), cx.out, opts);
  if (!cx.out.empty) return;
  if (opts.missing === 'restore') unknown(cx, what);
  else cx.out.comment(`${what} already existed: nothing to undo`);
}

const INVERSES: Inverses = {
  create_table(cx, op) {
    if (op.ifNotExists && table(cx, op.table)) cx.out.comment(`${qnameKey(op.table)} already existed: nothing to undo`);
    else cx.out.sql(`DROP TABLE ${qnameSql(op.table, cx.d)}`);
  },
  drop_table(cx, op) {
    const t = table(cx, op.table);
    if (!t) {
      unknown(cx, `table ${qnameKey(op.table)}`);
      return;
    }
    const next = after(cx, op);
    // The table first, then what went with it (PostgreSQL partitions).
    const gone = [t, ...[...cx.before.tables].filter(([k, u]) => u !== t && !next.tables.has(k)).map(([, u]) => u)];
    recreateTables(gone, cx.d, cx.out);
    restoreKeysAndIndexes(cx.before, next, cx.out);
  },
  rename_table(cx, op) {
    const t = table(cx, op.table);
    const old = t?.name ?? op.table;
    const schema = op.newName.schema ?? old.schema;
    const now: QName = schema !== undefined ? { schema, name: op.newName.name } : { name: op.newName.name };
    if (isMysqlFamily(cx.d)) cx.out.sql(`RENAME TABLE ${qnameSql(now, cx.d)} TO ${qnameSql(old, cx.d)}`);
    else cx.out.sql(`ALTER TABLE ${qnameSql(now, cx.d)} RENAME TO ${quoteIdent(old.name, cx.d)}`);
  },
  add_column(cx, op) {
    const t = table(cx, op.table);
    if (op.ifNotExists && t && findColumn(t, op.column.name, cx.d)) {
      cx.out.comment(`${qnameKey(op.table)}.${op.column.name} already existed: nothing to undo`);
      return;
    }
    cx.out.sql(`ALTER TABLE ${tsql(cx, op.table)} DROP COLUMN ${quoteIdent(op.column.name, cx.d)}`);
  },
  drop_column: dropColumn,
  rename_column(cx, op) {
    cx.out.sql(`ALTER TABLE ${tsql(cx, op.table)} RENAME COLUMN ${quoteIdent(op.newName, cx.d)} TO ${quoteIdent(op.column, cx.d)}`);
  },
  alter_column_type: alterColumnType,
  set_not_null: nullability,
  drop_not_null: nullability,
  set_default: defaultBack,
  drop_default: defaultBack,
  add_constraint(cx, op) {
    byDiff(cx, op, `constraint ${op.constraint.name ?? `on ${qnameKey(op.table)}`}`);
  },
  validate_constraint: nothing,
  drop_constraint(cx, op) {
    byDiff(cx, op, `constraint ${op.name} of ${qnameKey(op.table)}`, { missing: 'restore' });
  },
  rename_constraint(cx, op) {
    cx.out.sql(`ALTER TABLE ${tsql(cx, op.table)} RENAME CONSTRAINT ${quoteIdent(op.newName, cx.d)} TO ${quoteIdent(op.name, cx.d)}`);
  },
  create_index(cx, op) {
    // On a table the replayed migrations never created the model cannot hold the index, so the
    // diff is empty; the statement still created it (unless IF NOT EXISTS found one): drop it by name.
    if (op.name && !table(cx, op.table) && !op.ifNotExists) {
      cx.out.sql(dropIndexSql(op.table, op.name, cx.d, { concurrently: op.concurrently }));
      return;
    }
    byDiff(cx, op, `index ${op.name ?? `on ${qnameKey(op.table)}`}`, { concurrently: op.concurrently });
  },
  drop_index(cx, op) {
    byDiff(cx, op, `index ${qnameKey(op.name)}`, { concurrently: op.concurrently, missing: 'restore' });
  },
  rename_index(cx, op) {
    const t = indexTable(cx, op.name, op.table);
    if (isMysqlFamily(cx.d)) {
      const on = t?.name ?? op.table;
      if (!on) unknown(cx, `index ${qnameKey(op.name)}`);
      else cx.out.sql(`ALTER TABLE ${qnameSql(on, cx.d)} RENAME INDEX ${quoteIdent(op.newName, cx.d)} TO ${quoteIdent(op.name.name, cx.d)}`);
      return;
    }
    const schema = op.name.schema ?? t?.name.schema;
    const now: QName = schema !== undefined ? { schema, name: op.newName } : { name: op.newName };
    cx.out.sql(`ALTER INDEX ${qnameSql(now, cx.d)} RENAME TO ${quoteIdent(op.name.name, cx.d)}`);
  },
  reindex: nothing,
  create_enum(cx, op) {
    cx.out.sql(`DROP TYPE ${qnameSql(op.name, cx.d)}`);
  },
  add_enum_value(cx, op) {
    const values = cx.before.enums.get(tableKey(op.name, cx.d));
    if (values?.includes(op.value)) return;
    cx.out.loss(`PostgreSQL cannot drop an enum value: ${sqlString(op.value)} stays in ${qnameKey(op.name)} (recreate the type without it to remove it)`);
  },
  rename_enum_value(cx, op) {
    cx.out.sql(`ALTER TYPE ${qnameSql(op.name, cx.d)} RENAME VALUE ${sqlString(op.newValue)} TO ${sqlString(op.value)}`);
  },
  drop_type: dropType,
  rename_type(cx, op) {
    const now: QName = op.name.schema !== undefined ? { schema: op.name.schema, name: op.newName.name } : { name: op.newName.name };
    cx.out.sql(`ALTER TYPE ${qnameSql(now, cx.d)} RENAME TO ${quoteIdent(op.name.name, cx.d)}`);
  },
  create_view(cx, op) {
    const existed = cx.before.views.has(tableKey(op.name, cx.d));
    if (existed && op.orReplace) {
      cx.out.loss(`the previous definition of view ${qnameKey(op.name)} is not modeled: restore it from the migration that created it`);
      return;
    }
    cx.out.sql(`DROP ${op.materialized ? 'MATERIALIZED ' : ''}VIEW ${qnameSql(op.name, cx.d)}`);
  },
  drop_view(cx, op) {
    cx.out.loss(`cannot recreate ${op.materialized ? 'materialized ' : ''}view ${qnameKey(op.name)}: view definitions are not modeled; restore it from the migration that created it`);
  },
  refresh_materialized_view: nothing,
  create_schema(cx, op) {
    const existed = [...cx.before.schemas].some((s) => (cx.d === 'postgresql' ? s === op.name : s.toLowerCase() === op.name.toLowerCase()));
    if (op.ifNotExists && existed) cx.out.comment(`schema ${op.name} already existed: nothing to undo`);
    else cx.out.sql(`DROP SCHEMA ${quoteIdent(op.name, cx.d)}`);
  },
  drop_schema: dropSchema,
  truncate(cx, op) {
    cx.out.loss(`rows removed by TRUNCATE ${op.tables.map(qnameKey).join(', ')} cannot be restored by this script; restore from backup`);
  },
  data_change(cx, op) {
    const t = qnameKey(op.table);
    if (op.verb === 'insert') cx.out.comment(`rows inserted into ${t} are not removed by this script`);
    else cx.out.loss(`rows ${op.verb === 'update' ? 'changed by UPDATE of' : 'removed by DELETE from'} ${t} cannot be restored by this script; restore from backup`);
  },
  transaction: nothing,
  set_setting: nothing,
  maintenance: nothing,
  detach_partition(cx, op) {
    cx.out.loss(`attach ${qnameKey(op.partition)} again with ALTER TABLE ${qnameSql(op.table, cx.d)} ATTACH PARTITION ${qnameSql(op.partition, cx.d)} FOR VALUES …; partition bounds are not modeled`);
  },
  attach_partition(cx, op) {
    cx.out.sql(`ALTER TABLE ${qnameSql(op.table, cx.d)} DETACH PARTITION ${qnameSql(op.partition, cx.d)}`);
  },
  opaque_code(cx, op) {
    cx.out.loss(`cannot be inverted automatically: ${op.description}`);
  },
  alter_table_options(cx, op) {
    cx.out.comment(`cannot be inverted automatically: the options ${qnameKey(op.table)} had before are not modelled (${op.stmt.text.replace(/\s+/g, ' ').trim()})`);
  },
  other(cx, op) {
    cx.out.comment(`cannot be inverted automatically: ${op.description}`);
  },
  unparsed(cx, op) {
    cx.out.loss(`cannot be inverted automatically: the statement could not be parsed (${op.message})`);
  },
};

/**
 * The column comes back with its full definition, at its old position on MySQL. A NOT NULL
 * column without a default cannot be added to a table that has rows, so it comes back
 * nullable, with the statement to run once it is backfilled.
 */
function dropColumn(cx: Cx, op: OpOf<'drop_column'>): void {
  const t = table(cx, op.table);
  const col = t && findColumn(t, op.column, cx.d);
  if (!t || !col) {
    unknown(cx, `column ${qnameKey(op.table)}.${op.column}`);
    return;
  }
  const tname = qnameSql(t.name, cx.d);
  // A generated column is computed again from the other columns: nothing is lost.
  if (!col.generated) cx.out.dataLoss(`${qnameKey(t.name)}.${col.name}`);
  const needsBackfill = !col.nullable && !col.default && !col.identity && !col.serial && !col.generated;
  const def = columnDefSql(needsBackfill ? { ...col, nullable: true } : col, cx.d);
  let position = '';
  const at = t.columns.indexOf(col);
  if (isMysqlFamily(cx.d) && at < t.columns.length - 1) position = at === 0 ? ' FIRST' : ` AFTER ${quoteIdent(t.columns[at - 1].name, cx.d)}`;
  cx.out.sql(`ALTER TABLE ${tname} ADD COLUMN ${def}${position}`);
  if (needsBackfill) {
    const setNotNull = nullabilitySql(t, col, cx.d);
    if (setNotNull.startsWith('--')) cx.out.comment(`${col.name} was NOT NULL; SQLite cannot add that to an existing column (rebuild ${tname})`);
    else cx.out.comment(`${col.name} was NOT NULL: backfill it, then run ${setNotNull};`);
  }
  restoreKeysAndIndexes(cx.before, after(cx, op), cx.out);
}

function alterColumnType(cx: Cx, op: OpOf<'alter_column_type'>): void {
  const t = table(cx, op.table);
  const col = t && findColumn(t, op.column, cx.d);
  if (!t || !col) {
    unknown(cx, `the type of ${qnameKey(op.table)}.${op.column}`);
    return;
  }
  const enumValues = (name: string) => cx.before.enums.get(name);
  const change = classifyTypeChange(col.type, op.type, { dialect: cx.d, version: DEFAULT_VERSION[cx.d] }, { enumValues });
  const reason = change.narrowing ?? change.lossy;
  if (reason) cx.out.loss(`changing ${showType(col.type)} to ${showType(op.type)} may have changed values (${reason}); converting back cannot restore them`);
  const tname = qnameSql(t.name, cx.d);
  if (isMysqlFamily(cx.d)) cx.out.sql(`ALTER TABLE ${tname} MODIFY COLUMN ${columnDefSql(col, cx.d)}`);
  else if (cx.d === 'sqlite') cx.out.comment(`SQLite cannot change a column type in place: rebuild ${tname} with ${columnDefSql(col, cx.d)}`);
  else {
    const type = typeSql(col.type, cx.d);
    cx.out.sql(`ALTER TABLE ${tname} ALTER COLUMN ${quoteIdent(col.name, cx.d)} TYPE ${type} USING ${quoteIdent(col.name, cx.d)}::${type}`);
  }
}

function nullability(cx: Cx, op: OpOf<'set_not_null'> | OpOf<'drop_not_null'>): void {
  const t = table(cx, op.table);
  const col = t && findColumn(t, op.column, cx.d);
  if (!t || !col) {
    unknown(cx, `the nullability of ${qnameKey(op.table)}.${op.column}`);
    return;
  }
  if (col.nullable === (op.kind === 'drop_not_null')) {
    cx.out.comment(`${qnameKey(t.name)}.${col.name} was already ${col.nullable ? 'nullable' : 'NOT NULL'}: nothing to undo`);
    return;
  }
  if (!col.nullable) cx.out.notes.push(`fails if NULLs were written to ${qnameKey(t.name)}.${col.name} since`);
  cx.out.sql(nullabilitySql(t, col, cx.d));
}

function defaultBack(cx: Cx, op: OpOf<'set_default'> | OpOf<'drop_default'>): void {
  const t = table(cx, op.table);
  const col = t && findColumn(t, op.column, cx.d);
  if (!t || !col) {
    unknown(cx, `the default of ${qnameKey(op.table)}.${op.column}`);
    return;
  }
  const tname = qnameSql(t.name, cx.d);
  if (op.kind === 'drop_default' && !col.default) {
    cx.out.comment(`${qnameKey(t.name)}.${col.name} had no default: nothing to undo`);
    return;
  }
  if (cx.d === 'sqlite') {
    cx.out.comment(`SQLite cannot change a column default in place: rebuild ${tname} with ${columnDefSql(col, cx.d)}`);
    return;
  }
  const action = col.default ? `SET DEFAULT ${col.default.text}` : 'DROP DEFAULT';
  cx.out.sql(`ALTER TABLE ${tname} ALTER COLUMN ${quoteIdent(col.name, cx.d)} ${action}`);
}

/** The table holding index `name` before the operation (PostgreSQL: within the index's schema). */
function indexTable(cx: Cx, name: QName, on?: QName): Table | undefined {
  if (on) return table(cx, on);
  const same = (a: string, b: string) => (cx.d === 'postgresql' ? a === b : a.toLowerCase() === b.toLowerCase());
  for (const t of cx.before.tables.values()) {
    if (cx.d === 'postgresql' && (t.name.schema ?? 'public') !== (name.schema ?? 'public')) continue;
    if (t.indexes.some((i) => same(i.name, name.name))) return t;
  }
  return undefined;
}

/** The enum comes back, and so do the columns a CASCADE took with it. */
function dropType(cx: Cx, op: OpOf<'drop_type'>): void {
  const values = cx.before.enums.get(tableKey(op.name, cx.d));
  if (!values) {
    cx.out.loss(`cannot recreate type ${qnameKey(op.name)}: only enum types are modeled; restore it from the migration that created it`);
    return;
  }
  cx.out.sql(`CREATE TYPE ${qnameSql(op.name, cx.d)} AS ENUM (${values.map(sqlString).join(', ')})`);
  const next = after(cx, op);
  for (const [key, t] of cx.before.tables) {
    const u = next.tables.get(key);
    if (!u) continue;
    for (const col of t.columns) {
      if (findColumn(u, col.name, cx.d)) continue;
      cx.out.dataLoss(`${qnameKey(t.name)}.${col.name}`);
      cx.out.sql(`ALTER TABLE ${qnameSql(t.name, cx.d)} ADD COLUMN ${columnDefSql(col.nullable || col.default ? col : { ...col, nullable: true }, cx.d)}`);
    }
  }
  restoreKeysAndIndexes(cx.before, next, cx.out);
}

function dropSchema(cx: Cx, op: OpOf<'drop_schema'>): void {
  const next = after(cx, op);
  cx.out.sql(`CREATE ${op.database ? 'DATABASE' : 'SCHEMA'} ${quoteIdent(op.name, cx.d)}`);
  for (const [key, values] of cx.before.enums) {
    if (next.enums.has(key)) continue;
    cx.out.sql(`CREATE TYPE ${key.split('.').map((p) => quoteIdent(p, cx.d)).join('.')} AS ENUM (${values.map(sqlString).join(', ')})`);
  }
  const gone = [...cx.before.tables].filter(([k]) => !next.tables.has(k)).map(([, t]) => t);
  recreateTables(gone, cx.d, cx.out);
  for (const [key, v] of cx.before.views) {
    if (!next.views.has(key)) cx.out.loss(`cannot recreate view ${qnameKey(v.name)}: view definitions are not modeled`);
  }
  restoreKeysAndIndexes(cx.before, next, cx.out);
}
