import { escapeRegExp } from '../model/regex.js';
import type { Table } from '../model/schema.js';

/**
 * Whether a validated CHECK constraint proves the column holds no NULL, which lets
 * PostgreSQL 12+ skip the scan of SET NOT NULL. Matches the expression loosely: case,
 * whitespace, parentheses and identifier quoting do not matter, and one conjunct of a
 * top-level AND is enough, as it is for PostgreSQL's proof (checked on 15).
 */
export function hasValidatedNotNullCheck(table: Table, column: string): boolean {
  const col = escapeRegExp(bare(column));
  // An optional table qualifier: `"orders".note IS NOT NULL`; or the spelling NOT (note IS NULL).
  const want = new RegExp(`^(?:(?:[^.]+\\.)?${col}isnotnull|not(?:[^.]+\\.)?${col}isnull)$`);
  return table.constraints.some((c) => c.kind === 'check' && !c.notValid && !!c.expr && conjuncts(c.expr).some((e) => want.test(bare(e))));
}

function bare(s: string): string {
  return s.toLowerCase().replace(/["`()\s]/g, '');
}

/** The operands of a top-level AND (the whole expression when there is none). */
function conjuncts(expr: string): string[] {
  let e = expr.trim().replace(/^check\b/i, '').trim();
  while (e.startsWith('(') && closingParen(e, 0) === e.length - 1) e = e.slice(1, -1).trim();
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] === '(') depth++;
    else if (e[i] === ')') depth--;
    else if (depth === 0 && /^\sand\s/i.test(e.slice(i, i + 5))) {
      parts.push(e.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(e.slice(start));
  return parts;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
