import type { DataType, Node } from 'sql-parser-cst';
import { makeType, SERIAL_NAMES, type SqlType } from '../../model/sql-type.js';
import { type CstCtx, nameParts, src } from './cst-util.js';

export interface MappedType {
  type: SqlType;
  serial: boolean;
}

/** PostgreSQL gives char, character and bit without a length the length 1. */
const LENGTH_ONE = new Set(['CHAR', 'CHARACTER', 'BIT']);

/** A column type: canonical name, numeric modifiers, array dimensions, and the text as written. */
export function cstType(ctx: CstCtx, dt: DataType | undefined): MappedType {
  if (!dt) return { type: makeType(ctx.dialect, '', [], { raw: '' }), serial: false };
  const raw = src(ctx, dt).replace(/\s+/g, ' ').replace(ctx.dialect === 'sqlite' ? /\sGENERATED ALWAYS$/i : /$^/, '');
  let node: Node = dt;
  let array = 0;
  while (node.type === 'array_data_type') {
    array++;
    node = node.dataType;
  }
  let args: number[] = [];
  if (node.type === 'modified_data_type') {
    args = numericArgs(node.modifiers);
    node = node.dataType;
  }
  let name: string;
  // Identifiers went through ident(), which folds PostgreSQL names as the database does.
  let folded = false;
  switch (node.type) {
    case 'data_type_name': {
      const kws = Array.isArray(node.name) ? node.name : [node.name];
      name = kws.map((k) => k.name).join(' ');
      if (ctx.dialect === 'postgresql' && args.length === 0 && kws.length === 1 && LENGTH_ONE.has(kws[0].name)) args = [1];
      break;
    }
    case 'time_data_type':
      name = node.timeKw.name + (node.timeZoneKw ? ` ${node.timeZoneKw[0].name} time zone` : '');
      if (node.precision && node.precision.expr.type === 'number_literal') args = [node.precision.expr.value];
      break;
    case 'interval_data_type':
      // The fields (DAY, HOUR TO MINUTE …) are not compared; the fractional-seconds precision is:
      // lowering it rewrites the table and rounds the values.
      name = 'interval';
      args = intervalPrecision(raw);
      break;
    case 'identifier':
    case 'member_expr':
      name = nameParts(ctx, node).join('.');
      folded = ctx.dialect === 'postgresql';
      break;
    default:
      name = src(ctx, node);
  }
  name = name.replace(/^pg_catalog\./i, '');
  // SQLite type names are any words, so `ADD c text GENERATED ALWAYS AS (…)` reaches here with the
  // column's GENERATED ALWAYS in its type; the AS (…) part is read as the generated expression.
  if (ctx.dialect === 'sqlite' && /\sgenerated\s+always$/i.test(name)) name = name.replace(/\s+generated\s+always$/i, '');
  if (ctx.dialect === 'postgresql' && name.toLowerCase() === 'interval') args = intervalPrecision(raw);
  const serial = ctx.dialect === 'postgresql' && SERIAL_NAMES.has(name.toLowerCase());
  return { type: makeType(ctx.dialect, name, args, { array, raw, folded }), serial };
}

function numericArgs(mods: Node | undefined): number[] {
  if (!mods || mods.type !== 'paren_expr') return [];
  const inner = mods.expr as Node;
  const items = inner.type === 'list_expr' ? inner.items : [inner];
  const out: number[] = [];
  for (const it of items as Node[]) if (it.type === 'number_literal') out.push(it.value);
  return out;
}

/** `interval(3)`, `interval second(0)`, `interval day to second(2)`: the precision, if written. */
function intervalPrecision(raw: string): number[] {
  const m = /\(\s*(\d+)\s*\)\s*(?:\[\s*\d*\s*\]\s*)*$/.exec(raw);
  return m ? [Number(m[1])] : [];
}
