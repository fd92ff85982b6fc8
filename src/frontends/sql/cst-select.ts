import type { DataType, Node } from 'sql-parser-cst';
import { makeType } from '../../model/sql-type.js';
import type { SelectShape, SelectValue } from '../../model/operation.js';
import { cstType } from './cst-types.js';
import { type CstCtx, ident, listItems, nameParts, relName } from './cst-util.js';

/**
 * The shape of the query of `CREATE TABLE … AS SELECT` (PostgreSQL): each output column's name,
 * as PostgreSQL names it, and where its type comes from. Only what can be typed without running
 * the query: column references, casts, literals, comparisons, min/max/coalesce, count. A query
 * this does not follow (a CTE, VALUES, `*`) gives undefined: the table stays without columns.
 */
export function selectShape(ctx: CstCtx, node: Node | undefined): SelectShape | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'paren_expr':
      return selectShape(ctx, node.expr as Node);
    case 'compound_select_stmt': {
      // UNION: names from the first branch; a NULL there takes its type from the next branch.
      const left = selectShape(ctx, node.left as Node);
      const right = selectShape(ctx, node.right as Node);
      if (!left) return undefined;
      if (right && right.columns.length === left.columns.length) left.union = [...(left.union ?? []), right, ...(right.union ?? [])];
      return left;
    }
    case 'select_stmt':
      return plainSelect(ctx, node);
    default:
      return undefined;
  }
}

function plainSelect(ctx: CstCtx, node: Extract<Node, { type: 'select_stmt' }>): SelectShape | undefined {
  const shape: SelectShape = { columns: [], from: [] };
  for (const clause of node.clauses as Node[]) {
    if (clause.type === 'with_clause') return undefined;
    if (clause.type === 'select_clause') {
      for (const item of listItems(clause.columns as never) as Node[]) {
        if (item.type === 'all_columns' || (item.type === 'member_expr' && (item.property as Node).type === 'all_columns')) return undefined;
        const aliased = item.type === 'alias';
        const expr = aliased ? (item.expr as Node) : item;
        shape.columns.push({ name: aliased ? ident(ctx, item.alias as Node) : outputName(ctx, expr), value: valueOf(ctx, expr) });
      }
    } else if (clause.type === 'from_clause') {
      if (!fromItems(ctx, clause.expr as Node, shape.from)) return undefined;
    }
  }
  return shape.columns.length ? shape : undefined;
}

function fromItems(ctx: CstCtx, node: Node, out: SelectShape['from']): boolean {
  switch (node.type) {
    case 'join_expr':
      return fromItems(ctx, node.left as Node, out) && fromItems(ctx, node.right as Node, out);
    case 'list_expr':
      return (node.items as Node[]).every((n) => fromItems(ctx, n, out));
    case 'alias': {
      const alias = ident(ctx, node.alias as Node);
      const inner = node.expr as Node;
      if (inner.type === 'paren_expr') {
        const sub = selectShape(ctx, inner);
        if (sub) out.push({ alias, sub });
        return !!sub;
      }
      out.push({ alias, table: relName(ctx, inner) });
      return true;
    }
    case 'paren_expr': {
      // PostgreSQL 16 lets a subquery in FROM go without an alias.
      const sub = selectShape(ctx, node);
      if (sub) out.push({ alias: '', sub });
      return !!sub;
    }
    case 'identifier':
    case 'member_expr':
    case 'table_without_inheritance':
    case 'table_with_inheritance': {
      const table = relName(ctx, node);
      out.push({ alias: table.name, table });
      return true;
    }
    default:
      return false;
  }
}

/** The name PostgreSQL gives an output column written without AS (FigureColname). */
function outputName(ctx: CstCtx, expr: Node): string {
  switch (expr.type) {
    case 'identifier':
      return ident(ctx, expr);
    case 'member_expr':
      return ident(ctx, expr.property as Node);
    case 'func_call':
      return nameParts(ctx, expr.name as Node).pop() ?? '?column?';
    case 'cast_operator_expr': {
      const inner = outputName(ctx, expr.left as Node);
      return inner !== '?column?' ? inner : typeName(ctx, expr.right as DataType);
    }
    case 'cast_expr': {
      const arg = castArg(expr);
      const inner = outputName(ctx, arg.expr);
      return inner !== '?column?' ? inner : typeName(ctx, arg.dataType);
    }
    case 'paren_expr':
      return outputName(ctx, expr.expr as Node);
    default:
      return '?column?';
  }
}

