import type { PyStmt, PyValue } from './syntax.js';

/* Reading literal values out of what the reader made: the helpers every mapper uses. */

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
