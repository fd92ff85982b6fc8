import type { A_Const, A_Expr, BoolExpr, FuncCall, Node, RangeSubselect, RangeVar, ResTarget, SelectStmt, TypeCast, TypeName } from 'libpg-query';
import { makeType, type SqlType } from '../../model/sql-type.js';
import type { SelectShape, SelectValue } from '../../model/operation.js';
import { pgType } from './pg-columns.js';
import { nodeBody, nodeType, rel, str, strings } from './pg-nodes.js';
import type { PgText } from './pg-text.js';

/**
 * The shape of the query of `CREATE TABLE … AS SELECT`, read from libpg-query's tree: the same
 * as cst-select.ts reads from sql-parser-cst's (each output column's name as PostgreSQL names it,
 * and where its type comes from: column references, casts, literals, comparisons,
 * min/max/coalesce, count, now()), so that a PostgreSQL set never has to load sql-parser-cst for
 * it (issue 11: loading and running that parser was most of a cold review's CPU). A query this
 * does not follow (a CTE, VALUES, `*`, a function in FROM) gives undefined: the table stays
 * without columns.
 */
export function pgSelectShape(t: PgText, node: Node | undefined): SelectShape | undefined {
  if (nodeType(node) !== 'SelectStmt') return undefined;
  const s = nodeBody<SelectStmt>(node);
  if (s.op && s.op !== 'SETOP_NONE') {
    // UNION / INTERSECT / EXCEPT: names from the first branch; a NULL there takes its type from the next.
    const left = pgSelectShape(t, { SelectStmt: s.larg } as Node);
    const right = pgSelectShape(t, { SelectStmt: s.rarg } as Node);
    if (!left) return undefined;
    if (right && right.columns.length === left.columns.length) left.union = [...(left.union ?? []), right, ...(right.union ?? [])];
    return left;
  }
  if (s.withClause || s.valuesLists?.length) return undefined;
  const shape: SelectShape = { columns: [], from: [] };
  for (const item of s.targetList ?? []) {
    const target = nodeBody<ResTarget>(item);
    if (isStar(target.val)) return undefined;
    shape.columns.push({ name: target.name ?? outputName(t, target.val), value: valueOf(t, target.val, target.name) });
  }
  for (const item of s.fromClause ?? []) if (!fromItem(t, item, shape.from)) return undefined;
  return shape.columns.length ? shape : undefined;
}

function isStar(n: Node | undefined): boolean {
  const fields = nodeType(n) === 'ColumnRef' ? nodeBody<{ fields?: Node[] }>(n).fields ?? [] : [];
  return nodeType(fields[fields.length - 1]) === 'A_Star';
}

function fromItem(t: PgText, node: Node, out: SelectShape['from']): boolean {
  switch (nodeType(node)) {
    case 'JoinExpr': {
      const j = nodeBody<{ larg?: Node; rarg?: Node }>(node);
      return !!j.larg && !!j.rarg && fromItem(t, j.larg, out) && fromItem(t, j.rarg, out);
    }
    case 'RangeVar': {
      const r = nodeBody<RangeVar>(node);
      const table = rel(r);
      out.push({ alias: r.alias?.aliasname ?? table.name, table });
      return true;
    }
    case 'RangeSubselect': {
      // PostgreSQL 16 lets a subquery in FROM go without an alias.
      const r = nodeBody<RangeSubselect>(node);
      const sub = pgSelectShape(t, r.subquery);
      if (sub) out.push({ alias: r.alias?.aliasname ?? '', sub });
      return !!sub;
    }
    default:
      return false;
  }
}

/** The name PostgreSQL gives an output column written without AS (FigureColname), as cst-select.ts gives it. */
function outputName(t: PgText, expr: Node | undefined): string {
  switch (nodeType(expr)) {
    case 'ColumnRef': {
      const fields = nodeBody<{ fields?: Node[] }>(expr).fields ?? [];
      return str(fields[fields.length - 1]) || '?column?';
    }
    case 'FuncCall':
      return strings(nodeBody<FuncCall>(expr).funcname).pop() ?? '?column?';
    case 'CoalesceExpr':
      return 'coalesce';
    case 'MinMaxExpr':
      return nodeBody<{ op?: string }>(expr).op === 'IS_LEAST' ? 'least' : 'greatest';
    case 'TypeCast': {
      const c = nodeBody<TypeCast>(expr);
      const inner = outputName(t, c.arg);
      return inner !== '?column?' ? inner : typeName(castType(t, c.typeName));
    }
    default:
      return '?column?';
  }
}

/** The name a cast's type gives its column (`NULL::int` is named int4 by PostgreSQL). */
function typeName(type: SqlType): string {
  const PG_NAMES: Record<string, string> = { integer: 'int4', bigint: 'int8', smallint: 'int2', boolean: 'bool', timestamptz: 'timestamptz', varchar: 'varchar', 'double precision': 'float8', real: 'float4' };
  return PG_NAMES[type.name] ?? type.name;
}

