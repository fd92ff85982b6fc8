import type { ChangedFile, Rule, RuleHit } from './rule.js';
import { parseDirectives } from '../frontends/directives.js';
import { diffUnits, unitsToReview } from './lib/units.js';

export const ignoreWithoutReason: Rule = {
  id: 'ignore-without-reason',
  category: 'process',
  severity: 'low',
  scope: 'statement',
  dialects: 'all',
  docs: {
    summary: 'A migra:ignore directive that gives no reason.',
    why: 'An ignore hides a finding from the score and the gate. Without a reason, the next reader cannot tell whether the risk was understood and accepted or just silenced, and nobody can check later whether the reason still holds.',
    fix: 'Say why the risk is acceptable after the rule ids: `-- migra:ignore drop-column reason: column unused since v2.3, backup in s3://…`. Name the rules instead of ignoring every rule.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);',
        sql: '-- migra:ignore drop-column\nALTER TABLE users DROP COLUMN legacy_name;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);',
        sql: '-- migra:ignore drop-column reason: unused since v2.3, backed up to the archive bucket\nALTER TABLE users DROP COLUMN legacy_name;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);',
        sql: '-- migra:ignore-file drop-column — the column was never written in production\nALTER TABLE users DROP COLUMN legacy_name;',
        note: 'Any text after the rule ids counts as the reason.',
      },
    ],
  },
  check(ctx) {
    return ctx.changes.flatMap((c): RuleHit[] => {
      const reviewed = reviewedLines(c);
      if (!reviewed) return [];
      const path = c.change.path;
      const lines = c.headText!.split('\n');
      return parseDirectives(c.headText!, path)
        .filter((d) => !d.reason && reviewed(d.line))
        .map((d) => {
          const what = d.rules.length ? d.rules.join(', ') : 'every rule';
          const kind = d.scope === 'file' ? 'migra:ignore-file' : 'migra:ignore';
          return {
            at: { file: path, line: d.line, endLine: d.line, text: lines[d.line - 1]?.trim() },
            message: `This ${kind} directive silences ${what}${d.scope === 'file' ? ' for the whole file' : ''} without giving a reason.`,
          };
        });
    });
  },
};

/** Lines under review: a file new in this set, a changed repeatable migration that runs again, the new units of a changed file. */
function reviewedLines(c: ChangedFile): ((line: number) => boolean) | undefined {
  if (!c.headFile || c.headText === undefined) return undefined;
  const units = diffUnits(c.baseFile, c.headFile);
  if (units) {
    const under = unitsToReview(units);
    return (line) => under.some((u) => line >= u.line && line <= u.endLine);
  }
  return !c.baseFile || c.headFile.repeatable ? () => true : undefined;
}
