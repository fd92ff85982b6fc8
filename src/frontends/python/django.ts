import type { Dialect } from '../../model/dialect.js';
import type { ColumnDef, Constraint, DefaultExpr, IndexElem, Operation, QName } from '../../model/operation.js';
import { makeType, typeToSql, type SqlType } from '../../model/sql-type.js';
import { djangoIndexName, literalSql, OpSink, pyDbExpression } from './common.js';
import { djangoCondition, djangoIndexElem, type ColumnOf } from './django-expr.js';
import { AUTO_FIELDS, djangoFieldType, EMPTY_STRING_FIELDS, fieldColumn, joinTableName, M2M_FIELDS, projectField, RELATION_FIELDS, relatedType } from './django-types.js';
import type { FieldClassIndex } from '../../python/field-classes.js';
import { addFieldRemakes, alterFieldRemakes, hasFkConstraint, remakeTable, removeFieldRemakes } from './django-sqlite.js';
import { arg, bool, dictGet, items, lastPart, str, strings, type PyModule, type PyStmt, type PyValue } from '../../python/reader.js';
import { migrationClass } from '../../python/shapes.js';

type Call = Extract<PyValue, { t: 'call' }>;

export interface DjangoField {
  name: string;
  column: string;
  cls: string;
  call: Call;
  /** Undefined for many-to-many fields, which have no column. */
  type?: SqlType;
  nullable: boolean;
  pk: boolean;
  unique: boolean;
  dbIndex: boolean;
  /** Related model key (`app.model`). */
  to?: string;
  toColumn?: string;
}

export interface DjangoModel {
  app: string;
  name: string;
  table: string;
  /** managed = False / proxy = True: Django creates no table. */
  unmanaged: boolean;
  fields: Map<string, DjangoField>;
  uniqueTogether: string[][];
  indexTogether: string[][];
  /** Meta.indexes and Meta.constraints as the migrations left them (`name` after a RenameIndex). */
  indexes?: { value: PyValue; name?: string }[];
  constraints?: { value: PyValue; name?: string }[];
  /** The replay never saw the model created, or could not read all of it: its table may hold more than the state knows. */
  partial?: boolean;
  /** A proxy model: the key of the model whose table it uses (`bases=('core.managedfile', …)`). */
  concrete?: string;
}

/** The model state Django keeps while it runs migrations in order; shared by the files of one set. */
export class DjangoState {
  readonly models = new Map<string, DjangoModel>();
  /** `AUTH_USER_MODEL` as `app.model`, lower case. */
  userModel = 'auth.user';
  /** The database version (SQLite: whether ALTER TABLE … DROP COLUMN exists). */
  version?: string;
  /** Field classes the project defines (python/field-classes.ts). */
  fieldClasses?: FieldClassIndex;
  /** The primary key class of the app of the file being read, when the project says (DEFAULT_AUTO_FIELD); BigAutoField otherwise. */
  autoField?: string;
}

export function modelKey(app: string, name: string): string {
  return `${app}.${name.toLowerCase()}`;
}

/**
 * The operations of a Django migration, as the SQL `sqlmigrate` would print for it: table and
 * column names as Django makes them, Django's column types per dialect, its default handling
 * (a Django default is added as a database default with the column and dropped right after), and
 * the indexes and foreign keys it creates. RunSQL goes through the SQL front end; RunPython is opaque.
 */
export async function mapDjango(mod: PyModule, file: string, app: string, dialect: Dialect, state: DjangoState): Promise<{ ops: OpSink['ops']; outside: OpSink['outside'] }> {
  const sink = new OpSink(mod, file, dialect);
  const cls = migrationClass(mod);
  if (!cls) {
    sink.unparsed({ from: 0, to: Math.min(mod.src.length, mod.src.indexOf('\n') < 0 ? mod.src.length : mod.src.indexOf('\n')) }, 'no `class Migration` found in this Django migration file');
    return sink;
  }
  const body = new Map<string, Extract<PyStmt, { t: 'assign' }>>();
  for (const s of cls.body) if (s.t === 'assign') for (const t of s.targets) body.set(t, s);
  for (const s of cls.body) {
    if (s.t === 'other') sink.unparsed(s, s.error ? 'Python syntax error in the Migration class' : `Migra does not read \`${s.what}\` in a Migration class`);
  }
  const operations = body.get('operations');
  const list = items(operations?.value);
  if (operations && !list) sink.unparsed(operations, 'the operations are not a literal list');
  const mapper = new DjangoMapper(sink, app, dialect, state);
  for (const op of list ?? []) await mapper.operation(op, true);
  if (mod.errors.length && !sink.ops.some((o) => o.kind === 'unparsed')) {
    const at = mod.errors[0];
    sink.unparsed({ from: at, to: Math.max(at, mod.src.indexOf('\n', at) < 0 ? mod.src.length : mod.src.indexOf('\n', at)) }, 'Python syntax error');
  }
  return sink;
}

class DjangoMapper {
  constructor(
    private sink: OpSink,
    private app: string,
    private dialect: Dialect,
    private state: DjangoState,
  ) {}

  private q(name: string): QName {
    return { name };
  }

  private resolve(ref: PyValue | undefined, selfKey?: string): string | undefined {
    if (ref?.t === 'name' && /AUTH_USER_MODEL$/.test(ref.name)) return this.state.userModel;
    const s = str(ref);
    if (s === undefined) return undefined;
    if (s === 'self') return selfKey;
    return s.includes('.') ? `${s.split('.')[0]}.${s.split('.').slice(1).join('.').toLowerCase()}` : modelKey(this.app, s);
  }

