import { sqlString } from '../../model/operation.js';
import type { Dialect } from '../../model/dialect.js';
import type { ColumnDef, Constraint, IndexElem, Operation, QName } from '../../model/operation.js';
import { makeType, type SqlType } from '../../model/sql-type.js';
import { firstLine, literalSql, OpSink, pyDbExpression } from './common.js';
import { arg, bool, items, lastPart, num, str, strings, type PyModule, type PyStmt, type PyValue } from '../../python/reader.js';
import { alembicFunction } from '../../python/shapes.js';
import { DialectTests, namesInTests, sqlalchemyNames } from './alembic-dialect.js';
import { autoincrementColumn, type Autoinc } from './alembic-autoincrement.js';

type Call = Extract<PyValue, { t: 'call' }>;

/**
 * The operations of an Alembic revision's `upgrade()`: `op.*` calls read literally, SQL strings
 * through the SQL front end, `batch_alter_table` blocks, and `autocommit_block` whose statements
 * run outside the migration's transaction, and the branch of an `if` on the database's dialect
 * name that runs on the set's database. Other Python code is opaque.
 */
export async function mapAlembic(mod: PyModule, file: string, dialect: Dialect): Promise<OpSink> {
  const sink = new OpSink(mod, file, dialect);
  const up = alembicFunction(mod, 'upgrade');
  const env = new Map<string, PyValue>();
  for (const s of mod.body) if (s.t === 'assign' && isLiteral(s.value)) for (const t of s.targets) env.set(t, s.value);
  if (!up) {
    const other = mod.body.find((s) => s.t === 'other');
    sink.unparsed(other ?? { from: 0, to: Math.max(0, mod.src.indexOf('\n')) }, mod.errors.length ? 'Python syntax error: no readable upgrade() function' : 'no upgrade() function in this Alembic revision');
    return sink;
  }
  const mapper = new AlembicMapper(sink, dialect, env, namesInTests(up.body, mod));
  await mapper.body(up.body, undefined, false);
  if (mod.errors.length && !sink.ops.some((o) => o.kind === 'unparsed')) {
    const at = mod.errors[0];
    sink.unparsed({ from: at, to: Math.max(at, mod.src.indexOf('\n', at) < 0 ? mod.src.length : mod.src.indexOf('\n', at)) }, 'Python syntax error');
  }
  return sink;
}

function isLiteral(v: PyValue): boolean {
  return v.t === 'str' || v.t === 'num' || v.t === 'bool' || v.t === 'none' || (v.t === 'list' && v.items.every(isLiteral));
}

class AlembicMapper {
  private tests: DialectTests;

  constructor(
    private sink: OpSink,
    private dialect: Dialect,
    private env: Map<string, PyValue>,
    tested: ReadonlySet<string>,
  ) {
    this.tests = new DialectTests(sink.mod, sqlalchemyNames(dialect), (v) => this.val(v), tested);
  }

  /** A value with local constants substituted, and `op.f('x')` / `sa.text('x')` / `conv('x')` read as their string. */
  private val(v: PyValue | undefined): PyValue | undefined {
    if (!v) return v;
    if (v.t === 'name' && this.env.has(v.name)) return this.env.get(v.name);
    if (v.t === 'call' && ['f', 'text', 'conv', 'literal_column'].includes(lastPart(v.callee)) && v.args.length === 1) return this.val(v.args[0]);
    return v;
  }

  private s(v: PyValue | undefined): string | undefined {
    return str(this.val(v));
  }

  private q(name: string, schema?: string): QName {
    return schema ? { schema, name } : { name };
  }

