import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import type { SqlType } from '../model/sql-type.js';

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
const INT_BITS: Record<string, number> = { tinyint: 8, smallint: 16, mediumint: 24, integer: 32, bigint: 64 };

export function misfitTest(from: SqlType, to: SqlType, d: Dialect): MisfitTest | undefined {
  if (from.array || to.array || d === 'sqlite') return undefined;
  if (TEXT.has(from.name) && (to.name === 'varchar' || to.name === 'char') && to.args.length) {
    const max = to.args[0];
    const fromMax = (from.name === 'varchar' || from.name === 'char') && from.args.length ? from.args[0] : Infinity;
    return fromMax > max ? { kind: 'length', max } : undefined;
  }
  const toBits = INT_BITS[to.name];
  if (toBits !== undefined) {
    const unsigned = !!to.unsigned && isMysqlFamily(d);
    const min = unsigned ? 0n : -(2n ** BigInt(toBits - 1));
    const max = unsigned ? 2n ** BigInt(toBits) - 1n : 2n ** BigInt(toBits - 1) - 1n;
    const type = `${to.name}${unsigned ? ' unsigned' : ''}`;
    const fromBits = INT_BITS[from.name];
    if (fromBits !== undefined) {
      const fromUnsigned = !!from.unsigned && isMysqlFamily(d);
      const fits = fromBits < toBits || (fromBits === toBits && fromUnsigned === unsigned);
      return fits ? undefined : { kind: 'range', min, max, type };
    }
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
    const fromBits = INT_BITS[from.name];
    if (fromBits !== undefined) {
      // Decimal digits of the type's largest value: smallint 5, integer 10, bigint 19.
      const digits = String(2n ** BigInt(fromBits - 1)).length;
      return digits > integerDigits ? { kind: 'digits', integerDigits, type } : undefined;
    }
  }
  return undefined;
}

/** A condition true for the values of `col` (SQL) that fail the test; NULLs never fail. */
export function misfitCondition(t: MisfitTest, col: string, d: Dialect): string | undefined {
  const my = isMysqlFamily(d);
  switch (t.kind) {
    case 'length':
      return `char_length(${col}) > ${t.max}`;
    case 'range':
      return `(${col} < ${t.min} OR ${col} > ${t.max})`;
    case 'digits':
      return `abs(${col}) >= ${my ? `POW(10, ${t.integerDigits})` : `10::numeric ^ ${t.integerDigits}`}`;
    case 'integer-text':
      return my ? `${col} NOT REGEXP '^[[:space:]]*[-+]?[0-9]+[[:space:]]*$'` : d === 'postgresql' ? `${col}::text !~ '^\\s*[-+]?[0-9]+\\s*$'` : undefined;
  }
}

/** "values of users.code longer than 20 characters". */
export function misfitWhat(t: MisfitTest, column: string): string {
  switch (t.kind) {
    case 'length':
      return `values of ${column} longer than ${t.max} characters`;
    case 'range':
      return `values of ${column} outside the range of ${t.type}`;
    case 'digits':
      return `values of ${column} too large for ${t.type}`;
    case 'integer-text':
      return `values of ${column} that are not integers`;
  }
}
