import type { ColumnDef as PgColumnDef, Constraint as PgConstraint, Node, TypeName } from 'libpg-query';
import type { ColumnDef, Constraint, ForeignRef, QName } from '../../model/operation.js';
import { makeType, SERIAL_NAMES, type SqlType } from '../../model/sql-type.js';
import { finishColumn, newDraft } from './column-draft.js';
import { intConst, nodeBody, nodeType, rel, strings } from './pg-nodes.js';
import { COLUMN_STOPS, CONSTRAINT_STOPS, type PgText } from './pg-text.js';
import { defaultExpr } from './volatility.js';

/** libpg-query already folded the names (unquoted → lower case, quoted kept), hence `folded`. */
export function pgType(t: PgText, tn: TypeName): { type: SqlType; serial: boolean } {
  let names = strings(tn.names);
  if (names.length > 1 && names[0] === 'pg_catalog') names = names.slice(1);
  const name = names.join('.');
  const mods = (tn.typmods ?? []).map(intConst).filter((v): v is number => v !== undefined);
  // An interval's typmods are [fields mask, precision]: only the precision is compared (lowering
  // it rewrites the table and rounds the values).
  const args = name === 'interval' ? mods.slice(1, 2) : mods;
  const raw = t.runAt(tn.location, COLUMN_STOPS).replace(/\s+/g, ' ');
  return { type: makeType('postgresql', name, args, { array: tn.arrayBounds?.length ?? 0, raw, folded: true }), serial: SERIAL_NAMES.has(name) };
}

/** A ColumnDef of CREATE TABLE or ALTER TABLE ADD COLUMN. */
export function pgColumn(t: PgText, cd: PgColumnDef, table: QName): ColumnDef {
  const name = cd.colname ?? '';
  const { type, serial } = cd.typeName ? pgType(t, cd.typeName) : { type: makeType('postgresql', '', [], { raw: '' }), serial: false };
  const d = newDraft(name, type, serial);
  if (cd.collClause) d.collation = strings(cd.collClause.collname).pop();
  let last: Constraint | undefined;
  for (const n of cd.constraints ?? []) {
    const c = nodeBody<PgConstraint>(n);
    // Only a default or a generated column reads its text from the constraint's location on.
    switch (c.contype) {
      case 'CONSTR_NULL':
        break;
      case 'CONSTR_NOTNULL':
        d.notNull = true;
        break;
      case 'CONSTR_DEFAULT':
        d.default = defaultExpr(t.runAt(c.location, COLUMN_STOPS, 'DEFAULT'), 'postgresql');
        break;
      case 'CONSTR_IDENTITY':
        d.identity = c.generated_when === 'd' ? 'by default' : 'always';
        break;
      case 'CONSTR_GENERATED':
        d.generated = { expr: t.innerAt(c.location, 'AS'), stored: c.generated_kind === 's' };
        break;
      // Column constraint attributes come as separate list items after their constraint.
      case 'CONSTR_ATTR_DEFERRABLE':
        if (last) last.deferrable = true;
        break;
      case 'CONSTR_ATTR_NOT_DEFERRABLE':
      case 'CONSTR_ATTR_DEFERRED':
      case 'CONSTR_ATTR_IMMEDIATE':
        break;
      default: {
        if (c.contype === 'CONSTR_PRIMARY') d.primaryKey = true;
        const con = pgConstraint(t, c, [name]);
        if (con) {
          d.constraints.push(con);
          last = con;
        }
      }
    }
  }
  return finishColumn(d, table, 'postgresql');
}

const FK_ACTION: Record<string, string> = { r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** A table or inline constraint; `columnOf` is the column of an inline one. */
export function pgConstraint(t: PgText, c: PgConstraint, columnOf?: string[]): Constraint | undefined {
  let out: Constraint;
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE':
      out = { kind: c.contype === 'CONSTR_PRIMARY' ? 'primary' : 'unique', columns: columnOf ?? strings(c.keys) };
      if (c.indexname) out.usingIndex = c.indexname;
      break;
    case 'CONSTR_CHECK':
      out = { kind: 'check', columns: columnOf ?? [], expr: t.innerAt(c.location, 'CHECK') };
      break;
    case 'CONSTR_FOREIGN': {
      const references: ForeignRef = { table: rel(c.pktable), columns: strings(c.pk_attrs) };
      if (c.fk_del_action && FK_ACTION[c.fk_del_action]) references.onDelete = FK_ACTION[c.fk_del_action];
      if (c.fk_upd_action && FK_ACTION[c.fk_upd_action]) references.onUpdate = FK_ACTION[c.fk_upd_action];
      out = { kind: 'foreign', columns: columnOf ?? strings(c.fk_attrs), references };
      break;
    }
    case 'CONSTR_EXCLUSION': {
      const columns = (c.exclusions ?? [])
        .map((pair) => nodeBody<{ items?: Node[] }>(pair).items?.[0])
        .map((el) => (nodeType(el) === 'IndexElem' ? nodeBody<{ name?: string }>(el).name : undefined))
        .filter((v): v is string => !!v);
      out = { kind: 'exclude', columns, expr: t.runAt(c.location, CONSTRAINT_STOPS, 'EXCLUDE') };
      break;
    }
    default:
      return undefined;
  }
  if (c.conname !== undefined) out.name = c.conname;
  if (c.skip_validation) out.notValid = true;
  if (c.deferrable) out.deferrable = true;
  return out;
}
