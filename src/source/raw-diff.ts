import type { ChangeStatus, FileChange } from '../model/migration.js';
import type { TreeEntry } from './git-tree.js';

/** One file pair of `git diff --raw -z --no-abbrev`: both sides' mode and blob id. */
export interface RawChange {
  status: string;
  /** The path before (differs from `path` for renames and copies). */
  oldPath: string;
  path: string;
  oldMode: string;
  oldBlobId: string;
  newMode: string;
  newBlobId: string;
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', T: 'modified', D: 'deleted' };

/** Regular files only, as listTree keeps them: symlinks hold a target path, submodules are other repositories. */
export function isRegularFile(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}

/** Records of `git diff --raw -z`: `:oldmode newmode oldid newid status NUL path NUL [path NUL]`. */
export function parseRawDiff(tokens: readonly string[]): RawChange[] {
  const out: RawChange[] = [];
  for (let i = 0; i < tokens.length; ) {
    const [oldMode, newMode, oldBlobId, newBlobId, status] = tokens[i++].slice(1).split(' ');
    const code = status[0];
    const oldPath = tokens[i++];
    const path = code === 'R' || code === 'C' ? tokens[i++] : oldPath;
    out.push({ status: code, oldPath, path, oldMode, oldBlobId, newMode, newBlobId });
  }
  return out;
}

/** The changes as `git diff --name-status -M` names them, sorted by path. */
export function fileChanges(raw: readonly RawChange[]): FileChange[] {
  const changes: FileChange[] = raw.map((r) =>
    r.status === 'R' ? { path: r.path, status: 'renamed', oldPath: r.oldPath } : r.status === 'C' ? { path: r.path, status: 'added' } : { path: r.path, status: STATUS[r.status] ?? 'modified' },
  );
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The listing of the commit a diff started from, rebuilt from the listing it ended at: every path
 * the diff wrote is taken away, then every path it read is put back with its old blob id and mode.
 * Saves listing the other commit's whole tree. Paths are removed before any is put back, so a
 * path that is both (a modified file, a rename's source re-created) ends with its old side.
 */
export function listingBefore(after: readonly TreeEntry[], raw: readonly RawChange[]): TreeEntry[] {
  const byPath = new Map(after.map((e) => [e.path, e]));
  for (const r of raw) if (r.status !== 'D') byPath.delete(r.path);
  for (const r of raw) {
    // A copy's source is unchanged and still listed; an added file has no old side.
    if (r.status === 'A' || r.status === 'C' || !isRegularFile(r.oldMode)) continue;
    byPath.set(r.oldPath, { path: r.oldPath, blobId: r.oldBlobId, mode: r.oldMode });
  }
  return [...byPath.values()];
}
