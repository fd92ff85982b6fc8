import { isMysqlFamily } from '../../model/dialect.js';
import type { MigrationFile, MigrationUnit } from '../../model/migration.js';
import type { RuleContext, RuleHit } from '../rule.js';
import { changedRange, sameCode } from './text-diff.js';
import type { UnitDiff } from './units.js';

const FIX =
  'Leave a changeset alone once it is on the main branch: revert this change and append a new changeset with the new statements. A changeset that must run again whenever it changes (a view, a function) says `runOnChange:true` in its header.';

/**
 * edited-applied-migration for a file the tool records unit by unit (Liquibase changesets):
 * appending units is how such a file grows, so only units that ran and changed, disappeared or
 * came back under a new id are findings, each on its own lines.
 */
export function editedUnits(ctx: RuleContext, head: MigrationFile, d: UnitDiff): RuleHit[] {
  const path = head.path;
  const renamedFrom = new Map(d.renamed.map((r) => [r.base, r.head]));
  const hits: RuleHit[] = [];
  for (const { base, head: now } of d.edited) {
    // runOnChange: the tool runs the new text again wherever the old one ran; its statements are reviewed instead.
    if (now.rerunsOnChange) continue;
    hits.push(edited(ctx, head, base, now));
  }
  for (const gone of d.removed) {
    const to = renamedFrom.get(gone);
    if (to) {
      hits.push({
        at: { file: path, line: to.line, endLine: to.endLine },
        message: `Changeset ${gone.id} of ${path}, already on the base branch, is now ${to.id}: Liquibase identifies a changeset by id, author and file, so every database that ran ${gone.id} runs it again as a new changeset (failing, or applying its changes twice).`,
        fix: `Give the changeset its old id and author back (${gone.id}).`,
      });
      continue;
    }
    const line = nearestLine(d, gone);
    hits.push({
      at: { file: path, line, endLine: line },
      message: `Changeset ${gone.id}, already on the base branch, was removed from ${path}: databases that ran it keep its changes (Liquibase undoes nothing), while databases built from the changelog from now on never get them.`,
      fix: 'Restore the changeset. To undo what it did, append a new changeset that reverts it, so every database follows the same history.',
    });
  }
  return hits;
}

function edited(ctx: RuleContext, file: MigrationFile, base: MigrationUnit, head: MigrationUnit): RuleHit {
  const r = changedRange(base.text, head.text);
  const offset = head.textLine - 1;
  const at = { file: file.path, line: Math.min(r.line + offset, head.endLine), endLine: Math.min(r.endLine + offset, head.endLine) };
  if (sameCode(base.text, head.text, file.language, { mysql: isMysqlFamily(ctx.target.dialect) })) {
    return {
      at,
      severity: 'low',
      message: `Only whitespace or comments changed in changeset ${head.id} of ${file.path}, which is already on the base branch: nothing changes in any database, but the changeset no longer matches what ran.`,
      why: 'Applied changesets are the record of what ran on each database. A cosmetic edit is harmless to the schema, but it makes the history harder to trust and conflicts with other branches that touch the changelog.',
      fix: 'Revert the edit. If it must stay and Liquibase reports a checksum validation failure for the changeset, add a `--validCheckSum:` line with the new checksum under its header.',
    };
  }
  return {
    at,
    message: `Changeset ${head.id} of ${file.path} is already on the base branch and its statements changed: Liquibase stops \`update\` on every database that ran it with a checksum validation failure, and databases built from scratch get the new statements while the others keep the old ones.`,
    fix: FIX,
  };
}

/** Where a removed unit stood at head: the header of the next unit that stayed, else the end of the one before it. */
function nearestLine(d: UnitDiff, gone: MigrationUnit): number {
  const byBase = [...d.kept].sort((a, b) => a.base.line - b.base.line);
  const after = byBase.find((k) => k.base.line > gone.line);
  if (after) return after.head.line;
  const before = byBase.filter((k) => k.base.line < gone.line).pop();
  return before ? before.head.endLine : 1;
}