  private model(name: PyValue | undefined): DjangoModel | undefined {
    const n = str(name);
    if (n === undefined) return undefined;
    const key = modelKey(this.app, n);
    let m = this.state.models.get(key);
    if (!m) {
      // A model this replay never saw created (history squashed away, or created by a dependency outside the repo).
      m = { app: this.app, name: n, table: `${this.app}_${n.toLowerCase()}`, unmanaged: false, fields: new Map(), uniqueTogether: [], indexTogether: [], partial: true };
      this.state.models.set(key, m);
    }
    return m;
  }

  /** Primary key type and column of a model (by key), with Django's defaults for models outside the repo. */
  private targetOf(to: string | undefined): { table: string; column: string; type: SqlType } {
    let key = to;
    let m = key ? this.state.models.get(key) : undefined;
    // A key to a proxy model references the table of the concrete model it stands for.
    for (let hops = 0; m?.concrete && hops < 10; hops++) {
      key = m.concrete;
      m = this.state.models.get(key);
    }
    if (m) {
      const pk = [...m.fields.values()].find((f) => f.pk);
      if (pk?.type) return { table: m.table, column: pk.column, type: relatedType(pk.type, this.dialect) };
      const auto = this.state.autoField ?? 'BigAutoField';
      return { table: m.table, column: 'id', type: makeType(this.dialect, auto === 'AutoField' ? 'integer' : auto === 'SmallAutoField' ? 'smallint' : 'bigint') };
    }
    const [app, model] = (key ?? 'unknown.unknown').split('.');
    // contrib apps use AutoField; projects since Django 3.2 default to BigAutoField.
    const contrib = ['auth', 'contenttypes', 'sites', 'admin', 'sessions'].includes(app);
    return { table: `${app}_${model}`, column: 'id', type: makeType(this.dialect, contrib ? 'integer' : 'bigint') };
  }

  private field(name: string, value: PyValue, model: DjangoModel): DjangoField | string {
    if (value.t !== 'call') return 'the field is not a literal field class call';
    // A field class of the project: read as the Django field it extends, or typed by its db_type().
    const known = (c: string) => RELATION_FIELDS.has(c) || M2M_FIELDS.has(c) || !!djangoFieldType(c, value, this.dialect);
    const own = this.state.fieldClasses ? projectField(value.callee, this.state.fieldClasses, known) : undefined;
    const v: Call = own?.base ? { ...value, callee: `models.${own.base}` } : value;
    const cls = lastPart(v.callee);
    const kw = v.kwargs;
    const pk = bool(kw.get('primary_key')) ?? false;
    const unique = pk || (bool(kw.get('unique')) ?? false) || cls === 'OneToOneField';
    const nullable = !pk && (bool(kw.get('null')) ?? false);
    if (M2M_FIELDS.has(cls)) {
      return { name, column: name, cls, call: v, nullable: true, pk: false, unique: false, dbIndex: false, to: this.resolve(arg(v, 0, 'to'), modelKey(model.app, model.name)) };
    }
    if (RELATION_FIELDS.has(cls)) {
      const to = this.resolve(arg(v, 0, 'to'), modelKey(model.app, model.name));
      const target = this.targetOf(to);
      const toField = str(kw.get('to_field'));
      const toColumn = toField ? (this.state.models.get(to ?? '')?.fields.get(toField)?.column ?? toField) : target.column;
      const toType = toField ? (this.state.models.get(to ?? '')?.fields.get(toField)?.type ?? target.type) : target.type;
      return { name, column: fieldColumn(name, v), cls, call: v, type: toType, nullable, pk, unique, dbIndex: bool(kw.get('db_index')) ?? true, to, toColumn };
    }
    const mapped = own?.dbType ? { type: makeType(this.dialect, own.dbType) } : djangoFieldType(v.callee, v, this.dialect);
    if (!mapped) return `Migra does not know the column type of the field class ${v.callee}`;
    return { name, column: fieldColumn(name, v), cls, call: v, type: mapped.type, nullable, pk, unique, dbIndex: bool(kw.get('db_index')) ?? false };
  }

  /** The default Django writes into the ADD COLUMN (its `effective_default`), if any. */
  private effectiveDefault(f: DjangoField): DefaultExpr | undefined {
    const kw = f.call.kwargs;
    const d = kw.get('default');
    if (d && d.t !== 'none' && !(d.t === 'name' && /NOT_PROVIDED$/.test(d.name))) return literalSql(d, this.sink.mod);
    if (!f.nullable && bool(kw.get('blank')) && EMPTY_STRING_FIELDS.has(lastPart(f.cls))) return { text: "''", volatile: false };
    if (bool(kw.get('auto_now')) || bool(kw.get('auto_now_add'))) return { text: "'<now at migration time>'", volatile: false };
    return undefined;
  }

  private dbDefault(f: DjangoField): DefaultExpr | undefined {
    const d = f.call.kwargs.get('db_default');
    return d ? (pyDbExpression(d, this.dialect) ?? literalSql(d, this.sink.mod)) : undefined;
  }

