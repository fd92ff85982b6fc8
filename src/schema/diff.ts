import type { Dialect } from '../model/dialect.js';
import type { ColumnChange, SchemaDiff, TableDiff } from '../model/report.js';
import type { Column, Index, Schema, Table } from '../model/schema.js';
import { typeToSql } from '../model/sql-type.js';
import { nameKey } from './names.js';
import { constraintSql, createIndexSql } from './to-sql.js';
import { compareText } from '../model/text-order.js';

/**
 * What changed between two schema states, for the report. Tables, indexes, constraints and
 * enums are sorted by name; columns keep table order (the order a reader of the table expects),
 * which is deterministic too. A column change yields one entry per aspect (type, nullability,
 * default, identity, generated expression, collation) so each `from → to` pair stays short.
 */
export function diffSchemas(before: Schema, after: Schema): SchemaDiff {
  const d = after.dialect;
  const tables: TableDiff[] = [];
  const keys = sorted(new Set([...before.tables.keys(), ...after.tables.keys()]));
  for (const key of keys) {
    const a = before.tables.get(key);
    const b = after.tables.get(key);
    // One object at both (forks of one schema share the tables neither changed): nothing to compare.
    if (a === b) continue;
    if (a && b) {
      const td = diffTable(a, b, d);
      if (td) tables.push(td);
    } else if (b) {
      tables.push({
        ...emptyDiff(displayName(b, d), 'added'),
        columnsAdded: b.columns.map((c) => c.name),
        indexesAdded: sorted(b.indexes.map((i) => i.name)),
        constraintsAdded: sorted(b.constraints.map((c) => c.name)),
      });
    } else if (a) {
      tables.push({
        ...emptyDiff(displayName(a, d), 'dropped'),
        columnsDropped: a.columns.map((c) => c.name),
        indexesDropped: sorted(a.indexes.map((i) => i.name)),
        constraintsDropped: sorted(a.constraints.map((c) => c.name)),
      });
    }
  }
  const enumsAdded: string[] = [];
  const enumsDropped: string[] = [];
  const enumsChanged: SchemaDiff['enumsChanged'] = [];
  for (const name of sorted(new Set([...before.enums.keys(), ...after.enums.keys()]))) {
    const a = before.enums.get(name);
    const b = after.enums.get(name);
    if (!a) enumsAdded.push(name);
    else if (!b) enumsDropped.push(name);
    else {
      const added = b.filter((v) => !a.includes(v));
      const removed = a.filter((v) => !b.includes(v));
      if (added.length || removed.length) enumsChanged.push({ name, added, removed });
    }
  }
  return { tables, enumsAdded, enumsDropped, enumsChanged };
}

function emptyDiff(table: string, status: TableDiff['status']): TableDiff {
  return { table, status, columnsAdded: [], columnsDropped: [], columnsChanged: [], indexesAdded: [], indexesDropped: [], constraintsAdded: [], constraintsDropped: [] };
}

/** PostgreSQL's `public` schema is implied, as in tableKey(); names keep the case they were written in. */
function displayName(t: Table, d: Dialect): string {
  const schema = t.name.schema;
  return schema && !(d === 'postgresql' && schema === 'public') && d !== 'sqlite' ? `${schema}.${t.name.name}` : t.name.name;
}

function diffTable(a: Table, b: Table, d: Dialect): TableDiff | undefined {
  const out = emptyDiff(displayName(b, d), 'changed');
  const colsA = new Map(a.columns.map((c) => [nameKey(c.name, d), c]));
  const colsB = new Map(b.columns.map((c) => [nameKey(c.name, d), c]));
  for (const c of b.columns) if (!colsA.has(nameKey(c.name, d))) out.columnsAdded.push(c.name);
  for (const c of a.columns) if (!colsB.has(nameKey(c.name, d))) out.columnsDropped.push(c.name);
  for (const c of b.columns) {
    const old = colsA.get(nameKey(c.name, d));
    if (old) out.columnsChanged.push(...columnChanges(old, c));
  }
  const idx = (t: Table) => new Map(t.indexes.map((i) => [nameKey(i.name, d), indexText(t, i, d)]));
  diffNamed(idx(a), idx(b), a.indexes.concat(b.indexes).map((i) => i.name), d, out.indexesAdded, out.indexesDropped);
  const con = (t: Table) => new Map(t.constraints.map((c) => [nameKey(c.name, d), constraintSql(c, d, t)]));
  diffNamed(con(a), con(b), a.constraints.concat(b.constraints).map((c) => c.name), d, out.constraintsAdded, out.constraintsDropped);
  const changed =
    out.columnsAdded.length || out.columnsDropped.length || out.columnsChanged.length || out.indexesAdded.length ||
    out.indexesDropped.length || out.constraintsAdded.length || out.constraintsDropped.length;
  return changed ? out : undefined;
}

function indexText(t: Table, i: Index, d: Dialect): string {
  return createIndexSql(t.name, i, d);
}

/** A definition that changed under the same name counts as dropped and added (it is rebuilt). */
function diffNamed(a: Map<string, string>, b: Map<string, string>, names: string[], d: Dialect, added: string[], dropped: string[]): void {
  const display = new Map(names.map((n) => [nameKey(n, d), n]));
  for (const [k, def] of b) if (a.get(k) !== def) added.push(display.get(k)!);
  for (const [k, def] of a) if (b.get(k) !== def) dropped.push(display.get(k)!);
  added.sort(compareText);
  dropped.sort(compareText);
}

function columnChanges(a: Column, b: Column): ColumnChange[] {
  const out: ColumnChange[] = [];
  const add = (from: string, to: string) => {
    if (from !== to) out.push({ column: b.name, from, to });
  };
  add(typeToSql(a.type), typeToSql(b.type));
  add(a.nullable ? 'NULL' : 'NOT NULL', b.nullable ? 'NULL' : 'NOT NULL');
  add(a.default ? `DEFAULT ${a.default.text}` : 'no default', b.default ? `DEFAULT ${b.default.text}` : 'no default');
  const identity = (c: Column) => (c.identity ? (c.identity === 'auto' ? 'AUTO_INCREMENT' : `GENERATED ${c.identity.toUpperCase()} AS IDENTITY`) : 'no identity');
  add(identity(a), identity(b));
  const generated = (c: Column) => (c.generated ? `GENERATED ALWAYS AS (${c.generated.expr}) ${c.generated.stored ? 'STORED' : 'VIRTUAL'}` : 'not generated');
  add(generated(a), generated(b));
  add(a.collation ? `COLLATE ${a.collation}` : 'default collation', b.collation ? `COLLATE ${b.collation}` : 'default collation');
  return out;
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort(compareText);
}
