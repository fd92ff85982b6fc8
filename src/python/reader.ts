import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';

/**
 * A literal reader over the @lezer/python syntax tree. It reads the literal structure of a
 * migration file (calls, keyword arguments, strings, numbers, lists, tuples, dicts, None/True/False,
 * dotted names) and nothing else: Python is never imported, evaluated or run. What it does not
 * understand becomes an `unknown` value (or an `other` statement) with its position, never an
 * exception.
 */

interface Span {
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
    body = readBody(tree.topNode, src);
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

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function hasError(node: SyntaxNode): boolean {
  let found = false;
  const cursor = node.cursor();
  do {
    if (cursor.type.isError) {
      found = true;
      break;
    }
  } while (cursor.next() && cursor.from < node.to);
  return found;
}

function readBody(node: SyntaxNode, src: string): PyStmt[] {
  const out: PyStmt[] = [];
  for (const c of children(node)) {
    if (c.name === ':' || c.name === 'Comment') continue;
    out.push(readStatement(c, src));
  }
  return out;
}

function readStatement(node: SyntaxNode, src: string): PyStmt {
  const span = { from: node.from, to: node.to };
  const error = hasError(node);
  const kids = children(node);
  switch (node.name) {
    case 'AssignStatement': {
      if (error) break;
      const eq = kids.map((k) => k.name).lastIndexOf('AssignOp');
      if (eq < 0) break;
      const targets = kids
        .slice(0, eq)
        .filter((k) => k.name === 'VariableName' || k.name === 'MemberExpression')
        .map((k) => dotted(k, src) ?? '');
      const valueNode = kids[eq + 1];
      if (!valueNode) break;
      const cond = readCond(valueNode, src);
      return { t: 'assign', targets, value: readValue(valueNode, src), ...(cond.t !== 'value' ? { cond } : {}), ...span };
    }
    case 'ClassDefinition': {
      const name = kids.find((k) => k.name === 'VariableName');
      const args = kids.find((k) => k.name === 'ArgList');
      const body = kids.find((k) => k.name === 'Body');
      if (!name) break;
      const bases = args ? readArgs(args, src).args : [];
      return { t: 'class', name: src.slice(name.from, name.to), bases, body: body ? readBody(body, src) : [], ...span };
    }
    case 'DecoratedStatement': {
      const inner = kids.find((k) => k.name === 'FunctionDefinition' || k.name === 'ClassDefinition');
      if (inner) return readStatement(inner, src);
      break;
    }
    case 'FunctionDefinition': {
      const name = kids.find((k) => k.name === 'VariableName');
      const body = kids.find((k) => k.name === 'Body');
      if (!name) break;
      return { t: 'def', name: src.slice(name.from, name.to), body: body ? readBody(body, src) : [], ...span };
    }
    case 'WithStatement': {
      if (!kids.some((k) => k.name === 'Body')) break;
      const items: { ctx: PyValue; as?: string }[] = [];
      let body: PyStmt[] = [];
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i];
        if (k.name === 'with' || k.name === ',' || k.name === 'async') continue;
        if (k.name === 'Body') {
          body = readBody(k, src);
          continue;
        }
        if (k.name === 'as') {
          const target = kids[i + 1];
          if (items.length && target) items[items.length - 1].as = src.slice(target.from, target.to);
          i++;
          continue;
        }
        items.push({ ctx: readValue(k, src) });
      }
      return { t: 'with', items, body, ...span };
    }
    case 'ExpressionStatement': {
      if (error || kids.length !== 1) break;
      return { t: 'expr', value: readValue(kids[0], src), ...span };
    }
    case 'PassStatement':
      return { t: 'pass', ...span };
    case 'ImportStatement':
      if (!error) return { t: 'import', ...span };
      break;
    case 'IfStatement':
      if (!error) return { t: 'other', what: node.name, error, branches: readBranches(kids, src), ...span };
      break;
  }
  return { t: 'other', what: node.name, error, ...span };
}

/** `if` test Body (`elif` test Body)* (`else` Body)?; undefined for any other shape, since a branch read wrong would be taken wrong. */
function readBranches(kids: SyntaxNode[], src: string): PyBranch[] | undefined {
  const out: PyBranch[] = [];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i].name;
    if (k === 'Comment') continue;
    if (k !== 'if' && k !== 'elif' && k !== 'else') return undefined;
    const hasTest = k !== 'else';
    const body = kids[i + (hasTest ? 2 : 1)];
    if (!body || body.name !== 'Body') return undefined;
    out.push({ test: hasTest ? readCond(kids[i + 1], src) : undefined, body: readBody(body, src), from: kids[i].from, to: body.to });
    i += hasTest ? 2 : 1;
  }
  return out.length ? out : undefined;
}

