import { ANNOTATIONS_PER_REQUEST, type CheckAnnotation } from '../render/annotations.js';
import type { CheckRunOutput } from '../render/check-run.js';
import type { GitHubClient } from './client.js';
import type { Repo } from './comment.js';
import { createOnce } from './idempotent.js';

export const CHECK_RUN_NAME = 'Migra';

export interface CheckRunRequest {
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  output: CheckRunOutput;
  annotations: CheckAnnotation[];
  /** Identifies this run's check run, so a retried create finds the one that went through. */
  externalId: string;
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url?: string;
  annotations: number;
  requests: number;
}

/**
 * The check run exists, but adding the annotations after the first batch failed: it carries
 * exactly `delivered` of `total` (the first ones, most severe first).
 */
export class PartialCheckRunError extends Error {
  constructor(readonly run: { id: number; url?: string }, readonly delivered: number, readonly total: number, override readonly cause: unknown) {
    super(`the check run was created with ${delivered} of ${total} annotations; adding the rest failed`);
    this.name = 'PartialCheckRunError';
  }
}

/**
 * The `Migra` check run on the head commit. It is created completed, with the first 50
 * annotations; the rest follow in updates of 50 (the API's limit per request) until all are in.
 */
export async function publishCheckRun(gh: GitHubClient, repo: Repo, req: CheckRunRequest, opts: { delayUnitMs: number; log: (m: string) => void }): Promise<CheckRunResult> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < req.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(req.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = { title: req.output.title, summary: req.output.summary };

  const { value: run } = await createOnce<{ id: number; html_url?: string | null }>({
    create: async () =>
      (
        await gh.rest.checks.create({
          ...repo,
          name: CHECK_RUN_NAME,
          head_sha: req.headSha,
          status: 'completed',
          conclusion: req.conclusion,
          completed_at: new Date().toISOString(),
          external_id: req.externalId,
          ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
          output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
          request: { retries: 0 },
        })
      ).data,
    find: async () => {
      const runs = await gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: req.headSha, check_name: CHECK_RUN_NAME, filter: 'all', per_page: 100 });
      return runs.find((r) => r.external_id === req.externalId);
    },
    delayUnitMs: opts.delayUnitMs,
    onRetry: (m) => opts.log(`creating the check run: ${m}`),
  });

  let requests = 1;
  let delivered = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    try {
      await gh.rest.checks.update({ ...repo, check_run_id: run.id, output: { ...output, annotations: batch } });
    } catch (e) {
      throw new PartialCheckRunError({ id: run.id, url: run.html_url ?? undefined }, delivered, req.annotations.length, e);
    }
    delivered += batch.length;
    requests++;
  }
  opts.log(`check run ${run.id}: ${req.annotations.length} annotations in ${Math.max(1, batches.length)} request${batches.length > 1 ? 's' : ''}`);
  return { id: run.id, url: run.html_url ?? undefined, annotations: req.annotations.length, requests };
}