  async body(stmts: readonly PyStmt[], batch: { table: QName; alias: string } | undefined, outside: boolean): Promise<void> {
    const sink = this.sink;
    for (const s of stmts) {
      switch (s.t) {
        case 'pass':
        case 'import':
          break;
        case 'expr': {
          const v = s.value;
          if (v.t === 'str') break; // docstring
          if (v.t !== 'call') {
            sink.emit(s, [{ kind: 'opaque_code', description: 'Python code' }], outside);
            break;
          }
          await this.call(v, batch, outside);
          break;
        }
        case 'assign':
          if (isLiteral(s.value)) for (const t of s.targets) this.env.set(t, s.value);
          else if (this.tests.bind(s.targets, s.value, s.cond)) sink.emit(s, [{ kind: 'other', description: `dialect test: ${sink.mod.text(s)}` }], outside);
          else sink.emit(s, [{ kind: 'opaque_code', description: `Python code: ${sink.mod.text(s).split('\n')[0].slice(0, 60)}` }], outside);
          break;
        case 'with': {
          const [item] = s.items;
          const text = item ? sink.mod.text(item.ctx) : '';
          if (item && /\.autocommit_block\s*\(\s*\)\s*$/.test(text)) {
            await this.body(s.body, batch, true);
          } else if (item?.ctx.t === 'call' && lastPart(item.ctx.callee) === 'batch_alter_table' && item.as) {
            const table = this.s(arg(item.ctx, 0, 'table_name'));
            if (!table) sink.unparsed(s, 'batch_alter_table without a literal table name');
            else await this.body(s.body, { table: this.q(table, this.s(item.ctx.kwargs.get('schema'))), alias: item.as }, outside);
          } else sink.emit(s, [{ kind: 'opaque_code', description: `Python code: ${text.slice(0, 60)}` }], outside);
          break;
        }
        case 'other': {
          if (s.error) {
            sink.unparsed(s, 'Python syntax error');
            break;
          }
          const branch = s.branches && this.tests.choose(s.branches);
          if (branch) await this.body(branch.body, batch, outside);
          else if (branch === null) break; // no branch runs on this database
          // A test Migra cannot decide: the whole statement is opaque, reported at its `if` line.
          else if (s.branches) {
            const test = s.branches[0].test;
            sink.emit({ from: s.from, to: test?.to ?? s.to }, [{ kind: 'opaque_code', description: `Python if statement (${test ? firstLine(sink.mod.text(test)) : '…'})` }], outside);
          }
          else sink.emit(s, [{ kind: 'opaque_code', description: `Python ${s.what.replace(/Statement$/, '').toLowerCase()} statement` }], outside);
          break;
        }
        default:
          sink.emit(s, [{ kind: 'opaque_code', description: 'Python code' }], outside);
      }
    }
  }

  private async call(v: Call, batch: { table: QName; alias: string } | undefined, outside: boolean): Promise<void> {
    const sink = this.sink;
    const owner = v.callee.slice(0, v.callee.lastIndexOf('.'));
    const name = lastPart(v.callee);
    const inBatch = !!batch && owner === batch.alias;
    if (owner !== 'op' && !inBatch) {
      sink.emit(v, [{ kind: 'opaque_code', description: `Python call ${v.callee}()` }], outside);
      return;
    }
    if (name === 'execute') {
      const sqlArg = this.val(arg(v, 0, 'sqltext'));
      if (!sqlArg) return sink.unparsed(v, 'op.execute without SQL'), undefined;
      await sink.sql(sqlArg, v, outside);
      return;
    }
    const ops = this.op(name, v, batch?.table);
    if (typeof ops === 'string') {
      sink.emit(v, [{ kind: 'unparsed', message: ops }], outside);
      return;
    }
    sink.emit(v, ops, outside);
  }

