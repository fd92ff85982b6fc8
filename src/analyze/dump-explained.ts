import type { Constraint, IndexElem, Operation } from '../model/operation.js';
import { tableKey, type Schema, type Table } from '../model/schema.js';
import { sameType } from '../model/sql-type.js';
import { planOps } from '../schema/plan.js';

/** A migration set of the repository: its schema at both commits, and whether the PR changed its files. */
export interface MigrationView {
  base: Schema;
  head: Schema;
  changed: boolean;
}

/**
 * Whether the repository's migrations account for a change a schema dump shows, so that the
 * dump must not report it a second time. Tools regenerate the dump next to every migration
 * (Rails `db/structure.sql`, dbmate `db/schema.sql`): the migration is the change that runs and
 * is reviewed where it is written. A change is accounted for when
 * - a migration changed in this PR touches the same object (its table, column, constraint or
 *   index, by name or by shape), or
 * - the migrations at head already hold the object as the dump now shows it, on a table whose
 *   columns agree with the dump's: a dump brought up to date with migrations reviewed earlier
 *   (for a dropped table: no such table in migrations whose every table the dump holds).
 * What neither explains (a dump edited by hand, a dump whose migrations Migra cannot read, such
 * as Rails' Ruby files) is reviewed on the dump.
 */
export function explainedBy(migrations: readonly MigrationView[], dumpBase: Schema, dumpHead: Schema): (op: Operation) => boolean {
  const touched = new Set<string>();
  for (const m of migrations) {
    if (!m.changed) continue;
    for (const op of planOps(m.base, m.head)) for (const k of ownKeys(op, m.base)) touched.add(k);
  }
  return (op) => {
    const table = tableOf(op, dumpBase);
    if (table !== undefined && touched.has(`T:${table}`)) return true;
    if (ownKeys(op, dumpBase).some((k) => touched.has(k))) return true;
    return migrations.some((m) => agrees(op, dumpBase, dumpHead, m.head));
  };
}

function tableOf(op: Operation, s: Schema): string | undefined {
  return 'table' in op && op.table && !Array.isArray(op.table) ? tableKey(op.table, s.dialect) : undefined;
}

/** Keys of the object an operation changes: by name, and by shape where names are generated. */
function ownKeys(op: Operation, before: Schema): string[] {
  if (op.kind === 'create_enum' || op.kind === 'add_enum_value') return [`e:${tableKey(op.name, before.dialect)}`];
  const t = tableOf(op, before);
  if (t === undefined) return [];
  const was = before.tables.get(t);
  switch (op.kind) {
    case 'create_table':
    case 'drop_table':
      return [`T:${t}`];
    case 'add_column':
      return [`c:${t}.${op.column.name.toLowerCase()}`];
    case 'drop_column':
    case 'alter_column_type':
    case 'set_not_null':
    case 'drop_not_null':
    case 'set_default':
    case 'drop_default':
      return [`c:${t}.${op.column.toLowerCase()}`];
    case 'add_constraint':
      return [...(op.constraint.name ? [`k:${t}.${op.constraint.name.toLowerCase()}`] : []), `K:${t}:${constraintShape(op.constraint)}`];
    case 'drop_constraint': {
      const c = was?.constraints.find((x) => x.name === op.name);
      return [`k:${t}.${op.name.toLowerCase()}`, ...(c ? [`K:${t}:${constraintShape(c)}`] : [])];
    }
    case 'create_index':
      return [...(op.name ? [`i:${t}.${op.name.toLowerCase()}`] : []), `I:${t}:${elemsShape(op.elems)}`];
    case 'drop_index': {
      const ix = was?.indexes.find((i) => i.name === op.name.name);
      return [`i:${t}.${op.name.name.toLowerCase()}`, ...(ix ? [`I:${t}:${elemsShape(ix.elems)}`] : [])];
    }
    default:
      return [];
  }
}

function constraintShape(c: Pick<Constraint, 'kind' | 'columns' | 'references'>): string {
  return `${c.kind}(${c.columns.map((x) => x.toLowerCase()).join(',')})${c.references ? `>${c.references.table.name.toLowerCase()}` : ''}`;
}

function elemsShape(elems: readonly IndexElem[]): string {
  return elems.map((e) => (e.column ?? e.expr ?? '').replace(/\s+/g, '').toLowerCase()).join(',');
}

/** The migrations at head hold what the dump shows after `op`, on a table whose columns agree with the dump's. */
function agrees(op: Operation, dumpBase: Schema, dumpHead: Schema, mig: Schema): boolean {
  if (op.kind === 'create_enum' || op.kind === 'add_enum_value') {
    const values = mig.enums.get(tableKey(op.name, mig.dialect));
    return !!values && (op.kind === 'create_enum' ? values.join('\0') === op.values.join('\0') : values.includes(op.value));
  }
  if (!('table' in op) || !op.table || Array.isArray(op.table)) return false;
  const d = dumpHead.tables.get(tableKey(op.table, dumpHead.dialect));
  const m = mig.tables.get(tableKey(op.table, mig.dialect));
  // A table gone from the dump and from migrations that describe the same database: dropped by a migration reviewed earlier.
  if (op.kind === 'drop_table') return !d && !m && describes(mig, dumpHead);
  // A dropped table leaves nothing to compare; a table of another app may share the name.
  if (!d || !m || !sameColumnNames(d, m)) return false;
  const was = dumpBase.tables.get(tableKey(op.table, dumpBase.dialect));
  const col = (t: Table, name: string) => t.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  switch (op.kind) {
    case 'create_table':
    case 'add_column':
    case 'drop_column':
      return true;
    case 'alter_column_type': {
      const a = col(d, op.column);
      const b = col(m, op.column);
      return !!a && !!b && sameType(a.type, b.type);
    }
    case 'set_not_null':
    case 'drop_not_null':
      return col(m, op.column)?.nullable === (op.kind === 'drop_not_null');
    case 'set_default':
    case 'drop_default':
      return !!col(m, op.column)?.default === (op.kind === 'set_default');
    case 'add_constraint':
      return m.constraints.some((c) => constraintShape(c) === constraintShape(op.constraint));
    case 'drop_constraint': {
      const c = was?.constraints.find((x) => x.name === op.name);
      return !!c && !m.constraints.some((x) => constraintShape(x) === constraintShape(c));
    }
    case 'create_index':
      return m.indexes.some((i) => elemsShape(i.elems) === elemsShape(op.elems) && i.unique === op.unique);
    case 'drop_index': {
      const ix = was?.indexes.find((i) => i.name === op.name.name);
      return !!ix && !m.indexes.some((i) => elemsShape(i.elems) === elemsShape(ix.elems) && i.unique === ix.unique);
    }
    default:
      return false;
  }
}

/** Every table the migrations make is in the dump with the same columns (the dump may add tool tables such as schema_migrations). */
function describes(mig: Schema, dump: Schema): boolean {
  if (mig.tables.size === 0) return false;
  for (const [key, t] of mig.tables) {
    const d = dump.tables.get(key);
    if (!d || !sameColumnNames(d, t)) return false;
  }
  return true;
}

function sameColumnNames(a: Table, b: Table): boolean {
  const names = (t: Table) => t.columns.map((c) => c.name.toLowerCase()).sort().join('\0');
  return names(a) === names(b);
}
