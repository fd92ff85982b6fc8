import type { Dialect } from '../model/dialect.js';
import { qnameKey, type LocatedOp, type OperationKind, type OpOf, type QName } from '../model/operation.js';
import { emptySchema, type Column, type Schema } from '../model/schema.js';
import { cloneQName, cloneSchema, writableTable } from './clone.js';
import { addConstraint, findConstraint, findIndex, findIndexInTable, removeConstraint, removeIndex } from './constraints.js';
import { dropColumnDependents, dropReadingViews, dropTable, renameColumnReferences, renameInViewReads, renameTableReferences } from './dependents.js';
import { sameName } from './names.js';
import { ReplayCx, type ReplayIssue } from './replay-context.js';
import { columnFrom, createIndex, createTable, dropSchema, inline, renameEnumValueInDefaults, resolveType } from './replay-create.js';

export type { ReplayIssue } from './replay-context.js';
export { cloneSchema } from './clone.js';

/**
 * Replay: apply operations to the schema model the way the database would.
 *
 * Real histories contain statements about objects created by code we cannot see (a Django
 * RunPython, a hand-run script, an extension). Replay never throws on them: it reports a
 * ReplayIssue and keeps the most useful model for later statements:
 *  - an ALTER/CREATE INDEX on an unknown table creates a placeholder table marked `partial`;
 *  - a column statement on a partial table never complains about the column; ALTER COLUMN TYPE
 *    adds the column (its type is then known);
 *  - CREATE of something that exists (without IF NOT EXISTS) replaces it with the new definition;
 *  - DROP / RENAME of something unknown changes nothing (RENAME TABLE tracks the new name as a
 *    placeholder);
 *  - what the database would refuse (DROP TABLE still referenced, without CASCADE) is applied
 *    as if it had succeeded, since the history did run, and reported.
 * IF EXISTS / IF NOT EXISTS are honoured silently. DROP TYPE of an unknown type is silent too:
 * only enum types are modeled, so composite types and domains are legitimately unknown.
 */
export function applyOp(schema: Schema, op: LocatedOp): ReplayIssue[] {
  const cx = new ReplayCx(schema, op);
  try {
    (HANDLERS[op.kind] as (cx: ReplayCx, op: LocatedOp) => void)(cx, op);
  } catch (e) {
    cx.issue(`internal replay error: ${e instanceof Error ? e.message : String(e)}`);
  }
  return cx.issues;
}

/** Replay `ops` on a copy of `schema` (or on an empty schema of `dialect`); the input is not changed. */
export function replay(
  ops: LocatedOp[],
  schema?: Schema,
  dialect: Dialect = schema?.dialect ?? 'postgresql',
): { schema: Schema; issues: ReplayIssue[] } {
  const s = schema ? cloneSchema(schema) : emptySchema(dialect);
  const issues: ReplayIssue[] = [];
  for (const op of ops) issues.push(...applyOp(s, op));
  return { schema: s, issues };
}

type Handlers = { [K in OperationKind]: (cx: ReplayCx, op: OpOf<K>) => void };

const noChange = (): void => {};

/** Column types a MySQL CONVERT TO CHARACTER SET re-encodes. */
const TEXT_TYPES = new Set(['char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext']);

