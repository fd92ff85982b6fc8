import { atLeast, type DbTarget } from '../model/dialect.js';
import type { Operation, QName } from '../model/operation.js';
import { tableKey, type Index, type Schema, type Table } from '../model/schema.js';

/** PostgreSQL table-level lock modes, weakest first. */
export type PgLockMode =
  | 'ACCESS SHARE'
  | 'ROW SHARE'
  | 'ROW EXCLUSIVE'
  | 'SHARE UPDATE EXCLUSIVE'
  | 'SHARE'
  | 'SHARE ROW EXCLUSIVE'
  | 'EXCLUSIVE'
  | 'ACCESS EXCLUSIVE';

const ORDER: readonly PgLockMode[] = ['ACCESS SHARE', 'ROW SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'];

export interface PgLock {
  /** The strongest lock the statement takes on `table`. */
  lock: PgLockMode;
  /** The relation it is taken on; absent when the statement names none (VACUUM FULL of the whole database). */
  table?: QName;
  /** Plain SELECTs on `table` wait while the lock is held. */
  blocksReads: boolean;
  /** INSERT, UPDATE and DELETE on `table` wait while the lock is held. */
  blocksWrites: boolean;
  /** Locks taken on other relations: the referenced table of a foreign key, the parent of a partition, the rest of a TRUNCATE list. */
  others?: { table: QName; lock: PgLockMode }[];
  /** REINDEX locks the index harder than its table; `name` is absent when every index of the table is rebuilt. */
  index?: { name?: QName; lock: PgLockMode };
  /** LOCK … NOWAIT: the statement fails at once instead of waiting for the lock. */
  nowait?: boolean;
}

export interface LockOptions {
  /** The schema just before the statement: needed to find the table of an index, or what a dropped table references. */
  before?: Schema;
  /** Lock levels changed over releases (ATTACH PARTITION in 12, ADD FOREIGN KEY in 9.5, ALTER INDEX RENAME in 12). */
  target?: DbTarget;
}

/**
 * The table-level locks a PostgreSQL statement takes, as measured against pg_locks: which
 * relation, how strong, and what the lock costs the application. Undefined for statements that
 * lock no table (SET, BEGIN, CREATE TYPE, GRANT …).
 */