const COMPARE = new Set(['==', '!=', 'in', 'not in', 'is', 'is not']);

function readCond(node: SyntaxNode, src: string): PyCond {
  const span = { from: node.from, to: node.to };
  const kids = children(node);
  if (node.name === 'ParenthesizedExpression') {
    const inner = kids.filter((k) => !PUNCT.has(k.name));
    if (inner.length === 1) return { ...readCond(inner[0], src), ...span };
  }
  if (node.name === 'BinaryExpression' && kids.length >= 3) {
    const first = kids[1].name;
    if ((first === 'and' || first === 'or') && kids.length === 3) return { t: first, left: readCond(kids[0], src), right: readCond(kids[2], src), ...span };
    // `a == b`, `a in b`, `a not in b`, `a is not b`; chained comparisons stay values.
    const op = kids.slice(1, -1).map((k) => src.slice(k.from, k.to)).join(' ');
    if (COMPARE.has(op)) return { t: 'compare', op: op as Extract<PyCond, { t: 'compare' }>['op'], left: readValue(kids[0], src), right: readValue(kids[kids.length - 1], src), ...span };
  }
  // The grammar lets `not` take a whole `a and b` (Python binds it tighter), so only a plain operand is read.
  if (node.name === 'UnaryExpression' && kids[0]?.name === 'not' && kids[1]) {
    const operand = kids[1];
    const boolOp = operand.name === 'BinaryExpression' && children(operand).some((k) => k.name === 'and' || k.name === 'or');
    if (!boolOp) return { t: 'not', cond: readCond(operand, src), ...span };
    return { t: 'value', value: { t: 'unknown', reason: 'not with and/or', ...span }, ...span };
  }
  return { t: 'value', value: readValue(node, src), ...span };
}

/** `a.b.c` as one string; undefined when any part is not a plain name. */
function dotted(node: SyntaxNode, src: string): string | undefined {
  if (node.name === 'VariableName') return src.slice(node.from, node.to);
  if (node.name !== 'MemberExpression') return undefined;
  const kids = children(node);
  if (kids.length !== 3 || kids[1].name !== '.' || kids[2].name !== 'PropertyName') return undefined;
  const base = dotted(kids[0], src);
  return base === undefined ? undefined : `${base}.${src.slice(kids[2].from, kids[2].to)}`;
}

export function readValue(node: SyntaxNode, src: string): PyValue {
  const span = { from: node.from, to: node.to };
  const unknown = (reason: string): PyValue => ({ t: 'unknown', reason, ...span });
  try {
    if (hasError(node)) return unknown('syntax error');
    const kids = children(node);
    switch (node.name) {
      case 'String': {
        const s = decodeString(src.slice(node.from, node.to));
        return s ? { t: 'str', value: s.value, contentFrom: node.from + s.contentStart, ...span } : unknown('string');
      }
      case 'ContinuedString': {
        let value = '';
        for (const k of kids) {
          if (k.name !== 'String') return unknown('formatted string');
          const s = decodeString(src.slice(k.from, k.to));
          if (!s) return unknown('string');
          value += s.value;
        }
        return { t: 'str', value, ...span };
      }
      case 'FormatString':
        return unknown('f-string');
      case 'Number': {
        const raw = src.slice(node.from, node.to).replace(/_/g, '');
        const v = /^0[xob]/i.test(raw) ? Number(raw.toLowerCase()) : Number(raw.replace(/[jJ]$/, ''));
        return Number.isNaN(v) ? unknown('number') : { t: 'num', value: v, ...span };
      }
      case 'UnaryExpression': {
        const inner = kids[1] ? readValue(kids[1], src) : undefined;
        const op = kids[0] ? src.slice(kids[0].from, kids[0].to) : '';
        if (inner?.t === 'num' && (op === '-' || op === '+')) return { t: 'num', value: op === '-' ? -inner.value : inner.value, ...span };
        if (inner?.t === 'bool' && op === 'not') return { t: 'bool', value: !inner.value, ...span };
        return unknown('expression');
      }
      case 'Boolean':
        return { t: 'bool', value: src.slice(node.from, node.to) === 'True', ...span };
      case 'None':
        return { t: 'none', ...span };
      case 'VariableName':
      case 'MemberExpression': {
        const name = dotted(node, src);
        return name === undefined ? unknown('expression') : { t: 'name', name, ...span };
      }
      case 'CallExpression': {
        const callee = kids[0] ? dotted(kids[0], src) : undefined;
        const argList = kids.find((k) => k.name === 'ArgList');
        if (callee === undefined || !argList) return unknown('call');
        return { t: 'call', callee, ...readArgs(argList, src), ...span };
      }
      case 'ArrayExpression':
      case 'TupleExpression':
      case 'SetExpression': {
        const items = kids.filter((k) => !PUNCT.has(k.name)).map((k) => readValue(k, src));
        const shape = node.name === 'ArrayExpression' ? 'list' : node.name === 'TupleExpression' ? 'tuple' : 'set';
        if (kids.some((k) => k.name === '*')) return unknown('unpacking');
        return { t: 'list', items, shape, ...span };
      }
      case 'ParenthesizedExpression': {
        const inner = kids.filter((k) => !PUNCT.has(k.name));
        return inner.length === 1 ? { ...readValue(inner[0], src), ...span } : unknown('expression');
      }
      case 'DictionaryExpression': {
        const entries: [PyValue, PyValue][] = [];
        const items = kids.filter((k) => !PUNCT.has(k.name) && k.name !== ':');
        if (kids.some((k) => k.name === '**')) return unknown('unpacking');
        for (let i = 0; i + 1 < items.length; i += 2) entries.push([readValue(items[i], src), readValue(items[i + 1], src)]);
        return { t: 'dict', entries, ...span };
      }
      case 'LambdaExpression':
        return { t: 'lambda', ...span };
      default:
        return unknown(node.name);
    }
  } catch {
    return unknown('expression');
  }
}

