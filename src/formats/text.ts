/** Line utilities that never change line numbering: formats blank lines instead of removing them. */

interface Line {
  text: string;
  /** '\n', '\r\n' or '' for the last line. */
  eol: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r?\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), eol: '' });
  return out;
}

/** The text with the chosen lines emptied; line endings and count stay as they were. */
export function blankLines(text: string, blank: (index: number, line: string) => boolean): string {
  return splitLines(text)
    .map((l, i) => (blank(i, l.text) ? '' : l.text) + l.eol)
    .join('');
}

/** Line comments, block comments and single-quoted strings replaced by a space. */
export function stripCommentsAndStrings(sql: string): string {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, ' ');
}

/** Whether SQL holds anything besides whitespace and comments (an empty down section is no way back). */
export function hasStatements(sql: string): boolean {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim().length > 0;
}
