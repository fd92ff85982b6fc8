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

