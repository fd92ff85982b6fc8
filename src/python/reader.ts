import { parser } from '@lezer/python';
import type { PyModule, PyStmt } from './syntax.js';
import { readBody } from './read-statements.js';
import { readingTree } from './read-values.js';

/**
 * A literal reader over the @lezer/python syntax tree. It reads the literal structure of a
 * migration file (calls, keyword arguments, strings, numbers, lists, tuples, dicts, None/True/False,
 * dotted names) and nothing else: Python is never imported, evaluated or run. What it does not
 * understand becomes an `unknown` value (or an `other` statement) with its position, never an
 * exception.
 *
 * Its parts: syntax.ts (what it makes), read-statements.ts and read-values.ts (the tree walk),
 * string-literal.ts, and literals.ts (the helpers mappers read values with), all exported here too.
 */

export type { PyBranch, PyCond, PyModule, PyStmt, PyValue } from './syntax.js';
export { readValue } from './read-values.js';
export { decodeString } from './string-literal.js';
export { arg, assignments, bool, dictGet, items, lastPart, num, str, strings } from './literals.js';

export function readPython(src: string): PyModule {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const errors: number[] = [];
  let body: PyStmt[] = [];
  try {
    const tree = parser.parse(src);
    tree.iterate({
      enter(n) {
        if (n.type.isError) errors.push(n.from);
      },
    });
    body = readingTree(errors.length > 0, () => readBody(tree.topNode, src));
  } catch {
    // A parser failure on some input: treat the whole file as one statement not understood.
    body = [{ t: 'other', what: 'file', error: true, from: 0, to: src.length }];
    errors.push(0);
  }
  return {
    src,
    body,
    errors,
    lineOf,
    columnOf: (offset) => offset - starts[lineOf(offset) - 1] + 1,
    text: (s) => src.slice(s.from, s.to),
  };
}
