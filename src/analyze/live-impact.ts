import { isMysqlFamily } from '../model/dialect.js';
import type { Count, DataCheck, LiveThresholds, OpFacts, TableSize } from '../model/live.js';
import type { Statement } from '../model/operation.js';
import type { Rule, RuleContext, RuleHit } from '../rules/rule.js';
import { pgLockFor } from '../knowledge/pg-locks.js';
import { compareText } from '../model/text-order.js';

/**
 * Where the numbers read from the real database (the live stage) meet the rules' findings: each
 * hit gets the numbers that decide it (`impact`) and, from them, how serious it is here
 * (`sizing`, applied after the configured severity in findings.ts). Pure: the rules stay as they
 * are, and without a database nothing here runs.
 *
 * - A statement certain to fail on today's data (duplicates under a new unique key, NULLs under
 *   NOT NULL, orphans under a validated foreign key, values a narrower type cannot hold) is
 *   critical, on the finding of the rule that is about that failure.
 * - A lock, rewrite or index build on a small table is minor (low) with the reason; on a large
 *   one a medium finding becomes high.
 * - Data loss keeps its severity and says how much is lost.
 */

/** Rules whose cost is the time a table stays locked (or is rewritten, copied, scanned, indexed). */
const LOCK_RULES = new Set([
  'create-index-non-concurrently', 'drop-index-non-concurrently', 'reindex-non-concurrently', 'foreign-key-without-not-valid',
  'check-without-not-valid', 'unique-constraint-without-index', 'set-not-null-scan', 'add-column-volatile-default',
  'table-rewrite-type-change', 'add-stored-generated-or-serial', 'exclusive-lock-maintenance', 'exclusion-constraint',
  'detach-partition-non-concurrently', 'mysql-table-copy', 'validate-in-same-transaction', 'lock-timeout-missing',
  'many-statements-under-exclusive-lock',
]);
/** Of those, the ones whose lock lasts as long as reading or writing the whole table. */
const WHOLE_TABLE = new Set([
  'create-index-non-concurrently', 'reindex-non-concurrently', 'foreign-key-without-not-valid', 'check-without-not-valid',
  'unique-constraint-without-index', 'set-not-null-scan', 'add-column-volatile-default', 'table-rewrite-type-change',
  'add-stored-generated-or-serial', 'exclusive-lock-maintenance', 'exclusion-constraint', 'mysql-table-copy',
]);
/** For each way a statement fails on the data, the rules that are about it, the most specific first. */
const OWNERS: Record<DataCheck['kind'], readonly string[]> = {
  duplicates: ['unique-on-existing-data', 'unique-constraint-without-index', 'create-index-non-concurrently', 'mysql-table-copy'],
  nulls: ['set-not-null-scan', 'unique-on-existing-data', 'unique-constraint-without-index', 'mysql-table-copy'],
  rows: ['add-required-column'],
  orphans: ['foreign-key-without-not-valid', 'mysql-table-copy'],
  misfits: ['narrowing-type-change', 'lossy-type-change', 'table-rewrite-type-change', 'mysql-table-copy'],
};
/** Every rule that owns some kind of check: a clean check is worth saying on its findings. */
const CHECK_RULES = new Set(Object.values(OWNERS).flat());
/** Integrity rules that only warn that the data might make the statement fail: a clean count makes them minor. */
const DATA_WARNINGS = new Set(['unique-on-existing-data']);

/** Reading or writing a table and its indexes, as a rough planning figure (said in the text). */
const MB_PER_SECOND = 50;

export interface LiveApplied {
  /** Certain failures that no enabled rule reported: one note each. */
  notes: string[];
  /** What the change would destroy, for the confirmation gate. */
  destroys: string[];
}

