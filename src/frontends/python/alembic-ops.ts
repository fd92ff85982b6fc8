import type { ColumnDef, Constraint, IndexElem, Operation, QName } from '../../model/operation.js';
import { arg, bool, lastPart, strings } from '../../python/reader.js';
import { autoincrementColumn, type Autoinc } from './alembic-autoincrement.js';
import { sinkText, type AlembicReader, type Call } from './alembic-reader.js';

/**
 * The operations of one `op.<name>(…)` call (or `batch_op.<name>(…)` inside `batch_alter_table`),
 * or why Migra cannot read it. Positional arguments shift by one inside a batch (the table is the batch's).
 */
export function alembicOp(r: AlembicReader, name: string, v: Call, batchTable: QName | undefined): Operation[] | string {
  const shift = batchTable ? -1 : 0;
  const a = (i: number, key: string) => r.val(arg(v, i + shift < 0 ? -1 : i + shift, key));
  const schema = r.s(v.kwargs.get('schema'));
  const tableAt = (i: number, key = 'table_name'): QName | undefined => {
    if (batchTable) return batchTable;
    const t = r.s(arg(v, i, key));
    return t ? r.q(t, schema) : undefined;
  };
  const kw = v.kwargs;
  switch (name) {
    case 'create_table': {
      const t = r.s(arg(v, 0, 'table_name'));
      if (!t) return 'op.create_table without a literal table name';
      const table = r.q(t, schema);
      const columns: ColumnDef[] = [];
      const constraints: Constraint[] = [];
      const extra: Operation[] = [];
      const autoincs = new Map<ColumnDef, Autoinc>();
      for (const item of v.args.slice(1)) {
        const x = r.val(item);
        if (x?.t !== 'call') return 'op.create_table with an element that is not a literal Column or constraint';
        if (lastPart(x.callee) === 'Column') {
          const col = r.column(x, true);
          if (typeof col === 'string') return col;
          columns.push(col.def);
          autoincs.set(col.def, col.autoinc);
          extra.unshift(...col.before);
          extra.push(...col.after(table));
        } else {
          const c = r.tableConstraint(x);
          if (typeof c === 'string') return c;
          if (c) constraints.push(c);
        }
      }
      // Composite keys: `primary_key=True` on several columns, or a PrimaryKeyConstraint, is one key.
      const pkCols = columns.filter((c) => c.constraints.some((k) => k.kind === 'primary'));
      if (pkCols.length > 1 || (pkCols.length && constraints.some((k) => k.kind === 'primary'))) {
        for (const c of pkCols) c.constraints = c.constraints.filter((k) => k.kind !== 'primary');
        if (!constraints.some((k) => k.kind === 'primary')) constraints.unshift({ kind: 'primary', columns: pkCols.map((c) => c.name) });
      }
      const key = constraints.find((k) => k.kind === 'primary')?.columns ?? pkCols.map((c) => c.name);
      const auto = autoincrementColumn(columns.filter((c) => key.includes(c.name)), autoincs, r.dialect === 'postgresql');
      if (auto && !auto.identity) {
        if (r.dialect === 'postgresql') auto.serial = true;
        else auto.identity = 'auto';
      }
      return [...extra.filter((o) => o.kind === 'create_enum'), { kind: 'create_table', table, columns, constraints, ifNotExists: bool(kw.get('if_not_exists')) ?? false, temporary: false, asSelect: false }, ...extra.filter((o) => o.kind !== 'create_enum')];
    }
    case 'drop_table': {
      const t = tableAt(0);
      return t ? [{ kind: 'drop_table', table: t, ifExists: bool(kw.get('if_exists')) ?? false, cascade: false }] : 'op.drop_table without a literal table name';
    }
    case 'rename_table': {
      const o = r.s(arg(v, 0, 'old_table_name'));
      const n = r.s(arg(v, 1, 'new_table_name'));
      return o && n ? [{ kind: 'rename_table', table: r.q(o, schema), newName: r.q(n, schema) }] : 'op.rename_table without literal names';
    }
    case 'add_column': {
      const table = tableAt(0);
      const c = a(1, 'column');
      if (!table || c?.t !== 'call') return 'op.add_column without a literal table and sa.Column';
      const col = r.column(c, false);
      if (typeof col === 'string') return col;
      return [...col.before, { kind: 'add_column', table, column: col.def, ifNotExists: bool(kw.get('if_not_exists')) ?? false }, ...col.after(table)];
    }
    case 'drop_column': {
      const table = tableAt(0);
      const c = r.s(a(1, 'column_name'));
      return table && c ? [{ kind: 'drop_column', table, column: c, ifExists: bool(kw.get('if_exists')) ?? false, cascade: false }] : 'op.drop_column without literal names';
    }
    case 'alter_column': {
      const table = tableAt(0);
      let column = r.s(a(1, 'column_name'));
      if (!table || !column) return 'op.alter_column without literal names';
      const ops: Operation[] = [];
      const newName = r.s(kw.get('new_column_name'));
      const type = kw.get('type_');
      if (type) {
        const t = r.type(type);
        if (!t) return `Migra does not know the SQLAlchemy type ${sinkText(r.sink, type)}`;
        const op: Operation = { kind: 'alter_column_type', table, column, type: t.type };
        const using = r.s(kw.get('postgresql_using'));
        if (using) op.using = using;
        ops.push(op);
      }
      const nullable = bool(kw.get('nullable'));
      if (nullable === false) ops.push({ kind: 'set_not_null', table, column });
      if (nullable === true) ops.push({ kind: 'drop_not_null', table, column });
      if (kw.has('server_default')) {
        const d = r.val(kw.get('server_default'))!;
        if (d.t === 'bool' && !d.value) ops.push({ kind: 'drop_default', table, column });
        else if (d.t === 'none') ops.push({ kind: 'drop_default', table, column });
        else {
          const def = r.serverDefault(d);
          if (def) ops.push({ kind: 'set_default', table, column, default: def });
        }
      }
      if (newName) {
        ops.push({ kind: 'rename_column', table, column, newName });
        column = newName;
      }
      return ops;
    }
    case 'create_index': {
      const idx = r.s(arg(v, 0, 'index_name'));
      const table = batchTable ?? (r.s(arg(v, 1, 'table_name')) ? r.q(r.s(arg(v, 1, 'table_name'))!, schema) : undefined);
      const cols = r.val(batchTable ? arg(v, 1, 'columns') : arg(v, 2, 'columns'));
      if (!table || !cols) return 'op.create_index without a literal table and columns';
      const elems: IndexElem[] = [];
      for (const c of cols.t === 'list' ? cols.items : [cols]) {
        const cv = r.val(c);
        if (cv?.t === 'str') elems.push(/^[A-Za-z_][\w$]*$/.test(cv.value) ? { column: cv.value } : { expr: cv.value });
        else elems.push({ expr: c ? r.sink.mod.text(c) : '?' });
      }
      const op: Operation = { kind: 'create_index', name: idx, table, elems, unique: bool(kw.get('unique')) ?? false, concurrently: bool(kw.get('postgresql_concurrently')) ?? false, ifNotExists: bool(kw.get('if_not_exists')) ?? false };
      const where = r.val(kw.get('postgresql_where') ?? kw.get('sqlite_where'));
      if (where) op.where = where.t === 'str' ? where.value : r.sink.mod.text(where);
      const using = r.s(kw.get('postgresql_using'));
      if (using) op.method = using;
      return [op];
    }
    case 'drop_index': {
      const idx = r.s(arg(v, 0, 'index_name'));
      if (!idx) return 'op.drop_index without a literal index name';
      const t = batchTable ?? (r.s(arg(v, 1, 'table_name')) ? r.q(r.s(arg(v, 1, 'table_name'))!, schema) : undefined);
      const op: Operation = { kind: 'drop_index', name: r.q(idx, schema), concurrently: bool(kw.get('postgresql_concurrently')) ?? false, ifExists: bool(kw.get('if_exists')) ?? false, cascade: false };
      if (t) op.table = t;
      return [op];
    }
    case 'create_unique_constraint':
    case 'create_primary_key': {
      const cname = r.s(arg(v, 0, 'constraint_name'));
      const table = batchTable ?? (r.s(arg(v, 1, 'table_name')) ? r.q(r.s(arg(v, 1, 'table_name'))!, schema) : undefined);
      const cols = strings(r.val(batchTable ? arg(v, 1, 'columns') : arg(v, 2, 'columns')));
      if (!table || !cols) return `op.${name} without a literal table and columns`;
      return [{ kind: 'add_constraint', table, constraint: { kind: name === 'create_primary_key' ? 'primary' : 'unique', name: cname, columns: cols } }];
    }
    case 'create_check_constraint': {
      const cname = r.s(arg(v, 0, 'constraint_name'));
      const table = batchTable ?? (r.s(arg(v, 1, 'table_name')) ? r.q(r.s(arg(v, 1, 'table_name'))!, schema) : undefined);
      const cond = r.val(batchTable ? arg(v, 1, 'condition') : arg(v, 2, 'condition'));
      if (!table || !cond) return 'op.create_check_constraint without a literal table and condition';
      return [{ kind: 'add_constraint', table, constraint: { kind: 'check', name: cname, columns: [], expr: cond.t === 'str' ? cond.value : r.sink.mod.text(cond) } }];
    }
    case 'create_foreign_key': {
      const cname = r.s(arg(v, 0, 'constraint_name'));
      const source = batchTable ?? (r.s(arg(v, 1, 'source_table')) ? r.q(r.s(arg(v, 1, 'source_table'))!, r.s(kw.get('source_schema'))) : undefined);
      const base = batchTable ? 1 : 2;
      const referent = r.s(arg(v, base, 'referent_table'));
      const local = strings(r.val(arg(v, base + 1, 'local_cols')));
      const remote = strings(r.val(arg(v, base + 2, 'remote_cols')));
      if (!source || !referent || !local || !remote) return 'op.create_foreign_key without literal tables and columns';
      const c: Constraint = { kind: 'foreign', name: cname, columns: local, references: { table: r.q(referent, r.s(kw.get('referent_schema'))), columns: remote } };
      const ondelete = r.s(kw.get('ondelete'));
      if (ondelete) c.references!.onDelete = ondelete.toLowerCase();
      if (bool(kw.get('postgresql_not_valid'))) c.notValid = true;
      return [{ kind: 'add_constraint', table: source, constraint: c }];
    }
    case 'drop_constraint': {
      const cname = r.s(arg(v, 0, 'constraint_name'));
      const table = batchTable ?? (r.s(arg(v, 1, 'table_name')) ? r.q(r.s(arg(v, 1, 'table_name'))!, schema) : undefined);
      if (!cname || !table) return 'op.drop_constraint without literal names';
      const type = r.s(kw.get('type_'));
      const op: Operation = { kind: 'drop_constraint', table, name: cname, ifExists: false, cascade: false };
      const kinds: Record<string, Constraint['kind']> = { foreignkey: 'foreign', unique: 'unique', check: 'check', primary: 'primary' };
      if (type && kinds[type]) op.constraintKind = kinds[type];
      return [op];
    }
    case 'bulk_insert': {
      const t = r.val(arg(v, 0, 'table'));
      const tname = t?.t === 'call' ? r.s(t.args[0]) : undefined;
      return [tname ? { kind: 'data_change', verb: 'insert', table: r.q(tname), hasWhere: false } : { kind: 'opaque_code', description: 'op.bulk_insert' }];
    }
    case 'create_table_comment':
    case 'drop_table_comment':
    case 'get_bind':
    case 'get_context':
    case 'inline_literal':
      return [{ kind: 'other', description: `op.${name}` }];
    default:
      return `Migra does not know the Alembic operation op.${name}`;
  }
}

