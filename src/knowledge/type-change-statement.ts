import { sqlString, type Operation, type QName } from '../model/operation.js';
import { escapeRegExp } from '../model/regex.js';
import type { DbTarget } from '../model/dialect.js';
import { tableKey, type Column, type Schema, type Table } from '../model/schema.js';
import { bytesPerChar, classifyTypeChange, type TypeChange } from './type-change.js';

/* One ALTER COLUMN … TYPE statement: its USING clause, the CHECKs it re-validates. */

const WITHOUT_USING = ' (PostgreSQL refuses the change without a USING clause)';

/** `CASE … ELSE … END`, possibly in parentheses or cast as a whole, with an ELSE of its own (not a nested CASE's). */
function caseWithElse(using: string): boolean {
  const u = using.trim().replace(/^\(+/, '');
  if (!/^case\b/i.test(u)) return false;
  let depth = 0;
  for (const m of u.matchAll(/\b(case|else|end)\b|'(?:[^']|'')*'/gi)) {
    const w = m[1]?.toLowerCase();
    if (w === 'case') depth++;
    else if (w === 'end') depth--;
    else if (w === 'else' && depth === 1) return true;
  }
  return false;
}

/**
 * What the ALTER COLUMN TYPE of `r` does to `column` (the column as it stands just before the
 * statement), its USING clause included: the prediction rules report and verification checks.
 */
export function predictTypeChange(r: { op: Extract<Operation, { kind: 'alter_column_type' }>; before: Schema }, column: Column, target: DbTarget): TypeChange {
  const dialect = target.dialect;
  const enumValues = (name: string) => r.before.enums.get(tableKey(typeQName(name), dialect));
  const change = classifyTypeChange(column.type, r.op.type, target, { enumValues, bytesPerChar: bytesPerChar(column.collation) });
  // PostgreSQL evaluates a USING expression for every row: anything beyond a plain cast of the column rewrites.
  if (r.op.using !== undefined && !plainCast(r.op.using, column.name)) {
    change.rewrite = true;
    // USING CASE … WHEN 'old' THEN 'new' … maps the labels that go away: no row fails to convert.
    const from = column.type.values ?? enumValues(column.type.name);
    const to = r.op.type.values ?? enumValues(r.op.type.name);
    if (change.lossy && from && to) {
      const removed = from.filter((v) => !to.includes(v));
      if (removed.length && removed.every((v) => r.op.using!.includes(sqlString(v)))) delete change.lossy;
    }
    // A CASE with an ELSE gives every row a value chosen by the author, NULL included (no WHEN
    // matches NULL, so it falls to the ELSE): the conversion is explicit, not a cast that fails.
    if (change.lossy && caseWithElse(r.op.using)) delete change.lossy;
    // Values come from the expression, not from a cast that can fail on them.
    if (change.lossy && /must parse|fails on the first|conversion fail/.test(change.lossy) && !/::|\bcast\s*\(/i.test(r.op.using)) change.lossy = `every value is replaced by the result of USING ${r.op.using.trim()}, and the old values are gone once the migration commits`;
  }
  // The statement has a USING clause: the reason must not say PostgreSQL would refuse it without one.
  if (change.lossy && r.op.using !== undefined) change.lossy = change.lossy.replace(WITHOUT_USING, '');
  return change;
}

/** `col`, `col::type` or `CAST(col AS type)`: the conversion PostgreSQL would apply anyway. */
export function plainCast(using: string, column: string): boolean {
  const col = `(?:"${escapeRegExp(column.replace(/"/g, '""'))}"|${escapeRegExp(column)})`;
  const type = String.raw`[^:()]+(?:\([\d\s,]*\))?(?:\[\])*`;
  const u = using.trim();
  return new RegExp(String.raw`^\(?\s*${col}\s*\)?(?:\s*::\s*${type})?$`, 'i').test(u)
    || new RegExp(String.raw`^cast\s*\(\s*${col}\s+as\s+${type}\s*\)$`, 'i').test(u);
}

export function typeQName(name: string): QName {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { schema: name.slice(0, dot), name: name.slice(dot + 1) } : { name };
}

/**
 * The validated CHECK constraints that a PostgreSQL type change of `column` re-checks: PostgreSQL
 * adds every CHECK on the column back after the change and checks it on every row (a full scan
 * under the ALTER's ACCESS EXCLUSIVE lock), even when the change itself is a relabel.
 */
export function validatedChecksOn(t: Table | undefined, column: string): string[] {
  if (!t) return [];
  const word = new RegExp(`(^|[^\\w$"])"?${escapeRegExp(column)}"?($|[^\\w$])`);
  return t.constraints.filter((c) => c.kind === 'check' && !c.notValid && (c.columns.includes(column) || (c.expr !== undefined && word.test(c.expr)))).map((c) => c.name);
}
