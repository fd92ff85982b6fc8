import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { MigraError } from '../model/errors.js';
import type { EventContext } from './event.js';

/** What the runner puts in the environment of a JavaScript action. */
export interface RunnerEnv {
  eventName: string;
  eventPath?: string;
  sha: string;
  /** owner/name. */
  repository: string;
  workspace: string;
  runnerTemp: string;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  runAttempt?: string;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv): RunnerEnv {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID || undefined,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
  };
}

/** The event payload and names the event resolution needs. */
export async function readEventContext(env: RunnerEnv): Promise<EventContext> {
  let payload: Record<string, unknown> = {};
  if (env.eventPath) {
    try {
      const parsed: unknown = JSON.parse(await readFile(env.eventPath, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    } catch (e) {
      throw new MigraError(`Cannot read the event payload GITHUB_EVENT_PATH=${env.eventPath} (${(e as Error).message.split('\n')[0]})`);
    }
  }
  const fromPayload = (payload.repository as { full_name?: unknown } | undefined)?.full_name;
  const repository = env.repository || (typeof fromPayload === 'string' ? fromPayload : '');
  return { eventName: env.eventName, payload, sha: env.sha, repository };
}

export function splitRepository(full: string): { owner: string; repo: string } | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(full);
  return m ? { owner: m[1], repo: m[2] } : undefined;
}