/** Annotate every rule's hits of one set with the live numbers; returns the notes and the preview. */
export function applyLive(judged: ReadonlyArray<{ rule: Rule; hits: RuleHit[] }>, ctx: RuleContext, t: LiveThresholds): LiveApplied {
  const live = ctx.live;
  const out: LiveApplied = { notes: [], destroys: [] };
  if (!live) return out;
  const factsOf = (hit: RuleHit): OpFacts[] => {
    if (hit.op) {
      const f = live.of(hit.op.op);
      return f ? [f] : [];
    }
    return 'index' in hit.at ? live.ofStatement(hit.at as Statement) : [];
  };
  // Failures first: which hit owns each failing check.
  const owned = new Set<DataCheck>();
  const all = judged.flatMap(({ rule, hits }) => hits.map((hit) => ({ rule, hit, facts: factsOf(hit) })));
  for (const kind of Object.keys(OWNERS) as DataCheck['kind'][]) {
    for (const owner of OWNERS[kind]) {
      for (const h of all.filter((x) => x.rule.id === owner)) {
        const failing = h.facts.flatMap((f) => f.checks).filter((c) => c.kind === kind && c.count.n > 0 && c.count.how !== 'estimate' && !owned.has(c));
        if (!failing.length) continue;
        for (const c of failing) owned.add(c);
        h.hit.sizing = 'fails';
        h.hit.impact = join(failing.map((c) => `fails: ${count(c.count)} ${c.what}`), h.hit.impact);
      }
    }
  }
  const preview: { at: RuleHit['at']; text: string }[] = [];
  for (const { rule, hit, facts } of all) {
    if (!facts.length || hit.sizing === 'fails') continue;
    const checks = facts.flatMap((f) => f.checks);
    const failing = checks.filter((c) => c.count.n > 0);
    const size = largest(facts.flatMap((f) => f.sizes));
    const parts: string[] = [];
    if (failing.length) parts.push(...failing.map((c) => `${c.count.how === 'estimate' ? 'likely fails' : 'the statement fails'}: ${count(c.count)} ${c.what}`));
    const lost = rule.category === 'data-loss' ? loss(rule.id, facts, size) : [];
    parts.push(...lost);
    if (!lost.length && CHECK_RULES.has(rule.id)) {
      parts.push(...checks.filter((c) => c.count.n === 0).map((c) => `no ${c.what} today`));
    }
    if (LOCK_RULES.has(rule.id) && size && !failing.length) {
      const small = size.rows.n <= t.smallRows && (size.bytes === undefined || size.bytes <= t.smallBytes);
      const large = size.rows.n >= t.largeRows || (size.bytes !== undefined && size.bytes >= t.largeBytes);
      if (small) {
        hit.sizing = 'small';
        parts.push(`minor here: ${size.table} has ${rows(size)}${size.bytes !== undefined ? ` (${bytesText(size.bytes)})` : ''}, so the lock is held for moments`);
      } else {
        // A big table makes a whole-table lock long; a catalog-only lock (DROP INDEX) stays as short as ever.
        if (large && WHOLE_TABLE.has(rule.id)) hit.sizing = 'large';
        parts.push(`${sizeText(size)}${WHOLE_TABLE.has(rule.id) && size.bytes !== undefined ? `: ${lockTime(size.bytes, rule.id, hit, ctx)}` : ''}`);
      }
    } else if (size && !lost.length) parts.push(sizeText(size));
    if (DATA_WARNINGS.has(rule.id) && !failing.length && checks.length && checks.every((c) => c.count.how === 'exact')) hit.sizing = 'small';
    const unknown = [...new Set(facts.flatMap((f) => f.unknown))];
    if (unknown.length) parts.push(...unknown);
    if (parts.length) hit.impact = join(parts, hit.impact);
    if (rule.category === 'data-loss') preview.push(...destroys(rule.id, hit, facts, size).map((text) => ({ at: hit.at, text })));
  }
  preview.sort((a, b) => compareText(a.at.file, b.at.file) || a.at.line - b.at.line);
  out.destroys.push(...preview.map((p) => p.text));
  // Failures no enabled rule spoke for.
  const failures = new Set<string>();
  for (const r of ctx.ops) {
    const f = live.of(r.op);
    for (const c of f?.checks ?? []) {
      if (c.count.n > 0 && c.count.how !== 'estimate' && !owned.has(c) && !all.some((h) => h.facts.includes(f!))) failures.add(`${r.op.stmt.file}:${r.op.stmt.line}: fails on the data in ${live.engine}: ${count(c.count)} ${c.what}.`);
    }
  }
  out.notes.push(...failures);
  return out;
}

