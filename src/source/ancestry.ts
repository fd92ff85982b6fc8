import type { CatFileBatch } from './cat-file.js';

/** Commits read at most while looking for the base in head's history before asking `git merge-base`. */
export const ANCESTRY_WALK_LIMIT = 300;

/**
 * Whether `ancestor` is in the history of `head`, found by reading commits through the cat-file
 * process that is running anyway: when it is, the merge-base of the two is `ancestor` itself, and
 * the `git merge-base` process (8–10 ms of this process's time to start) is not needed. That is
 * the usual pull request: a merge commit whose first parent is the base, or a branch whose base
 * has not moved on.
 *
 * Answers true only when it found the commit; undefined means "ask git" (not found within the
 * limit, a missing commit at a shallow clone's boundary, or a walk that reached commits older
 * than `ancestor`, which git's own walk would never see it behind but clock skew could).
 */
export async function reachesWithin(batch: CatFileBatch, head: string, ancestor: string, limit = ANCESTRY_WALK_LIMIT): Promise<true | undefined> {
  if (head === ancestor) return true;
  let bodies = await batch.read([head, ancestor]);
  const target = bodies.get(ancestor);
  if (!target) return undefined;
  const since = commitTime(target);
  const seen = new Set([head]);
  let frontier = [head];
  let visited = 0;
  while (frontier.length > 0 && visited < limit) {
    const next: string[] = [];
    for (const id of frontier) {
      const body = bodies.get(id);
      if (!body) return undefined;
      visited++;
      const { parents, time } = commitHeader(body);
      if (parents.includes(ancestor)) return true;
      if (time !== undefined && since !== undefined && time < since) continue;
      for (const p of parents) {
        if (seen.has(p)) continue;
        seen.add(p);
        next.push(p);
      }
    }
    if (next.length === 0) return undefined;
    frontier = next.slice(0, Math.max(1, limit - visited));
    bodies = await batch.read(frontier);
  }
  return undefined;
}

function commitTime(body: Buffer): number | undefined {
  return commitHeader(body).time;
}

/** Parents and committer time from a commit object's header (the lines before the first blank one). */
function commitHeader(body: Buffer): { parents: string[]; time: number | undefined } {
  const end = body.indexOf('\n\n');
  const header = body.toString('latin1', 0, end < 0 ? body.length : end);
  const parents: string[] = [];
  let time: number | undefined;
  for (const line of header.split('\n')) {
    if (line.startsWith('parent ')) parents.push(line.slice(7));
    else if (line.startsWith('committer ')) {
      const m = / (\d+) [+-]\d{4}$/.exec(line);
      if (m) time = Number(m[1]);
    }
  }
  return { parents, time };
}