export function pgLockFor(op: Operation, opts: LockOptions = {}): PgLock | undefined {
  const v = (version: string) => !opts.target || atLeast(opts.target, version);
  switch (op.kind) {
    case 'create_table': {
      const others = [
        ...(op.partitionOf ? [{ table: op.partitionOf, lock: 'ACCESS EXCLUSIVE' as const }] : []),
        ...referencedTables([...op.constraints, ...op.columns.flatMap((c) => c.constraints)]).map((table) => ({ table, lock: fkLock(v) })),
      ];
      return lock('ACCESS EXCLUSIVE', op.table, others);
    }
    case 'drop_table': {
      // Dropping a referencing table removes the RI triggers on the tables it references, which locks them too.
      const t = opts.before && tableIn(opts.before, op.table);
      const refs = t ? referencedTables(t.constraints).filter((r) => !sameRelation(r, op.table, opts.before)) : [];
      return lock('ACCESS EXCLUSIVE', op.table, refs.map((table) => ({ table, lock: 'ACCESS EXCLUSIVE' as const })));
    }
    case 'rename_table':
    case 'drop_column':
    case 'rename_column':
    case 'alter_column_type':
    case 'set_not_null':
    case 'drop_not_null':
    case 'set_default':
    case 'drop_default':
    case 'rename_constraint':
      return lock('ACCESS EXCLUSIVE', op.table);
    case 'add_column': {
      const refs = referencedTables(op.column.constraints).filter((r) => !sameRelation(r, op.table, opts.before));
      return lock('ACCESS EXCLUSIVE', op.table, refs.map((table) => ({ table, lock: fkLock(v) })));
    }
    case 'add_constraint': {
      const c = op.constraint;
      if (c.kind === 'foreign' && c.references) {
        const mode = fkLock(v);
        const others = sameRelation(c.references.table, op.table, opts.before) ? [] : [{ table: c.references.table, lock: mode }];
        return lock(mode, op.table, others);
      }
      return lock('ACCESS EXCLUSIVE', op.table);
    }
    case 'validate_constraint': {
      const t = opts.before && tableIn(opts.before, op.table);
      const c = t?.constraints.find((k) => k.name === op.name);
      const ref = c?.kind === 'foreign' ? c.references?.table : undefined;
      return lock(v('9.4') ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', op.table, ref && !sameRelation(ref, op.table, opts.before) ? [{ table: ref, lock: 'ROW SHARE' }] : []);
    }
    case 'drop_constraint': {
      const t = opts.before && tableIn(opts.before, op.table);
      const c = t?.constraints.find((k) => k.name === op.name);
      const ref = c?.kind === 'foreign' ? c.references?.table : undefined;
      return lock('ACCESS EXCLUSIVE', op.table, ref && !sameRelation(ref, op.table, opts.before) ? [{ table: ref, lock: 'ACCESS EXCLUSIVE' }] : []);
    }
    case 'create_index':
      return lock(op.concurrently ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE', op.table);
    case 'drop_index': {
      const table = op.table ?? (opts.before && indexIn(opts.before, op.name)?.table.name);
      return lock(op.concurrently ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', table);
    }
    case 'rename_index': {
      const table = opts.before && indexIn(opts.before, op.name)?.table.name;
      return lock(v('12') ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', table);
    }
    case 'reindex': {
      if (op.target === 'index') {
        const table = opts.before && indexIn(opts.before, op.name)?.table.name;
        if (op.concurrently) return lock('SHARE UPDATE EXCLUSIVE', table);
        // The planner opens every index of a table, so queries that merely plan against the
        // table wait for the ACCESS EXCLUSIVE lock on the index: reads stall too.
        return { ...lock('SHARE', table), blocksReads: true, index: { name: op.name, lock: 'ACCESS EXCLUSIVE' } };
      }
      if (op.target === 'table') {
        if (op.concurrently) return lock('SHARE UPDATE EXCLUSIVE', op.name);
        return { ...lock('SHARE', op.name), blocksReads: true, index: { lock: 'ACCESS EXCLUSIVE' } };
      }
      return op.concurrently ? lock('SHARE UPDATE EXCLUSIVE') : { ...lock('SHARE'), blocksReads: true };
    }
    case 'create_view':
      return lock('ACCESS EXCLUSIVE', op.name);
    case 'drop_view':
      return lock('ACCESS EXCLUSIVE', op.name);
    case 'refresh_materialized_view':
      // CONCURRENTLY takes EXCLUSIVE: readers go on, only another refresh waits.
      return lock(op.concurrently ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE', op.name);
    case 'truncate': {
      const [first, ...rest] = op.tables;
      return lock('ACCESS EXCLUSIVE', first, rest.map((table) => ({ table, lock: 'ACCESS EXCLUSIVE' as const })));
    }
    case 'data_change':
      return lock('ROW EXCLUSIVE', op.table);
    case 'maintenance':
      return lock(op.action === 'vacuum_full' || op.action === 'cluster' ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE', op.table);
    case 'detach_partition':
      return op.concurrently
        ? lock('SHARE UPDATE EXCLUSIVE', op.table, [{ table: op.partition, lock: 'SHARE UPDATE EXCLUSIVE' }])
        : lock('ACCESS EXCLUSIVE', op.table, [{ table: op.partition, lock: 'ACCESS EXCLUSIVE' }]);
    case 'attach_partition':
      return lock(v('12') ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', op.table, [{ table: op.partition, lock: 'ACCESS EXCLUSIVE' }]);
    case 'other':
      return op.description === 'LOCK' && 'stmt' in op ? explicitLock((op as { stmt: { text: string } }).stmt.text) : undefined;
    case 'create_enum':
    case 'add_enum_value':
    case 'rename_enum_value':
    case 'rename_type':
    case 'drop_type':
    case 'create_schema':
    case 'drop_schema':
    case 'transaction':
    case 'set_setting':
    case 'opaque_code':
    case 'unparsed':
      return undefined;
  }
}

const MODES = new Set<string>(ORDER);

/** `LOCK [TABLE] [ONLY] a [*], b IN <mode> MODE [NOWAIT]`; the mode defaults to ACCESS EXCLUSIVE. */
function explicitLock(text: string): PgLock | undefined {
  const m = /^\s*lock\s+(?:table\s+)?(?:only\s+)?([\s\S]+?)(?:\s+in\s+([a-z ]+?)\s+mode)?(\s+nowait)?\s*;?\s*$/i.exec(text);
  if (!m) return undefined;
  const mode = (m[2] ?? 'access exclusive').replace(/\s+/g, ' ').toUpperCase();
  if (!MODES.has(mode)) return undefined;
  const tables = m[1].split(',').map((t) => qname(t.trim().replace(/\s*\*$/, ''))).filter((q): q is QName => !!q);
  if (!tables.length) return undefined;
  const [first, ...rest] = tables;
  const l = lock(mode as PgLockMode, first, rest.map((table) => ({ table, lock: mode as PgLockMode })));
  if (m[3]) l.nowait = true;
  return l;
}

/** `name`, `"Name"`, `schema.name`: unquoted parts fold to lower case, as PostgreSQL does. */
function qname(text: string): QName | undefined {
  const parts = text.match(/"(?:[^"]|"")+"|[^.\s"]+/g);
  if (!parts || parts.length > 2) return undefined;
  const ident = (p: string) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase());
  return parts.length === 2 ? { schema: ident(parts[0]), name: ident(parts[1]) } : { name: ident(parts[0]) };
}

/** Every relation the statement locks ACCESS EXCLUSIVE (REINDEX: the table whose index it locks so). */
export function accessExclusiveTargets(l: PgLock | undefined): QName[] {
  if (!l) return [];
  const out: QName[] = [];
  if (l.table && (l.lock === 'ACCESS EXCLUSIVE' || l.index?.lock === 'ACCESS EXCLUSIVE')) out.push(l.table);
  for (const o of l.others ?? []) if (o.lock === 'ACCESS EXCLUSIVE') out.push(o.table);
  return out;
}

/** What the lock costs, for messages: "blocks reads and writes". */
export function lockCost(mode: PgLockMode): string {
  if (mode === 'ACCESS EXCLUSIVE') return 'blocks reads and writes';
  if (atLeastMode(mode, 'SHARE')) return 'blocks writes (reads go on)';
  return 'lets reads and writes go on';
}

export function atLeastMode(a: PgLockMode, b: PgLockMode): boolean {
  return ORDER.indexOf(a) >= ORDER.indexOf(b);
}

/** The index with that name and the table it belongs to. PostgreSQL index names are unique per schema. */
export function indexIn(schema: Schema, name: QName): { table: Table; index: Index } | undefined {
  const want = schemaOf(name, schema);
  for (const table of schema.tables.values()) {
    if (schemaOf(table.name, schema) !== want) continue;
    const index = table.indexes.find((i) => i.name === name.name);
    if (index) return { table, index };
  }
  return undefined;
}

function schemaOf(q: QName, schema: Schema): string {
  return schema.dialect === 'postgresql' ? (q.schema ?? 'public') : (q.schema ?? '').toLowerCase();
}

function tableIn(schema: Schema, q: QName): Table | undefined {
  return schema.tables.get(tableKey(q, schema.dialect));
}

function sameRelation(a: QName, b: QName, schema?: Schema): boolean {
  const d = schema?.dialect ?? 'postgresql';
  return tableKey(a, d) === tableKey(b, d);
}

function referencedTables(constraints: { kind: string; references?: { table: QName } }[]): QName[] {
  const seen = new Map<string, QName>();
  for (const c of constraints) if (c.kind === 'foreign' && c.references) seen.set(tableKey(c.references.table, 'postgresql'), c.references.table);
  return [...seen.values()];
}

/** ADD FOREIGN KEY took ACCESS EXCLUSIVE on both tables until 9.5 lowered it. */
function fkLock(v: (version: string) => boolean): PgLockMode {
  return v('9.5') ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE';
}

function lock(mode: PgLockMode, table?: QName, others: { table: QName; lock: PgLockMode }[] = []): PgLock {
  const l: PgLock = { lock: mode, blocksReads: mode === 'ACCESS EXCLUSIVE', blocksWrites: atLeastMode(mode, 'SHARE') };
  if (table) l.table = table;
  if (others.length) l.others = others;
  return l;
}
