import type { FileChange } from '../model/migration.js';
import { GitTree } from './git-tree.js';
import { reachesWithin } from './ancestry.js';
import { fileChanges, listingBefore } from './raw-diff.js';
import { GitRepo, openRepoResolving } from './repo.js';
import { mergeBaseWithDeepen, resolveWithFetch } from './shallow.js';

export interface LoadRevisionsOptions {
  /** A directory inside the repository, or an opened repository. */
  repo: string | GitRepo;
  /** What the pull request merges into: a branch, tag or commit. */
  base: string;
  /** The pull request's commit; default HEAD. */
  head?: string;
  /** Remote to fetch missing history from in a shallow clone; default origin (or the only remote). */
  remote?: string;
}

export interface Revisions {
  repo: GitRepo;
  /** The tree at the merge-base of base and head: what the pull request started from. */
  before: GitTree;
  head: GitTree;
  /** Files that differ between `before` and `head`. */
  changes: FileChange[];
  beforeCommit: string;
  headCommit: string;
  /** The commit `base` named (differs from beforeCommit once the base branch has moved on). */
  baseCommit: string;
  /** What had to be done to get here (history fetched in a shallow clone), for the user. */
  notes: string[];
  /** Stops the cat-file process both trees share; settles once it has exited. */
  close(): Promise<void>;
}

/**
 * Both sides of a pull request. `before` is the merge-base rather than the base tip, so changes
 * that landed on the base branch after the branch point are not mistaken for the PR's own
 * (the three-dot diff GitHub shows).
 */
export async function loadRevisions(opts: LoadRevisionsOptions): Promise<Revisions> {
  const headRef = opts.head ?? 'HEAD';
  // Both refs resolved by the same process that finds the repository; a ref that is missing is then fetched, head first.
  const { repo, commits } = typeof opts.repo === 'string' ? await openRepoResolving(opts.repo, [headRef, opts.base]) : { repo: opts.repo, commits: await opts.repo.commitsOf([headRef, opts.base]) };
  const notes: string[] = [];
  const history = { remote: opts.remote, notes };
  const [headFound, baseFound] = commits;
  const headCommit = headFound ?? (await resolveWithFetch(repo, headRef, history));
  const baseCommit = baseFound ?? (await resolveWithFetch(repo, opts.base, history));
  // Head's listing does not depend on the merge-base: it is read while the merge-base is looked for.
  const headListing = repo.listTree(headCommit);
  headListing.catch(() => undefined);
  // The merge-base is the base itself when head's history holds it (read through the cat-file process, no extra process).
  const beforeCommit = (await reachesWithin(repo.batch, headCommit, baseCommit).catch(() => undefined)) ? baseCommit : await mergeBaseWithDeepen(repo, baseCommit, headCommit, [opts.base, headRef], history);
  // The listing at the merge-base is head's with the diff undone, not a second listing.
  const [headEntries, raw] = await Promise.all([headListing, beforeCommit === headCommit ? [] : repo.diffRaw(beforeCommit, headCommit)]);
  // Both looked up already, by the listing and the diff.
  const [headTree, beforeTree] = await Promise.all([repo.treeOf(headCommit), repo.treeOf(beforeCommit)]);
  return {
    repo,
    before: new GitTree(beforeCommit, listingBefore(headEntries, raw), repo.batch, beforeTree),
    head: new GitTree(headCommit, headEntries, repo.batch, headTree),
    changes: fileChanges(raw),
    beforeCommit,
    headCommit,
    baseCommit,
    notes,
    close: () => repo.close(),
  };
}