const HANDLERS: Handlers = {
  create_table: createTable,
  drop_table(cx, op) {
    const t = cx.table(op.table);
    if (!t) {
      if (!op.ifExists) cx.issue(`table ${qnameKey(op.table)} does not exist`);
      return;
    }
    dropTable(cx, t, op.cascade);
  },
  rename_table(cx, op) {
    const newName: QName = { name: op.newName.name };
    const t = cx.table(op.table);
    const schemaName = op.newName.schema ?? t?.name.schema ?? op.table.schema;
    if (schemaName !== undefined) newName.schema = schemaName;
    if (!t) {
      // PostgreSQL's ALTER TABLE renames any relation: an unknown `…_seq` is a serial's sequence (`ALTER TABLE auth_user_id_seq RENAME TO …`), which the model does not hold.
      if (cx.s.dialect === 'postgresql' && /_seq$/.test(op.table.name)) return;
      cx.issue(`table ${qnameKey(op.table)} does not exist`);
      cx.tableOrPlaceholder(newName);
      return;
    }
    const oldKey = cx.key(t.name);
    const newKey = cx.key(newName);
    if (newKey !== oldKey && cx.s.tables.has(newKey)) cx.issue(`table ${qnameKey(newName)} already exists; replaced by the renamed table`);
    const oldName = t.name;
    cx.s.tables.delete(oldKey);
    t.name = newName;
    cx.s.tables.set(newKey, t);
    renameTableReferences(cx, t, oldName, oldKey);
    renameInViewReads(cx, oldKey, newName);
  },
  add_column(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    const existing = cx.column(t, op.column.name, true);
    const col = columnFrom(cx, op.column);
    if (existing) {
      if (op.ifNotExists) return;
      cx.issue(`column ${op.column.name} already exists in ${qnameKey(t.name)}; replaced by this definition`);
      t.columns[t.columns.indexOf(existing)] = col;
    } else {
      t.columns.push(col);
    }
    for (const c of op.column.constraints) addConstraint(cx, t, inline(c, op.column.name), op.column.name);
  },
  drop_column(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    const col = cx.column(t, op.column, op.ifExists);
    if (!col) return;
    t.columns = t.columns.filter((c) => c !== col);
    dropColumnDependents(cx, t, col.name, op.cascade);
  },
  rename_column(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    const col = cx.column(t, op.column);
    if (!col) {
      // A table replay saw only in part (CREATE TABLE … AS SELECT) still has indexes and keys on the column.
      if (t.partial) renameColumnReferences(cx, t, op.column, op.newName);
      return;
    }
    if (!sameName(op.column, op.newName, cx.d) && cx.column(t, op.newName, true)) {
      cx.issue(`column ${op.newName} already exists in ${qnameKey(t.name)}`);
    }
    const from = col.name;
    col.name = op.newName;
    renameColumnReferences(cx, t, from, op.newName);
  },
  alter_column_type(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    const col = cx.column(t, op.column);
    if (col) col.type = resolveType(cx, op.type);
    else if (t.partial) t.columns.push({ name: op.column, type: resolveType(cx, op.type), nullable: true });
  },
  set_not_null(cx, op) {
    const col = cx.column(cx.tableOrPlaceholder(op.table), op.column);
    if (col) col.nullable = false;
  },
  drop_not_null(cx, op) {
    const col = cx.column(cx.tableOrPlaceholder(op.table), op.column);
    if (col) col.nullable = true;
  },
  set_default(cx, op) {
    const col = cx.column(cx.tableOrPlaceholder(op.table), op.column);
    if (!col) return;
    col.default = { ...op.default };
    // The sequence default a serial had is replaced: the column is a plain integer with a default now.
    delete col.serial;
  },
  drop_default(cx, op) {
    const col = cx.column(cx.tableOrPlaceholder(op.table), op.column);
    if (!col) return;
    delete col.default;
    // A serial is an integer with a sequence default: without the default it is a plain integer.
    delete col.serial;
  },
  add_constraint(cx, op) {
    addConstraint(cx, cx.tableOrPlaceholder(op.table), op.constraint);
  },
  validate_constraint(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    const c = findConstraint(t, op.name, cx);
    if (c) delete c.notValid;
    else if (!t.partial) cx.issue(`constraint ${op.name} does not exist on ${qnameKey(t.name)}`);
  },
  drop_constraint(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    // MySQL's DROP PRIMARY KEY names no constraint; its name is always PRIMARY anyway.
    const c =
      op.constraintKind === 'primary' && cx.d !== 'postgresql'
        ? t.constraints.find((k) => k.kind === 'primary')
        : findConstraint(t, op.name, cx);
    if (c) {
      removeConstraint(cx, t, c, op.cascade);
      return;
    }
    // MySQL's ALTER TABLE … DROP CONSTRAINT also drops a plain index of that name.
    const idx = cx.d === 'postgresql' ? undefined : findIndexInTable(t, op.name, cx);
    if (idx) removeIndex(cx, t, idx, op.cascade);
    else if (!op.ifExists && !t.partial) cx.issue(`constraint ${op.name} does not exist on ${qnameKey(t.name)}`);
  },
  rename_constraint(cx, op) {
    const t = cx.tableOrPlaceholder(op.table);
    const c = findConstraint(t, op.name, cx);
    if (!c) {
      if (!t.partial) cx.issue(`constraint ${op.name} does not exist on ${qnameKey(t.name)}`);
      return;
    }
    if (findConstraint(t, op.newName, cx)) cx.issue(`constraint ${op.newName} already exists on ${qnameKey(t.name)}`);
    for (const idx of t.indexes) {
      if (idx.constraint === undefined || !sameName(idx.constraint, c.name, cx.d)) continue;
      idx.constraint = op.newName;
      // PostgreSQL renames a key's index with the key.
      if (c.kind !== 'foreign') idx.name = op.newName;
    }
    c.name = op.newName;
  },
  create_index: createIndex,
  drop_index(cx, op) {
    const t = op.table ? cx.tableOrPlaceholder(op.table) : undefined;
    const found = findIndex(cx, op.name, op.table);
    if (found) removeIndex(cx, found.t, found.idx, op.cascade);
    else if (!op.ifExists && !t?.partial) cx.issue(`index ${qnameKey(op.name)} does not exist`);
  },
  rename_index(cx, op) {
    const found = findIndex(cx, op.name, op.table);
    if (!found) {
      cx.issue(`index ${qnameKey(op.name)} does not exist`);
      return;
    }
    const { t, idx } = found;
    if (findIndex(cx, { ...op.name, name: op.newName }, op.table)) cx.issue(`index ${op.newName} already exists`);
    // Renaming the index of a primary/unique key renames the key (PostgreSQL; in MySQL they are one object).
    const c = idx.constraint ? findConstraint(t, idx.constraint, cx) : undefined;
    if (c && c.kind !== 'foreign') {
      c.name = op.newName;
      idx.constraint = op.newName;
    }
    idx.name = op.newName;
  },
  reindex: noChange,
  create_enum(cx, op) {
    const key = cx.key(op.name);
    if (cx.s.enums.has(key)) cx.issue(`type ${qnameKey(op.name)} already exists; replaced by this definition`);
    cx.s.enums.set(key, op.values.slice());
  },
  add_enum_value(cx, op) {
    const values = cx.s.enums.get(cx.key(op.name));
    if (!values) {
      cx.issue(`enum type ${qnameKey(op.name)} does not exist`);
      return;
    }
    if (values.includes(op.value)) {
      if (!op.ifNotExists) cx.issue(`enum value '${op.value}' already exists in ${qnameKey(op.name)}`);
      return;
    }
    const anchor = op.before ?? op.after;
    const at = anchor === undefined ? -1 : values.indexOf(anchor);
    if (anchor !== undefined && at < 0) cx.issue(`enum value '${anchor}' does not exist in ${qnameKey(op.name)}; '${op.value}' added at the end`);
    if (at < 0) values.push(op.value);
    else values.splice(op.before !== undefined ? at : at + 1, 0, op.value);
  },
  rename_enum_value(cx, op) {
    const values = cx.s.enums.get(cx.key(op.name));
    const at = values ? values.indexOf(op.value) : -1;
    if (!values) cx.issue(`enum type ${qnameKey(op.name)} does not exist`);
    else if (at < 0) cx.issue(`enum value '${op.value}' does not exist in ${qnameKey(op.name)}`);
    else if (values.includes(op.newValue)) cx.issue(`enum value '${op.newValue}' already exists in ${qnameKey(op.name)}`);
    else {
      values[at] = op.newValue;
      renameEnumValueInDefaults(cx, cx.key(op.name), op.value, op.newValue);
    }
  },
  drop_type(cx, op) {
    const key = cx.key(op.name);
    if (!cx.s.enums.delete(key)) return;
    const users = [...cx.s.tables.values()].flatMap((t) => t.columns.filter((c) => c.type.name === key).map((c) => [t, c] as const));
    if (!users.length) return;
    if (!op.cascade) {
      const list = users.map(([t, c]) => `${qnameKey(t.name)}.${c.name}`).join(', ');
      cx.issue(`PostgreSQL refuses to drop type ${qnameKey(op.name)} without CASCADE while ${list} use it; those columns are kept`);
      return;
    }
    // DROP TYPE … CASCADE drops the columns of that type.
    for (const [found, c] of users) {
      // The schema's writable copy of the table (made by its first such column); column names are unique in a table.
      const t = cx.table(found.name) ?? found;
      t.columns = t.columns.filter((x) => x.name !== c.name);
      dropColumnDependents(cx, t, c.name, true);
    }
  },
  rename_type(cx, op) {
    // The type stays in its schema. Columns of the type follow it: PostgreSQL stores the type's oid.
    const newName: QName = op.name.schema !== undefined ? { schema: op.name.schema, name: op.newName.name } : { name: op.newName.name };
    const oldKey = cx.key(op.name);
    const newKey = cx.key(newName);
    if (newKey === oldKey) return;
    const values = cx.s.enums.get(oldKey);
    if (values) {
      if (cx.s.enums.has(newKey)) cx.issue(`type ${qnameKey(newName)} already exists; replaced by the renamed type`);
      cx.s.enums.delete(oldKey);
      cx.s.enums.set(newKey, values);
    }
    // Only enum types are modeled: columns of another user-defined type are matched by name as written.
    const written = new Set([oldKey, qnameKey(op.name)]);
    const follows = (c: Column) => !c.type.values && written.has(c.type.name);
    for (const found of [...cx.s.tables.values()]) {
      if (!found.columns.some(follows)) continue;
      const t = writableTable(cx.s, found);
      for (const c of t.columns) if (follows(c)) c.type = { ...c.type, name: newKey };
    }
  },
  create_view(cx, op) {
    const key = cx.key(op.name);
    if (cx.s.views.has(key) && !op.orReplace) cx.issue(`view ${qnameKey(op.name)} already exists; replaced by this definition`);
    cx.s.views.set(key, { name: cloneQName(op.name), materialized: op.materialized, ...(op.reads && { reads: op.reads.map(cloneQName) }) });
  },
  drop_view(cx, op) {
    const key = cx.key(op.name);
    if (!cx.s.views.delete(key)) {
      if (!op.ifExists) cx.issue(`view ${qnameKey(op.name)} does not exist`);
      return;
    }
    if (op.cascade) dropReadingViews(cx, key);
  },
  refresh_materialized_view: noChange,
  create_schema(cx, op) {
    if ([...cx.s.schemas].some((n) => sameName(n, op.name, cx.d))) {
      if (!op.ifNotExists) cx.issue(`schema ${op.name} already exists`);
      return;
    }
    cx.s.schemas.add(op.name);
  },
  drop_schema: dropSchema,
  truncate: noChange,
  data_change: noChange,
  transaction: noChange,
  set_setting: noChange,
  maintenance: noChange,
  detach_partition(cx, op) {
    const part = cx.table(op.partition);
    if (part) delete part.partitionOf;
    else cx.issue(`table ${qnameKey(op.partition)} does not exist`);
  },
  attach_partition(cx, op) {
    const part = cx.table(op.partition);
    if (part) part.partitionOf = cloneQName(op.table);
    else cx.issue(`table ${qnameKey(op.partition)} does not exist`);
  },
  alter_table_options(cx, op) {
    // Engine and table defaults are not modelled; CONVERT TO re-encodes every text column, which
    // decides how many bytes a VARCHAR takes (its length prefix) from then on.
    const t = cx.table(op.table);
    const collation = op.collation ?? op.charset;
    if (!t || !op.convert || !collation || collation.toLowerCase() === 'default') return;
    for (const c of t.columns) if (TEXT_TYPES.has(c.type.name) || c.type.values) c.collation = collation;
  },
  opaque_code: noChange,
  other: noChange,
  unparsed: noChange,
};
