import { EMPTY_CONFIG, type Config } from '../config/model.js';
import type { FileChange } from '../model/migration.js';
import type { Report } from '../model/report.js';
import type { Rule, RuleExample } from '../rules/rule.js';
import { memoryTree } from '../source/memory-tree.js';
import { analyze } from './engine.js';

/** File names per example format, so the example's set is detected as that format. */
const NAMES = {
  plain: ['migrations/001_initial.sql', 'migrations/002_change.sql'],
  'golang-migrate': ['migrations/1_initial.up.sql', 'migrations/2_change.up.sql'],
  goose: ['migrations/00001_initial.sql', 'migrations/00002_change.sql'],
  flyway: ['db/migration/V1__initial.sql', 'db/migration/V2__change.sql'],
} as const;

/**
 * Run one rule example through the whole engine: `before` is a migration that already ran,
 * `sql` the one the pull request adds. Used by the rule tests and the docs generator.
 */
export async function runExample(ex: RuleExample, rules: readonly Rule[], config: Partial<Config> = {}): Promise<Report> {
  const { before, head } = exampleTrees(ex);
  const changes: FileChange[] = [];
  for (const path of Object.keys(head)) {
    if (!(path in before)) changes.push({ path, status: 'added' });
    else if (before[path] !== head[path]) changes.push({ path, status: 'modified' });
  }
  for (const path of Object.keys(before)) if (!(path in head)) changes.push({ path, status: 'deleted' });
  const dialect = ex.dialect ?? 'postgresql';
  return analyze({
    before: memoryTree(before, 'before'),
    head: memoryTree(head, 'head'),
    changes,
    config: { ...EMPTY_CONFIG, dialect, version: ex.version, ...config },
    rules,
    toolVersion: 'test',
    // Examples that need a real engine run with verification; no cache, so each starts clean.
    verify: ex.verify ? { enabled: true, cacheDir: '' } : undefined,
  });
}

function exampleTrees(ex: RuleExample): { before: Record<string, string>; head: Record<string, string> } {
  if (ex.files) return ex.files;
  const format = ex.format ?? 'plain';
  const [first, second] = NAMES[format];
  const wrap = (sql: string) => (format === 'goose' ? `-- +goose Up\n${sql}\n` : sql);
  const before: Record<string, string> = { [first]: wrap(ex.before ?? 'SELECT 1;') };
  return { before, head: { ...before, [second]: wrap(ex.sql) } };
}
