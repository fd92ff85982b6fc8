import type { Config } from '../config/config.js';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile, MigrationSet, TreeView } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import { detectSets } from '../formats/index.js';
import { createPythonSession, parseMigrationFile, type PythonSession } from '../frontends/index.js';
import { parseSqlFile } from '../frontends/sql/index.js';
import { toolTable, type ToolTable } from '../knowledge/tool-tables.js';
import type { ParseCache } from './parse-cache.js';
import { orderSets } from './set-order.js';

/** One migration set seen at both commits, with every file parsed. */
export interface LoadedSet {
  head?: MigrationSet;
  base?: MigrationSet;
  ops: Map<MigrationFile, LocatedOp[]>;
  /** Sets config says run before this one on the same database, in the order they run (`after:`). */
  after?: LoadedSet[];
  /** Python state after parsing every file of the set at each commit (Django's model state, for missing-migration). */
  python?: { base?: PythonSession; head?: PythonSession };
  /** The table the migration tool keeps its bookkeeping in, there before the first migration (knowledge/tool-tables.ts), and its operations. */
  tool?: { table: ToolTable; ops: LocatedOp[] };
}

/**
 * Find the sets at both commits and pair them by directory. Files whose content and
 * path are equal at both commits are parsed once, and SQL files not at all when `parseCache`
 * holds them from an earlier run.
 */
export async function loadSets(before: TreeView, head: TreeView, config: Config, parseCache?: ParseCache): Promise<LoadedSet[]> {
  const opts = { config: { dialect: config.dialect, sets: config.sets, ignorePaths: config.ignorePaths } };
  const [headSets, baseSets] = await Promise.all([detectSets(head, opts), detectSets(before, opts)]);
  const byDir = new Map<string, LoadedSet>();
  for (const s of headSets) byDir.set(s.dir, { head: s, ops: new Map() });
  for (const s of baseSets) {
    const e = byDir.get(s.dir);
    if (e) e.base = s;
    else byDir.set(s.dir, { base: s, ops: new Map() });
  }
  const cache = new Map<string, Promise<LocatedOp[]>>();
  const parse = (f: MigrationFile, dialect: Dialect) => {
    const key = `${f.path}\0${f.blobId}\0${dialect}\0${f.transaction}`;
    let p = cache.get(key);
    if (!p) cache.set(key, (p = parseWithCache(f, dialect, parseCache)));
    return p;
  };
  const loaded = [...byDir.values()].sort((a, b) => dirOf(a).localeCompare(dirOf(b)));
  for (const l of loaded) {
    for (const s of [l.base, l.head]) {
      if (!s) continue;
      // Django and Alembic files are read in graph order with state shared across the set.
      const session = s.files.some((f) => f.language === 'python') ? createPythonSession(config.version) : undefined;
      for (const f of s.files) l.ops.set(f, await (session && f.language === 'python' ? parseMigrationFile(f, s.dialect, session) : parse(f, s.dialect)));
      if (session) (l.python ??= {})[s === l.head ? 'head' : 'base'] = session;
    }
    const set = (l.head ?? l.base)!;
    const table = toolTable(set.format, set.dialect);
    if (table) l.tool = { table, ops: await parseSqlFile(table.sql, { file: `(${set.format})`, dialect: set.dialect }) };
  }
  orderSets(loaded, config);
  return loaded;
}

function dirOf(l: LoadedSet): string {
  return (l.head ?? l.base)!.dir;
}

/** Python files are read in a session shared across their set, so only SQL files are kept between runs. */
async function parseWithCache(f: MigrationFile, dialect: Dialect, parseCache: ParseCache | undefined): Promise<LocatedOp[]> {
  if (!parseCache || f.language !== 'sql') return parseMigrationFile(f, dialect);
  const cached = parseCache.get(f, dialect);
  if (cached) return cached;
  const ops = await parseMigrationFile(f, dialect);
  parseCache.set(f, dialect, ops);
  return ops;
}