/** The name a cast's type gives its column (`NULL::int` is named int4 by PostgreSQL). */
function typeName(ctx: CstCtx, dt: DataType): string {
  const PG_NAMES: Record<string, string> = { integer: 'int4', bigint: 'int8', smallint: 'int2', boolean: 'bool', timestamptz: 'timestamptz', varchar: 'varchar', 'double precision': 'float8', real: 'float4' };
  const t = cstType(ctx, dt).type;
  return PG_NAMES[t.name] ?? t.name;
}

const BOOLEAN_OPS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', 'AND', 'OR', 'IS', 'IS NOT', 'LIKE', 'ILIKE', 'NOT LIKE', 'IN', 'NOT IN', 'IS DISTINCT FROM', 'IS NOT DISTINCT FROM']);
const SAME_TYPE_FUNCS = new Set(['min', 'max', 'coalesce', 'greatest', 'least']);

function valueOf(ctx: CstCtx, expr: Node): SelectValue {
  switch (expr.type) {
    case 'identifier':
      return { kind: 'column', column: ident(ctx, expr) };
    case 'member_expr': {
      const parts = nameParts(ctx, expr);
      return { kind: 'column', rel: parts[parts.length - 2], column: parts[parts.length - 1] };
    }
    case 'paren_expr':
      return valueOf(ctx, expr.expr as Node);
    case 'cast_operator_expr':
      return { kind: 'type', type: cstType(ctx, expr.right as DataType).type };
    case 'cast_expr':
      return { kind: 'type', type: cstType(ctx, castArg(expr).dataType).type };
    case 'null_literal':
      return { kind: 'null' };
    case 'boolean_literal':
      return { kind: 'type', type: makeType(ctx.dialect, 'boolean') };
    case 'string_literal':
      return { kind: 'type', type: makeType(ctx.dialect, 'text') };
    case 'number_literal':
      return { kind: 'type', type: makeType(ctx.dialect, Number.isInteger(expr.value) && !/[.e]/i.test(expr.text) ? (Math.abs(expr.value) < 2 ** 31 ? 'integer' : 'bigint') : 'numeric') };
    case 'binary_expr': {
      const op = (typeof expr.operator === 'string' ? expr.operator : ([] as Node[]).concat(expr.operator as never).map((k) => (k as { text: string }).text).join(' ')).toUpperCase();
      return BOOLEAN_OPS.has(op) ? { kind: 'type', type: makeType(ctx.dialect, 'boolean') } : { kind: 'unknown' };
    }
    case 'postfix_op_expr':
    case 'between_expr':
      return { kind: 'type', type: makeType(ctx.dialect, 'boolean') };
    case 'func_call': {
      const name = (nameParts(ctx, expr.name as Node).pop() ?? '').toLowerCase();
      const args = funcArgs(expr);
      if (name === 'count') return { kind: 'type', type: makeType(ctx.dialect, 'bigint') };
      if (name === 'now') return { kind: 'type', type: makeType(ctx.dialect, 'timestamptz') };
      if (SAME_TYPE_FUNCS.has(name) && args.length) return { kind: 'same', of: valueOf(ctx, args[0] as Node) };
      return { kind: 'unknown' };
    }
    default:
      return { kind: 'unknown' };
  }
}

/** `CAST(x AS t)`: the expression and the type inside the parentheses. */
function castArg(expr: Node): { expr: Node; dataType: DataType } {
  const args = (expr as { args?: unknown }).args as { expr: { expr: Node; dataType: DataType } };
  return args.expr;
}

/** The arguments of a function call, in order. */
function funcArgs(expr: Node): Node[] {
  const args = (expr as { args?: unknown }).args as { expr?: { args?: unknown } } | undefined;
  const list = args?.expr?.args as { type: 'list_expr'; items: Node[] } | undefined;
  return list ? listItems(list) : [];
}
