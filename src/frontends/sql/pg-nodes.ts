import type { Node, RangeVar } from 'libpg-query';
import type { QName } from '../../model/operation.js';
import { qname } from './column-draft.js';

/** Small accessors for libpg-query's `{ NodeType: {...} }` wrappers. */

export function nodeType(n: Node | undefined): string {
  return n ? Object.keys(n)[0] : '';
}

export function nodeBody<T = Record<string, unknown>>(n: Node | undefined): T {
  return (n ? Object.values(n)[0] : {}) as T;
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
