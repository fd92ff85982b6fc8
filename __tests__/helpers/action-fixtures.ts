import { DEMO_BASE, DEMO_PR } from '../../src/cli/demo-history.js';
import { TempRepo } from '../../src/source/temp-repo.js';

export const TOKEN = 'ghs_SeCrEtT0kenV4lue0123456789abcdef';
export const GROQ_KEY = 'gsk_GrOqK3yV4lue0123456789abcdefXYZ';
export const REPOSITORY = 'acme/shop';

export interface PrRepo {
  repo: TempRepo;
  base: string;
  head: string;
}

/** main with the demo history, and a feature branch with the given pull request files (default: the demo PR). */
export function prRepo(prFiles: Record<string, string | null> = DEMO_PR, baseFiles: Record<string, string> = DEMO_BASE): PrRepo {
  const repo = TempRepo.create('migra-action-');
  const base = repo.commit('base', baseFiles);
  repo.checkout('feature', true);
  const head = repo.commit('pull request', prFiles);
  return { repo, base, head };
}

export interface PrOptions {
  number?: number;
  labels?: string[];
  fork?: boolean;
  author?: string;
}

export function pullPayload(base: string, head: string, o: PrOptions = {}) {
  return {
    number: o.number ?? 7,
    state: 'open',
    base: { sha: base, ref: 'main', repo: { full_name: REPOSITORY } },
    head: { sha: head, ref: 'feature', repo: { full_name: o.fork ? 'stranger/shop' : REPOSITORY } },
    labels: (o.labels ?? []).map((name) => ({ name })),
    user: { login: o.author ?? 'dev' },
  };
}

export function prEvent(base: string, head: string, o: PrOptions = {}, name = 'pull_request') {
  return {
    name,
    payload: {
      action: 'synchronize',
      number: o.number ?? 7,
      pull_request: pullPayload(base, head, o),
      repository: { full_name: REPOSITORY, default_branch: 'main' },
    },
  };
}

/** Base with many tables, and a pull request that drops them all: many critical findings and a long report. */
export function manyDropsRepo(tables: number): PrRepo {
  const create = Array.from({ length: tables }, (_, i) =>
    `CREATE TABLE t${i} (\n  id bigint PRIMARY KEY,\n  name text NOT NULL,\n  email varchar(255),\n  created_at timestamptz NOT NULL DEFAULT now(),\n  note text\n);\n`,
  ).join('\n');
  const drop = Array.from({ length: tables }, (_, i) => `DROP TABLE t${i};`).join('\n') + '\n';
  return prRepo({ 'db/migrations/002_drop_everything.sql': drop }, { 'db/migrations/001_tables.sql': create });
}
