import type { Dialect } from '../model/dialect.js';
import { stripCommentsAndStrings } from './text.js';

/**
 * Syntax only one dialect accepts, each pattern with text it cannot match without (upper-cased):
 * the pattern runs only on a file whose upper-cased text holds it (issue 11: sixteen patterns over
 * every file of a set was a good part of detecting a 342-file history). A case-insensitive match
 * of ASCII letters is found in the upper-cased text, whatever else upper-casing changes.
 * Each pattern counts once per file it appears in, so one large dump does not outvote the rest
 * of the set.
 */
const HINTS: Record<'postgresql' | 'mysql' | 'sqlite', [needle: string, pattern: RegExp][]> = {
  mysql: [
    ['`', /`[^`\n]+`/],
    ['AUTO_INCREMENT', /\bAUTO_INCREMENT\b/i],
    ['ENGINE', /\bENGINE\s*=\s*\w+/i],
    ['CHARSET', /\bDEFAULT\s+CHARSET\b/i],
    ['UNSIGNED', /\bUNSIGNED\b/i],
  ],
  sqlite: [
    ['AUTOINCREMENT', /\bAUTOINCREMENT\b/i],
    ['PRAGMA', /\bPRAGMA\b/i],
    ['ROWID', /\bWITHOUT\s+ROWID\b/i],
  ],
  postgresql: [
    ['SERIAL', /\b(?:SMALL|BIG)?SERIAL\b/i],
    ['::', /::\s*[a-z_]/i],
    ['$', /\$[a-z_]*\$/i],
    ['JSONB', /\bJSONB\b/i],
    ['TIMESTAMPTZ', /\bTIMESTAMPTZ\b/i],
    ['EXTENSION', /\bCREATE\s+EXTENSION\b/i],
    ['CONCURRENTLY', /\bCONCURRENTLY\b/i],
    ['PLPGSQL', /\bplpgsql\b/i],
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
    const upper = sql.toUpperCase();
    for (const d of Object.keys(HINTS) as (keyof typeof HINTS)[]) {
      for (const [needle, re] of HINTS[d]) if (upper.includes(needle) && re.test(sql)) score[d]++;
    }
  }
  const ranked = (Object.entries(score) as [Dialect, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first[1] > 0 && first[1] > second[1] ? first[0] : undefined;
}