/** Words after which a cast's type has ended in a select list. */
const AFTER_TYPE = new Set(['AS', 'FROM', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'OFFSET', 'FETCH', 'FOR', 'UNION', 'INTERSECT', 'EXCEPT', 'WINDOW', 'INTO', 'AND', 'OR', 'IS', 'NOT', 'LIKE', 'ILIKE', 'IN', 'BETWEEN', 'COLLATE', 'AT', 'ON', 'USING', 'JOIN', 'SIMILAR', 'ISNULL', 'NOTNULL', 'THEN', 'ELSE', 'END', 'WHEN']);

/** A cast's type, its written text ending where the type does (not at the end of the select item). */
function castType(t: PgText, tn: TypeName | undefined, alias?: string): SqlType {
  if (!tn) return makeType('postgresql', '', [], { raw: '' });
  const type = pgType(t, tn).type;
  const from = t.tokAt(tn.location);
  let k = from;
  while (k < t.toks.length) {
    const tok = t.toks[k];
    if (tok.upper === '(' || tok.upper === '[') k = t.close(k) + 1;
    else if (tok.upper === '.' || (tok.kind === 'word' && !AFTER_TYPE.has(tok.upper)) || tok.kind === 'ident') k++;
    else break;
  }
  // `x::int y`: the last word is the column's name, not part of the type.
  if (alias !== undefined && k - 1 > from && isName(t, k - 1, alias) && t.upper(k - 2) !== '.') k--;
  const raw = t.slice(from, k - 1).replace(/\s+/g, ' ');
  return raw ? { ...type, raw } : type;
}

/** Whether token k writes this (folded) name: `y`, `Y` or `"y"`. */
function isName(t: PgText, k: number, name: string): boolean {
  const tok = t.toks[k];
  if (tok.kind === 'word') return tok.upper === name.toUpperCase() && name === name.toLowerCase();
  return tok.kind === 'ident' && t.text.slice(tok.start, tok.end) === `"${name.replace(/"/g, '""')}"`;
}

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);
const BOOLEAN_KINDS = new Set(['AEXPR_LIKE', 'AEXPR_ILIKE', 'AEXPR_IN', 'AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT', 'AEXPR_BETWEEN', 'AEXPR_NOT_BETWEEN', 'AEXPR_BETWEEN_SYM', 'AEXPR_NOT_BETWEEN_SYM']);
const SAME_TYPE_FUNCS = new Set(['min', 'max']);

/** `alias`: the output column's name, which may follow a cast's type without AS (`x::int y`). */
function valueOf(t: PgText, expr: Node | undefined, alias?: string): SelectValue {
  const type = (name: string): SelectValue => ({ kind: 'type', type: makeType('postgresql', name) });
  switch (nodeType(expr)) {
    case 'ColumnRef': {
      const parts = strings(nodeBody<{ fields?: Node[] }>(expr).fields);
      return parts.length > 1 ? { kind: 'column', rel: parts[parts.length - 2], column: parts[parts.length - 1] } : { kind: 'column', column: parts[0] ?? '' };
    }
    case 'TypeCast':
      return { kind: 'type', type: castType(t, nodeBody<TypeCast>(expr).typeName, alias) };
    case 'A_Const':
      return constValue(t, nodeBody<A_Const>(expr));
    case 'A_Expr': {
      const e = nodeBody<A_Expr>(expr);
      if (BOOLEAN_KINDS.has(e.kind ?? '')) return type('boolean');
      return e.kind === 'AEXPR_OP' && COMPARISONS.has(str(e.name?.[e.name.length - 1])) ? type('boolean') : { kind: 'unknown' };
    }
    case 'BoolExpr':
      // AND / OR; NOT, like sql-parser-cst's prefix operator, is not followed.
      return nodeBody<BoolExpr>(expr).boolop === 'NOT_EXPR' ? { kind: 'unknown' } : type('boolean');
    case 'NullTest':
    case 'BooleanTest':
      return type('boolean');
    case 'CoalesceExpr':
    case 'MinMaxExpr': {
      const args = nodeBody<{ args?: Node[] }>(expr).args ?? [];
      return args.length ? { kind: 'same', of: valueOf(t, args[0]) } : { kind: 'unknown' };
    }
    case 'FuncCall': {
      const f = nodeBody<FuncCall>(expr);
      const name = (strings(f.funcname).pop() ?? '').toLowerCase();
      if (name === 'count') return type('bigint');
      if (name === 'now') return type('timestamptz');
      if (SAME_TYPE_FUNCS.has(name) && f.args?.length) return { kind: 'same', of: valueOf(t, f.args[0]) };
      return { kind: 'unknown' };
    }
    default:
      return { kind: 'unknown' };
  }
}

function constValue(t: PgText, c: A_Const): SelectValue {
  // `-1` is folded into the constant by PostgreSQL's grammar; sql-parser-cst reads a prefix operator.
  const k = t.tokAt(c.location);
  if (t.upper(k) === '-') return { kind: 'unknown' };
  if (c.isnull) return { kind: 'null' };
  if (c.boolval !== undefined) return { kind: 'type', type: makeType('postgresql', 'boolean') };
  if (c.sval !== undefined) return { kind: 'type', type: makeType('postgresql', 'text') };
  if (c.ival !== undefined) return { kind: 'type', type: makeType('postgresql', 'integer') };
  if (c.fval !== undefined) return { kind: 'type', type: makeType('postgresql', /[.e]/i.test(c.fval.fval ?? '') ? 'numeric' : 'bigint') };
  return { kind: 'unknown' };
}
