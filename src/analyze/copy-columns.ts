/**
 * Which column fills which in `INSERT INTO t [(a, b)] SELECT c, d FROM s …`, the copy of a table
 * rebuild, so a rebuild that renames a column (`SELECT old_name`) is followed back to it.
 */

export type CopySource = { kind: 'column'; name: string } | { kind: 'literal' } | { kind: 'expr'; text: string };

const IDENT = String.raw`(?:"(?:[^"]|"")+"|\x60(?:[^\x60]|\x60\x60)+\x60|\[[^\]]+\]|[A-Za-z_][\w$]*)`;
const HEAD = new RegExp(String.raw`^\s*insert\s+(?:or\s+\w+\s+)?into\s+(?:${IDENT}\s*\.\s*)?${IDENT}\s*(\([^)]*\))?\s*select\s+(?:all\s+)?`, 'i');
const COLUMN = new RegExp(String.raw`^(?:${IDENT}\s*\.\s*)?(${IDENT})(?:\s+(?:as\s+)?${IDENT})?$`, 'i');
const LITERAL = /^(?:[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?|'(?:[^']|'')*'|x'[0-9a-f]*'|null|true|false|current_(?:date|time|timestamp))(?:\s+(?:as\s+)?\S+)?$/i;

/**
 * The pairs (target column ← source) of the copy; `targetCols` / `sourceCols` stand in for a
 * missing column list and for `SELECT *`. Undefined when the statement is not of that shape.
 */
export function parseCopy(text: string, targetCols: string[], sourceCols: string[]): { to: string; from: CopySource }[] | undefined {
  const head = HEAD.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head[0].length);
  // DISTINCT may copy fewer rows than there are: not a plain copy.
  if (/^distinct\b/i.test(rest)) return undefined;
  const items = selectList(rest);
  if (!items) return undefined;
  const targets = head[1] ? splitTop(head[1].slice(1, -1)).map(unquote) : targetCols;
  const sources: CopySource[] = items.length === 1 && /^(?:\S+\.)?\*$/.test(items[0]) ? sourceCols.map((name) => ({ kind: 'column', name })) : items.map(sourceOf);
  if (!targets.length || targets.length !== sources.length) return undefined;
  return targets.map((to, i) => ({ to, from: sources[i] }));
}

function sourceOf(item: string): CopySource {
  const col = COLUMN.exec(item);
  if (col && !/^(?:null|true|false)$/i.test(col[1])) return { kind: 'column', name: unquote(col[1]) };
  return LITERAL.test(item) ? { kind: 'literal' } : { kind: 'expr', text: item.replace(/\s+as\s+\S+$/i, '') };
}

/** The select list up to its FROM, split at top-level commas. */
function selectList(rest: string): string[] | undefined {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      const close = rest.indexOf(ch, i + 1);
      if (close < 0) return undefined;
      i = close;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && /\s/.test(ch) && /^\s+from\b/i.test(rest.slice(i))) return splitTop(rest.slice(0, i));
  }
  return undefined;
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function unquote(name: string): string {
  const n = name.trim();
  if (n.startsWith('"')) return n.slice(1, -1).replace(/""/g, '"');
  if (n.startsWith('`')) return n.slice(1, -1).replace(/``/g, '`');
  if (n.startsWith('[')) return n.slice(1, -1);
  return n;
}
