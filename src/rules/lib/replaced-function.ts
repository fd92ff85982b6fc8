import type { QName } from '../../model/operation.js';
import { tableKey, type Schema } from '../../model/schema.js';
import { tokenize } from '../../frontends/sql/lexer.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { shown } from './reviewed.js';
import { bodyOf, callsTo, readCreateFunction, type UserFunction } from './user-functions.js';
import { positionOf } from './op-positions.js';

/**
 * CREATE OR REPLACE FUNCTION that gives an IMMUTABLE function of the history a new body while an
 * index, a stored generated column or a CHECK of an existing table is built on it. PostgreSQL keeps
 * what those computed with the old body: index entries, stored values, rows checked once.
 */
export interface ReplacedBody {
  r: ReviewedOp;
  fn: string;
  /** Indexes (by name) with their table, that still hold entries of the old body. */
  indexes: { name: string; table: QName }[];
  /** "generated column t.c", "CHECK k on t". */
  others: string[];
}

/** The parameter list and the body of a CREATE FUNCTION, as tokens: layout and comments do not count. */
function definitionOf(text: string): { params: string; body: string } | undefined {
  const toks = tokenize(text, 'postgresql');
  let k = toks.findIndex((t) => t.upper === 'FUNCTION');
  if (k < 0) return undefined;
  while (k < toks.length && toks[k].upper !== '(') k++;
  const start = k;
  let depth = 0;
  for (; k < toks.length; k++) {
    if (toks[k].upper === '(') depth++;
    else if (toks[k].upper === ')' && --depth === 0) break;
  }
  const words = (from: number, to: number, src = text, list = toks) => list.slice(from, to).map((t) => src.slice(t.start, t.end)).join(' ');
  const params = words(start, k + 1).toLowerCase();
  const rest = toks.slice(k + 1);
  // AS 'body' / AS $$body$$; a SQL-standard body (RETURN …, BEGIN ATOMIC … END) is the rest of the statement.
  const as = rest.findIndex((t, i) => t.kind === 'string' && rest[i - 1]?.upper === 'AS');
  if (as >= 0) {
    const inner = bodyOf(text.slice(rest[as].start, rest[as].end));
    const bt = tokenize(inner, 'postgresql');
    return { params, body: words(0, bt.length, inner, bt) };
  }
  const ret = rest.findIndex((t) => t.upper === 'RETURN' || t.upper === 'BEGIN');
  return ret >= 0 ? { params, body: rest.slice(ret).map((t) => text.slice(t.start, t.end)).join(' ').replace(/\s*;$/, '') } : undefined;
}

/** `functionsBefore`: historyFunctions(ctx), shared with userFunctions and left as it is. */
export function replacedBodies(ctx: RuleContext, functionsBefore: ReadonlyMap<string, UserFunction>): ReplacedBody[] {
  const replaces = ctx.ops.filter((r) => r.op.kind === 'other' && /^\s*create\s+or\s+replace\s+function\b/i.test(r.op.stmt.text));
  if (!replaces.length) return [];
  const history = new Map(functionsBefore);
  const out: ReplacedBody[] = [];
  for (const r of replaces) {
    const f = readCreateFunction(r.op.stmt.text);
    const old = f && history.get(f.name);
    if (!f || !old?.text || (old.declared !== 'immutable' && f.declared !== 'immutable')) continue;
    const was = definitionOf(old.text);
    const now = definitionOf(r.op.stmt.text);
    // Another parameter list is another function (an overload): what is built on the old one keeps calling it.
    if (!was || !now || was.params !== now.params || was.body === now.body) continue;
    const hit = builtOn(ctx, r.before, old);
    const indexes = hit.indexes.filter((i) => !rebuiltLater(ctx, r, i));
    if (indexes.length || hit.others.length) out.push({ r, fn: f.name, indexes, others: hit.others });
    // A later replacement in the same pull request is judged on its own; this one is already reported.
    history.set(f.name, { ...f, text: r.op.stmt.text });
  }
  return out;
}

/** What of the tables that existed before the pull request is built on `fn`. */
function builtOn(ctx: RuleContext, schema: Schema, fn: UserFunction): { indexes: { name: string; table: QName }[]; others: string[] } {
  const only = new Map([[fn.name, fn]]);
  const calls = (e: string | undefined) => !!e && callsTo(e, only).length > 0;
  const indexes: { name: string; table: QName }[] = [];
  const others: string[] = [];
  for (const t of schema.tables.values()) {
    if (!ctx.existedAtBase(t.name)) continue;
    for (const i of t.indexes) if (i.elems.some((e) => calls(e.expr)) || calls(i.where)) indexes.push({ name: i.name, table: t.name });
    for (const c of t.columns) if (c.generated?.stored && calls(c.generated.expr)) others.push(`generated column ${shown(t.name)}.${c.name}`);
    for (const k of t.constraints) if (k.kind === 'check' && calls(k.expr)) others.push(`CHECK ${k.name} on ${shown(t.name)}`);
  }
  return { indexes, others };
}

/** A later statement of the pull request rebuilds or drops the index: REINDEX of it, its table, schema or database. */
function rebuiltLater(ctx: RuleContext, r: ReviewedOp, i: { name: string; table: QName }): boolean {
  const d = ctx.target.dialect;
  const at = positionOf(ctx, r);
  return ctx.ops.slice(at + 1).some(({ op }) => {
    if (op.kind === 'reindex') {
      if (op.target === 'index') return op.name.name === i.name;
      if (op.target === 'table') return tableKey(op.name, d) === tableKey(i.table, d);
      if (op.target === 'schema') return op.name.name === (i.table.schema ?? 'public');
      return op.target === 'database';
    }
    if (op.kind === 'drop_index') return op.name.name === i.name;
    if (op.kind === 'drop_table') return tableKey(op.table, d) === tableKey(i.table, d);
    return false;
  });
}
