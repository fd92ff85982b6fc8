import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import type { SqlType } from '../model/sql-type.js';
import { intRange } from './type-change.js';

/**
 * Values a column holds today that its new type cannot: the test a changed type puts to each
 * value, and the SQL condition that finds the values failing it. Only changes where the cast
 * fails (PostgreSQL, and MySQL in its default strict mode) are tested: a string longer than
 * varchar(n), an integer out of the new range, a number with more integer digits than
 * numeric(p, s) allows, text that is not an integer.
 */
export type MisfitTest =
  | { kind: 'length'; max: number }
  | { kind: 'range'; min: bigint; max: bigint; type: string }
  | { kind: 'digits'; integerDigits: number; type: string }
  | { kind: 'integer-text'; type: string };

const TEXT = new Set(['text', 'varchar', 'char', 'citext', 'tinytext', 'mediumtext', 'longtext']);

export function misfitTest(from: SqlType, to: SqlType, d: Dialect): MisfitTest | undefined {
  if (from.array || to.array || d === 'sqlite') return undefined;
  if (TEXT.has(from.name) && (to.name === 'varchar' || to.name === 'char') && to.args.length) {
    const max = to.args[0];
    const fromMax = (from.name === 'varchar' || from.name === 'char') && from.args.length ? from.args[0] : Infinity;
    return fromMax > max ? { kind: 'length', max } : undefined;
  }
  // UNSIGNED is MySQL's alone.
  const signed = (t: SqlType): SqlType => (t.unsigned && !isMysqlFamily(d) ? { ...t, unsigned: false } : t);
  const toRange = intRange(signed(to));
  if (toRange) {
    const [min, max] = toRange;
    const type = `${to.name}${signed(to).unsigned ? ' unsigned' : ''}`;
    const fromRange = intRange(signed(from));
    if (fromRange) return fromRange[0] >= min && fromRange[1] <= max ? undefined : { kind: 'range', min, max, type };
    if (from.name === 'numeric' || from.name === 'real' || from.name === 'double precision' || from.name === 'float') return { kind: 'range', min, max, type };
    if (TEXT.has(from.name)) return { kind: 'integer-text', type };
    return undefined;
  }
  if (to.name === 'numeric' && to.args.length) {
    const integerDigits = to.args[0] - (to.args[1] ?? 0);
    const type = `numeric(${to.args.join(',')})`;
    if (from.name === 'numeric') {
      const fromDigits = from.args.length ? from.args[0] - (from.args[1] ?? 0) : Infinity;
      return fromDigits > integerDigits ? { kind: 'digits', integerDigits, type } : undefined;
    }
    const fromRange = intRange(signed(from));
    if (fromRange) {
      // Decimal digits of the type's largest value: smallint 5, integer 10, bigint 19.
      const digits = String(fromRange[1]).length;
      return digits > integerDigits ? { kind: 'digits', integerDigits, type } : undefined;
    }
  }
  return undefined;
}
