import type { AlterTableStmt, Node } from 'sql-parser-cst';
import type { Operation, QName } from '../../model/operation.js';
import { cstColumn, cstConstraint, unwrap, withAttrs } from './cst-columns.js';
import { cstType } from './cst-types.js';
import { type CstCtx, ident, kwText, relName, src } from './cst-util.js';
import { alterOther, CST_ALTER_OTHER } from './describe.js';
import { defaultExpr } from './volatility.js';

/** ALTER TABLE: one operation per action. */
export function cstAlterTable(ctx: CstCtx, stmt: AlterTableStmt): Operation[] {
  const table = relName(ctx, stmt.table as Node);
  return stmt.actions.items.map((a) => alterAction(ctx, table, a as Node));
}

function alterAction(ctx: CstCtx, table: QName, a: Node): Operation {
  switch (a.type) {
    case 'alter_action_rename':
      return { kind: 'rename_table', table, newName: relName(ctx, a.newName) };
    case 'alter_action_set_schema':
      return { kind: 'rename_table', table, newName: { schema: ident(ctx, a.schema), name: table.name } };
    case 'alter_action_rename_column':
      return { kind: 'rename_column', table, column: ident(ctx, a.oldName), newName: ident(ctx, a.newName) };
    case 'alter_action_add_column':
      return { kind: 'add_column', table, column: cstColumn(ctx, a.column, table), ifNotExists: !!a.ifNotExistsKw };
    case 'alter_action_drop_column':
      return { kind: 'drop_column', table, column: ident(ctx, a.column), ifExists: !!a.ifExistsKw, cascade: a.behaviorKw?.name === 'CASCADE' };
    case 'alter_action_alter_column':
      return alterColumn(ctx, table, ident(ctx, a.column), a.action as Node);
    case 'alter_action_add_constraint': {
      const { inner } = unwrap(ctx, a.constraint as Node);
      const c = cstConstraint(ctx, inner);
      if (!c) return { kind: 'other', description: alterOther('TABLE', 'ADD CONSTRAINT') };
      const name = a.name ? ident(ctx, a.name.name) : undefined;
      return { kind: 'add_constraint', table, constraint: withAttrs(c, name, a.modifiers.map((m) => kwText(m.kw))) };
    }
    case 'alter_action_validate_constraint':
      return { kind: 'validate_constraint', table, name: ident(ctx, a.constraint) };
    case 'alter_action_drop_constraint':
      return { kind: 'drop_constraint', table, name: ident(ctx, a.constraint), ifExists: !!a.ifExistsKw, cascade: a.behaviorKw?.name === 'CASCADE' };
    case 'alter_action_rename_constraint':
      return { kind: 'rename_constraint', table, name: ident(ctx, a.oldName), newName: ident(ctx, a.newName) };
    case 'alter_action_enable':
    case 'alter_action_disable': {
      const verb = a.type === 'alter_action_enable' ? 'ENABLE' : 'DISABLE';
      const item = a.item.type === 'toggle_trigger' ? 'TRIGGER' : a.item.type === 'toggle_rule' ? 'RULE' : 'ROW LEVEL SECURITY';
      return { kind: 'other', description: alterOther('TABLE', `${verb} ${item}`) };
    }
    default:
      return { kind: 'other', description: alterOther('TABLE', CST_ALTER_OTHER[a.type] ?? src(ctx, a).split(/\s+/).slice(0, 2).join(' ').toUpperCase()) };
  }
}

function alterColumn(ctx: CstCtx, table: QName, column: string, action: Node): Operation {
  switch (action.type) {
    case 'alter_action_set_default':
      return { kind: 'set_default', table, column, default: defaultExpr(src(ctx, action.expr), ctx.dialect) };
    case 'alter_action_drop_default':
      return { kind: 'drop_default', table, column };
    case 'alter_action_set_not_null':
      return { kind: 'set_not_null', table, column };
    case 'alter_action_drop_not_null':
      return { kind: 'drop_not_null', table, column };
    case 'alter_action_set_data_type': {
      const op: Operation = { kind: 'alter_column_type', table, column, type: cstType(ctx, action.dataType).type };
      const using = action.clauses.find((c) => c.type === 'set_data_type_using_clause');
      if (using) op.using = src(ctx, using.expr);
      return op;
    }
    case 'alter_action_set_postgresql_options':
      return { kind: 'other', description: alterOther('TABLE', 'ALTER COLUMN SET (…)') };
    case 'alter_action_reset_postgresql_options':
      return { kind: 'other', description: alterOther('TABLE', 'ALTER COLUMN RESET (…)') };
    default:
      return { kind: 'other', description: alterOther('TABLE', CST_ALTER_OTHER[action.type] ?? 'ALTER COLUMN') };
  }
}
