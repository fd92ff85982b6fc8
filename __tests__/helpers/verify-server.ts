// Reviews of a two-file migration set (a base migration and the pull request's) through the whole
// engine, verified on a scratch database server given by URL: the in-process twin of
// `migra check --verify-url`, for the tests against real servers.
import { analyze } from '../../src/analyze/engine.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import type { VerifyOptions } from '../../src/verify/index.js';

export interface ServerReview {
  dialect: Dialect;
  version?: string;
  before: string;
  sql: string;
}

export function reviewOnServer(url: string | undefined, ex: ServerReview, extra: Partial<VerifyOptions> = {}): Promise<Report> {
  const before = { 'migrations/001_initial.sql': ex.before };
  const head = { ...before, 'migrations/002_change.sql': ex.sql };
  return analyze({
    before: memoryTree(before, 'before'),
    head: memoryTree(head, 'head'),
    changes: [{ path: 'migrations/002_change.sql', status: 'added' }],
    config: { ...EMPTY_CONFIG, dialect: ex.dialect, version: ex.version },
    rules: RULES,
    toolVersion: 'test',
    verify: { enabled: true, cacheDir: '', url, ...extra },
  });
}

export const failures = (r: Report) => r.findings.filter((f) => f.rule === 'migration-fails-to-apply');
