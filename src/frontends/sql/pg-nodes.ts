import type { Node, RangeVar } from 'libpg-query';
import type { QName } from '../../model/operation.js';
import { qname } from './column-draft.js';

/** Small accessors for libpg-query's `{ NodeType: {...} }` wrappers. */

// A node is an object of one key: for…in reads it without the array Object.keys / Object.values
// made for every node the mappers look at. An object without keys reads as undefined, as then.

export function nodeType(n: Node | undefined): string {
  if (!n) return '';
  for (const k in n) return k;
  return undefined as unknown as string;
}

export function nodeBody<T = Record<string, unknown>>(n: Node | undefined): T {
  if (!n) return {} as T;
  for (const k in n) return (n as Record<string, unknown>)[k] as T;
  return undefined as T;
}

/** The string of a String node. */
export function str(n: Node | undefined): string {
  return (n as { String?: { sval?: string } } | undefined)?.String?.sval ?? '';
}

export function strings(list: Node[] | undefined): string[] {
  return (list ?? []).map(str);
}

export function rel(r: RangeVar | undefined): QName {
  return qname(r?.relname ?? '', r?.schemaname);
}

/** A qualified name given as a list of String nodes (`DROP INDEX s.i`). */
export function nameList(list: Node[] | undefined): QName {
  const parts = strings(list);
  return qname(parts[parts.length - 1] ?? '', parts.length > 1 ? parts[parts.length - 2] : undefined);
}

/** An integer constant node's value (protobuf drops zeros, hence the default). */
export function intConst(n: Node | undefined): number | undefined {
  const c = (n as { A_Const?: { ival?: { ival?: number } } } | undefined)?.A_Const;
  if (!c || !c.ival) return undefined;
  return c.ival.ival ?? 0;
}

/**
 * The tables and views a query reads: every relation named in it (FROM, JOIN, subqueries), less
 * the names its WITH clauses define. Deduplicated, in order of appearance.
 */
export function relationsRead(query: Node | undefined): QName[] {
  const ctes = new Set<string>();
  const found: RangeVar[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (!v || typeof v !== 'object') return;
    // for…in, not Object.entries: the same keys in the same order without an array per node.
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (k === 'RangeVar') found.push(x as RangeVar);
      else if (k === 'CommonTableExpr') {
        const name = (x as { ctename?: string }).ctename;
        if (name) ctes.add(name);
      }
      walk(x);
    }
  };
  walk(query);
  return readsOf(found, ctes);
}

/** The names of a RangeVar that a query's reads are made of. */
export type RelationName = Pick<RangeVar, 'schemaname' | 'relname'>;

/** The relations read, in order of appearance: deduplicated, the query's own CTE names left out. */
export function readsOf(found: readonly RelationName[], ctes: ReadonlySet<string>): QName[] {
  const seen = new Set<string>();
  const out: QName[] = [];
  for (const r of found) {
    if (!r.relname || (!r.schemaname && ctes.has(r.relname))) continue;
    const key = `${r.schemaname ?? ''}.${r.relname}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rel(r));
  }
  return out;
}
