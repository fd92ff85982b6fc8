import { sqlString } from '../../model/operation.js';
import { createHash } from 'node:crypto';
import type { Dialect } from '../../model/dialect.js';
import type { DefaultExpr, LocatedOp, Operation, Statement } from '../../model/operation.js';
import { loadSql } from '../load-sql.js';
import { functionVolatility } from '../sql/volatility.js';
import type { PyModule, PyValue } from '../../python/reader.js';

/** Collects the operations of one Python migration file, one statement per Python call. */
export class OpSink {
  readonly ops: LocatedOp[] = [];
  /** Statements that run outside the migration's transaction (Alembic autocommit_block). */
  readonly outside = new Set<Statement>();
  private index = 0;

  constructor(
    readonly mod: PyModule,
    readonly file: string,
    readonly dialect: Dialect,
  ) {}

  stmt(span: { from: number; to: number }): Statement {
    const { mod } = this;
    return {
      file: this.file,
      line: mod.lineOf(span.from),
      endLine: mod.lineOf(Math.max(span.from, span.to - 1)),
      column: mod.columnOf(span.from),
      text: mod.text(span),
      index: this.index++,
      inTransaction: false,
      orm: true,
    };
  }

  /** Every operation of one Python statement/call, sharing one Statement. */
  emit(span: { from: number; to: number }, ops: Operation[], outside = false): Statement {
    const stmt = this.stmt(span);
    const list: Operation[] = ops.length ? ops : [{ kind: 'other', description: firstLine(stmt.text) }];
    for (const op of list) this.ops.push({ ...op, stmt });
    if (outside) this.outside.add(stmt);
    return stmt;
  }

  unparsed(span: { from: number; to: number }, message: string): void {
    this.emit(span, [{ kind: 'unparsed', message }]);
  }

  /**
   * SQL given as a Python string: its statements go through the SQL front end of the set's dialect,
   * each at its own line in the .py file when the string is one plain literal.
   */
  async sql(value: PyValue, span: { from: number; to: number }, outside = false): Promise<void> {
    if (value.t !== 'str') {
      this.emit(span, [{ kind: 'opaque_code', description: 'SQL built at run time' }], outside);
      return;
    }
    const parsed = await (await loadSql()).parseSqlFile(value.value, { file: this.file, dialect: this.dialect });
    const whole = value.contentFrom === undefined;
    const baseLine = whole ? this.mod.lineOf(span.from) : this.mod.lineOf(value.contentFrom!);
    const baseCol = whole ? this.mod.columnOf(span.from) : this.mod.columnOf(value.contentFrom!);
    const remap = new Map<Statement, Statement>();
    for (const op of parsed) {
      let stmt = remap.get(op.stmt);
      if (!stmt) {
        const s = op.stmt;
        stmt = whole
          ? { ...sqlStatement(this.stmt(span)), text: s.text }
          : { ...s, line: baseLine + s.line - 1, endLine: baseLine + s.endLine - 1, column: s.line === 1 ? baseCol + s.column - 1 : s.column, index: this.index++ };
        remap.set(op.stmt, stmt);
        if (outside) this.outside.add(stmt);
      }
      this.ops.push({ ...op, stmt });
    }
    if (!parsed.length) this.emit(span, [{ kind: 'other', description: 'empty SQL' }], outside);
  }
}

/** The statement without its `orm` mark: its text is the SQL itself. */
function sqlStatement(stmt: Statement): Statement {
  const { orm: _python, ...sql } = stmt;
  return sql;
}

export function firstLine(text: string): string {
  const l = text.split('\n')[0].trim();
  return l.length > 80 ? `${l.slice(0, 79)}…` : l;
}

/** A Python literal as SQL default text (a value Django or SQLAlchemy computes once is still one constant). */
export function literalSql(v: PyValue, mod: PyModule): DefaultExpr | undefined {
  switch (v.t) {
    case 'str':
      return { text: sqlString(v.value), volatile: false };
    case 'num':
      return { text: String(v.value), volatile: false };
    case 'bool':
      return { text: v.value ? 'true' : 'false', volatile: false };
    case 'none':
      return undefined;
    default:
      // A callable (uuid.uuid4, timezone.now, dict) or expression: evaluated once by the tool.
      return { text: `'<${mod.text(v).replace(/'/g, "''")}>'`, volatile: false };
  }
}

/** SQLAlchemy's ANSI functions: rendered without parentheses when called without arguments. */
const ANSI_FUNCTIONS = new Set(['current_date', 'current_time', 'current_timestamp', 'current_user', 'localtime', 'localtimestamp', 'session_user', 'sysdate', 'user']);

/**
 * Django's database functions whose SQL does not depend on a field (what db_default may hold),
 * as Django 5 renders them per dialect; arguments are themselves expressions (`Value(…)`, `Now()`).
 */
