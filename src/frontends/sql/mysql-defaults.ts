import type { DefaultExpr } from '../../model/operation.js';
import { tokenize, type Cursor } from './mysql-lexer.js';

/**
 * Functions whose value is the same for every row a statement touches: deterministic ones,
 * and the clock functions MySQL evaluates once per statement (NOW(), CURRENT_TIMESTAMP …).
 * Anything not listed counts as volatile, so an unknown function never hides a per-row value.
 */
const STABLE_FUNCTIONS = new Set([
  'NOW', 'CURRENT_TIMESTAMP', 'LOCALTIME', 'LOCALTIMESTAMP', 'CURRENT_DATE', 'CURDATE', 'CURRENT_TIME', 'CURTIME',
  'UTC_TIMESTAMP', 'UTC_DATE', 'UTC_TIME', 'UNIX_TIMESTAMP', 'FROM_UNIXTIME', 'STR_TO_DATE', 'DATE_FORMAT',
  'DATE_ADD', 'DATE_SUB', 'ADDDATE', 'SUBDATE', 'ADDTIME', 'SUBTIME', 'TIMESTAMPADD', 'DATE', 'TIME', 'TIMESTAMP',
  'YEAR', 'MONTH', 'DAY', 'CONCAT', 'CONCAT_WS', 'LOWER', 'UPPER', 'LCASE', 'UCASE', 'TRIM', 'LTRIM', 'RTRIM',
  'SUBSTRING', 'SUBSTR', 'LEFT', 'RIGHT', 'REPLACE', 'REPEAT', 'LPAD', 'RPAD', 'COALESCE', 'IFNULL', 'NULLIF', 'IF',
  'CAST', 'CONVERT', 'JSON_ARRAY', 'JSON_OBJECT', 'JSON_QUOTE', 'JSON_EXTRACT', 'ABS', 'ROUND', 'FLOOR', 'CEIL',
  'CEILING', 'GREATEST', 'LEAST', 'MD5', 'SHA1', 'SHA2', 'HEX', 'UNHEX', 'LENGTH', 'CHAR_LENGTH', 'UUID_TO_BIN',
  'BIN_TO_UUID', 'INET_ATON', 'INET6_ATON', 'POINT', 'ST_GEOMFROMTEXT', 'ST_POINTFROMTEXT', 'ST_SRID',
  // Type names inside CAST(… AS CHAR(10)) look like calls.
  'CHAR', 'VARCHAR', 'DECIMAL', 'BINARY', 'SIGNED', 'UNSIGNED', 'DATETIME', 'JSON', 'DOUBLE', 'FLOAT',
]);

/** Per-row values MySQL and MariaDB can produce in a default: UUID(), RAND(), SYSDATE(), sequences. */
export function isVolatileDefault(text: string): boolean {
  let toks;
  try {
    toks = tokenize(text);
  } catch {
    return true;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    if (t.value === 'NEXT' && toks[i + 1]?.value === 'VALUE') return true;
    const next = toks[i + 1];
    if (next && next.kind === 'punct' && next.value === '(' && !STABLE_FUNCTIONS.has(t.value)) return true;
  }
  return false;
}

/**
 * Reads the expression after DEFAULT, as written: a parenthesized expression, a signed
 * number, a literal, a keyword such as CURRENT_TIMESTAMP, or a call such as NOW(3) / uuid().
 * Returns undefined for DEFAULT NULL: a column that defaults to NULL has, for every rule,
 * no default.
 */
export function readDefault(cur: Cursor): DefaultExpr | undefined {
  const from = cur.i;
  const t = cur.peek();
  if (!t) throw cur.error('Expected a default value');
  if (t.kind === 'punct' && (t.value === '-' || t.value === '+')) {
    cur.i++;
    cur.next();
  } else if (t.kind === 'punct' && t.value === '(') {
    cur.skipOne();
  } else if (t.kind === 'punct') {
    throw cur.error('Expected a default value');
  } else {
    cur.i++;
    if (t.kind === 'word' && cur.isPunct('(')) cur.skipOne();
  }
  const text = cur.text(from, cur.i);
  if (/^null$/i.test(text)) return undefined;
  return { text, volatile: isVolatileDefault(text) };
}

/** Default text given on its own (ALTER COLUMN … SET DEFAULT x). */
export function defaultFromText(text: string): DefaultExpr | undefined {
  const trimmed = text.trim();
  if (/^null$/i.test(trimmed)) return undefined;
  return { text: trimmed, volatile: isVolatileDefault(trimmed) };
}
