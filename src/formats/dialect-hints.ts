import type { Dialect } from '../model/dialect.js';
import { stripCommentsAndStrings } from './text.js';

/**
 * Syntax only one dialect accepts. Each pattern counts once per file it appears in, so one large
 * dump does not outvote the rest of the set.
 */
const HINTS: Record<'postgresql' | 'mysql' | 'sqlite', RegExp[]> = {
  mysql: [/`[^`\n]+`/, /\bAUTO_INCREMENT\b/i, /\bENGINE\s*=\s*\w+/i, /\bDEFAULT\s+CHARSET\b/i, /\bUNSIGNED\b/i],
  sqlite: [/\bAUTOINCREMENT\b/i, /\bPRAGMA\b/i, /\bWITHOUT\s+ROWID\b/i],
  postgresql: [
    /\b(?:SMALL|BIG)?SERIAL\b/i,
    /::\s*[a-z_]/i,
    /\$[a-z_]*\$/i,
    /\bJSONB\b/i,
    /\bTIMESTAMPTZ\b/i,
    /\bCREATE\s+EXTENSION\b/i,
    /\bCONCURRENTLY\b/i,
    /\bplpgsql\b/i,
  ],
};

/**
 * The dialect the SQL is written in, when the hints point one way; undefined when there are none
 * or they disagree evenly (then the caller's default applies).
 */
export function dialectFromContent(texts: readonly string[]): Dialect | undefined {
  const score = { postgresql: 0, mysql: 0, sqlite: 0 };
  for (const text of texts) {
    const sql = stripCommentsAndStrings(text);
    for (const d of Object.keys(HINTS) as (keyof typeof HINTS)[]) {
      for (const re of HINTS[d]) if (re.test(sql)) score[d]++;
    }
  }
  const ranked = (Object.entries(score) as [Dialect, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first[1] > 0 && first[1] > second[1] ? first[0] : undefined;
}
