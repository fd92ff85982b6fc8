import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import { mdCode, mdFence, mdRich, mdText } from './escape.js';
import { SEVERITY_ICON } from './labels.js';
import { clip } from './size.js';
import { compareText } from '../model/text-order.js';

/** Longest texts quoted from a migration in one place (a 1 MB statement is not shown whole). */
export const MESSAGE_CHARS = 1_000;
const SQL_CHARS = 4_000;
export const NAME_CHARS = 300;

export interface FindingsOptions {
  /** Link base for file:line references (https://github.com/o/r/blob/<sha>/). */
  blobUrl?: string;
  /** The findings whose collapsed "why, and the safe way" block is shown (all when left out). */
  details?: ReadonlySet<Finding>;
}

const CATEGORY_WORDS: Record<Finding['category'], string> = {
  'data-loss': 'data loss',
  locking: 'locking',
  compatibility: 'compatibility',
  integrity: 'integrity',
  hygiene: 'hygiene',
  process: 'process',
};

/** Most severe first; then by file and line, so a cut keeps the findings that matter most. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareText(a.file, b.file) || a.line - b.line);
}

/**
 * The findings grouped by file: the file with the most severe finding first, and in each file the
 * findings in the order of their lines, as a reviewer reads the migration.
 */
export function findingsByFile(findings: readonly Finding[], opts: FindingsOptions): string {
  const groups = new Map<string, Finding[]>();
  for (const f of bySeverity(findings)) groups.set(f.file, [...(groups.get(f.file) ?? []), f]);
  return [...groups.entries()]
    .map(([file, list]) => fileBlock(file, [...list].sort((a, b) => a.line - b.line || severityRank(b.severity) - severityRank(a.severity)), opts))
    .join('\n\n');
}

/**
 * One file's heading and its findings. The file's name is shown whole and its folder small, so a
 * long path never crowds the findings. (A per-file block, e.g. the SQL a Django or Alembic
 * migration runs, belongs after the list.)
 */
function fileBlock(file: string, findings: Finding[], opts: FindingsOptions): string {
  const path = clip(file, NAME_CHARS);
  const slash = path.lastIndexOf('/');
  const name = mdCode(path.slice(slash + 1));
  const title = opts.blobUrl ? `[${name}](${blobLink(opts.blobUrl, file)})` : name;
  const dir = slash > 0 ? ` <sub>in ${mdCode(path.slice(0, slash + 1))}</sub>` : '';
  // A statement with several findings is quoted once, in the first one's details.
  const quoted = new Set<number>();
  const items = findings.map((f) => {
    const quote = !quoted.has(f.line) && (!opts.details || opts.details.has(f));
    if (quote) quoted.add(f.line);
    return findingItem(f, opts, quote);
  });
  return [`#### ${title}${dir}`, items.join('\n')].join('\n\n');
}

/**
 * A finding as a list item: severity, line, rule id and category on one short line (so the rule
 * id is never squeezed into a narrow column and broken mid-word), the message once, below it the
 * facts established about this statement, then the collapsed detail block.
 */
function findingItem(f: Finding, opts: FindingsOptions, quote: boolean): string {
  const line = f.endLine > f.line ? `lines ${f.line}–${f.endLine}` : `line ${f.line}`;
  const where = opts.blobUrl ? `[${line}](${blobLink(opts.blobUrl, f.file, f)})` : line;
  const head = `${SEVERITY_ICON[f.severity]} **${f.severity}** · ${where} · ${mdCode(clip(f.rule, NAME_CHARS))} · ${CATEGORY_WORDS[f.category] ?? mdText(String(f.category))}`;
  const body = [`- ${head}<br>`, `  ${mdText(clip(f.message, MESSAGE_CHARS))}`];
  for (const fact of facts(f)) body.push(`  <br>${fact}`);
  if (!opts.details || opts.details.has(f)) body.push('', indent(detailBlock(f, quote)), '');
  return body.join('\n');
}

/**
 * What is known about this statement beyond the rule's reasoning, one line each: what a real
 * engine observed. (Live row counts of the tables it touches belong here as well.)
 */
function facts(f: Finding): string[] {
  const out: string[] = [];
  if (f.impact) out.push(`**In the database:** ${mdText(clip(f.impact, MESSAGE_CHARS))}`);
  if (f.verified) out.push(`_${mdText(clip(f.verified, MESSAGE_CHARS))}_`);
  return out;
}

/**
 * The statement (unless an earlier finding on it quoted it), why it is risky and the safe way,
 * collapsed. The rollback of each statement is
 * not repeated here: the rollback script at the end has all of them, in the order to run them.
 */
function detailBlock(f: Finding, quote: boolean): string {
  const parts = ['<details><summary>Why, and the safe way</summary>', ''];
  if (quote && f.statement) parts.push(mdFence(clip(f.statement, SQL_CHARS, '\n-- … (cut)'), 'sql'), '');
  parts.push(`**Why:** ${mdRich(clip(f.why, SQL_CHARS))}`, '');
  // Some rules' safe way is the rewrite itself: say it once, as SQL.
  const same = f.replacement !== undefined && f.replacement.trim() === f.fix.trim();
  if (!same) parts.push(`**Safe way:** ${mdRich(clip(f.fix, SQL_CHARS))}`, '');
  if (f.replacement) parts.push(same ? '**Safe way:**' : '**Safe rewrite:**', '', mdFence(clip(f.replacement, SQL_CHARS, '\n-- … (cut)'), 'sql'), '');
  parts.push('</details>');
  return parts.join('\n');
}

/** Continuation lines of a list item, indented so fences and HTML stay inside the item. */
function indent(block: string): string {
  // Every line ending a markdown parser knows (CR too): a line left unindented would end the item, and its fence with it.
  return block.split(/\r\n?|\n/).map((l) => (l ? `  ${l}` : l)).join('\n');
}

function blobLink(blobUrl: string, file: string, range?: { line: number; endLine: number }): string {
  const anchor = !range ? '' : range.endLine > range.line ? `#L${range.line}-L${range.endLine}` : `#L${range.line}`;
  return `${blobUrl}${file.split('/').map(encodeURIComponent).join('/')}${anchor}`;
}