  private columnDef(model: DjangoModel, f: DjangoField, withDefault: boolean): ColumnDef {
    const constraints: Constraint[] = [];
    if (f.pk) constraints.push({ kind: 'primary', columns: [f.column] });
    else if (f.unique) constraints.push({ kind: 'unique', columns: [f.column] });
    if (f.to && RELATION_FIELDS.has(lastPart(f.cls)) && f.call.kwargs.get('db_constraint')?.t !== 'bool') {
      const target = this.targetOf(f.to);
      constraints.push({
        kind: 'foreign',
        name: djangoIndexName(model.table, [f.column], `_fk_${target.table}_${f.toColumn ?? target.column}`, this.dialect),
        columns: [f.column],
        references: { table: this.q(target.table), columns: [f.toColumn ?? target.column] },
        deferrable: this.dialect === 'postgresql' ? true : undefined,
      });
    }
    const mapped = djangoFieldType(f.cls, f.call, this.dialect);
    if (mapped?.positiveCheck) constraints.push({ kind: 'check', name: djangoIndexName(model.table, [f.column], '_check', this.dialect).replace(/_[0-9a-f]{8}_check$/, '_check'), columns: [f.column], expr: `"${f.column}" >= 0` });
    const col: ColumnDef = { name: f.column, type: f.type!, nullable: f.nullable, constraints };
    const def = this.dbDefault(f) ?? (withDefault ? this.effectiveDefault(f) : undefined);
    if (def) col.default = def;
    if (mapped?.identity && f.pk) col.identity = mapped.identity;
    return col;
  }

  /** Indexes Django creates for a field: db_index (not unique), ForeignKey, and the `_like` index on PostgreSQL. */
  private fieldIndexes(model: DjangoModel, f: DjangoField): Operation[] {
    const out: Operation[] = [];
    const table = this.q(model.table);
    if (f.dbIndex && !f.unique && !f.pk) {
      out.push({ kind: 'create_index', name: djangoIndexName(model.table, [f.column], '', this.dialect), table, elems: [{ column: f.column }], unique: false, concurrently: false, ifNotExists: false });
    }
    // A primary key is unique too (Django's Field.unique): a CharField key gets its _like index.
    const like = (f.dbIndex && !RELATION_FIELDS.has(lastPart(f.cls))) || f.unique || f.pk ? this.likeIndex(model, f) : undefined;
    if (like) out.push(like);
    return out;
  }

  /** PostgreSQL's second index of a varchar / text column (`_create_like_index_sql`), for LIKE 'x%' queries. */
  private likeIndex(model: DjangoModel, f: DjangoField): Operation | undefined {
    const textual = f.type && ['varchar', 'text'].includes(f.type.name) && !f.type.array;
    if (this.dialect !== 'postgresql' || !textual) return undefined;
    const opclass = f.type!.name === 'text' ? 'text_pattern_ops' : 'varchar_pattern_ops';
    return { kind: 'create_index', name: djangoIndexName(model.table, [f.column], '_like', this.dialect), table: this.q(model.table), elems: [{ column: f.column, modifier: opclass }], unique: false, concurrently: false, ifNotExists: false };
  }

  private m2mTable(model: DjangoModel, f: DjangoField): Operation[] {
    if (f.call.kwargs.has('through')) return [];
    const target = this.targetOf(f.to);
    const own = this.targetOf(modelKey(model.app, model.name));
    const table = joinTableName(model.table, f.name, f.call);
    const from = `${model.name.toLowerCase()}_id`;
    const toName = (f.to ?? 'x.x').split('.')[1];
    const to = toName === model.name.toLowerCase() ? `to_${toName}_id` : `${toName}_id`;
    const fromCol = from === to ? `from_${from}` : from;
    // The join table's key is the app's default auto field (DEFAULT_AUTO_FIELD / AppConfig.default_auto_field).
    const auto = this.state.autoField ?? 'BigAutoField';
    const bigint = makeType(this.dialect, this.dialect === 'sqlite' || auto === 'AutoField' ? 'integer' : auto === 'SmallAutoField' ? 'smallint' : 'bigint');
    const pair = this.uniqueTogether(table, [fromCol, to]);
    const fk = (col: string, t: { table: string; column: string }): Constraint => ({ kind: 'foreign', name: djangoIndexName(table, [col], `_fk_${t.table}_${t.column}`, this.dialect), columns: [col], references: { table: this.q(t.table), columns: [t.column] } });
    return [
      {
        kind: 'create_table',
        table: this.q(table),
        columns: [
          { name: 'id', type: bigint, nullable: false, identity: this.dialect === 'postgresql' ? 'by default' : 'auto', constraints: [{ kind: 'primary', columns: ['id'] }] },
          { name: fromCol, type: own.type, nullable: false, constraints: [fk(fromCol, own)] },
          { name: to, type: target.type, nullable: false, constraints: [fk(to, target)] },
        ],
        constraints: pair.kind === 'add_constraint' ? [pair.constraint] : [],
        ifNotExists: false,
        temporary: false,
        asSelect: false,
      },
      ...(pair.kind === 'create_index' ? [pair] : []),
      { kind: 'create_index', name: djangoIndexName(table, [fromCol], '', this.dialect), table: this.q(table), elems: [{ column: fromCol }], unique: false, concurrently: false, ifNotExists: false },
      { kind: 'create_index', name: djangoIndexName(table, [to], '', this.dialect), table: this.q(table), elems: [{ column: to }], unique: false, concurrently: false, ifNotExists: false },
    ];
  }

  /**
   * A `unique_together` (or a join table's pair): a UNIQUE constraint, except on SQLite, whose
   * schema editor writes `CREATE UNIQUE INDEX …_uniq` (`sql_create_unique`).
   */
  private uniqueTogether(table: string, columns: string[]): Extract<Operation, { kind: 'add_constraint' | 'create_index' }> {
    const name = djangoIndexName(table, columns, '_uniq', this.dialect);
    if (this.dialect === 'sqlite') return { kind: 'create_index', name, table: this.q(table), elems: columns.map((c) => ({ column: c })), unique: true, concurrently: false, ifNotExists: false };
    return { kind: 'add_constraint', table: this.q(table), constraint: { kind: 'unique', name, columns } };
  }

