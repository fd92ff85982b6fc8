import { DIALECTS, type Dialect } from '../model/dialect.js';
import type { TransactionMode } from '../model/migration.js';
import { splitLines } from './text.js';

/**
 * Liquibase "formatted SQL" changelogs, read the way liquibase's AbstractFormattedChangeLogParser
 * reads them (same patterns, case-insensitive).
 */

/** The first non-blank line of a formatted SQL changelog. */
const FIRST_LINE = /^\s*--\s*liquibase\s*formatted.*$/i;
const CHANGESET = /^\s*--\s*changeset\s+("[^"]+"|[^:]+):\s*("[^"]+"|\S+).*$/i;
const ROLLBACK = /^\s*--\s*rollback (.*)$/i;
const ROLLBACK_BLOCK_START = /^\s*\/\*\s*liquibase\s*rollback\s*$/i;
const ROLLBACK_BLOCK_END = /\*\/\s*$/;
/** Formatted SQL (Liquibase Pro) changelogs may include others. */
const INCLUDE = /^\s*--\s*include\s+file:\s*(\S+)/i;
const INCLUDE_ALL = /^\s*--\s*includeAll\s+path:\s*(\S+)/i;

export function isFormattedSql(text: string): boolean {
  const first = splitLines(text).find((l) => l.text.trim() !== '');
  return first !== undefined && FIRST_LINE.test(first.text);
}

/** The value of `name:value` on a changeset line; the last one wins, as with liquibase's `.*name:(…).*`. */
function attr(line: string, name: string, value = '\\w+'): string | undefined {
  const m = new RegExp(`.*\\b${name}:(${value}).*`, 'i').exec(line);
  return m?.[1];
}

export interface ChangesetAttrs {
  runInTransaction: boolean;
  runOnChange: boolean;
  /** `dbms:` as written (`postgresql,h2`, `!h2`), lower case; undefined when absent. */
  dbms?: string;
  ignore: boolean;
  endDelimiter?: string;
}

function changesetAttrs(line: string): ChangesetAttrs {
  const bool = (name: string, dflt: boolean) => {
    const v = attr(line, name);
    return v === undefined ? dflt : v.toLowerCase() === 'true';
  };
  return {
    runInTransaction: bool('runInTransaction', true),
    runOnChange: bool('runOnChange', false),
    dbms: attr(line, 'dbms', '[^,][\\w!,]+')?.toLowerCase(),
    ignore: bool('ignore', false),
    endDelimiter: attr(line, 'endDelimiter', '\\S*') || undefined,
  };
}

/**
 * Whether a changeset limited by `dbms` runs on the dialect (liquibase's DatabaseList.definitionMatches,
 * with Migra's dialect names, which are liquibase's short names). Without a dialect: whether it
 * runs on any database Migra reads, so `dbms:h2` or `dbms:oracle` changesets never count.
 */
export function runsOn(dbms: string | undefined, dialect: Dialect | undefined): boolean {
  if (!dialect) return DIALECTS.some((d) => runsOn(dbms, d));
  const list = (dbms ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length || list.includes('all')) return true;
  if (list.includes('none') || list.includes(`!${dialect}`)) return false;
  const named = list.filter((s) => !s.startsWith('!'));
  return named.length === 0 || named.includes(dialect);
}

export interface Changeset extends ChangesetAttrs {
  /** `author` and `id` of `--changeset author:id`, quotes removed. */
  author: string;
  id: string;
  /** 0-based line of the `--changeset` header. */
  line: number;
  /** 0-based line after its last line. */
  end: number;
  hasRollback: boolean;
}

export interface FormattedSql {
  changesets: Changeset[];
  /** The text with rollback lines, lines outside changesets and changesets that do not run blanked. */
  up: string;
  /** Changesets that run on the dialect. */
  applied: Changeset[];
  /** `--include file:` / `--includeAll path:` lines, with whether they come before the first changeset. */
  includes: { kind: 'include' | 'includeAll'; ref: string; beforeChangesets: boolean }[];
}

/**
 * Read a formatted SQL changelog. What runs is each changeset's body: text before the first
 * changeset is ignored by liquibase, `--rollback …` lines and `/* liquibase rollback … *\/`
 * blocks are the changeset's rollback, and changesets marked `ignore:true` or limited by `dbms:`
 * to other databases do not run. Those lines are blanked, so line numbers stay true. A line made
 * only of a changeset's `endDelimiter` (`/`, `GO`) becomes `;` so statements split where
 * liquibase splits them.
 */
export function readFormattedSql(text: string, dialect?: Dialect): FormattedSql {
  const lines = splitLines(text);
  const blank = new Set<number>();
  const changesets: Changeset[] = [];
  const includes: FormattedSql['includes'] = [];
  const delimiterLines = new Set<number>();
  let current: Changeset | undefined;
  let inRollbackBlock = false;
  lines.forEach((l, i) => {
    if (inRollbackBlock) {
      blank.add(i);
      if (ROLLBACK_BLOCK_END.test(l.text)) inRollbackBlock = false;
      return;
    }
    const header = CHANGESET.exec(l.text);
    if (header) {
      if (current) current.end = i;
      const unquote = (v: string) => v.replace(/^"(.*)"$/, '$1').trim();
      current = { ...changesetAttrs(l.text), author: unquote(header[1]), id: unquote(header[2]), line: i, end: lines.length, hasRollback: false };
      changesets.push(current);
      return;
    }
    const inc = INCLUDE.exec(l.text) ?? INCLUDE_ALL.exec(l.text);
    if (inc) {
      includes.push({ kind: INCLUDE.test(l.text) ? 'include' : 'includeAll', ref: inc[1], beforeChangesets: !current });
      return;
    }
    if (!current) {
      // Outside changesets liquibase runs nothing; comments may stay (migra:ignore-file directives).
      if (!l.text.trim().startsWith('--')) blank.add(i);
      return;
    }
    const rb = ROLLBACK.exec(l.text);
    if (rb) {
      blank.add(i);
      if (rb[1].trim()) current.hasRollback = true;
      return;
    }
    if (ROLLBACK_BLOCK_START.test(l.text)) {
      blank.add(i);
      inRollbackBlock = true;
      current.hasRollback = true;
      return;
    }
    const d = current.endDelimiter;
    if (d && d !== ';' && l.text.trim().toLowerCase() === d.toLowerCase()) delimiterLines.add(i);
  });
  const applied = changesets.filter((c) => !c.ignore && runsOn(c.dbms, dialect));
  for (const c of changesets) {
    if (applied.includes(c)) continue;
    for (let i = c.line; i < c.end; i++) blank.add(i);
  }
  const up = lines
    .map((l, i) => {
      if (blank.has(i)) return l.eol;
      if (delimiterLines.has(i)) return `;${' '.repeat(Math.max(0, l.text.length - 1))}${l.eol}`;
      return l.text + l.eol;
    })
    .join('');
  return { changesets, up, applied, includes };
}

/**
 * One transaction mode per file, while liquibase commits each changeset on its own: a file whose
 * changesets all run in a transaction is 'per-file' (CONCURRENTLY in one of them fails); a file
 * with any `runInTransaction:false` changeset is 'none', as for dbmate: better to miss a hazard
 * of the transactional changesets than to report CONCURRENTLY in the one that runs outside.
 */
export function fileTransaction(applied: readonly Changeset[]): TransactionMode {
  return applied.some((c) => !c.runInTransaction) ? 'none' : 'per-file';
}
