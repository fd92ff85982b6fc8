import { COMMENT_MARKER } from '../render/markdown.js';
import type { GitHubClient } from './client.js';
import { createOnce } from './idempotent.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface StickyOptions {
  /** false: update an existing comment, but do not start one (nothing worth saying). */
  createIfMissing: boolean;
  delayUnitMs: number;
  log: (message: string) => void;
}

export type StickyResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'none' };

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

/**
 * The one Migra comment on a pull request, found by its hidden marker and edited in place.
 * A create that fails with a 5xx is followed by a search before it is retried, so a create that
 * went through after all is updated rather than duplicated.
 */
export async function upsertStickyComment(gh: GitHubClient, repo: Repo, issueNumber: number, body: string, opts: StickyOptions): Promise<StickyResult> {
  const find = async (): Promise<IssueComment | undefined> => {
    const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    const ours = all.filter((c) => (c.body ?? '').trimStart().startsWith(COMMENT_MARKER));
    if (ours.length > 1) opts.log(`found ${ours.length} comments with Migra's marker; updating the oldest (#${ours[0].id})`);
    return ours[0];
  };
  const update = async (c: IssueComment): Promise<StickyResult> => {
    if (c.body === body) return { action: 'unchanged', id: c.id, url: c.html_url };
    const res = await gh.rest.issues.updateComment({ ...repo, comment_id: c.id, body });
    return { action: 'updated', id: c.id, url: res.data.html_url ?? c.html_url };
  };

  const existing = await find();
  if (existing) return update(existing);
  if (!opts.createIfMissing) return { action: 'none' };
  const { value, created } = await createOnce<IssueComment>({
    create: async () => (await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: { retries: 0 } })).data,
    find,
    delayUnitMs: opts.delayUnitMs,
    onRetry: (m) => opts.log(`creating the comment: ${m}`),
  });
  if (created) return { action: 'created', id: value.id, url: value.html_url };
  return update(value);
}