  /** The column of a field the model knows (`pk` too), for translating Q / F expressions; undefined for any other name. */
  private columnOf(model: DjangoModel): ColumnOf {
    return (field) => (field === 'pk' ? [...model.fields.values()].find((f) => f.pk) : model.fields.get(field))?.column;
  }

  private columnsOf(model: DjangoModel, fields: string[]): string[] {
    return fields.map((n) => model.fields.get(n)?.column ?? n);
  }

  private index(model: DjangoModel, v: PyValue | undefined, concurrently: boolean): Operation | string {
    if (v?.t !== 'call') return 'the index is not a literal models.Index(...) call';
    const name = str(v.kwargs.get('name'));
    const fields = strings(v.kwargs.get('fields'));
    const elems: IndexElem[] = [];
    // opclasses=['inet_ops'] pairs with fields=[…] in order.
    const opclasses = strings(v.kwargs.get('opclasses')) ?? [];
    for (const [n, f] of (fields ?? []).entries()) {
      const desc = f.startsWith('-');
      const col = this.columnsOf(model, [desc ? f.slice(1) : f])[0];
      elems.push({ column: col, ...(desc ? { desc } : {}), ...(opclasses[n] ? { modifier: opclasses[n] } : {}) });
    }
    const columnOf = this.columnOf(model);
    for (const e of v.args) elems.push(djangoIndexElem(e, columnOf, this.dialect) ?? { expr: this.sink.mod.text(e) });
    if (!elems.length) return 'an index without literal fields';
    const method = { GinIndex: 'gin', GistIndex: 'gist', BrinIndex: 'brin', HashIndex: 'hash', SpGistIndex: 'spgist', BloomIndex: 'bloom', BTreeIndex: 'btree' }[lastPart(v.callee)];
    const op: Operation = { kind: 'create_index', name, table: this.q(model.table), elems, unique: lastPart(v.callee) === 'UniqueConstraint', concurrently, ifNotExists: false };
    const cond = v.kwargs.get('condition');
    if (cond) op.where = djangoCondition(cond, columnOf, this.dialect) ?? this.sink.mod.text(cond);
    if (method) op.method = method;
    const include = strings(v.kwargs.get('include'));
    if (include) op.include = this.columnsOf(model, include);
    return op;
  }

  private constraint(model: DjangoModel, v: PyValue | undefined): Operation | string {
    if (v?.t !== 'call') return 'the constraint is not a literal constraint call';
    const name = str(v.kwargs.get('name'));
    const table = this.q(model.table);
    switch (lastPart(v.callee)) {
      case 'UniqueConstraint': {
        const fields = strings(v.kwargs.get('fields'));
        if (v.kwargs.has('condition') || v.args.length || v.kwargs.has('expressions') || !fields) {
          const idx = this.index(model, v, false);
          if (typeof idx !== 'string' && idx.kind === 'create_index') idx.unique = true;
          return idx;
        }
        return { kind: 'add_constraint', table, constraint: { kind: 'unique', name, columns: this.columnsOf(model, fields) } };
      }
      case 'CheckConstraint': {
        const check = v.kwargs.get('condition') ?? v.kwargs.get('check');
        const expr = check ? (djangoCondition(check, this.columnOf(model), this.dialect) ?? this.sink.mod.text(check)) : 'true';
        return { kind: 'add_constraint', table, constraint: { kind: 'check', name, columns: [], expr } };
      }
      case 'ExclusionConstraint':
        return { kind: 'add_constraint', table, constraint: { kind: 'exclude', name, columns: [], expr: this.sink.mod.text(v) } };
      default:
        return `Migra does not know the constraint class ${v.callee}`;
    }
  }

