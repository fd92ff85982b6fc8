import type { ColumnDefinition, Node } from 'sql-parser-cst';
import type { ColumnDef, Constraint, ForeignRef, QName } from '../../model/operation.js';
import { finishColumn, newDraft } from './column-draft.js';
import { cstType } from './cst-types.js';
import { type CstCtx, CstUnsupported, ident, kwText, listItems, relName, src } from './cst-util.js';
import { defaultExpr } from './volatility.js';

const NOT_NULL_OPERATOR = new Set(['NOT NULL', 'NOTNULL']);

/** A column definition (CREATE TABLE element or ALTER TABLE ADD COLUMN). */
export function cstColumn(ctx: CstCtx, def: ColumnDefinition, table: QName): ColumnDef {
  const name = ident(ctx, def.name);
  const { type, serial } = cstType(ctx, def.dataType);
  const d = newDraft(name, type, serial);
  for (const item of def.constraints as Node[]) {
    const { inner, name: conName, modifiers } = unwrap(ctx, item);
    switch (inner.type) {
      case 'constraint_null':
        break;
      case 'constraint_not_null':
        d.notNull = true;
        break;
      case 'constraint_default': {
        // sql-parser-cst reads `DEFAULT '' NOT NULL` (SQLite) as the expression `'' NOT NULL`
        // (a postfix NOTNULL test) and `DEFAULT 'x' COLLATE "C"` as a COLLATE expression. A
        // DEFAULT takes no such expression (SQLite: a literal, a signed number or a parenthesized
        // expression; PostgreSQL: a b_expr), so they are the column's NOT NULL and COLLATE.
        let expr = inner.expr as Node;
        for (;;) {
          if (expr.type === 'postfix_op_expr' && NOT_NULL_OPERATOR.has(kwText(expr.operator as Node | Node[]))) {
            d.notNull = true;
            expr = expr.expr as Node;
          } else if (expr.type === 'binary_expr' && kwText(expr.operator as Node) === 'COLLATE') {
            d.collation = ident(ctx, expr.right as Node);
            expr = expr.left as Node;
          } else break;
        }
        d.default = defaultExpr(src(ctx, expr), ctx.dialect);
        break;
      }
      case 'constraint_auto_increment':
        d.identity = 'auto';
        break;
      case 'constraint_collate':
        d.collation = ident(ctx, inner.collation);
        break;
      case 'constraint_generated':
        if (inner.expr.type === 'identity_column') {
          d.identity = inner.generatedKw && kwText(inner.generatedKw).includes('BY DEFAULT') ? 'by default' : 'always';
        } else {
          d.generated = { expr: src(ctx, inner.expr.expr as Node), stored: inner.storageKw?.name === 'STORED' };
        }
        break;
      default: {
        if (inner.type === 'constraint_primary_key') d.primaryKey = true;
        const c = cstConstraint(ctx, inner, [name]);
        if (c) d.constraints.push(withAttrs(c, conName, modifiers));
      }
    }
  }
  return finishColumn(d, table, ctx.dialect);
}

interface Unwrapped {
  inner: Node;
  name?: string;
  modifiers: string[];
}

/** Constraint<T> carries the CONSTRAINT name and the DEFERRABLE / NOT VALID modifiers. */
export function unwrap(ctx: CstCtx, node: Node): Unwrapped {
  if (node.type !== 'constraint') return { inner: node, modifiers: [] };
  return {
    inner: node.constraint as Node,
    name: node.name?.name ? ident(ctx, node.name.name) : undefined,
    modifiers: node.modifiers.map((m) => kwText(m.kw)),
  };
}

export function withAttrs(c: Constraint, name: string | undefined, modifiers: string[]): Constraint {
  if (name !== undefined) c.name = name;
  if (modifiers.includes('NOT VALID')) c.notValid = true;
  if (modifiers.includes('DEFERRABLE')) c.deferrable = true;
  return c;
}

/**
 * A constraint body. `columnOf` is the column of an inline constraint. Returns undefined for
 * MySQL-only inline clauses (INDEX, COMMENT …) that constrain nothing.
 */
export function cstConstraint(ctx: CstCtx, node: Node, columnOf?: string[]): Constraint | undefined {
  switch (node.type) {
    case 'constraint_primary_key': {
      const c: Constraint = { kind: 'primary', columns: columnOf ?? [] };
      if (node.columns?.type === 'existing_index') c.usingIndex = ident(ctx, node.columns.index);
      else if (node.columns) c.columns = listItems(node.columns.expr).map((s) => ident(ctx, s.expr as Node));
      return c;
    }
    case 'constraint_unique': {
      const c: Constraint = { kind: 'unique', columns: columnOf ?? [] };
      if (node.columns?.type === 'existing_index') c.usingIndex = ident(ctx, node.columns.index);
      else if (node.columns) c.columns = listItems(node.columns.expr).map((s) => ident(ctx, s as Node));
      return c;
    }
    case 'constraint_check':
      return { kind: 'check', columns: columnOf ?? [], expr: src(ctx, node.expr.expr as Node) };
    case 'references_specification':
      return { kind: 'foreign', columns: columnOf ?? [], references: foreignRef(ctx, node) };
    case 'constraint_foreign_key':
      return {
        kind: 'foreign',
        columns: listItems(node.columns.expr).map((s) => ident(ctx, s)),
        references: foreignRef(ctx, node.references),
      };
    case 'constraint_exclude': {
      const first = (node.using ?? node.params) as Node;
      const columns = listItems(node.params.expr)
        .map((p) => p.index.expr as Node)
        .filter((e) => e.type === 'identifier')
        .map((e) => ident(ctx, e));
      return { kind: 'exclude', columns, expr: ctx.text.slice(first.range![0], node.range![1]) };
    }
    case 'constraint_not_null':
      // PostgreSQL 18 `ADD CONSTRAINT c NOT NULL col`: the parser drops the column.
      throw new CstUnsupported('NOT NULL table constraint');
    default:
      return undefined;
  }
}

function foreignRef(ctx: CstCtx, spec: Extract<Node, { type: 'references_specification' }>): ForeignRef {
  const ref: ForeignRef = { table: relName(ctx, spec.table), columns: spec.columns ? listItems(spec.columns.expr).map((s) => ident(ctx, s)) : [] };
  for (const opt of spec.options) {
    if (opt.type !== 'referential_action') continue;
    const action = kwText(opt.actionKw);
    if (action === 'NO ACTION') continue;
    if (opt.eventKw.name === 'DELETE') ref.onDelete = action;
    else ref.onUpdate = action;
  }
  return ref;
}
