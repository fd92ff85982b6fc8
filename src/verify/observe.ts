import type { EngineAdapter } from './adapter.js';
import { compareText } from '../model/text-order.js';

/**
 * What a statement did to the catalog, read from PostgreSQL itself: the storage of every user
 * relation (relfilenode) and its constraints before and after, and the locks held inside the
 * statement's transaction before it commits.
 */

export interface CatalogState {
  /** oid → relation. */
  relations: Map<number, { name: string; kind: string; filenode: number }>;
  constraints: Map<number, string>;
}

const USER = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'`;

/** A relation's name as findings write it: unqualified in the schema unqualified names land in. */
function relName(db: EngineAdapter): string {
  const home = (db.schema ?? 'public').replace(/'/g, "''");
  return `CASE WHEN n.nspname = '${home}' THEN c.relname ELSE n.nspname || '.' || c.relname END`;
}

export async function catalogState(db: EngineAdapter): Promise<CatalogState> {
  const rels = await db.query<{ oid: number; name: string; kind: string; filenode: number }>(
    `SELECT c.oid::int AS oid, ${relName(db)} AS name, c.relkind::text AS kind, c.relfilenode::int AS filenode
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER} AND c.relkind IN ('r', 'i', 'm', 'p', 'I')`,
  );
  const cons = await db.query<{ oid: number; name: string }>(
    `SELECT k.oid::int AS oid, k.conname || ' on ' || ${relName(db)} AS name
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER}`,
  );
  return {
    relations: new Map(rels.map((r) => [r.oid, { name: r.name, kind: r.kind, filenode: r.filenode }])),
    constraints: new Map(cons.map((c) => [c.oid, c.name])),
  };
}

const MODES: Record<string, string> = {
  AccessShareLock: 'ACCESS SHARE',
  RowShareLock: 'ROW SHARE',
  RowExclusiveLock: 'ROW EXCLUSIVE',
  ShareUpdateExclusiveLock: 'SHARE UPDATE EXCLUSIVE',
  ShareLock: 'SHARE',
  ShareRowExclusiveLock: 'SHARE ROW EXCLUSIVE',
  ExclusiveLock: 'EXCLUSIVE',
  AccessExclusiveLock: 'ACCESS EXCLUSIVE',
};
const ORDER = Object.values(MODES);

/**
 * The strongest lock our session holds on each user table (and materialized view), in PostgreSQL's
 * words. A server has other sessions: only ours counts. PGlite has one session, whose pg_locks pid
 * is not what pg_backend_pid() answers there, so it is not filtered.
 */
export async function heldLocks(db: EngineAdapter): Promise<Map<string, string>> {
  const rows = await db.query<{ name: string; mode: string }>(
    `SELECT ${relName(db)} AS name, l.mode
     FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE l.locktype = 'relation' AND l.granted AND ${db.server ? 'l.pid = pg_backend_pid() AND ' : ''} c.relkind IN ('r', 'm', 'p') AND ${USER}`,
  );
  const out = new Map<string, string>();
  for (const r of rows) {
    const mode = MODES[r.mode] ?? r.mode;
    const prev = out.get(r.name);
    if (!prev || ORDER.indexOf(mode) > ORDER.indexOf(prev)) out.set(r.name, mode);
  }
  return out;
}

export interface CatalogChange {
  rewrittenTables: string[];
  rewrittenIndexes: string[];
  createdIndexes: string[];
  createdConstraints: string[];
}

export function catalogChange(before: CatalogState, after: CatalogState): CatalogChange {
  const out: CatalogChange = { rewrittenTables: [], rewrittenIndexes: [], createdIndexes: [], createdConstraints: [] };
  for (const [oid, r] of after.relations) {
    const was = before.relations.get(oid);
    const index = r.kind === 'i' || r.kind === 'I';
    if (!was) {
      if (index) out.createdIndexes.push(r.name);
    } else if (was.filenode !== r.filenode && r.filenode !== 0) {
      (index ? out.rewrittenIndexes : out.rewrittenTables).push(r.name);
    }
  }
  for (const [oid, name] of after.constraints) if (!before.constraints.has(oid)) out.createdConstraints.push(name);
  return out;
}

/** Locks taken by a statement: those held after it that were not held (or were weaker) before it. */
export function newLocks(before: Map<string, string>, after: Map<string, string>): { table: string; mode: string }[] {
  const out: { table: string; mode: string }[] = [];
  for (const [table, mode] of after) {
    const prev = before.get(table);
    if (!prev || ORDER.indexOf(mode) > ORDER.indexOf(prev)) out.push({ table, mode });
  }
  return out.sort((a, b) => ORDER.indexOf(b.mode) - ORDER.indexOf(a.mode) || compareText(a.table, b.table));
}
