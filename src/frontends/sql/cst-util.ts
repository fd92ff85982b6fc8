import type { Node } from 'sql-parser-cst';
import type { Dialect } from '../../model/dialect.js';
import type { QName } from '../../model/operation.js';
import { qname } from './column-draft.js';

/** What every sql-parser-cst mapping function needs: the statement text and its dialect. */
export interface CstCtx {
  text: string;
  dialect: Dialect;
}

/**
 * Thrown when sql-parser-cst accepted a statement in a shape we know it gets wrong or
 * cannot express; for PostgreSQL the statement then goes to libpg-query.
 */
export class CstUnsupported extends Error {}

export function src(ctx: CstCtx, node: Node | undefined): string {
  if (!node?.range) return '';
  return ctx.text.slice(node.range[0], node.range[1]);
}

/**
 * An identifier as the database stores it: PostgreSQL folds unquoted names to lower case and
 * cuts every name to 63 bytes (NAMEDATALEN - 1), as libpg-query's names already are.
 */
export function ident(ctx: CstCtx, node: Node | undefined): string {
  if (!node) return '';
  if (node.type === 'identifier') {
    if (ctx.dialect !== 'postgresql') return node.name;
    const quoted = node.text.startsWith('"') || /^u&"/i.test(node.text);
    return pgTruncate(quoted ? node.name : node.name.toLowerCase());
  }
  if (node.type === 'keyword') return ctx.dialect === 'postgresql' ? pgTruncate(node.text.toLowerCase()) : node.text;
  if (node.type === 'string_literal') return node.value;
  if (node.type === 'member_expr') return ident(ctx, node.property as Node);
  if (node.type === 'paren_expr') return ident(ctx, node.expr as Node);
  return src(ctx, node);
}

/** Name parts of an entity name (`db.schema.table` → three parts). */
export function nameParts(ctx: CstCtx, node: Node): string[] {
  if (node.type === 'member_expr') return [...nameParts(ctx, node.object as Node), ident(ctx, node.property as Node)];
  if (node.type === 'bigquery_quoted_member_expr') return nameParts(ctx, node.expr);
  return [ident(ctx, node)];
}

/** A relation reference: unwraps ONLY t, t *, aliases and INDEXED BY to the name. */
export function relName(ctx: CstCtx, node: Node): QName {
  switch (node.type) {
    case 'table_without_inheritance':
    case 'table_with_inheritance':
      return relName(ctx, node.table);
    case 'alias':
      return relName(ctx, node.expr as Node);
    case 'indexed_table':
    case 'not_indexed_table':
      return relName(ctx, node.table as Node);
    default: {
      const parts = nameParts(ctx, node);
      return qname(parts[parts.length - 1], parts.length > 1 ? parts[parts.length - 2] : undefined);
    }
  }
}

/** Keyword names of a keyword or keyword tuple, upper case, space separated. */
export function kwText(kw: Node | Node[] | undefined): string {
  if (!kw) return '';
  const list = Array.isArray(kw) ? kw : [kw];
  return list.map((k) => (k.type === 'keyword' ? k.name : '')).join(' ');
}

/** Items of a list node; the parser gives a bare empty array where a list is empty. */
export function listItems<T extends Node>(node: { type: 'list_expr'; items: T[] } | T[] | undefined): T[] {
  if (!node) return [];
  return Array.isArray(node) ? node : node.items ?? [];
}

const NAME_BYTES = 63;

/** PostgreSQL's truncate_identifier: at most 63 bytes of UTF-8, never half a character. */
export function pgTruncate(name: string): string {
  if (name.length <= NAME_BYTES / 4 || Buffer.byteLength(name, 'utf8') <= NAME_BYTES) return name;
  let bytes = 0;
  let end = 0;
  for (const ch of name) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > NAME_BYTES) break;
    bytes += size;
    end += ch.length;
  }
  return name.slice(0, end);
}