  async operation(v: PyValue, emit: boolean): Promise<void> {
    const sink = this.sink;
    const out = (ops: Operation[]) => {
      if (emit) sink.emit(v, ops);
    };
    const fail = (message: string) => {
      if (emit) sink.unparsed(v, message);
    };
    if (v.t !== 'call') return fail('an operation that is not a literal call');
    const kw = v.kwargs;
    const kind = lastPart(v.callee);
    switch (kind) {
      case 'CreateModel': {
        const name = str(arg(v, 0, 'name'));
        const fields = items(arg(v, 1, 'fields'));
        if (!name || !fields) return fail('CreateModel without a literal name and fields');
        const options = arg(v, 2, 'options');
        const dbTable = str(dictGet(options, 'db_table'));
        const key = modelKey(this.app, name);
        const model: DjangoModel = { app: this.app, name, table: dbTable ?? `${this.app}_${name.toLowerCase()}`, unmanaged: bool(dictGet(options, 'managed')) === false || bool(dictGet(options, 'proxy')) === true, fields: new Map(), uniqueTogether: [], indexTogether: [] };
        const problems: string[] = [];
        for (const pair of fields) {
          const [n, f] = pair.t === 'list' ? pair.items : [];
          const fname = str(n);
          if (!fname || !f) {
            problems.push('a field that is not a literal (name, field) pair');
            continue;
          }
          const field = this.field(fname, f, model);
          if (typeof field === 'string') problems.push(field);
          else model.fields.set(fname, field);
        }
        model.indexes = (items(dictGet(options, 'indexes')) ?? []).map((value) => ({ value }));
        model.constraints = (items(dictGet(options, 'constraints')) ?? []).map((value) => ({ value }));
        if (bool(dictGet(options, 'proxy')) === true) {
          const base = (items(arg(v, 3, 'bases')) ?? []).map((b) => (b.t === 'str' ? this.resolve(b) : undefined)).find((k) => k !== undefined);
          if (base) model.concrete = base;
        }
        this.state.models.set(key, model);
        if (problems.length) {
          model.partial = true;
          return fail(problems[0]);
        }
        if (model.unmanaged) return out([{ kind: 'other', description: `CreateModel ${name} (no table: unmanaged or proxy)` }]);
        const cols = [...model.fields.values()].filter((f) => f.type);
        const constraints: Constraint[] = [];
        model.uniqueTogether = togetherOf(dictGet(options, 'unique_together'));
        model.indexTogether = togetherOf(dictGet(options, 'index_together'));
        const together = model.uniqueTogether.map((u) => this.uniqueTogether(model.table, this.columnsOf(model, u)));
        constraints.push(...together.flatMap((t) => (t.kind === 'add_constraint' ? [t.constraint] : [])));
        const ops: Operation[] = [{ kind: 'create_table', table: this.q(model.table), columns: cols.map((f) => this.columnDef(model, f, false)), constraints, ifNotExists: false, temporary: false, asSelect: false }];
        ops.push(...together.filter((t) => t.kind === 'create_index'));
        for (const f of cols) ops.push(...this.fieldIndexes(model, f));
        for (const f of model.fields.values()) if (!f.type) ops.push(...this.m2mTable(model, f));
        for (const t of model.indexTogether) ops.push({ kind: 'create_index', name: djangoIndexName(model.table, this.columnsOf(model, t), '_idx', this.dialect), table: this.q(model.table), elems: this.columnsOf(model, t).map((c) => ({ column: c })), unique: false, concurrently: false, ifNotExists: false });
        for (const i of items(dictGet(options, 'indexes')) ?? []) {
          const op = this.index(model, i, false);
          if (typeof op !== 'string') ops.push(op);
        }
        for (const c of items(dictGet(options, 'constraints')) ?? []) {
          const op = this.constraint(model, c);
          if (typeof op !== 'string') ops.push(op);
        }
        return out(ops);
      }
      case 'DeleteModel': {
        const model = this.model(arg(v, 0, 'name'));
        if (!model) return fail('DeleteModel without a literal name');
        this.state.models.delete(modelKey(model.app, model.name));
        if (model.unmanaged) return out([]);
        const ops: Operation[] = [];
        for (const f of model.fields.values()) if (!f.type && !f.call.kwargs.has('through')) ops.push({ kind: 'drop_table', table: this.q(joinTableName(model.table, f.name, f.call)), ifExists: false, cascade: false });
        ops.push({ kind: 'drop_table', table: this.q(model.table), ifExists: false, cascade: false });
        return out(ops);
      }
      case 'RenameModel': {
        const model = this.model(arg(v, 0, 'old_name'));
        const newName = str(arg(v, 1, 'new_name'));
        if (!model || !newName) return fail('RenameModel without literal names');
        this.state.models.delete(modelKey(model.app, model.name));
        const defaultTable = model.table === `${model.app}_${model.name.toLowerCase()}`;
        const oldTable = model.table;
        model.name = newName;
        this.state.models.set(modelKey(model.app, newName), model);
        if (!defaultTable || model.unmanaged) return out([]);
        model.table = `${model.app}_${newName.toLowerCase()}`;
        return out([{ kind: 'rename_table', table: this.q(oldTable), newName: this.q(model.table) }]);
      }
      case 'AlterModelTable': {
        const model = this.model(arg(v, 0, 'name'));
        if (!model) return fail('AlterModelTable without a literal name');
        const t = arg(v, 1, 'table');
        const table = t?.t === 'none' ? `${model.app}_${model.name.toLowerCase()}` : str(t);
        if (!table) return fail('AlterModelTable without a literal table');
        const old = model.table;
        model.table = table;
        return out(old === table || model.unmanaged ? [] : [{ kind: 'rename_table', table: this.q(old), newName: this.q(table) }]);
      }
      case 'AddField': {
        const model = this.model(arg(v, 0, 'model_name'));
        const name = str(arg(v, 1, 'name'));
        const fv = arg(v, 2, 'field');
        if (!model || !name || !fv) return fail('AddField without a literal model, name and field');
        const f = this.field(name, fv, model);
        if (typeof f === 'string') {
          model.partial = true;
          return fail(f);
        }
        model.fields.set(name, f);
        if (model.unmanaged) return out([]);
        if (!f.type) return out(this.m2mTable(model, f));
        const col = this.columnDef(model, f, true);
        const ops: Operation[] = [{ kind: 'add_column', table: this.q(model.table), column: col, ifNotExists: false }];
        // Django adds the column with its default so existing rows get a value, then drops the
        // database default: Django defaults live in Python (unless db_default is used).
        if (col.default && !this.dbDefault(f)) ops.push({ kind: 'drop_default', table: this.q(model.table), column: f.column });
        ops.push(...this.fieldIndexes(model, f));
        if (this.dialect === 'sqlite' && addFieldRemakes(f, !!this.effectiveDefault(f))) ops.push(...this.remake(model));
        return out(ops);
      }
      case 'RemoveField': {
        const model = this.model(arg(v, 0, 'model_name'));
        const name = str(arg(v, 1, 'name'));
        if (!model || !name) return fail('RemoveField without a literal model and name');
        const f = model.fields.get(name);
        model.fields.delete(name);
        // Django's remake leaves out the indexes on the removed field.
        model.indexes = model.indexes?.filter((i) => !fieldsOf(i.value).includes(name));
        if (model.unmanaged) return out([]);
        if (f && !f.type) return out(f.call.kwargs.has('through') ? [] : [{ kind: 'drop_table', table: this.q(joinTableName(model.table, f.name, f.call)), ifExists: false, cascade: false }]);
        const drop: Operation = { kind: 'drop_column', table: this.q(model.table), column: f?.column ?? name, ifExists: false, cascade: false };
        return out(this.dialect === 'sqlite' && f && removeFieldRemakes(f, this.state.version) ? [drop, ...this.remake(model)] : [drop]);
      }
      case 'AlterField': {
        const model = this.model(arg(v, 0, 'model_name'));
        const name = str(arg(v, 1, 'name'));
        const fv = arg(v, 2, 'field');
        if (!model || !name || !fv) return fail('AlterField without a literal model, name and field');
        const nf = this.field(name, fv, model);
        if (typeof nf === 'string') {
          model.partial = true;
          return fail(nf);
        }
        const old = model.fields.get(name);
        model.fields.set(name, nf);
        if (model.unmanaged || !nf.type) return out([]);
        if (!old || !old.type) return out([{ kind: 'other', description: `AlterField ${model.name}.${name} (previous definition unknown)` }]);
        const ops = this.alterField(model, old, nf);
        return out(this.dialect === 'sqlite' && alterFieldRemakes(ops, old, nf) ? [...ops, ...this.remake(model)] : ops);
      }
      case 'RenameField': {
        const model = this.model(arg(v, 0, 'model_name'));
        const oldName = str(arg(v, 1, 'old_name'));
        const newName = str(arg(v, 2, 'new_name'));
        if (!model || !oldName || !newName) return fail('RenameField without literal names');
        const f = model.fields.get(oldName);
        model.fields.delete(oldName);
        if (!f) return out([{ kind: 'rename_column', table: this.q(model.table), column: oldName, newName }]);
        const explicit = f.call.kwargs.has('db_column');
        const oldColumn = f.column;
        const renamed: DjangoField = { ...f, name: newName, column: explicit ? f.column : RELATION_FIELDS.has(lastPart(f.cls)) ? `${newName}_id` : newName };
        model.fields.set(newName, renamed);
        if (model.unmanaged || !f.type || renamed.column === oldColumn) return out([]);
        const rename: Operation = { kind: 'rename_column', table: this.q(model.table), column: oldColumn, newName: renamed.column };
        return out(this.dialect === 'sqlite' && hasFkConstraint(f) ? [rename, ...this.remake(model)] : [rename]);
      }
      case 'AddIndex':
      case 'AddIndexConcurrently': {
        const model = this.model(arg(v, 0, 'model_name'));
        if (!model) return fail(`${kind} without a literal model name`);
        const op = this.index(model, arg(v, 1, 'index'), kind === 'AddIndexConcurrently');
        if (typeof op !== 'string') model.indexes = [...(model.indexes ?? []), { value: arg(v, 1, 'index')! }];
        return typeof op === 'string' ? fail(op) : out(model.unmanaged ? [] : [op]);
      }
      case 'RemoveIndex':
      case 'RemoveIndexConcurrently': {
        const model = this.model(arg(v, 0, 'model_name'));
        const name = str(arg(v, 1, 'name'));
        if (!model || !name) return fail(`${kind} without literal names`);
        model.indexes = model.indexes?.filter((i) => metaName(i) !== name);
        return out(model.unmanaged ? [] : [{ kind: 'drop_index', name: this.q(name), table: this.q(model.table), concurrently: kind === 'RemoveIndexConcurrently', ifExists: false, cascade: false }]);
      }
      case 'RenameIndex': {
        const model = this.model(arg(v, 0, 'model_name'));
        const newName = str(arg(v, 1, 'new_name'));
        const oldName = str(kw.get('old_name'));
        const oldFields = strings(kw.get('old_fields'));
        if (!model || !newName || (!oldName && !oldFields)) return fail('RenameIndex without literal names');
        const from = oldName ?? djangoIndexName(model.table, this.columnsOf(model, oldFields!), '_idx', this.dialect);
        if (oldFields) model.indexTogether = model.indexTogether.filter((t) => t.join() !== oldFields.join());
        const renamed = model.indexes?.find((i) => metaName(i) === from);
        if (renamed) renamed.name = newName;
        return out(model.unmanaged ? [] : [{ kind: 'rename_index', name: this.q(from), newName }]);
      }
      case 'AddConstraint':
      case 'AddConstraintNotValid': {
        const model = this.model(arg(v, 0, 'model_name'));
        if (!model) return fail('AddConstraint without a literal model name');
        const op = this.constraint(model, arg(v, 1, 'constraint'));
        if (typeof op !== 'string' && op.kind === 'add_constraint' && kind === 'AddConstraintNotValid') op.constraint.notValid = true;
        if (typeof op === 'string') return fail(op);
        model.constraints = [...(model.constraints ?? []), { value: arg(v, 1, 'constraint')! }];
        // SQLite: a plain unique or check constraint is written into a remade table.
        return out(model.unmanaged ? [] : this.dialect === 'sqlite' && op.kind === 'add_constraint' ? [op, ...this.remake(model)] : [op]);
      }
      case 'ValidateConstraint': {
        const model = this.model(arg(v, 0, 'model_name'));
        const name = str(arg(v, 1, 'name'));
        if (!model || !name) return fail('ValidateConstraint without literal names');
        return out([{ kind: 'validate_constraint', table: this.q(model.table), name }]);
      }
      case 'RemoveConstraint': {
        const model = this.model(arg(v, 0, 'model_name'));
        const name = str(arg(v, 1, 'name'));
        if (!model || !name) return fail('RemoveConstraint without literal names');
        const gone = model.constraints?.find((c) => metaName(c) === name);
        model.constraints = model.constraints?.filter((c) => c !== gone);
        const was = gone ? this.constraint(model, gone.value) : undefined;
        // A UniqueConstraint with a condition or expressions is an index: Django drops it with DROP INDEX.
        const drop: Operation = typeof was === 'object' && was.kind === 'create_index'
          ? { kind: 'drop_index', name: this.q(name), table: this.q(model.table), concurrently: false, ifExists: false, cascade: false }
          : { kind: 'drop_constraint', table: this.q(model.table), name, ifExists: false, cascade: false };
        // SQLite: a constraint written into the table (not an index) goes with a remake.
        const inTable = this.dialect === 'sqlite' && typeof was === 'object' && was.kind === 'add_constraint';
        return out(model.unmanaged ? [] : inTable ? [drop, ...this.remake(model)] : [drop]);
      }
      case 'AlterUniqueTogether':
      case 'AlterIndexTogether': {
        const model = this.model(arg(v, 0, 'name'));
        const value = arg(v, 1, kind === 'AlterUniqueTogether' ? 'unique_together' : 'index_together');
        if (!model || !value) return fail(`${kind} without literal values`);
        const next = togetherOf(value);
        const unique = kind === 'AlterUniqueTogether';
        const prev = unique ? model.uniqueTogether : model.indexTogether;
        if (unique) model.uniqueTogether = next;
        else model.indexTogether = next;
        if (model.unmanaged) return out([]);
        const has = (list: string[][], t: string[]) => list.some((x) => x.join('\0') === t.join('\0'));
        const ops: Operation[] = [];
        const table = this.q(model.table);
        for (const t of prev) {
          if (has(next, t)) continue;
          const name = djangoIndexName(model.table, this.columnsOf(model, t), unique ? '_uniq' : '_idx', this.dialect);
          const asConstraint = unique && this.dialect !== 'sqlite';
          ops.push(asConstraint ? { kind: 'drop_constraint', table, name, ifExists: false, cascade: false } : { kind: 'drop_index', name: this.q(name), table, concurrently: false, ifExists: false, cascade: false });
        }
        for (const t of next) {
          if (has(prev, t)) continue;
          const cols = this.columnsOf(model, t);
          const name = djangoIndexName(model.table, cols, unique ? '_uniq' : '_idx', this.dialect);
          ops.push(unique ? this.uniqueTogether(model.table, cols) : { kind: 'create_index', name, table, elems: cols.map((c) => ({ column: c })), unique: false, concurrently: false, ifNotExists: false });
        }
        return out(ops);
      }
      case 'RunSQL': {
        if (!emit) return;
        const sql = arg(v, 0, 'sql');
        if (!sql) return fail('RunSQL without SQL');
        if (sql.t === 'name' && /noop$/.test(sql.name)) return out([{ kind: 'other', description: 'RunSQL.noop' }]);
        const parts = sql.t === 'list' ? sql.items.map((i) => (i.t === 'list' ? i.items[0] : i)) : [sql];
        for (const p of parts) if (p) await sink.sql(p, v);
        const state = items(kw.get('state_operations'));
        for (const s of state ?? []) await this.operation(s, false);
        return;
      }
      case 'RunPython': {
        const code = arg(v, 0, 'code');
        const reverse = arg(v, 1, 'reverse_code');
        const what = code ? sink.mod.text(code) : 'code';
        return out([{ kind: 'opaque_code', description: `RunPython(${what})${reverse ? '' : ' without reverse_code'}` }]);
      }
      case 'SeparateDatabaseAndState': {
        const db = items(kw.get('database_operations') ?? v.args[0]) ?? [];
        const st = items(kw.get('state_operations') ?? v.args[1]) ?? [];
        // The database operations change the database; the state operations only Django's model state.
        for (const d of db) await this.operation(d, emit);
        for (const s of st) await this.operation(s, false);
        if (emit && !db.length) out([{ kind: 'other', description: 'SeparateDatabaseAndState (state only)' }]);
        return;
      }
      case 'AlterModelOptions':
      case 'AlterModelManagers':
      case 'AlterModelTableComment':
      case 'AlterOrderWithRespectTo':
      case 'CreateExtension':
      case 'HStoreExtension':
      case 'TrigramExtension':
      case 'UnaccentExtension':
      case 'BtreeGinExtension':
      case 'BtreeGistExtension':
      case 'CITextExtension':
      case 'CryptoExtension':
      case 'BloomExtension':
      case 'CreateCollation':
      case 'RemoveCollation': {
        if (kind === 'AlterModelOptions') {
          const model = this.model(arg(v, 0, 'name'));
          const opts = arg(v, 1, 'options');
          if (model && bool(dictGet(opts, 'managed')) === false) model.unmanaged = true;
        }
        return out([{ kind: 'other', description: kind }]);
      }
      default:
        return fail(`Migra does not know the Django operation ${v.callee}`);
    }
  }

