import type { FileChange } from '../model/migration.js';
import { GitTree } from './git-tree.js';
import { GitRepo, openRepo } from './repo.js';
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
  const repo = typeof opts.repo === 'string' ? await openRepo(opts.repo) : opts.repo;
  const headRef = opts.head ?? 'HEAD';
  const notes: string[] = [];
  const history = { remote: opts.remote, notes };
  // Both looked up at once (each is a git process); a ref that is missing is then fetched, head first.
  const [headFound, baseFound] = await Promise.all([repo.tryResolveRef(headRef), repo.tryResolveRef(opts.base)]);
  const headCommit = headFound ?? (await resolveWithFetch(repo, headRef, history));
  const baseCommit = baseFound ?? (await resolveWithFetch(repo, opts.base, history));
  const beforeCommit = await mergeBaseWithDeepen(repo, baseCommit, headCommit, [opts.base, headRef], history);
  const [beforeEntries, headEntries, changes] = await Promise.all([repo.listTree(beforeCommit), repo.listTree(headCommit), repo.diffFiles(beforeCommit, headCommit)]);
  return {
    repo,
    before: new GitTree(beforeCommit, beforeEntries, repo.batch),
    head: new GitTree(headCommit, headEntries, repo.batch),
    changes,
    beforeCommit,
    headCommit,
    baseCommit,
    notes,
    close: () => repo.close(),
  };
}
