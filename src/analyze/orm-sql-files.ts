import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Statement } from '../model/operation.js';
import type { FileSummary } from '../model/report.js';
import { renderOrmSql, type OrmSql } from '../schema/orm-sql.js';
import type { LoadedSet } from './load.js';

/**
 * The SQL of a Django or Alembic set at head, rendered once per set for both its readers: the
 * verify stage (which sends it to the engine) and the report (which shows it under each
 * migration, like `sqlmigrate` / `alembic upgrade --sql`).
 */
const rendered = new WeakMap<LoadedSet, Map<Statement, OrmSql> | null>();

/** The set at head with the sets it runs after, in the order they run on one database. */
export function headChain(loaded: LoadedSet): { files: MigrationFile[]; ops: Map<MigrationFile, LocatedOp[]> } {
  const chain = [...(loaded.after ?? []), loaded];
  const ops = new Map<MigrationFile, LocatedOp[]>();
  for (const l of chain) for (const [f, o] of l.ops) ops.set(f, o);
  return { files: chain.flatMap((l) => l.head?.files ?? []), ops };
}

/** Undefined when the set has no Python migration at head. */
export function renderedSql(loaded: LoadedSet): Map<Statement, OrmSql> | undefined {
  const set = loaded.head;
  if (!set) return undefined;
  let out = rendered.get(loaded);
  // null: looked already, and the chain has no Python migration.
  if (out !== undefined) return out ?? undefined;
  const { files, ops } = headChain(loaded);
  out = files.some((f) => f.language === 'python') ? renderOrmSql(files, ops, set.dialect) : null;
  rendered.set(loaded, out);
  return out ?? undefined;
}

/**
 * A Python migration's SQL as one script: each call under a comment naming its line, RunSQL /
 * op.execute as written, Python code the database never sees named as such.
 */
export function migrationSql(loaded: LoadedSet, file: MigrationFile): FileSummary['sql'] {
  const set = loaded.head;
  // Asked for every changed file: a SQL one needs nothing rendered (rendering looks at the whole chain).
  if (!set || file.language !== 'python') return undefined;
  const sql = renderedSql(loaded);
  if (!sql) return undefined;
  const parts: string[] = [];
  let last: Statement | undefined;
  for (const op of loaded.ops.get(file) ?? []) {
    if (op.stmt === last) continue;
    last = op.stmt;
    const s = op.stmt;
    if (!s.orm) {
      parts.push(`-- line ${s.line}\n${s.text.trim()};`);
      continue;
    }
    const r = sql.get(s);
    const call = s.text.split('\n')[0].trim();
    const head = `-- line ${s.line}: ${call.length > 100 ? `${call.slice(0, 99)}…` : call}`;
    const body = (r?.statements ?? []).map((t) => (t.startsWith('--') ? t : `${t};`));
    if (r?.opaque) body.push(`-- Python code, not SQL: ${r.opaque}`);
    if (body.length) parts.push([head, ...body].join('\n'));
  }
  return parts.length ? { dialect: set.dialect, text: parts.join('\n\n') } : undefined;
}

/** The summaries of a set's changed files, each Python migration with its SQL. */
export function withMigrationSql(files: FileSummary[], loaded: LoadedSet): FileSummary[] {
  if (!loaded.head) return files;
  const byPath = new Map(loaded.head.files.map((f) => [f.path, f]));
  return files.map((s) => {
    const file = byPath.get(s.path);
    const sql = file && migrationSql(loaded, file);
    return sql ? { ...s, sql } : s;
  });
}
