import { COMMENT_MARKER } from '../render/markdown.js';
import { apiFailure } from './access.js';
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
  /** The token's login, if already known; null: it cannot be found. Default: asked from GitHub. */
  identity?: string | null;
}

export type StickyResult = (
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'none' }
) & {
  /** Comments that carry the marker but were written by someone else: left alone. */
  foreign: number;
};

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

/**
 * The login behind the token: GraphQL `viewer` answers for GITHUB_TOKEN (github-actions[bot]),
 * app installation tokens (<app>[bot]) and user tokens alike; REST GET /user is the fallback for
 * user tokens where GraphQL is not reachable. undefined when neither answers.
 */
export async function tokenIdentity(gh: GitHubClient, log: (m: string) => void): Promise<string | undefined> {
  try {
    const r = await gh.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof r?.viewer?.login === 'string' && r.viewer.login) return r.viewer.login;
  } catch (e) {
    log(`who is the token? GraphQL viewer: ${apiFailure(e).status ?? ''} ${apiFailure(e).message}`);
  }
  try {
    const r = await gh.rest.users.getAuthenticated();
    if (typeof r.data?.login === 'string' && r.data.login) return r.data.login;
  } catch (e) {
    log(`who is the token? GET /user: ${apiFailure(e).status ?? ''} ${apiFailure(e).message}`);
  }
  return undefined;
}

/**
 * Whether a comment was written by the token's identity. Logins compare without case and
 * without the `[bot]` suffix (GraphQL and REST do not always agree on it). With no identity,
 * only comments by a Bot account count: a person's comment is never taken over.
 */
export function writtenBy(identity: string | undefined, c: IssueComment): boolean {
  const login = c.user?.login ?? '';
  if (identity === undefined) return c.user?.type === 'Bot';
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return login !== '' && norm(login) === norm(identity);
}

/**
 * The one Migra comment on a pull request: a comment with the hidden marker written by the
 * token's own identity, edited in place. Anyone can write the marker, so a comment by someone else
 * is never edited (it could be a trap: editing it would put Migra's report under their name, or
 * fail and lose the report); Migra posts its own beside it.
 * A create that fails with a 5xx is followed by a search before it is retried, so a create that
 * went through after all is updated rather than duplicated.
 */
export async function upsertStickyComment(gh: GitHubClient, repo: Repo, issueNumber: number, body: string, opts: StickyOptions): Promise<StickyResult> {
  const identity = opts.identity === undefined ? await tokenIdentity(gh, opts.log) : opts.identity ?? undefined;
  if (identity === undefined) opts.log("the token's login could not be found: only comments by a Bot account are taken as Migra's");
  let foreign = 0;
  const find = async (): Promise<IssueComment | undefined> => {
    const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    const marked = all.filter((c) => (c.body ?? '').trimStart().startsWith(COMMENT_MARKER));
    const ours = marked.filter((c) => writtenBy(identity, c));
    foreign = marked.length - ours.length;
    for (const c of marked.filter((x) => !ours.includes(x))) opts.log(`comment #${c.id} by ${c.user?.login ?? 'an unknown user'} carries Migra's marker but was not written by ${identity ?? 'a bot'}: left alone`);
    if (ours.length > 1) opts.log(`found ${ours.length} comments with Migra's marker; updating the oldest (#${ours[0].id})`);
    return ours[0];
  };
  const update = async (c: IssueComment): Promise<StickyResult> => {
    if (c.body === body) return { action: 'unchanged', id: c.id, url: c.html_url, foreign };
    const res = await gh.rest.issues.updateComment({ ...repo, comment_id: c.id, body });
    return { action: 'updated', id: c.id, url: res.data.html_url ?? c.html_url, foreign };
  };

  const existing = await find();
  if (existing) return update(existing);
  if (!opts.createIfMissing) return { action: 'none', foreign };
  const { value, created } = await createOnce<IssueComment>({
    create: async () => (await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: { retries: 0 } })).data,
    find,
    delayUnitMs: opts.delayUnitMs,
    onRetry: (m) => opts.log(`creating the comment: ${m}`),
  });
  if (created) return { action: 'created', id: value.id, url: value.html_url, foreign };
  return update(value);
}
