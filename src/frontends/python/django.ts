import type { Dialect } from '../../model/dialect.js';
import type { Operation } from '../../model/operation.js';
import { arg, items, lastPart, type PyModule, type PyStmt, type PyValue } from '../../python/reader.js';
import { migrationClass } from '../../python/shapes.js';
import { OpSink } from './common.js';
import { FIELD_OPERATIONS } from './django-field-ops.js';
import { META_OPERATIONS } from './django-meta-ops.js';
import { MODEL_OPERATIONS } from './django-model-ops.js';
import type { DjangoMapping, DjangoState, OperationHandler } from './django-state.js';

/*
 * The mapper's parts: django-state.ts (the model state), django-fields.ts (field → column),
 * django-meta.ts (indexes and constraints), django-*-ops.ts (the operations on models, fields and
 * Meta), django-remake.ts (SQLite's table remake). Their names are exported here for the rules.
 */
export { DjangoState, modelKey, type DjangoField, type DjangoModel } from './django-state.js';

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
  const ctx: DjangoMapping = { sink, app, dialect, state };
  for (const op of list ?? []) await operation(ctx, op, true);
  if (mod.errors.length && !sink.ops.some((o) => o.kind === 'unparsed')) {
    const at = mod.errors[0];
    sink.unparsed({ from: at, to: Math.max(at, mod.src.indexOf('\n', at) < 0 ? mod.src.length : mod.src.indexOf('\n', at)) }, 'Python syntax error');
  }
  return sink;
}

const HANDLERS = new Map<string, OperationHandler>([...Object.entries(MODEL_OPERATIONS), ...Object.entries(FIELD_OPERATIONS), ...Object.entries(META_OPERATIONS)]);

/** Operations that change nothing Migra models (options, managers, comments, extensions, collations): noted, not mapped. */
const NOTED = new Set(['AlterModelManagers', 'AlterModelTableComment', 'AlterOrderWithRespectTo', 'CreateExtension', 'HStoreExtension', 'TrigramExtension', 'UnaccentExtension', 'BtreeGinExtension', 'BtreeGistExtension', 'CITextExtension', 'CryptoExtension', 'BloomExtension', 'CreateCollation', 'RemoveCollation']);

/**
 * One operation: the model state updated, and (when `emit`: not a state-only operation of
 * SeparateDatabaseAndState or RunSQL) what Django runs for it, or why it cannot be mapped.
 */
async function operation(ctx: DjangoMapping, v: PyValue, emit: boolean): Promise<void> {
  const sink = ctx.sink;
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
    case 'RunSQL': {
      if (!emit) return;
      const sql = arg(v, 0, 'sql');
      if (!sql) return fail('RunSQL without SQL');
      if (sql.t === 'name' && /noop$/.test(sql.name)) return out([{ kind: 'other', description: 'RunSQL.noop' }]);
      const parts = sql.t === 'list' ? sql.items.map((i) => (i.t === 'list' ? i.items[0] : i)) : [sql];
      for (const p of parts) if (p) await sink.sql(p, v);
      const state = items(kw.get('state_operations'));
      for (const s of state ?? []) await operation(ctx, s, false);
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
      for (const d of db) await operation(ctx, d, emit);
      for (const s of st) await operation(ctx, s, false);
      if (emit && !db.length) out([{ kind: 'other', description: 'SeparateDatabaseAndState (state only)' }]);
      return;
    }
    default: {
      const handler = HANDLERS.get(kind);
      if (handler) {
        const mapped = handler(ctx, v, kind);
        return typeof mapped === 'string' ? fail(mapped) : out(mapped);
      }
      if (NOTED.has(kind)) return out([{ kind: 'other', description: kind }]);
      return fail(`Migra does not know the Django operation ${v.callee}`);
    }
  }
}
