import { analyze } from '../../src/analyze/engine.js';
import { EMPTY_CONFIG, type Config } from '../../src/config/config.js';
import type { FileChange } from '../../src/model/migration.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';

/** Review a pull request given as the files at base plus the files it adds or changes. */
export async function reviewPr(base: Record<string, string>, pr: Record<string, string>, config: Partial<Config> = {}): Promise<Report> {
  const head = { ...base, ...pr };
  const changes: FileChange[] = Object.keys(pr).map((path) => ({ path, status: path in base ? 'modified' : 'added' }));
  return analyze({ before: memoryTree(base, 'base'), head: memoryTree(head, 'head'), changes, config: { ...EMPTY_CONFIG, ...config }, rules: RULES, toolVersion: 'test' });
}

/** `rule@file:line` of every finding, the shape the scenarios assert on. */
export function found(report: Report): string[] {
  return report.findings.map((f) => `${f.rule}@${f.file.split('/').pop()}:${f.line}`).sort();
}
