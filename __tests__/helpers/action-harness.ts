import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PrRepo } from './action-fixtures.js';
import { FakeGitHub } from './fake-github.js';
import { FakeGroq } from './fake-groq.js';
import { buildAction } from './run-action.js';

/** What an end-to-end test file runs against: the bundled action and loopback GitHub and Groq. */
export interface ActionHarness {
  entry: string;
  gh: FakeGitHub;
  groq: FakeGroq;
}

/** Bundle the action and start both servers (once per test file, in beforeAll). */
export async function startHarness(token: string): Promise<ActionHarness> {
  const [entry, gh, groq] = await Promise.all([buildAction(), FakeGitHub.start(token), FakeGroq.start()]);
  return { entry, gh, groq };
}

/** Close the servers and remove the bundle and the repositories the tests made (in afterAll). */
export async function stopHarness(h: Partial<ActionHarness>, repos: readonly PrRepo[]): Promise<void> {
  await Promise.all([h.gh?.close(), h.groq?.close()]);
  for (const r of repos) r.repo.remove();
  if (h.entry) rmSync(join(h.entry, '..'), { recursive: true, force: true });
}

/**
 * The harness for a whole test file: registers beforeAll/afterAll, and before each test empties what
 * the fakes recorded. `h` is filled in by beforeAll; `repo` keeps a repository for afterAll to remove.
 */
export function useActionHarness(token: string): { h: ActionHarness; repo: (r: PrRepo) => PrRepo } {
  const h = {} as ActionHarness;
  const repos: PrRepo[] = [];
  beforeAll(async () => {
    Object.assign(h, await startHarness(token));
  }, 120_000);
  afterAll(() => stopHarness(h, repos));
  beforeEach(() => {
    h.gh.reset();
    h.groq.requests.length = 0;
  });
  return {
    h,
    repo: (r) => {
      repos.push(r);
      return r;
    },
  };
}
