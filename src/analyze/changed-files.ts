import type { FileChange, MigrationFile } from '../model/migration.js';
import type { ChangedFile } from '../rules/rule.js';
import { diffUnits, unitsToReview } from '../rules/lib/units.js';
import type { LoadedSet } from './load.js';
import type { ReviewScope } from './replay-set.js';

/**
 * The migration files of a set that the pull request changed, each paired with itself at the
 * other commit: by path (following git renames), or by key where the format gives one (a sqitch
 * change instance whose script `rework` moved is the same migration, unchanged).
 */
export function setChanges(loaded: LoadedSet, changes: FileChange[]): ChangedFile[] {
  const headFiles = loaded.head?.files ?? [];
  const baseFiles = loaded.base?.files ?? [];
  return [...headFiles, ...baseFiles].some((f) => f.key !== undefined) ? byKey(baseFiles, headFiles, changes) : byPath(baseFiles, headFiles, changes);
}

function byPath(baseFiles: readonly MigrationFile[], headFiles: readonly MigrationFile[], changes: FileChange[]): ChangedFile[] {
  const heads = new Map(headFiles.map((f) => [f.path, f]));
  const bases = new Map(baseFiles.map((f) => [f.path, f]));
  const out: ChangedFile[] = [];
  for (const change of changes) {
    const headFile = change.status === 'deleted' ? undefined : heads.get(change.path);
    const baseFile = bases.get(change.oldPath ?? change.path);
    if (!headFile && !baseFile) continue;
    out.push({ change, headFile, baseFile, headText: headFile?.up, baseText: baseFile?.up });
  }
  return out;
}

/** Pairs by key the files whose path the pull request touched at either commit; a moved file with the same content is no change. */
function byKey(baseFiles: readonly MigrationFile[], headFiles: readonly MigrationFile[], changes: FileChange[]): ChangedFile[] {
  const touched = new Set(changes.flatMap((c) => (c.oldPath ? [c.path, c.oldPath] : [c.path])));
  const keyOf = (f: MigrationFile) => f.key ?? f.path;
  const bases = new Map(baseFiles.map((f) => [keyOf(f), f]));
  const headKeys = new Set(headFiles.map(keyOf));
  const out: ChangedFile[] = [];
  for (const headFile of headFiles) {
    const baseFile = bases.get(keyOf(headFile));
    if (!touched.has(headFile.path) && !(baseFile && touched.has(baseFile.path))) continue;
    if (baseFile && baseFile.up === headFile.up) continue;
    const change: FileChange = baseFile ? { path: headFile.path, status: 'modified' } : { path: headFile.path, status: 'added' };
    if (baseFile && baseFile.path !== headFile.path) change.oldPath = baseFile.path;
    out.push({ change, headFile, baseFile, headText: headFile.up, baseText: baseFile?.up });
  }
  for (const baseFile of baseFiles) {
    if (headKeys.has(keyOf(baseFile)) || !touched.has(baseFile.path)) continue;
    out.push({ change: { path: baseFile.path, status: 'deleted' }, baseFile, baseText: baseFile.up });
  }
  return out.sort((a, b) => (a.change.path < b.change.path ? -1 : a.change.path > b.change.path ? 1 : 0));
}

/**
 * Which operations of a changed file are under review: every one of a new file, and of a changed
 * repeatable one (it runs again); of a changed file made of units, those of its new units and of
 * the edited units that run again. The rest already ran on every database.
 */
export function reviewScope(c: ChangedFile): ReviewScope {
  if (!c.headFile) return false;
  if (c.change.status === 'added') return true;
  if (c.change.status !== 'modified') return false;
  const units = diffUnits(c.baseFile, c.headFile);
  if (!units) return !!c.headFile.repeatable;
  const ranges = unitsToReview(units);
  if (!ranges.length) return false;
  return (op) => ranges.some((u) => op.stmt.line >= u.line && op.stmt.line <= u.endLine);
}
