import { sqlString } from '../../model/operation.js';
import type { Dialect } from '../../model/dialect.js';
import type { ColumnDef, Constraint, Operation, QName } from '../../model/operation.js';
import { literalSql, type OpSink, pyDbExpression } from './common.js';
import { bool, lastPart, str, strings, type PyValue } from '../../python/reader.js';
import type { Autoinc } from './alembic-autoincrement.js';
import { sqlalchemyType, type AlembicType } from './alembic-types.js';

export type Call = Extract<PyValue, { t: 'call' }>;

/**
 * How an Alembic revision's values read: local constants substituted, `op.f('x')` and the like as
 * their string, `sa.Column(…)` and table constraints as the model's definitions, SQLAlchemy
 * types as SQL types of the set's dialect.
 */
export class AlembicReader {
  constructor(
    readonly sink: OpSink,
    readonly dialect: Dialect,
    protected env: Map<string, PyValue>,
  ) {}

  /** A value with local constants substituted, and `op.f('x')` / `sa.text('x')` / `conv('x')` read as their string. */
  val(v: PyValue | undefined): PyValue | undefined {
    if (!v) return v;
    if (v.t === 'name' && this.env.has(v.name)) return this.env.get(v.name);
    if (v.t === 'call' && ['f', 'text', 'conv', 'literal_column'].includes(lastPart(v.callee)) && v.args.length === 1) return this.val(v.args[0]);
    return v;
  }

  s(v: PyValue | undefined): string | undefined {
    return str(this.val(v));
  }

  q(name: string, schema?: string): QName {
    return schema ? { schema, name } : { name };
  }

  serverDefault(d: PyValue): { text: string; volatile: boolean } | undefined {
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

  column(c: Call, inCreate: boolean): { def: ColumnDef; before: Operation[]; after: (t: QName) => Operation[]; autoinc: Autoinc } | string {
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

  tableConstraint(x: Call): Constraint | undefined | string {
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
  type(v: PyValue): AlembicType | undefined {
    return sqlalchemyType(v, this.dialect, (x) => this.s(x));
  }
}

export function sinkText(sink: OpSink, v: PyValue): string {
  const t = sink.mod.text(v).replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
