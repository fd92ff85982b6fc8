import type { SyntaxNode } from '@lezer/common';
import type { PyBranch, PyCond, PyStmt, PyValue } from './syntax.js';
import { children, dotted, hasError, PUNCT, readArgs, readValue } from './read-values.js';

/*
 * Statements of the @lezer/python tree: assignments, classes, functions, `with` blocks,
 * expressions, and the branches of an `if` with their tests. Anything else becomes an `other`
 * statement with its span.
 */

export function readBody(node: SyntaxNode, src: string): PyStmt[] {
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
