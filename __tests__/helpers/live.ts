import { analyze } from '../../src/analyze/engine.js';
import { EMPTY_CONFIG, type Config } from '../../src/config/config.js';
import type { LiveOptions } from '../../src/live/index.js';
import type { FileChange } from '../../src/model/migration.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';

/** Review a pull request (files at base, files it adds) with the live stage reading `live.url`. */
export async function reviewLive(base: Record<string, string>, pr: Record<string, string>, live: LiveOptions | undefined, config: Partial<Config> = {}): Promise<Report> {
  const head = { ...base, ...pr };
  const changes: FileChange[] = Object.keys(pr).map((path) => ({ path, status: path in base ? 'modified' : 'added' }));
  return analyze({ before: memoryTree(base, 'base'), head: memoryTree(head, 'head'), changes, config: { ...EMPTY_CONFIG, ...config }, rules: RULES, toolVersion: 'test', live });
}

/** The finding of `rule` at `line` (of any file), or a failure naming what was found instead. */
export function findingAt(report: Report, rule: string, line: number): Finding {
  const f = report.findings.find((x) => x.rule === rule && x.line === line);
  if (!f) throw new Error(`no ${rule} at line ${line}; found: ${report.findings.map((x) => `${x.rule}@${x.line} (${x.severity})`).join(', ')}; notes: ${(report.notes ?? []).join(' | ')}`);
  return f;
}
