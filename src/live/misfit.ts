import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import type { MisfitTest } from '../knowledge/type-fit.js';

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
