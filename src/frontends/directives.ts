import type { IgnoreDirective, LocatedOp } from '../model/operation.js';

const DIRECTIVE = /^\s*(?:--|#)\s*migra:ignore(-file)?\b(.*)$/;

/**
 * Read `-- migra:ignore rule-a,rule-b reason: …` directives (`#` in Python files).
 * A statement directive applies to the statement that starts right below its comment block;
 * `migra:ignore-file` applies to the whole file. No rule ids means every rule.
 */
export function parseDirectives(text: string, file: string): IgnoreDirective[] {
  const out: IgnoreDirective[] = [];
  // Every directive names `migra:ignore`: a file without it (nearly all) is not cut into lines (issue 11).
  if (!text.includes('migra:ignore')) return out;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]);
    if (!m) continue;
    const rest = m[2].trim();
    const ids = /^([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?=\s|$)/.exec(rest);
    const rules = ids && !/^reason\b/i.test(rest) ? ids[1].split(/\s*,\s*/) : [];
    const after = rest.slice(rules.length ? ids![0].length : 0).trim();
    const reason = after.replace(/^(?:reason\s*:|[-:—]+)\s*/i, '').trim();
    out.push({ rules, reason: reason || undefined, line: i + 1, file, scope: m[1] ? 'file' : 'statement' });
  }
  return out;
}

/**
 * Attach each directive to the statements it covers: file directives to all, statement
 * directives to the first statement below the contiguous comment block that holds them.
 */
export function attachDirectives(ops: LocatedOp[], directives: IgnoreDirective[], text: string): void {
  if (!directives.length) return;
  const lines = text.split('\n');
  const fileLevel = directives.filter((d) => d.scope === 'file');
  const byLine = new Map(directives.filter((d) => d.scope === 'statement').map((d) => [d.line, d]));
  for (const op of ops) {
    const found = [...fileLevel];
    for (let l = op.stmt.line - 1; l >= 1; l--) {
      const t = lines[l - 1].trim();
      if (!t.startsWith('--') && !t.startsWith('#')) break;
      const d = byLine.get(l);
      if (d) found.push(d);
    }
    if (found.length) op.stmt.ignored = found;
  }
}

export function directiveCovers(d: IgnoreDirective, rule: string): boolean {
  return d.rules.length === 0 || d.rules.includes(rule);
}