function loss(ruleId: string, facts: OpFacts[], size: TableSize | undefined): string[] {
  const values = facts.find((f) => f.values)?.values;
  if (ruleId === 'drop-column' && values && size) return [`drops ${count(values.count)} non-null values of ${size.table}.${values.column}, ${rows(size)}`];
  if (!size) return [];
  if (ruleId === 'drop-table') return [`drops ${size.table}: ${sizeText(size, false)}`];
  if (ruleId === 'truncate-table') return [`empties ${facts.flatMap((f) => f.sizes).map((s) => `${s.table} (${sizeText(s, false)})`).join(', ')}`];
  if (ruleId === 'unbounded-data-change') return [`touches every row of ${size.table}: ${rows(size)}`];
  return [];
}

/** A line of the confirmation gate's preview, for findings that destroy data. */
function destroys(ruleId: string, hit: RuleHit, facts: OpFacts[], size: TableSize | undefined): string[] {
  if (!size || !['drop-column', 'drop-table', 'truncate-table', 'unbounded-data-change'].includes(ruleId)) return [];
  const where = `${hit.at.file}:${hit.at.line}`;
  const values = facts.find((f) => f.values)?.values;
  if (ruleId === 'drop-column') return values ? [`${size.table}.${values.column}: ${count(values.count)} non-null values in ${rows(size)} (${where})`] : [];
  if (ruleId === 'truncate-table') return facts.flatMap((f) => f.sizes).map((s) => `${s.table}: every row, ${sizeText(s, false)} (${where})`);
  if (ruleId === 'unbounded-data-change') {
    const del = /^\s*delete\b/i.test(hit.at.text ?? '');
    return [`${size.table}: ${del ? 'deletes' : 'overwrites'} ${rows(size)} (${where})`];
  }
  return [`${size.table}: the whole table, ${sizeText(size, false)} (${where})`];
}

function lockTime(bytes: number, ruleId: string, hit: RuleHit, ctx: RuleContext): string {
  const seconds = bytes / (MB_PER_SECOND * 1024 * 1024);
  const mode = isMysqlFamily(ctx.target.dialect) ? 'the table copy' : hit.op ? pgLockFor(hit.op.op, { before: hit.op.before, target: ctx.target })?.lock : undefined;
  const under = mode ? (mode === 'the table copy' ? 'for the table copy' : `under ${/^[AEIOU]/.test(mode) ? 'an' : 'a'} ${mode} lock`) : 'under the lock';
  return `${duration(seconds)} ${under} (estimated at ${MB_PER_SECOND} MB/s${ruleId === 'create-index-non-concurrently' ? ' of table read and sorted' : ''})`;
}

function largest(sizes: TableSize[]): TableSize | undefined {
  return sizes.reduce<TableSize | undefined>((a, b) => (!a || b.rows.n > a.rows.n ? b : a), undefined);
}

function count(c: Count): string {
  const n = c.n.toLocaleString('en-US');
  return c.how === 'exact' ? n : c.how === 'estimate' ? `about ${n}` : `at least ${n}`;
}

function rows(s: TableSize): string {
  return `${count(s.rows)} row${s.rows.n === 1 && s.rows.how === 'exact' ? '' : 's'}${s.rows.how === 'estimate' ? ' (statistics)' : ''}`;
}

function sizeText(s: TableSize, named = true): string {
  const b = s.bytes !== undefined ? `, ${bytesText(s.bytes)}` : '';
  return `${named ? `${s.table}: ` : ''}${rows(s)}${b}`;
}

function bytesText(b: number): string {
  if (b < 1024) return `${b} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = b / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

function duration(s: number): string {
  if (s < 1) return 'under a second';
  if (s < 90) return `about ${Math.round(s)} s`;
  if (s < 5400) return `about ${Math.round(s / 60)} min`;
  return `about ${(s / 3600).toFixed(1)} h`;
}

function join(parts: string[], before?: string): string {
  return [before, ...parts].filter(Boolean).join('; ');
}