  /** Positional arguments shift by one inside a batch (the table is the batch's). */
  private op(name: string, v: Call, batchTable: QName | undefined): Operation[] | string {
    const shift = batchTable ? -1 : 0;
    const a = (i: number, key: string) => this.val(arg(v, i + shift < 0 ? -1 : i + shift, key));
    const schema = this.s(v.kwargs.get('schema'));
    const tableAt = (i: number, key = 'table_name'): QName | undefined => {
      if (batchTable) return batchTable;
      const t = this.s(arg(v, i, key));
      return t ? this.q(t, schema) : undefined;
    };
    const kw = v.kwargs;
    switch (name) {
      case 'create_table': {
        const t = this.s(arg(v, 0, 'table_name'));
        if (!t) return 'op.create_table without a literal table name';
        const table = this.q(t, schema);
        const columns: ColumnDef[] = [];
        const constraints: Constraint[] = [];
        const extra: Operation[] = [];
        const autoincs = new Map<ColumnDef, Autoinc>();
        for (const item of v.args.slice(1)) {
          const x = this.val(item);
          if (x?.t !== 'call') return 'op.create_table with an element that is not a literal Column or constraint';
          if (lastPart(x.callee) === 'Column') {
            const col = this.column(x, true);
            if (typeof col === 'string') return col;
            columns.push(col.def);
            autoincs.set(col.def, col.autoinc);
            extra.unshift(...col.before);
            extra.push(...col.after(table));
          } else {
            const c = this.tableConstraint(x);
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
        const auto = autoincrementColumn(columns.filter((c) => key.includes(c.name)), autoincs, this.dialect === 'postgresql');
        if (auto && !auto.identity) {
          if (this.dialect === 'postgresql') auto.serial = true;
          else auto.identity = 'auto';
        }
        return [...extra.filter((o) => o.kind === 'create_enum'), { kind: 'create_table', table, columns, constraints, ifNotExists: bool(kw.get('if_not_exists')) ?? false, temporary: false, asSelect: false }, ...extra.filter((o) => o.kind !== 'create_enum')];
      }
      case 'drop_table': {
        const t = tableAt(0);
        return t ? [{ kind: 'drop_table', table: t, ifExists: bool(kw.get('if_exists')) ?? false, cascade: false }] : 'op.drop_table without a literal table name';
      }
      case 'rename_table': {
        const o = this.s(arg(v, 0, 'old_table_name'));
        const n = this.s(arg(v, 1, 'new_table_name'));
        return o && n ? [{ kind: 'rename_table', table: this.q(o, schema), newName: this.q(n, schema) }] : 'op.rename_table without literal names';
      }
      case 'add_column': {
        const table = tableAt(0);
        const c = a(1, 'column');
        if (!table || c?.t !== 'call') return 'op.add_column without a literal table and sa.Column';
        const col = this.column(c, false);
        if (typeof col === 'string') return col;
        return [...col.before, { kind: 'add_column', table, column: col.def, ifNotExists: bool(kw.get('if_not_exists')) ?? false }, ...col.after(table)];
      }
      case 'drop_column': {
        const table = tableAt(0);
        const c = this.s(a(1, 'column_name'));
        return table && c ? [{ kind: 'drop_column', table, column: c, ifExists: bool(kw.get('if_exists')) ?? false, cascade: false }] : 'op.drop_column without literal names';
      }
      case 'alter_column': {
        const table = tableAt(0);
        let column = this.s(a(1, 'column_name'));
        if (!table || !column) return 'op.alter_column without literal names';
        const ops: Operation[] = [];
        const newName = this.s(kw.get('new_column_name'));
        const type = kw.get('type_');
        if (type) {
          const t = this.type(type);
          if (!t) return `Migra does not know the SQLAlchemy type ${sinkText(this.sink, type)}`;
          const op: Operation = { kind: 'alter_column_type', table, column, type: t.type };
          const using = this.s(kw.get('postgresql_using'));
          if (using) op.using = using;
          ops.push(op);
        }
        const nullable = bool(kw.get('nullable'));
        if (nullable === false) ops.push({ kind: 'set_not_null', table, column });
        if (nullable === true) ops.push({ kind: 'drop_not_null', table, column });
        if (kw.has('server_default')) {
          const d = this.val(kw.get('server_default'))!;
          if (d.t === 'bool' && !d.value) ops.push({ kind: 'drop_default', table, column });
          else if (d.t === 'none') ops.push({ kind: 'drop_default', table, column });
          else {
            const def = this.serverDefault(d);
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
        const idx = this.s(arg(v, 0, 'index_name'));
        const table = batchTable ?? (this.s(arg(v, 1, 'table_name')) ? this.q(this.s(arg(v, 1, 'table_name'))!, schema) : undefined);
        const cols = this.val(batchTable ? arg(v, 1, 'columns') : arg(v, 2, 'columns'));
        if (!table || !cols) return 'op.create_index without a literal table and columns';
        const elems: IndexElem[] = [];
        for (const c of cols.t === 'list' ? cols.items : [cols]) {
          const cv = this.val(c);
          if (cv?.t === 'str') elems.push(/^[A-Za-z_][\w$]*$/.test(cv.value) ? { column: cv.value } : { expr: cv.value });
          else elems.push({ expr: c ? this.sink.mod.text(c) : '?' });
        }
        const op: Operation = { kind: 'create_index', name: idx, table, elems, unique: bool(kw.get('unique')) ?? false, concurrently: bool(kw.get('postgresql_concurrently')) ?? false, ifNotExists: bool(kw.get('if_not_exists')) ?? false };
        const where = this.val(kw.get('postgresql_where') ?? kw.get('sqlite_where'));
        if (where) op.where = where.t === 'str' ? where.value : this.sink.mod.text(where);
        const using = this.s(kw.get('postgresql_using'));
        if (using) op.method = using;
        return [op];
      }
      case 'drop_index': {
        const idx = this.s(arg(v, 0, 'index_name'));
        if (!idx) return 'op.drop_index without a literal index name';
        const t = batchTable ?? (this.s(arg(v, 1, 'table_name')) ? this.q(this.s(arg(v, 1, 'table_name'))!, schema) : undefined);
        const op: Operation = { kind: 'drop_index', name: this.q(idx, schema), concurrently: bool(kw.get('postgresql_concurrently')) ?? false, ifExists: bool(kw.get('if_exists')) ?? false, cascade: false };
        if (t) op.table = t;
        return [op];
      }
      case 'create_unique_constraint':
      case 'create_primary_key': {
        const cname = this.s(arg(v, 0, 'constraint_name'));
        const table = batchTable ?? (this.s(arg(v, 1, 'table_name')) ? this.q(this.s(arg(v, 1, 'table_name'))!, schema) : undefined);
        const cols = strings(this.val(batchTable ? arg(v, 1, 'columns') : arg(v, 2, 'columns')));
        if (!table || !cols) return `op.${name} without a literal table and columns`;
        return [{ kind: 'add_constraint', table, constraint: { kind: name === 'create_primary_key' ? 'primary' : 'unique', name: cname, columns: cols } }];
      }
      case 'create_check_constraint': {
        const cname = this.s(arg(v, 0, 'constraint_name'));
        const table = batchTable ?? (this.s(arg(v, 1, 'table_name')) ? this.q(this.s(arg(v, 1, 'table_name'))!, schema) : undefined);
        const cond = this.val(batchTable ? arg(v, 1, 'condition') : arg(v, 2, 'condition'));
        if (!table || !cond) return 'op.create_check_constraint without a literal table and condition';
        return [{ kind: 'add_constraint', table, constraint: { kind: 'check', name: cname, columns: [], expr: cond.t === 'str' ? cond.value : this.sink.mod.text(cond) } }];
      }
      case 'create_foreign_key': {
        const cname = this.s(arg(v, 0, 'constraint_name'));
        const source = batchTable ?? (this.s(arg(v, 1, 'source_table')) ? this.q(this.s(arg(v, 1, 'source_table'))!, this.s(kw.get('source_schema'))) : undefined);
        const base = batchTable ? 1 : 2;
        const referent = this.s(arg(v, base, 'referent_table'));
        const local = strings(this.val(arg(v, base + 1, 'local_cols')));
        const remote = strings(this.val(arg(v, base + 2, 'remote_cols')));
        if (!source || !referent || !local || !remote) return 'op.create_foreign_key without literal tables and columns';
        const c: Constraint = { kind: 'foreign', name: cname, columns: local, references: { table: this.q(referent, this.s(kw.get('referent_schema'))), columns: remote } };
        const ondelete = this.s(kw.get('ondelete'));
        if (ondelete) c.references!.onDelete = ondelete.toLowerCase();
        if (bool(kw.get('postgresql_not_valid'))) c.notValid = true;
        return [{ kind: 'add_constraint', table: source, constraint: c }];
      }
      case 'drop_constraint': {
        const cname = this.s(arg(v, 0, 'constraint_name'));
        const table = batchTable ?? (this.s(arg(v, 1, 'table_name')) ? this.q(this.s(arg(v, 1, 'table_name'))!, schema) : undefined);
        if (!cname || !table) return 'op.drop_constraint without literal names';
        const type = this.s(kw.get('type_'));
        const op: Operation = { kind: 'drop_constraint', table, name: cname, ifExists: false, cascade: false };
        const kinds: Record<string, Constraint['kind']> = { foreignkey: 'foreign', unique: 'unique', check: 'check', primary: 'primary' };
        if (type && kinds[type]) op.constraintKind = kinds[type];
        return [op];
      }
      case 'bulk_insert': {
        const t = this.val(arg(v, 0, 'table'));
        const tname = t?.t === 'call' ? this.s(t.args[0]) : undefined;
        return [tname ? { kind: 'data_change', verb: 'insert', table: this.q(tname), hasWhere: false } : { kind: 'opaque_code', description: 'op.bulk_insert' }];
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

  private serverDefault(d: PyValue): { text: string; volatile: boolean } | undefined {
    const v = this.val(d);
    if (!v) return undefined;
    if (v.t === 'str') {
      // A string server_default is quoted as a literal; sa.text(...) is SQL as written.
      const raw = d.t === 'call' && (lastPart(d.callee) === 'text' || lastPart(d.callee) === 'literal_column');
      if (raw) return { text: v.value, volatile: /\b(random|gen_random_uuid|uuid_generate_v4|clock_timestamp|nextval|uuid)\s*\(/i.test(v.value) };
      return { text: sqlString(v.value), volatile: false };
    }
    return pyDbExpression(v, this.dialect) ?? literalSql(v, this.sink.mod);
  }

  private column(c: Call, inCreate: boolean): { def: ColumnDef; before: Operation[]; after: (t: QName) => Operation[]; autoinc: Autoinc } | string {
    const name = this.s(c.args[0] ?? c.kwargs.get('name'));
    if (!name) return 'sa.Column without a literal name';
    const typeArg = c.args.slice(1).find((x) => !(x.t === 'call' && ['ForeignKey', 'Identity', 'Computed', 'CheckConstraint', 'Sequence'].includes(lastPart(x.callee)))) ?? c.kwargs.get('type_');
    const mapped = typeArg ? this.type(typeArg) : undefined;
    if (!mapped) return `Migra does not know the SQLAlchemy type ${typeArg ? sinkText(this.sink, typeArg) : '(none given)'} of column ${name}`;
    const pk = bool(c.kwargs.get('primary_key')) ?? false;
    const nullable = bool(c.kwargs.get('nullable')) ?? !pk;
    const constraints: Constraint[] = [];
    if (pk) constraints.push({ kind: 'primary', columns: [name] });
    if (bool(c.kwargs.get('unique')) && inCreate) constraints.push({ kind: 'unique', columns: [name] });
    const def: ColumnDef = { name, type: mapped.type, nullable, constraints };
    for (const x of c.args.slice(1)) {
      if (x.t !== 'call') continue;
      const kind = lastPart(x.callee);
      if (kind === 'ForeignKey') {
        const target = this.s(x.args[0] ?? x.kwargs.get('column'));
        if (target) {
          const parts = target.split('.');
          const col = parts.pop()!;
          const fk: Constraint = { kind: 'foreign', name: this.s(x.kwargs.get('name')), columns: [name], references: { table: parts.length > 1 ? { schema: parts[0], name: parts[1] } : { name: parts[0] }, columns: [col] } };
          const ondelete = this.s(x.kwargs.get('ondelete'));
          if (ondelete) fk.references!.onDelete = ondelete.toLowerCase();
          constraints.push(fk);
        }
      } else if (kind === 'Identity') def.identity = bool(x.kwargs.get('always')) ? 'always' : 'by default';
      else if (kind === 'Computed') {
        const e = this.s(x.args[0]);
        def.generated = { expr: e ?? sinkText(this.sink, x), stored: bool(x.kwargs.get('persisted')) ?? true };
      }
    }
    const sd = c.kwargs.get('server_default');
    if (sd && sd.t !== 'none') {
      const d = this.serverDefault(sd);
      if (d) def.default = d;
    }
    const ai = c.kwargs.get('autoincrement');
    const autoinc = {
      flag: ai === undefined ? ('auto' as const) : ai.t === 'str' && ai.value === 'ignore_fk' ? ('ignore_fk' as const) : bool(ai) ?? ('auto' as const),
      integer: ['integer', 'bigint', 'smallint'].includes(mapped.type.name),
      foreignKey: constraints.some((k) => k.kind === 'foreign'),
      serverDefault: !!def.default,
      pythonDefault: !!c.kwargs.get('default') && c.kwargs.get('default')?.t !== 'none',
    };
    // SERIAL / AUTO_INCREMENT is decided per table (autoincrementColumn), once its primary key is known.
    const before: Operation[] = mapped.enum && this.dialect === 'postgresql' && inCreate ? [{ kind: 'create_enum', name: { name: mapped.enum.name }, values: mapped.enum.values }] : [];
    const after = (t: QName): Operation[] =>
      bool(c.kwargs.get('index')) ? [{ kind: 'create_index', name: `ix_${t.name}_${name}`, table: t, elems: [{ column: name }], unique: bool(c.kwargs.get('unique')) ?? false, concurrently: false, ifNotExists: false }] : [];
    return { def, before, after, autoinc };
  }

  private tableConstraint(x: Call): Constraint | undefined | string {
    const kind = lastPart(x.callee);
    const name = this.s(x.kwargs.get('name'));
    const cols = () => x.args.map((a) => this.s(a)).filter((s): s is string => !!s);
    switch (kind) {
      case 'PrimaryKeyConstraint':
        return { kind: 'primary', name, columns: cols() };
      case 'UniqueConstraint':
        return { kind: 'unique', name, columns: cols() };
      case 'CheckConstraint': {
        const e = this.val(x.args[0] ?? x.kwargs.get('sqltext'));
        return { kind: 'check', name, columns: [], expr: e?.t === 'str' ? e.value : sinkText(this.sink, x) };
      }
      case 'ForeignKeyConstraint': {
        const local = strings(this.val(x.args[0] ?? x.kwargs.get('columns')));
        const remote = strings(this.val(x.args[1] ?? x.kwargs.get('refcolumns')));
        if (!local || !remote || !remote.length) return 'sa.ForeignKeyConstraint without literal columns';
        const parts = remote[0].split('.');
        parts.pop();
        const c: Constraint = { kind: 'foreign', name, columns: local, references: { table: parts.length > 1 ? { schema: parts[0], name: parts[1] } : { name: parts[0] }, columns: remote.map((r) => r.split('.').pop()!) } };
        const ondelete = this.s(x.kwargs.get('ondelete'));
        if (ondelete) c.references!.onDelete = ondelete.toLowerCase();
        return c;
      }
      case 'Index':
        return undefined;
      default:
        return `Migra does not know the table element ${x.callee}`;
    }
  }

  /** SQLAlchemy type → SQL type of the dialect. */
  type(v: PyValue): { type: SqlType; enum?: { name: string; values: string[] } } | undefined {
    const call = v.t === 'call' ? v : undefined;
    const cls = v.t === 'name' ? lastPart(v.name) : call ? lastPart(call.callee) : undefined;
    if (!cls) return undefined;
    const d = this.dialect;
    const pg = d === 'postgresql';
    const my = d === 'mysql' || d === 'mariadb';
    const t = (n: string, args: number[] = []) => ({ type: makeType(d, n, args) });
    const n0 = call ? num(call.args[0] ?? call.kwargs.get('length') ?? call.kwargs.get('precision')) : undefined;
    const tz = call ? bool(call.kwargs.get('timezone') ?? call.args[0]) : undefined;
    switch (cls.toLowerCase()) {
      case 'string':
      case 'varchar':
      case 'unicode':
      case 'nvarchar':
        return t('varchar', n0 !== undefined ? [n0] : []);
      case 'char':
      case 'nchar':
        return t('char', n0 !== undefined ? [n0] : []);
      case 'text':
      case 'unicodetext':
        return t('text');
      case 'integer':
      case 'int':
        return t('integer');
      case 'biginteger':
      case 'bigint':
        return t('bigint');
      case 'smallinteger':
      case 'smallint':
        return t('smallint');
      case 'tinyint':
        return t('tinyint');
      case 'boolean':
        return t('boolean');
      case 'datetime':
        return t(tz ? (pg ? 'timestamptz' : my ? 'datetime' : 'datetime') : pg ? 'timestamp' : 'datetime');
      case 'timestamp':
        return t(tz && pg ? 'timestamptz' : 'timestamp');
      case 'date':
        return t('date');
      case 'time':
        return t(tz && pg ? 'timetz' : 'time');
      case 'interval':
        return t(pg ? 'interval' : 'datetime');
      case 'numeric':
      case 'decimal': {
        const p = call ? num(call.args[0] ?? call.kwargs.get('precision')) : undefined;
        const s = call ? num(call.args[1] ?? call.kwargs.get('scale')) : undefined;
        return t('numeric', p !== undefined ? (s !== undefined ? [p, s] : [p]) : []);
      }
      case 'float':
      case 'double':
      case 'double_precision':
        return t(pg || my ? 'double precision' : 'real');
      case 'real':
        return t('real');
      case 'json':
        return t('json');
      case 'jsonb':
        return t(pg ? 'jsonb' : 'json');
      case 'uuid':
      case 'uuidtype':
        return pg ? t('uuid') : t('char', [32]);
      case 'largebinary':
      case 'binary':
      case 'bytea':
      case 'blob':
        return t(pg ? 'bytea' : 'blob');
      case 'inet':
      case 'cidr':
      case 'macaddr':
      case 'citext':
      case 'tsvector':
      case 'hstore':
      case 'money':
        return t(cls.toLowerCase());
      case 'array': {
        const inner = call?.args[0] ?? call?.kwargs.get('item_type');
        const it = inner ? this.type(inner) : undefined;
        return it && { type: { ...it.type, array: it.type.array + 1, raw: `${it.type.raw}[]` } };
      }
      case 'enum': {
        const values = (call?.args ?? []).map((a) => this.s(a)).filter((x): x is string => x !== undefined);
        const name = this.s(call?.kwargs.get('name'));
        if (pg && name) return { type: makeType(d, name), enum: bool(call?.kwargs.get('create_type')) === false ? undefined : { name, values } };
        if (my) return { type: makeType(d, 'enum', [], { values }) };
        return t('varchar', [Math.max(1, ...values.map((x) => x.length))]);
      }
      default:
        return undefined;
    }
  }
}

function sinkText(sink: OpSink, v: PyValue): string {
  const t = sink.mod.text(v).replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

export { items as pyItems };
