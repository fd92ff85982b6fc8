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

const DIALECTS = Object.keys(HINTS) as (keyof typeof HINTS)[];
const PATTERNS = DIALECTS.flatMap((d) => HINTS[d].map((re) => ({ d, re })));

/** Which hints a text shows: bit i for PATTERNS[i]. */
function hintsOf(text: string): number {
  const sql = stripCommentsAndStrings(text);
  let bits = 0;
  for (let i = 0; i < PATTERNS.length; i++) if (PATTERNS[i].re.test(sql)) bits |= 1 << i;
  return bits;
}

/**
 * The dialect the SQL is written in, when the hints point one way; undefined when there are none
 * or they disagree evenly (then the caller's default applies). `memo`: hints of texts seen before
 * (a review detects base and head, which share most texts).
 */
export function dialectFromContent(texts: readonly string[], memo?: Map<string, number>): Dialect | undefined {
  const score = { postgresql: 0, mysql: 0, sqlite: 0 };
  for (const text of texts) {
    let bits = memo?.get(text);
    if (bits === undefined) {
      bits = hintsOf(text);
      memo?.set(text, bits);
    }
    for (let i = 0; bits !== 0; i++, bits >>>= 1) if (bits & 1) score[PATTERNS[i].d]++;
  }
  const ranked = (Object.entries(score) as [Dialect, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first[1] > 0 && first[1] > second[1] ? first[0] : undefined;
}
