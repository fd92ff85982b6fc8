import type { Program } from 'sql-parser-cst';
import type { Operation } from '../../model/operation.js';
import { type CstDialect, mapProgram, parserOptions } from './cst-map.js';
import { cstParse } from './cst-parser.js';
import { CstUnsupported } from './cst-util.js';

/** The operations of one statement, or what stopped sql-parser-cst from giving them. */
export type CstResult = { ops: Operation[] } | { error: unknown };

const SEPARATOR = ';\n';
const BATCH = 48;

/**
 * Map many statements with as few parser calls as possible. The generated parser rebuilds
 * its literal and expectation tables on every call (about 0.4 ms, more than parsing a short
 * statement), so statements are parsed together; when a batch fails, the statement the
 * error points at is parsed alone and the statements around it are batched again. Entry k
 * is exactly what parsing texts[k] on its own gives. `loadCstParser()` must have been awaited.
 */
export function mapCstStatements(texts: string[], dialect: CstDialect): CstResult[] {
  const out: CstResult[] = new Array(texts.length);
  // A failed batch costs a re-parse, so statements the grammar lacks skip the attempt.
  const tried: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    if (dialect === 'postgresql' && NOT_IN_PG_GRAMMAR.test(texts[k])) out[k] = { error: new CstUnsupported('not in the sql-parser-cst grammar') };
    else tried.push(k);
  }
  const triedTexts = tried.map((k) => texts[k]);
  const results: CstResult[] = new Array(tried.length);
  // Bounded batches keep the cost of a failure (re-joining and re-parsing) local.
  for (let from = 0; from < tried.length; from += BATCH) batch(triedTexts, dialect, from, Math.min(from + BATCH, tried.length), results);
  tried.forEach((k, i) => (out[k] = results[i]));
  return out;
}

/** Leading keywords of PostgreSQL statements sql-parser-cst 0.42 cannot parse. */
const NOT_IN_PG_GRAMMAR =
  /^(?:VACUUM|CLUSTER|COPY|LOCK|CHECKPOINT|DISCARD|LISTEN|NOTIFY|UNLISTEN|LOAD|REASSIGN|SECURITY\s+LABEL|IMPORT\s+FOREIGN|DROP\s+OWNED|ALTER\s+EXTENSION|PREPARE\s+TRANSACTION|CREATE\s+(?:STATISTICS|RULE|CAST|COLLATION|AGGREGATE|OPERATOR|TEXT\s+SEARCH|SERVER|EVENT\s+TRIGGER|TABLESPACE|DATABASE|CONVERSION|TRANSFORM|ACCESS\s+METHOD))\b/i;

function single(text: string, dialect: CstDialect): CstResult {
  try {
    return { ops: mapProgram(cstParse(text, parserOptions(dialect)), text, dialect) };
  } catch (error) {
    return { error };
  }
}

function batch(texts: string[], dialect: CstDialect, from: number, to: number, out: CstResult[]): void {
  if (from >= to) return;
  if (to - from === 1) {
    out[from] = single(texts[from], dialect);
    return;
  }
  const starts: number[] = [];
  let joined = '';
  for (let k = from; k < to; k++) {
    if (k > from) joined += SEPARATOR;
    starts.push(joined.length);
    joined += texts[k];
  }
  let program: Program;
  try {
    program = cstParse(joined, parserOptions(dialect));
  } catch (e) {
    const at = errorOffset(e, joined);
    const k = at === undefined ? -1 : from + lastAtOrBefore(starts, at);
    if (k < from) {
      const mid = (from + to) >> 1;
      batch(texts, dialect, from, mid, out);
      batch(texts, dialect, mid, to, out);
      return;
    }
    batch(texts, dialect, from, k, out);
    out[k] = single(texts[k], dialect);
    batch(texts, dialect, k + 1, to, out);
    return;
  }
  // Give each statement the parsed statements that start inside it; one that runs over
  // the separator means the batch did not split like the file, so parse one by one.
  const groups: Program['statements'][] = Array.from({ length: to - from }, () => []);
  for (const s of program.statements) {
    if (s.type === 'empty' || !s.range) continue;
    const g = lastAtOrBefore(starts, s.range[0]);
    if (g < 0 || s.range[1] > starts[g] + texts[from + g].length) {
      for (let k = from; k < to; k++) out[k] = single(texts[k], dialect);
      return;
    }
    groups[g].push(s);
  }
  for (let g = 0; g < groups.length; g++) {
    try {
      out[from + g] = { ops: mapProgram({ ...program, statements: groups[g] }, joined, dialect) };
    } catch (error) {
      // Mapping refused this statement (CstUnsupported): let the caller fall back for it.
      out[from + g] = { error };
    }
  }
}

/** Index of the last start at or before `pos`, or -1. */
function lastAtOrBefore(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Offset of a syntax error from the `--> file:line:col` line of the parser's message. */
export function errorOffset(e: unknown, text: string): number | undefined {
  const m = /\n--> .*:(\d+):(\d+)\n/.exec(e instanceof Error ? e.message : '');
  if (!m) return undefined;
  const line = Number(m[1]);
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  return offset + Number(m[2]) - 1;
}
