import { RULES } from '../rules/index.js';
import type { CliArgs } from './args.js';

export function runRules(args: CliArgs, write: (s: string) => void): number {
  const list = RULES.map((r) => ({
    id: r.id,
    category: r.category,
    severity: r.severity,
    dialects: r.dialects === 'all' ? ['postgresql', 'mysql', 'mariadb', 'sqlite'] : [...r.dialects],
    enabled: !r.defaultOff,
    summary: r.docs.summary,
  }));
  if (args.format === 'json') {
    write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...list.map((r) => r.id.length));
  for (const r of list) {
    write(`${r.id.padEnd(w)}  ${r.severity.padEnd(8)} ${r.category.padEnd(13)} ${r.enabled ? '' : '(off) '}${r.summary}\n`);
  }
  return 0;
}
