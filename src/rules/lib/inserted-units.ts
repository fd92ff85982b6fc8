import type { Severity } from '../../model/finding.js';
import type { RuleContext, RuleHit } from '../rule.js';
import { diffUnits } from './units.js';

/**
 * migration-order-conflict inside a file made of units: a new unit (changeset) placed before one
 * that is already on the base branch runs, on databases that ran the older one, after it, in a
 * different order than on a fresh database. Appending is the normal way and stays quiet.
 */
export function insertedUnits(ctx: RuleContext, late: { text: string; skips: boolean }): RuleHit[] {
  const severity: Severity | undefined = late.skips ? undefined : 'medium';
  return ctx.changes.flatMap((c) => {
    const d = diffUnits(c.baseFile, c.headFile);
    if (!d || !c.headFile) return [];
    const renamed = new Set(d.renamed.map((r) => r.head));
    return d.added.flatMap((u): RuleHit[] => {
      if (renamed.has(u)) return [];
      const newer = d.kept.filter((k) => k.head.line > u.line);
      if (!newer.length) return [];
      const newest = newer[newer.length - 1].head;
      return [{
        at: { file: c.headFile!.path, line: u.line, endLine: u.line },
        severity,
        message: `New changeset ${u.id} of ${c.headFile!.path} sits before changeset ${newest.id}, which is already on the base branch${newer.length > 1 ? ` (with ${newer.length - 1} more)` : ''}: on databases that already ran ${newer.length > 1 ? 'those' : 'it'}, ${late.text}.`,
        fix: 'Move the new changeset to the end of the changelog, after every changeset already on the base branch, and check that it still makes sense there.',
      }];
    });
  });
}