  /**
   * Django's SQLite table remake (see django-sqlite.ts), built from the model state as it now
   * stands; nothing when the state may not know the whole table, so that a guess never reads as
   * columns left behind.
   */
  private remake(model: DjangoModel): Operation[] {
    if (model.partial || model.unmanaged) return [];
    const known = (v: PyValue) => fieldsOf(v).every((f) => model.fields.has(f));
    const fields = [...model.fields.values()].filter((f) => f.type);
    const groups = (list: string[][]) => list.filter((g) => g.every((f) => model.fields.has(f)));
    const together = groups(model.uniqueTogether).map((u) => this.uniqueTogether(model.table, this.columnsOf(model, u)));
    const constraints: Constraint[] = together.flatMap((t) => (t.kind === 'add_constraint' ? [t.constraint] : []));
    // Django's create_model defers the unique_together before the field and Meta indexes.
    const indexes: Operation[] = [...together.filter((t) => t.kind === 'create_index'), ...fields.flatMap((f) => this.fieldIndexes(model, f))];
    for (const t of groups(model.indexTogether)) indexes.push({ kind: 'create_index', name: djangoIndexName(model.table, this.columnsOf(model, t), '_idx', this.dialect), table: this.q(model.table), elems: this.columnsOf(model, t).map((c) => ({ column: c })), unique: false, concurrently: false, ifNotExists: false });
    for (const i of model.indexes ?? []) {
      const op = known(i.value) ? this.index(model, i.value, false) : undefined;
      if (typeof op === 'object' && op.kind === 'create_index') indexes.push(i.name ? { ...op, name: i.name } : op);
    }
    for (const c of model.constraints ?? []) {
      const op = known(c.value) ? this.constraint(model, c.value) : undefined;
      if (typeof op === 'object' && op.kind === 'add_constraint') constraints.push(op.constraint);
      else if (typeof op === 'object') indexes.push(op);
    }
    return remakeTable(model.table, fields.map((f) => this.columnDef(model, f, false)), constraints, indexes);
  }

