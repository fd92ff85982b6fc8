import { MigraError } from '../model/errors.js';
import { GitRepo, openRepoQuickly } from './repo.js';

/** Tried in order when the remote's default branch is not recorded. */
const CANDIDATES = ['origin/main', 'origin/master', 'main', 'master'];

/**
 * The base `migra check` compares against when none is given: the remote's default branch as
 * recorded by clone (refs/remotes/origin/HEAD), else the first of origin/main, origin/master,
 * main, master that exists. Returned as a ref name so messages show 'origin/main', not an id.
 */
export async function defaultBase(repo: string | GitRepo): Promise<string> {
  const r = typeof repo === 'string' ? await openRepoQuickly(repo) : repo;
  try {
    const head = await r.git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], [0, 1, 128]);
    const recorded = head.code === 0 ? head.stdout.toString('utf8').trim() : '';
    const refs = recorded ? [recorded, ...CANDIDATES] : CANDIDATES;
    // Every candidate asked at once of the cat-file process.
    const found = await r.commitsOf(refs);
    const i = found.findIndex(Boolean);
    if (i >= 0) return refs[i];
  } finally {
    // A repository opened here is not used again: its cat-file process must not outlive the answer.
    if (typeof repo === 'string') await r.close();
  }
  throw new MigraError(`Cannot tell which branch to compare against (no origin/HEAD, origin/main, origin/master, main or master); pass --base`);
}
