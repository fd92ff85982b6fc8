import type { Rule } from './rule.js';
import { createIndexNonConcurrently } from './create-index-non-concurrently.js';
import { dropColumn } from './drop-column.js';
import { dropTable } from './drop-table.js';

/** Every rule, in catalogue order. Adding a rule: its file, one line here, its tests. */
export const RULES: readonly Rule[] = [
  dropTable,
  dropColumn,
  createIndexNonConcurrently,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
