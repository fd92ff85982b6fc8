import type { SyntaxNode } from '@lezer/common';
import type { PyValue } from './syntax.js';
import { decodeString } from './string-literal.js';

/*
 * Values of the @lezer/python tree: literals, dotted names, calls with their arguments,
 * collections. What the reader does not understand becomes an `unknown` value with its span.
 */

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/**
 * Whether the tree being read has an error node anywhere. Most files have none, and then no
 * subtree needs the walk below, which every value and statement asks for (a walk per nesting
 * level: Django's operations are deep).
 */
let treeHasErrors = true;

/** Reads a tree knowing whether it has any error node (readPython counts them first). */
export function readingTree<T>(hasErrors: boolean, read: () => T): T {
  const before = treeHasErrors;
  treeHasErrors = hasErrors;
  try {
    return read();
  } finally {
    treeHasErrors = before;
  }
}

export function hasError(node: SyntaxNode): boolean {
  if (!treeHasErrors) return false;
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

/** `a.b.c` as one string; undefined when any part is not a plain name. */
export function dotted(node: SyntaxNode, src: string): string | undefined {
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

export const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',', 'Comment']);

export function readArgs(argList: SyntaxNode, src: string): { args: PyValue[]; kwargs: Map<string, PyValue>; spread: boolean } {
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