const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',', 'Comment']);

function readArgs(argList: SyntaxNode, src: string): { args: PyValue[]; kwargs: Map<string, PyValue>; spread: boolean } {
  const kids = children(argList).filter((k) => !PUNCT.has(k.name));
  const args: PyValue[] = [];
  const kwargs = new Map<string, PyValue>();
  let spread = false;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.name === '*' || k.name === '**') {
      spread = true;
      i++;
      continue;
    }
    if (k.name === 'VariableName' && kids[i + 1]?.name === 'AssignOp' && kids[i + 2]) {
      kwargs.set(src.slice(k.from, k.to), readValue(kids[i + 2], src));
      i += 2;
      continue;
    }
    args.push(readValue(k, src));
  }
  return { args, kwargs, spread };
}

/** A Python string (or bytes) literal's value, and where its content starts inside the literal. Undefined for f-strings. */
export function decodeString(lit: string): { value: string; contentStart: number } | undefined {
  const m = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(lit);
  if (!m) return undefined;
  const prefix = m[1].toLowerCase();
  if (prefix.includes('f')) return undefined;
  const q = m[2];
  const contentStart = m[0].length;
  if (!lit.endsWith(q) || lit.length < contentStart + q.length) return undefined;
  const body = lit.slice(contentStart, lit.length - q.length);
  if (prefix.includes('r')) return { value: body, contentStart };
  const value = body.replace(/\\(\r?\n|[\\'"abfnrtv0]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|N\{[^}]*\}|[0-7]{1,3})/g, (all, e: string) => {
    switch (e[0]) {
      case '\n':
      case '\r':
        return '';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'a':
        return '\x07';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'x':
      case 'u':
        return String.fromCharCode(parseInt(e.slice(1), 16));
      case 'N':
        return all;
      default:
        if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
        return e;
    }
  });
  return { value, contentStart };
}

// ---- helpers for mappers ----

export function str(v: PyValue | undefined): string | undefined {
  return v?.t === 'str' ? v.value : undefined;
}

export function num(v: PyValue | undefined): number | undefined {
  return v?.t === 'num' ? v.value : undefined;
}

export function bool(v: PyValue | undefined): boolean | undefined {
  return v?.t === 'bool' ? v.value : undefined;
}

export function items(v: PyValue | undefined): PyValue[] | undefined {
  return v?.t === 'list' ? v.items : undefined;
}

export function strings(v: PyValue | undefined): string[] | undefined {
  const list = v?.t === 'str' ? [v] : items(v);
  if (!list) return undefined;
  const out: string[] = [];
  for (const i of list) {
    if (i.t !== 'str') return undefined;
    out.push(i.value);
  }
  return out;
}

/** The last part of a dotted callee: `migrations.AddField` → `AddField`. */
export function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Argument by position or keyword. */
export function arg(call: Extract<PyValue, { t: 'call' }>, index: number, key: string): PyValue | undefined {
  return call.kwargs.get(key) ?? (index >= 0 ? call.args[index] : undefined);
}

export function dictGet(v: PyValue | undefined, key: string): PyValue | undefined {
  if (v?.t !== 'dict') return undefined;
  return v.entries.find(([k]) => k.t === 'str' && k.value === key)?.[1];
}

/** Top-level assignments (`revision = 'abc'`), last one wins. */
export function assignments(body: readonly PyStmt[]): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  for (const s of body) if (s.t === 'assign') for (const t of s.targets) out.set(t, s.value);
  return out;
}
