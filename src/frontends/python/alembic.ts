import type { Dialect } from '../../model/dialect.js';
import type { QName } from '../../model/operation.js';
import { firstLine, OpSink } from './common.js';
import { arg, items, lastPart, type PyModule, type PyStmt, type PyValue } from '../../python/reader.js';
import { alembicFunction } from '../../python/shapes.js';
import { DialectTests, namesInTests, sqlalchemyNames } from './alembic-dialect.js';
import { alembicOp } from './alembic-ops.js';
import { AlembicReader, type Call } from './alembic-reader.js';

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

class AlembicMapper extends AlembicReader {
  private tests: DialectTests;

  constructor(sink: OpSink, dialect: Dialect, env: Map<string, PyValue>, tested: ReadonlySet<string>) {
    super(sink, dialect, env);
    this.tests = new DialectTests(sink.mod, sqlalchemyNames(dialect), (v) => this.val(v), tested);
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
    const ops = alembicOp(this, name, v, batch?.table);
    if (typeof ops === 'string') {
      sink.emit(v, [{ kind: 'unparsed', message: ops }], outside);
      return;
    }
    sink.emit(v, ops, outside);
  }
}

export { items as pyItems };