const DJANGO_FUNCS: Record<string, (d: Dialect, args: string[]) => DefaultExpr | undefined> = {
  Pi: () => ({ text: 'PI()', volatile: false }),
  // Django 5: STATEMENT_TIMESTAMP() on PostgreSQL, microseconds on MySQL and milliseconds on SQLite.
  Now: (d) => ({ text: d === 'postgresql' ? 'STATEMENT_TIMESTAMP()' : d === 'sqlite' ? "STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')" : 'CURRENT_TIMESTAMP(6)', volatile: false }),
  Random: (d) => ({ text: d === 'mysql' || d === 'mariadb' ? 'RAND()' : 'RANDOM()', volatile: true }),
  // django.contrib.postgres.functions
  RandomUUID: (d) => (d === 'postgresql' ? { text: 'GEN_RANDOM_UUID()', volatile: true } : undefined),
  TransactionNow: (d) => (d === 'postgresql' ? { text: 'CURRENT_TIMESTAMP', volatile: false } : undefined),
  Lower: (_d, a) => (a.length === 1 ? { text: `LOWER(${a[0]})`, volatile: false } : undefined),
  Upper: (_d, a) => (a.length === 1 ? { text: `UPPER(${a[0]})`, volatile: false } : undefined),
  Abs: (_d, a) => (a.length === 1 ? { text: `ABS(${a[0]})`, volatile: false } : undefined),
  Coalesce: (_d, a) => (a.length >= 2 ? { text: `COALESCE(${a.join(', ')})`, volatile: false } : undefined),
};

/**
 * A database expression written in Python, as the SQL the tool sends: SQLAlchemy's `sa.false()` /
 * `sa.true()` (0 and 1 where the dialect has no boolean literal), `sa.null()`, `sa.text('…')`,
 * `sa.literal_column('x')` and `sa.func.<name>(…)` with literal or expression arguments, and
 * Django's database functions (`Pi()`, `Now()`, `Random()`, `Lower(Value('x'))` …) and `Value(x)`.
 * Undefined for anything else (the caller quotes it as a value evaluated by the tool).
 */
export function pyDbExpression(v: PyValue, dialect: Dialect): DefaultExpr | undefined {
  if (v.t !== 'call' || v.spread) return undefined;
  const fn = v.callee.split('.').pop() ?? '';
  if ((fn === 'false' || fn === 'true') && !v.args.length) {
    return { text: dialect === 'postgresql' ? fn : fn === 'true' ? '1' : '0', volatile: false };
  }
  if (fn === 'null' && !v.args.length) return { text: 'NULL', volatile: false };
  if ((fn === 'literal_column' || fn === 'text') && v.args[0]?.t === 'str') return { text: v.args[0].value, volatile: false };
  if (fn === 'Value' && v.args[0]) return pyLiteralSql(v.args[0], dialect);
  if (/(?:^|\.)func\.\w+$/.test(v.callee)) return sqlalchemyFunc(fn, v.args, dialect);
  if (v.kwargs.size) return undefined;
  const args = v.args.map((a) => pyDbExpression(a, dialect));
  if (args.some((a) => !a)) return undefined;
  const e = Object.hasOwn(DJANGO_FUNCS, fn) ? DJANGO_FUNCS[fn](dialect, args.map((a) => a!.text)) : undefined;
  return e && { ...e, volatile: e.volatile || args.some((a) => a!.volatile) };
}

/** A Python string, number or boolean as the SQL literal an ORM sends (0 and 1 where the dialect has no boolean literal). */
function pyLiteralSql(a: PyValue, dialect: Dialect): DefaultExpr | undefined {
  if (a.t === 'str') return { text: sqlString(a.value), volatile: false };
  if (a.t === 'num') return { text: String(a.value), volatile: false };
  if (a.t === 'bool') return { text: dialect === 'postgresql' ? String(a.value) : a.value ? '1' : '0', volatile: false };
  return undefined;
}

/** `sa.func.<name>(args)` as SQLAlchemy compiles it: the name as written, ANSI names bare, now() on SQLite CURRENT_TIMESTAMP. */
function sqlalchemyFunc(fn: string, args: PyValue[], dialect: Dialect): DefaultExpr | undefined {
  const parts: DefaultExpr[] = [];
  for (const a of args) {
    const e = pyLiteralSql(a, dialect) ?? pyDbExpression(a, dialect);
    if (!e) return undefined;
    parts.push(e);
  }
  // Volatile only when known to be (volatility.ts, shared with the SQL front end): a project's own function is taken as it is written.
  const volatile = functionVolatility(fn, dialect) === 'volatile' || parts.some((p) => p.volatile);
  if (!parts.length && ANSI_FUNCTIONS.has(fn.toLowerCase())) return { text: fn.toUpperCase(), volatile };
  if (!parts.length && fn.toLowerCase() === 'now' && dialect === 'sqlite') return { text: 'CURRENT_TIMESTAMP', volatile };
  return { text: `${fn}(${parts.map((p) => p.text).join(', ')})`, volatile };
}

/**
 * Django's index / constraint name scheme (`BaseDatabaseSchemaEditor._create_index_name`):
 * `<table>_<columns>_<md5 digest><suffix>`, shortened to fit the database's identifier length.
 */
export function djangoIndexName(table: string, columns: string[], suffix: string, dialect: Dialect): string {
  const h = createHash('md5');
  for (const a of [table, ...columns]) h.update(a);
  let hashSuffix = `${h.digest('hex').slice(0, 8)}${suffix}`;
  const max = dialect === 'postgresql' ? 63 : dialect === 'sqlite' ? 200 : 64;
  let name = `${table}_${columns.join('_')}_${hashSuffix}`;
  if (name.length <= max) return name;
  if (hashSuffix.length > max / 3) hashSuffix = hashSuffix.slice(0, Math.floor(max / 3));
  const other = Math.floor((max - hashSuffix.length) / 2) - 1;
  name = `${table.slice(0, other)}_${columns.join('_').slice(0, other)}_${hashSuffix}`;
  if (name[0] === '_' || /\d/.test(name[0])) name = `D${name.slice(0, -1)}`;
  return name;
}