  private alterField(model: DjangoModel, old: DjangoField, nf: DjangoField): Operation[] {
    const ops: Operation[] = [];
    const table = this.q(model.table);
    let column = old.column;
    if (old.column !== nf.column) {
      ops.push({ kind: 'rename_column', table, column: old.column, newName: nf.column });
      column = nf.column;
    }
    if (typeToSql(old.type!) !== typeToSql(nf.type!)) {
      const op: Operation = { kind: 'alter_column_type', table, column, type: nf.type! };
      if (this.dialect === 'postgresql') op.using = `"${column}"::${typeToSql(nf.type!)}`;
      ops.push(op);
    }
    if (old.nullable && !nf.nullable) {
      const def = this.effectiveDefault(nf);
      if (def) {
        // Django's four steps: default for new writes, backfill the NULLs, NOT NULL, drop the default.
        ops.push({ kind: 'set_default', table, column, default: def });
        ops.push({ kind: 'data_change', verb: 'update', table, hasWhere: true });
        ops.push({ kind: 'set_not_null', table, column });
        ops.push({ kind: 'drop_default', table, column });
      } else ops.push({ kind: 'set_not_null', table, column });
    } else if (!old.nullable && nf.nullable) ops.push({ kind: 'drop_not_null', table, column });
    const oldUnique = old.unique && !old.pk;
    const newUnique = nf.unique && !nf.pk;
    if (oldUnique && !newUnique) ops.push({ kind: 'drop_constraint', table, name: this.dialect === 'postgresql' ? `${model.table}_${old.column}_key` : djangoIndexName(model.table, [old.column], '_uniq', this.dialect), ifExists: false, cascade: false, constraintKind: 'unique' });
    if (!oldUnique && newUnique) ops.push({ kind: 'add_constraint', table, constraint: { kind: 'unique', name: djangoIndexName(model.table, [column], '_uniq', this.dialect), columns: [column] } });
    const oldIdx = old.dbIndex && !old.unique;
    const newIdx = nf.dbIndex && !nf.unique;
    if (oldIdx && !newIdx) ops.push({ kind: 'drop_index', name: this.q(djangoIndexName(model.table, [old.column], '', this.dialect)), table, concurrently: false, ifExists: false, cascade: false });
    if (!oldIdx && newIdx) ops.push({ kind: 'create_index', name: djangoIndexName(model.table, [column], '', this.dialect), table, elems: [{ column }], unique: false, concurrently: false, ifNotExists: false });
    // PostgreSQL's _alter_field: a field newly indexed or unique gets its _like index; one neither any more loses it.
    if (!RELATION_FIELDS.has(lastPart(nf.cls))) {
      const hadIndex = old.dbIndex || old.unique || old.pk;
      if (!hadIndex && (nf.dbIndex || nf.unique)) {
        const like = this.likeIndex(model, { ...nf, column });
        if (like) ops.push(like);
      } else if ((old.unique || old.pk) && !(nf.dbIndex || nf.unique || nf.pk) && this.likeIndex(model, old)) {
        ops.push({ kind: 'drop_index', name: this.q(djangoIndexName(model.table, [old.column], '_like', this.dialect)), table, concurrently: false, ifExists: false, cascade: false });
      }
    }
    const oldDb = this.dbDefault(old);
    const newDb = this.dbDefault(nf);
    if (newDb && newDb.text !== oldDb?.text) ops.push({ kind: 'set_default', table, column, default: newDb });
    else if (oldDb && !newDb) ops.push({ kind: 'drop_default', table, column });
    return ops;
  }
}

/** A Meta index's or constraint's name, after any RenameIndex. */
function metaName(i: { value: PyValue; name?: string }): string | undefined {
  return i.name ?? (i.value.t === 'call' ? str(i.value.kwargs.get('name')) : undefined);
}

/** The field names a Meta index or constraint lists (`-` of a descending field dropped). */
function fieldsOf(v: PyValue): string[] {
  return v.t === 'call' ? (strings(v.kwargs.get('fields')) ?? []).map((f) => f.replace(/^-/, '')) : [];
}

function togetherOf(v: PyValue | undefined): string[][] {
  const list = items(v);
  if (!list) {
    return [];
  }
  // ('a', 'b') alone means one group.
  if (list.every((i) => i.t === 'str')) return [strings(v) ?? []].filter((g) => g.length);
  return list.flatMap((g) => {
    const s = strings(g);
    return s && s.length ? [s] : [];
  });
}

/** Whether the field class is an auto field (used to find primary keys). */
export function isAutoField(cls: string): boolean {
  return AUTO_FIELDS.has(lastPart(cls));
}
