import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { mdCode, mdFence, mdText } from '../render/escape.js';
import { apiFailure } from './access.js';
import type { GitHubClient } from './client.js';
import type { Repo } from './comment.js';
import { createOnce } from './idempotent.js';

/** More one-click rewrites than this on one pull request would be noise. */
const MAX_SUGGESTIONS = 20;

export interface SuggestionOptions {
  /** The head commit's lines start..end of a file (1-based, inclusive), or undefined if unknown. */
  readLines: (file: string, start: number, end: number) => Promise<string[] | undefined>;
  delayUnitMs: number;
  log: (m: string) => void;
}

export interface SuggestionResult {
  posted: number;
  existing: number;
  skipped: number;
}

/**
 * Review comments with ```suggestion blocks for findings that carry an exact safe rewrite. A
 * suggestion replaces whole lines, so it is offered only where the statement fills its lines
 * exactly; each carries a hidden key so a second run does not repeat it.
 */
export async function postSuggestions(gh: GitHubClient, repo: Repo, pr: { number: number; headSha: string }, report: Report, opts: SuggestionOptions): Promise<SuggestionResult> {
  const candidates = [...report.findings]
    .filter((f) => f.replacement && f.statement)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
    .slice(0, MAX_SUGGESTIONS);
  const result: SuggestionResult = { posted: 0, existing: 0, skipped: 0 };
  if (!candidates.length) return result;

  const listKeys = async (): Promise<Set<string>> => {
    const comments = await gh.paginate(gh.rest.pulls.listReviewComments, { ...repo, pull_number: pr.number, per_page: 100 });
    return new Set(comments.flatMap((c) => [...(c.body ?? '').matchAll(/<!-- migra:suggestion ([0-9a-f]{16}) -->/g)].map((m) => m[1])));
  };
  const keys = await listKeys();
  for (const f of candidates) {
    const key = suggestionKey(f);
    if (keys.has(key)) {
      result.existing++;
      continue;
    }
    const lines = await opts.readLines(f.file, f.line, f.endLine);
    if (!lines || !fillsLines(f.statement ?? '', lines)) {
      result.skipped++;
      continue;
    }
    const indent = /^\s*/.exec(lines[0])?.[0] ?? '';
    const replacement = (f.replacement ?? '').replace(/\s+$/, '').split('\n').map((l) => indent + l).join('\n');
    const body = [
      `<!-- migra:suggestion ${key} -->`,
      `**Migra ${mdCode(f.rule)}** (${f.severity}): ${mdText(f.message)}`,
      '',
      mdFence(replacement, 'suggestion'),
    ].join('\n');
    try {
      await createOnce<boolean>({
        create: async () => {
          await gh.rest.pulls.createReviewComment({
            ...repo,
            pull_number: pr.number,
            commit_id: pr.headSha,
            path: f.file,
            body,
            side: 'RIGHT',
            line: f.endLine,
            ...(f.endLine > f.line ? { start_line: f.line, start_side: 'RIGHT' as const } : {}),
            request: { retries: 0 },
          });
          return true;
        },
        find: async () => ((await listKeys()).has(key) ? true : undefined),
        delayUnitMs: opts.delayUnitMs,
        onRetry: (m) => opts.log(`suggestion for ${f.file}:${f.line}: ${m}`),
      });
      keys.add(key);
      result.posted++;
    } catch (e) {
      // 422: the lines are not part of the pull request's diff; nothing to suggest there.
      if (apiFailure(e).status !== 422) throw e;
      opts.log(`no suggestion at ${f.file}:${f.line}: ${apiFailure(e).message}`);
      result.skipped++;
    }
  }
  return result;
}

function suggestionKey(f: Finding): string {
  return createHash('sha256').update(`${f.rule}\0${f.file}\0${f.line}\0${f.endLine}\0${f.replacement}`).digest('hex').slice(0, 16);
}

/** The statement is all that is on its lines (a trailing semicolon and whitespace aside). */
export function fillsLines(statement: string, lines: string[]): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/\s*;\s*$/, '');
  return lines.length > 0 && norm(lines.join('\n')) === norm(statement);
}
