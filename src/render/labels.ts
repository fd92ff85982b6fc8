import type { Severity } from '../model/finding.js';
import type { Level } from '../model/report.js';

export const SEVERITY_ICON: Record<Severity | Level, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
  none: '🟢',
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
