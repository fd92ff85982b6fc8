import * as core from '@actions/core';
import { getProxyUrl } from '@actions/http-client';
import { resolve } from 'node:path';
import { MigraError } from '../model/errors.js';
import { secretOf } from '../model/url-secret.js';
import { publishBudgetFromEnv, TimeBudget } from '../publish/budget.js';
import { createClient, delayUnitFromEnv, type GitHubClient } from '../publish/client.js';
import type { Repo } from '../publish/comment.js';
import { runGit } from '../source/run-git.js';
import type { EventContext, EventDeps, PullPayload } from './event.js';
import * as log from './log.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { readEventContext, readRunnerEnv, splitRepository, type RunnerEnv } from './runner.js';

/** Everything the stages of one run share. */
export interface ActionSetup {
  env: RunnerEnv;
  inputs: ActionInputs;
  event: EventContext;
  /** owner and repo from GITHUB_REPOSITORY (or the payload). */
  repo?: Repo;
  /** Undefined without a token. */
  gh?: GitHubClient;
  /** The checkout: GITHUB_WORKSPACE joined with working-directory. */
  repoDir: string;
  /** Unit of API backoff in milliseconds. */
  delayUnitMs: number;
  deps: EventDeps;
  /** Publishing's one time budget, started when publishing starts; every API request honours it. */
  budget: TimeBudget;
  publishBudgetMs: number;
}

/** Secrets masked first, then inputs, runner environment, event payload and the API client. */
export async function setup(): Promise<ActionSetup> {
  for (const secret of ['github-token', 'groq-api-key', 'verify-url']) {
    const v = core.getInput(secret);
    if (v) core.setSecret(v);
  }
  // The URLs' passwords (and the database user) on their own too: a driver's error may quote them
  // without the rest of the URL. A scratch server's user (root, postgres) names no one and stays.
  const dbUrl = core.getInput('database-url').trim();
  if (dbUrl) for (const piece of secretOf(dbUrl).pieces) core.setSecret(piece);
  const verifyUrl = core.getInput('verify-url').trim();
  if (verifyUrl) for (const piece of secretOf(verifyUrl, { user: false }).pieces) core.setSecret(piece);
  const env = readRunnerEnv(process.env);
  const inputs = readInputs((name) => core.getInput(name));
  const delayUnitMs = delayUnitFromEnv();
  const event = await readEventContext(env);
  const repo = splitRepository(event.repository);
  const budget = new TimeBudget();
  const gh = inputs.githubToken && repo ? await client(inputs.githubToken, env, delayUnitMs, budget) : undefined;
  const repoDir = resolve(env.workspace, inputs.workingDirectory);
  const deps: EventDeps = {
    getPull: async (n) => {
      if (!gh || !repo) throw new MigraError(`Reading pull request #${n} needs the github-token input and GITHUB_REPOSITORY`);
      return (await gh.rest.pulls.get({ ...repo, pull_number: n })).data as unknown as PullPayload;
    },
    refExists: async (ref) => (await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], [0, 1, 128]).catch(() => ({ code: 1 }))).code === 0,
  };
  return { env, inputs, event, repo, gh, repoDir, delayUnitMs, deps, budget, publishBudgetMs: publishBudgetFromEnv() };
}

async function client(token: string, env: RunnerEnv, delayUnitMs: number, budget: TimeBudget): Promise<GitHubClient> {
  // Behind a proxy (self-hosted runners), the toolkit's proxy-aware fetch; loopback and no_proxy
  // hosts bypass it.
  let proxyFetch: typeof fetch | undefined;
  if (getProxyUrl(env.apiUrl)) {
    const { defaults } = await import('@actions/github/lib/utils');
    proxyFetch = defaults.request?.fetch as typeof fetch | undefined;
  }
  return createClient({ token, baseUrl: env.apiUrl, delayUnitMs, log: (m) => core.debug(m), onWait: (m) => log.info(m), fetch: proxyFetch, budget });
}
