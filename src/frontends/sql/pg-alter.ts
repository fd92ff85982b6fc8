import type { AlterTableCmd, AlterTableStmt, ColumnDef as PgColumnDef, Constraint as PgConstraint, PartitionCmd } from 'libpg-query';
import type { Operation, QName } from '../../model/operation.js';
import { alterOther, describeStatement, PG_ALTER_OTHER } from './describe.js';
import { pgColumn, pgConstraint, pgType } from './pg-columns.js';
import { nodeBody, rel, strings } from './pg-nodes.js';
import type { PgText } from './pg-text.js';
import { defaultExpr } from './volatility.js';

/** ALTER TABLE: one operation per command, reading expressions from each command's own text. */
export function pgAlterTable(t: PgText, s: AlterTableStmt): Operation[] {
  if (s.objtype !== 'OBJECT_TABLE') return [{ kind: 'other', description: describeStatement(t.text, 'postgresql') }];
  const table = rel(s.relation);
  const cmds = (s.cmds ?? []).map((c) => nodeBody<AlterTableCmd>(c));
  // Each command's tokens, cut only when a command reads an expression by them (most need none).
  let segments: [number, number][] | undefined;
  let k = 0;
  const range = (i: number): [number, number] => {
    if (!segments) {
      k = t.skipName(t.tokAt(s.relation?.location));
      if (t.upper(k) === '*') k++;
      segments = t.items(k, t.toks.length - 1);
    }
    return segments.length === cmds.length ? segments[i] : [k, t.toks.length - 1];
  };
  return cmds.map((cmd, i) => alterCmd(t, table, cmd, () => range(i)));
}

function alterCmd(t: PgText, table: QName, cmd: AlterTableCmd, range: () => [number, number]): Operation {
  const column = cmd.name ?? '';
  switch (cmd.subtype) {
    case 'AT_AddColumn':
      return { kind: 'add_column', table, column: pgColumn(t, nodeBody<PgColumnDef>(cmd.def), table), ifNotExists: !!cmd.missing_ok };
    case 'AT_DropColumn':
      return { kind: 'drop_column', table, column, ifExists: !!cmd.missing_ok, cascade: cmd.behavior === 'DROP_CASCADE' };
    case 'AT_ColumnDefault':
      if (!cmd.def) return { kind: 'drop_default', table, column };
      const [from, to] = range();
      return { kind: 'set_default', table, column, default: defaultExpr(t.run(t.find('DEFAULT', from, to + 1) + 1), 'postgresql') };
    case 'AT_SetNotNull':
      return { kind: 'set_not_null', table, column };
    case 'AT_DropNotNull':
      return { kind: 'drop_not_null', table, column };
    case 'AT_AlterColumnType': {
      const def = nodeBody<PgColumnDef>(cmd.def);
      const op: Operation = { kind: 'alter_column_type', table, column, type: pgType(t, def.typeName ?? {}).type };
      if (def.raw_default) {
        const [from, to] = range();
        op.using = t.run(t.find('USING', from, to + 1) + 1);
      }
      return op;
    }
    case 'AT_AddConstraint': {
      const c = nodeBody<PgConstraint>(cmd.def);
      if (c.contype === 'CONSTR_NOTNULL') {
        // PostgreSQL 18 `ADD CONSTRAINT c NOT NULL col`: a named NOT NULL that scans like SET NOT NULL.
        const col = strings(c.keys)[0] ?? '';
        if (c.skip_validation) return { kind: 'other', description: alterOther('TABLE', 'ADD CONSTRAINT NOT NULL NOT VALID') };
        return { kind: 'set_not_null', table, column: col };
      }
      const con = pgConstraint(t, c);
      if (!con) return { kind: 'other', description: alterOther('TABLE', 'ADD CONSTRAINT') };
      return { kind: 'add_constraint', table, constraint: con };
    }
    case 'AT_ValidateConstraint':
      return { kind: 'validate_constraint', table, name: column };
    case 'AT_DropConstraint':
      return { kind: 'drop_constraint', table, name: column, ifExists: !!cmd.missing_ok, cascade: cmd.behavior === 'DROP_CASCADE' };
    case 'AT_AttachPartition':
      return { kind: 'attach_partition', table, partition: rel(nodeBody<PartitionCmd>(cmd.def).name) };
    case 'AT_DetachPartition': {
      const p = nodeBody<PartitionCmd>(cmd.def);
      return { kind: 'detach_partition', table, partition: rel(p.name), concurrently: !!p.concurrent };
    }
    default:
      return { kind: 'other', description: alterOther('TABLE', PG_ALTER_OTHER[cmd.subtype ?? ''] ?? (cmd.subtype ?? '').replace(/^AT_/, '')) };
  }
}
