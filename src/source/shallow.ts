import { MigraError } from '../model/errors.js';
import type { GitRepo } from './repo.js';
import { GitError, firstLine } from './run-git.js';

/** Commits fetched per step (relative to the current shallow boundary) before giving up and unshallowing. */
export const DEEPEN_STEPS: readonly number[] = [50, 200, 1000];

const FULL_HISTORY_HINT = 'set `fetch-depth: 0` on actions/checkout';

export interface HistoryOptions {
  remote?: string;
  /** Messages for the user about what was fetched. */
  notes: string[];
}

/**
 * The commit a ref names. In a shallow clone (actions/checkout fetches one commit by default)
 * the base branch or commit is often absent; then it is fetched from the remote, one commit
 * deep, and the merge-base search deepens from there.
 */
export async function resolveWithFetch(repo: GitRepo, ref: string, opts: HistoryOptions): Promise<string> {
  const sha = await repo.tryResolveRef(ref);
  if (sha) return sha;
  if (!(await repo.isShallow())) return repo.resolveRef(ref);
  const remote = await pickRemote(repo, opts.remote);
  if (!remote) throw new MigraError(`Unknown git ref '${ref}' in this shallow clone, and there is no remote to fetch it from; ${FULL_HISTORY_HINT}`);
  const { refspec, after } = fetchPlan(ref, remote);
  try {
    await repo.git(['fetch', '--no-tags', '--quiet', '--depth=1', remote, refspec]);
  } catch (e) {
    throw new MigraError(`Unknown git ref '${ref}' in this shallow clone, and fetching it from ${remote} failed (${reason(e)}); ${FULL_HISTORY_HINT}`);
  }
  const fetched = await repo.tryResolveRef(after);
  if (!fetched) throw new MigraError(`Unknown git ref '${ref}': not found in ${remote} either`);
  opts.notes.push(`Shallow clone: fetched '${ref}' from ${remote}.`);
  return fetched;
}

/**
 * The merge-base of two commits. When git finds none and the clone is shallow, history is
 * fetched in growing steps (--deepen) and finally in full (--unshallow), checking after each.
 */
export async function mergeBaseWithDeepen(repo: GitRepo, base: string, head: string, labels: [string, string], opts: HistoryOptions): Promise<string> {
  const found = await repo.mergeBase(base, head);
  if (found) return found;
  const noCommonAncestor = () => new MigraError(`'${labels[0]}' and '${labels[1]}' have no common ancestor, so there is no merge-base to compare against`);
  if (!(await repo.isShallow())) throw noCommonAncestor();
  const remote = await pickRemote(repo, opts.remote);
  if (!remote) throw new MigraError(`Cannot find the merge-base of '${labels[0]}' and '${labels[1]}': the clone is shallow and has no remote to fetch history from; ${FULL_HISTORY_HINT}`);

  let fetched = 0;
  for (const depth of DEEPEN_STEPS) {
    await fetchMore(repo, remote, [`--deepen=${depth}`], [base, head], labels);
    fetched += depth;
    const mb = await repo.mergeBase(base, head);
    if (mb) {
      opts.notes.push(`Shallow clone: fetched up to ${fetched} more commits from ${remote} to find the merge-base; ${FULL_HISTORY_HINT} to skip this.`);
      return mb;
    }
    // Deepening reached the root: the history is complete and the answer is final.
    if (!(await repo.isShallow())) throw noCommonAncestor();
  }
  await fetchMore(repo, remote, ['--unshallow'], [base, head], labels);
  const mb = await repo.mergeBase(base, head);
  if (!mb) throw noCommonAncestor();
  opts.notes.push(`Shallow clone: fetched the full history from ${remote} to find the merge-base; ${FULL_HISTORY_HINT} to skip this.`);
  return mb;
}

/**
 * Fetch with the two commits as explicit wants, so only their history is deepened; servers that
 * refuse wants by commit id get a plain fetch of the configured refspecs instead.
 */
async function fetchMore(repo: GitRepo, remote: string, depthArgs: string[], commits: string[], labels: [string, string]): Promise<void> {
  const base = ['fetch', '--no-tags', '--quiet', ...depthArgs, remote];
  try {
    await repo.git([...base, ...commits]);
  } catch {
    try {
      await repo.git(base);
    } catch (e) {
      throw new MigraError(
        `Cannot find the merge-base of '${labels[0]}' and '${labels[1]}' in this shallow clone: fetching more history from ${remote} failed (${reason(e)}); ${FULL_HISTORY_HINT}`,
      );
    }
  }
}

async function pickRemote(repo: GitRepo, wanted?: string): Promise<string | undefined> {
  const remotes = await repo.remotes();
  if (wanted) return remotes.includes(wanted) ? wanted : undefined;
  return remotes.includes('origin') ? 'origin' : remotes[0];
}

/** What to fetch for a ref, and what to resolve afterwards. */
function fetchPlan(ref: string, remote: string): { refspec: string; after: string } {
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(ref)) return { refspec: ref, after: ref };
  const tracking = ref.startsWith(`${remote}/`) ? ref.slice(remote.length + 1) : ref.startsWith(`refs/remotes/${remote}/`) ? ref.slice(`refs/remotes/${remote}/`.length) : undefined;
  if (tracking) return { refspec: `+refs/heads/${tracking}:refs/remotes/${remote}/${tracking}`, after: `refs/remotes/${remote}/${tracking}` };
  return { refspec: ref, after: 'FETCH_HEAD' };
}

function reason(e: unknown): string {
  if (e instanceof GitError) return firstLine(e.stderr) || `exit ${e.code}`;
  return e instanceof Error ? e.message : String(e);
}
