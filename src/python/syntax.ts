/**
 * What the literal reader (reader.ts) makes of a Python file: values, statements and the tests of
 * `if`s, each with its span in the source. Kept apart from the reading so that mappers and
 * the reader's parts share one definition.
 */

export interface Span {
  from: number;
  to: number;
}

export type PyValue = Span &
  (
    | { t: 'str'; value: string; /** Offset of the first content character, when one plain literal holds the whole string. */ contentFrom?: number }
    | { t: 'num'; value: number }
    | { t: 'bool'; value: boolean }
    | { t: 'none' }
    /** A name or dotted name: `models.CharField`, `settings.AUTH_USER_MODEL`, `uuid.uuid4`. */
    | { t: 'name'; name: string }
    | { t: 'call'; callee: string; args: PyValue[]; kwargs: Map<string, PyValue>; /** *args or **kwargs were passed. */ spread: boolean }
    | { t: 'list'; items: PyValue[]; /** 'list' | 'tuple' | 'set' */ shape: 'list' | 'tuple' | 'set' }
    | { t: 'dict'; entries: [PyValue, PyValue][] }
    | { t: 'lambda' }
    | { t: 'unknown'; reason: string }
  );

export type PyStmt = Span &
  (
    /** `cond`: the value taken apart as a test, when it is a comparison, `and` / `or` or `not` (`is_pg = bind.dialect.name == 'postgresql'`). */
    | { t: 'assign'; targets: string[]; value: PyValue; cond?: PyCond }
    | { t: 'class'; name: string; bases: PyValue[]; body: PyStmt[] }
    | { t: 'def'; name: string; body: PyStmt[] }
    | { t: 'with'; items: { ctx: PyValue; as?: string }[]; body: PyStmt[] }
    | { t: 'expr'; value: PyValue }
    | { t: 'pass' }
    | { t: 'import' }
    /**
     * Anything else: if / for / try / return / a statement with a syntax error. An `if` without
     * syntax errors also carries its branches, for mappers that can decide its condition.
     */
    | { t: 'other'; what: string; error: boolean; branches?: PyBranch[] }
  );

/** One `if` / `elif` / `else` branch: its test (none for `else`) and its body. */
export interface PyBranch extends Span {
  test?: PyCond;
  body: PyStmt[];
}

/**
 * The test of an `if`, taken apart as far as a literal reader can: comparisons, `and` / `or`,
 * `not`, and anything else as a value (often `unknown`, with its span for the text).
 */
export type PyCond = Span &
  (
    | { t: 'compare'; op: '==' | '!=' | 'in' | 'not in' | 'is' | 'is not'; left: PyValue; right: PyValue }
    | { t: 'and' | 'or'; left: PyCond; right: PyCond }
    | { t: 'not'; cond: PyCond }
    | { t: 'value'; value: PyValue }
  );

export interface PyModule {
  src: string;
  body: PyStmt[];
  /** Offsets of syntax errors. */
  errors: number[];
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
  /** 1-based column of an offset. */
  columnOf(offset: number): number;
  text(span: Span): string;
}
